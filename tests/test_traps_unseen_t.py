"""Trap senses on unseen text (trapsT1): families learned from round T's trap marks.

A fresh probe batch, written before the rules, with names and topics not in data/.
TRAPS must stay unmarked; each was marked on main (batch 1 held 18 traps, of which main
marked 11; the 7 clean ones are left out). The real hedges and loaded marks beside them
(REAL, 12) were all marked on main and must stay marked.

Families:

- a reported future after a reporting verb, in a clause coordinated with the reported
  one and sharing its subject ("said she had ... and would appeal"), and "appeal" as
  lodging an appeal, not a judgement of fit ("would appeal to beginners");
- "could" of perception or availability when a gathering of people or a person named
  by a job is the subject ("the audience could hear", "the vet could see the cat");
- a quoted term after a naming verb ("catalogued as", "entered as"): the term the
  record gives, not the writer's doubt;
- a one-word heading in capitals over a list ("WINNERS. Best pair: ..."): furniture,
  not a verdict fragment.

A second set (1b), also run on main before its rules: 9 sentences, 6 traps, of which
main marked 5 (the clean one, "The keeper, who has been stung a hundred times", is left
out); the 3 real marks beside them were marked on main. Families: "stung" with no money
in the sentence is an insect's sting; "if you think ..., call 999" is the reader's
condition, not an attribution; a reader's letter signed "- P.M., Dunholt" is the
reader's words, not the writer's claims.
"""

from __future__ import annotations

import pytest


def hedges(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).spans["hedges"]]


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


HEDGE_TRAPS = [
    'A steward said the audience "could hear every word" from the back row.',
    "One walker said the crowd could see the smoke plainly from the ridge.",
    '"The vet could see the dog the same afternoon and we were home by six," she said.',
    "The audience could hear the singer clearly from the balcony.",
    "Our vet could see the cat the same afternoon.",
    "The congregation could hear the bells from the square.",
    "The jockey said he had lost the race fairly and would appeal.",
    "The tenant said she had paid the rent on time and would appeal against the eviction.",
]

LOADED_TRAPS = [
    'The vase was catalogued as "workshop of Ferrante Olsby" and sold for £900.',
    'The mare was entered as "novice, under seven" in the programme.',
    "The judges took an hour to decide.\n\nWINNERS. Best pair: Dobbin and Fleet (Ada Kerr). "
    "Best foal: Sorrel (Tom Vey).",
]

LOADED_TRAPS_1B = [
    "Ms Orme, who was stung twice on the arm last summer, now keeps an antihistamine in her bag.",
    "My neighbour says the pension scheme will fail. Is she right? - P.M., Dunholt",
    "Our son wants to leave school at sixteen. Should we stop him? - R.T., Millbrook",
]

ATTRIBUTION_TRAPS_1B = [
    "If you think your child has swallowed a battery, call 999 at once.",
    "In an emergency, or if you believe a pipe has burst, turn off the water at the mains.",
]

REAL_1B = [
    ("The new parking charges have stung shoppers with fees of £6 an hour.", "loaded", "stung"),
    ("Drivers were stung by a £90 fine for stopping in the box junction.", "loaded", "stung"),
    ("Ms Yarrow said she thinks the bins are too small.", "attributions", "said"),
]

REAL_HEDGES = [
    ("Frankly, the new timetable would be a disaster for shift workers.", "would"),
    ("She said the bridge had cracked and that repairs could take years.", "could"),
    ("The crowd could turn hostile if the match is delayed.", "could"),
    ("Doctors could see waiting lists grow this winter.", "could"),
    ("The clinic said it had lost two nurses and patients could face longer waits.", "could"),
    ("Analysts think the merger would be a mistake.", "would"),
    ("The new menu would appeal to families with young children.", "would"),
    # added after a first version of the rule dropped a practice key's hedge: after "but"
    # the shared-subject clause weighs the first, it is not one more reported future
    (
        "The surveyor told the council that the roof looked sound but would be costly to repair.",
        "would",
    ),
]

REAL_LOADED = [
    ('The club\'s latest "improvements" include a car park on the pitch.', '"improvements"'),
    ('After the "upgrade", the trains run slower than ever.', '"upgrade"'),
    ("She has phoned the council eleven times. Eleven.", "Eleven."),
    ("The landlord promised to fix the damp by spring. Progress.", "Progress."),
    ('The so-called "refresh" of the park cost £40,000.', '"refresh"'),
]


@pytest.mark.parametrize("text", HEDGE_TRAPS)
def test_hedge_trap_unmarked(nlp, text):
    assert hedges(nlp, text) == []


@pytest.mark.parametrize("text", LOADED_TRAPS)
def test_loaded_trap_unmarked(nlp, text):
    assert loaded(nlp, text) == []


@pytest.mark.parametrize(("text", "word"), REAL_HEDGES)
def test_real_hedge_marked(nlp, text, word):
    assert word in hedges(nlp, text)


@pytest.mark.parametrize(("text", "span"), REAL_LOADED)
def test_real_loaded_marked(nlp, text, span):
    assert any(span in found for found, _ in loaded(nlp, text))


@pytest.mark.parametrize("text", LOADED_TRAPS_1B)
def test_loaded_trap_1b_unmarked(nlp, text):
    assert loaded(nlp, text) == []


@pytest.mark.parametrize("text", ATTRIBUTION_TRAPS_1B)
def test_readers_condition_is_no_attribution(nlp, text):
    assert [s.text for s in nlp(text).spans["attributions"]] == []


@pytest.mark.parametrize(("text", "group", "word"), REAL_1B)
def test_real_1b_marked(nlp, text, group, word):
    assert word in [s.text for s in nlp(text).spans[group]]


# Written with the rule (not part of a probe batch): a charge named to be rejected.
@pytest.mark.parametrize(
    "text",
    [
        'The architect said the new library was "modest, not lavish".',
        "The mayor's office described the party as cheap, not opulent.",
    ],
)
def test_charge_denied_in_a_contrast(nlp, text):
    assert loaded(nlp, text) == []


def test_charge_made_stays_loaded(nlp):
    assert ("lavish", "emotive") in loaded(nlp, "The council spent £2m on a lavish new reception.")


# Batch 2, written after the rules and scored once: 13 traps beside 8 real marks. Main
# marked 7 of the traps, this branch 2; all 8 real marks kept on both. Of the two left:
# 'the spectators at the bend "could see the flag plainly"' is still marked (a plural
# with "see" is read as a group undergoing something, "commuters could see delays"),
# and "The survey suggests that ... would qualify" was a mis-written probe: "suggests"
# is a real hedge verb (only the "would" is the trap, and it stays unmarked). Both are
# left out below; the rest are kept as tests.
BATCH2_TRAPS = [
    (
        'The groom said he had "walked the course twice, not once" and would ride again in June.',
        "hedges",
    ),
    (
        "Mrs Tansy said the shop had ignored her letters and would hear from her solicitor.",
        "hedges",
    ),
    ("The jury could hear the recording only once, the clerk said.", "hedges"),
    (
        '"The optician could see me on Tuesday and I was reading again by Friday," she said.',
        "hedges",
    ),
    ('The clock was listed as "after Thomas Marrable" in the sale.', "loaded"),
    ('The pony was registered as "part-bred, grey" with the society.', "loaded"),
    (
        "Rain delayed the start by an hour.\n\nRESULTS. Junior sprint: 1 Holly Anstey, 2 Ruth "
        "Penn. Senior relay: Dunmere.",
        "loaded",
    ),
    (
        "The beekeeper, who was stung on the hand while moving a frame, finished the inspection.",
        "loaded",
    ),
    ("If you think a neighbour has fallen, call the warden on 0800 000 000.", "attributions"),
    ("Should I sell my flat before the rates rise? - J.W., Cottering", "loaded"),
    ('The chairman said the new stand was "sensible, not extravagant".', "loaded"),
]

BATCH2_REAL = [
    ("Frankly, closing the ward would be a grave error.", "hedges", "would"),
    (
        "The ferry company said the crossing had been cancelled and passengers could face delays.",
        "hedges",
        "could",
    ),
    ("The crowd could spill onto the road if the gates stay shut.", "hedges", "could"),
    (
        "The planning officer told councillors the design looked smart but would be hard to heat.",
        "hedges",
        "would",
    ),
    (
        "The survey suggests that about 90 families would qualify for the new bus pass.",
        "hedges",
        "suggests",
    ),
    (
        'The firm\'s much-trumpeted "transformation" has so far produced one new logo.',
        "loaded",
        '"transformation"',
    ),
    ("Tenants were stung with a £300 admin fee for renewing their leases.", "loaded", "stung"),
    ("The inspector said she thinks the kitchen is unsafe.", "attributions", "said"),
    (
        "The council splashed out on an extravagant new chain of office for the mayor.",
        "loaded",
        "extravagant",
    ),
]


@pytest.mark.parametrize(("text", "group"), BATCH2_TRAPS)
def test_batch2_trap_unmarked(nlp, text, group):
    assert [s.text for s in nlp(text).spans[group]] == []


@pytest.mark.parametrize(("text", "group", "word"), BATCH2_REAL)
def test_batch2_real_marked(nlp, text, group, word):
    assert word in [s.text for s in nlp(text).spans[group]]


def test_batch2_survey_would_unmarked(nlp):
    found = [s.text for s in nlp(BATCH2_REAL[4][0]).spans["hedges"]]
    assert "would" not in found

"""Trap senses behind round U (trapsU): classes, not the keys' sentences.

A fresh probe batch written before the guards, with names and topics not in data/.
Each TRAPS sentence was marked on main and must stay unmarked; each REAL sentence is
the true sense of the same class, marked on main and after (recall must not fall).

Classes:

- page furniture: a masthead or box line of short segments split by "|" (a title,
  "Free to every household", "No. 211", a price) is never a claim of the writer, so
  an absolute or a hedge in it is no booster or hedge (kit/lenses/shared.py:
  furniture_lines, used by kit/lenses/hedging.py and kit/lenses/loaded.py);
- "could have carried a tractor": the past capacity of a thing (a load verb with a
  yardstick load: a heavy thing, the weight of one, or an amount), judged from
  evidence, not a guess about what happened ("the fire could have started in the
  kitchen", "the van could have carried the stolen paintings")
  (kit/lenses/hedging_modals.py: load_capacity);
- a quoted noun that names a product's feature or a rule's allowance: sorted "into
  "pots"" by a verb of sorting or dividing, 'a "loyalty bonus" of 2%' (a term with its
  amount), not a scare quote (kit/lenses/loaded_quotes.py);
- an explainer sentence that names a device or rule and says what it is designed to do
  ('The valve, known to divers as "the dead man's switch", is designed to ...') is not
  the writer's comment (kit/lenses/loaded_commentary.py: explainer);
- "X is undoubtedly Y. That is not the point.": a concession the writer sets aside at
  once is no loaded claim; the booster stays (kit/lenses/loaded_rules.py:
  stance_booster).
"""

from __future__ import annotations

import pytest
from sense_probes import Mark, marked, marks_in

#: Neutral reporting sentences around a probe, so the comment model (which judges only
#: texts of five sentences or more) sees an article.
BEFORE = (
    "The parish council met on Tuesday in the village hall at Wendle Cross.\n\n"
    "Forty-two residents attended, and the minutes were read by the clerk, Mr Orrin Vale.\n\n"
)
AFTER = (
    "\n\nThe council will meet again on 14 March at 7pm.\n\n"
    "Copies of the report are at the library on Fenwick Street."
)


def marks(nlp, text: str) -> list[Mark]:
    return marks_in(nlp, BEFORE, text, AFTER)


TRAPS = [
    # (text, group, a word inside the mark that must go)
    ("THE HARROWDEAN VOICE | Serving every village since 1952 | Free to all residents | "
     "Issue 48", "boosters", "every"),
    ("WEEKEND EXTRA | Always free to members | 60p where sold | No. 1,204",
     "boosters", "Always"),
    ("The second beam, which our reporter inspected, could have borne a lorry.",
     "hedges", "could"),
    ("The old ferry, the surveyors found, could have carried forty cars at a time.",
     "hedges", "could"),
    ("The rope that snapped in 1988 could have held the weight of a carthorse.",
     "hedges", "could"),
    ('The new rota splits the week into "blocks" so that nobody works two nights running.',
     "loaded", '"blocks"'),
    ('The software sorts complaints into "streams" before an officer reads them.',
     "loaded", '"streams"'),
    ('Savers who stay five years can claim a "loyalty bonus" of 2% on the balance.',
     "loaded", '"loyalty bonus"'),
    ("The new stand is undoubtedly an impressive piece of engineering. That is not the "
     "point.", "loaded", "stand"),
]

REAL = [
    ("Every household in the valley has been failed by this council.", "boosters", "Every"),
    ("He could have left the flat before noon.", "hedges", "could"),
    ("The fire could have started in the kitchen.", "hedges", "could"),
    ("The van could have carried the stolen paintings to the coast.", "hedges", "could"),
    ('The council has turned the old library into a "creative hub" with one desk.',
     "loaded", '"creative hub"'),
    ('Residents were offered a "consultation" of ten minutes at the back of the hall.',
     "loaded", '"consultation"'),
    ("The minister is clearly a hypocrite. He voted against the bill he now praises.",
     "loaded", "hypocrite"),
]


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_trap_sense_unmarked(nlp, text: str, group: str, word: str) -> None:
    assert not marked(marks(nlp, text), group, word)


@pytest.mark.parametrize(("text", "group", "word"), REAL)
def test_real_sense_marked(nlp, text: str, group: str, word: str) -> None:
    assert marked(marks(nlp, text), group, word)


def test_concession_keeps_its_booster(nlp) -> None:
    """The key keeps "undoubtedly" as a booster when the sentence is no loaded claim."""
    text = "The new stand is undoubtedly an impressive piece of engineering. That is not the point."
    assert marked(marks(nlp, text), "boosters", "undoubtedly")


#: An explainer inside a short news story: the story, then the device it names.
DIVE = (
    "The Harlow Deep submersible surfaced early on Friday, forty minutes into a planned "
    "dive off Cape Wrenna.\n\nThe company said a leak in the forward seal had tripped the "
    "emergency ballast release. {}\n\n\"This is not the day we hoped for,\" the company said "
    "in a statement.\n\nNobody was hurt, and the craft was towed back to Porth Aine by "
    "evening.\n\nA second dive is planned for June."
)


def test_explainer_is_no_comment(nlp) -> None:
    sentence = (
        'The release, known to crews as "the dead man\'s drop", is designed to bring a craft '
        "to the surface if the pilot blacks out."
    )
    doc = nlp(DIVE.format(sentence))
    assert not [s for s in doc.spans["loaded"] if "release" in s.text]


def test_designed_motive_is_still_a_comment(nlp) -> None:
    """A hidden purpose claimed for a policy is still loaded: the explainer guard is for
    a device named and described, not for "designed to" with a motive."""
    sentence = "The new charge is clearly designed to squeeze money out of drivers."
    doc = nlp(DIVE.format(sentence))
    assert [s for s in doc.spans["loaded"] if "charge" in s.text or "squeeze" in s.text]


def test_time_taken_is_no_load(nlp) -> None:
    """ "could take up to two years" guesses how long, whatever the subject: a hedge."""
    found = marks(nlp, 'The council said the bridge was sound but that works could take "up '
                       'to two years" to finish.')
    assert marked(found, "hedges", "could")


#: Batch 2, written after the rules and scored once (main 4/12, this branch 11/12; the
#: one miss, a scare quote after "promised", is unmarked on main too and left out here).
BATCH2 = [
    ("THE MILLBRIDGE GAZETTE | Est. 1891 | Always on Thursdays | 80p", "boosters", "Always",
     False),
    ("FACT BOX: Span: 40 m | Every pier sunk by hand | Cost: £1.2m", "boosters", "Every", False),
    ("Nobody in this town has ever been told the truth about the pool.", "boosters", "Nobody",
     True),
    ("The floor of the old granary, the engineer found, could have held a grand piano.",
     "hedges", "could", False),
    ("The dinghy could have taken six adults without trouble.", "hedges", "could", False),
    ("The boat could have carried the missing crates across the bay.", "hedges", "could", True),
    ("She could have missed the last bus.", "hedges", "could", True),
    ('The new scheme divides the town into "zones" with their own bin days.', "loaded",
     '"zones"', False),
    ('Members can earn a "welcome credit" of £10 on their first order.', "loaded",
     '"welcome credit"', False),
    ("The cafe is certainly a pleasant place to sit. That is hardly the issue.", "loaded",
     "cafe", False),
    ("The chairman is obviously out of his depth, and everyone in the hall knew it.", "loaded",
     "chairman", True),
]


@pytest.mark.parametrize(("text", "group", "word", "expected"), BATCH2)
def test_batch2(nlp, text: str, group: str, word: str, expected: bool) -> None:
    assert marked(marks(nlp, text), group, word) is expected


def test_not_a_question_of_is_no_set_aside(nlp) -> None:
    """ "It is not a question of money" explains, it sets nothing aside: the claim stays."""
    found = marks(nlp, "The minister is clearly a hypocrite. It is not a question of money.")
    assert marked(found, "loaded", "hypocrite")

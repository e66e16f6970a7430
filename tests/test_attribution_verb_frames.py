"""Reporting-verb frames found by probing fresh prose (issue 11): appeals after a
quotation, appeals for a plain noun, gerund contents, and verbs of telling and hinting.
Each case has a look-alike that must get no attribution."""

from __future__ import annotations

import pytest

import kit


def acts(nlp, text: str) -> list[tuple[str, str, str]]:
    return [
        (a.cue.text, a.canonical, a.content.text if a.content else "")
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        # an appeal verb after a closing quotation: the noun after it is the speaker
        (
            '"Give us a fair price," pleaded the trawlerman.',
            "pleaded",
            "trawlerman",
            "Give us a fair price",
        ),
        ('"We need help," pleaded one lock-keeper.', "pleaded", "lock-keeper", "We need help"),
        (
            '"Open the gates," begged a pensioner at the fence.',
            "begged",
            "pensioner",
            "Open the gates",
        ),
        ('"Not again," shouted a stallholder, packing up.', "shouted", "stallholder", "Not again"),
        ('"Rates will rise," forecast the bank.', "forecast", "bank", "Rates will rise"),
        # an everyday noun for a person is a source for appeal verbs
        ("The widow pleaded for calm outside the court.", "pleaded for", "widow", "calm"),
        (
            "A villager appealed for help with the clean-up.",
            "appealed for",
            "villager",
            "help with the clean-up",
        ),
        ("The old man advised walkers to carry a map.", "advised", "old man", "to carry a map."),
        # a gerund under a reporting verb is what was said
        ("The courier denied taking the parcels.", "denied", "courier", "taking the parcels."),
        (
            "The apprentice admitted leaving the oven on.",
            "admitted",
            "apprentice",
            "leaving the oven on.",
        ),
        (
            "Two cyclists reported seeing a deer on the bypass.",
            "reported",
            "cyclists",
            "seeing a deer on the bypass.",
        ),
        # telling a story, hinting, cautioning against
        (
            "The ferryman recounted how the ropes had snapped.",
            "recounted",
            "ferryman",
            "how the ropes had snapped.",
        ),
        (
            "The label hinted that a reunion tour was planned.",
            "hinted",
            "label",
            "a reunion tour was planned.",
        ),
        (
            "The survey's author cautioned against reading too much into one winter.",
            "cautioned against",
            "survey's author",
            "reading too much into one winter",
        ),
        # a warning with a listener and an infinitive; a doubt raised
        (
            "The vet warned owners not to walk dogs in the midday heat.",
            "warned",
            "vet",
            "not to walk dogs in the midday heat.",
        ),
        (
            "The auditor questioned whether the accounts could be trusted.",
            "questioned",
            "auditor",
            "whether the accounts could be trusted.",
        ),
    ],
)
def test_frame_is_an_attribution(nlp, text, cue, speaker, content):
    found = acts(nlp, text)
    assert len(found) == 1, found
    got_cue, got_speaker, got_content = found[0]
    assert (got_cue, got_content) == (cue, content)
    assert got_speaker.endswith(speaker), got_speaker


@pytest.mark.parametrize(
    "text",
    [
        "The recipe calls for two eggs and a pinch of salt.",  # a thing, not a source
        "She called for a taxi at midnight.",  # "call for" needs a demand
        "Low prices encouraged shoppers to return.",  # a state of affairs
        "The smell of smoke hinted at trouble in the kitchen.",  # a thing hinting
        "The lorry was seen leaving the yard at dawn.",  # a passive gerund: seeing, not saying
        "The children kept asking for sweets.",  # no reporting verb over the gerund
        "Detectives questioned two men about the fire.",  # an interview, no words reported
    ],
)
def test_look_alike_gets_no_attribution(nlp, text):
    assert acts(nlp, text) == []


def test_participle_set_off_after_the_subject_is_no_act(nlp):
    # the parser makes "asked" the deputy's verb; the deputy answered, nobody's question
    # is reported, and the cue is "said"
    text = 'The warden\'s deputy, asked whether the trust would apologise, said: "For what?"'
    assert acts(nlp, text) == [("said", "warden's deputy", "For what?")]


def test_relative_clause_before_the_cue_keeps_its_own_act(nlp):
    text = "Odile Brandt, who has called for the warden to resign, said the vote was fair."
    assert [a[0] for a in acts(nlp, text)] == ["called for", "said"]


def test_cue_read_as_a_noun_between_subject_and_clause(nlp):
    text = "Lawyers for the trust claim the lease was never signed."
    assert acts(nlp, text) == [("claim", "Lawyers for the trust", "the lease was never signed.")]
    assert acts(nlp, "The claim was never proved in court.") == []


def test_a_document_shows_without_that(nlp):
    text = "Court papers show the builder owed suppliers £80,000."
    assert acts(nlp, text) == [("show", "Court papers", "the builder owed suppliers £80,000.")]
    # evidence is not a source that speaks: figures and photos show, nobody says
    assert acts(nlp, "The photos show the pier collapsed overnight.") == []


def test_an_inverted_speaker_after_a_hyphenated_title(nlp):
    # the parser gives "said" three subjects: "co", "-" and the name; the name speaks
    text = '"We did not expect it," said co-author Dr Ilse Marrow-Tate.'
    assert [a[1] for a in acts(nlp, text)] == ["Ilse Marrow-Tate"]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "Its managing director, Ilka Brandvold, insisted services were improving.",
            "Ilka Brandvold",
            "services were improving.",
        ),
        (
            "Her deputy, Ruan Tessier, claimed staff were happy with the rota.",
            "Ruan Tessier",
            "staff were happy with the rota.",
        ),
    ],
)
def test_a_cue_read_as_an_adjective_after_an_apposition(nlp, text, speaker, content):
    # the parser reads the cue as an adjective on the next noun ("insisted services")
    assert [(a[1], a[2]) for a in acts(nlp, text)] == [(speaker, content)]


def test_a_real_adjective_after_a_comma_is_no_cue(nlp):
    assert acts(nlp, "Tired, worried parents queued outside the school gates.") == []


def test_a_title_the_parser_made_a_second_subject(nlp):
    # after the join of "Fenwick-Ashe", the parser made "Dr" and the name two subjects
    text = (
        "The chief executive, Dr Naomi Fenwick-Ashe, apologised. A Department of Health "
        "spokesman said £30m had been set aside for the region. He did not say when the "
        "money would arrive.\n\nDr Fenwick-Ashe said a new ward would open in the spring."
    )
    assert [a[1] for a in acts(nlp, text)][-1] == "Naomi Fenwick-Ashe"


def test_frame_range_tells_the_cues_own_subject_by_position(nlp):
    """spaCy makes a new Token on each access: the frame compares tokens by position, so
    the cue's own subject counts as framing and the speaker's description stays out of
    the content ("The harbour master, a keen sailor, said the silt was rising")."""
    from kit.lenses.attribution_ranges import _frame_range, _same

    doc = nlp("The harbour master, a keen sailor, said the silt was rising.")
    assert _same(doc[2], doc[2]) and not _same(doc[2], doc[3]) and not _same(doc[2], None)
    verb = next(t for t in doc if t.lower_ == "said")
    start, end = _frame_range(verb, (0, 3), (verb.i, verb.i + 1))
    assert (doc[start].text, doc[end - 1].text) == ("The", "said")
    (act,) = kit.annotate(doc.text, nlp=nlp).attributions
    assert act.content.text == "the silt was rising."

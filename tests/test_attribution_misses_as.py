"""Two reports the kit missed, so that the speaker's quoted words were read as the
writer's scare quote (helper missesAS; the two were listed in KIT_MISSES of
tests/test_answer_keys_lenses.py).

- A sentence never breaks between a lower-case word and a capitalised word on the same
  line with nothing between (kit/lenses/paragraphs.py): the parser split "have written on
  the booking site | Tablewink that ..." (round AR1) and "first-choice keeper | Lettrice
  Vanderhoof broke a finger" (round AP1) at a name it did not know, and the cue lost its
  clause. In 715 practice articles these were the only two such breaks.
- "ask" reports a request in a to-infinitive only when the quoted words open right after
  "to" (`infinitive: quoted` in kit/lexicons/cues.yaml): 'asked me to "set an intention"'
  (round AR3). The keys go both ways on a plain "asked them to do X" (15 keyed, and traps
  such as "He has asked the minister to explain the decision"), and never count "asked
  not to be named"; with the speaker's words in quotation marks the request is reported.
  Of the five such quoted requests in the practice articles one is keyed (AR3), one is
  passive with no speaker (AH, a trap) and three lie inside another act's content (AP3,
  C2, S), where the kit keeps them as part of that act.

Sentences from the practice articles (rounds AR1, AP1, AR3, AH, S); the look-alikes are
written for these tests.
"""

from __future__ import annotations

from speaker_acts import acts

import kit
from kit.article import Article
from kit.lenses.paragraphs import mark_paragraph_starts

TABLEWINK = (
    "Dozens of diners have written on the booking site Tablewink that the dining room is "
    '"stunning". It is.'
)
KEEPER = (
    "Corrivane, who started only because first-choice keeper Lettrice Vanderhoof broke a "
    "finger in training on Thursday, told the Wicketgate she had studied videos of "
    "Ormsary's penalty takers on the team bus."
)
INTENTION = (
    "A therapist called Saffrony (I suspect not the name on her passport) asked me to "
    "\u201cset an intention\u201d. I set the intention of leaving."
)


def _marks(nlp, text: str) -> tuple[list[tuple[str, str]], list[str]]:
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    attributions = [(a.cue.text, a.label) for a in doc.attributions]
    return attributions, [a.text for a in doc.of("loaded", "scare_quote")]


def test_no_sentence_starts_at_a_name_after_a_lower_case_word(nlp):
    doc = nlp.make_doc(TABLEWINK)
    mark_paragraph_starts(doc)
    tablewink = next(t for t in doc if t.text == "Tablewink")
    assert tablewink.is_sent_start is False
    assert [s.text.split()[0] for s in nlp(TABLEWINK).sents] == ["Dozens", "It"]


def test_lower_case_words_and_punctuation_are_left_to_the_parser(nlp):
    doc = nlp.make_doc('"I work from home and I start calls," she said. Full results | Photo')
    mark_paragraph_starts(doc)
    unset = {t.text for t in doc if t.is_sent_start is None}
    assert {"and", "start", "|", "Photo"} <= unset  # only "I" after "and" is held
    assert doc[6].text == "I" and doc[6].is_sent_start is False


def test_a_line_break_before_a_name_is_left_to_the_parser(nlp):
    doc = nlp.make_doc("Photo: the harbour at dusk\nTovric Haldenay writes")
    mark_paragraph_starts(doc)
    assert next(t for t in doc if t.text == "Tovric").is_sent_start is None


def test_written_on_a_named_site_reports_the_that_clause(nlp):
    found, scare = _marks(nlp, TABLEWINK)
    assert found == [("written", "mixed")]
    assert scare == []


def test_a_keeper_named_after_her_post_leaves_the_cue_its_speaker(nlp):
    # round AP1: key cue "told the Wicketgate", canonical Ysandrine Corrivane
    found = acts(nlp, KEEPER)
    assert [(cue, canonical) for cue, _, canonical in found] == [
        ("told the Wicketgate", "Corrivane")
    ]


def test_asked_me_to_quoted_words_is_a_request_reported(nlp):
    found, scare = _marks(nlp, INTENTION)
    assert found == [("asked", "mixed")]
    assert scare == []


def test_asked_the_council_to_quoted_words_is_a_request_reported(nlp):
    found, scare = _marks(nlp, 'She asked the council to "think again" about the closure.')
    assert found == [("asked", "mixed")]
    assert scare == []


def test_asked_to_do_something_unquoted_reports_nothing(nlp):
    found, _ = _marks(nlp, "The manager asked staff to leave the building by noon.")
    assert found == []


def test_asked_not_to_be_named_reports_nothing(nlp):
    found, _ = _marks(nlp, 'A source, who asked not to be named, said the plan was "dead".')
    assert [cue for cue, _ in found] == ["said"]


def test_a_passive_asked_to_has_no_speaker(nlp):
    # round AH's key: "been asked to" is a trap (no speaker), inside the colleague's report
    text = 'A colleague told me that the testers have been asked to "do more with less".'
    found, scare = _marks(nlp, text)
    assert [cue for cue, _ in found] == ["told me"]
    assert scare == []


def test_a_quoted_request_inside_a_report_stays_in_its_content(nlp):
    # round S's key: one act, "said", whose content holds the request
    text = (
        "The area's MP, Rosetta Quillinan, said she had written to the health board asking "
        'it to "think again".'
    )
    found, scare = _marks(nlp, text)
    assert [cue for cue, _ in found] == ["said"]
    assert scare == []

"""A short reply in the writer's voice joins the whole-sentence claim it leans on
(issue 11, verdictsAH; kit/lenses/loaded_replies.py): the writer's question or claim just
before it, else the counter-claim just after an echo of a report. The traps: a reply at a
paragraph's end, a reply beside an unmarked sentence, a claim that is a clause inside a
sentence, two long claims side by side, and word marks, all stay as they were.

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kit.lenses.loaded_replies import (
    answers_question,
    clipped,
    echoes,
    join_short_replies,
    short_reply,
)


@dataclass
class _Claim:
    start: int
    end: int
    label: str = "unattributed_claim"
    explanation: str = "The writer's own comment."


def _marks(text: str, *parts: str, label: str = "unattributed_claim") -> list[_Claim]:
    out = []
    for part in parts:
        at = text.index(part)
        out.append(_Claim(at, at + len(part), label))
    return out


def _texts(text: str, marks: list[_Claim]) -> list[str]:
    return [text[m.start : m.end] for m in sorted(marks, key=lambda m: m.start)]


def test_an_echo_of_a_report_joins_the_counter_claim_after_it(nlp):
    text = (
        'The director said the sale was "entirely routine". Routine. Nobody mentioned '
        "that the buyer is her cousin."
    )
    marks = _marks(text, "Routine.", "Nobody mentioned that the buyer is her cousin.")
    out = join_short_replies(nlp(text), marks)
    assert _texts(text, out) == ["Routine. Nobody mentioned that the buyer is her cousin."]
    assert "Nobody mentioned" in out[0].explanation


def test_a_run_of_echoes_joins_the_claim_after_it(nlp):
    text = (
        'The agency promised "swift, friendly service". Swift. Friendly. Billed, no doubt, '
        "by the minute."
    )
    marks = _marks(text, "Swift.", "Friendly.", "Billed, no doubt, by the minute.")
    out = join_short_replies(nlp(text), marks)
    assert _texts(text, out) == ["Swift. Friendly. Billed, no doubt, by the minute."]


def test_a_short_answer_joins_the_writers_question_before_it(nlp):
    text = "Has anyone at the depot read the petition? The shredder suggests not."
    marks = _marks(
        text, "Has anyone at the depot read the petition?", "The shredder suggests not."
    )
    out = join_short_replies(nlp(text), marks)
    assert _texts(text, out) == [text]
    assert "The shredder suggests not." in out[0].explanation


def test_an_elliptical_answer_of_any_length_joins_the_question(nlp):
    text = "So where did the grant go? Not, it would seem, on the leaking roof of the hall."
    marks = _marks(
        text, "So where did the grant go?", "Not, it would seem, on the leaking roof of the hall."
    )
    assert _texts(text, join_short_replies(nlp(text), marks)) == [text]


def test_a_clipped_reply_caps_the_claim_before_it(nlp):
    text = "Swimming in the lido is, it appears, still permitted. For the moment."
    marks = _marks(text, "Swimming in the lido is, it appears, still permitted.", "For the moment.")
    assert _texts(text, join_short_replies(nlp(text), marks)) == [text]


def test_a_reply_at_the_end_of_a_paragraph_stays_alone(nlp):
    text = 'The board said the fees were "fair". Fair.\n\nThe new rates start in March, sadly.'
    marks = _marks(text, "Fair.", "The new rates start in March, sadly.")
    assert _texts(text, join_short_replies(nlp(text), marks)) == [
        "Fair.",
        "The new rates start in March, sadly.",
    ]


def test_no_mark_is_made_for_an_unmarked_neighbour(nlp):
    text = 'The trust called the cut "modest". Modest. The café will close on Mondays.'
    marks = _marks(text, "Modest.")
    assert _texts(text, join_short_replies(nlp(text), marks)) == ["Modest."]


def test_a_claim_inside_a_sentence_is_not_joined(nlp):
    text = "The pool shut in May, and the managers could barely hide their relief. For now."
    marks = _marks(text, "the managers could barely hide their relief.", "For now.")
    assert len(join_short_replies(nlp(text), marks)) == 2


def test_two_long_claims_side_by_side_stay_apart(nlp):
    text = (
        "The committee has never once visited the allotments. Its members would rather "
        "hold their meetings in the golf club bar."
    )
    marks = _marks(
        text,
        "The committee has never once visited the allotments.",
        "Its members would rather hold their meetings in the golf club bar.",
    )
    assert len(join_short_replies(nlp(text), marks)) == 2


def test_word_marks_are_never_joined(nlp):
    text = "Shameful. The council voted the plan through in four minutes."
    marks = _marks(text, "Shameful", label="emotive") + _marks(
        text, "The council voted the plan through in four minutes."
    )
    assert len(join_short_replies(nlp(text), marks)) == 2


def test_a_short_question_is_no_reply():
    assert not short_reply("Why the rush?")
    assert short_reply("We are sure it was.")
    assert not short_reply("The parish council will meet again on the first of June.")
    assert answers_question("Did anyone ask the tenants?", "Apparently not.")
    assert not answers_question("The tenants were not asked.", "Apparently not.")
    assert not answers_question("Where will the money go?", "Nobody on the board has said so far.")
    # "Not only ..." opens a claim of its own, not an elliptical answer
    assert not answers_question(
        "What did the review find?", "Not only were the tanks rusted, the pumps had failed too."
    )


def test_a_verdict_of_its_own_after_a_report_stays_apart(nlp):
    # praise or a noun standing alone is a verdict of its own, not an echo: keys mark
    # "Splendid." and the sentence after it as two claims
    text = (
        'The council said it "must respect the lease". Splendid. It might respect the '
        "tenants a little sooner."
    )
    marks = _marks(text, "Splendid.", "It might respect the tenants a little sooner.")
    assert len(join_short_replies(nlp(text), marks)) == 2


def test_a_noun_verdict_does_not_cap_the_claim_before_it(nlp):
    text = "The contract went to the leader's nephew. Pure chance, no doubt."
    marks = _marks(text, "The contract went to the leader's nephew.", "Pure chance, no doubt.")
    assert len(join_short_replies(nlp(text), marks)) == 2


def test_what_counts_as_clipped_and_as_an_echo(nlp):
    def sentence(text: str, part: str):
        doc = nlp(text)
        at = text.index(part)
        return doc.char_span(at, at + len(part), alignment_mode="expand")

    assert clipped(sentence("Nobody will notice. They will.", "They will."))
    assert clipped(sentence("It is allowed. For the moment.", "For the moment."))
    said = 'She said it was "painless". We are sure it was.'
    assert clipped(sentence(said, "We are sure it was."))
    assert not clipped(sentence("It closed. Pure chance, no doubt.", "Pure chance, no doubt."))
    assert not clipped(sentence("It closed. Fancy that.", "Fancy that."))
    done = "The pool reopened. Congratulations are surely in order."
    assert not clipped(sentence(done, "Congratulations are surely in order."))
    inverted = 'They called the ban "sensible". Sensible planning this is not.'
    assert not clipped(sentence(inverted, "Sensible planning this is not."))
    text = 'The firm said the cuts were "purely technical". Purely. The pool shut anyway.'
    assert echoes(sentence(text, "Purely."))
    assert not echoes(sentence('The firm said the cuts were "fair". Marvellous.', "Marvellous."))


def _loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The trust shut the reading room and put up a noticeboard. That, apparently, "
         "passes for consultation.", "That, apparently, passes for consultation."),
        ("The council swapped the bowling green for forty parking bays. This, it seems, "
         "counts as regeneration.", "This, it seems, counts as regeneration."),
        ("The firm moved the help desk to a chatbot. Apparently this counts as progress.",
         "Apparently this counts as progress."),
    ],
)
def test_a_deed_that_counts_as_a_fashionable_word_is_a_claim(nlp, text, claim):
    """A pro-form that "counts as" or "passes for" a bare noun under a stance aside
    (kit/lenses/judgement_redefinitions.py)."""
    assert (claim, "unattributed_claim") in _loaded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A player who touches the ball twice concedes a free kick. This counts as a foul.",
        "The grant was paid in March. It counts as income for tax purposes.",
        "The match was abandoned at half-time. It still counts as a fixture played.",
        "The ferry sails at noon. What passes for a timetable is pinned to the kiosk door.",
    ],
)
def test_a_plain_definition_is_no_sarcastic_gloss(nlp, text):
    assert not [m for m in _loaded(nlp, text) if "counts as" in m[0] or "passes for" in m[0]]

"""Verdicts in the writer's own voice (kit/lenses/judgement_verdicts.py and the verdict
rules of kit/lenses/judgement_claims.py): whole sentences marked ``unattributed_claim``.

Every sentence here was written for these tests. Each rule has sentences it must mark,
traps it must leave alone (measurable superlatives, plain facts, signpost questions,
reported speech), and words that are in no list, so that a pass shows the parse at work.
"""

from __future__ import annotations

import pytest
from lens_docs import parse

from kit.lenses import judgement as J
from kit.lenses import judgement_claims as C
from kit.lenses import judgement_verdicts as V


def rule_finds(nlp, text: str, rule) -> list[str]:
    """The spans one rule finds in ``text`` (before the lens checks the voice)."""
    doc = parse(nlp, text)
    lex = nlp.get_pipe("kit_loaded").judgement
    return [j.span.text for j in J.judgements(doc, lex, (rule,))]


def claims(nlp, text: str) -> list[str]:
    """The whole pipeline's ``unattributed_claim`` marks on ``text``."""
    doc = nlp(text)
    return [s.text for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]


def last_claim_explanation(nlp, text: str) -> str:
    doc = nlp(text)
    marks = [s for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]
    assert marks, text
    return marks[-1]._.kit_explanation


# -- copular verdicts ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The new timetable is a shambles.",
        "Their rescue plan was a dismal effort.",
        "The show is glossy, slow and utterly hollow.",  # "glossy", "slow": in no list
        "Reopening the library is the finest decision the council has made in a decade.",
        "It is the loudest signal yet that the talks are over.",  # "loudest": in no list
        "The chairman is not an impartial referee.",
        "The timing of the announcement was no coincidence.",
        "The apology was nothing more than a stunt.",
        "Every penny of the budget is on screen, and none of it is any use.",
        "She is wrong about the tram, and wrong about the buses.",
    ],
)
def test_copular_verdicts_are_marked(nlp, text):
    assert rule_finds(nlp, text, V.copular_verdicts), text


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is the longest in the country.",  # measurable superlatives
        "It was the highest rainfall in a generation.",
        "The storm was the strongest to hit the coast since 1987.",
        "It was the worst flooding the valley has seen.",
        "The museum is the most expensive building the city has commissioned.",
        "The company is the largest employer in the region.",
        "The forecast was wrong by two degrees.",  # a fact corrected, not a person judged
        "The players were tired after extra time.",  # a state, not a verdict
        "Everyone is welcome to attend the meeting.",
        "There is a mess hall on the base.",  # existence
        "The vote was a surprise to analysts.",  # "surprise" counts only after "no"
        "Councillors would be wise to read the report.",  # softened advice: a hedge
        "The ferry is 40 metres long and carries 90 cars.",
    ],
)
def test_copular_traps_are_not_marked(nlp, text):
    assert rule_finds(nlp, text, V.copular_verdicts) == [], text


def test_a_verdict_is_marked_in_the_writers_voice_but_not_in_reported_speech(nlp):
    assert claims(nlp, "The new timetable is a shambles.") == ["The new timetable is a shambles."]
    assert claims(nlp, '"The new timetable is a shambles," the union said.') == []
    assert claims(nlp, "The union said the new timetable was a shambles.") == []
    explanation = last_claim_explanation(nlp, "Their rescue plan was a dismal effort.")
    assert explanation.startswith("Whose judgement is this?")
    assert "evidence" in explanation


# -- superlatives in disguise, certainty frames, consensus ---------------------------------
def test_unbeatable_verdicts(nlp):
    text = "It is difficult to picture a more careless launch."  # "careless": in no list
    assert rule_finds(nlp, text, V.unbeatable_verdicts) == [
        "difficult to picture a more careless launch"
    ]
    assert rule_finds(nlp, "The timing could not be worse.", V.unbeatable_verdicts)
    assert rule_finds(nlp, "It is hard to imagine the town without its mill.",
                      V.unbeatable_verdicts) == []  # fmt: skip


def test_certainty_frames_need_an_evaluation(nlp):
    found = rule_finds(
        nlp,
        "There is no doubt that the new stadium is the boldest project in the city's history.",
        V.certainty_verdicts,
    )
    assert found == ["There is no doubt that"]
    assert rule_finds(nlp, "Make no mistake: this budget is a disgrace.", V.certainty_verdicts)
    assert rule_finds(nlp, "It is clear that the river will rise overnight.",
                      V.certainty_verdicts) == []  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No sensible economist believes the target can be met.", True),
        ("Nobody honestly thinks the bridge will open on time.", True),
        ("Nobody knows how many people were inside.", False),  # a plain unknown
        ("No passenger was injured.", False),
        ("Few analysts expect a deal this year.", False),
    ],
)
def test_consensus_claims(nlp, text, expected):
    assert bool(rule_finds(nlp, text, V.consensus_claims)) is expected


def test_a_consensus_claim_is_no_attribution(nlp):
    doc = nlp("No sensible economist believes the target can be met.")
    assert list(doc.spans["attributions"]) == []
    assert claims(nlp, "No sensible economist believes the target can be met.")


# -- insinuating questions, and cues that report nothing -------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parents are entitled to ask why the school stayed open.", "entitled to ask"),
        ("Voters have a right to know where the money went.", "right to know"),
        ("One has to wonder who approved the contract.", "has to wonder"),
        ("The missing invoices raise questions about the tender.", "raise questions"),
    ],
)
def test_insinuating_questions(nlp, text, expected):
    assert rule_finds(nlp, text, V.insinuating_questions) == [expected]
    assert claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Students will have to ask their tutors for an extension.",  # a real obligation
        "The inspector asked whether the school had a fire plan.",  # a real question
        "The council raised the parking fee in May.",
    ],
)
def test_insinuation_traps(nlp, text):
    assert rule_finds(nlp, text, V.insinuating_questions) == []


def test_a_right_to_ask_reports_nothing_but_a_question_asked_does(nlp):
    assert list(nlp("Does anyone still believe the ferry will sail?").spans["attributions"]) == []
    unasked = nlp("Parents are entitled to ask whether the head teacher knew.")
    assert list(unasked.spans["attributions"]) == []
    needed = nlp("Voters need to ask whether the mayor knew about the loan.")
    assert list(needed.spans["attributions"]) == []
    asked = nlp("The inspector asked whether the head teacher knew about the leak.")
    assert [s.text for s in asked.spans["attributions"]]


# -- echoes, desert, conduct, intent, blame, asides -------------------------------------
def test_elliptical_echoes(nlp):
    text = "The firm said it would repay the grant. Of course it hasn't."
    assert rule_finds(nlp, text, C.elliptical_echoes) == ["Of course it hasn't"]
    assert claims(nlp, text) == ["Of course it hasn't."]
    assert rule_finds(nlp, "The firm may repay the grant. Maybe it will.",
                      C.elliptical_echoes) == []  # fmt: skip
    assert rule_finds(nlp, "The firm repaid the grant in June.", C.elliptical_echoes) == []
    assert rule_finds(nlp, "Shares were expected to fall. They did.", C.elliptical_echoes) == []
    assert rule_finds(nlp, "It promised a refund. It should have.", C.elliptical_echoes)


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (C.desert_verdicts, "Commuters deserve better than this.", True),
        (C.desert_verdicts, "The directors should be ashamed of themselves.", True),
        (C.desert_verdicts, "The actor, who deserved the prize, lives in Leeds.", False),
        (C.conduct_verdicts, "The mayor acted with remarkable dignity throughout.", True),
        (C.conduct_verdicts, "The crew acted with the coast guard to reach the boat.", False),
        (C.intent_claims, "The board wants the museum to fail.", True),
        (
            C.intent_claims,
            "Those figures are not settled, whatever the minister likes to pretend.",
            True,
        ),  # fmt: skip
        (C.intent_claims, "He resigned only to avoid a vote on his expenses.", True),
        (C.intent_claims, "The council wants to build 300 homes.", False),
        (C.intent_claims, "The company wants the merger to close by June.", False),
        (C.intent_claims, "They arrived only to find the doors locked.", False),
        (C.blame_frames, "The fault lies with the contractor.", True),
        (C.blame_frames, "The fault line lies under the city.", False),
        (C.sarcastic_asides, "Not that the owners will notice.", True),
        (C.sarcastic_asides, "Not all residents agreed with the plan.", False),
    ],
)
def test_motive_and_verdict_frames(nlp, rule, text, expected):
    assert bool(rule_finds(nlp, text, rule)) is expected, text


# -- rhetorical questions -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The ferry has been late all year. Does anyone still believe it will sail?",
        "Why else would the board hide the minutes?",
        "What exactly did the panel achieve?",
        "How did it come to this?",
        "21:10 — Where did it all go wrong for the club?",
        "Is this what a responsible landlord looks like?",
        "Why would a careful buyer sign that?",
    ],
)
def test_rhetorical_questions(nlp, text):
    assert rule_finds(nlp, text, C.rhetorical_questions), text
    assert claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "What happens next?",
        "Who is involved?",
        "Would she do it all again?",
        "Why does the dam matter?",
        "How much water is at stake?",
        "When will the bridge reopen?",
    ],
)
def test_signpost_questions_are_not_marked(nlp, text):
    assert rule_finds(nlp, text, C.rhetorical_questions) == [], text


def test_a_question_at_the_end_of_a_paragraph_is_still_found(nlp):
    text = "The trust has turned on the board. Is anybody surprised?\n\nThe club said nothing."
    assert claims(nlp, text) == ["Is anybody surprised?"]


def test_the_verdict_lexicon_has_its_header_and_classes():
    vx = V.verdict_lexicon()
    assert "bold" in vx["evaluative_adjective"] and "largest" not in vx["evaluative_adjective"]
    assert "tired" in vx.category("evaluative_adjective", "attributive_only")
    assert ("there", "is", "no", "doubt", "that") in vx.phrases("certainty_frame")


PLAIN_NEWS = "\n\n".join(
    [
        (
            "The storm was the strongest to hit the coast since 1987. The airport is the busiest "
            "in the region and handled 12 million passengers last year. The plant is the oldest "
            "of its kind still in use. Turnout was the lowest in a generation. The result is a "
            "blow to the governing party, which had held the seat since 1974."
        ),
        (
            "The bridge will remain closed until Friday. Engineers found that the cables were "
            "older than records showed. The council is the largest landowner in the district. The"
            " trial was a success, according to the company, and a second phase will begin in "
            "May. Is the water safe to drink? Officials said it was."
        ),
        (
            "The minister was right to wait, her spokesman said. Why did the talks fail? Three "
            "reasons stand out. What went wrong at the plant is still unclear. The inquiry is "
            "independent of the ministry. The figures are not final. The team was not at its best"
            " on Saturday, coach Ana Ruiz said."
        ),
        (
            "The decision is final. The river is wide at this point and the current is strong. "
            "The vote was close. The report is the first of its kind. The project is a joint "
            "venture between two firms. It is the third closure this year. The museum is free to "
            "visitors on Sundays. The museum was empty on Monday morning."
        ),
        (
            "Residents have a right to appeal within 28 days. Applicants need to ask their "
            "employer for a letter. The company wants the merger to close by June. The fault was "
            "traced to a faulty valve. Police acted with speed once the alarm was raised. The "
            "firm's shares fell 4 percent. It did. Nobody was hurt. No one knows how the fire "
            "began."
        ),
    ]
)


def test_plain_news_paragraphs_get_no_verdict(nlp):
    """Measurable superlatives, facts, reported judgements, real rights and plain
    answers in straight news: no sentence is a verdict in the writer's voice."""
    assert claims(nlp, PLAIN_NEWS) == []

"""Classes found missing on round K (issue 11, loadedK), written from English rather than
from its articles: people mocked as spoilers of fun (kit/lexicons/loaded.yaml), talk
dismissed as worthless (rule dismissal_word), shares handed out by a body whose cut is
dramatised ("slashed the quota": economic_words in kit/lexicons/loaded_senses.yaml), the
closing tag "pure and simple" (rule closing_emphasis, kit/lenses/loaded_rules.py) and two
rhetorical questions (kit/lenses/judgement_questions.py): "Who would argue ...?" and a
closing "..., exactly?".

Every sentence here was written for this file (none comes from data/). Each class has
sentences that must get the mark and look-alikes that must get none.
"""

from __future__ import annotations

import pytest
from practice_text import practice_text, rounds_since, seen_in

from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    # spoilers of fun
    ("Book the table now, before the spoilsports on the licensing panel say no.",
     "spoilsports", "labeling"),
    ("The usual pearl-clutchers wrote in about the poster.", "pearl-clutchers", "labeling"),
    ("Every close has its nosy parker behind the nets.", "nosy parker", "labeling"),
    # talk dismissed as worthless, in a partial quote or named by a verb
    ('The landlord said the tenants\' complaint was "hogwash" and left.', "hogwash", "emotive"),
    ("The union called the pay offer claptrap.", "claptrap", "emotive"),
    # a share cut as violence
    ("The trust slashed the mileage allowance for community nurses.", "slashed", "emotive"),
    ("The board has axed the bursary for second-year students.", "axed", "emotive"),
    # a closing tag after a noun
    ("It was vanity, pure and simple.", "pure and simple", "intensifier"),
]

TRAPS = [
    # the verbs and literal look-alikes: the word must get no mark
    ("The reminder app will nag you to stretch and scold you for skipping a day.", "scold"),
    ("Volunteers cleared the rubbish from the shingle on Sunday.", "rubbish"),
    ("The plumber picked up this rubbish from the back of the van.", "rubbish"),
    ("Someone slashed the canvas of the marquee overnight.", "slashed"),
    ("The fire crew threw a wet blanket over the chip pan.", "blanket"),
    ("The new flats have clean, pure and simple lines.", "pure and simple"),
    # in a speaker's quotation the keys score the tag as the speaker's booster
    ('"This is vanity, pure and simple," the councillor said.', "pure and simple"),
]


@pytest.mark.parametrize(("text", "word", "label"), MARKED)
def test_class_is_marked(nlp, text, word, label):
    marks = loaded(nlp, text)
    assert any(word in span and lab == label for span, lab in marks), marks


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_look_alike_is_not_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert not [span for span, _ in marks if word in span], marks


QUESTIONS = [
    "Who, after a winter like that, would argue the rise is fair?",
    "Who could object to a cleaner harbour?",
    "Who could fault the porters for walking out?",
    "And who paid for the new gates, exactly?",
]

REAL_QUESTIONS = [
    "Who would argue the appeal for the family next month?",
    "Who will replace her as chair of the trust?",
    "What exactly is a carbon credit?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_question_expecting_no_answer_is_a_claim(nlp, text):
    marks = loaded(nlp, text)
    assert any(lab == "unattributed_claim" and text.endswith(span) for span, lab in marks), marks


@pytest.mark.parametrize("text", REAL_QUESTIONS)
def test_real_question_is_not_a_claim(nlp, text):
    assert loaded(nlp, text) == []


def _entry_words(term: str) -> list[str]:
    data = load_yaml((LEXICONS / "loaded.yaml").read_text(encoding="utf-8"))
    entry = next(e for e in data["entries"] if term in e.get("lemma", []))
    return entry["lemma"]


@pytest.mark.parametrize("term", ["killjoy", "hogwash"])
def test_open_class_is_mostly_unseen_in_data(term):
    corpus = practice_text()
    words = _entry_words(term)
    unseen = [w for w in words if not seen_in(corpus, w)]
    assert len(unseen) * 2 >= len(words), (term, len(unseen), len(words))


def test_allocation_words_are_mostly_unseen_in_data():
    data = load_yaml((LEXICONS / "loaded_senses.yaml").read_text(encoding="utf-8"))
    words = data["economic_words"]["words"]
    added = words[words.index("quota") :]
    corpus = practice_text(rounds_since("roundL"))  # rounds that joined after the list
    unseen = [w for w in added if not seen_in(corpus, w)]
    assert len(unseen) * 2 >= len(added), (len(unseen), len(added))


# -- quotation marks in the writer's voice (kit/lenses/loaded_quotes.py) -----------------
def test_service_sold_with_a_promise_word_is_a_scare_quote_even_after_not_mentioned(nlp):
    text = 'The club\'s notice did not mention the "unlimited streaming" passes it sold.'
    assert ('"unlimited streaming"', "scare_quote") in loaded(nlp, text)
    # a term with a promise word but no service sold, and a quote the source did give
    assert loaded(nlp, 'Members typed into a "free text" box on the form.') == []
    said = 'The club said the "unlimited streaming" passes were sold out.'
    assert not [m for m in loaded(nlp, said) if m[1] == "scare_quote"]


def test_title_case_quotation_is_a_title_not_a_scare_quote(nlp):
    assert loaded(nlp, 'The choir ended on "Lanterns over the Water", a hymn.') == []
    assert ('"vision"', "scare_quote") in loaded(
        nlp, 'The developer\'s "vision" for the quay is a car park.'
    )


def test_word_after_a_verb_of_belittling_with_as_is_the_belittlers_not_a_scare_quote(nlp):
    # 'derided X as "twee"': the quotation marks give whose word it is (round Z4's chef)
    text = 'The reviewer once derided a village harvest supper as "twee" and never came back.'
    assert not [m for m in loaded(nlp, text) if m[1] == "scare_quote"]
    dismissed = 'The minister dismissed the survey as "a stunt" on Tuesday.'
    assert not [m for m in loaded(nlp, dismissed) if m[1] == "scare_quote"]
    # the writer's own quotation marks, with no one belittling, stay a scare quote
    own = 'The new "improvements" to the timetable have left villagers without a Sunday bus.'
    assert ('"improvements"', "scare_quote") in loaded(nlp, own)


# -- an opportunity told as a grab (rule opportunist_grab, grab_objects) ----------------
GRABS = [
    ("The opposition swooped on the gaffe within the hour.", "swooped"),
    ("Rival landlords cashed in on the shortage of flats.", "cashed"),
    ("Campaigners have latched on to it ever since.", "latched"),
    ("The shadow minister seized on the blunder at once.", "seized"),
]

GRAB_TRAPS = [
    "The terrier latched on to the postman's sleeve.",
    "Border officers seized the lorry on Tuesday.",
    "Two students jumped on the last bus to the coast.",
    "The chef grabbed the pan by its handle.",
]


@pytest.mark.parametrize(("text", "word"), GRABS)
def test_opportunity_told_as_a_grab_is_marked(nlp, text, word):
    assert (word, "emotive") in loaded(nlp, text)


@pytest.mark.parametrize("text", GRAB_TRAPS)
def test_physical_grab_is_not_marked(nlp, text):
    assert loaded(nlp, text) == []


def test_grab_objects_are_mostly_unseen_in_data():
    data = load_yaml((LEXICONS / "loaded_senses.yaml").read_text(encoding="utf-8"))
    words = data["grab_objects"]["words"]
    # Checked against the text its writer could read (written when round K was the
    # latest): later rounds of national news bring "report", "study" and "survey".
    corpus = practice_text(rounds_since("roundL"))
    unseen = [w for w in words if not seen_in(corpus, w)]
    assert len(unseen) * 2 >= len(words), (len(unseen), len(words))


# -- figures of deception and of a den, in any voice (kit/lexicons/loaded.yaml) ----------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The trade body said the fall in prices was "sleight of hand" by the big chains.',
         "sleight of hand"),
        ("The new tariff is smoke and mirrors from start to finish.", "smoke and mirrors"),
        ('A former steward said the club had become "a nest of vipers" after the vote.',
         "nest of vipers"),
    ],
)
def test_figure_of_deception_or_a_den_is_marked(nlp, text, word):
    marks = loaded(nlp, text)  # a whole quoted phrase is marked with its quotation marks
    assert any(span.strip('"') == word and lab == "emotive" for span, lab in marks), marks


@pytest.mark.parametrize(
    "text",
    [
        "The magician's best card trick left the audience gasping.",
        "The reptile house keeps a snake pit of harmless grass snakes.",
    ],
)
def test_literal_trick_or_pit_is_not_marked(nlp, text):
    assert loaded(nlp, text) == []

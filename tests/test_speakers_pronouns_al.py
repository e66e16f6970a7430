"""Who "he" or "she" picks when two people stand (helper speakersAL), on sentences from
the local-news practice articles (rounds AK4, AE8) and look-alikes written for these
tests: the one asked a question answers it ("Councillor X asked him .... He said").
Each case has a trap that keeps its old reading.
"""

from __future__ import annotations

from speaker_acts import canonicals

# -- the one asked answers ---------------------------------------------------------------
ASKED_HIM = (
    "Zippaloo's head of public policy, Ivorbert Tollemarch, a former ministerial adviser "
    "who now speaks fluent start-up jargon, told the committee that the firm's drivers were "
    '"micro-entrepreneurs" and that the extra cars would "certainly" cut waiting times at '
    "night. Micro-entrepreneurs. In Drossmere, we used to call them drivers. Councillor "
    "Pennoryn Poldrewick asked him how many of those micro-entrepreneurs earned the minimum "
    'wage after costs. He said he did not have the figure "to hand".'
)

ASKED_HER = (
    "The council's own engineer, Gwladys Tuppeny, met our committee in September with "
    "Asenath Pilkingdon, who has crossed that bridge to the surgery every week for forty "
    'years. She told us the steelwork was "tired but not dangerous". Mrs Pilkingdon asked '
    "her whether that meant it could reopen. She said, \"My manager said to me, 'Don't "
    "promise them anything.'\""
)


def test_the_one_asked_answers_him(nlp):
    # round AK4 (cabrank): the councillor asks, the firm's man answers
    assert canonicals(nlp, ASKED_HIM) == [
        "Ivorbert Tollemarch",
        "Pennoryn Poldrewick",
        "Ivorbert Tollemarch",
    ]


def test_the_one_asked_answers_her(nlp):
    # round AE8 (footbridge): the resident asks, the engineer answers
    assert canonicals(nlp, ASKED_HER)[-1] == "Gwladys Tuppeny"


def test_two_councillors_the_asker_is_passed_over(nlp):
    text = (
        "Councillor Ada Penrose said the budget was tight. Councillor Bram Ottley asked her "
        "whether the library would close. She said no decision had been taken."
    )
    assert canonicals(nlp, text) == ["Ada Penrose", "Bram Ottley", "Ada Penrose"]


def test_trap_three_councillors_the_latest_other_than_the_asker(nlp):
    # two different councillors spoke before the question: "him" is the later one
    text = (
        "Councillor Ada Penrose said the budget was tight. Councillor Bram Ottley said the "
        "library would stay open. Councillor Cara Wynn asked him whether that was a promise. "
        "He said it was."
    )
    assert canonicals(nlp, text)[-1] == "Bram Ottley"


def test_trap_a_speaker_between_the_question_and_the_pronoun(nlp):
    # the question is not in the sentence just before: "she" is the latest speaker
    text = (
        "Zippaloo's head of public policy, Ivorbert Tollemarch, told the committee that the "
        'firm\'s drivers were "micro-entrepreneurs". Councillor Pennoryn Poldrewick asked '
        "him to sit down. Councillor Maud Treave said the meeting should move on. She said "
        "the vote would be held in March."
    )
    assert canonicals(nlp, text)[-2:] == ["Maud Treave", "Maud Treave"]


def test_trap_the_object_of_the_other_gender(nlp):
    # "asked her", then "He said": the question does not say who "he" is; the asker
    # stays the latest speaker, as before
    text = (
        "Councillor Ada Penrose said the budget was tight. Councillor Bram Ottley asked her "
        "whether the library would close. He said the town deserved an answer."
    )
    assert canonicals(nlp, text)[-1] == "Bram Ottley"

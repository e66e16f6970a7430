"""Which source a pronoun or a shared surname chooses (helper speakersAC), on sentences
written for these tests (not copied from data/): "it" after a body the model took for a
person; "it" in a clause hung inside a clause whose subject is a definite body word; two
first names before one surname; a word for a woman or a man gives the gender; a newcomer
in apposition before ", and she ...". Each rule has a look-alike that keeps its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def speakers(nlp, text: str, outlet: str = "The Probe") -> list[str | None]:
    article = Article(body=text, meta={"outlet": outlet})
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


# -- "it" after a body tagged as a person ------------------------------------------------
def test_it_after_a_body_the_model_took_for_a_person(nlp):
    text = (
        "Fans were crushed at the gates of the Pellow Meadow festival on Saturday. "
        "Ellerby Police said three people were hurt. Rosewell Live, the promoter, said "
        "in a statement that the venue was safe. It said it would review the queues "
        "with the council."
    )
    assert speakers(nlp, text) == ["Ellerby Police", "Rosewell Live", "Rosewell Live"]
    # look-alike: a person the text calls "she" is never what "it" stands for
    text = (
        "Fans were crushed at the gates of the Pellow Meadow festival on Saturday. "
        "Ellerby Police said three people were hurt. Marta Fennick said she had been "
        "pushed against a barrier. It said it would review the queues with the council."
    )
    assert speakers(nlp, text)[-1] == "Ellerby Police"


# -- "it" under a clause whose subject is a definite body word -----------------------
def test_it_in_a_relative_clause_is_the_body_of_the_clause_above(nlp):
    text = (
        "Fighting for the Dunmere crossing went on for a third day, with the Kavrosian "
        "army and the rebel Western Hill Brigade each claiming the town. Kavrosia's "
        "interior ministry said in a bulletin that its soldiers had held the line. Hours "
        "later the brigade uploaded a photograph that it said showed its fighters on the "
        "bridge."
    )
    assert speakers(nlp, text)[-1] == "Western Hill Brigade"
    # look-alike: a thing as the subject above leaves "it" to the body that spoke
    text = (
        "Kavrosia's interior ministry said in a bulletin that its soldiers had held the "
        "line. Later the photograph that it said showed the bridge was taken down."
    )
    assert speakers(nlp, text)[-1] != "photograph"


# -- two first names before one surname -------------------------------------------------
def test_two_first_names_before_one_surname_are_two_people(nlp):
    text = (
        "Two walkers were rescued from Harlow Crag on Sunday after a rockfall. The "
        "walkers, a sister and brother from Dunmere, were named by police as Ottilie and "
        "Brice Penhallow. Mr Penhallow, 41, told the Echo his sister had slipped first. "
        '"I grabbed her rucksack," he said. Ms Penhallow said the rescue team had been '
        '"incredible".'
    )
    assert speakers(nlp, text) == ["Brice Penhallow", "Brice Penhallow", "Ottilie Penhallow"]
    # "Ms" first, neither gender given: the given name ending in "a" is the woman's
    text = (
        "Two kayakers were pulled from the sea off Gull Point on Friday. The pair were "
        "named by the coastguard as Marta and Jory Tredinnick. Ms Tredinnick, 30, told "
        'the Echo the swell had risen fast. "I could not reach him," she said. '
        "Mr Tredinnick said he was grateful."
    )
    assert speakers(nlp, text) == [
        "Marta Tredinnick", "Marta Tredinnick", "Jory Tredinnick"
    ]  # fmt: skip
    # look-alike: a body's name with "and" is no pair of people
    text = (
        "A spokesman for Marks and Spencer Group said sales rose. Ann Fell said the "
        "prices were fair."
    )
    assert speakers(nlp, text) == ["spokesman for Marks and Spencer Group", "Ann Fell"]


# -- a word for a woman gives the gender --------------------------------------------
def test_a_word_for_a_woman_gives_her_gender(nlp):
    text = (
        "A source close to the actor said the pair had split. His agent, Hermione "
        "Dunstable-Royce, a formidable woman who has run his career for a decade, "
        'insisted they were fine. She added: "They are very happy."'
    )
    assert speakers(nlp, text)[-1] == "Hermione Dunstable-Royce"


# -- a newcomer in apposition before ", and she ..." ----------------------------------
def test_a_newcomer_before_and_she_is_who_she_is(nlp):
    text = (
        'Hermione Dunstable-Royce said the actor was "a gentleman". He left his last '
        "girlfriend, the singer Ada Venn, with a voicemail, and she later described him "
        'as "good company for a fortnight".'
    )
    assert speakers(nlp, text) == ["Hermione Dunstable-Royce", "Ada Venn"]
    # look-alike: with no newcomer, "she" is the last speaker
    text = (
        'Hermione Dunstable-Royce said the actor was "a gentleman". He left the party '
        'early, and she later described him as "tired".'
    )
    assert speakers(nlp, text) == ["Hermione Dunstable-Royce", "Hermione Dunstable-Royce"]

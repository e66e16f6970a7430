"""Which person a pronoun chooses (helper resolveAB), on sentences written for these
tests (not copied from data/): an honorific before a name gives that person's gender; a
name that owns the subject of a clause is what the clause is about; "there is X" brings a
person on stage; a name with its own "whose" clause about family is a person's. Each rule
has a look-alike that keeps its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def speakers(nlp, text: str, outlet: str = "The Probe") -> list[str | None]:
    article = Article(body=text, meta={"outlet": outlet})
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


# -- "Ms X" gives X's gender ------------------------------------------------------------
def test_an_honorific_gives_the_gender_a_pronoun_asks_for(nlp):
    text = (
        "Rosalind Quarrie opened the bakery in 1998. \"We bake before dawn,\" Ms Quarrie "
        "says. Her regulars are glad she did. Ewart Lindgren, 64, a retired postman from "
        "Tolby, spent last winter barely able to walk. After a month on the loaves, he "
        "says, the ache had gone. \"I can climb stairs again,\" he told the Probe."
    )
    assert speakers(nlp, text) == ["Rosalind Quarrie", "Ewart Lindgren", "Ewart Lindgren"]
    # look-alike: a woman's honorific never bars a "she" from her
    text = (
        "Rosalind Quarrie opened the bakery in 1998. \"We bake before dawn,\" Ms Quarrie "
        "says. \"The ovens never rest,\" she told the Probe."
    )
    assert speakers(nlp, text) == ["Rosalind Quarrie", "Rosalind Quarrie"]


# -- the owner of a clause's subject ----------------------------------------------------
def test_a_name_owning_the_subject_is_what_a_pronoun_goes_on_about(nlp):
    text = (
        "Perpetua Hallam has run the ferry office for twenty years. \"Every ticket gets "
        "checked,\" she said. A porter who asked not to be named said he had seen "
        "worse. Ms Hallam's verdict is blunt. \"Book early,\" she said."
    )
    assert speakers(nlp, text)[-1] == "Perpetua Hallam"
    # look-alike: the owner's relative is the subject, so the pronoun is not the owner
    text = (
        "Perpetua Hallam has run the ferry office for twenty years. \"Every ticket gets "
        "checked,\" she said. Ms Hallam's nephew is less sure. \"Book early,\" he said."
    )
    assert speakers(nlp, text)[-1] != "Perpetua Hallam"


# -- "And then there is X" -------------------------------------------------------------
def test_there_is_a_name_brings_that_person_on_stage(nlp):
    text = (
        "The minister, Dorothea Pell, told MPs the levy was fair. And then there is "
        "Imelda Sorrel, whose blog has become a home for every grumble. Writing on "
        "Sunday, she called the levy \"a raid on savers\"."
    )
    assert speakers(nlp, text) == ["Dorothea Pell", "Imelda Sorrel"]
    # look-alike: with no one brought on stage the pronoun stays with the minister
    text = (
        "The minister, Dorothea Pell, told MPs the levy was fair. And then there is the "
        "question of savers. Writing on Sunday, she called the levy \"modest\"."
    )
    assert speakers(nlp, text) == ["Dorothea Pell", "Dorothea Pell"]


# -- "X Y, whose family ..." is a person ------------------------------------------------
def test_a_name_whose_family_is_described_is_a_person(nlp):
    from kit.lenses.speaker_people import _whose_kin

    doc = nlp("Gruffydd Pennock, whose family has kept bees at Harlow since 1890, said so.")
    name = next(t for t in doc if t.text == "Pennock")
    assert any(_whose_kin(c) for c in name.children)
    # look-alike: a body's "whose" clause about its profits says nothing of a person
    doc = nlp("Harlow Bank Honey, whose profits fell by a third last year, said so.")
    name = next(t for t in doc if t.text == "Honey")
    assert not any(_whose_kin(c) for c in name.children)
    text = (
        "Gruffydd Pennock, whose family has kept bees at Harlow Bank since 1890, said "
        "the thefts had cost him four hives. \"It is heartbreaking,\" he said."
    )
    assert speakers(nlp, text) == ["Gruffydd Pennock", "Gruffydd Pennock"]


# -- "its chief executive has said. X, who has run the body since ..., said" -----------
def test_a_title_with_its_is_the_person_the_next_paragraph_ties_to_it(nlp):
    text = (
        "The Tollmere Gallery is to close on Mondays from March, its chief executive has "
        "said.\n\nImogen Farrant, who has run the gallery since 2019, said the decision "
        "was painful."
    )
    assert speakers(nlp, text) == ["Imogen Farrant", "Imogen Farrant"]
    # look-alike: the next person named holds no such office, so the title stays a title
    text = (
        "The Tollmere Gallery is to close on Mondays from March, its chief executive has "
        "said.\n\nImogen Farrant, a painter who has shown work there since 2019, said the "
        "decision was painful."
    )
    assert speakers(nlp, text) == ["chief executive of the Tollmere Gallery", "Imogen Farrant"]

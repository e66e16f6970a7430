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


# -- a name taken up with "which" is a body throughout ----------------------------------
def test_a_name_taken_up_with_which_is_never_a_person_later(nlp):
    text = (
        "Corvale Water, which runs the works, said heavy rain had overwhelmed the site. "
        "Local MP Jane Ashby said she had written to the company.\n\nCorvale Water's most "
        "recent annual report says the company plans to spend £310m on its network. A "
        "company spokeswoman said the chief executive would reply."
    )
    doc = nlp(text)
    assert "Corvale Water" not in doc._.kit_speakers["people"]
    assert "Jane Ashby" in doc._.kit_speakers["people"]
    assert speakers(nlp, text)[-1] == "spokeswoman for Corvale Water"
    # look-alike: a person's "who" clause keeps the name a person's
    doc = nlp("Corvale Waters, who runs the works, said heavy rain had overwhelmed it.")
    assert "Corvale Waters" in doc._.kit_speakers["people"]


# -- "The <owner> captain" when two captains were named --------------------------------
def test_the_owner_in_a_title_picks_the_holder_introduced_with_it(nlp):
    text = (
        "Hollinbeck, asked to bat on a soft pitch, were 52 for six before their captain, "
        "Oswin Tregarth, made a stubborn 71. Marlcombe won with an over to spare, their "
        "captain, Kester Vowles, hitting the final four. \"We earned it,\" Vowles said. "
        "The Hollinbeck captain told reporters that the light had been poor."
    )
    assert speakers(nlp, text) == ["Kester Vowles", "Oswin Tregarth"]
    # look-alike: a title with no owner stays with the holder mentioned last
    text = text.replace("The Hollinbeck captain", "The captain")
    assert speakers(nlp, text) == ["Kester Vowles", "Kester Vowles"]


# -- a role the tagger read as a name, with a person's name after it ---------------------
def test_a_role_read_as_a_name_still_takes_the_name_set_off_after_it(nlp):
    text = (
        "The objection was signed by the parish clerk, Morwenna Threlfall, who told the "
        "Gazette that villagers were not against the brewery."
    )
    assert speakers(nlp, text) == ["Morwenna Threlfall"]
    # look-alike: a body set off after a word for a body stays that body's word
    text = (
        "The objection was signed by the parish council, Threlfall Holdings, which told "
        "the Gazette that villagers were not against the brewery."
    )
    assert speakers(nlp, text) == ["parish council"]


# -- "A council spokeswoman rejected that. "...," she said." ---------------------------
def test_an_unnamed_person_brought_in_as_a_subject_is_the_next_pronoun(nlp):
    text = (
        "The library will close on Saturdays from May. A council spokeswoman defended the "
        "change. \"Visits have halved since 2019,\" she said."
    )
    assert speakers(nlp, text) == ["council spokeswoman"]
    # look-alike: a word of the other gender is never taken for "she"
    text = text.replace("spokeswoman", "spokesman")
    assert speakers(nlp, text) == ["she"]

"""Canonical sources in the keys' written forms (helper canonAA), on sentences written
for these tests (not copied from data/): a body's name before a speaker-for noun is
written role first even when the model once tagged that name a person; a time adjunct
in the clause that describes an unnamed speaker is no part of who the speaker is; "one of
them" after a bare plural is one member of the group; a pronoun inside an unnamed
speaker's description is written as what it stands for. Each rule has a trap that keeps
its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def speakers(nlp, text: str, outlet: str = "The Probe") -> list[str | None]:
    article = Article(body=text, meta={"outlet": outlet})
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


# -- "A <body> spokesman" is "spokesman for <body>" --------------------------------------
def test_a_body_named_before_a_spokesman_is_written_role_first(nlp):
    # the model tags "Kestering Rail" a person at its first mention; later it is a body
    text = (
        "Kestering Rail will cut services across the valley from June. Nadia Voss, "
        "Kestering Rail's operations director, said staff were short. A Kestering Rail "
        "spokesman said refunds would be paid."
    )
    assert speakers(nlp, text) == ["Nadia Voss", "spokesman for Kestering Rail"]
    # trap: a party's people before the noun stay as written
    text = "A Tory spokesman said the plan was unaffordable."
    assert speakers(nlp, text) == ["Tory spokesman"]


# -- a time adjunct in the describing clause is no part of the name ---------------------
def test_when_in_a_describing_clause_is_dropped(nlp):
    text = (
        "A steward who saw the crash on Saturday said the rider was conscious. A cyclist "
        "who rode the route last week said the descent was dangerous."
    )
    assert speakers(nlp, text) == ["steward who saw the crash", "cyclist who rode the route"]
    # trap: with nothing else in the clause the date is what tells the document apart
    text = "A study published on Wednesday in the Journal of Soil found a link."
    assert speakers(nlp, text) == ["study published on Wednesday in the Journal of Soil"]


# -- "one of them" after a bare plural is one member ------------------------------------
def test_one_of_a_group_named_without_a_count_is_one_member(nlp):
    text = (
        "Growers who supply the orchard cut their spraying by a third, and one of them "
        "told us that the advice had paid off."
    )
    assert speakers(nlp, text) == ["grower"]
    # trap: after a counted group the speaker stays that group
    text = (
        "Three current nurses, who spoke on condition of anonymity, said the ward was "
        "short-staffed. One of them said shifts were cancelled at an hour's notice."
    )
    assert speakers(nlp, text) == ["three current nurses", "three current nurses"]


# -- a pronoun inside an unnamed speaker's description ----------------------------------
def test_a_pronoun_in_a_description_is_what_it_stands_for(nlp):
    text = (
        "Okafor's team, according to one person close to it, has already booked a "
        "rematch for the spring."
    )
    assert speakers(nlp, text) == ["person close to Okafor's team"]
    # trap: "them" never stands for a singular subject ("them" is the minutes)
    text = (
        "The committee, according to one member who has read through them, will publish "
        "the minutes next week."
    )
    assert speakers(nlp, text) == ["member"]  # (the clause is no part of the role)


# -- a person's name with titles around it, read as a body ------------------------------
def test_a_titled_name_read_as_a_body_is_the_person(nlp):
    text = (
        "Prosecutor Imelda Strand KC told the jury that the money had gone. The "
        "prosecutor said the auditors had missed the transfers."
    )
    assert speakers(nlp, text) == ["Imelda Strand", "Imelda Strand"]
    # trap: a body named after its founder stays the body
    text = "Harwick Mills, the firm founded by Ada Harwick, said it would close the plant."
    assert speakers(nlp, text) == ["Harwick Mills"]


# -- a role given first, the name in the next sentence -----------------------------------
def test_a_lead_role_is_the_person_named_with_it_next(nlp):
    text = (
        "The engineer responsible for the flood barrier told an inquiry on Monday that he "
        "had warned his managers. Piotr Lansky, who was chief engineer of the Morrow Rivers "
        "Board until 2023, said he had raised the problem twice."
    )
    assert speakers(nlp, text) == ["Piotr Lansky", "Piotr Lansky"]
    # trap: the person named next with another role is someone else
    text = (
        "The engineer who inspected the bridge said it was safe. Piotr Lansky, a "
        "councillor, said he did not believe it."
    )
    assert speakers(nlp, text) == ["engineer who inspected the bridge", "Piotr Lansky"]


# -- a title after a section line that holds the bare noun -------------------------------
def test_a_section_line_noun_is_no_body_for_a_title(nlp):
    text = (
        "PARTY NEWS | Autumn 2027 | Leader's speech\n\nFor an hour on Tuesday, Orla "
        "Brennick held the hall in the palm of her hand.\n\nThe Unity leader promised to "
        "build more homes."
    )
    assert speakers(nlp, text) == ["Orla Brennick"]


# -- "the newspaper" is the outlet named before -----------------------------------------
def test_the_newspaper_is_the_outlet_named_before(nlp):
    text = (
        "Not everyone was pleased. The Harrow Street Residents Group staged a protest in "
        "May. Then there was the Wenham Courier. In a story in June, the newspaper alleged "
        "that the plant had broken its licence."
    )
    assert speakers(nlp, text)[-1] == "Wenham Courier"
    # trap: "the paper" after a study cited is that study
    text = "A study in the Lancet found no link. The paper said the sample was small."
    assert speakers(nlp, text)[-1] == "study in the Lancet"


# -- a document's title with its year --------------------------------------------------
def test_a_title_given_with_its_year_keeps_it(nlp):
    text = (
        "Today we publish our Clean Water Report 2031, and it makes for proud reading. "
        "According to the report, leaks fell by a fifth."
    )
    assert speakers(nlp, text) == ["Clean Water Report 2031"]
    # trap: a year elsewhere in the sentence is no part of the title
    text = (
        "Today we publish our Clean Water Report, and it makes for proud reading. Since "
        "2031, according to the report, leaks have fallen by a fifth."
    )
    assert speakers(nlp, text) == ["Clean Water Report"]


def test_how_long_in_a_describing_clause_stays(nlp):
    # trap for the rule above: a span of time says who the speaker is, not when
    text = "A groom who exercised the stable's horses for a decade said they were underfed."
    assert speakers(nlp, text) == ["groom who exercised the stable's horses for a decade"]

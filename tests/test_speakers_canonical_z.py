"""Canonical sources learned from round Y's speaker misses (helper canonZ), on sentences
written for these tests (not copied from data/): a trade word that ends a business's
name, "the company" that is never the outlet and, of two businesses, the one the story
follows; a person named inside the relative clause that describes another newcomer; a
newcomer introduced with ", whose"; a judge's title other than "judge"; an indefinite
noun that is the head word of one body's name; "this outfit" for a body just named; "the
decision" as its first mention "its decision"; a document owned through "whose". Each
rule has a trap that keeps its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def speakers(nlp, text: str, outlet: str = "The Probe") -> list[str | None]:
    article = Article(body=text, meta={"outlet": outlet})
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


def rows(nlp, text: str, outlet: str = "The Probe") -> dict[str, str]:
    article = Article(body=text, meta={"outlet": outlet})
    return {s.canonical: s.type for s in kit.annotate(article, nlp=nlp).sources}


# -- a trade word ends a business's name ------------------------------------------------
def test_a_name_ending_in_a_trade_word_is_a_business(nlp):
    text = (
        "Wrenna Broadband said in a statement that a cable had been cut. A spokeswoman "
        "for the company added that customers would get a refund."
    )
    assert speakers(nlp, text) == ["Wrenna Broadband", "spokeswoman for Wrenna Broadband"]
    assert rows(nlp, text)["Wrenna Broadband"] == "named_organization"
    # trap: a person's name that only looks like a trade word stays a person
    text = "Tobias Payne, who runs the corner shop, said the outage had cost him a week's trade."
    assert rows(nlp, text) == {"Tobias Payne": "named_person"}


# -- "the company" is never the outlet --------------------------------------------------
def test_the_company_is_not_the_outlet_the_article_is_published_in(nlp):
    text = (
        "KELBURY POST | Money | Complaints\n\n"
        "A pensioner was left without heating for six weeks after a boiler firm missed "
        "three visits.\n\n"
        'Mrs Ambleside, 81, told the Kelbury Post she had been "frozen out". A spokesman '
        "for the company said an engineer would call on Monday."
    )
    found = speakers(nlp, text, outlet="Kelbury Post")
    assert found[-1] != "spokesman for the Kelbury Post"
    # trap: a business the article names is still the company
    text = text.replace("a boiler firm missed", "Corrow Heating missed")
    assert speakers(nlp, text, outlet="Kelbury Post")[-1] == "spokesman for Corrow Heating"


def test_of_two_businesses_the_company_is_the_one_the_story_follows(nlp):
    text = (
        "Pellow Foods said on Tuesday that profits fell by a tenth in the summer. Its "
        "finance director, Osric Vane, said the cost of sugar had doubled.\n\n"
        "Tarne Biscuits, which reports next month, declined to comment.\n\n"
        "In its results statement, the company said sales rose by 2 per cent."
    )
    assert speakers(nlp, text)[-1] == "Pellow Foods"
    # trap: a rival named in this very paragraph is the company the next sentence means
    text = (
        "Pellow Foods said on Tuesday that profits fell by a tenth in the summer.\n\n"
        "Rival grocer Tarne & Hollis was caught out by the move. A spokesman for the company "
        "said it would cut its own prices next week."
    )
    assert speakers(nlp, text)[-1] == "spokesman for Tarne & Hollis"


# -- a person named inside another newcomer's relative clause ---------------------------
def test_a_name_inside_the_relative_clause_of_a_newcomer_is_not_the_topic(nlp):
    text = (
        "The gardening prize went to Barnaby Quiller, 64, of Hexley, who was given the cup "
        "by the society's president, Ambrose Tulk. He told the audience that his marrows "
        "had never grown so well."
    )
    assert speakers(nlp, text) == ["Barnaby Quiller"]
    # trap: the only person introduced is still the one meant, inside a clause or not
    text = (
        "The gardening prize went to the Hexley Allotment Society, which sent its president, "
        "Ambrose Tulk, to collect the cup. He told the audience that the marrows had never "
        "grown so well."
    )
    assert speakers(nlp, text) == ["Ambrose Tulk"]


def test_a_name_followed_by_whose_introduces_a_newcomer(nlp):
    # the parser may hang the "whose" clause on a later noun or a conjoined verb: the
    # comma and "whose" right after the name still introduce that person
    from kit.lenses.speaker_pronouns import _who_follows

    doc = nlp("The claim was brought by Eleanor Whitcombe, whose father rented the flat.")
    name = next(t for t in doc if t.text == "Whitcombe")
    assert _who_follows(name)
    # trap: ", which" after a name describes a thing, not a person
    doc = nlp("The claim was heard at Ashby Hall, which opened in 1920.")
    name = next(t for t in doc if t.text == "Hall")
    assert not _who_follows(name)


# -- a judge's title other than "judge" --------------------------------------------------
def test_the_judge_is_the_person_titled_justice(nlp):
    text = (
        "Mr Justice Hereward Ashdown, sitting at the High Court in Kelmouth, said the "
        'contract was "plainly unfair". The judge added that the firm must repay the fees.'
    )
    assert speakers(nlp, text) == ["Hereward Ashdown", "Hereward Ashdown"]
    # trap: a judge the article never ties to a name stays its own unnamed source
    text = (
        "Bettany Crewe, who brought the claim, said she was relieved. The judge said the "
        "contract was plainly unfair."
    )
    assert speakers(nlp, text) == ["Bettany Crewe", "judge"]


# -- an indefinite noun that is the head word of one body's name -----------------------
def test_an_indefinite_head_word_of_a_named_body_is_that_body(nlp):
    text = (
        "A water company must refund 3,000 customers after a regulator ruled that it had "
        "overcharged them. The Water Services Regulator said the charges were unlawful."
    )
    assert speakers(nlp, text) == ["Water Services Regulator"] * 2
    # trap: two bodies share the head word: "a council" stays unnamed
    text = (
        "Ashby Borough Council and Tolworth District Council share a depot. A council said "
        "the depot would close. Ashby Borough Council said it would not."
    )
    found = speakers(nlp, text)
    assert found[0] != "Ashby Borough Council" and found[0] != "Tolworth District Council"
    # trap: a head word no named body's name ends in stays an unnamed speaker
    text = (
        "An ombudsman ruled that the fee was unfair. Corrow Energy said it would repay the money."
    )
    assert speakers(nlp, text)[0] == "ombudsman"


# -- a slighting word for a business just named ------------------------------------------
def test_this_outfit_is_the_body_just_named(nlp):
    text = (
        "Dear shareholders,\n\n"
        "You have probably read about Tarnwell Research. In May this outfit of anonymous "
        'bloggers published a report claiming that our sales were "invented".'
    )
    assert speakers(nlp, text) == ["Tarnwell Research"]
    # trap: with no body named, the description stays an unnamed source
    text = (
        "Dear shareholders,\n\n"
        "Sales rose by a fifth last year. In May this outfit of anonymous bloggers published "
        'a report claiming that our sales were "invented".'
    )
    assert speakers(nlp, text) != ["Tarnwell Research"]
    assert "Tarnwell" not in str(rows(nlp, text))


# -- "the <document>" is its first mention, introduced with its owner's pronoun ---------
def test_the_decision_is_the_one_introduced_as_its_decision(nlp):
    text = (
        "The Pensions Adjudicator said Harbrook Life had delayed a transfer for nine months. "
        "In its decision, published on Monday, the adjudicator found that the firm had "
        "ignored three letters.\n\n"
        "Harbrook Life said it accepted the decision in full.\n\n"
        "The decision notes that the firm offered £100 in compensation. It adds that the "
        "delay was avoidable."
    )
    # the owner word as the text writes it, as the keys write "commission's consultation
    # paper" (docs/annotation_rules.md; see the report on the keys that differ)
    assert speakers(nlp, text)[-2:] == ["adjudicator's decision"] * 2
    # trap: a decision never introduced with an owner stays the bare document
    text = (
        "The adjudicator found that the firm had ignored three letters.\n\n"
        "Harbrook Life said it accepted the decision in full. The decision notes that the "
        "firm offered £100 in compensation."
    )
    assert speakers(nlp, text)[-1] == "decision"


# -- a document owned through "whose" ---------------------------------------------------
def test_a_document_owned_through_whose_belongs_to_the_name_before(nlp):
    text = (
        'Brackwell Energy, whose radio adverts promise "the friendliest bills in Britain", '
        "has been fined £2m."
    )
    assert speakers(nlp, text) == ["Brackwell Energy's radio adverts"]
    text = "Dr Ines Harrowby, whose latest study claims that the drug works, has been praised."
    assert speakers(nlp, text) == ["Ines Harrowby's latest study"]
    # trap: a person owned through "whose" is not turned into a document
    text = "Brackwell Energy, whose lawyer said the fine was unfair, will appeal."
    assert speakers(nlp, text) != ["Brackwell Energy's lawyer"]

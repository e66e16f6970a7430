"""Hedge and booster senses of the sensesAG round, each with sentences of the same word
on the other side: "every" of a calendar slot or of the dated occasions of an event
("held every June since 1951") against "every" of a claim about all ("risen every year
since 2015"); "appeared" of a performer or team turning up at an event against "it
appears" of seeming; the speaker's own hearsay ("The plan, I gather, will ...") against
"I gather my papers"; "not one" before its noun as an absolute against a plain
count; "may" of a service's users told by the body that runs it ("Residents may still
book the minibus ..., the council said") against "may" told by others or of a future or
a comparison; "may" on stated terms ("by appointment", "with the vicar's permission", "under the
terms of the grant") against "may" of a guess; a quoted title after a naming verb
against a speaker's quoted verdict; "every" handed out under a pledge or an offer
("would match every pound raised") against "every" of a claim ("has read every report");
"suggest" of a step put forward ("suggested a parking scheme", "We would politely
suggest the council takes a map") against "suggest" of evidence or a view. Every
sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


BOOSTER_TRAPS = [
    # a calendar slot, or the occasions of a recurring event counted
    ("The festival has been held every June since 1951.", "every"),
    ("The ride has run every autumn since 2012, raising money for the lifeboat.", "every"),
    ("The choir has sung at the gala every year since 1990.", "every"),
    ("Mrs Pardew, who has entered the flower show every year since 1984, won again.", "every"),
    ("The club has hosted the race every year since 2001.", "every"),
    # "not one" that is no absolute
    ("It was not one but two bridges that closed.", "not one"),
    ("The list had forty names and not one councillor.", "not one"),
    # a quoted title
    ('Her poem was called "Never Again, Probably".', "never"),
    # "every" handed out under a pledge, a rule or an offer: "each" would do
    ("The council said it would match every pound raised by the shops.", "every"),
    ("Supporters may bring flags to every home game.", "every"),
    ("The newsletter is delivered free to every household in the parish.", "every"),
    ("Free delivery on every order this week.", "every"),
    ("The firm will refund every customer whose train was cancelled.", "every"),
]

BOOSTERS = [
    ("Sales have risen every year since 2015.", "every"),
    ("The council has missed its target every month since May.", "every"),
    ("In the survey not one resident was asked about parking.", "not one"),
    ("A review in which not one driver was consulted is no review.", "not one"),
    ("Every expert agrees the bridge is unsafe.", "every"),
    ("She has read every report the council published.", "every"),
    ("The cuts will hurt every family in the valley.", "every"),
    ("The free market has failed every family in the valley.", "every"),
    ("Free speech is under threat in every school.", "every"),
    ("They checked every receipt and found nothing.", "every"),
    ('The chair, who calls herself "a friend of walkers" in every annual report, '
     "wrote to us.", "every"),
    # (the bare "not one" rule must leave "no one" alone)
    ("No one who has walked the path believes it is safe.", "no one"),
    ("The ministers promised that no one would be forced to move.", "no one"),
]


@pytest.mark.parametrize(("text", "word"), BOOSTER_TRAPS)
def test_booster_traps_ag(nlp, text, word):
    assert word not in booster_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), BOOSTERS)
def test_boosters_ag(nlp, text, word):
    assert word in booster_words(nlp, text)


HEDGE_TRAPS = [
    # turning up at an event
    ("The band won the area title in May. It last appeared at the county finals in 2018, "
     "when it came fifth.", "appeared"),
    ("The team is back. It first appeared in the league in 1999.", "appeared"),
    # sympathy or a question, not hearsay
    ("I gather my papers and leave at six.", "i gather"),
    ("We gather at the church hall every Sunday.", "we gather"),
    ("He has, we gather, never paid a parking fine.", "we gather"),  # a cue, per the keys
    ("I gather why they are angry, but the rules are clear.", "i gather"),
    # "may" on the terms of a permission or an offer
    ("Visitors may see the garden by appointment.", "may"),
    ("The cottage may be viewed by arrangement with the agent.", "may"),
    ("Weddings may go ahead after six with the vicar's permission.", "may"),
    ("Under the terms of the grant, the money may be spent only on books.", "may"),
    ("Under the lease terms, the money may be spent only on repairs.", "may"),
    # a service's terms, told by the body that runs it
    ("Residents may still book the council's minibus two days in advance, and a review "
     "will follow, the council said.", "may"),
    ("Tenants may ask for repairs in writing, a council spokeswoman said.", "may"),
    ("Passengers may board ten minutes before departure, the operator said.", "may"),
    # a step put forward, or advice softened
    ("The report suggested a parking scheme for the harbour.", "suggested"),
    ("The survey suggested a new route for the buses.", "suggested"),
    ("We would politely suggest the council takes a map.", "suggest"),
    ("I would suggest you book early.", "suggest"),
    # a quoted title
    ('Her poem was called "Never Again, Probably".', "probably"),
    ('The band played a song titled "Perhaps Tomorrow".', "perhaps"),
]

HEDGES = [
    ("It appears the council has changed its mind.", "appears"),
    ("The plan, I gather, will cost more than promised.", "i gather"),
    ("I gather the council has changed its mind.", "i gather"),
    ("He has, I gather, never paid a parking fine.", "i gather"),
    ("The road may close with little warning.", "may"),
    ("Prices may rise by five per cent.", "may"),
    ("Under the new terms, thousands may lose their benefits.", "may"),
    ("Residents may complain about the noise, campaigners said.", "may"),
    ("Customers may pay more, the company said.", "may"),
    ("Members may vote against the plan next week, the club said.", "may"),
    ('He called it "probably the worst plan in years".', "probably"),
    ("The figures suggest a slowdown in the spring.", "suggest"),
    ('The authors write that the results "suggest a possible route" to a cure.', "suggest"),
    ("I would suggest the council is wrong about this.", "suggest"),
]


@pytest.mark.parametrize(("text", "word"), HEDGE_TRAPS)
def test_hedge_traps_ag(nlp, text, word):
    assert word not in hedge_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), HEDGES)
def test_hedges_ag(nlp, text, word):
    assert word in hedge_words(nlp, text)

"""An interest set beside the act, in an aside on someone who speaks or decides (issue
11, asidesAI; kit/lenses/judgement_insinuations.py).

Every sentence here was written for this file (none comes from data/). The aside must be
marked as an unattributed claim, by itself, even though the sentence goes on to report
what its owner said; the traps have the same shape and tell a plain record, so they must
be left alone.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a feigned coincidence on a payment, a seat or a holding
        (
            "The league's chairman, Osric Pell, whose haulage firm happens to sponsor the "
            "Redcastle team's shirts, told reporters that the ruling was fair.",
            "whose haulage firm happens to sponsor the Redcastle team's shirts",
        ),
        (
            "The panel's convenor, Mara Dent, whose husband happens to chair the winning "
            "club, said the vote was unanimous.",
            "whose husband happens to chair the winning club",
        ),
        # (a feigned coincidence on an interest needs no speaker beside it)
        (
            "Then there is the sponsor, Brightwell Foods, whose parent company happens to "
            "employ the referee's brother.",
            "whose parent company happens to employ the referee's brother",
        ),
        (
            "The senator, whose family coincidentally owns a stake in the mine, said the "
            "permit was lawful.",
            "whose family coincidentally owns a stake in the mine",
        ),
        # an interest timed to the event: a moment that opens a clause
        (
            "The health secretary, Corin Vale, a man who discovered a passion for vaccine "
            "reform the month his brother-in-law launched a testing company, told the "
            "radio that the rules would change.",
            "a man who discovered a passion for vaccine reform the month his brother-in-law "
            "launched a testing company",
        ),
        (
            "The club's owner, Dan Frey, a man who fell in love with the women's game at "
            "about the moment it became profitable, told fans the new stadium was for them.",
            "a man who fell in love with the women's game at about the moment it became "
            "profitable",
        ),
        # "during" an event the story speaks of elsewhere
        (
            "Talks in Geneva stalled again. The Norland government, which agreed a "
            "lucrative arms deal with the rebels during the talks, said the ceasefire was "
            "its priority. The talks resume on Monday.",
            "which agreed a lucrative arms deal with the rebels during the talks",
        ),
        # a measure with "after"
        (
            "The regulator's chief, who bought shares in the airline days after the merger "
            "was cleared, said the decision had been independent.",
            "who bought shares in the airline days after the merger was cleared",
        ),
        # a relative's holding of a contract
        (
            "The federation's president, whose son's agency holds the broadcasting "
            "contract, said the tournament had never been in better health.",
            "whose son's agency holds the broadcasting contract",
        ),
        # a seat with another party in the story
        (
            "Brightco won the licence in May. The panel's chair, Councillor Ann Hale, who "
            "now sits on Brightco's advisory board, said last week that the panel had asked "
            "the right questions.",
            "who now sits on Brightco's advisory board",
        ),
        (
            "The festival's chair, Peter Bran, who sits on the board of the company that "
            "publishes Mr Penn's books, wrote to me on Wednesday.",
            "who sits on the board of the company that publishes Mr Penn's books",
        ),
        # money the owner took, set beside what it says or does about money
        (
            "The water company, which paid £90 million to its shareholders last year, said "
            "it was investing record sums in its pipes.",
            "which paid £90 million to its shareholders last year",
        ),
        (
            "The club, which earns £3m a year from its car park, said it could not afford "
            "a new stand.",
            "which earns £3m a year from its car park",
        ),
        (
            "The church, which sold its old hall for £4 million in 2020, has pledged "
            "£20,000 to the appeal.",
            "which sold its old hall for £4 million in 2020",
        ),
        # "all of" a small count: the ironic minimiser
        (
            "The airline's finance director, in the post for all of nine months, said in a "
            "statement that the cuts were painful.",
            "in the post for all of nine months",
        ),
    ],
)
def test_an_interest_beside_the_act_is_a_claim(nlp, text, part):
    found = claims(nlp, text)
    assert part in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a plain coincidence, with no interest in it
        "A nurse who happens to live nearby said she heard the crash.",
        "The coach, who happens to be a keen gardener, said the pitch was ready.",
        "The mayor, who happened to be in the square that morning, said the crowd was calm.",
        # plain descriptive asides
        "The senator, who has chaired the committee since 2019, said the committee would "
        "meet in May.",
        "The firm, which employs 300 people, said the plant would stay open.",
        "The farmer, whose family has farmed here for a century, said the flood was the "
        "worst she had seen.",
        "The captain, whose family yard will do the work, said the oak was sound.",
        # a dated chronology, or a timing with no interest in it
        "The owner, Jan Roe, a woman who opened the cafe the week the pier reopened in "
        "2003, said trade was steady.",
        "Ms Ray, who joined the board the week the merger was announced, said the firm was "
        "strong.",
        "The judge, who signed the order days after the hearing in March 2021, said the law "
        "was clear.",
        # a public act timed by a plain chronology, not "during" an event of the story
        "The prime minister, who signed the trade deal days after taking office, said the "
        "tariffs would fall.",
        # "during" an event the story names nowhere else
        "The council, which signed a contract with a new bin firm during the summer, said "
        "collections would improve.",
        # nobody speaks or decides beside a timed aside
        "We met Tom Hale, who bought shares in the airline days after the merger was "
        "cleared.",
        # money paid by someone who bears the cost, given away, or with no money beside it
        "Several stallholders, who had paid fees of up to £300, said they had not been "
        "told whether they would be refunded.",
        "The parish council, which gave the show a grant of £500, said it was proud to "
        "support young players.",
        "The operator, which sold its depot for £2m in 2019, said the bus would run on "
        "Sundays.",
        # a seat that is a role: a place's body, the story's own firm, a firm named
        # nowhere else
        "The mayor, who sits on the city's planning board, said the scheme was sound.",
        "Mr Lyle, who sits on the board of the bank, said the results were strong.",
        "The captain, who sits on the board of Rovers FC, said the pitch was ready.",
        # the aside gives its content a source of its own
        "The board's chair, who reportedly collects a bonus of £60,000 a year, said the "
        "fares would rise.",
        # "all of" a whole, or a date
        "All of the seven members agreed.",
        "She had worked there for all of 2019.",
    ],
)
def test_a_plain_aside_is_left_alone(nlp, text):
    assert claims(nlp, text) == []

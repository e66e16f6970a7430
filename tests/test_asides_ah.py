"""The writer's mocking sketch of a speaker, set off as an aside (issue 11, asidesAH;
kit/lenses/judgement_insinuations.py, judgement_mockery.py and kit/lenses/loaded.py).

Every sentence here was written for this file (none comes from data/). Each device of the
sketch has sentences whose aside must be marked as an unattributed claim, even though the
sentence goes on to report what the person said; the traps have the same shape and tell a
plain record, so they must be left alone.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a portrait told as fact ("plainly"), beside a verb of reporting
        (
            "The committee chair, Councillor Orla Venn, a woman who has plainly never "
            "queued for a bus in her life, told the Herald that the route would go.",
            "a woman who has plainly never queued for a bus in her life",
        ),
        # the writer reads the person's mind: "appears to", "seems to"
        (
            "The park manager, Jon Rill, a man whose idea of nature appears to be a queue "
            "at a sandwich bar, told the Gazette that the path would close.",
            "a man whose idea of nature appears to be a queue at a sandwich bar",
        ),
        (
            "The director, Pia Holm, a woman whose notion of public transport seems to be "
            "a taxi rank, told staff that the depot would shut.",
            "a woman whose notion of public transport seems to be a taxi rank",
        ),
        # an interest pinned to the moment it paid
        (
            "The chief executive, Ron Pike, a man who discovered the harbour about the "
            "time it became profitable, told the Echo that the kiosks must go.",
            "a man who discovered the harbour about the time it became profitable",
        ),
        (
            "The leader, Councillor Dev Marsh, a man who finds a love of the market roughly "
            "once every four years, said the stalls would move.",
            "a man who finds a love of the market roughly once every four years",
        ),
        # a whole record shrunk to one small thing
        (
            "The club's president, Mrs Ada Fenn, a woman whose entire sporting career "
            "consists of judging the cake stall at the summer fair, told the Post that the "
            "rule was fair.",
            "a woman whose entire sporting career consists of judging the cake stall",
        ),
    ],
)
def test_a_mocking_sketch_of_a_speaker_is_a_claim(nlp, text, part):
    found = claims(nlp, text)
    assert any(part in c for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        # plain records and identifying asides
        "The captain, Tom Dane, a man who has played for the club since 1998, said the "
        "pitch was ready.",
        "Mr Pell, who has run the shop since 1998, said the rent had doubled.",
        "The owner, Jan Roe, a woman who opened the cafe about the time the pier reopened "
        "in 2003, said trade was steady.",
        "The warden, Ed Sale, a man who appears in the film, said the path was safe.",
        "The treasurer, Ann Cole, a woman whose whole family runs the farm, said the fair "
        "would go ahead.",
        "The hall, which opened in 2003, will close in May.",
        # no speaker or decider beside the sketch: nobody is discredited before they speak
        "We met Ron Pike, a man whose idea of a holiday appears to be a week of fishing.",
    ],
)
def test_a_plain_aside_is_left_alone(nlp, text):
    assert claims(nlp, text) == []


def test_a_sketch_inside_a_quotation_is_the_speakers(nlp):
    text = (
        '"The chair, a man whose idea of nature appears to be a queue at a sandwich bar, '
        'told us the path would close," said Mr Vole.'
    )
    assert not any("appears to be" in c for c in claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the owner's own people or firm tied to someone else's person or body
        (
            "The society, three of whose five members sit on the local branch of Mr "
            "Hale's party, removed the float.",
            "three of whose five members sit on the local branch of Mr Hale's party",
        ),
        (
            "The trustees, whose committee includes two of Ms Dray's co-owners, have yet "
            "to publish the scores.",
            "whose committee includes two of Ms Dray's co-owners",
        ),
        # ... or to the winner
        (
            "The society's president, whose firm sold the tractor that won the vintage "
            "class, presented the trophies.",
            "whose firm sold the tractor that won the vintage class",
        ),
        # spending set against the same kind of spending refused
        (
            "The council, which found £3,000 for a flagpole in April, says it cannot find "
            "£900 for a footpath.",
            "which found £3,000 for a flagpole in April",
        ),
        (
            "The board, which spent £40,000 on a new logo last year, said it would not "
            "spend £2,000 on the ramp.",
            "which spent £40,000 on a new logo last year",
        ),
    ],
)
def test_a_tie_or_a_spend_set_against_a_refusal_is_a_claim(nlp, text, part):
    found = claims(nlp, text)
    assert any(part in c for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a tie to nobody else in the story, or to someone else's thing
        "The club, whose founder built the stand, said the match would go ahead.",
        "The singer, whose husband manages the band's tour, said the show would go on.",
        "Mr Pell, whose son plays for the club, said the rent had doubled.",
        "The charity, whose patrons include two former mayors, said it would appeal.",
        "The mayor, whose office employs nine people, said the budget was tight.",
        # a second clause with its own subject is not the "whose" clause's tie
        "Jon Yates, whose family has sold school shoes in the town for three generations "
        "and who sits on the academy's board of governors, said the price was fair.",
        # spending with no refusal set against it, or on upkeep
        "The council, which found £3,000 for a flagpole in April, says the footpath will "
        "be repaired in May.",
        "The council, which spent £3,000 on repairs to the footpath, says it cannot find "
        "£900 for the bench.",
    ],
)
def test_a_plain_whose_or_which_aside_is_left_alone(nlp, text):
    assert claims(nlp, text) == []

"""Insinuations slipped into a clause about a person or body (issue 11, asidesAE;
kit/lenses/judgement_insinuations.py, kit/lexicons/judgement_insinuations.yaml).

Every sentence here was written for this file (none comes from data/). Each marker of
insinuation has sentences whose clause must be marked as an unattributed claim, even
beside a reporting verb, and plain descriptions of the same shape that must be left
alone.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses import judgement as J
from kit.lenses import judgement_insinuations as I
from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def marks(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


def test_the_rule_runs_with_the_claim_rules():
    assert set(I.RULES) <= set(J.CLAIM_RULES)


def test_the_lexicon_says_where_its_idea_comes_from():
    text = (LEXICONS / "judgement_insinuations.yaml").read_text(encoding="utf-8")
    assert "Where the idea comes from" in text
    data = load_yaml(text)
    assert set(data["closed_classes"]) <= set(data)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a coincidence winked at, in a relative clause or an apposition
        (
            "The minister, who just happens to own the field beside the new road, said "
            "the route was chosen by engineers.",
            "who just happens to own the field beside the new road",
        ),
        (
            "Bellcourt Homes, the developer that just happened to buy the farm a month "
            "before the vote, has applied to build 300 houses.",
            "the developer that just happened to buy the farm a month before the vote",
        ),
        (
            "The inspector, who sits on the harbour board and, as luck would have it, on "
            "the sailing club committee with the owner, approved the plans.",
            "as luck would have it, on the sailing club committee with the owner",
        ),
        (
            "Alderman Tripp, who owns the car park and has, by sheer coincidence, objected "
            "to the bus lane four times, voted against it.",
            "has, by sheer coincidence, objected to the bus lane four times",
        ),
        # "never" over a whole life, or with the writer's own guess
        (
            "The landlord, who has never done a day's work in his life, told tenants the "
            "rent would rise.",
            "who has never done a day's work in his life",
        ),
        (
            "The campaign was started by a few students from Arbury, who have never, as "
            "far as we know, paid a gas bill.",
            "who have never, as far as we know, paid a gas bill",
        ),
        (
            "The chief executive, a man who has never, as far as I can tell, sat on a "
            "hospital trolley, told staff the waits were acceptable.",
            "a man who has never, as far as I can tell, sat on a hospital trolley",
        ),
        (
            "To the commentators on the radio, many of whom have never run a shop in their "
            "lives: the rates are not the only cost.",
            "many of whom have never run a shop in their lives",
        ),
        (
            "Then up stood the critic Lena Voss, who has never cooked for a crowd as far as "
            "anyone can tell, to say the stalls were dirty.",
            "who has never cooked for a crowd as far as anyone can tell",
        ),
        # a price tag on a private possession
        (
            "Ms Pratt, who drives a £90,000 car to the school gates, said parents should "
            "walk.",
            "who drives a £90,000 car to the school gates",
        ),
        (
            "The regulator's chair, a banker who wears a £15,000 watch, said fines were "
            "high enough.",
            "a banker who wears a £15,000 watch",
        ),
        # the deciders called the owner's friends
        (
            "The director received a pay rise of 20 per cent, approved by a board of her "
            "old friends.",
            "approved by a board of her old friends",
        ),
        # a count of photo opportunities
        (
            "The mayor, who has turned up for photographs at the hospital three times "
            "since March, said the ward would stay open.",
            "who has turned up for photographs at the hospital three times since March",
        ),
        (
            "Our councillor, who chairs the parks group and has posed for photographs at "
            "the new playground twice since May, wrote to us on Friday.",
            "has posed for photographs at the new playground twice since May",
        ),
    ],
)
def test_an_insinuating_aside_is_a_claim_of_its_own(nlp, text, part):
    assert part in claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # plain descriptions of the same shape
        "Our neighbour, a retired teacher who has lived in the town since 1990, told us "
        "the bridge was closed.",
        "The chain, which has 40 shops, said it would open in May.",
        "A nurse who happens to live nearby called an ambulance.",
        "The walker, who by chance found the wallet, handed it to the police.",
        # "never" with no whole life and no guess, or a record of never failing
        "Mr Finch, who has never been to Leeds, told the meeting he would vote no.",
        "Ms Dale, who has never missed a meeting in her life, said the plan was sound.",
        "The keeper, who has never once lost a match at home, said the pitch was fine.",
        "The volunteers, most of whom have lived in the village all their lives, cleared "
        "the path.",
        "The residents, many of whom have never been consulted, said they were angry.",
        # a price that is news, not a lifestyle
        "Harwick Foods, a firm that won a £4m contract last year, said it would hire staff.",
        "The couple, who bought a £300,000 house in 2019, told the court the roof leaked.",
        "The chief executive received a bonus of £200,000, paid in March.",
        # friends who decide nothing, photographs with no count or no posing
        "Mr Pole, who went walking with his old friends in June, said he was pleased.",
        "The model, who has posed for photographs for the catalogue, said she was pleased.",
        "The photographer, who has taken pictures of the pier twice, said it was unsafe.",
        # the marker in the main clause, after the aside has closed
        "The trust, which sold 40 acres last year to pay its debts, has never once asked "
        "the tenants what they think.",
        "Ada Brink, who set up the residents' group in May and has gathered 900 names, said "
        'the board had "never once" replied.',
        # the aside inside someone's words is theirs
        "She said the chair, who just happens to own the field, had nothing to do with it.",
        '"The chair, who just happens to own the field, chose the route," she said.',
    ],
)
def test_plain_descriptions_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_an_intensifier_in_the_set_phrase_is_left_to_the_claim(nlp):
    found = marks(
        nlp,
        "Alderman Tripp, who owns the car park and has, by sheer coincidence, objected to "
        "the bus lane four times, voted against it.",
    )
    assert ("sheer", "intensifier") not in found
    # outside an insinuating aside "sheer" is still an intensifier
    assert ("sheer", "intensifier") in marks(nlp, "The plan is sheer madness.")


def test_a_mock_portrait_keeps_its_own_mark(nlp):
    found = marks(
        nlp,
        "The councillor, a woman who has never once caught a bus, told the meeting the "
        "fares were fair.",
    )
    spans = [t for t, _ in found if "never once" in t]
    assert len(spans) == 1  # one mark, not a portrait and a claim on the same words


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The contractor, which just happens to employ the chair's nephew, has been paid "
         "twice.", "hints that the contractor acted"),
        ("The board's new treasurer, who by happy accident sits on the bank's panel, "
         "approved the loan.", "hints that the board's new treasurer acted"),
    ],
)
def test_the_explanation_names_whom_the_aside_is_about(nlp, text, named):
    """A learner reads "the contractor", as the text calls it, not a bare "contractor"."""
    doc = nlp(text)
    whys = [s._.kit_explanation for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]
    assert any(named in why for why in whys), whys

"""Insinuation in the writer's voice carried by an aside (issue 11, asidesAG;
kit/lenses/judgement_insinuations.py, kit/lenses/judgement_asides.py and their lexicons).

Every sentence here was written for this file (none comes from data/). Each mechanism has
sentences whose aside must be marked as an unattributed claim, and traps of the same shape
that must be left alone: plain identifying appositions, plain records, a cut or a spend with
nothing set against it, an error told plainly, a verb with its subject.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses import judgement as J
from kit.lenses import judgement_asides as A


def test_the_new_aside_rules_run_with_the_claim_rules():
    assert A.feigned_excuses in J.CLAIM_RULES
    assert A.mock_addresses in J.CLAIM_RULES


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the writer's sketch of a speaker or decider, turning on them
        (
            "The chief executive, a woman who has not taken a train since 2015, said the "
            "line would close.",
            "a woman who has not taken a train since 2015",
        ),
        (
            "The principal, a man whose own children, I am reliably told, go to a school "
            "with no homework at all, told parents the new policy was fair.",
            "a man whose own children, I am reliably told, go to a school with no homework",
        ),
        (
            "The depot manager, a gentleman who travels to work in a car paid for by the "
            "tickets of commuters, said the timetable could not be saved.",
            "a gentleman who travels to work in a car paid for by the tickets of commuters",
        ),
        (
            "Its finance director, a woman who has never had to queue for a bus, decided the "
            "subsidy would end.",
            "a woman who has never had to queue for a bus",
        ),
        # the writer's guess told as likely, and a lack made small ("so much as")
        (
            "The new operator's director, a former airline executive who has presumably "
            "never needed to ask anyone the way to a platform, told the paper the machines "
            "were simple.",
            "who has presumably never needed to ask anyone the way to a platform",
        ),
        (
            "The cabinet member for leisure, who does not appear to have bought so much as "
            "an ice cream at the lido in her three years in office, said the closure was "
            "painful.",
            "who does not appear to have bought so much as an ice cream at the lido",
        ),
        (
            "The chief executive, who has not visited so much as one of the branches this "
            "year, decided they would close.",
            "who has not visited so much as one of the branches this year",
        ),
        # a body's own spending set against a question of money it has not answered
        (
            "The board, which spent £2 million on a new headquarters last year, has yet to "
            "explain how the library will be funded.",
            "which spent £2 million on a new headquarters last year",
        ),
        (
            "The college, which spent £400,000 on a rebrand, declined to say how the course "
            "would be paid for.",
            "which spent £400,000 on a rebrand",
        ),
        # a body's own cut set against the credit it takes
        (
            "The council, which cut the festival's funding in half last year, sent the "
            "deputy mayor to present the prizes.",
            "which cut the festival's funding in half last year",
        ),
        (
            "The trust, which axed the bus subsidy in March, praised the volunteer drivers "
            "at its annual meeting.",
            "which axed the bus subsidy in March",
        ),
        # an excuse in mock innocence
        (
            "The firm won the deal in a tender that was advertised, through some oversight, "
            "for six days over Christmas.",
            "through some oversight, for six days over Christmas",
        ),
        (
            "The planning notice was posted, by some mischance, on the back of the bus "
            "shelter.",
            "by some mischance, on the back of the bus shelter",
        ),
        # a group told to rejoice
        ("Parents of the grammar school, rejoice.", "Parents of the grammar school, rejoice."),
        ("Ratepayers of the borough, give thanks.", "Ratepayers of the borough, give thanks."),
        ("Commuters, rejoice!", "Commuters, rejoice!"),
    ],
)
def test_an_insinuating_aside_is_a_claim(nlp, text, part):
    # (a sketch already summed up as a sneer by the mockery rules keeps that mark)
    found = [s.text for s in nlp(text).spans["loaded"]]
    assert any(part in c or c in part for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        # plain identifying appositions
        "The headteacher, who joined the school in 2019, said the blazer would stay.",
        "The trust, which runs 200 miles of canal, said the towpath would reopen in June.",
        "The council, which owns the site, said it had no plans to sell.",
        "The captain, a man who has played for the club since 1998, said the team was ready.",
        "Its managing director, a cheerful young man whose office overlooks the harbour, "
        "told reporters the fares would rise.",
        "One witness, a woman who works in a nearby bank and did not want to be named, said "
        "she heard two bangs.",
        "The driver, a man in his fifties, told police he had not seen the cyclist.",
        "The mayor, a woman who I am told is 92, opened the fete.",
        "He met a man who sells boats in the harbour.",
        "The ferry, which presumably never sailed again, was broken up in 1950.",
        "The villagers, who have not so much as a shop, said the bus was vital.",
        "The hamlet, which has not got so much as a post box, lost its bus in May.",
        "The referee did not so much as glance at the linesman.",
        # a cut or a spend with nothing set against it
        "The council, which cut the grant in 2019, restored it this year.",
        "The company, which halved its losses last year, said it would open two new shops.",
        "The council, which cut the grant last year, said 40 people had objected.",
        "The trust, which spent £300,000 on repairs to the lock last year, said the work was "
        "finished.",
        "The museum, which spent £80,000 on a new roof, has yet to say when it will reopen.",
        # an error told plainly, or with its cause named
        "The tender was advertised, through an oversight, for nine days in August.",
        "Through some error in the software, the readings were lost.",
        "Through some oversight, the gate was left open.",
        "The form was sent, through some error in the post room, to the wrong address.",
        # gladness that is no address
        "Parents rejoiced.",
        "In the evening, relax.",
        "Parents, who rejoiced at the news, gathered at the gates.",
    ],
)
def test_plain_asides_of_the_same_shape_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_a_quoted_address_is_the_speakers(nlp):
    assert claims(nlp, '"Fans, rejoice," the singer said.') == []


def test_the_sketch_names_whom_it_is_about(nlp):
    doc = nlp(
        "The chief executive, a woman who has not taken a train since 2015, said the line "
        "would close."
    )
    notes = [s._.kit_explanation for s in doc.spans["loaded"]]
    assert any("the chief executive" in n for n in notes), notes


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The county said a review would take place in the spring. A review. Of course. "
            "What can we do?",
            "A review. Of course.",
        ),
        (
            "The club said a consultant would look at the pitch. A consultant. Naturally.",
            "A consultant. Naturally.",
        ),
    ],
)
def test_a_fragment_and_its_stance_fragment_are_one_claim(nlp, text, pair):
    assert pair in claims(nlp, text)


def test_a_lone_stance_fragment_keeps_its_own_sentence(nlp):
    found = claims(
        nlp,
        "The contract went to the chairman's nephew. A cousin would have been too obvious. "
        "Naturally.",
    )
    assert "Naturally." in found


def test_the_ties_rule_runs_with_the_claim_rules():
    from kit.lenses import judgement_insinuations as I

    assert I.deciders_ties in J.CLAIM_RULES


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Harwood Rovers won the county cup on Saturday, beating six other clubs. The draw "
            "was made by the league. Three of the league's five committee members once "
            "played for Harwood.",
            "Three of the league's five committee members once played for Harwood.",
        ),
        (
            "The contract was awarded to Brackley Builders in March. Two of the council's "
            "seven panel members once worked for Brackley.",
            "Two of the council's seven panel members once worked for Brackley.",
        ),
        (
            "Harwood Rovers with the cup at the Town Hall. Photo: Ann Lee\n\nHarwood Rovers "
            "won the county cup on Saturday, beating six other clubs.\n\nThree of the "
            "league's five committee members once played for Harwood.",
            "Three of the league's five committee members once played for Harwood.",
        ),
    ],
)
def test_the_deciders_ties_to_the_winner_are_a_claim(nlp, text, sentence):
    assert sentence in [c.strip() for c in claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Harwood Rovers won the county cup on Saturday. Three of the five judges once worked "
        "for the BBC.",
        "Harwood Rovers lost the county cup final on Saturday. Three of the league's five "
        "committee members once played for Harwood.",
        "Three of the five judges once worked for Harwood before it closed.",
        "Four of the seven members voted for the plan.",
    ],
)
def test_ties_to_no_winner_are_not_claims(nlp, text):
    assert claims(nlp, text) == []

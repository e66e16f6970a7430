"""The writer's asides of scorn beside a name (issue 11, asidesAT;
kit/lenses/judgement_insinuations.py, kit/lexicons/judgement_insinuations.yaml): a
photo-opportunity dwelt on ("who has spent the summer posing for photographs"), a private
comfort set beside a public role ("a man who commutes to town by helicopter"), a found
passion timed to the occasion it served ("roughly a month after losing his seat"),
"never" over a career's span ("who has never in fourteen years cut a speech short"), a
foreign source of money ("a pressure group funded largely from abroad"), the revolving
door ("who left the ministry in 2023 and won the ferry contract nine weeks later") and a
whole voting record swept one way ("who has voted against every hospital budget").

Every sentence here was written for this file (none comes from data/). The aside must be
marked as an unattributed claim, by itself, even though the sentence goes on to report
what its owner said; the look-alikes have the same shape and tell a plain record, a job,
a thing found or a plain source of money, so they must be left alone.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a photo-opportunity counted or dwelt on
        (
            "The harbour master, who has spent the summer posing for photographs beside the "
            "new crane, told reporters the dredging was on schedule.",
            "who has spent the summer posing for photographs beside the new crane",
        ),
        (
            "The deputy mayor, who spent the morning of the storm being photographed in a "
            "spotless raincoat on the promenade, said the defences had held.",
            "who spent the morning of the storm being photographed in a spotless raincoat "
            "on the promenade",
        ),
        (
            "Councillor Brabazon, who has been photographed at the developer's lodge on at "
            "least three occasions, voted for the scheme.",
            "who has been photographed at the developer's lodge on at least three occasions",
        ),
        # a private comfort beside a public role
        (
            "The transport secretary, a man who commutes to Whitmarsh by helicopter, said "
            "rail fares had to rise.",
            "a man who commutes to Whitmarsh by helicopter",
        ),
        (
            "The club's owner, who flies to away matches in a helicopter, told fans there "
            "was no money for the stand.",
            "who flies to away matches in a helicopter",
        ),
        (
            "Mr Quorne himself, who flew into Ellisport on the company jet, said the job "
            "cuts were unavoidable.",
            "who flew into Ellisport on the company jet",
        ),
        (
            "Chairman Ivo Brede, a man who flies to away games in a helicopter, wrote that "
            "ticket prices must rise.",
            "a man who flies to away games in a helicopter",
        ),
        (
            "The governor, who arrived on Monday in a motorcade of nine black cars, urged "
            "residents to save fuel.",
            "who arrived on Monday in a motorcade of nine black cars",
        ),
        (
            "The education chief, who drives his own daughters to a private school twelve "
            "miles away, defended the cuts to village schools.",
            "who drives his own daughters to a private school twelve miles away",
        ),
        # a found passion timed to its occasion
        (
            "The new chairman, who discovered a passion for village cricket roughly a month "
            "after losing his seat, said the pavilion would be saved.",
            "who discovered a passion for village cricket roughly a month after losing his "
            "seat",
        ),
        (
            "Councillor Fry, who discovered a deep interest in bus shelters about a "
            "fortnight before the county elections, promised new ones.",
            "who discovered a deep interest in bus shelters about a fortnight before the "
            "county elections",
        ),
        # "never" over a career's span
        (
            "Councillor Rudd, the member for Westgate, who has never in fourteen years cut a "
            "speech short, asked whether the budget was fair.",
            "who has never in fourteen years cut a speech short",
        ),
        # a foreign source of money and nothing else
        (
            "The Harbour Watch Alliance, a pressure group funded largely from abroad, "
            "claimed on Monday that the new fences were illegal.",
            "a pressure group funded largely from abroad",
        ),
        (
            "The Meridian Institute, which is bankrolled by foreign donors, said the tax "
            "would drive firms away.",
            "which is bankrolled by foreign donors",
        ),
        # a whole voting record swept one way
        (
            "Senator Pell, the opposition's health spokesman, who has voted against every "
            "hospital budget since 2021, told the chamber the plan was reckless.",
            "who has voted against every hospital budget since 2021",
        ),
        (
            "The finance minister, who voted for every one of these spending caps last "
            "spring, now says they are too tight.",
            "who voted for every one of these spending caps last spring",
        ),
        # the revolving door, measured
        (
            "Its managing director, Corwin Lathe, a former transport official who left the "
            "ministry in 2023 and won the ferry contract nine weeks later, told MPs the "
            "service was improving.",
            "a former transport official who left the ministry in 2023 and won the ferry "
            "contract nine weeks later",
        ),
    ],
)
def test_an_aside_of_scorn_is_a_claim_of_its_own(nlp, text, part):
    assert part in claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # photographs with no count and no stretch spent on them; a job
        "The model, who has posed for photographs for the catalogue, said she was pleased.",
        "The photographer, who has taken pictures of the pier twice, said it was unsafe.",
        "Mrs Anand, who spent the afternoon taking photographs of the flood, said the "
        "water rose fast.",
        "The minister, who was photographed at the opening of the clinic, said more "
        "nurses were coming.",
        # a helicopter done to them, flown as a job, or a thing in a list; a plain school
        "The farmer, who was airlifted by helicopter to hospital in May, said the bull had "
        "charged without warning.",
        "The pilot, who has flown the air ambulance helicopter since 2019, said the "
        "landing site was unsafe.",
        "The head teacher, who sends her children to the village school, said the merger "
        "would hurt families.",
        "Two search dogs and a coastguard helicopter joined the search, which lasted nine "
        "hours.",
        # a thing found, or a passion timed with no approximator
        "The plumber, who discovered the leak about a week after moving in, said the "
        "pipes were old.",
        "The curator, who discovered a passion for Roman coins a year before she retired, "
        "said the hoard was remarkable.",
        # never failing is a record; no span right after "never"
        "The caretaker, who has never in thirty years missed a morning, said the boiler "
        "was broken.",
        "The ranger, who has never been to the island in ten years of trying, said the "
        "crossing was rough.",
        # money with no foreign word
        "The Fenwater Trust, a monitoring group funded by several neighbouring councils, "
        "said the river was cleaner.",
        "The Oakfield Hospice, a charity funded by the lottery and local donors, said it "
        "would open a new ward.",
        # one vote, or a count of votes: a plain record
        "Councillor Dunn, who voted against the plan, said the road was too narrow.",
        "The union, whose members voted twice last year for strike action, said talks "
        "would resume.",
        # a career move with no deal, or the gain first
        "Dr Amos, a former councillor who left the council in 2019 and joined the hospice "
        "charity two years later, said the appeal had raised £40,000.",
        "The supplier's founder, who won the contract in 2019 and left the board two years "
        "later, said the tender was fair.",
        # the brief's plain look-alikes
        "The chief officer, who has led the service since 2024, said response times had "
        "improved.",
        "Jana Moss, a former teacher who opened the bakery in March, said trade was good.",
        "Councillor Reid, who chairs the committee, said the vote would be held in June.",
        "Hearth Aid, a charity founded in 1998, said demand had doubled.",
        "The petition, which has gathered 6,000 signatures, calls for the pool to reopen.",
    ],
)
def test_a_plain_aside_of_the_same_shape_is_not_a_claim(nlp, text):
    assert claims(nlp, text) == []


def test_the_explanation_speaks_to_the_learner():
    from kit.annotate import annotate

    found = [
        a
        for a in annotate(
            "The transport secretary, a man who commutes to Whitmarsh by helicopter, said "
            "rail fares had to rise."
        ).of("loaded")
        if a.label == "unattributed_claim"
    ]
    assert len(found) == 1
    assert "rich and out of touch" in found[0].explanation


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The governor, who arrived on Monday in a motorcade of nine black cars, urged "
            "residents to save fuel.",
            ("rich and out of touch", "leave the detail out"),
        ),
        (
            "The Harbour Watch Alliance, a pressure group funded largely from abroad, "
            "claimed on Monday that the new fences were illegal.",
            ("speak for outsiders", "say who funds them"),
        ),
        (
            "Its managing director, Corwin Lathe, a former transport official who left the "
            "ministry in 2023 and won the ferry contract nine weeks later, told MPs the "
            "service was improving.",
            ("paid for the deal", "give each date"),
        ),
    ],
)
def test_each_mark_has_an_explanation_and_a_neutral_alternative(nlp, text, words):
    from kit.lenses import judgement_insinuations as I

    (found,) = list(I.insinuating_asides(nlp(text)))
    why, neutral = words
    assert why in found.explanation
    assert found.neutral is not None and neutral in found.neutral


def test_a_yacht_in_a_sailing_story_is_background(nlp):
    """Review of asidesAT: a yacht is where a sailor lives and works, so an aside that
    puts one beside a skipper is plain background, not a mark of wealth."""
    text = (
        "The skipper, who spent the winter on a yacht in the harbour, said the race "
        "would start at noon."
    )
    assert claims(nlp, text) == []

"""The modal senses of the hedging lens (kit/lenses/hedging_modals.py): "could" and
"would" are hedges only when they weigh how likely a claim is (guide, section 3).

Every sentence here was written for this file. The trap lists hold verbs that are in
no word list of the kit ("recite", "sort", "fix", "fill"), so what keeps them
unmarked is the parse: negation, a counted subject, a past narrative, a "before"
clause, a relative clause, a reporting verb above the modal.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


# -- "could": possibility is marked ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The new levy could push rents higher in the capital.",
        "Investors fear the merger could collapse within weeks.",
        "The bridge could close for repairs next spring.",
        "A late frost could ruin the apple harvest, growers warned.",
        "The strike could spread to other depots, the union said.",
        "The fire could have started in the kitchen.",
        "Experts said the virus could have reached the island months earlier.",
        "The lorry drivers could block the port if talks fail.",
        "Two new plants could supply the region by 2030.",
        "The coach could lose his job after another defeat.",
        "Her brother could inherit the farm.",
        # a past fact beside a future possibility, joined by "but"
        "Sales could recover next year, but they fell 5 percent in 2023.",
        # an amount that is a forecast, not a capacity
        "The walkout could delay up to 300 planned operations.",
        # a reported possibility joined to a reported past fact
        "Officials said the road was late and the delay could cost 2 million crowns.",
        # a thing, not a person, before a "before" clause with its own "could"
        "The river could flood before engineers could reach the town.",
        "Prices could rise again, as they did last year.",  # a comparison, not a past frame
        "The drought could last until October.",  # "last" the verb, not a past time
        # counted things that are forecast, not counted people at work
        "Two weeks of heavy rain could cost farmers 3 million pounds.",
        "Three more strikes could delay 2,000 operations.",
        "Commuters could see delays of up to an hour.",  # a group living through it
        "The firm lost 3 million last year and could cut jobs.",  # a past fact, then a guess
    ],
)
def test_could_of_possibility_is_a_hedge(nlp, text):
    assert "could" in hedge_words(nlp, text)


# -- "could": ability, capacity and counterfactuals are not --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "By the age of six he could recite every capital in Europe.",  # a stage of growing up
        "The old ferry could carry 300 passengers and forty cars.",  # capacity
        "The firemen could not reach the top floor.",  # inability
        "No engineer could fix the pump in time.",  # inability: a subject that names no one
        "Nobody in the village could remember a worse winter.",
        # a denied "could have": a claim that it was impossible, not a doubt (hedgeN; the
        # keys: "could have predicted" a trap, "could not have known" acceptable)
        "Nobody could have predicted the result.",
        "The boy could never sit still in class.",
        "We could have sold the land years ago.",  # the speaker's own counterfactual
        "If the ministry had acted sooner, the school could have stayed open.",  # unreal "if"
        "The twins could weld before they could ride a bike.",  # abilities set in time
        "Three volunteers could sort 500 parcels an hour.",  # counted subject, counted object
        "The mill could already grind ten tonnes of flour a day.",  # an ability reached
        "The factory could produce 8,000 cars a month before the fire.",  # capacity
        "In the 1990s the town could boast three cinemas.",  # a past decade
        "The town could once boast three cinemas.",
        "They could hear the sirens from the square.",  # one group's senses
        "He could barely walk and fell twice on the stairs.",
        # a run of plain past statements: what the pickers were able to do
        "Last summer the pickers could fill a crate in twenty minutes: they earned "
        "double and went home early.",
    ],
)
def test_could_of_ability_is_not_a_hedge(nlp, text):
    assert "could" not in hedge_words(nlp, text)


# -- "would": a softened assessment is marked ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "This would be a serious mistake.",
        "Such a move would be deeply unpopular with voters.",
        "That would be the worst outcome for the town.",
        "I would argue that the plan is flawed.",
    ],
)
def test_would_of_assessment_is_a_hedge(nlp, text):
    assert "would" in hedge_words(nlp, text)


# -- "would": reported futures, consequences, habits and preferences are not ----------
@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the new pool would be the largest in the county.",  # reported "will"
        "The pool, the mayor said, would be the largest in the county.",
        "Officials told residents the water would be safe to drink by Friday.",
        "The firm has said the new plant would be ready by June.",
        "Without the subsidy, the ferry would be too expensive for islanders.",  # if-then
        "Under the proposal, the fare would be lower for students.",
        "Analysts forecast a loss of 12 million, which would be the first in a decade.",
        "The union proposed a four-day week, a change that would be costly for small firms.",
        "Every morning he would be at the harbour before dawn.",  # a habit
        "In those days the market would be packed by seven.",
        "He would rather resign than sign the deal.",  # a preference
        "She would sooner sell the house than the boat.",
        "If the river rises again, the bridge would be closed.",  # if-then
        # the second half of a report, its subject shared with "said"
        'The trainer, who has saddled 300 winners, said he was "gutted" and would appeal.',
        "The landlord said the rent was fair and would stay at that level until spring.",
    ],
)
def test_would_of_future_consequence_or_habit_is_not_a_hedge(nlp, text):
    assert "would" not in hedge_words(nlp, text)


def test_one_sentence_keeps_the_possibility_and_drops_the_ability(nlp):
    """The same word in two senses side by side: only the possibility is marked."""
    text = (
        "As a girl she could sail single-handed. Now the club could close before the season starts."
    )
    doc = nlp(text)
    marked = [(s.text, s.start_char) for s in doc.spans["hedges"]]
    assert marked == [("could", text.index("could close"))]


# -- absolutes: denied "all", "no serious person", "no one should" --------------------
def booster_words(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).spans["boosters"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No serious person believes that a trawler threatened anybody.", "No serious person"),
        ("No sensible economist would sign off on these numbers.", "No sensible economist"),
        ("No reasonable parent wants their child on a waiting list.", "No reasonable parent"),
        ("It is a burden that no one should have to carry alone.", "no one"),
        ("Everyone in the town is worried.", "Everyone"),
    ],
)
def test_claims_about_everyone_are_absolutes(nlp, text, expected):
    assert expected in booster_words(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "marked"),
    [
        ("Keep every receipt until the refund arrives.", "every", False),  # advice in a box
        ("Check every clause of the contract before you sign.", "every", False),
        ("Before the landlord calls, photograph every room.", "every", False),
        ("He kept every receipt for eleven years.", "every", True),  # a claim about him
        ("Every tenant on the estate has been overcharged.", "Every", True),
    ],
)
def test_every_in_an_instruction_is_advice_not_an_absolute(nlp, text, word, marked):
    assert (word in booster_words(nlp, text)) is marked


@pytest.mark.parametrize(
    "text",
    [
        "Not everyone in the valley is so sure.",  # a denied "all": only some are sure
        "Not every member agreed with the plan.",
        "No passengers were hurt in the crash.",  # a count of people, not of minds
        "No decision has been made, the company said.",  # not a person
        "They played with a flair no manager could ever coach.",  # describes the flair
    ],
)
def test_literal_or_denied_quantities_are_not_absolutes(nlp, text):
    assert booster_words(nlp, text) == []


# -- hedges the parse finds where the word list alone would not ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The inspector said it was "conceivable" that the alarm had failed.', "conceivable"),
        ("It seems entirely plausible that the figures were wrong.", "plausible"),
        ("The review put the likely cost at 40 million.", "likely"),
        ("The likely winner is the incumbent.", "likely"),
        ("The latest survey suggests a slowdown in hiring.", "suggests"),
        ("The readings indicate a leak near the dam.", "indicate"),
        ("Will it work? I suspect not.", "I suspect"),
        ("The study suggested that people sleep less in summer.", "suggested"),
        ("Experts suggested the fish were dying because of the heat.", "suggested"),
    ],
)
def test_hedges_from_the_parse(nlp, text, expected):
    assert expected in [s.text for s in nlp(text).spans["hedges"]]


@pytest.mark.parametrize(
    "text",
    [
        "It is possible to walk to the station in ten minutes.",  # what can be done
        "The poll surveyed 800 likely voters.",  # a group, not a guess
        "The minister suggested a new route for the bus.",  # a proposal
        "The committee suggested changes to the bill.",
        "The minister suggested the two sides meet again.",  # a proposal (no backshift)
        "Coincidence? We think not.",  # a retort, not a view offered with caution
    ],
)
def test_look_alikes_of_those_hedges(nlp, text):
    assert [s.text for s in nlp(text).spans["hedges"]] == []

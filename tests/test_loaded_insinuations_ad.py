"""Loaded language that generalises (issue 11, loadedAD): figurative verbs of pushing
into a dispute ("waded in", "piled in") and of a volley of words ("fired off a press
release"), labels for critics and union officers, insinuated motive in a participle of
knowing or in "X of all Xs", sneering relative clauses about someone else (the writer's
own guess, an adverb of evidence with "never", a double denial, a rival's own failing),
and a mock observation around a scare quote; with the literal senses that stay unmarked.

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers


def marks(nlp, text):
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # a verb of pushing bodily in, said of someone joining a dispute
        (
            "Within hours the health secretary waded in, saying the hospital had let "
            "patients down.",
            "waded in",
            "emotive",
        ),
        ("Two retired judges have now piled in.", "piled in", "emotive"),
        ("The archbishop waded into the row over the school's uniform.", "waded into", "emotive"),
        # words sent as a volley of shots
        (
            "The residents' group fired off an angry letter to the planning inspector.",
            "fired off",
            "emotive",
        ),
        (
            "The mayor's office has been shooting off statements all week.",
            "shooting off",
            "emotive",
        ),
        # labels for critics and for a union's officer
        ("The haters will say the album is too long.", "haters", "labeling"),
        ("The union bosses rejected the offer before reading it.", "union bosses", "labeling"),
        # a participle of knowing with a degree word: intent told as fact
        (
            "The landlord raised the rent in December, knowing full well that the tenants "
            "could not move.",
            "knowing full well",
            "unattributed_claim",
        ),
        # "X of all Xs": pointed timing told as fact, even beside a reporting verb
        (
            "The chancellor chose this Christmas of all Christmases to announce that "
            "pensions would be frozen.",
            "of all Christmases",
            "unattributed_claim",
        ),
        (
            "The bank picked today of all days to close the branch.",
            "today of all days",
            "unattributed_claim",
        ),
        # a sneering relative clause, even in a sentence that reports
        (
            "The food critic, who I suspect has never cooked a meal in her life, said the "
            "soup was bland.",
            "who I suspect has never cooked a meal in her life",
            "unattributed_claim",
        ),
        (
            "The developer, which has clearly never built a school, claimed the plan was "
            "complete.",
            "which has clearly never built a school",
            "unattributed_claim",
        ),
        (
            "Councillor Bream, who has never seen a ribbon he did not want to cut, opened "
            "the car park on Friday.",
            "who has never seen a ribbon he did not want to cut",
            "unattributed_claim",
        ),
        (
            "Across the valley at Hollin Zoo, whose own penguin pool has been empty since "
            "March, a keeper said standards had slipped.",
            "whose own penguin pool has been empty since March",
            "unattributed_claim",
        ),
        # letters told as shellfire, speaking told as nagging whoever is in earshot
        (
            "The residents have bombarded the planning committee with emails.",
            "bombarded",
            "emotive",
        ),
        ("Reporters peppered the coach with questions about his future.", "peppered", "emotive"),
        (
            "The landlord has spent the winter telling anyone who will listen that the "
            "flats are fine.",
            "anyone who will listen",
            "emotive",
        ),
        # a thing crowned the best in its whole field, in the writer's voice
        (
            "We cut the fare by a third, the best deal in the industry, and nobody noticed.",
            "the best deal in the industry",
            "unattributed_claim",
        ),
        (
            "Our bakers make the most generous loaf in the country.",
            "the most generous loaf in the country",
            "unattributed_claim",
        ),
        # "real" people or a "true" virtue: whoever disagrees is not the genuine article
        (
            "Real parents are choosing the free school meals.",
            "Real parents",
            "unattributed_claim",
        ),
        ("This is what true journalism looks like.", "true journalism", "unattributed_claim"),
        # any plural noun for people, not only the listed ones (a role or an agent noun)
        ("Real teachers know the difference.", "Real teachers", "unattributed_claim"),
        ("True shopkeepers never grumble about the rates.", "True shopkeepers",
         "unattributed_claim"),
        # a mock observation is the writer's, with a scare quote inside it
        (
            'Strange how his "independent" reviews always praise the firm that pays him.',
            "Strange how",
            "unattributed_claim",
        ),
    ],
)
def test_marked(nlp, text, span, label):
    assert covers(nlp, text, span, label), marks(nlp, text)


def test_the_aside_alone_is_the_claim(nlp):
    """The claim is the relative clause, not the report around it."""
    text = (
        "The pundit, who I am fairly sure has never kicked a ball, told listeners that the "
        "team was finished."
    )
    found = [t for t, label in marks(nlp, text) if label == "unattributed_claim"]
    assert found == ["who I am fairly sure has never kicked a ball"], found


@pytest.mark.parametrize(
    "text",
    [
        # literal entries: a rescue, water, a vehicle, a family
        "A fisherman waded in to rescue the dog.",
        "She waded into the river up to her knees.",
        "The children piled in and we drove off.",
        "Twenty passengers piled into the minibus.",
        # real shots, a flare, a letter sent plainly
        "The soldier fired off three shots.",
        "The crew fired off a flare at dusk.",
        "She sent a letter to the council on Monday.",
        # a boss at work, a union's officer named plainly
        "My boss approved the holiday.",
        "The union's general secretary rejected the offer.",
        # knowing without a degree word or without a clause; the writer's own mind
        "Knowing the area well, she took the back road.",
        "We booked early, knowing exactly what the weather would do.",
        # "of all" without a repeated noun
        "The oak is the oldest of all the trees in the park.",
        # plain relative clauses
        "The driver, who has never been charged with any offence, said he was sorry.",
        "The pilot, who had never flown a jet before, landed safely.",
        "The charity, whose own research found that demand had doubled, asked for help.",
        # shellfire in a war, pepper on food
        "Artillery bombarded the port for three days.",
        "She peppered the steak and put it in the pan.",
        "The library is open to anyone who will pay the fee.",
        # a measure, a ranking with its source, someone else's boast, a sales figure
        "The factory is the largest employer in the county.",
        "Readers voted it the best pub in Britain.",
        "The council said it was the best offer in the region.",
        "It is the best-selling car in Europe.",
        # "real" as a measure, a problem named, one person
        "Real wages fell by two per cent last year.",
        "The real problem is the roof.",
        "A real customer wrote to the shop last week.",
        "Real numbers are used throughout the model.",
        "Real estate agents said prices would rise.",
    ],
)
def test_not_marked(nlp, text):
    assert marks(nlp, text) == [], marks(nlp, text)


def test_emphasis_inside_a_boast_is_the_boast(nlp):
    """'quite simply' inside a claim that crowns a thing the best in its field is that
    boast's emphasis: one claim, no separate intensifier."""
    text = "Our nurses are, quite simply, the finest in the county."
    found = marks(nlp, text)
    assert [label for _, label in found] == ["unattributed_claim"], found


def test_musing_opener_whatever_its_tag(nlp):
    """'Funny how ...' opening a sentence after a question is still the mock observation
    (the tagger may read 'Funny' as a verb there); 'Funny how?' asked back is not."""
    text = (
        "Have you ever tried to cook for six on a camping stove?\n\n"
        'Funny how his "expert" tips always end with a link to his stove shop.'
    )
    assert covers(nlp, text, "Funny how his", "unattributed_claim"), marks(nlp, text)
    assert marks(nlp, '"Funny how?" she asked.') == []

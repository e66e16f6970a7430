"""Loaded words that generalise (issue 11 item 2, wordsAH): a firm or body renamed as a
kind of people it is not ("X Ltd, the sandwich merchants", "the bunting police", "its
clipboard cavalry"); figurative verbs and idioms of starving, killing, clubbing and
eviction said of what a body does ("starved the library for a decade", "put it out of
its misery", "took a cudgel to", "shown the door", "into the dark ages"); and quotation
marks that name a thing rather than doubt it (a named move with its article, words
written on a sign or a letter). The traps keep the literal senses: the timber
merchants, the traffic police, the fire brigade, a rodeo's cowboys, a vet and a fox, a
plough in clay, a pavilion demolished, a puppet theatre's puppets.

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers

from kit.lenses.loaded_quotes import (
    _PROMISED_BEFORE,
    _PROMISED_PARTICIPLE,
    _WRITTEN_ON_BEFORE,
)


def _marks(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Then there is Brackwater Catering, the sandwich merchants who won the contract "
         "without a rival bid.", "sandwich merchants"),
        ("The contract went to Dunmere Software, the county's favourite app merchants.",
         "app merchants"),
        ("Hollin Parking Ltd, the ticket men who will run the car park, did not reply.",
         "ticket men"),
        ("Having found nothing else to ban, the bunting police have turned to flags.",
         "bunting police"),
        ("These gutter-cleaning cowboys say they did what the parish asked.",
         "gutter-cleaning cowboys"),
        ("Its clipboard cavalry arrived on Monday to count the benches.", "clipboard cavalry"),
        ("The grammar police will not like this sentence.", "grammar police"),
    ],
)
def test_a_body_renamed_as_people_is_a_label(nlp, text, span):
    assert covers(nlp, text, span, "labeling"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gresham Wines, the wine merchants, opened a second shop in March.", "merchants"),
        ("Ashby Builders, the contractor, said the work would finish in May.", "contractor"),
        ("Marrick Homes, the developers, said the plan was sound.", "developers"),
        ("The fire brigade was called at midnight.", "brigade"),
        ("The traffic police closed the road for an hour.", "police"),
        ("The riot police moved in at dusk.", "police"),
        ("The rodeo drew cowboys from three counties, and the young cowboys rode first.",
         "cowboys"),
        ("Tom Hale and Ben Hale, the local men who found the hoard, will share the reward.",
         "men"),
        ("Several local men said the bridge had been closed since May.", "men"),
        ("The Household Cavalry rode past the palace.", "Cavalry"),
        ("The medieval merchants of the town built the guildhall.", "merchants"),
        ("The firm's caterers left at noon.", "caterers"),
        ("The puppets of the Fernhill Puppet Theatre were restored last year.", "puppets"),
    ],
)
def test_plain_names_for_bodies_and_trades_are_not_labels(nlp, text, word):
    assert not covers(nlp, text, word), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county, having starved the library for a decade, finally closed it.",
         "starved"),
        ("The county, having cut the route for years, finally put it out of its misery.",
         "out of its misery"),
        ("After twenty years as chairman, Mr Hale has been shown the door by the club.",
         "shown the door"),
        ("The board showed the finance director the door in March.", "the door"),
        ("The town council quietly strangled the fireworks display in a short notice.",
         "strangled"),
        ("The licensing committee took a cudgel to the festival's late licence.",
         "took a cudgel to"),
        ("Cutting the buses would plunge the valley back into the dark ages.", "dark ages"),
        ("The borough council has voted to flog the recreation ground to a developer.",
         "flog"),
    ],
)
def test_figures_of_killing_and_eviction_said_of_a_body_are_emotive(nlp, text, span):
    assert covers(nlp, text, span, "emotive"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The vet put the injured fox out of its misery.", "misery"),
        ("The landlord showed the salesman the door and went back to his supper.", "door"),
        ("The guards starved the prisoners for a week.", "starved"),
        ("The siege starved the town into surrender.", "starved"),
        ("Monks copied the manuscripts through the Dark Ages.", "Dark Ages"),
        ("The team ploughed through heavy clay for an hour.", "ploughed"),
        ("The committee voted to demolish the old pavilion.", "demolish"),
        ("The sailors were flogged for desertion.", "flogged"),
        ("He was flogged in public for theft.", "flogged"),
    ],
)
def test_literal_senses_of_those_figures_are_not_marked(nlp, text, word):
    assert not covers(nlp, text, word), _marks(nlp, text)


def test_a_defeat_told_as_destruction_is_still_marked(nlp):
    text = "Rovers demolished the visitors 5-0 in the cup final."
    assert covers(nlp, text, "demolished", "emotive"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('The children have practised "the Spider\'s Web" and "the Devil\'s Knot" for weeks.',
         "the Spider"),
        ('Residents were told to mark their letters "objection" and post them by Friday.',
         "objection"),
        ('One man held a sign reading "Fix the roads" outside the hall.', "Fix the roads"),
        ('The boxes stamped "fragile" were stacked by the door.', "fragile"),
    ],
)
def test_quoted_names_and_written_words_are_not_scare_quotes(nlp, text, quoted):
    assert not covers(nlp, text, quoted, "scare_quote"), _marks(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'The council also promised a "hedgerow plan" in May.',
        'The firm\'s long-promised "community hub" has not opened.',
        'The trust unveiled a "heritage experience" on Friday.',
    ],
)
def test_promised_things_are_still_scare_quotes(nlp, text):
    quoted = text.split('"')[1]
    assert covers(nlp, text, quoted, "scare_quote"), _marks(nlp, text)


def test_words_written_on_a_thing_need_the_thing():
    assert _WRITTEN_ON_BEFORE.search("Residents should mark the envelope ")
    assert _WRITTEN_ON_BEFORE.search("protesters carried placards that read ")
    assert not _WRITTEN_ON_BEFORE.search("The day marked a ")
    assert not _WRITTEN_ON_BEFORE.search("It marked the end of the ")


def test_promise_verbs_are_one_list_in_the_cues_lexicon():
    for before in ("promised a ", "pledges the ", "vowing a ", "announced a ", "offers a ",
                   "unveiled a ", "launches a ", "trumpeting a ", "touted a ", "heralds a "):
        assert _PROMISED_BEFORE.search("The firm " + before), before
    for before in ("its promised ", "the much-trumpeted ", "their vaunted ", "a long-pledged "):
        assert _PROMISED_PARTICIPLE.search(before), before
    assert not _PROMISED_BEFORE.search("The firm said a ")
    assert not _PROMISED_PARTICIPLE.search("its vowed ")

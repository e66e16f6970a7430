"""False hedge marks removed in the hedgeAO round (from round AN and the practice traps),
each with the hedging reading of the same word beside it (kit/lenses/hedging_abilities.py):

- a "could" time clause under a past verb ("before I could take my coat off", "since he
  could hold a pencil") or a fronted "Until 2009," against a possibility with a time
  phrase ("prices could rise by a fifth before Christmas");
- a capacity told by its count ("the overflow could hold 3 million litres", "could ship
  400,000 parcels a day") against a guess at how long or how much ("could take up to
  eight weeks", a forecast subject, a future word);
- "may" of a permission a class of people is given with its terms ("Spectators may walk
  the course until dusk", "where members may question the councillor") against a guess
  about what people will do ("Voters may punish the party", "Those patients may simply go
  without", "some smaller growers may not survive").

The traps are sentences of the practice articles; the positives are practice sentences
or written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


TRAPS = [
    # a point in time told by what someone was able to do
    ('"It was over before I could take my coat off."', "could"),
    (
        "The runner-up, Lefwin Harrowell, a retired lorry driver, performed a poem about his "
        "schooldays, and said he had written poems since he could hold a pencil.",
        "could",
    ),
    (
        "The panel's chair said the project had been \"approved before anyone could say what "
        'it was for".',
        "could",
    ),
    ("Until 2009, islanders could cross for two marks.", "could"),
    (
        "The rule was changed in 2019. Until then, members could hold paid advisory posts "
        "without listing the amounts, provided they named the employer.",
        "could",
    ),
    # a capacity told by its count
    (
        "The drones, which could carry up to two kilograms, flew a 9-kilometre route over the "
        "town centre at an altitude of about 90 metres.",
        "could",
    ),
    (
        'A spokesman said the overflow could hold 3 million litres and that dry-weather spills '
        'were "extremely rare".',
        "could",
    ),
    (
        "The centre employs about 3,100 people at peak and could ship 400,000 parcels a day "
        "in December.",
        "could",
    ),
    (
        "Solvaran's first wind farm, built in 2012, could power about 60,000 homes; "
        "Tarrowmouth would have supplied 1.3 million.",
        "could",
    ),
    # a permission a class of people is given, with its terms
    ("Spectators may walk the course until dusk, he said.", "may"),
    (
        "The ministry will publish new supply figures in May, and pharmacists may substitute "
        "an older drug if a doctor agrees.",
        "may",
    ),
    (
        "Residents may report hedgehog sightings to the wildlife group through its website, "
        "and the group will hold its next count in the first week of June.",
        "may",
    ),
    (
        "The plan will appear on the agenda of the council's scrutiny panel on 6 December, "
        "where members may question Councillor Ashwold.",
        "may",
    ),
    ("Mrs Kitchingham said children may come if they bring an adult.", "may"),
    (
        "It said it had written to every household and that residents may ask for a "
        "temporary move to another block while repairs are carried out.",
        "may",
    ),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_plain_senses_stay_unmarked(nlp, text, word):
    assert word not in hedge_words(nlp, text)


HEDGES = [
    # a possibility with a time phrase, no clause of its own
    (
        "Professor Hildric Drimbleton said the harvest would probably be the smallest since "
        "1976, and that bread prices could rise by a fifth before Christmas.",
        "could",
    ),
    ("She said further strike dates could be announced before Christmas.", "could"),
    ("He said the lead could change hands more than once before polling day.", "could"),
    (
        "A 200-year-old canal that has been dry since 1958 could carry boats again within "
        "five years, after the trust won £4.8 million.",
        "could",
    ),
    # a guess at how long or how much, a forecast, a future
    ("The contest would open on Monday and could take up to eight weeks.", "could"),
    ("Gusts could reach 80mph overnight.", "could"),
    ("Until 2019, prices could rise by up to 5%.", "could"),
    ("The new rules start in May. Until then, shoppers could face long queues.", "could"),
    ("The new plant could power 60,000 homes next year.", "could"),
    ("If it is built, the plant could power 60,000 homes.", "could"),
    # a guess about what people will do
    ("Voters may punish the party at the polls.", "may"),
    ("Voters may still change their minds.", "may"),
    ("Doctors may walk out, and hospitals will cancel operations.", "may"),
    ("Voters may send a message to the government at the next election.", "may"),
    ('"Those patients may simply go without."', "may"),
    ("Some smaller growers may not survive another season.", "may"),
    ("Commuters may face delays on the ring road.", "may"),
    (
        "Residents can join the meeting online on 6 May, and the administrators may sell the "
        "site as a single lot.",
        "may",
    ),
    ("Other factors, including drugs, may also play a part.", "may"),
    ("The association said the judges may appear generous early on.", "may"),
]


@pytest.mark.parametrize(("text", "word"), HEDGES)
def test_hedging_senses_stay_marked(nlp, text, word):
    assert word in hedge_words(nlp, text)

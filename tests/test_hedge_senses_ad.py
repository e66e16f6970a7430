"""Plain senses and missed marks of hedge and booster words (sensesAD): "always" of a
routine set in a slot that comes round (days of the week the tagger read as a time, a day
"of the month", "every Thursday", a person's working hours as a span of clock times);
"may" of a permission stated with a rule's terms (a cap on each use, a class's deadline,
a bar a grant lifts); "could" of a scheme's scope; and three marks that were missed: a
speaker's own certainty turned down ("I'm fairly sure"), "proved what ... had argued"
and "no ... ever". Each trap has a sentence of the same word that must stay marked.
Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


TRAPS = [
    # always of a routine in a slot that comes round
    ("The council will resurface Mill Road in June, and its crews always work between 7am and "
     "5pm on weekdays.", "boosters", "always"),
    ("The book club's members always meet on the second Tuesday of the month.", "boosters",
     "always"),
    ("The committee always meets on the last Friday of the month.", "boosters", "always"),
    ("The choir always rehearses every Thursday evening in the church hall.", "boosters",
     "always"),
    ("Our staff always work from 9am to 5pm, Monday to Friday.", "boosters", "always"),
    ("The ward's councillors always hold a surgery every Saturday morning.", "boosters",
     "always"),
    # may of a permission with a rule's terms
    ("The water company may dig up the road for two weeks at a time during the works.",
     "hedges", "may"),
    ("The ferry company may close the slipway for up to four hours at a time while the ramp "
     "is repaired.", "hedges", "may"),
    ("Objectors may ask the council to reconsider a decision within 30 days.", "hedges", "may"),
    ("Landlords may ask the tribunal to look again at a ruling within 14 days.", "hedges",
     "may"),
    ("Detectorists may not dig on farmland without the owner's consent.", "hedges", "may"),
    ("Walkers may not camp on the common without the warden's permission.", "hedges", "may"),
    # could of what a scheme lets people do
    ("The trust is testing a scheme in which pharmacists could treat minor infections without "
     "a GP appointment.", "hedges", "could"),
    ("The league agreed a deal under which each club could sign two more players.", "hedges",
     "could"),
    ("Hospitals set up a system where nurses could prescribe common drugs.", "hedges", "could"),
    # the speaker's certainty turned down is a hedge, not a booster
    ("I'm fairly sure that the plan will fail.", "boosters", "sure"),
    # guards: "proved" that is "turned out", a "what" with no claim, "no" of one event
    ("The new timetable proved popular with commuters.", "boosters", "proved"),
    ("The test proved what a good player she was.", "boosters", "proved"),
    ("No passengers were hurt in the crash.", "boosters", "no passengers"),
    ("It was a fault no engineer had ever seen.", "boosters", "no engineer"),
]

MARKED = [
    ("We always put safety first.", "boosters", "always"),
    ("She has always denied it.", "boosters", "always"),
    ("The minister always arrives late.", "boosters", "always"),
    ("Politicians always arrive at 9am with a new excuse.", "boosters", "always"),
    ("Landlords always blame tenants at the end of the month.", "boosters", "always"),
    ("He always lies to voters on the first day of the campaign.", "boosters", "always"),
    ("The opposition always objects at every council meeting.", "boosters", "always"),
    ("Politicians always lie to us every day.", "boosters", "always"),
    ("The book club meets each month, and its members always bring cake.", "boosters",
     "always"),
    ("The regulator may publish its own findings; we will publish ours regardless.", "hedges",
     "may"),
    ("The bank may raise interest rates within three months.", "hedges", "may"),
    ("Prices may rise within weeks.", "hedges", "may"),
    ("Voters may punish the party within two years.", "hedges", "may"),
    ("Storms may close the coast road for days at a time this winter.", "hedges", "may"),
    ("Residents may not like the plan without more consultation.", "hedges", "may"),
    ("Ministers described a plan under which families could lose their benefits.", "hedges",
     "could"),
    ("Experts warned of a world in which robots could replace teachers.", "hedges", "could"),
    ("The scheme could save the trust millions.", "hedges", "could"),
    ("The gardener, who I'm fairly sure has never pruned a rose, sent us a bill.", "hedges",
     "fairly sure"),
    ("I'm pretty sure the council knew about the leak.", "hedges", "pretty sure"),
    ("We are reasonably confident that the figures are right.", "hedges",
     "reasonably confident"),
    ("I am certain that the van had gone.", "boosters", "certain"),
    ("The coroner said the report proved what the family had argued for years.", "boosters",
     "proved"),
    ("The inquest confirmed what the neighbours had suspected.", "boosters", "confirmed"),
    ("Nobody was injured, and no visitor was ever in danger.", "boosters", "no visitor"),
    ("No ride has ever failed a safety inspection at the park.", "boosters", "no ride"),
]


@pytest.mark.parametrize("text, group, word", TRAPS)
def test_plain_sense_stays_unmarked(nlp, text, group, word):
    assert word not in marks(nlp, text, group)


@pytest.mark.parametrize("text, group, word", MARKED)
def test_same_word_of_a_claim_stays_marked(nlp, text, group, word):
    assert word in marks(nlp, text, group)


def test_softened_certainty_is_not_a_booster(nlp):
    doc = nlp("I'm fairly sure that the plan will fail.")
    assert [s.text for s in doc.spans["hedges"]] == ["fairly sure"]
    assert [s.label_ for s in doc.spans["hedges"]] == ["phrase"]

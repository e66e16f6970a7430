"""Loaded recall on unseen text (issue 12, loadedQ2): families, not phrases. A fresh
probe batch written before the rules, with names and topics not in data/; each sentence
in MARKED was missed on main (the batch held 21 sentences, of which main marked 6; those
are left out). GUARDS are literal or neutral look-alikes (8 of the batch's 9; the ninth,
"The vet treated the calves like cattle twice their age", is an older entry's false mark,
left alone).

Families (kit/lenses/loaded_outcry.py, kit/lenses/judgement_quoted.py and the loadedQ2
block of kit/lexicons/loaded.yaml):

- outcry and wounded feeling in a speaker's quoted words: "pure lunacy", "insulted",
  "appalled", "educational butchery"; a trait adjective closing a short partial quote:
  'had grown "petty and spiteful"';
- businesses put down as shady or cheap: "a fly-by-night operation";
- vehicles sneered at as wrecks: "clapped-out", "a rust bucket";
- official language dismissed as jargon: "bureaucratese", "management-speak";
- emphasis that shuts out rivals in a ranking: "bar none", "by a country mile",
  "hands down";
- blows to the body "round the face";
- people and firms crowned with words of wonder: "the spreadsheet wizard", "the little
  gem of the hills".

A second family, written first as its own batch of 6 claims and 3 guards (main 0/6):
the writer's stance clause beside a cue that reports nothing it says
(kit/lenses/loaded_clauses.py): "..., and the directors, it seems, filed the letter",
"is hardly a model of openness: in June it announced ...", "apparently, thought nobody
would notice".
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ('A caretaker said the plan to shut the gym at weekends was "pure lunacy".', "lunacy"),
    ('"Locking the towpath gate at dusk is insanity," a jogger told the Bugle.', "insanity"),
    ("One tenant said she felt \"insulted\" by the agent's second letter.", "insulted"),
    ('Stallholders were "appalled" by the new pitch fees, their chairman said.', "appalled"),
    ('A parent called the new timetable "educational butchery" at the meeting.', "butchery"),
    ('A retired nurse said the emails had grown "petty and spiteful".', "spiteful"),
    ("The contract went to a fly-by-night operation with no depot and no vans.",
     "fly-by-night operation"),
    ("Commuters on the Grisby line still ride in clapped-out carriages that leak when it "
     "rains.", "clapped-out"),
    ("The school bus, a wheezing rust bucket from the last century, failed its test on "
     "Friday.", "rust bucket"),
    ("Behind the bureaucratese lies a simple cut of six posts.", "bureaucratese"),
    ("The guidance is written in impenetrable management-speak that no parent can follow.",
     "management-speak"),
    ("The Tolbridge pasties are, bar none, the finest in the county.", "bar none"),
    ("The new cinema beats the old one by a country mile.", "by a country mile"),
    ("Their sourdough is, hands down, the best loaf on the market.", "hands down"),
    ("For the stallholders the rent rise came as a slap round the face.",
     "slap round the face"),
    # a third small batch (2 claims, 3 guards; main 0/2): people and firms crowned
    ("The spreadsheet wizard behind the council's budget has left for a bank.", "wizard"),
    ("Pellow's Dairy, the little gem of the Arrowdale hills, has opened a second shop.",
     "gem of the"),
]

GUARDS = [
    "The museum's new show, \"Madness and Medicine\", opens in May.",
    "The court accepted a plea of insanity from the defendant in 1952.",
    "The butchery course at the college teaches students to joint a lamb.",
    "Ravi wore a cowboy outfit to the fancy-dress party.",
    "Put your hands down and listen, the teacher told the class.",
    "She has previous experience of running a market stall.",
    'She said the soup was "too salty" and the bread "stale".',
    "The old bucket was full of rust and rainwater.",
    "The wizard in the school pantomime forgot his wand.",
    "The maestro raised his baton and the orchestra began.",
    "The divers found a pearl of unusual size in the oyster bed.",
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_marked(nlp, text, word):
    found = loaded(nlp, text)
    assert any(word in t for t, _ in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_guards(nlp, text):
    assert loaded(nlp, text) == []


CLAUSES = [
    ("The landlord, apparently, thought nobody would notice the damp.",
     "The landlord, apparently, thought nobody would notice the damp."),
    ("The trustees, it seems, believed the members would never read the accounts.",
     "The trustees, it seems, believed the members would never read the accounts."),
    ("Nurses warned the board about the rota in spring, and the directors, it seems, filed "
     "the letter and forgot it.", "the directors, it seems, filed the letter and forgot it."),
    ("The water company is hardly a model of openness: in June it announced a review that "
     "never took place.", "The water company is hardly a model of openness"),
    ("Parents complained for months, and the governors, naturally, blamed the weather.",
     "the governors, naturally, blamed the weather."),
    ("The club is not exactly a beacon of candour: last year it claimed the pitch was safe.",
     "The club is not exactly a beacon of candour"),
]

CLAUSE_GUARDS = [
    "Officials, apparently, believe the bridge is safe.",
    "The bakers said the oven had failed, and the owner, it seems, agreed to replace it.",
    "Residents complained about the noise, and the council said it would act.",
]


@pytest.mark.parametrize(("text", "claim"), CLAUSES)
def test_stance_clause_beside_a_cue(nlp, text, claim):
    assert (claim, "unattributed_claim") in loaded(nlp, text)


@pytest.mark.parametrize("text", CLAUSE_GUARDS)
def test_reported_clauses_stay_reported(nlp, text):
    assert loaded(nlp, text) == []


# Written after the rules above and scored once (13 sentences, 6 guards): the branch
# marked 13/13 (main 3/13 by the same loose test, whose "officialese" was only inside a
# claim) with 1 false guard, "..., and the chair, it seems, will resign in May", since
# guarded (a stance clause told with a modal is the report going on). Main's two hits
# on claims are left out here; the rest are kept as tests.
AFTER = [
    ('A market trader said the new parking charges were "sheer idiocy".', "idiocy"),
    ('The head teacher said she was "horrified" by the state of the playing field.',
     '"horrified"'),
    ('One resident described the letters from the agency as "cold and callous".', "callous"),
    ('"Turning the orchard into a car park is madness," a beekeeper said.', "madness"),
    ("The repairs were handed to a shambolic outfit from out of town.", "shambolic outfit"),
    ("Pupils are still carried to school in a clapped-out minibus.", "clapped-out"),
    ("The consultation paper is a masterpiece of officialese.", "officialese"),
    ("Their fish pie is, bar none, the best in the harbour.", "bar none"),
    ("The closure of the clinic was a kick in the stomach for the village.",
     "kick in the stomach"),
    ("The planning board is hardly a paragon of patience: last week it announced a fresh "
     "delay.", "The planning board is hardly a paragon of patience"),
    ("The festival's booking whizz has moved to a theatre in the north.", "whizz"),
]

AFTER_GUARDS = [
    "The hospital museum holds records of madness and its treatment in the 1800s.",
    "He dressed in a cowboy outfit for the rodeo parade.",
    "The farmer kept his hands down by his sides as the judge spoke.",
    "The old minibus was sold at auction in June.",
    "The committee said the report was late, and the chair, it seems, will resign in May.",
    "A diver found a gem of rare colour in the wreck.",
]


@pytest.mark.parametrize(("text", "mark"), AFTER)
def test_after_batch(nlp, text, mark):
    assert mark in [t for t, _ in loaded(nlp, text)]


@pytest.mark.parametrize("text", AFTER_GUARDS)
def test_after_guards(nlp, text):
    assert loaded(nlp, text) == []


# A fourth batch, written first (5 sentences, main 1/5; 4 guards, none false before or
# after): people treated as goods, and hidden aims told as unmasked (the loadedQ2 lines
# of kit/lexicons/judgement_words.yaml and kit/lexicons/press_idioms.yaml).
UNMASKED = [
    ('A commuter said the rail firm treated passengers "like freight".', "freight"),
    ("With its latest letter to tenants, the housing board has tipped its hand.",
     "tipped its hand"),
    ("The mayor's office has finally shown its true colours on the bypass.",
     "shown its true colours"),
    ("At the hearing the mask slipped, and the company's real plan came out.",
     "mask slipped"),
]

UNMASKED_GUARDS = [
    "The porter treated the parcels like luggage bound for the hold.",
    "She showed her hand to the poker table and collected the pot.",
    "The school flag shows its true colours again after a wash.",
    "The surgeon's mask slipped during the operation.",
]


@pytest.mark.parametrize(("text", "words"), UNMASKED)
def test_goods_and_masks(nlp, text, words):
    assert any(words in t and label == "emotive" for t, label in loaded(nlp, text))


@pytest.mark.parametrize("text", UNMASKED_GUARDS)
def test_goods_and_masks_guards(nlp, text):
    assert loaded(nlp, text) == []


# A fifth batch, written first (4 claims, main 0/4; 4 guards, none false before or
# after): sarcastic redefinitions (kit/lenses/judgement_redefinitions.py).
REDEFINED = [
    ('"Streamlining", in the language of the board, is code for sacking the cleaners.',
     '"Streamlining", in the language of the board, is code for sacking the cleaners.'),
    ("Efficiency, apparently, now means closing the reading room on Saturdays.",
     "Efficiency, apparently, now means closing the reading room on Saturdays."),
    ('In the trust\'s annual report, "restructuring" is a polite word for shutting two '
     'wards.', '"restructuring" is a polite word for shutting two wards.'),
    ("Flexibility, it seems, now means working Sundays for no extra pay.",
     "Flexibility, it seems, now means working Sundays for no extra pay."),
]

REDEFINED_GUARDS = [
    "Curling, for the uninitiated, involves sliding heavy stones along the ice.",
    "GP is shorthand for general practitioner.",
    "The new rule, apparently, now means buses stop at ten.",
    "She wrote the code for the booking system in a weekend.",
]


@pytest.mark.parametrize(("text", "claim"), REDEFINED)
def test_redefinitions(nlp, text, claim):
    assert (claim, "unattributed_claim") in loaded(nlp, text)


@pytest.mark.parametrize("text", REDEFINED_GUARDS)
def test_redefinition_guards(nlp, text):
    assert loaded(nlp, text) == []


# Written after the fourth and fifth batches' rules and scored once (4 sentences, 3
# guards): 3/4 marked, 0/3 false; the miss ("Choice, apparently, now means paying ...":
# the capital opening the sentence tagged as a name) was fixed after scoring.
AFTER_2 = [
    ('A porter said the hotel chain treated its night staff "like baggage".', "baggage"),
    ("By cancelling the survey, the water board has shown its hand.", "shown its hand"),
    ('"Rebalancing", in the minister\'s vocabulary, is shorthand for cutting rural bus '
     "routes.", "is shorthand for cutting rural bus routes."),
    ("Choice, apparently, now means paying twice for the same parking space.",
     "now means paying twice"),
]

AFTER_2_GUARDS = [
    "The airline lost her baggage in Lisbon.",
    "He raised his hand to vote in favour.",
    'The word "fortnight" is shorthand for fourteen nights.',
]


@pytest.mark.parametrize(("text", "words"), AFTER_2)
def test_after_batch_2(nlp, text, words):
    assert any(words in t for t, _ in loaded(nlp, text))


@pytest.mark.parametrize("text", AFTER_2_GUARDS)
def test_after_batch_2_guards(nlp, text):
    assert loaded(nlp, text) == []

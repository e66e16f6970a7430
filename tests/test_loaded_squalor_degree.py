"""Round J's classes on new prose (issue 11, loadedJ): places told as squalor, a war or a
pen (kit/lexicons/judgement_force.yaml, figure_noun "squalor", frames in
kit/lenses/judgement_force.py), hells and foretold disasters with no literal sense, and
adverbs of an evaluative feeling as degree (kit/lexicons/loaded.yaml).

Every sentence here was written for this file (none comes from data/). Each class has a
sentence that must get the mark and a literal look-alike that must get none.
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    # a place figure as a predicate, what something turned into, a likeness, a naming
    ("Since the roadworks began, Fenwick Road has become a war zone.", "war zone"),
    ("By the second night the car park had turned into a swamp.", "swamp"),
    ("After a month of drilling the square looks like a battlefield.", "battlefield"),
    ("Parents described the changing rooms as a pigsty.", "pigsty"),
    ("The staff room had become a zoo by lunchtime.", "zoo"),
    ("Residents say the care home feels like a prison.", "prison"),
    # hells and certain disasters, in any frame
    ("Inspectors found the ponies kept in a hellhole behind the garage.", "hellhole"),
    ("Cyclists call the new junction a death trap.", "death trap"),
    ("The unlit underpass is an accident waiting to happen.", "accident waiting to happen"),
    # an adverb of feeling as degree before an adjective
    ("The council's booking website is maddeningly slow.", "maddeningly"),
    ("The landlord is notoriously hard to reach.", "notoriously"),
    ("The airline's refunds were lamentably slow.", "lamentably"),
]

TRAPS = [
    # real war zones, swamps, zoos, prisons and pigsties
    "Aid workers entered the war zone after the ceasefire, the army said.",
    "The reserve is a swamp where herons nest every spring.",
    "Visitors to the zoo can feed the penguins at noon.",
    "The castle was used as a prison until 1820.",
    "The farmer built a new pigsty for his three sows.",
    "Police raided a drug den in the town centre and arrested two men.",
    # a legal degree, and a feeling adverb of a verb
    "The company was found criminally negligent by the jury.",
    "She spoke movingly about her father at the funeral.",
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_figure_or_degree_is_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert any(word in span and label in ("emotive", "intensifier") for span, label in marks), marks


@pytest.mark.parametrize("text", TRAPS)
def test_literal_look_alike_is_not_marked(nlp, text):
    assert loaded(nlp, text) == []


# -- squalor adjectives, manner told as a verdict, stance labels, home-comfort experts --
WORDS = [
    ("Inspectors found the ponies in a fetid barn.", "fetid", "emotive"),
    ("The tenants live in a rat-infested block by the ring road.", "rat-infested", "emotive"),
    ("The chairman gave a glib answer about the overspend.", "glib", "emotive"),
    ("The bank issued a perfunctory apology to its customers.", "perfunctory", "emotive"),
    ("The usual vegan cranks wrote in to complain.", "cranks", "labeling"),
    ("Sofa pundits on the radio blamed the goalkeeper.", "Sofa pundits", "labeling"),
]

WORD_TRAPS = [
    "The vet cleaned the festering wound on the pony's leg.",
    "He turned the crank to raise the bucket from the well.",
    "The shop sells covers to sofa makers in the north.",
    "The band's keyboard player left the group in March.",
]


@pytest.mark.parametrize(("text", "word", "label"), WORDS)
def test_word_class_is_marked(nlp, text, word, label):
    assert (word, label) in loaded(nlp, text)


@pytest.mark.parametrize("text", WORD_TRAPS)
def test_word_class_look_alike_is_not_marked(nlp, text):
    assert loaded(nlp, text) == []


def test_wealth_as_a_sneer_at_people_not_at_a_balance_sheet(nlp):
    assert ("well-heeled campaigners", "labeling") in loaded(
        nlp, "The well-heeled campaigners live in the big houses by the green."
    )
    assert loaded(nlp, "Cash-rich firms are buying up their smaller rivals.") == []

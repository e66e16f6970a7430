"""Loaded language read by its form (loadedV2, learned from round V).

Blind annotators choose loaded words that appear nowhere in data/, so these rules read
the shape of a charged phrase instead of listing its words: an "-ly" adverb of attitude
on a verb of speech, a degree adverb coined from an "-ing" word, an apposition opened by
a demonstrative, a jingling compound, a swagger said of a body or of an occasion,
borrowing told as theft, the writer's guess set off by commas, a faculty belittled, the
readers addressed with a verdict, and "That did not stop them".

Every sentence here was written for this file (none comes from data/). Each form has
sentences that must be marked and look-alikes (literal senses, plain manner, quotes of
a thing) that must stay unmarked.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, label: str | None = None) -> list[str]:
    return [s.text for s in nlp(text).spans["loaded"] if label is None or s.label_ == label]


MARKED = [
    # an -ly adverb of attitude on a person's verb of speech (judgement.py)
    ("The mayor airily dismissed questions about the cost.", "airily", "emotive"),
    ("The chairman grandly described the merger as a rescue.", "grandly", "emotive"),
    ("Councillor Pike sheepishly admitted that the forms had been lost.", "sheepishly", "emotive"),
    ("The landlord breezily assured tenants that the damp was cosmetic.", "breezily", "emotive"),
    ("The head of the trust loftily declined to comment.", "loftily", "emotive"),
    # a degree adverb coined from an -ing word, before an adjective (judgement.py)
    ("The bonus was thumpingly generous.", "thumpingly", "intensifier"),
    ("It was an eye-wateringly expensive lunch.", "eye-wateringly", "intensifier"),
    # an apposition opened by a demonstrative (judgement.py)
    ("The pension funds, those sleepy custodians of other people's money, voted yes.",
     "those sleepy custodians of other people's money", "labeling"),
    ("The chairman, that great survivor of three mergers, kept his seat.",
     "that great survivor of three mergers", "labeling"),
    # a jingling compound (judgement_traits.py)
    ("The ministry spent the summer dilly-dallying over the forms.", "dilly-dallying", "emotive"),
    ("The committee's response was wishy-washy.", "wishy-washy", "emotive"),
    ("The chief executive pooh-poohed the survey.", "pooh-poohed", "emotive"),
    # a swagger of a body, or of a person into an occasion (judgement_sarcasm.py)
    ("The water board sauntered into the hearing an hour late.", "sauntered", "emotive"),
    ("The new director waltzed into the job without an interview.", "waltzed", "emotive"),
    # borrowing told as theft, with a work as what was taken (judgement_words.py)
    ("The autumn collection filched the older house's silhouette.", "filched", "emotive"),
    ("The rival cafe swiped the whole menu.", "swiped", "emotive"),
    # readers addressed with a verdict (loaded.yaml)
    ("Thank you, you wonderful readers, for every pound.", "you wonderful readers", "labeling"),
]  # fmt: skip

CLAIMS = [
    # the writer's guess set off by commas (judgement_devices.py)
    "The sponsors were promised a bigger stage next year. So, we suspect, will the fans.",
    "The answer, I fancy, is that nobody read the report.",
    # a where/when/why question asked aloud in a comment clause (judgement_asides.py)
    "And where, you may ask, has the regulator been all this time?",
    # a faculty belittled (claims.yaml)
    "The minister has a shaky grasp of the figures.",
    "The council has a touchingly flexible relationship with the truth.",
    # what should have stopped people, told as not stopping them (claims.yaml)
    "Most of the members said they were unhappy. That did not stop them voting yes.",
    "None of it deterred the board.",
]

TRAPS = [
    # plain manner, time, channel or feeling on a verb of speech
    "The minister publicly said she would resign.",
    "She tearfully told the court what had happened.",
    "The council later confirmed the closure.",
    "The spokesman categorically denied the report.",
    # a thing's verb, not a person's
    "The report briefly describes the damage to the roof.",
    # -ingly words that are no intensifier
    "The climb is increasingly difficult.",
    "The repairs were surprisingly cheap.",
    # an apposition of a thing, or with the demonstrative as its head
    "The winter of 1963, that long cold spell, froze the canal.",
    "We visited the two sites, those in Leeds and York, on Monday.",
    # jingles that name a thing, a game or a sound, and rhymes that are plain compounds
    "The youth club bought a ping-pong table and a see-saw.",
    "Dancers filled the hip-hop night at the hall.",
    "The path takes a zig-zag route up the hill.",
    "The ferry makes a four-hour crossing.",
    # a walk in a place
    "Walkers sauntered along the canal towpath.",
    "She strolled into the park with her dog.",
    "The couple waltzed across the ballroom floor.",
    # a real theft, or a physical pinch
    "A thief swiped her bank card at the till.",
    "Burglars pinched the design sketches from the studio safe.",
    "He pinched the bridge of his nose.",
    "A magpie pilfered a ring from the windowsill.",
    # a guess that is a source, or a forecast
    "The ferry, we understand, will run on Sunday.",
    # a definition asked aloud is a signpost
    "What, you might ask, is a levy? It is a charge on every home.",
    # a faculty praised, or a plain record
    "She has a keen sense of smell.",
    "The team has a poor record at home.",
    "Residents have a long relationship with the mill.",
    # "you" with an age, a number or a plain kind; a verb after "you"
    "If you young drivers want a discount, apply now.",
    "Do you represent people in the valley?",
    # a thing stopped, or no person
    "The rain did not stop the parade.",
    "That did not stop the leak.",
    "That stopped the leak within an hour.",
]


@pytest.mark.parametrize(("text", "word", "label"), MARKED)
def test_marked(nlp, text, word, label):
    found = marks(nlp, text, label)
    assert any(word in m for m in found), (text, found)


@pytest.mark.parametrize("text", CLAIMS)
def test_claims(nlp, text):
    assert marks(nlp, text, "unattributed_claim"), text


@pytest.mark.parametrize("text", TRAPS)
def test_traps(nlp, text):
    assert marks(nlp, text) == [], text


def test_jingles_by_form():
    from kit.lenses.judgement_traits import jingles

    for first, second in [("namby", "pamby"), ("hoity", "toity"), ("argy", "bargy"),
                          ("mumbo", "jumbo"), ("riff", "raff"), ("tittle", "tattle")]:
        assert jingles(first, second), (first, second)
    for first, second in [("four", "hour"), ("night", "flight"), ("thin", "skin"),
                          ("long", "term"), ("well", "being")]:
        assert not jingles(first, second), (first, second)

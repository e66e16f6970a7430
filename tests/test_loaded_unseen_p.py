"""Loaded recall on unseen text (issue 11, loadedP1): gates that lost words the lexicons
already knew, and character judgements of people (trait adjectives and hyphenated
character compounds).

The near misses came from ``benchmarks/near_misses.py`` on the 112 practice keys: keyed
loaded items the kit missed although a lexicon word stood inside them. Each gate was
relaxed in a general way, with a literal-sense guard:

- a count of people stands for them ("a handful of grumblers", not "a handful of sand");
- a "to" clause of purpose takes its subject from the clause it hangs on ("have taken to
  social media to moan about");
- a trait adjective the tagger reads as a noun modifier still premodifies its person
  ("the tireless former advertising man");
- a compound ending in a person word is a person ("the pompous headmaster");
- a doubled consonant before "-er" ("planners") still makes an agent noun;
- "cold comfort" has no literal sense, so it needs no pledge noun as subject, and any
  comfort phrase may be said of "that" (the offer just told);
- a passive of force with a person or body as its doer is a grievance told as force
  without "feel" ("mugged off by the town hall", not "mugged by two youths");
- critics filed under a kind by an ironic disjunct are labelled ("The doubters,
  naturally, are out in force"), and the critic nouns that sneer on their own
  ("grumblers", "the usual suspects") are labels (not "police rounded up the usual
  suspects").

New: trait adjectives of personality research (vice and virtue, kit/lexicons/judgement.yaml)
and hyphenated character compounds built from their parts
(kit/lenses/judgement_traits.py), with neutral compounds as guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from practice_text import crowded_classes, practice_text, seen_in

from kit.lexicon import load_yaml

LEXICONS = Path(__file__).resolve().parent.parent / "kit" / "lexicons"


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


#: The first probe batch, written before any rule: main marked 21 of 32; these are the
#: ones it missed that the branch marks.
MARKED = [
    ("Hard-faced accountants at Brackley Foods axed the staff canteen.", "Hard-faced"),
    ("The pompous headmaster lectured parents for an hour.", "pompous"),
    ("The usual suspects turned out to oppose the cycle lane.", "usual suspects"),
    (
        "The refund will be cold comfort to stranded passengers.",
        "cold comfort to stranded passengers",
    ),
    ("The grumblers on the parish council have found a new target.", "grumblers"),
    ("The council timidly backed away from the plan.", "timidly"),
    ("The cocky young striker mouthed off at the referee.", "cocky"),
    ("Pig-headed planners rejected the bakery's extension.", "Pig-headed"),
    ("Mean-spirited officials fined a girl for her lemonade stall.", "Mean-spirited"),
    # the near misses of the practice keys, in new sentences
    (
        "Chief executive Orla Penhale, the tireless former banker who runs the port, "
        "smiled for the cameras.",
        "tireless",
    ),
    (
        "A handful of grumblers from the allotment society have taken to local radio to "
        "moan about the new rules.",
        "moan",
    ),
    ("A handful of grumblers from the allotment society wrote to the paper.", "grumblers"),
    ("For the tenants, that is cold comfort.", "cold comfort"),
    ("Brenmouth's hard-grafting fishermen have been mugged off by the town hall again.", "mugged"),
    ("Brenmouth's hard-grafting fishermen wrote to the council.", "hard-grafting"),
    (
        "A letter from the curtain-twitching neighbours of the pub carried 40 names.",
        "curtain-twitching",
    ),
    ("The sceptics, predictably, are out in force.", "The sceptics"),
    ("The plucky volunteers of Ottery Vale have waited a decade for this bridge.", "plucky"),
    ("The parish was bulldozed by the county council.", "bulldozed"),
    ("The trustees were stony-hearted.", "stony-hearted"),
]

GUARDS = [
    ("Long-serving councillor Ada Brim retired after thirty years.", None),
    ("The well-known author signed books at the library on Saturday.", None),
    ("English-speaking staff will be on hand at the terminal.", None),
    ("First-time buyers can apply for the scheme from Monday.", None),
    ("The record-breaking runner finished in just over two hours.", None),
    ("A blue-eyed boy and a left-handed batsman joined like-minded fans.", None),
    ("Divers made a vain attempt to reach the wreck.", None),
    ("A handful of sand blew across the track.", None),
    ("Police rounded up the usual suspects after the robbery.", None),
    ("A pensioner was mugged by two youths in the high street.", None),
    ("It is cold outside, and comfort is scarce.", None),
    ("Naturally, fans celebrated the win.", None),
    ("Metal-working firms hired home-working staff.", None),
    ("Hard-faced concrete blocks line the road.", None),
    ("The talisman was lost at sea.", None),
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_marked(nlp, text, word):
    found = loaded(nlp, text)
    # the word itself, or a short claim around it (not a whole sentence that holds it)
    near = [s for s, _ in found if len(s.split()) <= len(word.split()) + 4]
    assert any(word.lower() in s.lower() for s in near), found


@pytest.mark.parametrize(("text", "word"), GUARDS)
def test_guard(nlp, text, word):
    assert loaded(nlp, text) == []


def test_trait_compound_labels_a_group_and_judges_a_subject(nlp):
    doc = nlp("Penny-pinching trustees and pig-headed planners met on Monday.")
    spans = [s for s in doc.spans["loaded"] if s.text.lower() == "pig-headed planners"]
    assert spans and spans[0].label_ == "labeling"
    said = nlp("The trustees were pig-headed.").spans["loaded"]
    assert ("pig-headed", "emotive") in [(s.text, s.label_) for s in said]


def test_trait_classes_are_mostly_unseen():
    """At least half of each open class (new vice and virtue adjectives, compound first
    parts and habits) is unseen in the practice text."""
    # the first parts of a compound ("hard", "cold", "two") are everyday words, seen
    # everywhere on their own: what is new is the compound, checked below
    assert crowded_classes(LEXICONS / "judgement_traits.yaml", skip=("character_first",)) == []
    traits = load_yaml((LEXICONS / "judgement_traits.yaml").read_text(encoding="utf-8"))
    firsts = [w for ws in traits["character_first"].values() for w in ws]
    parts = [w for ws in traits["faculty_part"].values() for w in ws]
    compounds = [f"{a}-{b}" for a in firsts for b in parts]
    assert sum(seen_in(practice_text(), c) for c in compounds) <= len(compounds) / 2
    data = load_yaml((LEXICONS / "judgement.yaml").read_text(encoding="utf-8"))
    entries = data["classes"]["judgement_adjective"]["entries"]
    corpus = practice_text()
    for category in ("vice", "virtue"):
        words = [e["word"] if isinstance(e, dict) else e for e in entries[category]]
        seen = [w for w in words if seen_in(corpus, w)]
        assert len(seen) <= len(words) / 2, (category, seen)

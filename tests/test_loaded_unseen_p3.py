"""Loaded recall on unseen text (issue 11, loadedP3): families, not phrases. A fresh
probe batch in tabloid, partisan and press-release voices, with names and topics not in
data/; each sentence in MARKED was missed on main (the batch held 26 sentences, of which
main marked 7; those are left out). GUARDS are literal or neutral look-alikes.

Families (kit/lenses/judgement_sarcasm.py, kit/lexicons/judgement_sarcasm.yaml, and the
loadedP3 block of kit/lexicons/loaded.yaml):

- sarcasm frames in the writer's voice: "Flexible, that is, if you enjoy ...", "has an odd
  way of showing it", "Of course they X. They just ignored ...", "Nine spaces. For a
  hospital.";
- false dilemmas: "face a stark choice: A, or B";
- con and idleness verbs said of people: "were fleeced", "were ripped off", "sunning
  herself"; people left to bear a cost: "left licking their wounds";
- labels and act nouns: "smooth-talking developer", "fob-offs", "sacrilege", "a sweetener
  to keep residents quiet"; promotional praise: "irresistible", "sublimely".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from practice_text import crowded_classes, practice_text, rounds_since, seen_in

ROOT = Path(__file__).resolve().parents[1]


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ("The council calls the new bin rota flexible. Flexible, that is, if you enjoy storing "
     "rubbish in your hallway for a fortnight.", "that is, if you"),
    ("For an airline that boasts of putting families first, Skyvane has a funny way of "
     "showing it.", "funny way of showing it"),
    ("The water board insists it cares about the river. It has an odd way of showing it.",
     "odd way of showing it"),
    ("Of course the trustees consulted the members. They just ignored every single answer.",
     "Of course"),
    ("The hospital trust promised a new car park. Nine spaces. For a hospital.", "Nine spaces"),
    ("Ministers announced a rescue package for the pier. Eleven thousand pounds. For a "
     "landmark.", "Eleven thousand pounds"),
    ("Ministers face a stark choice: back the nurses, or betray every patient in the county.",
     "stark choice"),
    ("The board has a simple choice: sack the chief executive or lose the fans for good.",
     "simple choice"),
    ("The choice for councillors is simple: protect the meadow, or sell out to the "
     "developers.", "choice"),
    ("Passengers were fleeced by the ferry operator all summer.", "fleeced"),
    ("The chief executive was spotted sunning herself in Marbella as the layoffs began.",
     "sunning herself"),
    ("Small traders have been left licking their wounds after the festival moved to the "
     "coast.", "licking their wounds"),
    ("Pensioners were ripped off by the energy broker for years.", "ripped off"),
    ("A smooth-talking developer promised the village a new school.", "smooth-talking"),
    ("Tenants have had nothing but fob-offs from the letting agency.", "fob-offs"),
    ("The new tower is an act of sacrilege against the old market square.", "sacrilege"),
    ("The £500 payment is a sweetener to keep residents quiet.", "sweetener"),
    ("The bakery's heavenly cinnamon buns are utterly irresistible.", "irresistible"),
    ("Guests can enjoy a sublimely indulgent afternoon tea on the terrace.", "sublimely"),
]

GUARDS = [
    ("The cat was sunning itself on the garden wall.", "sunning"),
    ("She cashed in her premium bonds to pay for the roof.", "cashed"),
    ("He ripped off the bandage and checked the cut.", "ripped"),
    ("The injured fox was licking its wounds under the hedge.", "licking"),
    ("Diners have a choice of fish or chicken.", "choice"),
    ("Customers can choose between a monthly or an annual plan.", "choose"),
    ("The insurer will pick up the bill for the repairs.", "pick up the bill"),
    ("The children were left to play in the walled garden.", "left"),
    ("The baker added a sweetener to the sugar-free loaf.", "sweetener"),
    ("Graves at the churchyard were daubed with paint in an act of desecration, police said.",
     "desecration"),
    ("Nine spaces were added to the car park in March.", "Nine spaces"),
    ("Of course, the library will be closed on Monday.", "Of course"),
    ("The seals were basking on the rocks below the lighthouse.", "basking"),
    ("The bypass, where the council wants to add a cycle lane.", "wants to"),
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_family_marked(nlp, text: str, word: str) -> None:
    marks = loaded(nlp, text)
    assert any(word.lower() in m.lower() for m, _ in marks), marks


@pytest.mark.parametrize(("text", "word"), GUARDS)
def test_literal_unmarked(nlp, text: str, word: str) -> None:
    marks = loaded(nlp, text)
    assert not any(word.lower() in m.lower() or m.lower() in word.lower() for m, _ in marks), marks


def test_sarcasm_classes_not_built_from_articles() -> None:
    """Open classes of judgement_sarcasm.yaml: at least half unseen in data/ (round P
    counted as seen: the lists were written after reading its misses; the rounds that
    joined later not)."""
    later = rounds_since("roundQ")
    path = ROOT / "kit" / "lexicons" / "judgement_sarcasm.yaml"
    assert crowded_classes(path, later_rounds=later) == []


NEW_FAMILIES = {
    "flatterer": "silver honey honeyed smooth fast slick sweet glib oily forked golden silky",
    "sacred": "desecration sacrilege defilement despoliation despoilment",
    "bribe": "sweetener sweeteners bung backhander backhanders",
    "promotional": "irresistible heavenly delectable scrumptious luscious divine exquisite "
    "sumptuous ambrosial toothsome",
    "promotional_adverb": "gloriously sublimely divinely exquisitely deliciously heavenly "
    "seductively sinfully wickedly dreamily sumptuously lusciously",
}


@pytest.mark.parametrize("family", sorted(NEW_FAMILIES))
def test_loaded_families_mostly_unseen(family: str) -> None:
    words = NEW_FAMILIES[family].split()
    text = (ROOT / "kit" / "lexicons" / "loaded.yaml").read_text(encoding="utf-8")
    assert all(w in text for w in words)
    # the text the families' writer could read: not the rounds that joined later, which
    # bring common words of these families ("fast", "golden") into the practice data
    corpus = practice_text(rounds_since("roundQ"))
    assert sum(seen_in(corpus, w) for w in words) <= len(words) / 2

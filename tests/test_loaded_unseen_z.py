"""Loaded words by formation and parse role (loadedZ): classes learned from round Y's
misses, completed from English, tested on sentences written for this file (none copied
from data/).

- a superlative of praise said of people or a faculty ("the sharpest minds in banking");
- a praise adjective built with "-less" ("her matchless touch");
- a verb of throwing whose object is a document or an act of speech ("hurled a
  complaint at the organisers");
- a furtive verb of motion said of a body, or (every sense furtive) of a person;
- a sneering habit compound standing as a noun ("months of navel-gazing");
- a memorial raised to a vice ("a shrine to the chairman's vanity");
- a speaker's quoted noun-phrase label after a verb of naming ('called the merger "a
  vanity wedding"');
- a short lower-case quote in the writer's account of a deed, before the sentence's only
  cue, is the writer's scare quote.

GUARDS are literal or plain look-alikes that must stay unmarked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from practice_text import crowded_classes, practice_text, rounds_since, seen_in

from kit.lenses.judgement_formations import formations


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ("Two hundred of the sharpest minds in banking queued for the canapés.", "sharpest minds"),
    ("Odile Farraday, the most gifted songwriter of her generation, signed on Friday.",
     "most gifted songwriter"),
    ("The cleverest engineers in the paddock rebuilt the gearbox overnight.",
     "cleverest engineers"),
    ("The violinist brought her matchless touch to the slow movement.", "matchless"),
    ("His faultless display carried the team through the final.", "faultless"),
    ("The rival team hurled a twelve-page complaint at the organisers.", "hurled"),
    ("The union flung a petition at the council on the eve of the vote.", "flung"),
    ("The organisers fired a rulebook update at the teams on Thursday night.", "fired"),
    ("A pressure group lobbed a barrage of accusations at the festival.", "lobbed"),
    ("The stewards' office has since crept back into its hospitality suite.", "crept back"),
    ("Glasswing Music scuttled away from questions about the delay.", "scuttled away"),
    ("The agent slunk off before the photographers arrived.", "slunk off"),
    ("After nine months of studio navel-gazing, fans were offered a remix.", "navel-gazing"),
    ("Years of box-ticking have left the charity broke.", "box-ticking"),
    ("The new grandstand is a shrine to the chairman's vanity.", "a shrine to"),
    ('The driver called the merger "a vanity wedding" on his podcast.', '"a vanity wedding"'),
    ('A fan group lobbed a "petition" at the board claiming that the ground was unsafe.',
     '"petition"'),
]

GUARDS = [
    "The brightest pupils in the year sat the paper early.",
    "At six foot two she is the tallest member of the band.",
    "Pelletier set the fastest lap of the race on his final tour.",
    "The sharpest knives in the drawer were blunt.",
    # a ranking with its source: the readers' poll, not the writer, ranks her
    "Readers voted Ana Petrov the sharpest mind in the county in this year's poll.",
    "The finest group of brooches was found near the church.",
    "The stainless steel sink was cleaned twice a day.",
    "Her flawless diamond was insured for a fortune.",
    "He lobbed the ball over the keeper.",
    "Her former boyfriend chucked a handwritten letter over the hotel wall at midnight.",
    # (loadedAD: "fired off a statement" is now a volley of words, keyed so in two
    # rounds; a verb of shooting with no document stays literal)
    "The studio fired off three rounds of blanks on Monday.",
    "The studio fired a statement to the agencies on Monday.",
    "In the garage she tossed a spare visor to the driver.",
    "She tossed out a figure of ten thousand at the meeting.",
    "The fox slunk off into the hedge.",
    "She crept downstairs so as not to wake the baby.",
    "The ministry scuttled the treaty in March.",
    "Prices at the chain have crept up all year.",
    "The paper-shuffling machine broke on Tuesday.",
    "Mask-wearing was compulsory on the tram.",
    "The fruit-picking season starts in June.",
    "The memorial to the fallen was unveiled on Sunday.",
    "The report is a testament to the staff's hard work.",
    'The landlord calls the flat "two months overdue" for a repaint.',
    'The band dubbed their drummer "the Wall" in 2019.',
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_marked(nlp, text, word):
    found = loaded(nlp, text)
    assert any(word in t or t in word for t, _ in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_guards(nlp, text):
    assert loaded(nlp, text) == []


def test_scare_quote_before_the_cue(nlp):
    """The quoted word before the sentence's only cue is the writer's, not the claimer's."""
    found = loaded(nlp, 'A fan group lobbed a "petition" at the board claiming that it lied.')
    assert ('"petition"', "scare_quote") in found, found


def test_partial_quote_in_the_content_stays_partial(nlp):
    found = loaded(nlp, 'The "reckless" plan will fail, the mayor said.')
    assert all(label != "scare_quote" for _, label in found), found


def test_formations_lexicon_not_built_from_articles():
    """Open classes of judgement_formations.yaml: at least half unseen in the practice
    text its writer could read (round Y included: the lists were written after reading
    its misses)."""
    path = Path(__file__).resolve().parent.parent / "kit" / "lexicons"
    later = tuple(r for r in rounds_since("roundZ") if r != "roundY")
    crowded = crowded_classes(path / "judgement_formations.yaml", later_rounds=later)
    # the throw objects are plain nouns of documents that any news text uses (a frame:
    # the throw verb is the cue), and the "-less" stems are plain nouns ("peer", "fear"):
    # the words the rule marks are their "-less" forms, checked below
    assert set(crowded) <= {"thrown_word", "privative_praise"}, crowded
    corpus = practice_text(later)
    forms = [f"{stem}less" for stem in formations()["privative_praise"]]
    assert sum(seen_in(corpus, w) for w in forms) <= len(forms) / 2

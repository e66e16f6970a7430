"""Loaded recall on unseen text (issue 11, loadedP2), from a fresh probe batch written in
tabloid, partisan-column and press-release voices, with names and topics that are not in
data/. Each sentence in MARKED was missed on main (the first batch held 27 sentences, of
which main marked 8; those are left out); the GUARDS are literal-sense or neutral
look-alikes that must stay unmarked.

Two families:

- stock idioms of the press (kit/lexicons/press_idioms.yaml, kit/lenses/press_idioms.py),
  matched with inflections, determiners and slots ("a thorn in the marina developers'
  side", "singing a very different tune"), with their literal sense kept out ("the
  groundsman moved the goalposts", "a thorn from her thumb");
- verdicts in the writer's voice told by a frame (kit/lenses/judgement_writer.py,
  judgement_questions.py, judgement_devices.py): ", perhaps." fragments, echo questions
  ("Listened?", "And the county's answer?"), "will find that hilarious", "has clearly
  never", "Decent landlords do not ...", "it must be said", "By any measure,", "will, of
  course, blame".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from practice_text import practice_text, seen_in

from kit.lexicon import load_yaml


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    # stock idioms
    ("The harbour trust has been a thorn in the marina developers' side for a decade.",
     "thorn"),
    ("Stallholders say they were mugged off by the market company.", "mugged off"),
    ("For the bus drivers, a pay freeze until 2028 is cold comfort.", "cold comfort"),
    ("Once again the tenants were left holding the baby when the landlord vanished.",
     "holding the baby"),
    ("Now that the cameras are gone, the quarry owners are singing a very different tune.",
     "different tune"),
    ("The planners moved the goalposts twice in a single summer.", "goalposts"),
    ("Topping up the failing tram scheme is throwing good money after bad.",
     "good money after bad"),
    ("The airline's refund promise was not worth the paper it was written on.",
     "worth the paper"),
    ("Members will now pay £40 more a year. A heavier bill for the privilege of a lanyard.",
     "privilege"),
    ("Under Ms Farrant the rowing club has simply never looked back.", "looked back"),
    # verdicts in the writer's voice
    ("The port authority calls the new terminal a boost for the region. A gift wrapped in "
     "diesel fumes, perhaps.", "perhaps"),
    ('The bakery chain said it had "listened carefully to customers". Listened?', "Listened?"),
    ("Residents asked for a crossing outside the primary school. And the county's answer?",
     "answer?"),
    ("Decent landlords do not evict a pensioner in the middle of winter.", "do not evict"),
    ("Mr Okonjo has clearly never waited for a night bus in the rain.", "clearly never"),
    ("The licensing panel, it must be said, has never been a friend to street traders.",
     "must be said"),
    ("Commuters who stand on freezing platforms every morning will find that hilarious.",
     "hilarious"),
    ("By any measure, the library closures were a betrayal of the town's children.",
     "By any measure"),
    ("The rail operator will, of course, blame the weather.", "of course"),
    # a hyphenated idiom inflects too (found on an article of the lead's own, round Q wave)
    ("Residents accused the firm of cherry-picking the profitable routes.", "cherry-picking"),
    ("The minister cherry-picked the figures that suited him.", "cherry-picked"),
]

GUARDS = [
    ("The gardener pulled a thorn from her thumb.", "thorn"),
    ("The groundsman moved the goalposts to the far end of the pitch.", "goalposts"),
    ("The dog chased the ball into the long grass behind the pavilion.", "long grass"),
    ("The choir sang a different tune at the second concert.", "different tune"),
    ("She was left holding the baby while her sister parked the car.", "holding the baby"),
    ("A cold front will bring sleet to the hills on Tuesday.", "cold"),
    ("The ferry leaves at 9am. Tickets cost £12.", "Tickets"),
    ("Opening hours?", "Opening hours"),
    ("Wind turbines do not need planning permission under 15 metres.", "do not need"),
    ("The museum has never charged for entry since it opened in 1998.", "never charged"),
    ("By any measure used by the auditors, the deficit fell.", "By any measure"),
    ("The station was busy. Passengers queued for an hour.", "Passengers"),
    ("Contact: press office, 01632 960 000.", "Contact"),
    ("It was said that the king hid in the oak.", "said"),
    ("Pickers cherry-pick the ripest fruit from the orchard in July.", "cherry-pick"),
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_unseen_loaded_is_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert any(word in span or span in word for span, _ in marks), marks


@pytest.mark.parametrize(("text", "word"), GUARDS)
def test_literal_or_neutral_look_alike_is_not_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert not [span for span, _ in marks if word in span], marks


IDIOMS = Path(__file__).resolve().parent.parent / "kit" / "lexicons" / "press_idioms.yaml"


def test_press_idioms_are_mostly_unseen_in_data():
    text = IDIOMS.read_text(encoding="utf-8")
    assert "Where the idea comes from" in text
    data = load_yaml(text)
    corpus = practice_text()
    phrases = [str(item[0]) for item in data["idioms"]]
    assert len(phrases) >= 200
    seen = [p for p in phrases if seen_in(corpus, p.split(" * ")[0].split(" ~ ")[0])]
    assert len(seen) * 2 <= len(phrases), seen
    for item in data["idioms"]:
        assert 4 <= len(item) <= 5 and item[1] in data["categories"], item


def test_idiom_patterns_inflect_and_take_owners():
    from kit.lenses.press_idioms import forms, pattern

    assert {"moved", "moving", "moves"} <= set(forms("move"))
    assert {"sang", "sung"} <= set(forms("sing"))
    pat = pattern("a thorn in ~ side")
    assert pat[0] == {"LOWER": {"IN": forms("thorn")}}  # the leading article is optional
    assert any(p.get("OP") == "{1,4}" for p in pat)

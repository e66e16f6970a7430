"""False hedge marks removed in the trapsAT round (practice traps), each with the hedging
reading of the same word beside it:

- a reported "will" ("would") that the "would" rule missed: a second "that" clause the
  parser hung inside the first report ("said the route appeared to be growing because
  patrols had pushed people ..., and that arrivals would be higher"); a report by a gerund
  on a past verb ("opened by saying the meeting would be calm", "is recorded as telling
  colleagues that the estate would be full"); a quotation that closes on the reporting
  verb or opens after "that" ('the bank "fully recognised" that the change would',
  'promising that fares "would be frozen"'); the apostrophe of "customers' funds" taken
  for a quotation mark; against direct speech ('said: "It would be a mistake ..."'), a
  present report ("Critics are saying the plan would be a disaster") and the writer's own
  assessment ("This would be significant");
- "suggested" of a proposal whose bare verb the parser read as a noun ("suggested that
  the ministry move families ..."), against "The figures suggested that the move was a
  mistake" (evidence, "move" a noun);
- a recorded status counted in bulk ("412 suspected cases of cholera", "Arrests of
  suspected smugglers rose to 311") against "the suspected gunman" (one known person).

The traps are sentences of the practice articles (shortened) or written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


TRAPS = [
    # a reported "will"
    (
        "She said the sea route appeared to be growing because patrols on the land border "
        "had pushed people towards longer and more dangerous crossings, and that arrivals "
        "in the third quarter would probably be higher still.",
        "would",
    ),
    (
        "In it he said customers' funds were \"safe and fully backed\" and that the pause "
        'would be "momentary".',
        "would",
    ),
    (
        'A Cordwainers spokesman said the bank "fully recognised" that the change would be '
        "difficult for some customers and that staff had visited 300 older customers.",
        "would",
    ),
    (
        "Ms Ormaquist said the official record of the May sitting had Mr Tasquevel "
        'promising that fares "would be frozen", and that the agreement was signed nine '
        "days later.",
        "would",
    ),
    (
        "The chair, who has chaired it for eleven years, opened by saying the meeting would "
        'be "calm, respectful and brief".',
        "would",
    ),
    (
        "The justice secretary, Corvelia Ashwander, is recorded as telling colleagues that "
        'the estate would be "completely full by the summer".',
        "would",
    ),
    # a proposal, its bare verb read as a noun
    (
        "Evgen Ulmsworth, the mayor of Vessholm, said the island's 4,000 residents had "
        '"done more than their share". He said summer bookings at the island\'s guesthouses '
        "were down by a quarter, although he could not say how much of the fall was due to "
        "the centre, and suggested that the ministry move families with children to the "
        "mainland before the school year starts.",
        "suggested",
    ),
    # a recorded status counted in bulk
    ("Arrests of suspected smugglers rose to 311, the highest number since records began.",
     "suspected"),
    (
        "Health workers in the camp have recorded 412 suspected cases of cholera and nine "
        "deaths in the past three weeks.",
        "suspected",
    ),
    ("Patients with suspected heart attacks and strokes waited an average of 58 minutes.",
     "suspected"),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_plain_senses_stay_unmarked(nlp, text, word):
    assert word not in hedge_words(nlp, text)


HEDGES = [
    # "would" softening a judgement: direct speech, a present report, the writer's own
    ('The minister said: "It would be a mistake to cut the budget now."', "would"),
    ("Critics are saying the plan would be a disaster.", "would"),
    ("This would be significant.", "would"),
    ("Such a ruling would be a serious blow to the ministry.", "would"),
    # evidence pointing somewhere, "move" a noun; a person's guess
    ("The figures suggested that the move was a mistake.", "suggested"),
    ("The minister suggested the plan would fail.", "suggested"),
    # one known person or group picked out
    ("Police found the suspected gunman's car.", "suspected"),
    ("Police said the suspected smugglers had fled across the border.", "suspected"),
    ("The suspected cause of the fire was a faulty heater.", "suspected"),
]


@pytest.mark.parametrize(("text", "word"), HEDGES)
def test_hedges_stay_marked(nlp, text, word):
    assert word in hedge_words(nlp, text)

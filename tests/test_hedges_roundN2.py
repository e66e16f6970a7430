"""Hedge, booster and attribution look-alikes learned from blind round N's misses (now
practice) and a fresh probe batch (hedgeN2; benchmarks/fresh_probe/hedges16.txt holds the
hedge half in the marked-passage format). Every sentence was written for this file, with
names and topics not used in data/. Each family lists sentences that failed on main
before hedgeN2 and guards of the same shape whose mark must stay:

- "could" in an "if" clause: the condition an ability sets ("would keep it open if it
  could find a buyer"), not a doubt; "could flood if the rain continues" stays;
- a past time inside a relative clause that describes the subject ("which has stood
  since the 1850s") dates the noun, not the modal's clause;
- "too early to say what it would be": an open question, like "declined to say";
- "it was a miracle that nobody ...": a cleft, not a relative clause describing a noun;
- a document someone received speaks for itself ("had received a letter warning her to
  ..."), also inside the receiver's own report;
- reporting verbs that report no act: "without asking ...", "asked for consent to"; a
  duty or a guess ("must tell", "it must be said", "may argue"), a future that leaves
  the content open ("will explain what that means"), an act only expected ("expected
  to explain"), "said nothing", and "found" of a thing in a time clause ("after divers
  found the anchor").
"""

from __future__ import annotations

import pytest

H, B, A = "hedges", "boosters", "attributions"

FAMILIES = {
    "if_condition": [
        ("The trust said it would keep the lamp room open if it could find a buyer willing "
         "to share it.", H, "could", False),
        ("The club said it would buy a new launch if members could raise £9,000.", H, "could",
         False),
        ("The director said she would extend the season if she could hire two more guides.",
         H, "could", False),
        ("The canal could flood if the rain continues.", H, "could", True),
        ("He said the deal could collapse if the bank pulled out.", H, "could", True),
    ],
    "time_of_the_noun": [
        ("The dome, which opened in the 1970s, could need a new projector.", H, "could", True),
        ("The old ovens, which were installed in the 1910s, could fail at any time.", H,
         "could", True),
        ("In the 1930s the tower could hold a crew of six.", H, "could", False),
    ],
    "too_early_to_say": [
        ("The director said it was too early to say what the final bill would be.", H,
         "would", False),
        ("A trustee said it was too early to say whether the lamp would stay lit.", H,
         "would", False),
        ("No matter what the verdict might be, the talks will go on.", H, "might", True),
    ],
    "cleft_nobody": [
        ('The coroner said it was "pure chance" that no one had drowned.', B, "no one", True),
        ('The skipper said it was "sheer luck" that nobody had been swept overboard.', B,
         "nobody", True),
        ("It was a miracle that nobody was hurt when the gallery rail gave way.", B,
         "nobody", True),
        ("It was the one corner of the yard nobody had swept.", B, "nobody", False),
    ],
    "no_act": [
        ("Landlords must tell tenants how the deposit is protected.", A, "tell", False),
        ("The referee, it must be said, had a poor afternoon.", A, "said", False),
        ("The harbour board may argue that the fees pay for dredging.", A, "argue", False),
        ("Perhaps the board will explain what that means at its next meeting.", A,
         "explain", False),
        ("Councillors are expected to explain why the lido closed early.", A, "explain",
         False),
        ("Its supporters on the parish council have said nothing about the leak.", A,
         "said", False),
        ("The pier was shut after council inspectors found rust on three of its cables.", A,
         "found", False),
        ("Nine weeks after two divers found the anchor, the museum put it on show.", A,
         "found", False),
        ("The harbourmaster explained that the fees had risen because of dredging costs.", A,
         "explained", True),
        ("The owners have said they will fix the leak by March.", A, "said", True),
        ("The inquiry found that the cables had not been checked for a decade.", A, "found",
         True),
        ("The harbourmaster will tell the meeting that fees are to rise by a fifth.", A,
         "tell", True),
        ("She may have told police that she was being followed.", A, "told", True),
    ],
    "asked_without_or_for_a_grant": [
        ("The council pushed the plan through without asking a single resident what they "
         "thought.", A, "asking", False),
        ("The quarry firm has applied and asked for consent to blast on Sundays from the "
         "Harnby pit to clear rock.", A, "asked", False),
        ("The coach asked the players whether they wanted to train on Sundays.", A, "asked",
         True),
    ],
    "received_document_speaks": [
        ('Ms Corran said she had received an anonymous note in March warning her to "stay '
         'away from the quarry".', A, "warning", True),
        ('The farmer found a note on his gate warning him that the footpath would be '
         '"reclaimed".', A, "warning", True),
    ],
    "speaker_past_a_long_who_clause": [
        ("In a letter to the Lantern, Mr Pyke, who has run the ferry for thirty years and once "
         "rowed across the Irish Sea for charity, said the crossing was safe.", A, "said",
         True),
        ("In an interview with Radio Harnby, Ms Quell, who has coached the team since 2019 and "
         "once played for Wales, said the pitch was unsafe.", A, "said", True),
    ],
    "second_act_after_a_because_clause": [
        ("The skipper said the crew had turned back because the sea was too rough and "
         'accused the harbour board of "gambling with lives".', A, "accused", True),
        ("The baker said the loaves had burned because the oven was faulty and called the "
         'landlord "a cowboy".', A, "called", True),
        ("The skipper said the crew had turned back because the sea was too rough and "
         "headed for Harnby instead.", A, "headed", False),
    ],
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_round_n2_family(nlp, family):
    wrong = []
    for text, group, word, want in FAMILIES[family]:
        found = [s.text.lower() for s in nlp(text).spans[group]]
        if any(word in m for m in found) != want:
            wrong.append((text, "should be marked" if want else "is a trap", found))
    assert not wrong, wrong


def test_received_letter_is_the_speaker(nlp):
    import kit

    text = ('Ms Corran said she had received an anonymous note in March warning her to "stay '
            'away from the quarry".')
    found = [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]
    assert ("warning", "anonymous note") in found

"""Hedge and booster look-alikes learned from round N's practice misses and a fresh probe
batch (hedgeN; kit/lenses/hedging_frames.py). Every sentence was written for this file,
with names and topics not used in data/. Each family lists sentences that failed on main
before hedgeN (a trap that got a mark, or a mark that was missed) and guards of the same
shape whose mark must stay, so each test fails without the family's rule:

- a modal under a denied subject or "not ... have": a claim that something was
  impossible ("Nobody could have stopped that flood"), not a doubt;
- a modal inside an open question ("refused to say if the levy might rise", "hard to
  see how a club like this could lose"), where "explained how it could" stays a claim;
- capacity given as a comparison ("could carry twice as many containers");
- "would" after an "if" clause with its own subject ("if inspectors confirmed the
  fault"): a plain if-then, where a bare "If confirmed, ..." doubts a claim;
- what a law allows ("could lawfully collect donations");
- a power left unused ("the regulator, which could have blocked the merger, waved it
  through"; "could have sold him but chose to wait"; "could have acted sooner");
- a belief verb in a question ("Why would we doubt the figures?");
- "clearly" of a document's act ("the memo clearly identified the valve") against a
  participle the tagger reads as an adjective ("were clearly marked");
- "nobody" after a time phrase or in a relative clause of knowing;
- "confirmed" by a person or a body: a source named, not proof.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


H, B = "hedges", "boosters"

FAMILIES = {
    "denied_could_have": [
        ('"No engineer could have foreseen the collapse of the footbridge," the contractor '
         "insisted.", H, "could", False),
        ('"Nobody could have stopped that flood," the water board chief said.', H, "could", False),
        ("The goalkeeper could not have done more to keep Rovers in the cup.", H, "could", False),
        ("Few could have predicted the scale of the defeat.", H, "could", False),
        ("Investigators said the blaze could have started in the kitchen.", H, "could", True),
    ],
    "open_question": [
        ("Ministers have refused to say if the levy might rise again next spring.", H, "might",
         False),
        ("It is hard to see how a club of this stature could lose three finals in a row.", H,
         "could", False),
        ("Nobody knows how long the drought might last.", H, "might", False),
        ("Whether the scheme could ever pay for itself is another matter.", H, "could", False),
        ("Councillors wondered how the budget could be balanced.", H, "could", False),
        ("It is unclear whether the pier could survive another storm.", H, "could", False),
        ("The trust did not say whether it would appeal against the ruling.", H, "would", False),
        ("The minister declined to say when the ferry would return.", H, "would", False),
        ("The chairman would not say how many staff might lose their jobs.", H, "might", False),
        ("Officials explained how the new system could cut waiting times.", H, "could", True),
        ("Engineers described why the dam might fail in a flood.", H, "might", True),
        ("The union warned that the strike could spread to other depots.", H, "could", True),
        ("The minister said the levy might rise again next spring.", H, "might", True),
        ("He said if the talks fail prices could rise.", H, "could", True),
    ],
    "compared_capacity": [
        ("The new barges, the port authority said, could carry twice as many containers.", H,
         "could", False),
        ("The arena could seat far more fans after the rebuild.", H, "could", False),
        ("The new rules could cost far more than ministers admit.", H, "could", True),
        ("The reforms could generate far more revenue than expected.", H, "could", True),
        ("The fund could earn higher returns next year.", H, "could", True),
    ],
    "own_if_clause": [
        ("The airline said it would refund fares if inspectors confirmed the fault.", H,
         "would", False),
        ("The council said it would demolish the tower if engineers verified the cracks.", H,
         "would", False),
        ("If confirmed, the discovery would be the oldest of its kind in Wales.", H, "would",
         True),
    ],
    "lawful": [
        ("A spokeswoman said the charity was registered and could lawfully collect donations "
         "door to door.", H, "could", False),
        ("Officials said drone pilots may legally fly over the reservoir.", H, "may", False),
        ("Residents could legally challenge the decision in court.", H, "could", False),
        ("The landlord could face a fine of £5,000, officials said.", H, "could", True),
    ],
    "unused_power": [
        ("The regulator, which could have blocked the merger, waved it through without a "
         "murmur.", H, "could", False),
        ("The club could have sold him last summer but chose to wait.", H, "could", False),
        ("The suspect, who could have fled abroad, was arrested at his mother's house.", H,
         "could", False),
        ("The hospital, which could have treated Mr Orrin within days, sent him home.", H,
         "could", False),
        ("The minister could have scrapped the tariff in May; instead he blamed his "
         "officials.", H, "could", False),
        ("The airline could have warned passengers sooner.", H, "could", False),
        ("The council could have acted sooner to save the pier.", H, "could", False),
        ("Humans could have reached the island earlier than thought.", H, "could", True),
        ("The cable could have been cut by vandals, police said.", H, "could", True),
        ("The bridge, which could have collapsed at any moment, was finally closed.", H,
         "could", True),
        ("The virus, which could have been circulating for months, was found in March.", H,
         "could", True),
    ],
    "belief_in_a_question": [
        ('"Why would we doubt the figures?" the club chairman asked.', H, "we doubt", False),
        ("Do we think this is fair? Of course not.", H, "we think", False),
        ('"We doubt the figures add up," the union said.', H, "we doubt", True),
        ("We think the plan is fair.", H, "we think", True),
    ],
    "clearly_document_act": [
        ("The memo clearly identified the faulty valve.", B, "clearly", True),
        ("The minutes clearly record the vote.", B, "clearly", True),
        ("The footpaths at the quarry were clearly marked.", B, "clearly", False),
        ("The inspectors' letter plainly warned the trust about the leaks.", B, "plainly", True),
        ("The route is clearly signposted from the station.", B, "clearly", False),
        ("The labels were clearly printed in red.", B, "clearly", False),
        ("She spoke clearly and slowly to the jury.", B, "clearly", False),
    ],
    "nobody_claims_all": [
        ('"By next spring nobody will care about the bypass," the developer said.', B,
         "nobody", True),
        ("Within a decade nobody will drive a petrol car in Corlow.", B, "nobody", True),
        ("After the match nobody wanted to talk.", B, "nobody", True),
        ("For years nobody noticed the crack.", B, "nobody", True),
        ("She grew up in a village nobody had heard of.", B, "nobody", True),
        ("The part nobody sees is the wiring.", B, "nobody", False),
        ("It is the corner of the garden nobody sees.", B, "nobody", False),
    ],
    "speaker_confirms": [
        ("Grenwick Rail, which runs the line, confirmed that the 07:12 service had been "
         "cancelled.", B, "confirmed", False),
        ("Marlow Vale Football Club confirmed on Friday that its captain had signed a new "
         "deal.", B, "confirmed", False),
        ("Police confirmed that a man had been arrested.", B, "confirmed", False),
        ("Officials confirmed the road would reopen on Monday.", B, "confirmed", False),
        ("Sources close to the board confirmed that the chief executive had offered to "
         "resign.", B, "confirmed", False),
        ("The tests confirmed that the water was contaminated.", B, "confirmed", True),
        ("DNA evidence confirmed that the remains were those of the missing climber.", B,
         "confirmed", True),
        ("The post-mortem confirmed that the dog had been poisoned.", B, "confirmed", True),
    ],
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_round_n_family(nlp, family):
    wrong = []
    for text, group, word, want in FAMILIES[family]:
        found = marks(nlp, text, group)
        if any(word in m for m in found) != want:
            wrong.append((text, "should be marked" if want else "is a trap", found))
    assert not wrong, wrong

"""Unseen probe for loaded language (issue 11, loadedL2), written BEFORE any rule change.

Never learned from: the rules of branch loadedL2 were written from round L's misses, and
this batch only measures them. Each item is (text, target, marked?): a positive counts when
a loaded span overlaps the target; a look-alike counts when none does.
Run: PYTHONPATH=. python benchmarks/fresh_probe/loadedL2_probe.py
"""

from __future__ import annotations

PROBE = [
    # positives: the same classes as round L's misses, different words and topics
    ("The water company has offered each flooded household a £10 voucher. Magnanimous.",
     "Magnanimous.", True),
    ("The chairman's nephew won the catering contract. How terribly fortunate.",
     "How terribly fortunate.", True),
    ("The trust insists waiting times are falling. Try telling that to the patients "
     "queuing in the car park at dawn.", "Try telling that to the patients", True),
    ("Ministers say the ferry timetable has never been more reliable. That will come as "
     "news to the islanders stranded on Tuesday.", "That will come as news", True),
    ("This is the same fire authority that spent £90,000 on a leaving party for its chief.",
     "This is the same fire authority", True),
    ("The board is banking on members being too busy to read the small print.",
     "banking on members", True),
    ("The festival promises a community-first approach. Community-first for whom, exactly?",
     "Community-first for whom, exactly?", True),
    ("Would any other employer be allowed to leave staff without heating for a month?",
     "Would any other employer", True),
    ("The only thing this depot runs on time is its excuses.",
     "The only thing this depot runs on time is its excuses.", True),
    ("The committee's yes-men waved the rent rise through without a murmur.",
     "yes-men", True),
    ("Volunteers at the charity shop have been badgered for months by head office.",
     "badgered", True),
    ("The federation closed ranks around its president after the vote.",
     "closed ranks", True),
    ("The minister, whose department shut the clinic, was all grins for the photographers "
     "at the reopening.", "all grins for the photographers", True),
    # look-alikes: literal or attributed senses of the same shapes
    ("Generous donors paid for the new roof of the chapel.", "Generous", False),
    ("Please tell that to the receptionist when you arrive, the letter says.",
     "tell that to the receptionist", False),
    ("The announcement came as news to the staff, the union said.", "came as news", False),
    ("This is the same recipe that won the village show in 1987.", "the same recipe", False),
    ("The farm is counting on rain before the harvest.", "counting on rain", False),
    ("She asked which route, exactly, the buses would take.", "exactly", False),
    ("\"Would any other members like to speak?\" the chair asked.", "Would any other", False),
    ("The only thing the kiosk sells is tea.", "The only thing the kiosk sells is tea.",
     False),
    ("The shepherd's dogs harried the sheep into the pen.", "harried", False),
    ("The soldiers closed ranks as the parade turned into the square.", "closed ranks",
     False),
    ("The mayor posed for the photographers at the opening.", "posed for the photographers",
     False),
]


def score(nlp) -> tuple[int, int, list[str]]:
    right, wrong = 0, []
    for text, target, positive in PROBE:
        doc = nlp(text)
        a = text.index(target)
        b = a + len(target)
        hit = any(s.start_char < b and a < s.end_char for s in doc.spans["loaded"])
        if hit == positive:
            right += 1
        else:
            wrong.append(("MISSED " if positive else "MARKED ") + target)
    return right, len(PROBE), wrong


if __name__ == "__main__":
    from kit.pipeline import load_pipeline

    n, m, wrong = score(load_pipeline())
    print(f"probe {n}/{m}")
    for w in wrong:
        print("  ", w)

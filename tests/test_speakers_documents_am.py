"""Documents of a body the article named (helper speakersAM):
"the panel's provisional findings" after "the Competition Review Panel", "the trust's
annual report" after "The Wendlecote Woodland Trust": a document whose owner word points
back to a body named before is written "<document> of <body>" (guide, section 1: the
fullest name the article gives), the form of the keys from round AE on (older keys kept
the owner word: "council's noise guidance").

Sentences from the practice articles (rounds AK6, AL) and look-alikes written for these
tests; the traps keep the owner word when no body of that kind is named, when the owner
word is "the company" (left as it was: its resolution can pick a dateline), and when the
owner is a person; two documents of one body stay two sources.
"""

from __future__ import annotations

from speaker_acts import canonicals

PANEL = (
    "The man was Orsino Plackwell, chief executive of Granumark Nitrates, who sat before "
    "the Competition Review Panel on Tuesday. According to the panel's provisional "
    'findings, published in March, the three firms swapped price lists "on at least '
    'eleven occasions" between 2023 and 2025.'
)

TRUST = (
    "The Wendlecote Woodland Trust, the charity that runs the trail, said the hare was one "
    "of 28 works on the two-mile route. The trail draws about 60,000 visitors a year, "
    "according to the trust's annual report, and is one of the loveliest walks in the "
    "county."
)

FILING = (
    "At 7.02 in the morning, Nimbrel Labs jettisoned 340 of us by email. Painful for whom, "
    "precisely? According to the company's annual filing, Mr Orrinbrook's share options "
    "vested the same week."
)

def test_the_panels_findings_are_the_named_panels(nlp):
    # round AL (nitratepanel)
    assert canonicals(nlp, PANEL)[-1] == "provisional findings of the Competition Review Panel"


def test_the_trusts_annual_report(nlp):
    # round AK6 (offplinth)
    assert canonicals(nlp, TRUST)[-1] == "annual report of the Wendlecote Woodland Trust"


def test_two_documents_of_one_body_stay_two_sources(nlp):
    text = TRUST + (
        " The trust's lottery bid, sent in May, says the trail needs 40,000 pounds of repairs."
    )
    found = canonicals(nlp, text)
    assert found[-2] == "annual report of the Wendlecote Woodland Trust"
    assert found[-1] == "lottery bid of the Wendlecote Woodland Trust"


def test_trap_no_trust_named_keeps_the_owner_word(nlp):
    text = (
        "The hare was one of 28 works on the two-mile route. The trail draws about 60,000 "
        "visitors a year, according to the trust's annual report."
    )
    assert canonicals(nlp, text)[-1] == "trust's annual report"


def test_trap_two_companies_keep_the_owner_word(nlp):
    text = (
        "Nimbrel Labs and Quorvane Systems both cut jobs this week. According to the "
        "company's annual filing, the share options vested the same week."
    )
    assert canonicals(nlp, text)[-1] == "company's annual filing"


def test_trap_a_persons_report_keeps_her_name(nlp):
    text = (
        "Ada Lorne, the county's chief inspector, visited the site in May. According to her "
        "final report, the wall had been cracked for years."
    )
    assert canonicals(nlp, text)[-1] == "Ada Lorne's final report"

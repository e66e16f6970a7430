"""A judgement of the person added in passing, set against time (issue 11, asidesAJ;
kit/lenses/judgement_insinuations.py): a stretch of someone's record summed up as talk
alone ("a woman who spent two years promising ...") and a sudden interest pinned to the
occasion it served ("who discovered the harbour roughly when the cameras arrived"); a
gain set against a loss to others by "while" ("which paid its shareholders a record
dividend while postponing the repairs").

Every sentence here was written for this file (none comes from data/). The aside must be
marked as an unattributed claim, by itself, even though the sentence goes on to report
what its owner said; the traps have the same shape and tell a plain record or a plain
timing, so they must be left alone.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a stretch of the record summed up as talk
        (
            'The finance minister, Harriet Vole, a woman who spent three years promising '
            '"steady hands" and has now raised every tax in sight, told MPs the plan was fair.',
            'a woman who spent three years promising "steady hands" and has now raised '
            "every tax in sight",
        ),
        (
            "The parish council, which has spent the summer arguing with itself about a "
            "new crest, said the fete would go ahead.",
            "which has spent the summer arguing with itself about a new crest",
        ),
        (
            "Councillor Pim Oster, a retired chemist who has spent four years "
            "finger-wagging at the town about its bins, said the fines were overdue.",
            "a retired chemist who has spent four years finger-wagging at the town about "
            "its bins",
        ),
        (
            "The envoy, Lars Umber, who spent last spring urging restraint on everyone "
            "else, announced the blockade on Friday.",
            "who spent last spring urging restraint on everyone else",
        ),
        # a sudden interest pinned to the occasion it served
        (
            "The transport minister, Rhea Quill, a woman who discovered rural buses roughly "
            "when the by-election was called, said the routes would stay.",
            "a woman who discovered rural buses roughly when the by-election was called",
        ),
        (
            "The senator, a man who discovered the northern ports on the morning the "
            "cameras arrived, promised new money for the docks.",
            "a man who discovered the northern ports on the morning the cameras arrived",
        ),
        (
            "The mayor, who discovered the covered market only when she needed somewhere "
            "to hold a rally, told traders they were welcome.",
            "who discovered the covered market only when she needed somewhere to hold a rally",
        ),
        # a gain set against a loss to others by "while"
        (
            "The water company, which paid its shareholders a record dividend in May while "
            "postponing repairs to the reservoir, said bills would rise.",
            "which paid its shareholders a record dividend in May while postponing repairs "
            "to the reservoir",
        ),
        (
            "The bus operator, which paid its directors large bonuses last year while "
            "raising fares twice, said it needed a subsidy.",
            "which paid its directors large bonuses last year while raising fares twice",
        ),
        (
            "The council, which cut the library budget while spending freely on new signs, "
            "said money was tight.",
            "which cut the library budget while spending freely on new signs",
        ),
    ],
)
def test_a_judgement_in_passing_is_a_claim_of_its_own(nlp, text, part):
    assert part in claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # deeds, a cause or a job, not talk
        "Dr Lina Roe, a surgeon who spent twenty years running the trauma unit, said the "
        "ward was safe.",
        "Ms Kell, who has spent years campaigning for a new village hall, said she was "
        "delighted.",
        "Mr Dunn, who spent the week arguing the case in court, said he was tired.",
        "The professor, who has spent a decade describing the findings to schools, said the "
        "grant would help.",
        "The committee, which spent the spring debating the bill, voted on Tuesday.",
        # a plain timing: no approximator, no "only", no moment with a clause
        "A walker who discovered the body when she left the path called the police.",
        "The engineer, who discovered the leak in 2019, told the inquiry it had been fixed.",
        "The chemist, who discovered the compound after a long search, said it was stable.",
        # "while" with no gain of the owner's own, or no loss to others
        "Ms Ortiz, who worked nights at the depot while raising three children, said the "
        "award meant a great deal.",
        "The chief executive, who was paid £2 million last year while passenger numbers "
        "fell, said the airline was recovering.",
        "The start-up, which raised £2 million in new funding while the market fell, said "
        "it would hire twenty engineers.",
        "The charity, which paid its volunteers' travel costs while the appeal ran, thanked "
        "donors.",
    ],
)
def test_a_plain_record_or_timing_is_not_a_claim(nlp, text):
    assert claims(nlp, text) == []


def test_the_explanation_speaks_to_the_learner():
    from kit.annotate import annotate

    found = [
        a
        for a in annotate(
            "The envoy, Lars Umber, who spent last spring urging restraint on everyone "
            "else, announced the blockade on Friday."
        ).of("loaded")
        if a.label == "unattributed_claim"
    ]
    assert any("judgement of the person in passing" in a.explanation for a in found)

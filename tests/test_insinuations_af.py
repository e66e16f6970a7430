"""Insinuations carried by an aside on someone who decides (issue 11, asidesAF;
kit/lenses/judgement_insinuations.py, kit/lexicons/judgement_insinuations.yaml).

Every sentence here was written for this file (none comes from data/). Each mechanism has
sentences whose aside (or, for a conflict of interest, whole sentence) must be marked as
an unattributed claim, and traps of the same shape that must be left alone: plain
biography, plain figures, chance told plainly, a lack in someone's own quoted words.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses import judgement as J
from kit.lenses import judgement_insinuations as I


def explanations(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [s._.kit_explanation for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]


def test_the_conflict_rule_runs_with_the_claim_rules():
    assert I.conflicted_decisions in J.CLAIM_RULES


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # luck credited with a wink, on a gain
        (
            "The developer, which by the sheerest good luck bought the field a week "
            "before the vote, was granted permission.",
            "which by the sheerest good luck bought the field a week before the vote",
        ),
        (
            "Mr Orme, who owns the hotel and whose cousin, by a coincidence no one has "
            "mentioned, won the catering deal, voted for the plan.",
            "whose cousin, by a coincidence no one has mentioned, won the catering deal",
        ),
        (
            "The club captain, whose son, by pure chance, sits on the rival club's board, "
            "told members the merger was good news.",
            "whose son, by pure chance, sits on the rival club's board",
        ),
        # an adverb of convenience on a gain or a seat
        (
            "The landowner, who conveniently owns the field beside the new road, backed "
            "the route.",
            "who conveniently owns the field beside the new road",
        ),
        (
            "The contractor, which handily employs the mayor's son, won the tender in "
            "March.",
            "which handily employs the mayor's son",
        ),
        # unfitness to judge: "between them", "by her own admission", "not ... since"
        (
            "The planning board, five men who between them have never built a house, "
            "rejected the scheme in ten minutes.",
            "who between them have never built a house",
        ),
        (
            "The inspector, a retired accountant who by her own admission has never kept "
            "a pig, ruled that the sties must go.",
            "who by her own admission has never kept a pig",
        ),
        (
            "The licensing panel, who have not set foot in the town centre since 2010, "
            "refused the market's licence.",
            "who have not set foot in the town centre since 2010",
        ),
        # the writer's inference about what someone has never done
        (
            "The reviewer at the Echo, who has apparently never eaten a pasty, wrote that "
            "ours were too salty.",
            "who has apparently never eaten a pasty",
        ),
        # a body's own spending set against want in the same sentence
        (
            "The academy trust, which spent £2.4 million on a new head office last year, "
            "told parents the library would close.",
            "which spent £2.4 million on a new head office last year",
        ),
        (
            "The chief constable, who found £400,000 for a new logo in March, said the "
            "cuts to patrols were unavoidable.",
            "who found £400,000 for a new logo in March",
        ),
        (
            "The museum trust, which has spent £500,000 on branding since 2022, now says "
            "it cannot afford a curator.",
            "which has spent £500,000 on branding since 2022",
        ),
    ],
)
def test_an_insinuating_aside_on_a_decider_is_a_claim(nlp, text, part):
    assert part in claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The board, whose treasurer runs the catering firm that will supply the stadium, "
        "awarded the contract on Friday.",
        "The committee, whose chair's brother owns the quarry next to the site, approved "
        "the application unanimously.",
    ],
)
def test_a_conflict_of_interest_beside_a_decision_marks_the_sentence(nlp, text):
    assert text in claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # plain biography and plain counts
        "Our treasurer, a former nurse who has run the charity since 2015, said the "
        "accounts were in order.",
        "The judges, who between them have judged 40 shows, chose the terrier.",
        "The miners, who between them have never missed a shift, voted to strike.",
        "Ms Kerr, who by her own account has always loved dancing, told the class to "
        "warm up.",
        "Mr Hale, who by his own account never doubted the result, said the team "
        "deserved it.",
        # a lack in the owner's own quoted words, or in quoted speech
        'The director, who by her own account "never needed a map", told the meeting '
        "the rules were fair.",
        '"We have not played here since 2019," the captain said.',
        # "not ... since" on someone who only speaks, or on a body's record
        "Mr Dale, a former miner who has not worked since 1985, said the closure was a "
        "shame.",
        "The nurse, who has not been home since Tuesday, said the ward was full.",
        "The panel, which has not met since 2019, approved the plans by email.",
        "The mayor said the council, which has not raised parking fees since 2015, would "
        "review them.",
        # chance told plainly, or luck in a game of chance
        "The walker, who by coincidence had found the same ring a year earlier, handed "
        "it to police.",
        "The fisherman, who by great good luck spotted the swimmer, called the "
        "coastguard.",
        "The pensioner, who by good fortune won the raffle, said she would share the "
        "hamper.",
        "By a remarkable coincidence, both sisters were born on the same day.",
        "The driver, who luckily was wearing a seatbelt, said the crash was frightening.",
        "The pensioner, who luckily won the raffle, said she would share the hamper.",
        "The Grand Hotel, which is conveniently located near the station, said bookings "
        "were up.",
        # plain figures: no want set against them, upkeep, time not money
        "The council, which spent £3m on repairs last year, said the pier would reopen "
        "in May.",
        "The council, which spent £3m on repairs to the pier, said it could not afford "
        "more.",
        "The county, which spent £1.2m on a new car park last year, said the car park "
        "was full on Saturdays.",
        "The singer, who spent ten years in the navy, said the closure of the base was "
        "sad.",
        # a tie to a firm with no decision on a contract beside it
        "Ned Pask, whose family boatyard will carry out the work, said the oak would "
        "come from managed woodland.",
        "The board, whose chairman owns a bakery in the high street, said the market "
        "would reopen.",
        "The panel, whose chair owns a dog, chose the winner in an hour.",
    ],
)
def test_plain_asides_of_the_same_shape_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_a_mock_feat_keeps_its_own_mark(nlp):
    text = (
        "The jury, six men who between them could not find the harbour with a chart, "
        "threw out the entry."
    )
    doc = nlp(text)
    spans = [s for s in doc.spans["loaded"] if "between them" in s.text]
    assert len(spans) == 1  # the mock feat, not a second claim on the same words


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "The society's jury, three women who between them have not shown a pony "
            "since 2001, picked the winner.",
            "the record of the society's jury",
        ),
        (
            "The academy trust, which spent £2.4 million on a new head office last "
            "year, told parents the library would close.",
            "sets the academy trust's own spending",
        ),
        (
            "The board, whose treasurer runs the catering firm that will supply the "
            "stadium, awarded the contract on Friday.",
            "a tie of the board ('whose treasurer runs the catering firm')",
        ),
    ],
)
def test_the_explanation_names_whom_the_aside_is_about(nlp, text, named):
    whys = explanations(nlp, text)
    assert any(named in why for why in whys), whys

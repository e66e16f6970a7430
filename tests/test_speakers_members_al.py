"""An unnamed official or member of a body the article has already named (helper
speakersAL): "A ministry official" and "an official at the ministry" after "The Ostmere
education ministry said" are the official at that ministry, written with its full name
(guide, section 1: the fullest name the article gives). Sentences from the local-news
practice articles (rounds AK3, AK4, AK5) and look-alikes written for these tests; the
traps keep the short form when two named bodies end in the word, or none does.
"""

from __future__ import annotations

from speaker_acts import canonicals

MINISTRY = (
    "The Ostmere education ministry said it would pay for the repairs in full and that "
    "schools with any doubts about their roofs should contact it. A ministry official, "
    "speaking on condition of anonymity, said about 40 schools in the country had been "
    "built with similar panels and that most had already been surveyed."
)

PARTNERSHIP = (
    "The Marrowdeen Transport Partnership, which awards the route's contract, said it had "
    'asked Skellivoe Sound Ferries to find a replacement "urgently". A partnership '
    "official, speaking on condition of anonymity because talks with other operators are "
    'continuing, said a replacement "will probably be found within a fortnight".'
)

DIRECTORATE = (
    "The release was approved in March by the Natural Heritage Directorate, which issued a "
    "five-year licence. A directorate official, speaking on condition of anonymity, said two "
    'more beaver releases in the region were "likely" to be approved this year.'
)


def test_a_ministry_official_is_the_named_ministrys(nlp):
    # round AK3 (crumbleclass)
    assert canonicals(nlp, MINISTRY)[-1] == "official at Ostmere education ministry"


def test_a_partnership_official(nlp):
    # round AK4 (nosailing)
    assert canonicals(nlp, PARTNERSHIP)[-1] == "official at the Marrowdeen Transport Partnership"


def test_a_directorate_official_named_only_as_the_approver(nlp):
    # round AK5 (beaverkits): the directorate never spoke, but the article named it
    assert canonicals(nlp, DIRECTORATE)[-1] == "official at the Natural Heritage Directorate"


def test_an_official_at_the_ministry(nlp):
    text = MINISTRY.replace("A ministry official,", "An official at the ministry,")
    assert canonicals(nlp, text)[-1] == "official at Ostmere education ministry"


def test_trap_two_trusts_keep_the_short_form(nlp):
    text = (
        "The Wendlecote Woodland Trust said the trail would reopen. The Saltmoor Heritage "
        "Trust said it would help to pay for repairs. A trust official said the statue was "
        "insured."
    )
    assert canonicals(nlp, text)[-1] == "trust official"


def test_trap_no_body_named_with_the_word(nlp):
    text = (
        "Pellbrockham Community School will close two blocks on Monday. A ministry official, "
        "speaking on condition of anonymity, said about 40 schools had been surveyed."
    )
    assert canonicals(nlp, text)[-1] == "ministry official"


def test_trap_a_council_source_is_no_ones_staff(nlp):
    # rounds O, AA2, AK1 keep "council source", "council insider": a source is no member
    text = (
        "Tredlow Borough Council said the site had been sold. A council source, who was not "
        "authorised to speak publicly, said a second allotment site was also for sale."
    )
    assert canonicals(nlp, text)[-1] == "council source"


def test_trap_a_care_worker_is_not_the_care_firms(nlp):
    # "care" is the kind of work, not the last word of the firm "Amberlode Care"
    text = (
        "The home is run by Amberlode Care. A care worker, who asked not to be named, said "
        "staff were exhausted."
    )
    assert canonicals(nlp, text)[-1] == "care worker"

"""A document named briefly after a fuller mention (helper speakersAN): "The code follows a
survey by the Norrowby Marine Wildlife Trust. The survey found ..." is that survey,
written as the article first gave it ("survey by the Norrowby Marine Wildlife Trust";
guide, section 1: the fullest name the article gives), without the writer's words
about it ("the sublimely vacuous communique of the Kelmsgard summit" -> "communique of
the Kelmsgard summit").

Sentences from the practice articles (rounds AF4, AH4, AM1) and look-alikes written for
these tests; the traps keep "report" when the maker has no name, keep two documents of
one body apart, and leave a document that spoke in between to the speaker before.
"""

from __future__ import annotations

from speaker_acts import canonicals

SURVEY = (
    "The code follows a survey by the Norrowby Marine Wildlife Trust. The survey found "
    "that boats had flushed seals from the rocks on 41 of 120 visits."
)

REPORT = (
    "The assessment was a report by Velloworth Consulting, a firm whose partners have "
    "advised the board on every funding round since 2019. The report found that the "
    'theatre lacked "scalable audience pathways".'
)

COMMUNIQUE = (
    "Fourteen pages and not a single word about the dam. That, in the end, was the "
    "sublimely vacuous communique of the Kelmsgard summit. It takes real talent to write "
    "that much about nothing.\n\n"
    "The seven leaders spent two days at a lakeside hotel. The dam will hold back a third "
    "of the river. You would think it might merit a paragraph. Apparently not.\n\n"
    'The communique says the leaders "reaffirmed their shared commitment to regional '
    'water security".'
)


def test_the_survey_is_the_survey_by_the_named_trust(nlp):
    # round AH4 (sealboats)
    assert canonicals(nlp, SURVEY)[-1] == "survey by the Norrowby Marine Wildlife Trust"


def test_the_report_is_the_report_by_the_named_firm(nlp):
    # round AF4 (puppet)
    assert canonicals(nlp, REPORT)[-1] == "report by Velloworth Consulting"


def test_the_communique_is_the_summits_without_the_writers_adjectives(nlp):
    # round AM1 (footnoted)
    assert canonicals(nlp, COMMUNIQUE)[-1] == "communique of the Kelmsgard summit"


def test_trap_a_maker_with_no_name_leaves_the_document_bare(nlp):
    text = (
        "The council paid for a report by outside consultants. The report found that the "
        "pool could stay open for another decade."
    )
    assert canonicals(nlp, text)[-1] == "report"


def test_trap_two_documents_of_one_body_stay_two(nlp):
    text = (
        "In May the trust published a survey by the Norrowby Marine Wildlife Trust and a "
        "report by Halden Consulting. The report found that the jetty was unsafe. The "
        "survey found that seals had left the rocks."
    )
    found = canonicals(nlp, text)
    assert found[-2] == "report by Halden Consulting"
    assert found[-1] == "survey by the Norrowby Marine Wildlife Trust"


def test_trap_a_document_that_spoke_since_is_the_one_meant(nlp):
    text = (
        "The plan follows a survey by the Norrowby Marine Wildlife Trust. A second survey, "
        "carried out by Halden Consulting in June, found that the seals had returned. The "
        "survey also found that boats kept their distance."
    )
    found = canonicals(nlp, text)
    assert found[-1] == found[-2]
    assert "Norrowby" not in (found[-1] or "")

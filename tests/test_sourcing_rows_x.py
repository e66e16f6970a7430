"""Source types learned from round W's practice keys (helper srcX).

Every sentence here is written for this file. Each rule has a sentence it types and a
look-alike that must keep its old type.
"""

from __future__ import annotations

import kit
from kit.article import Article


def types(nlp, text: str, outlet: str = "The Hollinmoor Packet"):
    article = Article(body=text, meta={"outlet": outlet})
    return {s.canonical: s.type for s in kit.annotate(article, nlp=nlp).sources}


def test_a_name_ending_in_a_kind_of_body_is_an_organisation(nlp):
    found = types(
        nlp,
        "Fellbeck Constabulary said the coast road would stay shut overnight. Wraybridge "
        "Buses said it had cancelled the late service. Tarnholt Racing said its driver was "
        "unhurt.",
    )
    assert found["Fellbeck Constabulary"] == "named_organization"
    assert found["Wraybridge Buses"] == "named_organization"
    assert found["Tarnholt Racing"] == "named_organization"
    paper = types(nlp, "Harwick Herald said its reporter had been turned away at the gate.")
    assert paper == {"Harwick Herald": "named_organization"}  # a newspaper's name word
    trap = types(
        nlp,
        "Ivo Marsh, who chairs Fellbeck Rowing Club, said the regatta would go ahead. "
        "The club's secretary, Wenna Tallis, said the river was calm.",
    )
    assert trap["Ivo Marsh"] == "named_person"  # a person tied to a body keeps his type
    assert trap["Wenna Tallis"] == "named_person"


def test_rulebooks_tallies_applications_and_results_are_documents(nlp):
    found = types(
        nlp,
        "The league's own rulebook says a match may be replayed only once. The official "
        "results show the visitors won by two points. The club's application to the county "
        "says the pitch drains within an hour.",
    )
    assert found["league's own rulebook"] == "document"
    assert found["official results"] == "document"
    assert found["club's application to the county"] == "document"
    lease = types(nlp, "The tenancy agreement says the landlord must mend the boiler in a week.")
    assert lease == {"tenancy agreement": "document"}
    trap = types(nlp, "The tally clerk said the count would resume at nine.")
    assert trap == {"tally clerk": "anonymous"}  # a person who keeps the tally


def test_a_bare_plural_of_a_commenting_trade_is_a_generic_source(nlp):
    found = types(
        nlp,
        "Consumer lawyers say the clause would not survive a challenge. Some archaeologists "
        "believe the ditch is older than the fort.",
    )
    assert found["Consumer lawyers"] == "anonymous"
    assert found["archaeologists"] == "anonymous"
    trap = types(nlp, "The two archaeologists on the dig said the ditch was older than the fort.")
    assert list(trap.values()) == ["unnamed_group"]  # these two can be found


def test_people_pinned_to_a_place_are_a_group_by_role(nlp):
    found = types(nlp, "Residents of Pellow Street said the lorries had cracked their windows.")
    assert list(found.values()) == ["unnamed_group"]
    trap = types(nlp, "Residents say the lorries have cracked their windows.")
    assert list(trap.values()) == ["anonymous"]  # which residents, the reader cannot tell


def exclusive(nlp, text: str, outlet: str):
    article = Article(body=text, meta={"outlet": outlet})
    return {s.canonical: s.outlet_exclusive for s in kit.annotate(article, nlp=nlp).sources}


def test_the_outlet_named_without_its_frequency_or_medium_is_the_outlet(nlp):
    found = exclusive(
        nlp, "Tamsin Rowe told Esk Valley Sound that the ferry had been cancelled.",
        "Esk Valley Sound 102.1",
    )
    assert found == {"Tamsin Rowe": True}
    trap = exclusive(
        nlp, "Tamsin Rowe told Esk Valley Council that the ferry had been cancelled.",
        "Esk Valley Sound 102.1",
    )
    assert trap == {"Tamsin Rowe": False}  # another body with the same place name


def test_our_reporter_with_a_name_after_is_the_outlet(nlp):
    found = exclusive(
        nlp, "Gwen Hollis told our reporter Ivo Penrose that the lift had failed again.",
        "The Brackwell Lantern",
    )
    assert found == {"Gwen Hollis": True}
    trap = exclusive(
        nlp, "Gwen Hollis told reporters that the lift had failed again.", "The Brackwell Lantern"
    )
    assert trap == {"Gwen Hollis": False}  # journalists at large, not this outlet


def test_told_me_is_the_writer_only_outside_a_quotation(nlp):
    found = exclusive(
        nlp, '"The pumps failed twice in one night," the skipper told me.', "The Selsey Log"
    )
    assert list(found.values()) == [True]
    trap = exclusive(
        nlp,
        'Ada Quarrie said: "My father told me the pumps failed twice in one night."',
        "The Selsey Log",
    )
    assert trap.get("Ada Quarrie") is False
    assert not any(v for k, v in trap.items() if k != "Ada Quarrie")  # the father's "me"


def test_a_poll_by_the_outlets_brand_is_its_own(nlp):
    found = exclusive(
        nlp, "Twelve of 15 economists polled by Corvane last week said rates would fall.",
        "Corvane Wire",
    )
    assert list(found.values()) == [True]
    trap = exclusive(
        nlp, "Twelve of 15 economists polled by Harlow Research said rates would fall.",
        "Corvane Wire",
    )
    assert list(trap.values()) == [False]

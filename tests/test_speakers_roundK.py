"""Speaker classes learned from round K's misses (issue 11), on sentences written for
these tests: each class has a found case and a look-alike that keeps its old reading
(docs/annotation_rules.md, section 1: one canonical source, the fullest name).
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


# -- "Another" after one unnamed person: a second person, unless a crowd was named ----
def test_another_after_one_unnamed_passenger_is_another_passenger(nlp):
    text = (
        "Brennock Ferries said on Monday that the route was safe. One regular passenger, "
        "who did not want to give his name, said the crossings had become rough. Another "
        "said the crew were excellent."
    )
    assert canonicals(nlp, text)[-1] == "another passenger"


def test_a_plural_subject_inside_reported_words_is_no_crowd(nlp):
    text = (
        "The harbour master said repairs would take a year. One fisherman, who asked not "
        "to be named, said the quay was unsafe. Another said the winter had been quiet."
    )
    assert canonicals(nlp, text)[-1] == "another fisherman"


def test_another_after_one_of_a_crowd_just_named_is_that_crowd(nlp):
    text = (
        "Shoppers queued outside the bakery at dawn. One shopper said the bread was worth "
        "the wait. Another said the queue was longer than last year."
    )
    assert canonicals(nlp, text) == ["shopper", "shopper"]
    text = (
        "Parents at the school gates were divided. One grandmother said the new hours were "
        "fine. Another said they were a nightmare."
    )
    found = canonicals(nlp, text)
    assert len(found) == 2 and found[0] == found[1]


# -- "the company's chief engineer": a business, never a campaign alliance -------------
def test_the_company_is_not_the_campaign_alliance_that_spoke_last(nlp):
    text = (
        "Brennock Ferries cancelled its evening sailings on Monday. The Coastal Walkers "
        'Alliance said the cancellations were "a disgrace". The company\'s chief engineer '
        "said the ramps should be fixed by March."
    )
    assert canonicals(nlp, text)[-1] == "chief engineer of Brennock Ferries"


def test_the_alliances_own_director_is_still_the_alliances(nlp):
    text = (
        "The Coastal Walkers Alliance said the cliff path was unsafe. The alliance's "
        "director said it should close."
    )
    assert canonicals(nlp, text) == [
        "Coastal Walkers Alliance",
        "director of the Coastal Walkers Alliance",
    ]


# -- a relative quoted inside someone's quotation: the relation, in plain words ----------
def test_my_granny_inside_a_quote_is_the_grandmother_of_the_speaker(nlp):
    text = (
        "Owen Pryce, 70, a retired welder, told the Courier the shelter had been slow. "
        "\"My granny always told me, 'Never buy a dog you haven't met,'\" he said."
    )
    found = kit.annotate(text, nlp=nlp)
    assert "grandmother of Owen Pryce" in [a.canonical for a in found.attributions]
    assert {s.canonical for s in found.sources} == {"Owen Pryce", "grandmother of Owen Pryce"}


def test_a_relative_described_with_more_words_keeps_them(nlp):
    text = (
        "Owen Pryce, 70, a retired welder, told the Courier the shelter had been slow. "
        "\"My granny's neighbour always told me, 'Never buy a dog you haven't met,'\" he said."
    )
    found = [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]
    assert not any(c and c.startswith("grandmother") for c in found)
    assert "Owen Pryce" in found


# -- a document that names its author: a participle of when it came out is no part ------
def test_figures_from_a_named_unit_drop_when_they_were_published(nlp):
    text = (
        "Rents in Calverleigh rose by 9% last year, according to figures from the Housing "
        "Data Unit published on Tuesday. The figures show that one in five tenants moved."
    )
    assert canonicals(nlp, text) == ["figures from the Housing Data Unit"] * 2


def test_a_participle_that_names_the_journal_or_alone_tells_it_apart_stays(nlp):
    text = "Rents rose, according to a study published on Monday in the Journal of Lettings."
    assert canonicals(nlp, text) == ["study published on Monday in the Journal of Lettings"]
    text = "Rents in Calverleigh rose by 9% last year, according to data released on Tuesday."
    assert canonicals(nlp, text) == ["data released on Tuesday"]

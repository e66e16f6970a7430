"""Unnamed participants of the event, site or place an article is about (issue 11 item 3,
helper ownersAH): a bare singular "One competitor", "A steward", "A guide", "One
resident" is recorded with the event, site or place resolved, as the keys from round AE7
on write it; an owner of its own, an adjective, a clause that says more, a group or two
events named alike leave it as written. Sentences written for this file.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


_CHEESE = (
    "Tamsin Orrell won the Brackley Cheese Rolling Championship on Sunday, chasing a "
    "nine-pound wheel down Coopers Bank in record time.\n\n"
)


def test_an_anonymous_competitor_takes_part_in_the_named_championship(nlp):
    text = _CHEESE + (
        "One competitor, who asked not to be named, said the slope had been far too wet."
    )
    assert canonicals(nlp, text)[-1] == "competitor in the Brackley Cheese Rolling Championship"


def test_a_bare_steward_is_at_the_named_match(nlp):
    text = (
        "Rain stopped play twice at the Fennick and District Sheepdog Trials on Saturday, "
        "and 40 handlers went home early.\n\nA steward said the car park had flooded by noon."
    )
    assert canonicals(nlp, text)[-1] == "steward at the Fennick and District Sheepdog Trials"


def test_a_guide_works_at_the_site_the_article_is_about(nlp):
    text = (
        "Horbury Minster has closed its tower to visitors after a stone fell from the "
        "parapet on Tuesday.\n\nA guide, who did not want to be named, said the stairs "
        "had been roped off for a week."
    )
    assert canonicals(nlp, text)[-1] == "guide at Horbury Minster"


def test_a_resident_lives_in_the_place_the_article_names_most(nlp):
    text = (
        "Work to clear the Quellby village pond began on Monday, the parish council said. "
        "The pond, on the green at the heart of Quellby, has not been dredged since 1981, "
        "and Quellby's anglers have asked for it for years.\n\n"
        "One resident, who did not want to be named, said the ducks had already gone."
    )
    assert canonicals(nlp, text)[-1] == "resident of Quellby"


def test_a_participant_with_an_owner_of_its_own_stays_as_written(nlp):
    text = _CHEESE + "A competitor from Dunmere said the slope had been far too wet."
    assert canonicals(nlp, text)[-1] == "competitor from Dunmere"


def test_a_participant_with_a_describing_clause_is_not_resolved(nlp):
    text = _CHEESE + "A steward who runs the first-aid tent said three people were treated."
    assert "Championship" not in (canonicals(nlp, text)[-1] or "")


def test_a_counted_group_of_participants_takes_part_in_the_event_too(nlp):
    # (helper ownersAI: the keys from round AE7 on resolve a group as well, 8 of 13)
    text = _CHEESE + "Several competitors said the slope had been far too wet."
    assert canonicals(nlp, text)[-1] == (
        "several competitors at the Brackley Cheese Rolling Championship"
    )


def test_two_events_named_alike_leave_the_participant_bare(nlp):
    text = (
        "The Ashby Pumpkin Show and the Ashby Marrow Festival were both held on Saturday, "
        "a week after the Cranwell Pumpkin Show.\n\nOne exhibitor said the marquee had leaked."
    )
    assert canonicals(nlp, text)[-1] == "exhibitor"


def test_with_no_event_named_the_participant_stays_bare(nlp):
    text = "Rain fell all day.\n\nOne spectator said she had never seen the field so wet."
    assert canonicals(nlp, text)[-1] == "spectator"


def test_with_no_capitalised_event_the_place_and_the_event_word_name_it(nlp):
    text = (
        "The Harnby Canine Society held its championship show on Saturday, and Harnby's "
        "own breeders took six classes. The show drew 900 dogs to Harnby.\n\n"
        "One exhibitor, who asked not to be named, said the judging had been slow."
    )
    assert canonicals(nlp, text)[-1] == "exhibitor at the Harnby show"


def test_an_event_word_inside_a_longer_name_names_no_event(nlp):
    text = (
        "The Ashby Show Society has cut its grant to the village hall, the society said "
        "on Monday.\n\nA steward said the hall would struggle."
    )
    assert canonicals(nlp, text)[-1] == "steward"

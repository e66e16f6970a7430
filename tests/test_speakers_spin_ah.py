"""Named bodies, pronouns and possessives in spin-heavy prose (issue 11 item 3, helper
speakersAH): "Its <role>" after a firm presented by the writer or introduced with "a
company that ..."; "These <label> say" for the one firm just presented; a short name that
owns a post written at its fullest; "And Mr X? He said"; "It said" after the writer's
own question to a body; of two men just named, the one the quotation speaks of by name is
not the speaker. Sentences written for this file, each with a look-alike that must stay.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def test_its_post_after_a_presented_firm_tagged_a_person_is_the_firms(nlp):
    text = (
        "On Friday the last bus left Pollwick, and Tarrowby County Council called it "
        "progress.\n\nThen there is Quillan Digital, the council's favourite app merchants, "
        "who won the contract without a rival bid. Its head of partnerships said the app was "
        '"built for villages".'
    )
    assert canonicals(nlp, text) == ["head of partnerships of Quillan Digital"]


def test_its_post_after_a_firm_introduced_as_a_company_is_the_firms(nlp):
    text = (
        "The Wrayfield Heath Trust said on Monday that picking mushrooms on the heath was now "
        "banned.\n\nIn the same week the trust signed a partnership with Hollin Wild Foods, a "
        "company that supplies restaurants in three counties. Its director told a magazine "
        'that the licence would allow "careful harvesting".'
    )
    assert canonicals(nlp, text)[-1] == "director of Hollin Wild Foods"


def test_its_post_after_the_sponsor_named_in_apposition_is_the_sponsors(nlp):
    text = (
        "The Marbury Pudding Race committee has banned syrup from the course.\n\nThen there "
        "is the sponsor, Redgate Brewing Ltd, whose new lager is to be launched at the race. "
        'Its marketing manager said in a statement that the brewery "supports the committee".'
    )
    assert canonicals(nlp, text) == ["marketing manager of Redgate Brewing Ltd"]


def test_these_label_is_the_firm_just_presented_and_its_post_follows(nlp):
    text = (
        "The war memorial in Oakhurst lost half its lettering on Tuesday, and Oakhurst Parish "
        'Council called it a clean.\n\nThen there is Brightstone Surface Care, the council\'s '
        '"heritage specialists", who were on site by the Tuesday. These pressure-washing '
        "cowboys say they followed the council's specification. Its operations manager said "
        'the firm "does not read inscriptions".'
    )
    assert canonicals(nlp, text) == [
        "Brightstone Surface Care",
        "operations manager of Brightstone Surface Care",
    ]


def test_these_people_stay_a_group_after_a_presented_firm(nlp):
    text = (
        "Then there is Brightstone Surface Care, the contractor hired by the council. These "
        "residents say the firm never turned up."
    )
    assert canonicals(nlp, text) == ["residents"]


def test_a_short_name_owning_a_post_is_written_at_its_fullest(nlp):
    text = (
        "The rink in Harbourside will close in April, its owner Frostline Leisure announced on "
        "Monday.\n\nSkaters were furious. Frostline's chief operating officer said the company "
        'had "explored every option".'
    )
    assert canonicals(nlp, text)[-1] == "chief operating officer of Frostline Leisure"


def test_he_after_a_verbless_question_about_a_named_man_is_that_man(nlp):
    text = (
        "The choir's new soloist is Bram Prowse, a retired banker who joined in May.\n\nThe "
        'vote was settled on Monday. Odell Fenwick, the conductor, said the vote had been "a '
        'surprise".\n\nAnd Mr Prowse? He said in a radio interview that he had always wanted '
        "to sing."
    )
    assert canonicals(nlp, text) == ["Odell Fenwick", "Bram Prowse"]


def test_he_without_the_question_stays_with_the_last_speaker(nlp):
    text = (
        "The choir's new soloist is Bram Prowse, a retired banker who joined in May.\n\nThe "
        'vote was settled on Monday. Odell Fenwick, the conductor, said the vote had been "a '
        'surprise".\n\nHe said in a radio interview that he had always wanted to conduct.'
    )
    assert canonicals(nlp, text) == ["Odell Fenwick", "Odell Fenwick"]


def test_it_after_the_writers_question_to_a_body_is_that_body_never_the_writer(nlp):
    text = (
        "Pitches at Farley Park will close in May, Wendmoor Borough Council announced on "
        "Monday.\n\nOrrin Tabb, secretary of Farley Rovers, said the club had nowhere to go. "
        "He said he had asked the council for a meeting in June.\n\nI asked the council how "
        "many councillors had visited the park before voting. It said the information "
        '"is not held centrally".'
    )
    assert canonicals(nlp, text)[-1] == "Wendmoor Borough Council"


def test_of_two_men_the_one_the_quotation_names_is_not_the_speaker(nlp):
    text = (
        "Builders started on the Orchard Lane flats in June.\n\nEdwin Marsh, whose cottage "
        "sits behind the site, went to the meeting in March with his neighbour, Walter Hobbs. "
        'He told me, "They promised us the scaffolding would come down by May. It is still '
        "over Edwin's back wall.\""
    )
    assert canonicals(nlp, text) == ["Walter Hobbs"]


def test_of_two_men_the_nearest_stays_when_the_quotation_names_neither(nlp):
    text = (
        "Builders started on the Orchard Lane flats in June.\n\nEdwin Marsh, whose cottage "
        "sits behind the site, went to the meeting in March with his neighbour, Walter Hobbs. "
        'He told me, "They promised us the scaffolding would come down by May. It is still '
        'over my back wall."'
    )
    assert canonicals(nlp, text) == ["Edwin Marsh"]

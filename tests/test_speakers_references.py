"""Speakers known by what the text says about them (issue 11, speaker round 6), on
sentences written for these tests: a definite document that names its author, "she"
after a body left unnamed, documents and people of the outlet a letter or a question
is written to, owners and counted groups.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str, **meta) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    article = kit.Article(body=text, meta=meta) if meta else text
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


# -- a definite document that names its author; "she" after a body left unnamed -------
def test_the_report_that_names_its_author_is_known_by_it(nlp):
    text = (
        "Parents were shocked by the report published on Monday.\n\n"
        "The report from the Board of Harbour Safety, published on Monday, found that "
        "the cranes were unsafe. It said repairs were overdue."
    )
    found = canonicals(nlp, text)
    assert found[-2:] == ["report from the Board of Harbour Safety"] * 2
    # trap: a plain "the report" still points back to the report just cited
    text = (
        "A report by the Board of Harbour Safety found that the cranes had rusted. "
        "The report said the cranes were unsafe."
    )
    assert canonicals(nlp, text) == ["report by the Board of Harbour Safety"] * 2


def test_she_after_a_body_left_unnamed_is_the_woman_who_spoke(nlp):
    text = (
        "Orla Kilbride, who speaks for the dockers, said the cranes were unsafe. "
        "Ten men were injured last year, according to the union. "
        '"We warned them," she said.'
    )
    assert canonicals(nlp, text)[-1] == "Orla Kilbride"


# -- a letters page: "your" is the newspaper the letter is written to ------------------
LETTERS = (
    "Sir, your report of 3 March said the Stellbury ferry would stop in April. "
    "Nobody asked the people who use it.\n\n"
    "Agnes Pickford, Quay Street\n\n"
    "Sir, your reporter claimed that the protest had turned into a riot. It had not. "
    "Later your correction on page 4 last Friday said only twelve people had attended, "
    "not two hundred. I was one of them.\n\n"
    "Tom Wickham, Mill Lane"
)


def test_in_a_letter_your_documents_and_reporter_are_the_newspapers(nlp):
    found = canonicals(nlp, LETTERS, outlet="The Stellbury Gazetteer")
    assert found[0] == "Stellbury Gazetteer's report of 3 March"
    assert "reporter for the Stellbury Gazetteer" in found
    assert any(c and c.endswith("correction on page 4") for c in found)
    assert "Sir" not in found  # the greeting is never a speaker


def test_the_newspaper_is_written_as_the_text_writes_it(nlp):
    text = (
        "Sir, your report of 3 March said the ferry would stop in April. "
        "Might the Gazetteer now apologise to the crew?\n\nAgnes Pickford, Quay Street"
    )
    assert canonicals(nlp, text, outlet="The Stellbury Gazetteer")[0] == (
        "Gazetteer's report of 3 March"
    )
    # trap: outside a letter, "your" in someone's quoted words stays theirs
    text = '"Your report of 3 March said the ferry would stop," Agnes Pickford told the mayor.'
    assert "Gazetteer" not in str(canonicals(nlp, text, outlet="The Stellbury Gazetteer"))


# -- a Q&A transcript: "you" in a question is the interviewee -------------------------
TRANSCRIPT = (
    "For ten years, Rosalind Thackeray has run the county's ambulance service. Her final "
    "report, published on Monday, found that waiting times had doubled.\n\n"
    "Lantern: Your report says crews wait four hours at the hospital doors. Who is to blame?\n\n"
    "Thackeray: The hospitals are full. Nobody disputes that.\n\n"
    "Lantern: In 2021 you called the service \"a system held together by goodwill.\" "
    "Do you still think so?\n\n"
    "Thackeray: Every word of it."
)


def test_in_a_transcript_you_and_your_are_the_interviewee(nlp):
    found = canonicals(nlp, TRANSCRIPT, outlet="The Mossley Lantern")
    # "Her final report" and "Your report" are one document
    assert found.count("Rosalind Thackeray's final report") == 2
    assert "Rosalind Thackeray" in found  # "you called"
    assert "you" not in found


def test_the_outlets_own_we_voice_names_its_documents(nlp):
    text = (
        "Leaving the scheme, our investigation found, takes weeks. "
        "Our survey of 200 readers sent to us in May shows that most gave up."
    )
    found = canonicals(nlp, text, outlet="Tollard Weekly")
    assert found == ["Tollard Weekly's investigation", "Tollard Weekly's survey of 200 readers"]
    text = "Our correspondent said the mood was grim. Our readers said they were angry."
    assert canonicals(nlp, text, outlet="Tollard Weekly") == [
        "correspondent for Tollard Weekly", "Our readers"
    ]  # fmt: skip
    # trap: "our" inside a quotation is the speaker's, not the outlet's
    text = '"Our survey of members shows that most want a strike," said Ann Orrell.'
    assert canonicals(nlp, text, outlet="Tollard Weekly") == ["Ann Orrell"]


# -- owners, shares of a group, one member described ----------------------------------
def test_a_spokeswoman_for_the_minister_is_the_ministers(nlp):
    text = (
        "Health Minister Rhoda Brindle said the ward would stay open. "
        "A spokeswoman for the minister later said the decision was final."
    )
    assert canonicals(nlp, text) == ["Rhoda Brindle", "spokeswoman for Rhoda Brindle"]


def test_a_one_word_body_name_before_a_spokesman_is_its_owner(nlp):
    text = (
        "Corvatta sells bicycles online. A Corvatta spokesman said refunds would be paid "
        "within a week."
    )
    assert canonicals(nlp, text) == ["spokesman for Corvatta"]
    # a longer official name is an owner too, written role first (the guide's convention
    # for an unnamed individual known by an owner, docs/annotation_rules.md section 5)
    text = "A Yarrowby Fire Service spokesman said the blaze was out by dawn."
    assert canonicals(nlp, text) == ["spokesman for Yarrowby Fire Service"]


def test_a_share_of_a_group_is_the_group_and_when_they_were_asked_is_no_part(nlp):
    text = (
        "Eight out of ten tenants said the heating had failed. "
        "Twelve of 15 surveyors polled by Helmsworth Data last month had said prices "
        "would fall."
    )
    assert canonicals(nlp, text) == ["tenants", "surveyors polled by Helmsworth Data"]
    # trap: a document keeps its date ("published last week" says which poll)
    text = "A poll of tenants published last week found that most wanted rent caps."
    assert canonicals(nlp, text) == ["poll of tenants published last week"]


def test_one_of_them_described_in_apposition_is_that_person(nlp):
    text = (
        "The apprentices were angry. One of them, a boy of seventeen, asked why the "
        "workshop had closed."
    )
    assert canonicals(nlp, text) == ["boy of seventeen"]


def test_the_survey_is_the_one_the_writer_just_named_with_its_owner(nlp):
    text = (
        "Councillor Ida Quellin said the charges would help the town. It is worth "
        "reading the council's own survey. According to the survey, most visitors come "
        "by car."
    )
    assert canonicals(nlp, text) == ["Ida Quellin", "council's own survey"]


def test_it_said_after_words_about_a_body_is_that_body(nlp):
    text = (
        "Trading resumed at noon, the Dunmarsh Grain Exchange said. "
        "The finance ministry said it was monitoring prices. "
        "The exchange's new clearing system, which can settle 900 trades a minute, "
        "handled the rush without problems, it said."
    )
    assert canonicals(nlp, text) == [
        "Dunmarsh Grain Exchange", "finance ministry", "Dunmarsh Grain Exchange"
    ]  # fmt: skip
    # trap: with no owner in the words reported, "it" is the body that spoke last
    text = (
        "Trading resumed at noon, the Dunmarsh Grain Exchange said. "
        "The finance ministry said it was monitoring prices. "
        "Grain prices would be reviewed again on Friday, it said."
    )
    assert canonicals(nlp, text)[-1] == "finance ministry"


def test_the_newspaper_is_the_paper_just_named(nlp):
    text = (
        "The Dunnet Courier reported on Monday that the mayor would resign. "
        "The newspaper said it had seen a letter from her office."
    )
    assert canonicals(nlp, text) == ["Dunnet Courier", "Dunnet Courier"]


def test_a_name_described_by_an_agent_noun_is_a_person_whatever_its_tag(nlp):
    text = (
        '"We will appeal," said Marta Ilves, a lawyer for the family. '
        "Ilves added that the ruling was unfair."
    )
    assert canonicals(nlp, text) == ["Marta Ilves", "Marta Ilves"]
    # trap: a name described as a maker is a body ("maker" names a business)
    text = "Hallam Tiles, a maker of roof tiles, said prices would rise."
    row = kit.annotate(text, nlp=nlp).sources[0]
    assert (row.canonical, row.type) == ("Hallam Tiles", "named_organization")


def test_the_companys_role_is_the_role_of_the_firm_in_focus(nlp):
    text = (
        "Grenmoor Energy's chief executive, Piet Vallance, said prices would fall. "
        "The company's finance director said costs were under control."
    )
    assert canonicals(nlp, text) == ["Piet Vallance", "finance director of Grenmoor Energy"]
    # trap: a group or a document of "the company" keeps the owner word
    text = (
        "Grenmoor Energy said prices would fall. The company's own forecast suggests "
        "that costs will rise."
    )
    assert canonicals(nlp, text)[-1] == "company's own forecast"


def test_a_definite_body_named_only_afterwards_is_that_body(nlp):
    text = (
        "Shares fell after the central bank warned that inflation could stay high until "
        "2028.\n\nThe Bank of Velmora held its main rate at 4.75 per cent. In a statement, "
        "the bank said prices were rising too fast."
    )
    assert canonicals(nlp, text) == ["Bank of Velmora", "Bank of Velmora"]
    # trap: a body named afterwards without that word is someone else
    text = (
        "The regulator warned on Monday that fares would rise sharply next year.\n\n"
        "The Office of Rail Fairness said in a report that ticket prices had doubled."
    )
    assert canonicals(nlp, text) == ["regulator", "Office of Rail Fairness"]


# -- a name after a noun for a vessel, an animal or a storm names no person ---------------
def test_a_ship_or_a_horse_with_a_persons_name_is_never_she(nlp):
    text = (
        "Jenna Polwhele, the harbour master, said the crew were safe. "
        "The coaster Morwenna Hale had lost power off the point. "
        "Later she said the owners had been warned."
    )
    ann = kit.annotate(text, nlp=nlp)
    assert [a.canonical for a in ann.attributions] == ["Jenna Polwhele"] * 2
    assert "Morwenna Hale" not in [s.canonical for s in ann.sources]
    # trap: the same name without the vessel noun is a person who can speak
    text = "Morwenna Hale ran the harbour café for years. She said the crew were safe."
    assert canonicals(nlp, text) == ["Morwenna Hale"]


def test_a_storm_named_like_a_person_is_no_source(nlp):
    text = (
        "Storm Ilsabet brought down power lines across the valley on Friday. "
        "Maren Osk, who farms above the river, said the water rose in an hour."
    )
    ann = kit.annotate(text, nlp=nlp)
    assert [s.canonical for s in ann.sources] == ["Maren Osk"]

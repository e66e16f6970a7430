"""Canonical speakers from helper spkN's fresh probes (benchmarks/fresh_probe/speakers16.yaml),
on sentences written for these tests in tabloid, partisan and press-release voices: owner
pronouns and definite nouns that point back to a named body, and the trimming of what only
describes a source (docs/annotation_rules.md, section 1: one canonical source, the fullest
name; the keys write a role the kit composes as "role of Org", without "the").
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def sources(nlp, text: str) -> dict[str, str]:
    """Each source row's canonical name and type."""
    return {s.canonical: s.type for s in kit.annotate(text, nlp=nlp).sources}


# -- "its", "his" resolved to the body or person named before ------------------------------
def test_its_role_after_a_body_the_model_took_for_a_person(nlp):
    text = (
        "Budget airline Skyreel Jetways has cancelled 400 flights this weekend, leaving "
        'families stranded.\n\nIts head of operations said passengers would be rebooked "within '
        'hours".'
    )
    assert canonicals(nlp, text) == ["head of operations of Skyreel Jetways"]


def test_its_role_after_a_name_that_spoke_and_a_steward_he_took_up(nlp):
    text = (
        'Brambleworth Live said in a statement that the safety of fans was "always our number '
        'one priority". A steward who worked the gate said the lane was "obviously too narrow". '
        '"We asked for another gate," he said. It said it would review crowd flows with the '
        "council. Its head of operations said on Sunday that crowd numbers were within the limits."
    )
    assert canonicals(nlp, text)[-2:] == [
        "Brambleworth Live",
        "head of operations of Brambleworth Live",
    ]


def test_his_gp_is_the_gp_of_the_person_named(nlp):
    text = (
        "Pensioner Wilfred Ashgrove-Tull, 84, waited nineteen hours on a trolley at Sallowmere "
        'General.\n\nHis GP wrote in a letter that the delay was "indefensible".'
    )
    assert canonicals(nlp, text) == ["GP of Wilfred Ashgrove-Tull"]
    assert sources(nlp, text)["GP of Wilfred Ashgrove-Tull"] == "anonymous"


def test_its_column_after_a_newspaper_written_with_the(nlp):
    text = (
        "The Morning Quillet, never a friend of the chancellor, runs a photograph of him on "
        'its front page. Its leader column calls the plan "a raid on pensioners".'
    )
    assert canonicals(nlp, text) == ["Morning Quillet's leader column"]


def test_the_charitys_treasurer_after_a_charity_named_in_apposition(nlp):
    text = (
        "Our appeal will raise money for Hopewell Lodge, a small charity that gives young "
        "carers a break. Hopewell Lodge is desperately short of money.\n\nThe charity's "
        "treasurer said the money would run out by March."
    )
    assert canonicals(nlp, text) == ["treasurer of Hopewell Lodge"]


# -- a definite noun that points back to a named body ----------------------------------------
def test_the_sanctuary_is_the_name_ending_in_it(nlp):
    text = (
        "Two otters escaped from Pellwick Otter Sanctuary overnight after a storm brought down "
        "a fence, the sanctuary said on Friday."
    )
    assert canonicals(nlp, text) == ["Pellwick Otter Sanctuary"]


def test_the_park_said_is_the_park_in_its_own_paraphrase(nlp):
    text = (
        "A lemur spent two nights loose near Brackenholt Wildlife Park before keepers coaxed it "
        "back with a bowl of grapes, the park said on Thursday."
    )
    assert canonicals(nlp, text) == ["Brackenholt Wildlife Park"]
    assert sources(nlp, text)["Brackenholt Wildlife Park"] == "named_organization"


def test_the_label_is_the_name_in_apposition(nlp):
    text = (
        "Rapper Kai Doverstone has been dropped by his record label, Coppergate Sounds, after "
        "his latest outburst.\n\nThe label said in a statement that it wished him well."
    )
    assert canonicals(nlp, text) == ["Coppergate Sounds"]


def test_the_union_is_the_body_it_described(nlp):
    text = (
        "Nurses at Fenwold Infirmary will walk out next week, the Guild of Ward Nurses, the "
        "largest nursing union, announced.\n\nMore than 300 nurses have left the hospital since "
        "January, according to the union."
    )
    assert canonicals(nlp, text) == ["Guild of Ward Nurses", "Guild of Ward Nurses"]


def test_the_ministry_is_the_possessed_ministry_that_spoke(nlp):
    text = (
        "Ostrelia's health ministry said in a bulletin that its officers had \"restored "
        "order\". Hours later a rebel group posted a video of the square. Later on Sunday the "
        "ministry issued a second statement denying that any officer had fired."
    )
    assert canonicals(nlp, text)[-1] == "Ostrelia's health ministry"


# -- trimming: the date after a document's maker, a clause of experience ------------------
def test_a_date_after_the_documents_maker_is_no_part_of_it(nlp):
    text = (
        "According to a structural report published by Harrowdene District Council in March, "
        'the pool\'s roof beams are "severely corroded".'
    )
    assert canonicals(nlp, text) == [
        "structural report published by Harrowdene District Council"
    ]


def test_a_date_before_the_journal_stays(nlp):
    text = (
        "Cold swimming may ease back pain, according to a study published on Wednesday in the "
        "Journal of Spinal Care."
    )
    assert canonicals(nlp, text) == [
        "study published on Wednesday in the Journal of Spinal Care"
    ]


def test_last_year_after_the_commissioner_is_no_part_of_it(nlp):
    text = (
        "A painting that hung for decades in Tarnwick's town hall may have been looted, "
        "according to a valuation report commissioned by the gallery last year."
    )
    assert canonicals(nlp, text) == ["valuation report commissioned by the gallery"]


def test_a_clause_of_experience_after_a_role_is_description(nlp):
    text = (
        "One porter who has worked at the hospital for twenty years told the Herald the wards "
        'were "a war zone".'
    )
    assert canonicals(nlp, text) == ["porter"]


def test_a_clause_of_experience_beside_anonymity_is_description(nlp):
    text = (
        "A bridge engineer who has inspected the crossing for a decade, and who asked not to be "
        "named because she advises the council, said the cracks were getting worse."
    )
    assert canonicals(nlp, text) == ["bridge engineer"]


def test_a_clause_after_a_bare_person_noun_stays(nlp):
    text = "A woman who has lived on Mill Lane for years said the noise was unbearable."
    assert canonicals(nlp, text) == ["woman who has lived on Mill Lane for years"]


def test_a_past_act_that_picks_out_the_speaker_stays(nlp):
    text = "A steward who worked the gate said the lane was far too narrow."
    assert canonicals(nlp, text) == ["steward who worked the gate"]


# -- a pronoun object inside the unnamed speaker's own clause --------------------------------
def test_it_in_the_speakers_own_clause_is_the_thing_named(nlp):
    text = (
        "If you missed the last boom, here is your second chance. QUANTEX, the native coin of "
        "the Quellmark chain, has climbed 700 per cent since March, and the people who built "
        "it say the real rally has not even started."
    )
    assert canonicals(nlp, text) == ["people who built QUANTEX"]
    assert sources(nlp, text)["people who built QUANTEX"] == "unnamed_group"

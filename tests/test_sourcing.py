"""The sourcing lens: one row per canonical source (guide section 2)."""

from __future__ import annotations

import json

import pytest

import kit
from kit.article import Article
from kit.errors import KitError
from kit.lenses.sourcing import SourceLexicon


def sources(nlp, text: str, **meta):
    article = Article(body=text, meta=meta)
    return {s.canonical: s for s in kit.annotate(article, nlp=nlp).sources}


def test_one_row_per_canonical_source_with_counts(nlp):
    text = (
        "Maria Lopez, a senator from Ohio, said the plan works. "
        '"We are pleased with the first results," she said. '
        "Tom Reyes said the plan is too expensive."
    )
    rows = sources(nlp, text)
    assert set(rows) == {"Maria Lopez", "Tom Reyes"}
    lopez = rows["Maria Lopez"]
    assert (lopez.type, lopez.attributions, lopez.quoted_words) == ("named_person", 2, 7)
    assert lopez.description == "senator from Ohio"
    assert rows["Tom Reyes"].quoted_words == 0


def test_title_before_the_name_is_the_description(nlp):
    rows = sources(nlp, "Foreign Ministry spokesperson Zhao Ming announced that talks will start.")
    assert rows["Zhao Ming"].description == "Foreign Ministry spokesperson"


@pytest.mark.parametrize(
    ("text", "canonical", "kind"),
    [
        ("Experts said the plan would fail.", "Experts", "anonymous"),
        ("Sources familiar with the talks said a deal is close.", None, "anonymous"),
        (
            "A senior official who asked not to be named said the talks failed.",
            "senior official",  # the request goes (helper ownersAS)
            "anonymous",
        ),
        ("Local teachers and parents said the school is too small.", None, "unnamed_group"),
        ("According to the released information, the meeting is in May.", None, "document"),
        ("A poll published last week found that most voters want change.", None, "document"),
        ("The Water Ministry said the dam is safe.", "Water Ministry", "named_organization"),
        ("It is reported that the minister resigned.", "it is reported", "anonymous"),
    ],
)
def test_source_types(nlp, text, canonical, kind):
    rows = sources(nlp, text)
    assert len(rows) == 1, rows
    row = next(iter(rows.values()))
    if canonical:
        assert row.canonical == canonical
    assert row.type == kind


def test_named_source_described_as_a_company_is_an_organisation(nlp):
    text = "Water levels rose, according to Horizon Geodata, a private imaging company."
    row = sources(nlp, text)["Horizon Geodata"]
    assert row.type == "named_organization"
    assert row.description == "private imaging company"


def test_told_a_news_outlet_is_outlet_exclusive_when_the_outlet_is_unknown(nlp):
    rows = sources(nlp, "Ann Lee told the Daily Star that prices will rise.")
    assert rows["Ann Lee"].outlet_exclusive is True


def test_told_the_press_conference_is_not_outlet_exclusive(nlp):
    rows = sources(nlp, "Ann Lee told the press conference that prices will rise.")
    assert rows["Ann Lee"].outlet_exclusive is False
    rows = sources(nlp, "Ann Lee told reporters that prices will rise.")
    assert rows["Ann Lee"].outlet_exclusive is False


def test_outlet_exclusive_compares_with_the_articles_outlet(nlp):
    text = "Ann Lee told Valley Courier on Monday that prices will rise."
    assert sources(nlp, text, outlet="Valley Courier")["Ann Lee"].outlet_exclusive is True
    assert sources(nlp, text, outlet="The Morning Bell")["Ann Lee"].outlet_exclusive is False


def test_quoted_words_count_partial_quotes_but_not_terms(nlp):
    text = (
        'Jon Bell said allies wait for "the latest instructions from their boss" and more '
        '"lecturing" at the "2+2" meeting.'
    )
    assert sources(nlp, text)["Jon Bell"].quoted_words == 7


def test_sources_are_plain_serialisable_dicts(nlp):
    doc = nlp("Ann Lee told the Daily Star that prices rise. Experts said the rise is small.")
    rows = doc._.kit_sources
    json.dumps(rows)
    assert [set(r) for r in rows] == [
        {"canonical", "type", "description", "outlet_exclusive", "attributions", "quoted_words"}
    ] * 2


def test_sourcing_reads_only_the_attribution_span_group(nlp):
    doc = nlp("Ann Lee said prices will rise.")
    doc.spans["attributions"] = []
    assert nlp.get_pipe("kit_sourcing")(doc)._.kit_sources == []


def test_unreadable_source_lexicon_is_a_clear_error(tmp_path):
    bad = tmp_path / "types.yaml"
    bad.write_text("document_heads: [unclosed", encoding="utf-8")
    with pytest.raises(KitError, match="cannot read the source-type lexicon"):
        SourceLexicon.load(bad)


def test_told_us_is_outlet_exclusive(nlp):
    rows = sources(nlp, '"I have never been happier in my life," Tamsin Rook told us in June.')
    assert rows["Tamsin Rook"].outlet_exclusive is True


def test_interview_with_an_outlet_before_the_cue_is_outlet_exclusive(nlp):
    rows = sources(nlp, "In an interview with the BBC, Ann Lee said the plan had failed.")
    assert rows["Ann Lee"].outlet_exclusive is True


def test_writing_or_speaking_to_an_outlet_is_outlet_exclusive(nlp):
    text = "Ann Lee, a nurse at the city hospital, wrote to the Valley Courier to say she was glad."
    assert sources(nlp, text, outlet="Valley Courier")["Ann Lee"].outlet_exclusive is True
    assert sources(nlp, text, outlet="The Morning Bell")["Ann Lee"].outlet_exclusive is False
    # the outlet's short name ("the Courier" in The Valley Courier), not another paper's
    text = "Ann Lee wrote to the Courier to say she backed the ban."
    assert sources(nlp, text, outlet="The Valley Courier")["Ann Lee"].outlet_exclusive is True
    assert sources(nlp, text, outlet="The Valley Herald")["Ann Lee"].outlet_exclusive is False
    text = "Ann Lee told the Record that she backed the ban."
    assert sources(nlp, text, outlet="The Dunmore Record")["Ann Lee"].outlet_exclusive is True
    text = "Tom Ray spoke to the Evening Herald about the strike, saying talks had failed."
    rows = sources(nlp, text)
    assert [r.outlet_exclusive for r in rows.values()] == [True] * len(rows) and rows
    # a report *according to* an outlet names the source, not a listener
    text = "Prices will rise by a tenth, according to the Evening Herald."
    assert not any(r.outlet_exclusive for r in sources(nlp, text).values())


# -- organisation, person and group evidence (round 2), on sentences written for the test --
def test_a_name_described_as_a_maker_and_taken_up_as_the_company_is_an_organisation(nlp):
    text = (
        "Brisk Kettles, the maker of camping stoves, will close a plant. "
        "Demand has fallen, the company said."
    )
    rows = sources(nlp, text)
    assert rows["Brisk Kettles"].type == "named_organization"


def test_a_name_followed_by_which_is_an_organisation(nlp):
    rows = sources(nlp, "Oakline Trams, which runs the network, said fares would rise in May.")
    assert rows["Oakline Trams"].type == "named_organization"


def test_a_name_followed_by_who_is_a_person(nlp):
    text = "Ilka Brenn, who sells fish at the market, said the new rules are too strict."
    rows = sources(nlp, text)
    assert rows["Ilka Brenn"].type == "named_person"


def test_a_staff_is_an_unnamed_group(nlp):
    rows = sources(nlp, "The hospital's nursing staff said the ward was understaffed.")
    (row,) = rows.values()
    assert row.type == "unnamed_group"


def test_minutes_are_a_document(nlp):
    rows = sources(nlp, "The budget was cut by a tenth, according to minutes of the meeting.")
    assert rows["minutes of the meeting"].type == "document"


def test_a_definite_description_adds_to_the_earlier_source(nlp):
    text = (
        "A person briefed on the talks said the union would accept the offer. "
        "The person said a vote was planned for Friday."
    )
    rows = sources(nlp, text)
    assert list(rows) == ["person briefed on the talks"]
    assert rows["person briefed on the talks"].attributions == 2
    assert rows["person briefed on the talks"].type == "anonymous"


def test_a_statistic_is_not_a_source(nlp):
    text = "About one in five riders reported delays, the survey found."
    assert set(sources(nlp, text)) == {"survey"}


# -- issue 11, item 3: who is a source in political news --------------------------------
def test_speech_quoted_inside_a_speakers_quotation_is_a_source_row_of_its_own(nlp):
    # guide, section 2: every canonical source gets a row; the envoy has an act of its own
    # inside the mediator's words (rounds I-K keys list such speakers as sources)
    text = (
        '"We were halfway through the agenda when their envoy stood up and said, '
        "'We are leaving,'\" the mediator told reporters."
    )
    rows = sources(nlp, text)
    assert len(rows) == 2 and "mediator" in rows and any("envoy" in r for r in rows)


def test_quoted_words_inside_a_quotation_with_no_act_of_their_own_add_no_row(nlp):
    text = (
        '"When we got there the sign on the door just read \'Closed until spring,\' and '
        'nobody answered," the mediator told reporters.'
    )
    assert list(sources(nlp, text)) == ["mediator"]


def test_anonymity_asked_for_between_speaker_and_verb_makes_the_source_anonymous(nlp):
    hidden = "Three officials, speaking on condition of anonymity, said the vote was rigged."
    assert sources(nlp, hidden)["three officials"].type == "anonymous"
    plain = "Three officials said the vote was rigged."
    assert sources(nlp, plain)["three officials"].type == "unnamed_group"


def test_a_named_owner_resolves_the_type_of_a_title_only_speaker(nlp):
    text = "Velmora's chief negotiator told the Daily Star that the offer was final."
    row = sources(nlp, text)["chief negotiator of Velmora"]
    assert (row.type, row.outlet_exclusive) == ("anonymous", True)


@pytest.mark.parametrize("listener", ["this blog", "this reporter", "this programme"])
def test_the_outlet_speaking_of_itself_makes_a_source_outlet_exclusive(nlp, listener):
    rows = sources(nlp, f"Professor Ines Kalder told {listener} that the dam was unsafe.")
    assert rows["Ines Kalder"].outlet_exclusive is True
    # near-miss: another outlet's programme
    rows = sources(nlp, "Professor Ines Kalder told a rival programme that the dam was unsafe.")
    assert rows["Ines Kalder"].outlet_exclusive is False


def test_a_follow_on_quotation_after_the_cue_counts_as_the_speakers_words():
    """'"A," she said. "B."': the content ends at A (as the keys end it), but B is still
    in her quotation marks and counts among her quoted words."""
    text = (
        "The ferry committee met on Thursday.\n\n"
        '"We have waited three winters for this," Nessa Corrigan said. "The pier will not '
        'last another one."'
    )
    annotated = kit.annotate(text)
    (act,) = [a for a in annotated.annotations if a.category == "attribution"]
    assert act.content.text == "We have waited three winters for this"
    (source,) = [s for s in annotated.sources if s.canonical == "Nessa Corrigan"]
    assert source.quoted_words == 14  # seven words in each quotation

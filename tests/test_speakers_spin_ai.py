"""Speakers in spin-heavy news, twenty-ninth rule round: hyphenated, apostrophe and
particled surnames; an unnamed body's owner word resolved to the body the text names;
a writer's "perhaps she could tell us" is no attribution; a cue between two quoted
sentences ends the content at the first. All sentences are made up."""

from __future__ import annotations

from speaker_acts import acts, canonicals

import kit
from kit.article import Article


def _contents(nlp, text: str) -> list[str]:
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    return [a.content.text for a in doc.attributions]


# -- names ----------------------------------------------------------------------------
def test_double_surname_after_a_role_with_a_long_aside(nlp):
    # the model tags the first name alone an organisation and hangs the surname on it
    text = (
        "The chief judge, Wulfram Tessington-Blye, a man who has never ruled against the "
        "home side, said the anchor had sat down."
    )
    assert canonicals(nlp, text) == ["Wulfram Tessington-Blye"]


def test_double_surname_stays_a_firm_when_a_name_runs_on(nlp):
    text = (
        "Hallam-Brooke Logistics said the depot would close. The firm's chief, Mira "
        "Hallam-Brooke, said jobs were safe."
    )
    assert canonicals(nlp, text) == ["Hallam-Brooke Logistics", "Mira Hallam-Brooke"]


def test_apostrophe_and_hyphen_surname_opening_a_sentence(nlp):
    text = (
        "The coach, Siobhan O'Hara-Quinn, said the team had trained hard. "
        "O'Hara-Quinn said the pitch was poor."
    )
    assert canonicals(nlp, text) == ["Siobhan O'Hara-Quinn", "Siobhan O'Hara-Quinn"]


def test_particled_surname_opening_a_sentence_is_the_person_named_before(nlp):
    text = (
        "The defender, Virgil van Dijk, said the team had been unlucky. "
        "Van Dijk said the referee had missed a foul."
    )
    assert canonicals(nlp, text) == ["Virgil van Dijk", "Virgil van Dijk"]
    text = (
        "The referee, Ana de la Vega, said the goal was offside. "
        "De la Vega said she had a clear view."
    )
    assert canonicals(nlp, text) == ["Ana de la Vega", "Ana de la Vega"]


# -- an unnamed body and its owner ----------------------------------------------------
BANK = (
    "The Central Bank of Norvania raised its main rate to 4 per cent on Thursday. The "
    "bank's monetary policy committee voted five to four for the rise. In a statement, "
    "the committee said prices had risen faster than expected."
)


def test_committee_of_the_named_bank(nlp):
    assert canonicals(nlp, BANK) == ["monetary policy committee of Central Bank of Norvania"]


def test_two_banks_named_leave_the_committee_unresolved(nlp):
    text = BANK.replace(
        "The Central Bank of Norvania raised its main rate to 4 per cent on Thursday.",
        "The Central Bank of Norvania and the Merchant Bank of Ostmark both met on Thursday.",
    )
    assert canonicals(nlp, text) == ["monetary policy committee"]


def test_an_adjective_that_dates_the_committee_is_not_its_kind(nlp):
    text = BANK.replace("monetary policy committee", "new policy committee")
    assert canonicals(nlp, text) == ["policy committee of Central Bank of Norvania"]


def test_board_of_a_body_named_as_its_owner(nlp):
    text = "The Harbour Trust's planning board met on Monday. The board said the pier would close."
    assert canonicals(nlp, text) == ["planning board of Harbour Trust"]


# -- the writer's challenge -----------------------------------------------------------
def test_perhaps_she_could_tell_us_is_no_attribution(nlp):
    assert acts(nlp, "How gracious. Perhaps she could tell us which gym her judge trains at.") == []
    assert acts(nlp, "The minister might explain to us why the bill doubled.") == []


def test_reports_with_tell_us_stay(nlp):
    assert canonicals(nlp, "The mayor told us the road would reopen on Monday.") == ["mayor"]
    text = "The mayor said the council could tell us more next week."
    assert [c for c, _, _ in acts(nlp, text)] == ["said"]
    assert _contents(nlp, text) == ["the council could tell us more next week."]
    assert acts(nlp, '"Perhaps the board could tell us why," she said.')[0][0] == "said"


# -- where content ends ---------------------------------------------------------------
def test_cue_between_two_quoted_sentences_ends_the_content(nlp):
    text = (
        'The mayor spoke at the hall. "We lost the vote," she said. '
        '"We will be back next year."'
    )
    assert _contents(nlp, text) == ["We lost the vote"]


def test_cue_inside_one_quoted_sentence_keeps_both_halves(nlp):
    text = '"We lost the vote," she said, "but we will be back next year."'
    content = _contents(nlp, text)[0]
    assert content.startswith("We lost the vote") and content.endswith("next year.")


def test_follow_on_after_a_paraphrase_still_joins_it(nlp):
    text = 'Ann Lee said the deal is fair to both towns. "Nobody lost anything in the end."'
    assert _contents(nlp, text)[0].endswith("in the end.")


def test_a_cue_inside_the_follow_on_quote_stays_dropped(nlp):
    text = '"Someone called me a fool," she said. "I thought she was joking."'
    assert [c for c, _, _ in acts(nlp, text)] == ["said"]
    assert _contents(nlp, text) == ["Someone called me a fool"]


def test_a_name_in_the_follow_on_quote_is_not_the_next_speaker(nlp):
    text = (
        "The sellers, brothers Ivor and Amory Wolstenholme, inherited the farm last year. "
        'Ivor Wolstenholme told the Gazette they had nearly sold the painting. "It was '
        'wrapped in a sack," he said. "Amory wanted to use it as a tray."\n\n'
        "His brother said he planned to spend his share on a new roof."
    )
    assert canonicals(nlp, text)[-1] == "Amory Wolstenholme"


def test_a_committee_of_a_named_bank_is_a_named_organisation(nlp):
    source = kit.annotate(BANK, nlp=nlp).sources[0]
    assert source.type == "named_organization"


# -- a named body's name --------------------------------------------------------------
def test_the_writers_adjective_is_no_part_of_a_bodys_name(nlp):
    text = "The timid Fisheries Standards Board says it will review the quota."
    assert canonicals(nlp, text) == ["Fisheries Standards Board"]
    text = "The powerful Harbour Pilots Association said the channel was unsafe."
    assert canonicals(nlp, text) == ["Harbour Pilots Association"]


def test_a_weekday_before_a_bodys_name_is_no_part_of_it(nlp):
    text = (
        "Last Thursday Dunmore Town Council had the bench removed. The town council says "
        "the move will open up the square."
    )
    assert canonicals(nlp, text) == ["Dunmore Town Council"]


def test_a_role_written_with_an_acronym_keeps_its_adjective(nlp):
    text = "One local GP, who asked us not to name her, told us she had seen a cluster of bugs."
    assert canonicals(nlp, text) == ["local GP"]

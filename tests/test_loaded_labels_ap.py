"""Labels for groups, dull or scolding speech and acts of stealth, found by their use
(labelsAP), learned from round AO and rounds AO1-AO3 and counted across the 643 practice
keys (keyed items missed / plain uses or traps newly marked / rounds):

- a figurative collective with the writer's modifier: "the epaulette set" (8 / 0 / 7);
- speech told as a dull noise or a scolding, and a speaker the parser hung the verb on
  after an apposition: "mumbled through the tide tables", "hectored the council",
  "Her spokesman, X, bleated on Wednesday that" (7 / 0 / 6);
- taking or putting out by stealth or trickery: "smuggled out on a Friday afternoon",
  "prised out of the association", "the man who bilked them" (6 / 0 / 5);
- a denied accusation is no accusation: "had never intended to deceive anyone" (0 / -1 / 1).

Sentences written for this file (none copied from data/); GUARDS are literal look-alikes
that stay unmarked.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers

COLLECTIVES = [
    ("Meanwhile the yacht-club set has found the money for a new marina.",
     "the yacht-club set"),
    ("Rents rose again, and the cufflink set did not notice.", "the cufflink set"),
    ("The Harrowgate menagerie then swept out of the hotel for the photographers.",
     "The Harrowgate menagerie"),
    ("The gravel-drive caucus will vote against the scheme, as it always does.",
     "The gravel-drive caucus"),
    ("Behind the ban stands the allotment cartel, which has lobbied for it for years.",
     "the allotment cartel"),
]

COLLECTIVE_GUARDS = [
    ("The home crowd sang throughout the second half of the match.", "crowd"),
    ("The fire brigade arrived within ten minutes of the call.", "brigade"),
    ("She bought a chess set for her grandson's birthday.", "set"),
    ("The Durvanian army said it had taken the bridge.", "army"),
    ("The national squad will fly to Lisbon on Monday.", "squad"),
    ("The under-14 squad travelled to Carlow for the cup.", "squad"),
    ("The under-18 set will meet on Thursday evenings.", "set"),
    ("He lost the second set but recovered to win in four.", "set"),
    ("A set of new rules will apply from April.", "set"),
    ("The rules set out in the letter apply from May.", "set"),
]

SPEECH = [
    ("Her agent, Corin Maddox, bleated on Friday that the fee had been agreed in advance.",
     "bleated"),
    ("The minister then mumbled through a list of figures for the northern ports.", "mumbled"),
    ("The chairman hectored the committee for half an hour.", "hectored"),
    ("The regulator, for its part, muttered that it would look again at the complaint.",
     "muttered"),
    ("The treasurer, a man who loves a spreadsheet, droned for forty minutes.", "droned"),
]

SPEECH_GUARDS = [
    ("The engine droned all night outside the hotel.", "droned"),
    ("A drone flew over the field during the show.", "drone"),
    ("The old man muttered to himself as he walked home.", "muttered"),
    ("The priest intoned the blessing at the graveside.", "intoned"),
    ("The singer, mocked by critics for years, won the prize on Sunday.", "mocked"),
]

STEALTH = [
    ("The inspection report, smuggled out on a bank-holiday Friday, found damp in every "
     "ward.", "smuggled"),
    ("The fare rise was sneaked out in a two-line notice on Christmas Eve.", "sneaked"),
    ("The letter, which we finally prised out of the ministry in June, confirms the delay.",
     "prised"),
    ("The landlord bilked his tenants for years, the tribunal heard.", "bilked"),
]

STEALTH_GUARDS = [
    ("Customs officers found cocaine smuggled into the port in banana crates.", "smuggled"),
    ("She sneaked out of the house after midnight.", "sneaked"),
    ("He sneaked a look at the answers before the test.", "sneaked"),
    ("Phones are smuggled into the prison every week, the governor said.", "smuggled"),
    ("He prised the lid off the tin with a screwdriver.", "prised"),
    ("His lawyer said he had never intended to deceive anyone.", "deceive"),
    ("She did not betray her colleagues, the tribunal found.", "betray"),
]


@pytest.mark.parametrize(("text", "span"), COLLECTIVES)
def test_a_group_named_by_a_figurative_collective_is_a_label(nlp, text, span):
    assert covers(nlp, text, span, "labeling")


@pytest.mark.parametrize(("text", "span"), COLLECTIVE_GUARDS)
def test_a_collective_in_its_literal_sense_is_no_label(nlp, text, span):
    assert not covers(nlp, text, span)


@pytest.mark.parametrize(("text", "span"), SPEECH)
def test_speech_told_as_a_dull_noise_or_a_scolding_is_emotive(nlp, text, span):
    assert covers(nlp, text, span, "emotive")


@pytest.mark.parametrize(("text", "span"), SPEECH_GUARDS)
def test_a_low_voice_a_machine_and_a_liturgy_are_plain(nlp, text, span):
    assert not covers(nlp, text, span)


@pytest.mark.parametrize(("text", "span"), STEALTH)
def test_a_body_s_act_told_as_stealth_or_trickery_is_emotive(nlp, text, span):
    assert covers(nlp, text, span, "emotive")


@pytest.mark.parametrize(("text", "span"), STEALTH_GUARDS)
def test_real_smuggling_a_lid_and_a_denial_are_plain(nlp, text, span):
    assert not covers(nlp, text, span)


def test_the_collective_label_names_its_badge_and_a_neutral_wording(nlp):
    doc = nlp("Meanwhile the yacht-club set has found the money for a new marina.")
    (mark,) = [s for s in doc.spans["loaded"] if "set" in s.text]
    assert mark.text == "the yacht-club set"
    assert "'yacht-club'" in mark._.kit_explanation and "'set'" in mark._.kit_explanation

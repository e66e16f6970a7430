"""Loaded recall on unseen text (issue 11, loadedL), from a fresh probe batch written in
tabloid, partisan-column and campaigning-local-paper voices, with names and topics that
are not in data/. Each sentence in MARKED was missed on main and each in TRAPS was marked
on main; the GUARDS are look-alikes that keep the new rules from marking literal senses.

Kinds, each general rather than a word list from one article:

- a loaded adjective the tagger reads as the first noun of a compound ("these crackpot
  proposals"; kit/lenses/wordlists.py);
- judgement adjectives said of a person, a body or an act ("the spendthrift cabinet", "a
  craven retreat": judgement.yaml and the act nouns of judgement_frames.yaml);
- people turned away without an answer ("stonewalled every parent"), objections run over
  ("steamrollered the objections"), a body taken over ("hijacked the association"), a
  town emptied ("hollowed out the high street"), working rotas torn up;
- a trick noun owned and predicated ("the cabinet's latest wheeze is a levy"), "What
  exactly were they doing ...?";
- claims in the writer's voice: priorities ("put its own comfort before the town"),
  indifference ("nobody lost a minute's sleep over"), bad faith in a process ("never
  meant to find anything"), sincerity doubted by timing ("only discovered its concern");
- "some" before one person's job ("some official in Whitehall");
- sarcastic thanks ("Thanks a lot, County Hall."), mock wonder ("Only in Larchfield could
  ..."), a voice judged by its pitch ("the shrill campaigners"), "cover story" as an
  accusation, talk "spouted";
- giving way told as a body bending or folding, with only a moment or a likeness after it
  ("knuckled under the moment ...", "folded like a deckchair", "bent the knee to its
  donors"), and people "bamboozled" (not by a conjuror).
"""

from __future__ import annotations

import pytest
from practice_text import practice_text, seen_in


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ("The council's spendthrift cabinet has blown another two million on consultants.",
     "spendthrift"),
    ("The minister weaselled out of a straight answer again on Tuesday.", "weaselled"),
    ("The agency stonewalled every parent who asked about the delays.", "stonewalled"),
    ("Councillor Brannagh's craven retreat on the library has left readers furious.",
     "craven"),
    ("The developers steamrollered the objections of two hundred residents.",
     "steamrollered"),
    ("These crackpot proposals from the mayor's office would empty the high street.",
     "crackpot"),
    ("The cabinet's latest wheeze is a parking levy on nurses.", "wheeze"),
    ("The latest money-spinner from the rail operator is a fee for printing your own ticket.",
     "money-spinner"),
    ("What exactly were the inspectors doing for the last six years?", "What exactly"),
    ("A tiny clique of landlords has hijacked the residents' association.", "hijacked"),
    ("The trust only discovered its concern for patients when the cameras arrived.",
     "only discovered its concern"),
    ("Once again, the board has put its own comfort before the town it is supposed to serve.",
     "put its own comfort before"),
    ("Nobody at the ministry lost a minute's sleep over the flooded homes.",
     "lost a minute's sleep over"),
    ("The inquiry was never meant to find anything.", "never meant to find"),
    ("Apparently some official in Whitehall decided the ferry could wait another year.",
     "some official"),
    ("And some inspector who has never seen the bay signs it off.", "some inspector"),
    ("The cabinet has well and truly lost the argument on tolls.", "well and truly"),
    ("Out-of-town retail parks have hollowed out the high street in Brackley.",
     "hollowed out"),
    ("The airline tore up the rotas that cabin crew had relied on for years.", "tore up"),
    ("Thanks a lot, County Hall.", "Thanks a lot"),
    ("The shrill campaigners were back outside the town hall.", "shrill"),
    ("The governors' cover story about a staffing shortage fooled nobody.", "cover story"),
    ("The chairman spouted the usual nonsense about efficiency savings.", "spouted"),
    ("Only in Larchfield could a bus shelter cost more than a house.", "Only in Larchfield"),
    ("Residents were bamboozled by a forty-page leaflet full of jargon.", "bamboozled"),
    ("The council knuckled under the moment the developer threatened to appeal.",
     "knuckled under"),
    ("The party bent the knee to its donors yet again.", "bent the knee"),
    ("The board folded like a deckchair when the union pushed back.", "folded"),
    ("The regulator's blinkered view of competition has left villages without a bus.",
     "blinkered"),
    ("The planning chief fobbed off the residents with a leaflet.", "fobbed off"),
    ("Hospital bosses have put their bonuses ahead of patient safety.", "bonuses ahead of"),
]

TRAPS = [
    ("A street vendor peddled ice creams along the promenade.", "peddled"),
    ("The fishermen hauled in a record catch of mackerel off Trenholm.", "hauled"),
    ("The volunteers grovelled in the mud to find the lost ring.", "grovelled"),
    ("The lapdog won best in show at the Carrowby fair on Saturday.", "lapdog"),
    ("The farm's slurry pit stinks in summer, neighbours said.", "stinks"),
]

GUARDS = [
    ("Workers steamrollered the new tarmac on Harbour Road on Monday.", "steamrollered"),
    ("Workers bulldozed the old depot on Monday.", "bulldozed"),
    ("The lorry was hijacked on the ring road, police said.", "hijacked"),
    ("The bridge was never designed to carry lorries.", "designed"),
    ("Parents lost sleep over the exam results.", "sleep"),
    ("The caretaker put the chairs before the stage.", "put"),
    ("The union said the inquiry was never meant to find anything.", "never meant"),
    ("Some residents complained about the noise from the depot.", "Some"),
    ("Some staff were moved to the Ashby site in January.", "Some"),
    ("If some member of the public finds the bag, they should call the station.", "some"),
    ("The museum will need some volunteer help this summer.", "some"),
    ("The beetles hollowed out the old oak by the lych-gate.", "hollowed"),
    ("She tore up the letter and threw it in the bin.", "tore up"),
    ("The scheme manager will visit the allotments on Friday.", "scheme"),
    ("Thanks to a late goal, Larchfield stayed up.", "Thanks"),
    ("The alarm gave a shrill whistle when the smoke reached the hall.", "shrill"),
    ("The magazine's cover story this month is about Larchfield.", "cover story"),
    ("The fountain spouted water twenty feet into the air.", "spouted"),
    ("Only in May did the council act on the report.", "Only in"),
    ("Her new single, \"Listening\", went straight to number four.", "Listening"),
    ("The knight bent the knee before the queen in the final scene of the play.", "bent"),
    ("Staff folded the deckchairs and stacked them in the shed.", "folded"),
    ("The magician bamboozled the children with a disappearing rabbit.", "bamboozled"),
    ("Her view of the harbour is spectacular.", "view"),
    ("The climber's grasping hand found the ledge just in time.", "grasping"),
    ("The boy put his homework ahead of football for once.", "ahead of"),
    ("Some surveyors arrived on Monday to measure the field.", "Some surveyors"),
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_unseen_loaded_is_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert any(word in span or span in word for span, _ in marks), marks


@pytest.mark.parametrize(("text", "word"), TRAPS + GUARDS)
def test_literal_or_attributed_look_alike_is_not_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert not [span for span, _ in marks if word in span], marks


def test_new_judgement_adjectives_are_mostly_unseen_in_data():
    added = ["bungling", "blundering", "scatterbrained", "dim-witted", "dozy", "blinkered",
             "hidebound", "rudderless", "spendthrift", "profligate", "pusillanimous",
             "thin-skinned", "grasping", "money-grubbing", "sly", "slimy", "weaselly", "shrill",
             "strident"]
    corpus = practice_text()
    unseen = [w for w in added if not seen_in(corpus, w)]
    assert len(unseen) * 2 >= len(added), unseen

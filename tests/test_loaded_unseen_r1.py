"""Loaded recall for emotive words and labels (issue 13, loadedR1a): classes, not phrases.
A fresh probe batch written before the rules, with names and topics not in data/; each
sentence in MARKED was missed on main (the batch held 26, of which main marked 5:
"spinelessly shelved", "crippled the youth service", "decimate the arts charities",
"fairy tales for the faithful", "caved in to a decade of lobbying"; those are left out).
GUARDS are literal or plain look-alikes, unmarked on main and after.

Classes (kit/lenses/judgement.py, judgement_words.py, judgement_lexicon.py, the new
kit/lenses/loaded_staged.py, and loadedR1a blocks in kit/lexicons/judgement.yaml,
judgement_frames.yaml, judgement_force.yaml, loaded.yaml, loaded_senses.yaml):

- a manner adverb of judgement on what a body did, also through a relative pronoun
  ("the council, which has meekly approved ..."), and weakness adjectives ("feebly",
  "slavishly");
- verbs of ruin on a community or a service ("blighted the village", "gutting its
  library service"), not a crop, a fish or a fire's work;
- contempt nouns for a plan, a claim or an act in a speaker's quotation marks ("a
  plaything for architects", "a con", "snobbery", "mostly froth", "a scapegoat");
- judgement adjectives on a person, a firm or an act ("bloated competitors", "a curt
  reply", "a disgruntled tenant"), shameful haste ("indecent haste") and feeling or words
  called staged ("theatrical indignation", "rehearsed soundbites");
- labels: a label with a literal sense counted by contempt ("a bunch of cowboys"), a scorn
  modifier before a mock figure ("keyboard warriors"), a label whose charge survives its
  field ("coffee snobs"), private life as a label ("serial philanderer");
- giving way to a length of pressure ("bowed to years of pressure"), a body named by its
  last word ("the Haldane Gallery").
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ("The parish council, which has meekly approved every quarry lorry since 2010, met "
     "again on Monday.",
     'meekly'),
    ('Ministers feebly promised yet another review of the ferry contract.',
     'feebly'),
    ("The trustees slavishly followed the consultants' advice on closures.",
     'slavishly'),
    ('The new bypass has blighted the whole village of Orrin Cross.',
     'blighted'),
    ('The county is gutting its library service to fund a new car park.',
     'gutting'),
    ('A shopkeeper called the new square "a plaything for architects".',
     'plaything'),
    ('The treasurer said the audit was "a con from start to finish".',
     'con'),
    ('One parent said the scheme was "snobbery, plain and simple".',
     'snobbery'),
    ('A trader said the surge in prices was "mostly froth".',
     'froth'),
    ('The caretaker said he was being made "a scapegoat" for the flood.',
     'scapegoat'),
    ("Its bloated competitors cannot match the co-op's prices.",
     'bloated'),
    ("The minister's theatrical indignation fooled nobody at the hearing.",
     'theatrical'),
    ('In a curt reply, the agency said the matter was closed.',
     'curt'),
    ('The landlord dismissed the complaint as the work of a disgruntled tenant.',
     'disgruntled'),
    ('The homes were approved with indecent haste last spring.',
     'indecent'),
    ('The mayor arrived with a stock of rehearsed soundbites.',
     'rehearsed'),
    ('"A bunch of cowboys dug up my drive and vanished," he said.',
     'cowboys'),
    ('Online, a pack of keyboard warriors has been hounding the referee.',
     'keyboard warriors'),
    ("The town's coffee snobs have found a new café to sneer at.",
     'snobs'),
    ('The serial philanderer has left another fiancée at the altar.',
     'serial philanderer'),
    ('The Haldane Gallery finally bowed to years of pressure from the islanders.',
     'bowed'),
]

GUARDS = [
    'The fawn stepped timidly out of the hedge.',
    'The lamp flickered feebly in the hall.',
    'Late frost blighted the potato crop across the valley.',
    'The fishmonger gutted the trout on the counter.',
    'The fire gutted the old mill on Tanner Street.',
    'The lecture covered the pros and cons of solar panels.',
    'Pour the milk until the froth reaches the rim.',
    'The bloated carcass of a seal washed up at Penmore.',
    'She studied theatrical design at college.',
    'The rodeo drew cowboys from three counties.',
    'The children wrote fairy tales for the school magazine.',
    'The old oak bowed to the wind all winter.',
    'The roof caved in under the weight of snow.',
    "A disease crippled the orchard's oldest trees.",
    'The choir gave a well rehearsed concert on Sunday.',
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_marked(nlp, text, word):
    found = loaded(nlp, text)
    assert any(word in t or t in word for t, label in found if label != "scare_quote"), found


@pytest.mark.parametrize("text", GUARDS)
def test_guards(nlp, text):
    assert loaded(nlp, text) == []


# A second batch, written after the rules and scored once (12 sentences, 6 look-alikes):
# main 2 of 12 ("gravy train", "armchair generals"), the branch 9 of 12, no look-alike
# marked before or after. Kept below: the 7 that main missed and the branch marks. Left
# unmarked (not fixed after scoring): "sheepishly delayed" and "servilely adopted" (no
# such adjective family or tag), "blighted the estate" (a housing estate is not in the
# body nouns). "The embittered ex-director" is marked as "embittered ex": the hyphenated
# noun is split by the tokenizer.
SECOND_MARKED = [
    ("The trust is gutting its mobile library service to save £80,000.", "gutting"),
    ('The fisherman said the quota was "a con dressed up as conservation".', "con"),
    ("The councillor's manufactured outrage over the bins convinced nobody.", "manufactured"),
    ("The licence was granted in unseemly haste before the summer recess.", "unseemly haste"),
    ("A shower of clowns from the agency rewired the hall and left it dark.", "clowns"),
    ("The town's wine snobs will hate the new supermarket range.", "snobs"),
    ("The embittered ex-director has written a third letter to the paper.", "embittered"),
]

SECOND_GUARDS = [
    "The vet said the calf was bloated and needed treatment.",
    "A fungus blighted the tomato plants in every greenhouse on the allotment.",
    "The chef gutted the mackerel and grilled them whole.",
    "The actor's theatrical training shows in his voice.",
    "The cowboys drove the cattle across the river at dawn.",
    "The froth on the harbour water came from a detergent spill.",
]


@pytest.mark.parametrize(("text", "word"), SECOND_MARKED)
def test_second_batch_marked(nlp, text, word):
    found = loaded(nlp, text)
    assert any(word in t or t in word for t, label in found if label != "scare_quote"), found


@pytest.mark.parametrize("text", SECOND_GUARDS)
def test_second_batch_guards(nlp, text):
    assert loaded(nlp, text) == []

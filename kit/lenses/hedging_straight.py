"""Plain senses of "may not" and "could" in straight reports (precisionAM, from round AL).

Straight reports tell rules and records in the words of possibility and of all. Three
such uses weigh no chance and claim nothing about all (ANNOTATION_GUIDE.md, section 3, the
traps):

- a bar a rule or a ruling lays on someone: "Brevnik may train with her club but may
  not compete", "officials may not speak to the media", "the ship may not leave until
  every deficiency has been put right" (a prohibition, deontic "may not");
- an agent's rate of work: "Carrbeck could run 140 trains a week at its peak", "my
  father could dress a side of beef in ten minutes" (what they were able to do, dynamic
  "could");
- "every" that ranges over what a condition or a routine needs: "until every deficiency
  has been put right", "if every competitor has finished", "tested before every session".

Each kind was counted on the practice keys before it was written (see the commit and
``docs/lenses_hedging_loaded.md``). Every test starts from the word the lexicon already
matched and reads only its verb's or its noun's neighbours (for a rate, the verb's own
subtree): no pass over the document. The word classes are in ``kit/lexicons/hedge_senses.yaml``.
This module imports no other rule module; the caller passes its test for people.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kit import lexicon
from kit.lenses.hedging_frames import ORGANIZATION_HEADS

#: What befalls a subject (``undergo_verbs``), thinking and knowing (``mind_verbs``,
#: ``knowing_verbs``) and the states, feelings and outcomes no rule bars (``bar_states``).
_NOT_BARRED = frozenset().union(
    *(lexicon.word_set("hedge_senses", name)
      for name in ("undergo_verbs", "mind_verbs", "knowing_verbs", "bar_states"))
)  # fmt: skip
#: What a person or body decides for itself ("the club may not renew his contract").
OWN_DECISIONS = lexicon.word_set("hedge_senses", "own_decisions")
#: "may not even", "may simply not", "could yet": words that weigh a chance.
WEIGHING_ADVERBS = lexicon.word_set("hedge_senses", "weighing_adverbs")
#: Units a rate of work is counted in ("a day", "an hour") and verbs of what a change
#: brings about, which are forecasts when told as a rate ("could cost 3m a day").
RATE_NOUNS = lexicon.word_set("hedge_senses", "rate_nouns")
RATE_OUTCOMES = lexicon.word_set("hedge_senses", "rate_outcomes")
#: Subjects that stand for something else or for no one in particular.
_VAGUE = frozenset({"it", "that", "this", "which", "what", "some", "they", "there", "one"})
#: Subordinators of the condition that lifts a bar: "may not leave until ...".
_LIFTING = frozenset({"until", "unless", "till"})


def agent(tok: Token | None, is_person: Callable[[Token | None], bool]) -> bool:
    """A person or a body that acts (a firm, a council, a named operator), not a thing, a
    place or a pronoun that may stand for a thing."""
    if tok is None or tok.lower_ in _VAGUE:
        return False
    if is_person(tok) or tok.lemma_.lower() in ORGANIZATION_HEADS or tok.ent_type_ == "ORG":
        return True
    return tok.tag_ == "NNP" and tok.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "EVENT")


def _weighed(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in WEIGHING_ADVERBS for c in verb.children)


def barred_act(
    verb: Token, subject: Token | None, is_person: Callable[[Token | None], bool]
) -> bool:
    """ "Brevnik may train with her club during the ban but may not compete or coach",
    "because officials may not speak to the media", "Halvorne may not launch again until
    the agency has approved its findings", "the ship may not leave until every deficiency
    has been put right": "may not" (with "not", active, no perfect) on a deliberate act
    is a bar a rule lays down when a person or a body is to do it, or when a clause says
    what must happen first ("until ...", "unless ..."). The caller has checked the modal
    is "may" with no perfect.

    Stay hedges: a state, a feeling or an outcome ("He may not even live here",
    "restaurants may not like honest reviews", "growers may not survive"), what befalls
    someone ("members may never see a penny", "never" weighs a chance), a decision the
    subject makes for itself ("the club may not renew his contract"), a thing as the
    subject ("the figures may not reflect ...", "the polls may not move overnight"), a
    passive ("the appeal may not be heard until May"), and a chance weighed by "even",
    "simply", "yet" ("the birds may simply not come back")."""
    lemma = verb.lemma_.lower()
    if lemma in _NOT_BARRED or lemma in OWN_DECISIONS or _weighed(verb):
        return False
    children = list(verb.children)
    if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in children):
        return False
    if any(c.dep_ == "auxpass" for c in children):
        return False
    if agent(subject, is_person):
        return True
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _LIFTING for m in c.children)
        and any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        for c in children
    )  # "the ship may not leave until every deficiency has been put right" (a clause,
    # not a date: "the road may not reopen until Friday" stays a guess)


def work_rate(
    verb: Token, subject: Token | None, is_person: Callable[[Token | None], bool]
) -> bool:
    """ "Carrbeck could run 140 trains a week at its peak in 2022", "I could shear 300
    ewes a day when I was young", "my father could dress a side of beef in ten minutes":
    "could" (no perfect; the caller checks) with a person or a body doing a deliberate act
    to a counted object at a rate ("a day", "per week", "in an hour") tells what the
    agent was able to do, a capacity, not a chance.

    Stay hedges: what a change brings about told as a rate ("the strike could cost
    members 30 million krones a day", "scrapping the caps could save a commuter 300 a
    year", "the canal could bring 90,000 visitors a year"): a thing or an event as the
    subject, or a verb of outcome or threat ("the union could call 40 strikes a month");
    money as the object; a chance weighed by "even",
    "yet"; and a rate by the year, which forecasts more often than it measures work."""
    if not agent(subject, is_person) or _weighed(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in RATE_OUTCOMES or lemma in _NOT_BARRED:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_counted(o) for o in objects):
        return False
    return _rate(verb)


def _counted(obj: Token) -> bool:
    """An object given by number or as one whole load: "140 trains", "a side of beef";
    not money ("30 million krones" is a sum, ``MONEY`` or a currency word after a number
    the tagger reads as a plain count: both are left out by the "money" entity test and
    the outcome verbs)."""
    if any(t.ent_type_ == "MONEY" for t in obj.subtree):
        return False
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in obj.children
        if c.i < obj.i
    )


def _rate(verb: Token) -> bool:
    """A rate phrase under the verb: "a week", "per day", "each shift" (a unit with its
    own determiner), or "in ten minutes", "in an hour" (the time a unit of work took)."""
    for tok in verb.subtree:
        if tok.lemma_.lower() not in RATE_NOUNS:
            continue
        if any(c.dep_ in ("det", "prep") and c.lower_ in ("a", "an", "per", "each", "every")
               for c in tok.children):  # fmt: skip
            return True
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "per":
            return True
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.i == verb.i:
            return True  # "dress a side of beef in ten minutes"
    return False


def permission_beside_bar(verb: Token, subject: Token | None,
                          is_person: Callable[[Token | None], bool]) -> bool:
    """ "Brevnik may train with her club during the ban but may not compete or coach": a
    "may" clause joined by "but" to a "may not" bar (:func:`barred_act`) on the same
    person or body is the other half of the rule, what it still lets them do. "He may
    win, but he may not enjoy it" (a feeling, no bar) stays a hedge."""
    for other in verb.children:
        if other.dep_ != "conj" or not any(
            c.dep_ == "aux" and c.lower_ == "may" for c in other.children
        ):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
            continue
        if barred_act(other, subject, is_person):
            return True
    return False


#: Subordinators of a condition or a time limit ("until every deficiency has been put
#: right", "if every competitor has finished") and prepositions of a time slot ("before
#: every session"). "when" is left out: "when every seat was taken" tells what happened.
_CONDITION_MARKS = frozenset({"if", "unless", "until", "till", "once", "before", "after"})
_SLOT_PREPS = frozenset({"before", "after"})


def every_in_condition(word: Token) -> bool:
    """ "may not leave until every deficiency has been put right", "counts in full if
    every competitor has finished their opening split", "tested before every session":
    "every" before its noun as the subject of a condition or a time limit, or in a
    "before"/"after" slot, ranges over what the condition or the timetable needs; it
    claims nothing about all of anything (a plain quantity in a rule or a routine).
    "Every expert agrees", "she has read every report", "when every seat was taken" and
    the sarcastic "review it until everyone forgets" (a pronoun, not a counted noun; the
    caller passes only "every") keep their mark."""
    noun = word.head if word.dep_ in ("det", "nummod") else word
    if noun.dep_ in ("nsubj", "nsubjpass"):
        clause = noun.head
        return clause.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children
        )
    return (
        word.lower_ == "every"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _SLOT_PREPS
        and noun.head.dep_ == "prep"
    )


#: Verbs that lay a duty on each one of a set (``hedge_senses.yaml``).
DUTY_VERBS = lexicon.word_set("hedge_senses", "duty_verbs")


def duty_on_every(word: Token) -> bool:
    """ "every live-fire serial must be supervised by a range officer", "every state school
    must lock pupils' mobiles away", "a decree requires every consignment to carry an
    inventory", "voted to make every busker audition": "every" before the noun a rule lays
    a duty on (the subject of "must", the object of a verb of requiring) tells what the
    rule demands of each one, not a claim that all are so (trapsAR: 4 traps from 4 rounds,
    no keyed booster). "Every expert agrees" and "every ballot was counted twice" keep their
    mark."""
    if word.lower_ != "every" or word.dep_ != "det":
        return False
    noun = word.head
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)
    return noun.dep_ == "dobj" and verb.lemma_.lower() in DUTY_VERBS


def place_of_every(word: Token, quoted: Callable[[int], bool]) -> bool:
    """ "a routine update was pushed to every server at once", "staff wear gowns and
    gloves at every bedside", "rated the home "inadequate" in every category", "will charge
    for every bag placed in the hold": "every" before the object of a preposition, in the
    writer's own narration, names each place or thing an act or a state touched, a count of
    where it happened rather than the writer's certainty that all are so (trapsAR: 12
    traps from 11 rounds removed, 2 keyed boosters lost: 'calls herself "a champion of
    patients" in every annual report', 'would perform "entirely live" at every show').
    Inside quotation marks it is the speaker's claim ("Every tip-off was read"), and a
    record counted from "since" ("has lost support in every poll since January") still
    claims all of them; both keep their mark. ``quoted`` says whether a character offset
    lies inside a quotation."""
    if word.lower_ != "every" or word.dep_ != "det":
        return False
    noun = word.head
    if noun.dep_ != "pobj" or quoted(word.idx):
        return False
    if any(t.lower_ == "since" for t in noun.subtree):
        return False  # "in every year since it opened"
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() == "be" or verb.tag_ == "VBZ":
        return False  # "Free speech is under threat in every school", "calls herself ... in
        # every annual report": a state or a habit of one, the writer's claim about all
    return not any(c.dep_ == "prep" and c.lower_ == "since" for c in noun.head.head.children)

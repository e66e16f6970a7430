"""Plain senses of "could" and "may" of ability, capacity and permission (hedgeAO, from
round AN).

Three uses of the modals that weigh no chance (ANNOTATION_GUIDE.md, section 3, the traps),
each counted on the practice keys before it was written (see the commit):

- a time clause told by what someone was able to do: "It was over before I could take my
  coat off", "he had written poems since he could hold a pencil", "Until 2009, islanders
  could cross for two marks" (dynamic "could" of the past, a point in time);
- a capacity told by its count: "the drones, which could carry up to two kilograms", "the
  overflow could hold 3 million litres", "could ship 400,000 parcels a day" (what a thing
  or a place is able to bear or turn out);
- a permission a text gives a class of people, with the terms of the act: "Spectators may
  walk the course until dusk", "Residents may report sightings through its website",
  "pharmacists may substitute an older drug if a doctor agrees", "where members may
  question the councillor" (deontic "may").

Each test starts from the modal the lexicon already matched and reads only its verb's
neighbours and the next few tokens: no pass over the document. The word classes are in
``kit/lexicons/hedge_senses.yaml``. The caller passes its tests for people and subjects.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kit import lexicon
from kit.lenses.hedging_registers import past_tense
from kit.lenses.shared import sentence_of

#: Subordinators that set a "could" clause as a point in time (``ability_time_marks``).
TIME_MARKS = lexicon.word_set("hedge_senses", "ability_time_marks")
#: Verbs of output and service told with a count (``output_verbs``), beside capacity_verbs.
OUTPUT_VERBS = lexicon.word_set("hedge_senses", "output_verbs")
#: Words between a capacity verb and its count: "up to", "about", "more than".
COUNT_LEADS = lexicon.word_set("hedge_senses", "count_leads")
#: Adverbs that give the terms of a permission: "may only bring one guest".
TERMS_ADVERBS = lexicon.word_set("hedge_senses", "permission_adverbs")
#: What a permission waits on: "if a doctor agrees", "as they please" (``consent_verbs``).
CONSENT_VERBS = lexicon.word_set("hedge_senses", "consent_verbs")
#: Adverbs that weigh a chance, so the clause stays a guess ("may simply stop coming").
CHANCE_ADVERBS = frozenset({"simply", "well", "just", "even", "yet", "never"})


def time_clause_ability(
    modal: Token, verb: Token, subject: Token | None, person: Callable[[Token | None], bool]
) -> bool:
    """ "It was over before I could take my coat off", "said he had written poems since he
    could hold a pencil", "approved before anyone could say what it was for": a "could"
    clause opened by "before", "since" or "until" under a past verb tells when something
    happened by what someone was (not yet) able to do; "Until 2009, islanders could cross
    for two marks" (a fronted "until" and a year or "then", people as subject) tells
    what they were able to do until that time ("Until 2019, prices could rise by up to
    5%" stays a hedge). "Bread prices could rise by a fifth before Christmas" (the
    "before" phrase is no clause of its own), "the lead could change hands before polling
    day" and "dry since 1958 could carry boats again" (the parser's subject is the date)
    stay hedges."""
    if verb.dep_ == "advcl" and subject is not None and _past(verb.head):
        if subject.like_num or subject.ent_type_ in ("DATE", "TIME"):
            return False  # "dry since 1958 could carry": the parser's subject is the date
        if any(c.dep_ == "mark" and c.lower_ in TIME_MARKS and c.i < subject.i < modal.i
               for c in verb.children):  # fmt: skip
            return True
    return person(subject) and _until_then(modal, verb)


def _until_then(modal: Token, verb: Token) -> bool:
    """The sentence opens "Until 2009," or "Until then," (after a sentence in the past) and
    the "could" is its main clause's: what held up to that time (read from the words; the
    parser often hangs the "until" phrase on another verb). "Until then, shoppers could
    face queues" after a sentence about what will happen stays a hedge."""
    sent = sentence_of(modal)
    words = [t for t in modal.doc[sent.start : modal.i] if not (t.is_space or t.is_punct)]
    if len(words) < 2 or words[0].lower_ != "until":
        return False
    when = words[1]
    if when.lower_ == "then":
        if sent.start == 0 or not _past(sentence_of(modal.doc[sent.start - 1]).root):
            return False  # "then" of a past told just before ("The rule changed in 2019.")
    elif not (when.like_num and when.ent_type_ == "DATE"):
        return False
    if when.i + 1 >= len(modal.doc) or modal.doc[when.i + 1].text != ",":
        return False
    top = verb.head if verb.dep_ in ("aux", "conj") else verb
    return top.dep_ == "ROOT"


def _past(verb: Token) -> bool:
    """A past verb: "was", "said" (:func:`hedging_registers.past_tense`), or a perfect
    ("has been approved")."""
    return past_tense(verb) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def counted_capacity(
    verb: Token,
    subject: Token | None,
    capacity: frozenset[str],
    person: Callable[[Token | None], bool],
    forecast: frozenset[str],
    future: frozenset[str],
) -> bool:
    """ "The drones, which could carry up to two kilograms", "the overflow could hold 3
    million litres", "the centre could ship 400,000 parcels a day", "the wind farm could
    power about 60,000 homes": a verb of capacity or output whose count comes straight
    after it (read from the words, since the parser often hangs "up to two kilograms" or
    "3 million litres" elsewhere) and a subject that is a thing or a place tell what it is
    able to bear or turn out. Not a person ("she could carry 20 kilos": the capacity
    rules for people are elsewhere), not weather or a running total ("gusts could reach
    80mph"), not a time or an amount of money ("could take up to eight weeks"), and not a
    clause with a future word or its own condition ("could power 60,000 homes next
    year", "if it is built")."""
    lemma = verb.lemma_.lower()
    if lemma not in capacity and lemma not in OUTPUT_VERBS:
        return False
    if subject is None or person(subject) or subject.lemma_.lower() in forecast:
        return False
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and i < verb.i + 5 and doc[i].lower_ in COUNT_LEADS:
        i += 1
    if i >= len(doc) or not doc[i].like_num or doc[i].ent_type_ not in ("CARDINAL", "QUANTITY", ""):
        return False
    words = {t.lower_ for t in verb.subtree}
    return not words & (future | {"if", "unless"})


def class_permission(
    verb: Token,
    subject: Token | None,
    acts: frozenset[str],
    person: Callable[[Token | None], bool],
    undergo: frozenset[str],
) -> bool:
    """ "Spectators may walk the course until dusk", "members may only bring one guest",
    "pharmacists may substitute an older drug if a doctor agrees", "Residents may report
    sightings through its website", "where members may question the councillor": "may"
    with a class of people as subject (a plural noun for people) and an act that a rule
    or a service lets people do (``acts``) with a limit in time, or any deliberate act
    with the terms a permission is given on (an "only", a channel, a condition of consent
    or of their own act, the occasion's "when/where") is a permission. "Those patients may
    simply go without" (a chance weighed), "Voters may punish the party", "Voters may
    send a message to the government at the next election", "Voters may still change
    their minds" (no terms), "Doctors may walk out, and hospitals will cancel operations"
    (a plan beside it is no term; ``announced_permission`` reads those), "commuters may
    face delays" (what befalls them), "the men may be trapped" (a passive) and "may not"
    stay hedges."""
    if subject is None or subject.tag_ != "NNS" or not person(subject):
        return False
    if verb.lemma_ in ("be", "have") or verb.lemma_.lower() in undergo:
        return False
    for c in verb.children:
        if c.dep_ in ("auxpass", "neg", "acomp", "attr", "oprd"):
            return False  # "may not", "may be trapped", "may appear generous"
        if c.dep_ == "aux" and c.lemma_ in ("be", "have"):
            return False  # "may be buying", "may have to"
        if c.dep_ == "advmod" and c.lower_ in CHANCE_ADVERBS:
            return False
    return _terms(verb) or (verb.lemma_ in acts and _limited(verb))


#: Prepositions and subordinators of a permission's limit in time: "until dusk",
#: "between 8am and 8pm", "within 28 days", "while repairs are carried out".
_LIMITS = frozenset({"until", "till", "between", "within", "while"})


def _limited(verb: Token) -> bool:
    """The act has a limit in time: "may walk the course until dusk", "may ask for a move
    while repairs are carried out" (a permission's limit; "Voters may send a message to
    the government at the next election" has none and stays a guess)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _LIMITS:
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _LIMITS
                                     for m in c.children):  # fmt: skip
            return True
    return False


def _terms(verb: Token) -> bool:
    """The terms a permission is given on, in the "may" clause or beside it."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in TERMS_ADVERBS:
            return True  # "may only bring one guest" (not "may still change their minds")
        if c.dep_ == "prep" and c.lower_ in ("through", "via"):
            return True  # a channel: "through its website"
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "once", "while", "until", "as", "unless")
            for m in c.children
        ):
            own = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if c.lemma_ in CONSENT_VERBS or (own is not None and own.lower_ == "they"):
                return True  # "if a doctor agrees", "if they bring an adult"
    return verb.dep_ == "relcl" and any(c.lower_ in ("when", "where") for c in verb.children)
    # the occasion: "where members may question ..."


#: Verbs of the reader's memory, curiosity or wish put to them by "you may" (trapsAS).
READER_VERBS = lexicon.word_set("hedge_senses", "reader_address_verbs")


def reader_address(modal: Token, verb: Token, subject: Token | None) -> bool:
    """ "You may remember the estate", "You may wish to read that sentence again", "you
    might ask", "you may wonder why": "you may/might" with a verb of the reader's own
    memory, curiosity or wish addresses the reader (a signpost or a polite aside) and
    weighs no claim about the world. "You may find the members clap", "You may be told
    it was a mistake" (what will happen to the reader) and "Some of you may have heard
    him" (a perfect: a guess about the past) stay hedges."""
    if modal.lower_ not in ("may", "might") or subject is None or subject.lower_ != "you":
        return False
    if any(c.dep_ in ("auxpass", "neg") or (c.dep_ == "aux" and c.lemma_ == "have")
           for c in verb.children):  # fmt: skip
        return False
    return verb.lemma_.lower() in READER_VERBS


def _reported(verb: Token) -> bool:
    """The clause hangs under a clause of speech or thought ("said the plant could close
    when the contract ended": a future told in the past, whose "ended" is backshifted)."""
    tok = verb
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "xcomp", "parataxis"):
            return True
        tok = tok.head
    return False


def past_when_ability(modal: Token, verb: Token) -> bool:
    """ "Ulverdane's tanks could cross the border in under an hour when the war began",
    "down from 120 in the 1990s, when it could field four teams", "could have doubled
    their lead before half-time when a shot hit the post": a "could" told at a past
    moment (a "when" clause in the past tense inside it, or the "could" clause itself a
    "when" clause on a year or a decade) says what was possible or able to be done then,
    not how likely a claim is. Not under a verb of speech ("said the plant could close
    when the contract ended": a backshifted future, still a guess), and "prices could
    fall when the market opens" (present) stays a hedge."""
    if modal.lower_ != "could" or _reported(verb):
        return False
    for t in verb.subtree:
        if t.dep_ == "advmod" and t.lower_ == "when" and t.head.tag_ == "VBD" and t.head != verb:
            return True  # "... when the war began"
    when = next((c for c in verb.children
                 if c.dep_ == "advmod" and c.lower_ == "when" and c.i < modal.i), None)  # fmt: skip
    if when is None or verb.dep_ not in ("advcl", "relcl") or when.i < 2:
        return False
    before = modal.doc[when.i - 1]
    if before.is_punct:
        before = modal.doc[when.i - 2]
    return before.ent_type_ == "DATE" and any(ch.isdigit() for ch in before.text)
    # "in the 1990s, when it could field four teams" (not "a day when prices could rise")


def speed_before_change(modal: Token, verb: Token) -> bool:
    """ "Freight could cross Bruneval Gate in under an hour before the closure", "Before
    the redesign, the yard could finish a hull block in six weeks", "Before the slip, the
    school bus could reach Scaurbeck in 20 minutes": how fast something was done ("in" a
    length of time) before a change the story has already told ("the closure", a noun
    named earlier in the text) is what was possible then, a fact of the past set against
    the present. "Prices could rise before the vote" (no speed, no change told), "could
    be reversed before the elections in May" (a passive, a date) stay hedges."""
    if modal.lower_ != "could" or verb.lemma_ == "be" or _reported(verb):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    speed = change = None
    for t in verb.subtree:
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None or t.dep_ != "prep":
            continue
        after_in = t.i > 0 and t.doc[t.i - 1].lower_ == "in"  # "in under an hour"
        if t.lower_ == "in" or (t.lower_ == "under" and after_in):
            speed = speed or (obj if obj.ent_type_ in ("TIME", "DATE") else None)
        elif (t.lower_ == "before" and obj.tag_ == "NN" and not obj.ent_type_
              and [c.lower_ for c in obj.children] == ["the"]):  # fmt: skip
            change = obj
    if speed is None or change is None:
        return False
    lemma = change.lemma_.lower()
    return any(t.lemma_.lower() == lemma for t in modal.doc[: sentence_of(modal).start])

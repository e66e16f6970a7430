"""The hedging lens: how sure does the text sound? (ANNOTATION_GUIDE.md, section 3)

Hedges (``doc.spans["hedges"]``) mark a claim as uncertain, possible or
limited; boosters (``doc.spans["boosters"]``) mark it as certain or proven.
The words come from ``kit/lexicons/hedges.yaml`` and ``boosters.yaml``; the
code here holds only the *sense rules* that tell a hedge from a look-alike
("she could swim", "May", "likely voters", "clearly marked lanes").

The modal verbs' sense rules (could, would, may, must) are in
:mod:`kit.lenses.hedging_modals`; the certainty profile over these marks is in
:mod:`kit.certainty`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.labels import BOOSTER_LABELS, HEDGE_LABELS
from kit.lenses import (
    hedging_evidence,  # noqa: F401  (registers the that_clause rule)
    hedging_judgements,  # noqa: F401  (registers the would/must rules)
)
from kit.lenses.hedging_absolutes import (
    absolute_idiom,
    approximated,
    denied_all,
    routine_as_always,
    slot_of_day,
)
from kit.lenses.hedging_arrangements import EVENT_VERBS
from kit.lenses.hedging_frames import (
    ORGANIZATION_HEADS,
    after_time_phrase,
    cleft_that,
    known_to_all,
    put_back,
)
from kit.lenses.hedging_limits import UNDERGO_VERBS, marked_off, non_restrictive, past_moment
from kit.lenses.hedging_modals import animate, is_person, subject_of
from kit.lenses.hedging_registers import (
    guessed_by_others,
    is_instruction,
    manner_adverb,
    missed_event,
    proposal,
    restricted_class,
    rule_absolute,
    signalled,
    tended,
    timetabled,
)
from kit.lenses.hedging_straight import duty_on_every, every_in_condition, place_of_every
from kit.lenses.rules import check_rule, rules_for, sense_rule
from kit.lenses.shared import (
    QUOTE_MARKS,
    bare_reply,
    caption_at,
    doc_quotes,
    forget_sentences,
    furniture_bars,
    furniture_lines,
    is_name,
    keep_longest,
    near_bar,
    noun_read_as_verb,
    sentence_of,
    stance_adverb,
    within,
)
from kit.lenses.wordlists import Entry, WordList
from kit.lexicon import LexiconComponent

#: Modals in a "that"-clause that make "suggest" a proposal ("suggested that they should").
MANDATIVE_MODALS = lexicon.word_set("hedge_senses", "mandative_modals")
PROPOSAL_MODALS = lexicon.word_set("hedge_senses", "proposal_modals")
#: People whose "suggest" weighs evidence about the world ("researchers suggest that").
KNOWLEDGE_ROLES = lexicon.word_set("hedge_senses", "knowledge_roles")
#: Things that point to a conclusion but cannot propose one ("the data suggest a rise").
EVIDENCE_NOUNS = lexicon.word_set("hedge_senses", "evidence_nouns")


@sense_rule("hedge", "predicative")
def _predicative(span: Span) -> bool:
    """ "likely" said of a claim ("is very likely that"), not "likely voters"."""
    return span[-1].dep_ != "amod"


@sense_rule("hedge", "attributive_likely")
def _attributive_likely(span: Span) -> bool:
    """ "the likely rise", "its likely cost": a guess inside a noun phrase with a
    determiner; not "likely voters", a bare plural that names a group."""
    word = span[-1]
    if word.dep_ != "amod":
        return False
    noun = word.head
    has_det = any(c.dep_ in ("det", "poss") for c in noun.children)
    return has_det or noun.tag_ == "NN"


@sense_rule("hedge", "extraposed")
def _extraposed(span: Span) -> bool:
    """ "it was "possible" that ...", "it seems entirely plausible that ...": the
    adjective weighs a that-clause, however it is quoted or qualified; not "it is
    possible to walk there" (what can be done)."""
    word = span[-1]
    verb = word.head
    if word.dep_ not in ("acomp", "oprd") or verb.lemma_ not in EXTRAPOSING_VERBS:
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ != "it":
        return False
    return any(c.dep_ == "ccomp" for c in (*verb.children, *word.children))


@sense_rule("hedge", "possible_event")
def _possible_event(span: Span) -> bool:
    """ "a second round of cuts was possible in the spring", "a deal looks probable": the
    adjective weighs an event or a thing, said of its subject; not of a person ("she is
    likely"), not what can be done ("possible to walk"), not "it" (see extraposed)."""
    word = span[-1]
    verb = word.head
    if word.dep_ not in ("acomp", "oprd") or verb.lemma_ not in EXTRAPOSING_VERBS:
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "prep") and c.i > word.i for c in word.children):
        return False  # "possible to walk", "possible for them"
    subject = subject_of(verb)
    if subject is None or subject.lower_ in ("it", "this", "that", "anything", "everything"):
        return False
    person = subject.ent_type_ == "PERSON" or subject.tag_ == "PRP"
    return not person and subject.pos_ in ("NOUN", "PROPN")


EXTRAPOSING_VERBS = frozenset({"be", "seem", "appear", "remain", "look", "become", "sound"})


@sense_rule("hedge", "raising_appear")
def _raising_appear(span: Span) -> bool:
    """ "appear to / it appears that / appears calm", not "appeared at the hearing"."""
    verb = span[0]
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ in ("to", "that")
        and nxt.i + 1 < len(doc)
        and (nxt.lower_ == "that" or doc[nxt.i + 1].tag_ == "VB")
    ):
        return True
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "acomp", "oprd"}:
        return True
    if any(c.dep_ == "xcomp" and c.tag_ == "VB" and not _place_between(verb, c)
           for c in verb.children):  # fmt: skip
        return True  # (not "appeared on the podcast to defend ...": a purpose)
    if in_state(verb):
        return True  # "an official who appeared out of his depth": seemed
    subject = subject_of(verb)
    if published(verb):
        return False  # "when it first appeared on the council's website": was published
    if any(c.dep_ == "prep" and c.lower_ in _VENUE_PREPS and any(
        o.dep_ == "pobj" for o in c.children
    ) for c in verb.children):
        return False  # "It last appeared at the county finals in 2018" (a band, a team):
        # it turned up at a place or an event; "it appears" of seeming has a clause
    return subject is not None and subject.lower_ == "it" and subject.dep_ == "nsubj"


#: Prepositions of the place or event someone turns up at: "appeared at the finals".
_VENUE_PREPS = frozenset({"at", "in", "on", "before"})


#: Where a text, a picture or a person is published or shown (``publication_media``).
PUBLICATION_MEDIA = lexicon.word_set("hedge_senses", "publication_media")


def published(verb: Token) -> bool:
    """ "It first appeared on the council's website", "it appeared in the journal in
    March": "appear" with a place of publication or showing after it (and no clause or
    adjective, which the caller has already weighed) means it was published or showed
    up, whatever the subject; "it appears that the file was lost" and "it appears, on
    balance, to ..." stay hedges."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at"):
            continue
        if prep.i > 0 and verb.doc[prep.i - 1].text == ",":
            continue  # an aside set off by a comma
        if any(o.dep_ == "pobj" and o.lemma_.lower() in PUBLICATION_MEDIA for o in prep.children):
            return True
    return False


#: States a person is in, after "appear" and a preposition (``state_phrases_nouns``).
STATE_NOUNS = lexicon.word_set("hedge_senses", "state_phrases_nouns")


def in_state(verb: Token) -> bool:
    """ "appeared out of his depth", "appeared in good spirits", "appeared at ease": a
    preposition right after "appear" whose noun is a state (``state_phrases_nouns``), so
    the verb says how the subject seemed. "Appeared in court" (a place), "appeared in a
    grey suit" (a dress) stay unmarked."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != verb.i:
        return False
    nouns = [t for t in nxt.subtree if t.dep_ == "pobj"]
    return any(n.lemma_.lower() in STATE_NOUNS or n.lower_ in STATE_NOUNS for n in nouns)


def _place_between(verb: Token, clause: Token) -> bool:
    """A place or occasion between "appear" and its "to" clause ("appeared on the
    podcast to defend", "appeared before the committee to explain"): the clause says
    why they showed up. A phrase set off by commas ("appears, on balance, to ...") is
    an aside and does not count."""
    doc = verb.doc
    return any(
        c.dep_ == "prep" and verb.i < c.i < clause.i and doc[c.i - 1].text != ","
        for c in verb.children
    )


def _clause_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    return None


@sense_rule("hedge", "epistemic_suggest")
def _epistemic_suggest(span: Span) -> bool:
    """ "suggests (that) the plan will fail", "the figures suggest a slowdown" (evidence
    pointing somewhere), not "suggested a new route" (a proposal)."""
    verb = span[0]
    if verb.pos_ != "VERB":
        return False
    if signalled(verb):
        return False  # "a red light indicates that the lock is engaged": by design
    if gerund_proposed(verb):
        return False  # "Professor Wrenwick suggested paying off the student loans"
    if _noun_read_subjunctive(verb):
        return False  # "suggested that the ministry move families ...": a proposal
    clause = _clause_of(verb)
    if clause is None:
        subject = subject_of(verb)
        return (
            subject is not None
            and subject.lemma_.lower() in EVIDENCE_NOUNS
            and any(c.dep_ == "dobj" and not _put_forward(c) for c in verb.children)
        )  # "the forecast suggests growth of 0.8 per cent": what evidence points to; "the
        # survey suggested a deposit scheme" puts forward a step (sensesAG)
    if _polite_advice(verb, clause):
        return False  # "We would politely suggest the panel takes a map": advice
    if proposal(verb, clause, EVIDENCE_NOUNS):
        return False  # "we suggest that passengers allow extra time": a proposal
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & MANDATIVE_MODALS:
        return False
    if clause.tag_ == "VB" and not auxes:
        return False  # subjunctive: "suggested that he resign"
    if not auxes and _proposer(verb) and _bare_after_singular(clause):
        return False  # and one the tagger took for a past: "suggested the family put in a bid"
    bare_be = [c for c in clause.children if c.dep_ == "auxpass" and c.tag_ == "VB"]
    if bare_be and not any(c.dep_ == "aux" for c in clause.children):
        return False  # and its passive: "suggested that a 20mph limit be considered"
    subject = subject_of(verb)
    evidence = subject is not None and subject.lemma_.lower() in EVIDENCE_NOUNS
    if clause.tag_ == "VBP" and verb.tag_ == "VBD" and not auxes and not evidence:
        return False  # "the minister suggested the two sides meet again": no backshift
    if not auxes and not evidence and unshifted_proposal(verb, clause):
        return False  # "had suggested she take part", "suggested that councils open halls"
    if _better_course(clause, auxes) and is_person(subject_of(verb)):
        return False  # 'the engineer suggested a drive-through "might have been fairer"'
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if auxes & PROPOSAL_MODALS and passive and clause.lemma_ != "be" and _proposer(verb):
        return False  # "it suggested that older games could be added": a step proposed
    if _plan_put(verb, clause, auxes, passive):
        return False  # "she suggested that a smaller square might be put to a vote": a plan
    if auxes & PROPOSAL_MODALS and _undergoes(verb, clause):
        return True  # "researchers suggest that slow fermentation could make ...": a view
    return not (auxes & PROPOSAL_MODALS and is_person(subject_of(verb)))


#: Verbs of a state or a view, which a proposal does not ask anyone to do.
_VIEW_VERBS = frozenset({"be", "have", "know", "want", "need", "like", "believe", "think",
                         "seem", "appear", "remain", "lie", "mean", "cost"})  # fmt: skip


def gerund_proposed(verb: Token) -> bool:
    """ "Professor Wrenwick suggested paying off the student loans of dentists who ...",
    "she suggested closing the road on Sundays": a person or a body's "suggest" with an
    act in "-ing" as what it puts forward is a proposal, not evidence pointing somewhere
    (trapsAP). "The data suggest rising demand" (evidence, and a noun) stays."""
    if not any(c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i > verb.i
               and any(g.dep_ == "dobj" for g in c.children) for c in verb.children):
        return False  # fmt: skip
    return _proposer(verb)


def unshifted_proposal(verb: Token, clause: Token) -> bool:
    """A past "suggested" (also "had suggested") whose clause keeps the bare form of an
    act where a report would shift it into the past: "Her teacher had suggested she take
    part", "Ms Voskelly suggested that the club run a sea-safety course", "suggested that
    councils open community halls" (the tagger reads "run" as a past and "open" as an
    adjective): the mandative subjunctive of a proposal (Huddleston & Pullum 2002), not
    a guess (trapsAP: 4 traps from 4 rounds with the present "I suggest every reader
    writes to ...", no keyed hedge). "The minister suggested the figures were wrong" (a
    past), "suggested the cost is higher" (a view, "be") and evidence as the subject
    ("the survey suggested demand fell") keep the mark; so does a clause with a date
    ("suggested the firm cut jobs in 2019")."""
    if clause.lemma_.lower() in _VIEW_VERBS:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        # "I suggest every reader writes to Mr Puttock": the writer's own proposal that a
        # person act (a present "-s" after "I suggest" is British usage for the same)
        own = subject_of(verb)
        return (
            own is not None and own.lower_ in ("i", "we") and clause.tag_ in ("VBZ", "VBP", "VB")
            and is_person(subject)
        )
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    )
    if not past or not _proposer_or_titled(verb):
        return False
    if clause.tag_ in ("VB", "VBP") and verb.tag_ == "VBN":
        return True  # "had suggested she take part": no backshift after a past perfect
    bare = clause.lower_ == clause.lemma_.lower() and clause.tag_ in ("VB", "VBP", "VBD", "JJ")
    dated = any(  # "suggested the firm cut jobs in 2019": a past ("this winter" is not)
        t.ent_type_ == "DATE" and (t.like_num or t.lower_ in ("last", "ago"))
        for t in clause.subtree
    )
    return bare and not dated and any(c.dep_ == "dobj" for c in clause.children)


def _proposer_or_titled(verb: Token) -> bool:
    """:func:`_proposer`, or a title the parser took for the whole subject ("Ms" of "Ms
    Voskelly suggested", the name hung on the verb)."""
    subject = subject_of(verb)
    return _proposer(verb) or (
        subject is not None and subject.lower_.rstrip(".") in ("ms", "mr", "mrs", "dr", "miss")
    )


#: Things one proposes as the object of "suggest" (``hedge_senses.yaml``).
PROPOSED_THINGS = lexicon.word_set("hedge_senses", "proposed_things")


def _put_forward(thing: Token) -> bool:
    """The object of "suggest" is a step one proposes ("a deposit scheme", "a new route"),
    not one weighed as possible ("a possible route to repair": evidence points to it)."""
    return thing.lemma_.lower() in PROPOSED_THINGS and not any(
        c.dep_ == "amod" and c.lower_ in ("possible", "likely", "probable", "potential")
        for c in thing.children
    )


def _polite_advice(verb: Token, clause: Token) -> bool:
    """ "We would politely suggest the panel takes a packed lunch", "I would suggest you
    book early": "I" or "we" with "would suggest" and a plain present act in the clause
    is advice the speaker gives, a proposal softened, not a guess (sensesAG). "I would
    suggest the council is wrong" (a state: a view) stays a hedge, as does a clause with
    its own modal ("would suggest the plan could fail")."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return clause.tag_ in ("VB", "VBP", "VBZ") and clause.lemma_ not in (
        "be", "have", "seem", "know", "mean", "need", "remain", "look", "appear"
    )


def _noun_read_subjunctive(verb: Token) -> bool:
    """ "and suggested that the ministry move families with children to the mainland"
    (trapsAT, round AS): the parser read the bare verb "move" as a noun, yet gave it the
    singular subject ("ministry" as its nsubj) right before it. A word tagged as a
    singular noun in its bare form that has a singular subject just before it, right
    after "suggested that (the)", is the mandative subjunctive of a proposal (the present
    would be "the ministry moves"), said of a proposer. "The figures suggest that the
    move was a mistake" (no subject on the noun) keeps its mark."""
    if verb.tag_ != "VBD" or not _proposer(verb):
        return False
    doc = verb.doc
    start = verb.i + 1
    if start < len(doc) and doc[start].lower_ == "that":
        start += 1
    for word in doc[start : min(len(doc), start + 5)]:
        if word.tag_ != "NN" or word.lower_ != word.lemma_.lower():
            continue
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i == word.i - 1 and subject.tag_ in ("NN", "NNP"):
            return True
    return False


def _bare_after_singular(clause: Token) -> bool:
    """The clause's verb is its bare form ("put", "set", "cut": the tagger reads a past or
    a participle) after a singular subject that the present would give an "-s" ("the
    family puts"): the mandative subjunctive of a proposal, "suggested the family put in a
    bid", "suggested the club cut its fees" (said of a proposer: "the figures suggest
    inflation hit 5%" is evidence). A plural ("suggested the figures put the cost higher")
    and a dated clause ("suggested the firm cut jobs in 2019": a past) are left to the
    other checks."""
    if clause.lower_ != clause.lemma_.lower() or clause.tag_ not in ("VBD", "VBN", "VBP"):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or any(t.ent_type_ == "DATE" for t in clause.subtree):
        return False
    return subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")


def _plan_put(verb: Token, clause: Token, auxes: set[str], passive: bool) -> bool:
    """A person or a body suggesting, with "might", that a step be taken on a plan in the
    passive ("She suggested that a smaller square might be put to a second
    consultation", "the panel suggested that the fee might be waived"): a softened
    proposal of what others should do, not a guess about the world. "The data suggest
    the road might be closed" (evidence) and "he suggested the results might be
    affected by the weather" (what befalls a thing) stay hedges; so does "might have
    been" (a view of the past)."""
    if "might" not in auxes or not passive or "have" in auxes or clause.lemma_ == "be":
        return False
    if clause.lemma_.lower() in UNDERGO_VERBS or clause.lemma_.lower() in _BEFALL:
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ in ("it", "they"):
        return False
    return _proposer(verb) or animate(subject)  # (a surname the entity tagger missed)


#: What befalls a thing, in the passive: "might be affected", "might be damaged".
_BEFALL = frozenset({"affect", "damage", "harm", "hit", "delay", "disrupt", "flood",
                     "contaminate", "infect", "injure", "hurt", "kill", "destroy", "lose",
                     "cause", "link", "explain", "drive", "influence", "overstate",
                     "understate", "underestimate", "overestimate"})


def _proposer(verb: Token) -> bool:
    """Who can propose a step: a person, a body ("Vantor suggested ..."), or "it"/"they"
    in a past act ("it suggested that older games could be added"); not evidence ("the
    data suggest the bridge could be closed", "the tracks suggest ...")."""
    subject = subject_of(verb)
    if subject is None or {subject.lemma_.lower(), subject.lower_} & EVIDENCE_NOUNS:
        return False
    if is_person(subject) or subject.ent_type_ == "ORG":
        return True
    return subject.lower_ in ("it", "they") and verb.tag_ == "VBD"


#: Modals of a course not taken: "(that) a later start would have been wiser".
_COUNTERFACTUAL_MODALS = frozenset({"might", "could", "would"})


def _better_course(clause: Token, auxes: set[str]) -> bool:
    """A course not taken, weighed as better than the one that was: "(suggested that) a
    drive-through might have been fairer", "a later start would have been wiser". A
    person who says so proposes another course; the clause is no guess about the world
    (not "that the fire might have started in the kitchen")."""
    if not auxes & _COUNTERFACTUAL_MODALS or "have" not in auxes or clause.lemma_ != "be":
        return False
    return any(
        c.dep_ in ("acomp", "attr") and (c.tag_ in ("JJR", "JJS") or c.lower_ in _BETTER)
        for c in clause.children
    )


_BETTER = frozenset({"better", "best", "fairer", "wiser", "safer", "preferable", "kinder"})


def _undergoes(verb: Token, clause: Token) -> bool:
    """Researchers suggesting what a thing or process could do, in the active ("some
    researchers suggest that slow fermentation could make bread easier"): nobody can be
    asked to do it, so it is a view; "the mayor suggested that the council could pay"
    and "that the money could be spent on roads" (a passive) stay proposals."""
    if clause.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children):
        return True  # "users suggest that battery life could be better": a verdict
    speaker = subject_of(verb)
    if speaker is None or speaker.lemma_.lower() not in KNOWLEDGE_ROLES:
        return False
    subject = subject_of(clause)
    if subject is None or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    return subject.pos_ == "NOUN" and not is_person(subject) and subject.ent_type_ != "ORG"


@sense_rule("hedge", "own_certainty")
def _own_certainty(span: Span) -> bool:
    """ "I am certain somebody saw something", "we are sure that ...": a speaker vouching
    for a claim; not "sure of it", not "certain to be late" (a prediction), and not
    someone else's state of mind ("she was sure")."""
    word = span[-1]
    verb = word.head
    if word.dep_ != "acomp" or verb.lemma_ != "be":
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in SOFTENED for c in word.children):
        return False  # "I'm fairly sure that ...": a hedge (own_degree), not a booster
    return any(c.dep_ == "ccomp" for c in word.children)


#: Degree words that soften "sure" ("fairly sure", "pretty certain"): ``hedge_senses``.
SOFTENED = lexicon.word_set("hedge_senses", "softened_certainty")


@sense_rule("hedge", "own_degree")
def _own_degree(span: Span) -> bool:
    """ "I'm fairly sure he has never set foot in a gym", "we are pretty certain it was
    him": the speaker's own certainty turned down by a degree word, a hedge on the
    claim (sensesAD). Not someone else's ("she was fairly sure", a report) nor "fairly
    sure of a seat" said of a thing ("the bill is fairly certain to pass" is a forecast
    the modal or adverb rules read)."""
    word = span[-1]
    verb = word.head
    if word.dep_ != "acomp" or verb.lemma_ != "be":
        return False
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in ("i", "we") and not any(
        c.dep_ == "xcomp" for c in word.children
    )


@sense_rule("hedge", "claim_limiter")
def _claim_limiter(span: Span) -> bool:
    """ "at least better than" (limits an evaluation), not "at least 20 people" (an
    amount) nor "could at least pave a way" (a minimum step)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.tag_ in ("JJR", "RBR")


#: Slots of a timetable: "every weekday", "every Monday" (``hedge_senses.yaml``).
TIME_UNITS = lexicon.word_set("hedge_senses", "timetable_slots")
#: Slots only after "every": "every hour" (``hedge_senses.yaml``, every_slots).
EVERY_SLOTS = TIME_UNITS | lexicon.word_set("hedge_senses", "every_slots")
#: Nouns whose "every" gives a degree: "had every confidence", "has every right to".
EVERY_DEGREE_NOUNS = lexicon.word_set("hedge_senses", "every_degree_nouns")


def degree_every(word: Token) -> bool:
    """ "councillors had every sympathy with the society", "she has every right to be":
    "every" before a noun of attitude, entitlement or opportunity that is not the
    clause's subject (as a subject, "Every opportunity was two emails", it stays)."""
    doc = word.doc
    if word.i + 1 >= len(doc):
        return False
    noun = doc[word.i + 1]
    return noun.lemma_.lower() in EVERY_DEGREE_NOUNS and noun.dep_ not in ("nsubj", "nsubjpass")


#: Fixed phrases opening with "every" (``hedge_senses.yaml``, every_idioms): the words
#: after "every", and those that need "by" before it ("by every account").
_EVERY_IDIOMS = lexicon.ordered_words("hedge_senses", "every_idioms")
EVERY_IDIOMS = tuple(tuple(p.split()) for p in _EVERY_IDIOMS if not p.startswith("by "))
EVERY_BY_IDIOMS = frozenset(p.split()[1] for p in _EVERY_IDIOMS if p.startswith("by "))


def idiom_every(word: Token) -> bool:
    """ "midwife-led units were "every bit as safe"", "would fight the closure "every
    step of the way"", "every few weeks", "who by every account sat through it": a
    fixed phrase that says "just as", "throughout", "now and then" or "by all
    accounts", not a claim about all of a set (trapsAQ). "Every step was checked" (no
    "of the way") and "every bit of the cake" (no "as") stay claims."""
    doc = word.doc
    after = [t.lower_ for t in doc[word.i + 1 : word.i + 5]]
    if any(tuple(after[: len(p)]) == p for p in EVERY_IDIOMS):
        return True
    before = doc[word.i - 1].lower_ if word.i > 0 else ""
    return before == "by" and after[:1] != [] and after[0] in EVERY_BY_IDIOMS


#: Periods after "every" that give a schedule: "a prize every month" (``hedge_senses.yaml``).
EVERY_PERIODS = lexicon.word_set("hedge_senses", "every_periods")


#: Verbs of holding or taking part in a recurring event (``hedge_senses.yaml``).
OCCASION_VERBS = lexicon.word_set("hedge_senses", "occasion_verbs")


def _spanned(period: Token) -> bool:
    """ "every month for twenty years", "every month since May", "every year of his
    term": a span after the period, so the claim covers all of them, not a schedule.
    Not when the period times a verb of holding or taking part in an event ("has entered
    the show every year since 1979", "has been held every year since 1950"): that counts
    the occasions, a record, not a claim about all (sensesAG)."""
    doc = period.doc
    after = doc[period.i + 1] if period.i + 1 < len(doc) else None
    if after is None or after.lower_ not in ("for", "since", "of", "until", "without"):
        return False
    verb = period.head
    if after.lower_ == "since" and period.dep_ == "npadvmod" and habit_record(verb):
        return False  # "has walked the path every week since 1988": a record of a habit
    return not (
        period.dep_ in ("npadvmod", "advmod", "dobj") and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in OCCASION_VERBS
    )


def habit_record(verb: Token) -> bool:
    """ "The warden has walked the path every week since 1988", "the trust, which has
    asked for a meeting every week since August": a perfect of a deliberate act by a
    person or a body, timed "every <period> since ...", counts the times they did it, a
    record that can be checked, as a verb of taking part does (count over the 463 practice
    keys: 0 keyed / 10 traps, 5 of them marked before this rule / 7 acceptable, in 15
    rounds). A change or what befalls ("sales have
    risen every year since 2015"), a passive and a thing as the subject ("bells have
    rung every week since 1743") still claim all of them, and "for" ("has crossed the
    bridge every week for forty years") is left to the claim as the keys mark it."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in UNDERGO_VERBS | EVENT_VERBS:
        return False
    if verb.lemma_.lower() in ("be", "have", "do"):
        return False
    deps = {c.dep_ for c in verb.children}
    if "auxpass" in deps or not any(c.dep_ == "aux" and c.lemma_ == "have"
                                    for c in verb.children):  # fmt: skip
        return False
    doer = subject_of(verb)
    if doer is not None and doer.lower_ in ("which", "who", "that") and doer.head.dep_ == "relcl":
        doer = doer.head.head  # "the trust, which has asked ...": the trust
    if doer is None:
        return False
    return is_person(doer) or doer.ent_type_ == "ORG" or doer.lemma_.lower() in ORGANIZATION_HEADS


def named_slot(every: Token) -> bool:
    """ "every May Day", "every Easter Monday", "every Boxing Day": "every" before a
    named day of the calendar (a proper name whose head word is a slot of the timetable,
    "day", "Monday", "weekend") counts the times the day comes round, a schedule, like
    "every Monday". "Every day" and "every Monday" are read by the slot test already;
    "every May contract" (its head no slot) stays an absolute."""
    noun = every.head
    if every.dep_ != "det" or noun.i <= every.i + 1 or noun.lower_ not in TIME_UNITS:
        return False
    return all(t.tag_ in ("NNP", "NNPS") or t.text[:1].isupper()
               for t in every.doc[every.i + 1 : noun.i + 1])  # fmt: skip


def attended_every(every: Token) -> bool:
    """ "a pilot who has flown at every fiesta since 1989", "she has sung at every
    concert since 2004", "has appeared in every final since 2019": "every" on the place
    or occasion ("at", "in") of a perfect of doing, timed by "since" or "for", counts
    the occasions someone has taken part in, a record that can be checked (a habit),
    not the writer's certainty that all are so (modalsAI). Not a change or what befalls
    ("has lost support in every poll since January", "has failed at every turn"), nor
    an object ("has lost every match since March"), nor "every year since" (read by the
    period rules)."""
    noun = every.head
    if every.dep_ != "det" or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "in"):
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    if verb.lemma_.lower() in UNDERGO_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return any(
        t.lower_ in ("since", "for") and t.dep_ == "prep" and t.i > noun.i
        and t.head.i in (verb.i, noun.i)
        for t in every.doc[noun.i + 1 : noun.i + 4]
    )


_NO_RECORD_VERBS = UNDERGO_VERBS | EVENT_VERBS | {"be", "have", "do"}


def record_every(every: Token) -> bool:
    """ "Stinchcombe's board, which has snubbed every approach since March", "who has
    watched every Phaedrani election since 2002", "which has led every Tallowmark tracker
    since the last election": "every" on the object of a perfect of a deliberate act by a
    person or a body, counted from a "since", is a record of what
    they did that can be checked, like "has flown at every fiesta since 1989" (trapsAP: 3
    traps from 3 rounds, no keyed booster, 5 acceptable). "Has lost every match since
    March" (what befalls), "sales have risen every year since 2015" and "she has read every
    report" (no "since") keep their mark."""
    noun = every.head
    if every.dep_ != "det" or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.tag_ != "VBN" or verb.lemma_.lower() in _NO_RECORD_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # (the doer need not be named: "the board, which has snubbed ...")
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in (*verb.children, *noun.children))


@sense_rule("hedge", "claims_all")
def _claims_all(span: Span) -> bool:
    """ "nobody denies", "every poll": all or none; not a schedule ("every three
    months"), not a denied "all" ("not everyone agrees": only some), nor a description
    inside a relative clause ("the part nobody sees"). A relative clause with a modal
    ("abuse that no one should have to tolerate") is a claim about everyone again."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ == "every" and nxt is not None and (
        nxt.like_num or nxt.lower_ == "other" or nxt.lower_ in EVERY_SLOTS
        or (nxt.lower_ in EVERY_PERIODS and not _spanned(nxt))
    ):
        return False  # "every three months", "every other week", "every weekday": a schedule
    if span[-1].lower_ == "every" and slot_of_day(span[-1]):
        return False  # "ate one bar every school day": a slot of the timetable
    if approximated(span) or denied_all(span):
        return False  # 'lost "nearly everything"', '"could not measure everything"'
    if span[-1].lower_ == "every" and named_slot(span[-1]):
        return False  # "held every May Day since 1923", "every Easter Monday": a feast day
    if span[-1].lower_ == "every" and attended_every(span[-1]):
        return False  # "has flown at every fiesta since 1989": a record of taking part
    if span[-1].lower_ == "every" and record_every(span[-1]):
        return False  # "which has led every tracker since the election": a record
    if span[-1].lower_ == "every" and degree_every(span[-1]):
        return False  # "had every confidence that ...": a degree, not all of a set
    if span[-1].lower_ == "every" and idiom_every(span[-1]):
        return False  # "every bit as safe", "every step of the way", "every few weeks"
    if span[-1].lower_ == "every" and every_in_condition(span[-1]):
        return False  # "until every deficiency has been put right", "before every session"
    if span[-1].lower_ == "every" and duty_on_every(span[-1]):
        return False  # "every serial must be supervised", "requires every consignment to"
    if span[-1].lower_ == "every" and place_of_every(
        span[-1], lambda i: any(q.start <= i < q.end for q in doc_quotes(doc))
    ):
        return False  # "pushed to every server at once", "gloves at every bedside"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("not", "n't") and span[0].lower_ != "not":
        return False  # "not everyone in the party is so calm": some are not
    if span[0].lower_ == "not" and any(t.dep_ == "attr" for t in span):
        return False  # "Mine was not one of them": a plain count of who was among them
    if span[0].lower_ == "not" and plain_count(span):
        return False  # "eleven photographs of councillors and not one of the car park"
    if span.text.lower() == "not one" and span[-1].dep_ != "nummod":
        return False  # bare "not one" only before its noun ("not one passenger"), not
        # "not one but two bridges" or "not one to complain"
    if restricted_class(span):
        return False  # "no one under 18 may apply": a rule about a class
    if marked_off(span):
        return False  # "everyone else", "everyone who was stranded", "ratings for every shop"
    if reached_all(span):
        return False  # "a waterfront for everyone", "fairer to everyone", "owes us everything"
    if distributed(span):
        return False  # "would match every pound raised", "Free delivery on every order"
    if procedure_on_each(span):
        return False  # "every vehicle would be searched": a procedure done to each one
    if excepted(span):
        return False  # "Everything, that is, except the villa": the exception is given
    tok = span.root
    noun = tok.head if tok.dep_ in ("det", "nummod") else tok
    if noun.dep_ == "dobj" and is_instruction(noun.head):
        return False  # "Keep every receipt", "Photograph everything": advice, not a claim
    if tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = tok.head  # (", which nobody uses"; "a teenager nobody had heard of")
        if cleft_that(verb):
            return True  # "it was only luck that nobody had been killed"
        if relative_claim(tok, verb):
            return True  # "a club that harmed nobody", "a password nobody was ever sent"
        return _modal_claim(verb) or non_restrictive(verb) or known_to_all(verb)
    if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and noun_read_as_verb(tok.head.head):
        return _modal_claim(tok.head)  # "the quiz show that everyone watched": misparsed
    if after_time_phrase(tok):
        return True  # "In five years nobody will remember": a time phrase, then a claim
    return not (
        before is not None and before.tag_ in ("NN", "NNS")
        and span[0].lower_ not in ("every", "not")
    )  # "the part nobody sees": a description of the part ("In the survey not one
    # resident was asked" is no description of the survey)


_RELATIVES = frozenset({"that", "which", "who"})


def relative_claim(tok: Token, verb: Token) -> bool:
    """A relative clause that still claims all or none: "a club that harmed nobody"
    ("nobody" the object, the relative word the subject: the clause says what the club
    did to no one at all) or "a password nobody was ever sent" ("ever" stretches it to
    all times). "The part nobody sees" and "a diary that nobody reads" (a plain
    description of the noun) stay unmarked."""
    if any(c.dep_ == "advmod" and c.lower_ == "ever" for c in verb.children):
        return True
    if tok.dep_ != "dobj":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children)


#: Verbs of handing something to each of a set (``hedge_senses.yaml``).
DISTRIBUTING_VERBS = lexicon.word_set("hedge_senses", "distributing_verbs")
_PLEDGE_MODALS = frozenset({"will", "would", "may", "shall", "'ll"})
_OFFER_WORDS = frozenset({"free", "discount", "discounts", "voucher", "vouchers"})


def distributed(span: Span) -> bool:
    """ "The council would match every pound raised", "supporters may bring flags to every
    home game", "the magazine is delivered free to every household", "Free delivery on
    every order": "every" in the object of a pledge, a rule or an offer hands something
    to each one ("each" would do), not a claim that all are so (sensesAG). It must be the
    object or under a preposition, and its verb must hand something out with "will",
    "would" or "may", or its clause be an offer ("free", "save") or have no verb at all
    (an advert's line). "She has read every report" (a past act), "the cuts will hurt
    every family" (harm) and "every expert agrees" (the subject) keep their mark."""
    word = span[0]
    if word.lower_ != "every" or len(span) != 1:
        return False
    noun = word.head
    if noun.dep_ not in ("dobj", "pobj", "dative"):
        return False
    verb = noun.head
    path = [verb]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
        path.append(verb)
    # the offer is said of the handing itself: a word of the clause, not of its subject
    # ("The free market has failed every family": "free" describes the subject, no offer)
    subjects = {
        w.i for t in path for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree
    }
    near = [t for t in verb.subtree if t.i not in subjects]
    if any(t.lower_ in _OFFER_WORDS or (
        t.lower_ == "save" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "on"
    ) for t in near):
        return True  # "delivered free to every household", "save on every visit"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    pledged = any(c.dep_ == "aux" and c.lower_ in _PLEDGE_MODALS for c in verb.children)
    return pledged and verb.lemma_.lower() in DISTRIBUTING_VERBS


#: Words that give an exception to "every" (``hedge_senses.yaml``).
EXCEPTION_WORDS = lexicon.word_set("hedge_senses", "exception_words")


def excepted(span: Span) -> bool:
    """ "Prices fell in every region except the northern islands", "Every stage except,
    presumably, the one where people got wet", "Everything, that is, except the villa":
    "every" or "everything" with its exception given in the same sentence right after
    claims no "all": the sentence states the exception (and a writer who repeats a
    quoted "everything" to add one mocks the word, which the loaded lens reads), not
    Hyland's absolute (trapsAP: 5 false marks from 4 rounds, no keyed booster, 9
    acceptable). "Every expert agrees" and an exception in the next sentence keep it."""
    word = span[-1]
    if word.lower_ not in ("every", "everything", "everyone", "everybody"):
        return False
    noun = word.head if word.dep_ == "det" else word
    end = max(noun.i, word.i)
    stop = min(end + 7, word.sent.end)
    return any(t.lower_ in EXCEPTION_WORDS for t in word.doc[end + 1 : stop])


#: Verbs of a procedure done to each one of a set (``hedge_senses.yaml``).
PROCEDURE_VERBS = lexicon.word_set("hedge_senses", "procedure_verbs")


def procedure_on_each(span: Span) -> bool:
    """ "every vehicle would be searched once freight resumed", "the hospital would screen
    every patient", "Every toy that comes back is checked by a volunteer", "said every
    available officer had been offered to the operation": "every" on what a verb of
    checking, listing or offering is done to (the subject of its passive or its object)
    tells a procedure applied to each one ("each" would do), not a claim that all are so
    (trapsAP: 8 traps from 8 rounds, no keyed booster). "Every expert agrees" (the
    subject of an active verb), "has failed every test" and "every ballot was counted
    twice" ("count" is not in the class) keep their mark, and so does a past act
    ("They checked every receipt and found nothing": all of them were checked)."""
    word = span[0]
    if word.lower_ != "every" or len(span) != 1 or word.dep_ != "det":
        return False
    noun = word.head
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in PROCEDURE_VERBS:
        return False
    if noun.dep_ == "nsubjpass":
        return True  # "every vehicle would be searched", "every toy ... is checked"
    # active: a routine ("inspects every conker before play") or one to come ("would
    # screen every patient"); a past act ("They checked every receipt and found
    # nothing", "has tested every member") claims it was done to all
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    )


def plain_count(span: Span) -> bool:
    """ "The summary contains eleven photographs of councillors and not one of the car
    park", "armed with photographs of cracked tiles and not a single swimmer's name",
    "not one of the 14 patients who left did so because of side effects": "not one
    (of)" or "not a single" that counts things in a list (an object or a verbless item,
    not the subject of a clause) or counts out of a set of a given size is a plain count,
    zero, not a claim about all. As the subject of what people did or think ("Parents
    queued for hours, and not one of them asked for a hub") it is an absolute again."""
    doc = span.doc
    one = next((t for t in span if t.lower_ in ("one", "single")), None)
    if one is None:
        return False
    head = one.head if one.dep_ == "nummod" else one  # "not one passenger": the noun
    if one.lower_ == "single":  # "not a single swimmer's name": up to the noun phrase
        head = one.head
        while head.dep_ in ("poss", "compound") and head.head.i != head.i:
            head = head.head
    else:
        after = doc[span.end] if span.end < len(doc) else None
        of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        sized = of is not None and any(
            n.dep_ == "nummod" for o in of.children if o.dep_ == "pobj" for n in o.children
        )
        if sized or (after is not None and after.like_num):
            return True  # "not one of the 14 patients": out of a counted set
    return head.dep_ not in ("nsubj", "nsubjpass", "ROOT")


#: Where "everyone" or "everything" is reached by the act, not the one who acts.
_REACHED_DEPS = frozenset({"dobj", "pobj", "dative", "poss"})


def reached_all(span: Span) -> bool:
    """ "a world-class waterfront for everyone", "might have been fairer to everyone",
    "should keep everyone at the town hall awake", "open to everything": "everyone" as
    the object of a verb or a preposition (and "everything" after a preposition) says
    whom or what the act reaches, and the sentence claims something of its subject. As
    the subject it claims what all know, think or did ("everyone in the lane knew",
    "everything has changed"); "he lost everything" claims the whole of what he had, and
    "nobody" keeps its mark in any place ("they answer to nobody")."""
    word = span[-1]
    if span[0].i != word.i:
        return False
    if word.lower_ == "everything":
        return word.dep_ == "pobj"
    return word.lower_ in ("everyone", "everybody") and word.dep_ in _REACHED_DEPS


def _modal_claim(verb: Token) -> bool:
    """The clause says what must, should or can be for anyone, not what happened."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


@sense_rule("hedge", "nobody_thinks")
def _nobody_thinks(span: Span) -> bool:
    """ "No serious person believes ...", "no sane voter would ...": a claim about what
    every person thinks, says or would do, made by denying it of all; not "no
    passengers were hurt" (a count of people) nor "no decision" (not a person)."""
    noun = span[-1]
    if noun.dep_ in ("nsubj", "nsubjpass") and none_ever(noun):
        return True  # "no guest was ever at risk": none, at any time
    if noun.dep_ != "nsubj" or not is_person(noun):
        return False
    verb = noun.head
    if verb.dep_ == "relcl":
        return False  # "a genius no coach could teach": a description of the genius
    return verb.lemma_ in MIND_VERBS or _modal_claim(verb)


def none_ever(noun: Token) -> bool:
    """ "no guest was ever at risk", "no ride has ever failed an inspection": "no" with
    the subject and "ever" on its verb denies it of all, at any time (sensesAD), an
    absolute like "nobody"; "no passengers were hurt" (a count of one event) stays a plain
    report, and a relative clause ("a fault no engineer had ever seen") describes."""
    verb = noun.head
    if verb.dep_ == "relcl" or verb.i < noun.i:
        return False
    start = noun.left_edge.i
    before = noun.doc[start - 1] if start > noun.sent.start else None
    if before is not None and not (
        before.is_punct or before.lower_ == "that"
        or before.pos_ in ("CCONJ", "SCONJ", "VERB", "AUX")
    ):
        return False  # "a fault no engineer had ever seen": a relative clause with no "that"
    return any(c.dep_ == "advmod" and c.lower_ == "ever" for c in verb.children)


#: Verbs of the speaker's own hearsay: "I gather", "we understand" (``hearsay_verbs``).
HEARSAY_VERBS = lexicon.word_set("hedge_senses", "hearsay_verbs")


@sense_rule("hedge", "hearsay")
def _hearsay(span: Span) -> bool:
    """ "The rail, I gather, will hold three coats", "I gather the vote was close": the
    speaker's own hearsay limits the claim (sensesAG). Set off as an aside (commas,
    dashes or brackets round it, or a comma before and the sentence's end after) it is a
    hedge; so is "I gather" (or "I am told", if hedges.yaml lists it) opening a sentence
    with a clause. "I gather my papers" (an object), "I gather why they are angry" (a
    question) and "We gather at the hall" (a place) are not; "I understand" without the
    aside ("I understand the frustration") is plain understanding."""
    verb = span[-1]
    doc = span.doc
    if verb.lemma_.lower() not in HEARSAY_VERBS:
        return False
    if any(c.dep_ in ("dobj", "dative", "prep", "xcomp") for c in verb.children):
        return False  # "I understand the frustration", "I hear you", "I am told to wait"
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    asides = (",", "—", "–", "-", "(", ")")
    if before is not None and after is not None and before.text in asides and (
        after.text in asides or after.text in (".", "!", "?")
    ):
        return True  # "The rail, I gather, will ...", "So it is, we hear."
    if verb.lemma_.lower() not in ("gather", "tell") or span.start != verb.sent.start:
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return clause is not None and not any(
        t.tag_ in ("WDT", "WP", "WRB") for t in doc[span.end : clause.i]
    )  # "I gather the vote was close", not "I am told why"


@sense_rule("hedge", "own_knowledge")
def _own_knowledge(span: Span) -> bool:
    """ "to our knowledge", "as far as I can tell": the claim limited to what the speaker
    knows. Not knowledge that reaches someone ("it came to our knowledge that", "brought
    to my knowledge"): a verb of reaching that "to" belongs to tells how they learnt."""
    first = span[0]
    return not (first.lower_ == "to" and first.head.lemma_.lower() in _REACHING)


#: Verbs of reaching someone: "came to our knowledge", "brought to my knowledge".
_REACHING = frozenset({"come", "bring", "draw", "reach", "call"})


@sense_rule("hedge", "own_belief")
def _own_belief(span: Span) -> bool:
    """ "I think the plan will fail": a view offered as the speaker's own; not the
    retort "We think not." that ends a question with a flat no, nor a relative clause
    naming what was thought ("anything we imagined")."""
    doc = span.doc
    verb = span[-1]
    if verb.dep_ == "relcl" and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False  # "well past anything we imagined": what was imagined, no view offered
    if past_moment(span):
        return False  # "When it came up I thought it was brass pipe": a belief in a story
    if put_back(span):
        return False  # "Why would we doubt him?": a question, not a view offered
    if believed_person(verb):
        return False  # "We believe him.": trust in what a person says, no view softened
    if past_belief(span):
        return False  # "I thought she was joking": a belief the story had then (precisionAK)
    rest = list(doc[span.end : span.end + 2])
    return not (
        span[-1].lemma_ == "think"
        and len(rest) >= 2
        and rest[0].lower_ == "not"
        and rest[1].is_punct
        and rest[1].text in (".", "!")
    )


def past_belief(span: Span) -> bool:
    """ "I thought she was joking," "I believed that at the time", "Where am I supposed to
    go?": a belief verb in the past (or the passive "supposed to") tells what the speaker
    took to be so back then, usually to say it was wrong; it softens no claim made now.
    "I think the plan will fail" and "I would think so" stay hedges. In the practice keys
    no past "I/we thought/believed/supposed" is a hedge and nine are plain (precisionAK)."""
    verb = span[-1]
    if any(t.lower_ in ("would", "'d") and t.tag_ == "MD" for t in span):
        return False
    return verb.tag_ in ("VBD", "VBN")


#: Pronouns for the people whose word is believed: "I believe her".
_BELIEVED = frozenset({"him", "her", "them", "you", "me", "us"})


def believed_person(verb: Token) -> bool:
    """ "We believe him.", "I believed her completely": "believe" with a person as its
    object and no clause under it takes that person at their word (trust), it does not
    offer a view as only the speaker's. "I believe him to be honest" and "I believe the
    plan will fail" (a view in a clause) stay hedges."""
    if verb.lemma_ != "believe" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj" and (c.lower_ in _BELIEVED or c.ent_type_ == "PERSON")
        for c in verb.children
    )


#: Verbs of thinking, saying and wanting whose "no person ..." subject claims all minds.
MIND_VERBS = lexicon.word_set("hedge_senses", "mind_verbs")


#: Findings, estimates and inquiries that can be early or partial ("a preliminary study").
FINDING_NOUNS = EVIDENCE_NOUNS | lexicon.word_set("hedge_senses", "status_nouns")


@sense_rule("hedge", "limited_findings")
def _limited_findings(span: Span) -> bool:
    """ "the results were preliminary", "a provisional estimate": findings marked as early
    or partial; not "a provisional licence", "a preliminary hearing" (a stage or status)."""
    word = span[-1]
    if word.dep_ != "amod":
        return True
    head = word.head
    return head.lemma_.lower() in FINDING_NOUNS or head.lower_ in FINDING_NOUNS


@sense_rule("hedge", "attributive")
def _attributive(span: Span) -> bool:
    """ "the suspected cause", "an apparent attempt": a hedge inside a noun phrase, not
    "he is suspected of theft" (a legal report) or "it became apparent" (plain), nor a
    recorded status counted in bulk ("412 suspected cases", :func:`status_term`)."""
    return span[-1].dep_ == "amod" and not status_term(span[-1])


#: Words that name a recorded status before a plural: "suspected cases" (``status_terms``).
STATUS_TERMS = lexicon.word_set("hedge_senses", "status_terms")
#: Determiners that pick out known members of a group: "the suspected gunmen".
_PICKING_DETS = frozenset({"the", "this", "that", "these", "those"})


def status_term(word: Token) -> bool:
    """ "Arrests of suspected smugglers rose to 311", "412 suspected cases of cholera",
    "patients with suspected heart attacks": a status word on a plural that is bare or
    counted names a category the records keep (a case definition, a legal status), not a
    doubt about each one. "The suspected gunman", "these suspected smugglers" (known
    people picked out) keep their hedge."""
    noun = word.head
    if word.lower_ not in STATUS_TERMS or noun.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(
        (c.dep_ == "det" and c.lower_ in _PICKING_DETS) or c.dep_ == "poss" for c in noun.children
    )


@sense_rule("hedge", "stance_adverb")
def _stance_adverb(span: Span) -> bool:
    """ "obviously needs", "is clearly wrong"; not manner: "clearly marked lanes",
    "clearly shown on the screens", "slowly but surely"; nor a timetable read out ("the
    07:10 service will certainly call at Brinkley from 4 May")."""
    word = span[0]
    if word.i > 0 and word.doc[word.i - 1].lower_ in ("almost", "nearly"):
        return False  # "almost certainly the worst signal": a hedge (hedges.yaml), short of sure
    return not manner_adverb(word) and stance_adverb(span) and not timetabled(word.head)


@sense_rule("hedge", "not_manner")
def _not_manner(span: Span) -> bool:
    """ "roughly doubled"; not "roughly chop the onions" (a manner) nor "roughly 40
    people", "roughly a third" (an amount given as approximate: borderline in the
    answer keys and not marked, see the note in kit/lexicons/hedges.yaml)."""
    return not manner_adverb(span[0]) and not _before_amount(span) and not _before_match(span)


#: Words that open what an approximate comparison matches ("roughly the size of last
#: year's loss", "roughly what the plant pays", "roughly how long it took").
_MATCH_OPENERS = frozenset({"the", "what", "how", "when"})


def _before_match(span: Span) -> bool:
    """ "roughly the size of last year's loss", "roughly what the plant pays 170 of its
    workers", "discovered nutrition at roughly the moment he discovered a payment app":
    the word before a noun phrase or a clause it matches the claim to gives a comparison,
    as approximate as an amount and no doubt about the claim (trapsAR: 3 traps from 3
    rounds, no keyed hedge; the keys leave the rest acceptable). "Sales have roughly
    doubled" (before a verb) keeps its mark."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _MATCH_OPENERS


def _before_amount(span: Span) -> bool:
    """The word stands right before an amount: a number, a currency sign, or "a third"."""
    doc = span.doc
    rest = [t for t in doc[span.end : span.end + 2]]
    if not rest:
        return False
    if rest[0].like_num or rest[0].is_currency:
        return True
    return len(rest) == 2 and rest[0].lower_ in ("a", "an") and rest[1].lower_ in FRACTIONS


FRACTIONS = frozenset({"third", "half", "quarter", "fifth", "tenth", "dozen", "hundred",
                       "thousand", "million", "billion"})


#: Words after a limiter that compare or weigh ("mostly like a favour"): the limiter still
#: qualifies a judgement, so it stays a hedge.
_WEIGHING_PREPOSITIONS = frozenset({"like", "than", "as"})


@sense_rule("hedge", "claim_scope")
def _claim_scope(span: Span) -> bool:
    """ "seemed mostly unconcerned", "the claims were largely true": a limiter that
    softens a judgement; not a breakdown of a plain fact by place, purpose, agent or
    cause ("eleven arrests, mostly for throwing bottles", "homes without power, mostly
    around the harbour", "written largely by two people", "chosen partly because ...",
    "paid for in whole or in part, by the fund"): there the word says how a counted
    whole divides, not how sure the writer is (precisionAK)."""
    return not breakdown_limiter(span) and not passing_share(span)


#: Limiters of how much (``hedge_senses.yaml``, share_limiters).
SHARE_LIMITERS = lexicon.word_set("hedge_senses", "share_limiters")
_AFTER_ASIDE = frozenset({",", ".", "!", "?", ";"})


def passing_share(span: Span) -> bool:
    """ "What it is, mostly, is price rises", "the mood was "relief, mostly"", "Mostly, it
    turns out, for the turbine maker": a limiter of how much set off by commas as an
    afterthought tells the share of a fact, not how sure the writer is (trapsAQ: 3 false
    marks or traps from 3 rounds, no keyed hedge). "seemed mostly unconcerned", "the
    march was largely peaceful" (a judgement limited) and "the cut mostly helps drivers"
    (precisionAK's limited claim) stay hedges."""
    word = span[0]
    if len(span) != 1 or word.lower_ not in SHARE_LIMITERS:
        return False
    doc = word.doc
    before = doc[word.i - 1] if word.i > word.sent.start else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (before is None or before.text == ",") and (
        after is None or after.text in _AFTER_ASIDE or after.is_quote
    )


def breakdown_limiter(span: Span) -> bool:
    """The limiter is followed (past one comma, or past "or partly") by a preposition or
    a subordinator that opens where, why, what for or by whom: a share of a fact."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ == ",":
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ("or", "and") and doc[i + 1].pos_ == "ADV":
        i += 2  # "mainly or partly because of the kiosks"
    if i >= len(doc):
        return False
    nxt = doc[i]
    return nxt.pos_ in ("ADP", "SCONJ") and nxt.lower_ not in _WEIGHING_PREPOSITIONS


@sense_rule("hedge", "absolute_claim")
def _absolute_claim(span: Span) -> bool:
    """ "never/always" of a claim; not an instruction ("Never leave the pan"), a
    schedule ("the office is never open on Sundays") nor one event that did not happen
    ("the minister who never came")."""
    if absolute_idiom(span) or approximated(span) or routine_as_always(span):
        return False  # "but never mind", "almost always", "starting at 10pm as always"
    return not rule_absolute(span, is_person) and not missed_event(span) and not (
        fallback_option(span)
    )


#: Who a fallback is offered to: "You could always ask", "we can always try again".
_OFFERED_TO = frozenset({"you", "we", "one"})


def fallback_option(span: Span) -> bool:
    """ "You could always carry a torch", "we can always try again next year": "always"
    between "could/can/might" and the verb, with "you" or "we" as subject, offers a
    fallback (there is still that way), it claims nothing holds at all times. "She could
    always swim" (a third person's ability), "you can always be sure" (a passive or "be")
    and "prices always rise" stay absolutes."""
    word = span[0]
    if word.lower_ != "always" or word.dep_ != "advmod":
        return False
    verb = word.head
    if verb.lemma_ == "be" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in ("could", "can", "might", "ca")
                and c.i < word.i for c in verb.children)  # fmt: skip
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return modal and subject is not None and subject.lower_ in _OFFERED_TO


@sense_rule("hedge", "own_guess")
def _own_guess(span: Span) -> bool:
    """ "we can only speculate", "I guess"; not "the motive can be guessed", nor a guess
    withheld ("Guess who.")."""
    return not guessed_by_others(span) and not withheld_guess(span)


_WH_WORDS = frozenset({"who", "whom", "whose", "which", "what", "why", "how", "where",
                       "when", "whether"})
_OFFERING_VERBS = frozenset({"have", "hazard", "make", "take", "venture"})


def withheld_guess(span: Span) -> bool:
    """ "Somebody wanted them. Guess who.", "I will let readers guess which half
    mattered", "We could hazard a guess.": the writer invites the reader to guess, or
    says a guess exists, and asserts nothing softened (a hint, not a hedge). "I guess
    the money ran out" and "My guess is that ..." stay hedges. None of the 505 practice
    keys marks "guess" as a hedge; five such invitations were plain (precisionAK)."""
    word = span[-1]
    if word.lemma_.lower() != "guess":
        return False
    if word.pos_ == "NOUN":
        head = word.head
        return (
            word.dep_ == "dobj"
            and head.lemma_.lower() in _OFFERING_VERBS
            and not any(c.dep_ in ("ccomp", "acl", "relcl", "prep") for c in word.children)
        )
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children) or word.dep_ == "xcomp":
        return _wh_object(word)
    return word.tag_ == "VB" or _wh_object(word)  # "Guess who.": an imperative


def _wh_object(verb: Token) -> bool:
    """The verb's object or clause opens with a question word ("guess which half ...")."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp", "advcl"):
            first = min(child.subtree, key=lambda t: t.i)
            if first.lower_ in _WH_WORDS:
                return True
    return False


@sense_rule("hedge", "tends")
def _tends(span: Span) -> bool:
    """ "tend to rise" (a hedge), not "tend to the seedlings" (looking after them)."""
    return not tended(span)

SENSE_RULES = rules_for("hedge")  # filled by the @sense_rule functions above


def find_cues(words: WordList, doc: Doc) -> list[Span]:
    """Spans for every entry of ``words`` whose sense rule accepts it, longest first."""
    kept: list[tuple[Entry, Span]] = []
    bars, furniture = furniture_bars(doc), None
    for entry, span in words(doc):
        if is_name(span):
            continue
        if bars and near_bar(span.start, bars):
            furniture = furniture_lines(doc) if furniture is None else furniture
            if within(span.start_char, span.end_char, furniture):
                continue  # a masthead's "Free to every household" claims nothing
        if caption_at(doc, span.start_char):
            continue  # a photo caption describes the picture; it is the page's, too
        if words.name == "boosters" and entry.label == "adverb" and bare_reply(span) and not (
            answers_own_question(span) or vouched_fragment(span)
        ):
            continue  # '"Certainly," she said': a plain yes, no claim is made surer
        if named_text(span) or title_cased_quote(span):
            continue  # 'the clue, "Perhaps a bird flies ..."': a quoted text named, no claim;
            # 'won with "It May Be Tuesday"': a title in title case, no claim
        if words.name == "boosters" and vocative(span):
            continue  # "Well done, everyone.": the people spoken to, no claim about all
        rule = SENSE_RULES.get(entry.rule) if entry.rule else None
        if rule is not None and not rule(span):
            continue
        if entry.rule == "that_clause" and span.end < len(doc) and doc[span.end].lower_ == "that":
            span = doc[span.start : span.end + 1]  # mark "proves that", the whole cue
        kept.append((entry, span))
    out = []
    for entry, span in keep_longest(kept):
        marked = Span(doc, span.start, span.end, label=entry.label)
        marked._.kit_explanation = entry.explain(span.text)
        out.append(marked)
    return out


#: Nouns for a quoted text named by them: "the clue", "its motto" (``named_texts``).
NAMED_TEXTS = lexicon.word_set("hedge_senses", "named_texts")


#: Verbs that give a thing its name: 'a poem called "..."' (``naming_verbs``).
TITLE_VERBS = lexicon.word_set("hedge_senses", "naming_verbs")


def named_text(span: Span) -> bool:
    """The cue sits in a quotation set beside a noun for a named text ('His best-known
    clue, "Perhaps a bird flies over the river (6)", drew letters'): the quoted words
    are the clue itself, mentioned, not a claim anyone makes. So is a quoted title after
    a verb that names ('Her poem was called "Never Again, Probably"', 'a song titled
    "Always Summer"'; sensesAG), when the verb is passive or describes the thing named.
    'His claim, "perhaps it will fail", ...' (no such noun) and 'He called it "probably
    the worst plan"' (a speaker's verdict) stay marked."""
    doc = span.doc
    start = span.start
    if start == 0 or not any(doc[i].text in QUOTE_MARKS for i in range(max(0, start - 12), start)):
        return False  # (the cheap test first: a quote mark shortly before the cue)
    tok = span.root
    for _ in range(6):
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in NAMED_TEXTS:
            return any(doc[i].text in QUOTE_MARKS for i in range(tok.head.i + 1, start))
        if _titled(tok, start):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def title_cased_quote(span: Span) -> bool:
    """The cue sits inside a short quotation whose every word starts with a capital
    ('the players won with "It May Be Tuesday"', 'her song "Never Say Never Again"'):
    the capitals of a title, not of a sentence, so the quoted words name a play, a book
    or a song and claim nothing. Three words at least and the cue's own first letter a
    capital, so a quoted sentence ('"It may rain," she said') and a quoted two-word
    cry ('"Never again!"') stay read as what someone says."""
    doc = span.doc
    if not span.text[:1].isupper():
        return False  # (the cheap test first: a title capitalises every word)
    sent = sentence_of(span[0])
    opening = next((i for i in range(span.start - 1, max(sent.start, span.start - 8) - 1, -1)
                    if doc[i].text in QUOTE_MARKS), None)  # fmt: skip
    if opening is None:
        return False
    closing = next((i for i in range(span.end, min(sent.end, span.end + 8))
                    if doc[i].text in QUOTE_MARKS), None)  # fmt: skip
    if closing is None:
        return False
    words = [t for t in doc[opening + 1 : closing] if t.is_alpha]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


#: Open classes of people that a speaker may address by name: "Thank you, everyone."
_ADDRESSED = frozenset({"everyone", "everybody"})


def vocative(span: Span) -> bool:
    """ "Well done, everyone.", "Pour the sherry, everyone!", "Everyone, please take
    your seats": "everyone" set off by a comma at the edge of its sentence and taking
    no part in the clause (no subject, no object) is the people being spoken to, a
    form of address, not a claim about all of them. "Everyone agreed" and "they
    thanked everyone" stay absolutes."""
    tok = span[0]
    if len(span) != 1 or tok.lower_ not in _ADDRESSED:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "conj"):
        return False
    doc = tok.doc
    before = next((t for t in reversed(doc[: tok.i]) if not t.is_space), None)
    after = next((t for t in doc[tok.i + 1 :] if not t.is_space), None)
    ends = after is None or after.text in (".", "!", "?") or after.text in QUOTE_MARKS
    if after is not None and after.text == "," and after.i + 1 < len(doc):
        ends = ends or doc[after.i + 1].text in QUOTE_MARKS  # '"Thank you, all," she said'
    if before is not None and before.text == "," and ends:
        return True  # "Well done, everyone."
    opens = before is None or before.is_sent_end or before.text in QUOTE_MARKS or (
        tok.is_sent_start
    )
    return opens and after is not None and after.text == ","  # "Everyone, please sit"


def _titled(verb: Token, start: int) -> bool:
    """``verb`` names a thing by the quotation that holds the cue at ``start``: a passive
    ("was called") or a participle describing its noun ("a poem called"), with a quote
    mark between it and the cue."""
    if verb.i >= start or not (
        verb.lemma_.lower() in TITLE_VERBS or verb.lower_.removesuffix("d") in TITLE_VERBS
    ):  # ("titled" is its own lemma to the tagger)
        return False
    passive = (verb.dep_ == "acl" and verb.tag_ == "VBN") or any(
        c.dep_ == "auxpass" for c in verb.children
    )
    doc = verb.doc
    quotes = sum(1 for i in range(verb.i + 1, start) if doc[i].text in QUOTE_MARKS)
    return passive and quotes % 2 == 1  # (the cue inside the quotation, not after it)


#: Words of a plain reply before the adverb: '"Yes, certainly," she said'.
_REPLY_WORDS = frozenset({"yes", "no", "oh", "well", "ah", "why", "sure", "and", "but"})


def vouched_fragment(span: Span) -> bool:
    """ "Rigorous, certainly. Independent, hardly.", "Fewer buses, certainly.": a short
    verbless fragment, a comma and the adverb as the whole sentence is the writer
    vouching for the fragment's word (granting it, often before a "but"), so the
    adverb makes that word surer, unlike a bare '"Certainly," she said'. A reply word
    before the comma ('"Yes, certainly."', "Oh, certainly.") stays a plain yes."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    sent = sentence_of(span[0])
    words = [t for t in doc[sent.start : span.start - 1] if not (t.is_punct or t.is_space)]
    if not 1 <= len(words) <= 4 or any(t.text in QUOTE_MARKS for t in doc[sent.start : span.start]):
        return False  # (a quoted reply is a speaker's yes)
    if any(t.lower_ in _REPLY_WORDS or t.tag_ == "UH" for t in words):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words)


def answers_own_question(span: Span) -> bool:
    """ "Was anyone listening? Clearly not.": a one-word answer straight after a question
    the text itself puts (no quote mark in the question, none before the answer) is the
    writer answering their own rhetorical question, and the adverb makes that answer
    surer (sensesAE). An interviewee's '"Certainly not," she said' stays a plain reply."""
    doc = span.doc
    before = next((t for t in reversed(doc[: span.start]) if not t.is_space), None)
    if before is None or before.text != "?":
        return False
    question = sentence_of(before)
    return not any(t.is_quote or t.text in ("“", "”", "'", '"') for t in question)


def check_rules(words: WordList) -> None:
    """Fail at start-up, not mid-article, if a word list names an unknown rule."""
    for entry in words.entries.values():
        check_rule("hedge", entry.rule, f"{words.name}.yaml")


@Language.factory(
    "kit_hedging",
    default_config={
        "hedges": "default",
        "boosters": "default",
        "hedges_key": "hedges",
        "boosters_key": "boosters",
    },
    requires=["token.lemma", "token.tag", "token.dep", "token.is_sent_start"],
    assigns=["doc.spans", "span._.kit_explanation"],
)
def make_hedging(
    nlp: Language, name: str, hedges: str, boosters: str, hedges_key: str, boosters_key: str
) -> HedgingComponent:
    """The hedging lens; ``hedges``/``boosters``: "default" or a path to a word list."""
    return HedgingComponent(nlp, hedges, boosters, hedges_key, boosters_key)


class HedgingComponent(LexiconComponent):
    """Marks hedges and boosters (cue words only), each with an explanation."""

    def __init__(
        self,
        nlp: Language,
        hedges: str = "default",
        boosters: str = "default",
        hedges_key: str = "hedges",
        boosters_key: str = "boosters",
    ) -> None:
        self.nlp = nlp
        self.hedges_key, self.boosters_key = hedges_key, boosters_key
        self._use_lexicons(
            {"hedges": (hedges, "hedges"), "boosters": (boosters, "boosters")}
        )

    def _build(self) -> None:
        self.hedges = WordList(self.nlp, "hedges", HEDGE_LABELS, self.store.data("hedges"))
        self.boosters = WordList(self.nlp, "boosters", BOOSTER_LABELS, self.store.data("boosters"))
        check_rules(self.hedges)
        check_rules(self.boosters)

    def __call__(self, doc: Doc) -> Doc:
        self._require_lexicons()
        doc.spans[self.hedges_key] = find_cues(self.hedges, doc)
        doc.spans[self.boosters_key] = find_cues(self.boosters, doc)
        forget_sentences(doc)
        return doc

"""Permission read from the arrangement a clause names (modalsAI).

"may" grants a permission, and weighs no chance, when its clause tells the terms of an
arrangement: a class of people acting on purpose ("exporters", "teams", "investors")
does something deliberate (not what befalls it, not an event or a state) and the
clause names the arrangement's terms (a limit on what they get, "loans of up to
20,000"; a deadline, "by 31 May"; an opening time, "from 8am"; "only"; a fee; a service
place) or the sentence, or the one before it, names the rule-giver ("under the
scheme", "the rules say"). ANNOTATION_GUIDE.md, section 3, lists permission "may" among
the traps. The reading comes from the parse, not from lists of permitted acts, so it
holds for acts no list names ("investors may place orders from 8am").

What keeps a prediction a hedge: a thing or one body as the subject ("prices may rise
by up to 5%", "the firm may cut up to 300 jobs by March"), what befalls people
("investors may lose money"), a change measured by "by" ("retailers may cut prices by up
to 10%"), a limit on what the subject does to others rather than gets ("employers may
cut up to 300 jobs"), an amount to be reached by a date ("builders may finish 300 homes
by June"), a report, a future word or a comparison (:func:`guess_frame`). This module
imports no rule module above it; the caller passes its test for people.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kit import lexicon
from kit.lenses.hedging_frames import ORGANIZATION_HEADS
from kit.lenses.hedging_limits import UNDERGO_VERBS
from kit.lenses.hedging_registers import (
    NOTICE_CHANNELS,
    OFFER_CLASSES,
    REPORT_VERBS,
    SERVICE_ACTIONS,
    SERVICE_PROVIDERS,
    SERVICE_USERS,
    clause_future,
    guess_frame,
)
from kit.lenses.shared import sentence_of

#: Events and states no one is let do (``event_verbs``; what befalls a subject is
#: hedging_limits.UNDERGO_VERBS): "may lose money", "may wait up to two hours".
EVENT_VERBS = lexicon.word_set("hedge_senses", "event_verbs")
#: Classes of people that act together and that the person lists leave out ("teams",
#: "businesses"; the classes a standing offer is made to are hedging_registers').
DOER_COLLECTIVES = lexicon.word_set("hedge_senses", "doer_collectives")
#: Texts and schemes that lay down what people may do: "under the rules", "the scheme
#: says" (``rule_texts``, ``arrangement_nouns``).
RULE_GIVERS = lexicon.word_set("hedge_senses", "rule_texts") | lexicon.word_set(
    "hedge_senses", "arrangement_nouns"
)
#: Verbs through which a text lays a rule down: "the rules say", "the scheme allows".
_LAYING_DOWN = frozenset({"say", "state", "allow", "let", "permit", "provide", "specify",
                          "stipulate", "mean"})  # fmt: skip
#: Limits on what the arrangement gives: "up to", "no more than", "a maximum of".
_LIMITS = (("up", "to"), ("no", "more"), ("at", "most"), ("maximum",))
#: Prepositions of a deadline or an opening time and the entities they must govern.
_DEADLINES = frozenset({"by", "before", "until", "till"})
_OPENINGS = frozenset({"from", "after", "between"})
#: The months, whose names with a day's number make a date the tagger may miss.
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})  # fmt: skip
#: Children whose words belong to another clause, not to the verb's own terms.
_OTHER_CLAUSES = frozenset({"conj", "cc", "ccomp", "advcl", "parataxis", "punct", "nsubj"})


def arranged_permission(
    verb: Token,
    subject: Token | None,
    person: Callable[[Token], bool],
    permitted: frozenset[str],
) -> bool:
    """ "Exporters may apply for relief loans of up to 20,000 crowns", "Teams may
    register by 31 May", "investors may place orders from 8am", "under the scheme,
    growers may sell their surplus to the co-operative": a class of doers
    (:func:`doer_class`) does a deliberate act on an arrangement's terms
    (:func:`arrangement_terms`) or with its rule-giver in view (:func:`rule_giver`).
    ``person``: the lens's test for a word naming people; ``permitted``: the acts a rule
    lets people do (they may take a limit on their object: "may bring up to two
    guests")."""
    if subject is None or not _deliberate(verb):
        return False
    if not doer_class(subject, person):
        return False
    if guess_frame(verb) and (clause_future(verb) or not _told_by_body(verb)):
        return False  # "investors may sell by Friday, analysts say": a guess reported
    return arrangement_terms(verb, permitted) or rule_giver(verb)


def announced_permission(
    verb: Token, subject: Token | None, person: Callable[[Token], bool]
) -> bool:
    """ "Walkers may use the lower path, and the footbridge will reopen in June", "Members may
    still bring a guest, and the hall can seat 200": a class of doers (:func:`doer_class`)
    doing a deliberate act with its terms (a "from", "on" or "about" phrase; "still",
    "also"), joined by "and" to a dated plan or to what can be done (:func:`_plan_beside`),
    is one item of an announced arrangement, a permission (count over the 463 practice
    keys: 46 such clauses in 32 rounds, all set as traps, 6 of them marked before this
    rule; none keyed as a hedge). "Doctors may walk out, and hospitals will cancel
    operations on Monday" (no terms of the act), "Prices may rise, and the bank will meet
    on Friday" (a thing), "the board may sell the site, and talks will resume in March"
    (one body), "commuters may face delays" (what befalls them), a future word in the
    clause ("next week") and "but" in place of "and" stay hedges."""
    if subject is None or not _deliberate(verb) or not doer_class(subject, person):
        return False
    if clause_future(verb):
        return False  # "Dockers may strike next week, and the port will close": a guess
    if not any(c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ in ("still", "also"))
               for c in verb.children):  # fmt: skip
        return False  # no terms of where, when or how: "Voters may punish the party"
    top = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in top.children):
        return False
    joined = [c for c in verb.children if c.dep_ == "conj"]
    joined += [top] if top.i != verb.i else []
    return any(_plan_beside(other, verb) for other in joined)


def _plan_beside(other: Token, verb: Token) -> bool:
    """The clause joined to the "may" clause is a plan with its date ("the hall will open
    in May", "the vote will close on 2 June") or what can be done ("the hall can seat
    200", "forms can be found online"), not a state ("that can be hard") nor a
    consequence with no date ("and hospitals will cancel operations")."""
    if other.lemma_ == "be":
        return False
    modals = {a.lower_ for a in other.children if a.dep_ in ("aux", "auxpass")}
    if "can" in modals:
        return True
    if not modals & {"will", "'ll"}:
        return False
    own = list(other.subtree)
    if other.i == verb.head.i:  # the "may" clause hangs on it: leave its words out
        own = [t for t in own if not verb.left_edge.i <= t.i <= verb.right_edge.i]
    return any(t.ent_type_ in ("DATE", "TIME") for t in own)


def _told_by_body(verb: Token) -> bool:
    """The clause is reported by a body that can set terms ("..., the ministry said", "...,
    it said", "the exchange says ..."): an organisation, not a person or a pundit whose
    report makes "may" a guess ("analysts say", "retailers fear")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    reports = [top.head] if top.dep_ == "ccomp" else []
    reports += [c for c in top.children if c.dep_ in ("parataxis", "ccomp") and c.i > top.i]
    for report in reports:
        if report.lemma_ not in REPORT_VERBS:
            continue
        teller = next((c for c in report.children if c.dep_ == "nsubj"), None)
        if teller is None:
            continue
        lemma = teller.lemma_.lower()
        if teller.ent_type_ == "ORG" or lemma in ORGANIZATION_HEADS | SERVICE_PROVIDERS:
            return True
        if lemma in _BODIES or teller.lower_ == "it":
            return True
    return False


#: Bodies that set terms and that the organisation lists leave out.
_BODIES = frozenset({"government", "ministry", "exchange", "executive", "administration"})


def _deliberate(verb: Token) -> bool:
    """An act someone chooses to do: not what befalls them or an event or a state ("may
    lose", "may rise", "may cost", "may wait", "may want to"), not "be" or "have", not a
    passive ("may be disappointed"), a perfect ("may have applied") or a verb that hands
    on to another ("may decide to sell")."""
    lemma = verb.lemma_.lower()
    if lemma in UNDERGO_VERBS or lemma in EVENT_VERBS or lemma in ("be", "become", "have", "do"):
        return False
    return not any(
        c.dep_ in ("auxpass", "xcomp", "acomp") or (c.dep_ == "aux" and c.lemma_ == "have")
        for c in verb.children
    )


def doer_class(subject: Token, person: Callable[[Token], bool]) -> bool:
    """A class of people acting on purpose, as a rule names them: a bare plural (no
    "the", "their", number; "all" and "any" allowed) of people by the lens's test, of
    a service's users or an offer's class, of organisations or groups ("clubs",
    "teams", "businesses"), or a noun of one who does something ("exporters",
    "investors", "applicants"). "The firm" (one body), "the investors" (ones already
    named) and "prices" (a thing) are not."""
    plural = subject.tag_ in ("NNS", "NNPS") or (
        subject.is_sent_start and subject.tag_ == "NNP" and subject.lower_.endswith("s")
    )
    if not plural:
        return False
    if any(
        c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ not in ("all", "any"))
        for c in subject.children
    ):
        return False
    lemma = subject.lemma_.lower()
    if lemma in SERVICE_USERS or lemma in OFFER_CLASSES or lemma in ORGANIZATION_HEADS:
        return True
    if lemma in DOER_COLLECTIVES or person(subject):
        return True
    return _agent_noun(subject)


def _agent_noun(noun: Token) -> bool:
    """A noun of one who does something, by its ending: "exporter", "investor",
    "applicant", "motorist", "resident" (not "payment", "document": things)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or len(lemma) <= 5 or lemma.endswith("ment"):
        return False
    return lemma.endswith(("er", "or", "ist", "ant", "ent", "ian"))


def _own_children(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ not in _OTHER_CLAUSES and c.i > verb.i]


def _step_under(tok: Token, verb: Token) -> Token | None:
    """The verb's child through which ``tok`` hangs from the verb (None if it does not)."""
    step = tok
    while step.head.i != verb.i:
        if step.head.i == step.i:
            return None
        step = step.head
    return step


def arrangement_terms(verb: Token, permitted: frozenset[str]) -> bool:
    """The clause names an arrangement's terms among the verb's own words: a limit on what
    the subject gets ("apply for loans of up to 20,000", "park for up to two hours"; on
    the object only for an act a rule lets people do, "bring up to two guests"), a
    deadline ("by 31 May", "before noon"), an opening time ("from 8am", "between 9am and
    5pm"), "only", a fee ("for 5 crowns") or a service place ("online", "at the
    counter"). Not a change measured by "by" ("cut prices by up to 10%"), not an amount
    of the object to be reached ("cut up to 300 jobs", "finish 300 homes by June")."""
    children = _own_children(verb)
    if any(_compared(t) for c in children for t in c.subtree):
        return False  # "may spend more online": a comparison weighs a chance
    if any(c.dep_ == "advmod" and c.lower_ in ("only", "online") for c in children):
        return True
    counted = any(
        c.dep_ == "dobj" and any(d.dep_ in ("nummod", "quantmod") for d in c.children)
        for c in children
    )  # "finish 300 homes by June": an amount to reach
    for child in children:
        for tok in child.subtree:
            if _limit_at(tok):
                step = _step_under(tok, verb)
                if step is None or (step.dep_ == "prep" and step.lower_ == "by"):
                    continue  # "rise by up to 5%": a change measured
                if step.dep_ == "prep" or verb.lemma_.lower() in permitted | SERVICE_ACTIONS:
                    return True
    preps = [c for c in children if c.dep_ == "prep"]
    preps += [p for c in children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
    for prep in preps:  # (the parser may hang them on the object: "trade players between")
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        words = [t for o in objects for t in o.subtree]
        kinds = {t.ent_type_ for t in words}
        dated = "TIME" in kinds or any(t.like_num for t in words) and (
            "DATE" in kinds or any(o.lower_ in _MONTHS for o in objects)
        )  # ("by 31 May", which the tagger may not read as a date)
        if prep.lower_ in _DEADLINES and dated and not counted:
            return True  # "register by 31 May" (but "before Christmas": a season, no date)
        if prep.lower_ in _OPENINGS and "TIME" in kinds and not counted:
            return True  # "place orders from 8am"
        if prep.lower_ in ("for", "at") and "MONEY" in kinds:
            return True  # "may park for 2 crowns an hour"
        if prep.lower_ in ("at", "in", "via", "through", "by") and any(
            o.lemma_.lower() in NOTICE_CHANNELS for o in objects
        ):
            return True  # "may apply at the counter"
    return False


def _compared(tok: Token) -> bool:
    """A comparative that weighs an amount ("more", "fewer", "cheaper"), not the "more"
    of a limit ("no more than")."""
    if tok.tag_ not in ("JJR", "RBR"):
        return False
    return not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no")


def _limit_at(tok: Token) -> bool:
    doc = tok.doc
    for limit in _LIMITS:
        words = [w.lower_ for w in doc[tok.i : tok.i + len(limit)]]
        if tuple(words) == limit:
            return True
    return False


def rule_giver(verb: Token) -> bool:
    """The sentence names the rule-giver ("under the scheme", "according to the rules"),
    or it or the one before it has a rule text or scheme as the subject of a verb of
    laying down ("the rules say", "the scheme allows"). "Under the plan, thousands may lose
    their homes" is kept a hedge by the verb (what befalls them), not here."""
    sent = sentence_of(verb)
    spans = [sent]
    if sent.start > 0:
        spans.append(sentence_of(verb.doc[sent.start - 1]))
    for span in spans:
        for tok in span:
            if tok.lemma_.lower() not in RULE_GIVERS or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if span.start == sent.start and tok.dep_ == "pobj" and (
                tok.head.lower_ == "under"
                or (tok.head.lower_ == "to" and tok.head.head.lower_ == "according")
            ):
                return True  # (a frame of its own sentence only: "Under the plan, rents
                # will rise. Tenants may move out." weighs a chance)
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _LAYING_DOWN:
                return True
    return False

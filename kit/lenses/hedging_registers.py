"""Hedge and booster look-alikes of instructions, notices, timetables and advice.

Recipes, DIY guides, council notices, timetable changes, product reviews and advice
columns use the hedging words in senses that say nothing about how sure the text is
(ANNOTATION_GUIDE.md, section 3): an instruction ("Never leave the pan unattended",
"establish that there are no pipes"), a standing rule or schedule ("the office is
never open on Sundays", "tickets may not be bought on the train", "no one under 18
may apply"), an option offered to the reader ("you could swap the beef for lentils"),
a manner ("roughly chopped", "slowly but surely", "clearly shown"), a device's signal
("a red light indicates that ...") or a proposal ("we suggest that passengers allow
extra time"). The checks here read those senses from the parse; the word classes they
consult are in ``kit/lexicons/hedge_senses.yaml``. The rule modules
(:mod:`kit.lenses.hedging`, :mod:`kit.lenses.hedging_modals`,
:mod:`kit.lenses.hedging_judgements`) call them; this module imports none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.hedging_plain import UNDERGO_VERBS, chosen_object, free_object, offer_place
from kit.lenses.shared import person_heads

#: The people a rule is addressed to: "ticket holders may travel", "members may bring".
SERVICE_USERS = lexicon.word_set("hedge_senses", "service_users")
#: What a rule lets or forbids someone do to a thing: "may not be bought on the train".
RULE_ACTIONS = lexicon.word_set("hedge_senses", "rule_actions")
#: What the people a service is for may do: "tenants may ask for repairs in writing".
SERVICE_ACTIONS = RULE_ACTIONS | lexicon.word_set("hedge_senses", "service_actions")
#: Uses a notice forbids when denied ("images may not be used commercially").
_PROHIBITED_USES = lexicon.word_set("hedge_senses", "prohibited_uses")
#: Requests a notice says how to make: "Claims may be made up to six years after".
REQUEST_NOUNS = lexicon.word_set("hedge_senses", "request_nouns")
#: House-rule verbs said of a thing: "Smoking is never permitted", "always required".
POLICY_VERBS = lexicon.word_set("hedge_senses", "policy_verbs")
#: Willingness that makes "would be happy to" an offer: "we would be happy to help".
WILLING_WORDS = lexicon.word_set("hedge_senses", "willing_words")
#: Documents a notice points to: "Details may be found on the website".
NOTICE_DOCUMENTS = lexicon.word_set("hedge_senses", "notice_documents")
#: Options a writer offers the reader: "you could swap the beef for lentils".
OPTION_VERBS = lexicon.word_set("hedge_senses", "option_verbs")
#: The reader's wishes that make "could" an option: "if you prefer", "if you like".
WISH_VERBS = lexicon.word_set("hedge_senses", "wish_verbs")
#: States and runs of a service in a timetable: "never open on Sundays".
SERVICE_STATES = lexicon.word_set("hedge_senses", "service_states")
#: Slots of a timetable ("Sundays", "weekends"), shared with the "every" rule.
TIME_UNITS = lexicon.word_set("hedge_senses", "timetable_slots")
#: Terms of a service said of a thing: "updates are always free", "never included".
POLICY_STATES = lexicon.word_set("hedge_senses", "policy_states")
#: Devices and marks that signal by design: "a red light indicates that ...".
SIGNAL_DEVICES = lexicon.word_set("hedge_senses", "signal_devices")
#: Handling and cutting verbs that "roughly" describes: "roughly chop the onions".
HANDLING_VERBS = lexicon.word_set("hedge_senses", "handling_verbs")
#: Participles of setting out or showing that "clearly" describes: "clearly shown".
DISPLAY_VERBS = lexicon.word_set("hedge_senses", "display_verbs")
#: Senses and memory that "can clearly" or "could clearly" tells the manner of.
VIVID_VERBS = lexicon.word_set("hedge_senses", "vivid_verbs")
#: Verbs of judging fit that "would" softens: "it would suit a beginner".
FIT_VERBS = lexicon.word_set("hedge_senses", "fit_verbs")

#: Verbs through which a "to" clause keeps its force: "goes to show that".
_CARRYING_VERBS = frozenset({"go", "serve", "help", "seem", "appear", "come"})
#: "you may also/instead ...": one more option a text offers (hedging_modals.further_option)
FURTHER_ADVERBS = frozenset({"also", "instead", "alternatively"})
_OPTION_ADVERBS = FURTHER_ADVERBS | {"always", "just"}
_LIMITING_PREPS = frozenset({"under", "over", "below", "above", "without", "aged"})
_RULE_MODALS = frozenset({"may", "shall", "must"})
_PAIRED = frozenset({"may", "must", "can", "shall", "should"})
#: Verbs that report or weigh a clause ("retailers fear", "the council admitted"): a rule
#: is stated, not reported, so a reported "may" is a guess (hedge_senses, cues.yaml).
REPORT_VERBS = (
    lexicon.word_set("hedge_senses", "backshift_verbs")
    | lexicon.word_set("hedge_senses", "clause_verbs")
    | frozenset(lexicon.words(lexicon.load("cues", "cues"), "verbs", "lemma"))
)
#: Words that put a clause in the future ("members may vote against it next week").
_FUTURE = lexicon.word_set("hedge_senses", "future_words")
#: Limits a rule states ("up to", "only", "until"), and a notice's channels and places.
LIMIT_WORDS = lexicon.ordered_words("hedge_senses", "limit_words")
NOTICE_CHANNELS = lexicon.word_set("hedge_senses", "notice_channels")
#: Views the reader could hold: "you could also argue that" is a possible view.
_MIND_VERBS = lexicon.word_set("hedge_senses", "mind_verbs")
_STATE_VERBS = frozenset({"be", "have", "know", "want", "need", "like", "believe", "think"})


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the clause it is joined to."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


def is_instruction(verb: Token) -> bool:
    """An imperative: a bare verb with no subject that heads its sentence ("Always wear
    goggles", "Before you drill, establish that ..."), or one joined to such a verb.
    A verb whose past form is its base form ("knit", "read", "put") may be tagged past:
    with no subject, it is still the bare verb ("Always knit a tension square")."""
    fronted = verb.dep_ in ("ccomp", "parataxis") and verb.i < verb.head.i and verb.tag_ == "VB"
    bare = verb.tag_ in ("VB", "VBP") or (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_)
    if not bare or (verb.dep_ not in ("ROOT", "conj", "dep") and not fronted):
        return False  # (a clause the parser hung on the next one: "establish that ...; a")
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ != "do" for c in verb.children):
        return False  # "never to be forgotten", "will never forget"
    if verb.dep_ in ("conj", "dep"):  # "Check the meter, then confirm that ..."
        if any(c.dep_ == "advmod" and c.lower_ in ("so", "therefore") for c in verb.children):
            return True  # "a flood could leave you homeless, so always read the section"
        return verb.head.i != verb.i and is_instruction(verb.head)
    sent = verb.sent
    return sent.text.rstrip()[-1:] != "?"


#: Services that run to a timetable, what they do on it, and words that judge it.
SCHEDULED_SERVICES = lexicon.word_set("hedge_senses", "scheduled_services")
TIMETABLE_VERBS = lexicon.word_set("hedge_senses", "timetable_verbs")
PUNCTUALITY_WORDS = lexicon.word_set("hedge_senses", "punctuality_words")


def timetabled(verb: Token) -> bool:
    """A timetable read out: "the 07:10 service will certainly call at Brinkley from 4
    May", "trains always stop at Hale on request", "the 07:12 will always call at
    Hale" (a train named by its clock time). A scheduled service as the subject of
    a verb of its timetable says where and when it runs, not how sure anyone is; "the
    trains never run on time" (a word of punctuality) is a claim about how it is kept."""
    subject = loose_subject(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    service = subject.lemma_.lower() in SCHEDULED_SERVICES or (
        _CLOCK_FORM.fullmatch(subject.lower_) is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    )  # ("the 07:12", "the 8.15": a service called by the time it leaves)
    if verb.lemma_.lower() in TIMETABLE_VERBS and service:
        pass
    elif subject.pos_ == "NUM" or not _clock_habit(verb, subject):
        return False
    return not any(t.lemma_.lower() in PUNCTUALITY_WORDS or t.tag_ in ("JJR", "RBR", "JJS")
                   for t in verb.subtree)  # fmt: skip


def loose_subject(verb: Token) -> Token | None:
    """The verb's subject (:func:`subject_of`), or, where the parser left it none, the
    noun it hung before the verb on another clause: "shuttle buses to the old town
    always leave" (read as joined to the clause before), "the 07:12 from Hale will
    always call" (a clock time read as punctuation). The first noun to the left that
    is no preposition's object and heads a phrase of its own."""
    subject = subject_of(verb)
    if subject is not None or verb.dep_ in ("ROOT", "xcomp") and verb.tag_ == "VB" and not any(
        c.dep_ == "aux" for c in verb.children
    ):
        return subject  # (a bare verb with no subject is an instruction, not a lost one)
    for tok in reversed(verb.sent[: verb.i - verb.sent.start]):
        if (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux") or tok.dep_ in ("punct", "cc") and (
            not _CLOCK_FORM.fullmatch(tok.lower_)
        ):
            return None  # another clause's verb or a comma comes first: no subject of this one
        if tok.dep_ in ("pobj", "compound", "amod", "det", "poss", "nummod"):
            continue
        if tok.pos_ in ("NOUN", "PROPN") or _CLOCK_FORM.fullmatch(tok.lower_):
            return tok
    return None


def _clock_habit(verb: Token, subject: Token) -> bool:
    """A thing's routine at a clock time, in the plain present or with "will": "the bell
    always rings at noon", "the sluice always opens at 6am", "consultations always begin
    on the hour", "at dawn, when the gulls always start calling" (a "when" clause on the
    clock time); "the minister always arrives at 9am" (a person's habit) stays a claim."""
    future = any(c.dep_ == "aux" and c.lower_ == "will" for c in verb.children)
    plain = verb.tag_ in ("VBZ", "VBP", "NNS") or (future and verb.tag_ == "VB")
    if not plain or subject.pos_ != "NOUN" or subject.ent_type_ in ("PERSON", "NORP") and (
        subject.tag_ in ("NNS", "NNPS")  # ("the liaison van" read as a name stays a thing)
    ):
        return False  # (the plain present; "rings" with a subject is often tagged NNS)
    if _doer(subject, None):
        return False  # "the minister", "the inspector": a person's habit
    if verb.lemma_ in ("be", "have"):
        return False  # "on a sunny afternoon the park is undoubtedly the finest": no routine
    hosts = [verb]
    if verb.dep_ in ("advcl", "relcl") and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children
    ):
        hosts.append(verb.head)  # "at six in the morning, when the gulls always start"
    preps = [p for h in hosts for p in h.children if p.dep_ == "prep"] + _trailing_preps(verb)
    return any(clock_time(list(p.subtree)) for p in preps)  # a clock time the verb is set to


def _trailing_preps(verb: Token) -> list[Token]:
    """Prepositions the parser hung on the clause before a joined verb that stand after
    it: in "visitors may call, and our van always parks outside the hall from 9am" the
    "from 9am" is read as the first verb's; it is the last clause's."""
    if verb.dep_ not in ("conj", "advcl") or verb.head.i >= verb.i:
        return []
    return [p for p in verb.head.children if p.dep_ == "prep" and p.i > verb.i]


#: A clock time written out: "8.30am", "7pm", "07:12", "11.15" (the bare dotted or
#: colon form is read as a time only after a preposition of a slot, not as a price).
_CLOCK_FORM = re.compile(r"\d{1,2}(?:[.:]\d{2})?(?:am|pm)|\d{1,2}:\d{2}")
_DOTTED = re.compile(r"\d{1,2}\.\d{2}")
_AM_PM = frozenset({"am", "pm", "a.m.", "p.m."})


def clock_time(tokens: list[Token]) -> bool:
    """A clock time among the tokens, the one test the timetable checks share: a time
    the tagger found with a digit or a clock word ("at 6 pm", "at noon"), a clock time
    by its form whatever entity it was given ("8.30am", "07:12", "9 am", "at 7.45"), or
    "on the hour" (and "on the half hour"). "At 3.50 a ticket" after no slot
    preposition, "for an hour" and "£8.30" are no clock times."""
    for tok in tokens:
        low = tok.lower_
        if tok.ent_type_ == "TIME" and (tok.like_num or low in _CLOCK or tok.tag_ == "CD"):
            return True
        if low in _CLOCK or _CLOCK_FORM.fullmatch(low):
            return True
        if low in _AM_PM and tok.i > 0 and tok.doc[tok.i - 1].like_num:
            return True
        before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if _DOTTED.fullmatch(low) and before in ("at", "from", "until", "till", "by", "to"):
            return True
        if low == "hour" and before in ("the", "half") and any(
            t.lower_ == "on" for t in tok.doc[max(tok.i - 3, 0) : tok.i]
        ):
            return True  # "on the hour", "on the half hour"
    return False


def rule_absolute(span: Span, person: Callable[[Token], bool] | None = None) -> bool:
    """ "never/always" in an instruction ("Never leave the pan unattended") or in a
    schedule of a place or service ("the office is never open on Sundays", "the room
    is always locked after 20:00"): a rule, not a claim that allows no exception."""
    adverb = span[0]
    head = adverb.head
    if head.i == adverb.i:
        return False
    if is_instruction(head) or _told_you(head) or timetabled(head):
        return True
    if slotted_routine(head, person):
        return True  # "doors always close at 11pm on Sundays": a timetable, not a claim
    if guess_frame(head) or past_tense(head):
        return False  # "the trains never run on time on Sundays, one commuter said",
        # "smoking was never allowed in the old hall either": told, or past, not a rule
    if _policy(head) or _priced(head):
        return True  # "Smoking is never permitted", "updates are always free"
    state = {head.lemma_.lower(), head.lower_} & SERVICE_STATES or any(
        c.dep_ == "acomp" and c.lower_ in SERVICE_STATES for c in head.children
    )
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    subject = subject_of(head)
    if not (state or passive) or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False  # (a passive: "the bins are never emptied on bank holidays")
    if subject.ent_type_ in ("PERSON", "NORP") or subject.lemma_.lower() in SERVICE_USERS:
        return False
    clause = [t for t in head.subtree if t.i != adverb.i]
    slot = any(t.lemma_.lower() in TIME_UNITS or t.lower_.rstrip("s") in TIME_UNITS
               for t in clause)  # fmt: skip
    if passive and not state:
        return slot  # a day of the week or a holiday, not "left to rise for an hour"
    return slot or any(t.ent_type_ in ("DATE", "TIME") for t in clause) or _while_on(head)


def _while_on(head: Token) -> bool:
    """The state holds through an occasion: "the lifeboat station is always staffed
    during a warning", "the gates are never locked when the ferry is in" (a service's
    rule for that time, like a day of the week). "Always closed when it matters" names
    no occasion (no noun in the "when" clause) and stays a claim."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "during")
        or (
            c.dep_ == "advcl"
            and any(m.lower_ in ("when", "whenever") for m in c.children)
            and any(m.dep_ == "nsubj" and m.pos_ in ("NOUN", "PROPN") for m in c.children)
        )
        for c in head.children
    )


#: Verbs of coming and happening whose "never" in the past tells of one event that did
#: not take place ("the minister who never came"): ``hedge_senses.yaml`` arrival_verbs.
ARRIVAL_VERBS = lexicon.word_set("hedge_senses", "arrival_verbs")
_BARE_DEPS = frozenset({"nsubj", "neg", "advmod", "prt", "punct", "cc", "mark"})


def missed_event(span: Span) -> bool:
    """ "the minister who never came", "the apology that never arrived", "we waited, but
    the storm never came": "never" with a verb of coming or happening in the past and
    nothing else (no object, place or time), a plain "did not come" of one occasion,
    not a claim about all times. "He never came to a single meeting" (more than one
    occasion) and "she never answered my letters" keep their marks."""
    verb = span[0].head
    if span[0].lower_ != "never" or verb.tag_ != "VBD" or verb.lemma_ not in ARRIVAL_VERBS:
        return False
    return all(c.dep_ in _BARE_DEPS for c in verb.children)


def guess_frame(verb: Token) -> bool:
    """What marks a clause as a guess, not a rule or a timetable, in news prose: it is
    reported ("Shoppers may buy less, retailers fear"; "the trains never run on time on
    Sundays, one commuter said"), set in the future ("members may vote against it next
    week"), a bare comparison ("residents may pay more") or conceded before a "but"
    ("tenants may complain, but ...")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "ccomp" and top.head.lemma_ in REPORT_VERBS:
        return True
    if any(c.dep_ in ("parataxis", "ccomp") and c.lemma_ in REPORT_VERBS and c.i > top.i
           for c in top.children):  # fmt: skip
        return True
    if top.dep_ == "ROOT" and any(
        c.dep_ in ("parataxis", "ccomp") and c.lemma_ in REPORT_VERBS
        for c in verb.sent.root.children
    ) and top.i != verb.sent.root.i:
        return True
    if clause_future(verb):
        return True
    if any(c.dep_ in ("dobj", "advmod", "npadvmod") and c.tag_ in ("JJR", "RBR")
           and not any(d.lower_ == "than" for d in c.children) for c in verb.children):  # fmt: skip
        return True
    conceded = any(d.lower_ == "but" for d in verb.children if d.dep_ == "cc")
    return conceded and any(
        c.dep_ == "conj" and not any(a.dep_ == "aux" and a.lower_ in _PAIRED for a in c.children)
        for c in verb.children
    )  # (but "may bring flags but may not bring flares" is a pair of rules)


def past_tense(verb: Token) -> bool:
    """The clause is in the past: a rule or timetable is stated in the present."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _told_you(verb: Token) -> bool:
    """An instruction put as a duty: "You must never take more than the stated dose"."""
    subject = subject_of(verb)
    duty = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)
    return duty and subject is not None and subject.lower_ == "you"


def _policy(verb: Token) -> bool:
    """A house rule: a passive "permitted/allowed/accepted" said of a thing or an activity
    ("Smoking is never permitted", "cash is always accepted"), not of people."""
    if verb.lemma_.lower() not in POLICY_VERBS:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() not in (
        SERVICE_USERS
    ) and subject.ent_type_ not in ("PERSON", "NORP")


def _priced(verb: Token) -> bool:
    """A service's terms: "firmware updates are always free", "parking is never
    included" (a state of price or obligation said of a thing, not of people), and a
    fare for a class marked off by age: "children under twelve always go free"
    (everyAT). "Children always go free" (no class) stays a claim."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in SERVICE_USERS:
        return False
    if any(c.dep_ == "acomp" and c.lower_ in POLICY_STATES for c in verb.children):
        return True
    return _age_limited(subject) and any(
        c.dep_ in ("advcl", "oprd") and c.lower_ in POLICY_STATES for c in verb.children
    )


def _age_limited(subject: Token) -> bool:
    """A class of people marked off by age or condition: "children over 12", "no one
    under 18", "anyone without a ticket"."""
    return any(t.i > subject.i and t.lower_ in _LIMITING_PREPS for t in subject.subtree)
    # ("adults and children over 12", however the parser hangs "over 12")


def _barred(subject: Token) -> bool:
    """The class is marked off as too young or lacking something ("no one under 16",
    "nobody without a ticket"), which a rule bars; "no one over 40 can win it" is a
    claim about all."""
    bars = ("under", "below", "without")
    return any(t.i > subject.i and t.lower_ in bars for t in subject.subtree)


def restricted_class(span: Span) -> bool:
    """ "No one under 18 may apply", "nobody without a ticket can enter", "no one who
    has not paid may enter": a rule about a class of people marked off by age or
    condition, with a modal of permission or duty; not "no one over 40 has won the
    race" nor "nobody who rode it will forget the headwind" (claims about all)."""
    word = span.root
    if word.dep_ not in ("nsubj", "nsubjpass") or guess_frame(word.head):
        return False
    auxes = {c.lower_ for c in word.head.children if c.dep_ == "aux"}
    if _age_limited(word):
        if auxes & {"can", "ca"} and _barred(word):
            return True  # "nobody under 12 can buy games without a PIN": a bar by rule
        return bool(auxes & _RULE_MODALS)
    described = any(c.dep_ in ("acl", "relcl") for c in word.children)
    return described and bool(auxes & {"may", "must", "shall"})


def permission_may(verb: Token, subject: Token | None, permitted: frozenset[str]) -> bool:
    """ "may" of a rule: a passive of what is done to a thing ("Leftovers may be frozen",
    "tickets may not be bought on the train"), a notice's document ("Details may be
    found online"), the people a rule is for ("season ticket holders may travel free")
    or a denied class ("no one under 18 may apply"). ``permitted``: the actions a rule
    lets people do (the permission verbs and regulated activities)."""
    if subject is None:
        return False
    if _request_sent(verb, subject) and _notice_terms(verb):
        return True  # "Sealed bids may be submitted until 31 May, the trust said": the
        # terms of a notice passed on, reported or not (sensesAE)
    lemma = verb.lemma_.lower()
    if _provider_terms(verb, subject, lemma, permitted):
        return True  # "Residents may still book the minibus a day ahead, the county said"
    if guess_frame(verb):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma == "be":  # "may not be photocopied", the participle read as an adjective
        done = [c for c in verb.children if c.dep_ == "acomp" and c.lower_.endswith("ed")]
        if done:
            lemma, passive = _stem(done[0].lower_), True
    thing = subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ not in ("PERSON", "NORP")
    negated = any(c.dep_ == "neg" for c in verb.children)
    if passive and thing and subject.lemma_.lower() not in SERVICE_USERS:
        if negated and lemma in RULE_ACTIONS | _PROHIBITED_USES:
            return True  # "tickets may not be bought on the train", "may not be used"
        if lemma in RULE_ACTIONS and _notice_terms(verb):
            return True  # "leftovers may be frozen for up to three months"
        if _request_sent(verb, subject):
            return True  # "Claims may be made up to six years after the flight"
        documents = {subject.lemma_.lower(), subject.lower_} & NOTICE_DOCUMENTS
        if documents and lemma in ("find", "see", "view"):
            return True
    if passive:
        return False
    if subject.lemma_.lower() in SERVICE_USERS and _kept_away(verb):
        return False  # "visitors may stay away this summer": a guess about what they do
    if subject.lemma_.lower() in SERVICE_USERS and lemma in permitted | SERVICE_ACTIONS:
        return True
    if subject.lemma_.lower() in SERVICE_USERS and visiting(verb):
        return True  # "visitors may climb the tower", "members may still walk the wood"
    if _age_limited(subject) and lemma in permitted | SERVICE_ACTIONS | {"take"}:
        return True  # "adults and children over 12 may take one tablet a day"
    denied = subject.lower_ in ("nobody", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )
    return denied and lemma in permitted


#: Ways of getting about a place that visitors are let do (``hedge_senses.yaml``).
VISITING_ACTIONS = lexicon.word_set("hedge_senses", "visiting_actions")
_LEAVING = frozenset({"out", "away", "off"})


def _kept_away(verb: Token) -> bool:
    """ "stay away", "keep away", "walk away": a particle of staying off, which no rule
    or service grants its users."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children)


def visiting(verb: Token) -> bool:
    """ "Visitors may climb the tower", "members may still walk the wood": a way of
    getting about a place, with the place as its object, done by a service's users (the
    caller checks the subject), is what the place lets them do. Going somewhere
    ("pupils may walk to school in the dark") and a particle of leaving ("members may
    walk out", "shoppers may walk away") are guesses about what they will do."""
    if verb.lemma_.lower() not in VISITING_ACTIONS:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return not any(c.dep_ in ("prt", "advmod") and c.lower_ in _LEAVING for c in verb.children)


#: Who runs a service and sets its terms (``hedge_senses.yaml`` service_providers).
SERVICE_PROVIDERS = lexicon.word_set("hedge_senses", "service_providers")


def _provider_terms(verb: Token, subject: Token, lemma: str, permitted: frozenset[str]) -> bool:
    """ "Residents may still book the county's minibus a day in advance, the county
    said", "Tenants may ask for repairs in writing, a council spokeswoman said": what a
    service's users may do (service_users with a permitted or service action), reported
    by the body that runs the service or its spokesperson, is a term of the service
    (sensesAG), though a report otherwise makes "may" a guess ("Shoppers may buy less,
    retailers fear"). A future word or a comparison ("may pay more") still makes it one,
    and so does a reporter who does not run anything ("campaigners said")."""
    if subject.lemma_.lower() not in SERVICE_USERS or lemma not in permitted | SERVICE_ACTIONS:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or clause_future(verb):
        return False
    if any(c.dep_ in ("dobj", "advmod", "npadvmod") and c.tag_ in ("JJR", "RBR")
           for c in verb.children):  # fmt: skip
        return False
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    reports = [top.head] if top.dep_ == "ccomp" else []
    reports += [c for c in top.children if c.dep_ in ("parataxis", "ccomp") and c.i > top.i]
    for report in reports:
        if report.lemma_ not in REPORT_VERBS:
            continue
        teller = next((c for c in report.children if c.dep_ == "nsubj"), None)
        if teller is not None and (
            teller.ent_type_ == "ORG" or teller.lemma_.lower() in SERVICE_PROVIDERS
        ):
            return True
    return False


#: Ways of sending in a request: "Claims may be made", "bids may be submitted".
_SENDING = frozenset({"make", "send", "lodge", "file", "post", "submit"})


def _request_sent(verb: Token, subject: Token) -> bool:
    """A request sent in, in the passive: "Claims may be made", "Sealed bids may be
    submitted" (``request_nouns``); "mistakes may be made" is no request."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    requested = {subject.lemma_.lower(), subject.lower_} & REQUEST_NOUNS
    return bool(requested) and verb.lemma_.lower() in _SENDING


def _notice_terms(verb: Token) -> bool:
    """The terms a notice gives with its permission: a limit ("for up to three months",
    "only"), a channel or place of service ("online", "from our website", "at the town
    hall"), a measure ("at 30C", "between 9am and 5pm"), the people it is for ("for
    members") or a condition ("if ...", "when the bus is busy"). "The
    land may be bought by developers" and "the old stock may be burned" give none: guesses."""
    words = [t for t in verb.subtree if t.i > verb.i]  # after the verb, not its subject
    low = " ".join(t.lower_ for t in words)
    if any(w in low for w in LIMIT_WORDS):
        return True
    if any(t.lower_ in NOTICE_CHANNELS or t.lemma_.lower() in NOTICE_CHANNELS for t in words):
        return True
    if any(t.ent_type_ in ("QUANTITY", "TIME", "MONEY", "PERCENT") for t in words):
        return True
    if any(t.lemma_.lower() in SERVICE_USERS for t in words if t.i > verb.i):
        return True  # "the booking fee may be waived for members"
    return any(c.dep_ == "advcl" and any(m.lower_ in ("if", "when", "whenever", "where")
                                         for m in c.children)
               for c in verb.children)  # fmt: skip  ("may be folded when the bus is busy")


def _stem(participle: str) -> str:
    """The verb of a regular participle the parser took for an adjective."""
    for cut, add in (("ied", "y"), ("ed", ""), ("d", "")):
        stem = participle[: -len(cut)] + add
        if participle.endswith(cut) and stem in RULE_ACTIONS:
            return stem
    return participle


def offered_option(verb: Token) -> bool:
    """ "could" of an option the writer offers the reader: "you could swap the beef for
    lentils if you prefer", "you could also start serving", "you could ask him"; not
    "you could lose your deposit" or "you could be fined" (what may happen to you)."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ != "you" or verb.lemma_ in _STATE_VERBS:
        return False
    if verb.lemma_ in _MIND_VERBS:
        return False  # "you could also argue that the plan saves money": a possible view
    if any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return False
    if verb.lemma_.lower() in OPTION_VERBS:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _OPTION_ADVERBS for c in verb.children):
        return True
    return any(
        c.dep_ == "advcl"
        and c.lemma_.lower() in WISH_VERBS
        and any(m.lower_ == "if" for m in c.children if m.dep_ == "mark")
        for c in verb.children
    )


def asked_proof(verb: Token) -> bool:
    """A proof verb asked for, not claimed: an instruction ("establish that there are
    no pipes"), a requirement ("applicants must prove that they live here") or an aim
    ("we will email to confirm that your refund has been processed", "set out to prove
    that"); "this goes to show that" still claims."""
    if is_instruction(verb):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "shall") for c in verb.children):
        return True
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return (
        has_to
        and verb.dep_ in ("xcomp", "advcl", "acl", "relcl")
        and verb.head.lemma_.lower() not in _CARRYING_VERBS
    )


def manner_adverb(adverb: Token) -> bool:
    """ "slowly but surely", "roughly chopped", "clearly shown on the screens": the
    adverb tells how something is done, not how sure the writer is."""
    head = adverb.head
    if adverb.dep_ == "conj" and head.tag_ == "RB" and head.lower_.endswith("ly"):
        return True  # "slowly but surely"
    if adverb.lower_ == "roughly" and head.lemma_.lower() in HANDLING_VERBS:
        return True  # "roughly chop the onions", "roughly chopped parsley"
    if adverb.lower_ == "roughly" and _after_its_verb(adverb):
        return True  # after its verb: "turn it roughly with a fork", "handled roughly."
    if adverb.lower_ in ("clearly", "plainly") and vivid(adverb):
        return True  # "she could clearly remember the day": how well, not how sure
    if adverb.lower_ not in ("clearly", "plainly") or not (
        _displayed(head) or (head.tag_ == "VBN" and any(
            c.dep_ == "conj" and c.tag_ == "VBN" and _displayed(c) for c in head.children))
    ):  # ("plots are clearly pegged and numbered": the adverb on both participles)
        return False
    if head.tag_ == "VBN" or (head.tag_ == "JJ" and head.lower_.endswith("ed")):
        return True  # "platform changes are clearly shown", "the path is clearly waymarked"
    return any(c.dep_ == "prt" for c in head.children) and any(
        c.dep_ == "dobj" for c in head.children
    )  # "the act clearly sets out the steps" (but "clearly set out to deceive")


def _displayed(word: Token) -> bool:
    """A verb (or its participle) of setting out or showing (``display_verbs``)."""
    return word.lemma_.lower() in DISPLAY_VERBS or word.lower_ in DISPLAY_VERBS


def vivid(adverb: Token) -> bool:
    """ "could clearly remember", "can clearly see the spire": "clearly" on a verb of the
    senses or memory under "can" or "could" says how well, not how sure; but "could
    clearly see that the plan had failed" (a claim in a "that" clause) stays a booster."""
    head = adverb.head
    if adverb.dep_ != "advmod" or head.lemma_.lower() not in VIVID_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in head.children):
        return False
    return not any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
        for c in head.children
    )


#: People a machine does not work through ("could push 2,000 families into poverty").
_PEOPLE_OBJECTS = person_heads() | SERVICE_USERS | frozenset({
    "family", "household", "people", "person", "child", "adult", "pensioner", "worker",
    "voter", "citizen", "patient", "student", "homeowner", "taxpayer",
})  # fmt: skip


def worked_amount(verb: Token, subject: Token | None) -> bool:
    """What a machine or tool can work through: "mixers could knead a tonne of dough an
    hour" (a handling verb, a thing as subject, an amount as object)."""
    if verb.lemma_.lower() not in HANDLING_VERBS or subject is None:
        return False
    if subject.pos_ != "NOUN" or subject.ent_type_ in ("PERSON", "NORP"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in _PEOPLE_OBJECTS or o.ent_type_ in ("PERSON", "NORP")
           for o in objects):  # fmt: skip
        return False  # "the tax rise could push 2,000 families into poverty": a guess
    rate = any(
        c.dep_ == "npadvmod" and any(d.lower_ in ("a", "an", "per", "each") for d in c.children)
        for c in verb.children
    )  # "an hour", "a day": a rate of work
    return bool(objects) and (rate or any(
        t.like_num or t.ent_type_ in ("QUANTITY", "CARDINAL") for o in objects for t in o.subtree
    ))  # fmt: skip  (an amount worked through, not "could push the river over tonight")


def _after_its_verb(adverb: Token) -> bool:
    """An adverb placed after its verb and its object, before a tool or the end of the
    clause ("turn the soil roughly with a spade", "was treated roughly."), where no
    amount follows it to approximate."""
    doc = adverb.doc
    nxt = doc[adverb.i + 1] if adverb.i + 1 < len(doc) else None
    if nxt is not None and not nxt.is_punct and nxt.lower_ not in ("with", "by", "and"):
        return False
    verbs = [t for t in doc[adverb.sent.start : adverb.i] if t.pos_ == "VERB"]
    return bool(verbs)


def signalled(verb: Token) -> bool:
    """A device or mark that signals by design: "a red light indicates that the lock is
    engaged", "the chime that indicates that a seatbelt is unfastened"; not evidence
    pointing somewhere."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head  # the noun the relative clause describes
    return subject is not None and subject.lemma_.lower() in SIGNAL_DEVICES


def proposal(verb: Token, clause: Token, evidence: frozenset[str]) -> bool:
    """ "We suggest that passengers allow extra time", "I would suggest that you talk to
    him", "The museum suggests visitors allow two hours": a present "suggest" proposing
    an action (a bare action verb) to "you" or to the people a notice is for, or said
    by "I/we"; not "I suggest that they are wrong" (a view) nor evidence ("the data
    suggest people eat more")."""
    subject = subject_of(verb)
    if subject is None or subject.lemma_.lower() in evidence:
        return False
    if verb.tag_ not in ("VBP", "VB", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    if clause.tag_ not in ("VB", "VBP") or clause.lemma_ in _STATE_VERBS:
        return False
    if subject.lower_ in ("i", "we"):
        return True
    addressee = subject_of(clause)
    return addressee is not None and (
        addressee.lower_ == "you" or addressee.lemma_.lower() in SERVICE_USERS
    )


def guessed_by_others(span: Span) -> bool:
    """ "the motive can be guessed by the second episode": a passive says what others
    can work out, not the writer marking a guess ("I guess", "we can only speculate");
    nor "the papers are guessing" (what others are doing, with no guess put forward)."""
    verb = span[0]
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    subject = subject_of(verb)
    own = subject is not None and subject.lower_ in ("i", "we", "you", "one")
    put = any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    return subject is not None and not own and not put


def tended(span: Span) -> bool:
    """ "tend to the seedlings": looking after something, not "tend to rise" (a hedge)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.tag_ not in ("VB", "RB")


def requirement(verb: Token) -> bool:
    """ "it must be dry before you drill", "it must be cold so that it sets", "it must be
    big enough for the dog to stand up in": a condition to meet, not a conclusion."""
    if any(c.dep_ == "acomp" and any(d.lower_ == "enough" for d in c.children)
           for c in verb.children):  # fmt: skip
        return True
    return any(
        c.dep_ == "advcl" and any(m.lower_ in ("before", "until", "so") for m in c.children
                                  if m.dep_ in ("mark", "advmod"))
        for c in verb.children
    )  # fmt: skip


def offer_of_help(verb: Token) -> bool:
    """ "we would be happy to answer any questions", "I would be glad to help": an offer
    put politely, not a softened judgement."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in WILLING_WORDS
        and any(x.dep_ == "xcomp" for x in c.children)
        for c in verb.children
    )  # fmt: skip


def judged_fit(verb: Token) -> bool:
    """ "would" softening a judgement of fit: "it would suit anyone with a flat ride",
    "it would make a fine supper" (a verdict with an adjective), not "would make a
    profit" (a consequence) nor "would appeal" with no "to" (lodging an appeal)."""
    lemma = verb.lemma_.lower()
    if lemma == "appeal" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False  # "would appeal (against the ruling)": lodging an appeal, not a fit
    if lemma in FIT_VERBS:
        return True
    if lemma in ("go", "work", "pair") and any(
        c.dep_ == "advmod" and c.lower_ in ("well", "nicely", "best") for c in verb.children
    ):
        return True  # "it would go well with roast lamb"
    if lemma != "make":
        return False
    return any(
        c.dep_ == "dobj"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        and any(a.dep_ == "amod" and a.tag_ == "JJ" for a in c.children)
        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in verb.children
    )  # (not an amount: "would make a great deal of money")


# -- standing offers and schedules (sensesAB) -------------------------------------------
#: Prepositions of a timetable's slot ("between 8am and 8pm", "on Sundays"):
#: ``hedge_senses.yaml`` schedule_preps; anyone of a class (class_pronouns); classes an
#: offer is made to that the person lists leave out (offer_classes).
SCHEDULE_PREPS = lexicon.word_set("hedge_senses", "schedule_preps")
CLASS_PRONOUNS = lexicon.word_set("hedge_senses", "class_pronouns")
OFFER_CLASSES = lexicon.word_set("hedge_senses", "offer_classes")
#: What befalls a subject rather than what it does ("may lose", "may face").
#: Clock times without a digit and words that make a day recur ("on Sundays" is read
#: from the plural).
_CLOCK = frozenset({"noon", "midday", "midnight"})
_RECURRING = frozenset({"each", "every", "weekday", "weekdays", "weekend", "weekends"})
_NOT_OWN = frozenset({"conj", "cc", "parataxis", "punct", "nsubj", "nsubjpass", "csubj"})


def schedule_slot(verb: Token, recurring: bool = False, clock: bool = True) -> bool:
    """The act is set in a slot of a timetable or a calendar by one of the verb's own
    prepositions: a clock time ("between 8am and 8pm", "at 11pm", "from 6am") or a day
    ("on weekdays", "on 12 November", "on the last day of the season"). With
    ``recurring``, a day must come round again ("on Sundays", "on the first Monday of
    each month", "on weekdays"); one day ("on Tuesday") is not enough. A future word
    ("from next week") makes it a forecast, and a verdict on keeping time ("on time",
    "late") a claim. With ``clock`` False, a clock time alone is not enough."""
    for prep in _clause_preps(verb):
        if prep.lower_ not in SCHEDULE_PREPS:
            continue
        words = _phrase(prep)
        if any(t.lower_ in _FUTURE or t.lemma_.lower() in PUNCTUALITY_WORDS for t in words):
            continue
        if (clock or _clock_range(prep, words)) and clock_time(words):
            return True  # (a person's hours need a range: "work between 8am and 6pm")
        days = [t for t in words if t.ent_type_ == "DATE"]
        if days and not recurring:
            return True
        if any(t.lower_ in _RECURRING or t.lower_.endswith("days") for t in days):
            return True  # "on Sundays", "on weekdays", "on holidays" (tagged NNP or NNS)
        if any(t.lower_ in _DAY_PLURALS or _each_slot(t) for t in words):
            return True  # "on weekdays" the tagger put in a clock time's entity
        if _day_of_period(words):
            return True  # "on the first Monday of the month": it comes round again
    return recurring and _every_slot(verb)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Plural days that come round again, whatever entity the tagger gave them.
_DAY_PLURALS = frozenset({f"{day}s" for day in (*_WEEKDAYS, "weekday", "weekend")})
#: Days a calendar period names again and again ("the first Monday of the month").
_DAY_WORDS = frozenset({*_WEEKDAYS, "day", "weekend"})
_PERIODS = frozenset({"week", "month", "year", "term", "season", "quarter"})


def _day_of_period(words: list[Token]) -> bool:
    """ "on the first Monday of the month", "on the last day of each term": a day counted
    inside a period that comes round ("the month", "each month", "every year"), so the day
    comes round with it. "At the end of the month" (no day) and "on the first day of the
    trial" (no calendar period) are no slot."""
    for tok in words:
        if tok.lower_ not in _DAY_WORDS:
            continue
        for of in tok.children:
            if of.dep_ != "prep" or of.lower_ != "of":
                continue
            if any(p.dep_ == "pobj" and p.lemma_.lower() in _PERIODS and any(
                d.dep_ == "det" and d.lower_ in ("the", "each", "every") for d in p.children
            ) for p in of.children):
                return True
    return False


def _clock_range(prep: Token, words: list[Token]) -> bool:
    """A span of hours, "between 8am and 6pm", "from 9am to 5pm": working or opening
    hours, not the one time a person turns up ("always arrives at 9am")."""
    if prep.lower_ == "between":
        return any(t.lower_ == "and" for t in words)
    if prep.lower_ == "from":
        ends = list(words) + [
            s for s in prep.head.children if s.dep_ == "prep" and s.i > prep.i
        ]
        return any(t.lower_ in ("to", "until", "till") for t in ends)
    return False


def _every_slot(verb: Token) -> bool:
    """ "rehearses every Thursday evening", "meets each week": a slot of a timetable that
    comes round, as a bare noun phrase on the verb (no preposition)."""
    return any(
        _each_slot(tok)
        for child in verb.children
        if child.dep_ in ("npadvmod", "dobj", "advmod")
        for tok in child.subtree
    )


def _each_slot(tok: Token) -> bool:
    """ "every Thursday (evening)", "each month", "every weekend": "every" or "each" with
    a slot of a timetable or a calendar period. "Every day" and "every time" say
    "constantly", not when, and "at every meeting" names occasions, not a slot."""
    if tok.lower_ not in ("every", "each"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    slots = (TIME_UNITS | _DAY_WORDS | _PERIODS) - {"day"}
    return (tok.dep_ == "det" and tok.head.lemma_.lower() in slots) or (
        nxt is not None and nxt.lower_ in slots
    )  # ("every Thursday evening": the day hung on the evening)


def _phrase(prep: Token) -> list[Token]:
    """A preposition's own phrase, without the phrases hung inside it ("on the ring road
    in May" is a place; "in May" is read on its own), but with its "of" ("on the first
    Monday of each month")."""
    words, todo = [prep], list(prep.children)
    while todo:
        tok = todo.pop()
        if tok.dep_ == "prep" and tok.lower_ != "of":
            continue
        words.append(tok)
        todo.extend(tok.children)
    return words


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"})


def _clause_preps(verb: Token) -> list[Token]:
    """The prepositions of the verb's own clause: on the verb, or on its object or
    place ("moor on the jetty on Saturdays"), not inside a clause of their own
    ("a council that spent last summer ...") nor on the subject."""
    found, todo = [], [c for c in verb.children if c.dep_ not in _NOT_OWN]
    while todo:
        tok = todo.pop()
        if tok.dep_ == "prep":
            found.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    return found


#: What a class may do at a place a service names, beyond service_actions ("stop at the
#: lay-bys", "visit the office", "wait in the foyer").
_PLACE_ACTIONS = SERVICE_ACTIONS | frozenset(
    {"stop", "visit", "wait", "park", "collect", "withdraw", "shelter"}
)


def _offer_terms(verb: Token) -> bool:
    """The terms a standing offer gives with its "may" (on the verb's own words, not a
    joined clause's): a slot of a timetable (:func:`schedule_slot`), free choice ("to
    any session", "at any time"), a bar to one use ("only"), a price ("free of charge")
    a limit ("for up to three minutes") or a bound on where or what ("into the square
    but not the hall")."""
    if schedule_slot(verb) or free_object(verb) or offer_place(verb, _PLACE_ACTIONS):
        return True  # (and a place, "at the post office counter", or a free choice, "any of
        # our branches", "instead of uniform": hedging_plain)
    if open_place(verb) or access_place(verb):
        return True  # "Visitors may still walk the first stretch, which is open from 9am",
        # "Spectators may watch from behind the rope"
    own = [c for c in verb.children if c.dep_ not in _NOT_OWN]
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in own):
        return True
    words = [t for c in own for t in c.subtree]
    if any(t.lower_ == "free" for t in words):
        return True
    if any(t.lower_ == "any" and t.dep_ == "det" for t in words):
        return True
    low = " ".join(t.lower_ for t in words)
    if " but not " in f" {low} ":
        return True  # a bound: "may come into the square but not the hall"
    return any(w in low for w in ("up to", "no more than", "at most"))


#: Acts a notice lets people do at a place it says is open (``access_acts``), with the
#: permission verbs and regulated activities: "may walk", "may watch", "may use".
ACCESS_ACTS = (
    lexicon.word_set("hedge_senses", "access_acts")
    | lexicon.word_set("hedge_senses", "permission_verbs")
    | lexicon.word_set("hedge_senses", "regulated_activities")
)


def open_place(verb: Token) -> bool:
    """The place the act is done at or on is said to be open, staffed or shut: "Visitors
    may still walk the first mile, which is open from 9am to 6pm", "Residents may watch
    the work from the east quay, which will stay open throughout" (a relative clause or
    a participle on the verb's object or on the noun of its own place phrase, with a
    state of a service, ``service_states``). The notice gives access to a place it says
    is open: a permission (modalsAF), for an act of access (``access_acts``).
    "Residents may face delays on the road" has no such place, "Residents may still
    face delays on the road, which will stay open" is what befalls them
    (:func:`_offer_act`) and "Shoppers may flock to the market, which is open late" a
    crowd's coming: guesses."""
    if verb.lemma_.lower() not in ACCESS_ACTS:
        return False
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for p in _clause_preps(verb) for o in p.children if o.dep_ == "pobj"]
    return any(
        clause.dep_ in ("relcl", "acl")
        and any(c.dep_ in ("acomp", "oprd") and c.lower_ in SERVICE_STATES
                for c in clause.children)
        for noun in nouns for clause in noun.children
    )  # fmt: skip


#: Prepositions of the place where an act of access is done: "walk along the front".
_ACCESS_PREPS = frozenset({
    "at", "on", "from", "along", "inside", "outside", "around", "across", "through",
    "behind", "beside", "near", "onto",
})  # fmt: skip  (not "in": "walk to school in the dark", "watch in horror")
#: Adverbs of leaving: "walk away from the talks" is a departure, no access.
_AWAY = frozenset({"away", "out", "off", "back"})


def access_place(verb: Token) -> bool:
    """An act of access (``access_acts``) done at a named place: "Spectators may watch
    from behind the rope", "Visitors may still walk along the promenade", "Dog owners may
    walk their dogs on the beach": the place is a noun with its determiner or a name
    (modalsAF). A state of mind or a condition after "in" ("Fans may watch in horror as
    ...", "pupils may walk to school in the dark"), a time ("at night") and a departure
    ("may walk away from the talks") name no place, and stay guesses."""
    if verb.lemma_.lower() not in ACCESS_ACTS:
        return False
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in _AWAY for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ACCESS_PREPS):
        nouns = [n for n in prep.subtree if n.dep_ == "pobj" and n.pos_ in ("NOUN", "PROPN")]
        if any(n.ent_type_ in ("DATE", "TIME") for n in nouns):
            continue
        if any(n.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in n.children)
               for n in nouns):  # fmt: skip
            return True
    return False


def offered_class(verb: Token, subject: Token | None, person: Callable[[Token], bool]) -> bool:
    """A class a standing offer is made to: anyone at all ("Anyone may take part"), or
    a bare plural (no "the", "some", "those", number or possessive) of people, animals
    or vehicles ("Patients", "Residents", "swimmers", "dogs", "taxis and cyclists"); in
    the passive, a class as the agent ("may be used by anyone over 16")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        return any(p.lower_ in CLASS_PRONOUNS for p in agents)  # "used by anyone"
    if subject is None:
        return False
    if subject.lower_ in CLASS_PRONOUNS:
        return True
    plural = subject.tag_ in ("NNS", "NNPS") or (
        subject.is_sent_start and subject.tag_ == "NNP" and subject.lower_.endswith("s")
    )  # (a plural first in its sentence the tagger reads as a name: "Dogs may swim")
    if not plural or any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
        return False
    members = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return any(
        person(m) or m.lemma_.lower() in SERVICE_USERS | OFFER_CLASSES
        or m.lower_.rstrip("s") in OFFER_CLASSES
        for m in members
    )


def standing_offer(
    verb: Token, subject: Token | None, person: Callable[[Token], bool], modal: str = "may"
) -> bool:
    """ "may" of a standing offer or permission that a report passes on: "Patients may
    call the helpline between 8am and 8pm", "Residents may speak for up to three minutes
    each", "families may bring brothers and sisters to any session", "taxis and cyclists
    may use it at any time", "Clients may transfer their records free of charge",
    "Hushlight may be used by anyone over 16". A class (:func:`_offered_class`) does a
    thing (not one of undergo_verbs, not "be", not a perfect) on the offer's terms
    (:func:`_offer_terms`). A clause joined by "and" to such a "may" shares its terms
    ("Swimmers may bring their own floats, and dogs may use the pool on the last day").
    "Patients may face longer waits from April" (what befalls them), "Drivers may strike
    next week" (no terms, a future word) and "the minister may resign" (one person)
    stay hedges. ``person``: the hedging lens's test for a word naming people."""
    if not _offer_act(verb, subject, person, modal):
        return False
    if (modal == "may" and _anyone(verb, subject)) or _offer_terms(verb):
        return True
    mates = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        mates.append(verb.head)
    return any(
        any(a.lower_ == modal for a in m.children if a.dep_ == "aux")
        and _offer_act(m, subject_of(m), person, modal) and _offer_terms(m)
        for m in mates
    )


def _offer_act(
    verb: Token, subject: Token | None, person: Callable[[Token], bool], modal: str
) -> bool:
    if verb.lemma_.lower() in UNDERGO_VERBS or verb.lemma_ == "be":
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # "may have taken": a guess about the past
    if modal == "may" and _anyone(verb, subject):
        return True  # "Anyone may take part next year": anyone, so a permission (but
        # "anyone could win it" weighs a chance)
    if modal != "may" and (subject is None or subject.lemma_.lower() not in SERVICE_USERS):
        return False  # "could" of an offer only to a service's users ("Residents could
        # collect water at the hall on Saturday"); "Drivers could strike on 3 May" weighs
    return offered_class(verb, subject, person) and not clause_future(verb)


def _anyone(verb: Token, subject: Token | None) -> bool:
    """Anyone at all does the act ("Anyone may take part"), or it is done by anyone of a
    class marked off by age ("may be used by anyone over 16"): a permission to all, with
    no terms needed. "Your details may be seen by anyone" (no class) stays a hedge."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        return any(p.lower_ in CLASS_PRONOUNS for p in agents) and any(
            t.lower_ in _LIMITING_PREPS for a in agents for t in a.doc[a.i + 1 : a.i + 3]
        )
    return subject is not None and subject.lower_ in CLASS_PRONOUNS


def clause_future(verb: Token) -> bool:
    """A future word that times the clause ("members may vote next week", "may apply
    from next month"), not one inside a possessive that names the thing acted on
    ("Exhibitors may book places for next year's rally": the rally is next year, the
    booking is open now)."""
    for tok in verb.subtree:
        if tok.lower_ not in _FUTURE:
            continue
        step, owned = tok, False
        while step.i != verb.i and step.head.i != step.i:
            owned = owned or step.dep_ == "poss"
            step = step.head
        if not owned:
            return True
    return False


def free_choice_wish(verb: Token) -> bool:
    """ "Professor Rushworth may of course publish his own data whenever he likes", "she
    may leave if she wishes": a "whenever" or "if" clause of the subject's own wish
    leaves the act to them (a permission), whoever they are. "He may resign if the vote
    goes against him" (no wish) stays a hedge."""
    if chosen_object(verb, WISH_VERBS):
        return True  # "may hold whatever views she likes"
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in WISH_VERBS:
            continue
        if any(m.lower_ in ("whenever", "if", "wherever") for m in clause.children
               if m.dep_ in ("mark", "advmod")):  # fmt: skip
            return True
    return False


def slotted_routine(verb: Token, person: Callable[[Token], bool] | None = None) -> bool:
    """ "never/always" of a routine set in a slot of a timetable: "doors always close at
    11pm on Sundays", "a generator there is always refuelled at 6am and 6pm", "its
    surveyors always inspect the cliff edge on the first Monday of each month", "the
    office, which is always open from 8.30am to 4pm on weekdays", "the branch always
    opened at 10am on Wednesdays": a clock time or a day that comes round again
    (:func:`schedule_slot` with ``recurring``) on the verb itself (or on the "be" of
    "always open") tells when a thing is done, not that it allows no exception. "He
    always insisted he was innocent" (no slot), "prices never fell in 2019" (one year)
    and "the trains never run on time on Sundays" (a verdict on keeping time) stay
    claims, as does a perfect of experience ("people who have never fixed a boiler at
    midnight", "has never sat on a cab rank at 3am"): a timetable is put in the plain
    present or past. A person's day needs a day that comes round again ("surveyors
    always inspect ... on the first Monday of each month"): "the harbour master always
    arrives at 9am" (``person``: the lens's test for a word naming people) is a claim
    about his habits."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(t.lemma_.lower() in PUNCTUALITY_WORDS or t.tag_ in ("JJR", "RBR", "JJS")
           for c in verb.children if c.dep_ not in _NOT_OWN for t in c.subtree):  # fmt: skip
        return False
    subject = subject_of(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if subject is not None and not passive and _doer(subject, person):
        return schedule_slot(verb, recurring=True, clock=False)
    return schedule_slot(verb, recurring=True)


def _doer(subject: Token, person: Callable[[Token], bool] | None) -> bool:
    """A person as the subject: by the lens's test, or a noun of one who does a job
    ("master", "inspector", "chemist", "politician"), as :func:`_clock_habit` reads it."""
    lemma = subject.lemma_.lower()
    if lemma in _PEOPLE_OBJECTS or (
        subject.pos_ == "NOUN" and len(lemma) > 5 and lemma.endswith(("er", "or", "ist", "ian"))
    ):  # ("door", "floor" and "motor" are too short to be one who does a job)
        return True
    return person is not None and person(subject)


def slot_only(verb: Token) -> bool:
    """ "Building work on the site may only take place on weekdays", "the bar may only
    open between noon and 11pm": "may only" with a slot of a timetable on the verb bars
    every other time, a rule whatever the subject. "It may only be a matter of time" (no
    slot) and "prices may only fall from April" (what befalls them) stay hedges."""
    if not any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children):
        return False
    if verb.lemma_.lower() in UNDERGO_VERBS or verb.lemma_ == "be":
        return False
    return schedule_slot(verb)

"""Plain senses of "could" and "may" read from the clause around them (sensesAC).

"could" is often the past of "can" (what someone was able to do, or a means that was
open to them) and "may" a permission whose terms are a place or a choice; neither
weighs how likely a claim is (ANNOTATION_GUIDE.md, section 3, the traps). The checks
here read those senses from the parse: a means ("by hand", "by post", "on its
website"), a denied subject ("not a single hole"), an ability set against an inability
("could barely hold a pen ..., but he could hit"), a comparison with what someone was
able to do ("better than I could"), a time in the past the clause describes ("a time
when he could"), a former role ("a former engineer who could strip an engine"), the
most that was done ("everything we could cut"), a capacity with its limit ("could
handle the pumps but not the tanks"); for "may", an offer's place, its free choice
("any of our branches", "whatever views she likes") or a choice instead of the usual
("instead of uniform"). The word classes are in ``kit/lexicons/hedge_senses.yaml``.
This module imports no other rule module; the caller passes its test for people.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kit import lexicon

#: The means a thing is done by: "by hand", "by post", "by card" (``means_nouns``), and
#: the channels a service's notice names ("on its website", "at the counter").
MEANS_NOUNS = lexicon.word_set("hedge_senses", "means_nouns")
NOTICE_CHANNELS = lexicon.word_set("hedge_senses", "notice_channels")
#: What befalls a subject rather than what it does ("could lose", "could face").
UNDERGO_VERBS = lexicon.word_set("hedge_senses", "undergo_verbs")
#: Nouns of a span of past time a "when" clause describes ("a time when", "the days when").
PAST_SPANS = frozenset({"time", "times", "day", "days", "era", "age", "year", "years"})
#: Verbs of calling the past to mind: "I remember a time when you could ...".
MEMORY_VERBS = frozenset({"remember", "recall", "recollect", "miss"})
#: Words of a role given up: "a former engineer", "the late Mr Hale".
FORMER_WORDS = frozenset({"former", "late", "retired", "onetime", "one-time"})
#: Heads of a free relative that names the most done: "everything we could cut".
MOST_HEADS = frozenset({"everything", "all", "anything", "whatever", "every"})
_INABILITY = frozenset({"barely", "hardly", "scarcely", "not", "never", "n't"})
#: Acts of handing things in at a collection point (``handing_verbs``), and the verbs
#: that are one only with their particle ("drop off", "hand in": ``handing_phrasal``).
HANDING_VERBS = lexicon.word_set("hedge_senses", "handing_verbs")
HANDING_PHRASAL: dict[str, frozenset[str]] = {}
for _entry in lexicon.ordered_words("hedge_senses", "handing_phrasal"):
    _verb, _particle = _entry.split()
    HANDING_PHRASAL[_verb] = HANDING_PHRASAL.get(_verb, frozenset()) | {_particle}
_FUTURE_OR_IF = frozenset({"if", "unless", "tomorrow", "soon", "next", "future", "eventually"})


def _own_words(verb: Token) -> list[Token]:
    """The verb's clause without the clauses hung inside it."""
    words, todo = [verb], [c for c in verb.children if c.dep_ not in ("conj", "cc")]
    while todo:
        tok = todo.pop()
        if tok.dep_ in ("relcl", "advcl", "ccomp", "parataxis") and tok.pos_ in ("VERB", "AUX"):
            continue
        words.append(tok)
        todo.extend(tok.children)
    return words


def _bare(noun: Token) -> bool:
    """A noun with no determiner or possessive: "by hand", "by post"."""
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def means_given(verb: Token, subject: Token | None, users: frozenset[str]) -> bool:
    """ "forms could be returned by post or online", "the gates could be opened by hand",
    "(said) customers could find advice on its website": the past of "can" naming the
    means or the channel a thing is done through, an option open to people, not a chance.
    A passive with a bare noun of means as its "by" phrase (``means_nouns`` or a
    channel), or a service's users (``users``) with a channel of its notices as the place
    ("on its website", "at the counter"). "The data could be stolen by hackers" (an agent,
    no means) and "prices could rise online" (no users) stay hedges."""
    words = _own_words(verb)
    if any(t.lower_ in _FUTURE_OR_IF for t in words):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return by_means(verb)
    if subject is None or subject.lemma_.lower() not in users:
        return False
    if verb.lemma_.lower() in UNDERGO_VERBS - {"find"}:
        return False  # "shoppers could lose money to fake websites": what befalls them
    return any(
        t.dep_ == "pobj" and t.head.dep_ == "prep" and t.lemma_.lower() in NOTICE_CHANNELS
        for t in words
    )


def by_means(verb: Token) -> bool:
    """The verb's own "by" phrase is a bare noun of means or a channel: "returned by post
    or online", "opened by hand", "send questions by email"."""
    for by in (c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
        nouns = [n for n in by.children if n.dep_ == "pobj"]
        nouns += [c for n in nouns for c in n.children if c.dep_ == "conj"]
        if any(
            n.tag_ in ("NN", "RB") and _bare(n) and n.lower_ in MEANS_NOUNS | NOTICE_CHANNELS
            for n in nouns
        ):
            return True
    return False


def denied_subject(verb: Token) -> bool:
    """ "not a single hole could be played", "not one player could stand": a subject
    denied by its own "not" names no one (as "no hole" would): an inability, not a doubt."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "neg" for g in c.children)
        for c in verb.children
    )


def ability_contrast(modal: Token, verb: Token, person: Callable[[Token], bool]) -> bool:
    """ "Treloar could barely hold a pen at nine, Cleasby said, but he could hit a heavy
    bag hard enough ...": a person's "could" set by "but" against a "could" of inability
    ("could barely", "could not") earlier in the sentence tells what they were able to
    do. "Prices could not fall, but they could rise" (no person) stays a hedge."""
    sent = modal.sent
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not person(subject):
        return False
    seen_but = False
    for tok in reversed(sent[: modal.i - sent.start]):
        if tok.lower_ in ("but", "yet"):
            seen_but = True
        if tok.lower_ == "could" and tok.tag_ == "MD" and seen_but:
            other = tok.head
            return any(
                c.lower_ in _INABILITY for c in other.children if c.dep_ in ("advmod", "neg")
            )
    return False


def compared_ability(modal: Token) -> bool:
    """ "put it rather better than I could", "ran as fast as she could at the time": a
    "could" with no verb after it, set after "than" or "as" and its subject, measures
    against what someone was able to do. "Better than anyone could have hoped" has its
    own verb and is read as usual."""
    doc = modal.doc
    if modal.i < 2 or doc[modal.i - 2].lower_ not in ("than", "as"):
        return False
    if doc[modal.i - 1].pos_ not in ("PRON", "PROPN"):
        return False
    after = doc[modal.i + 1] if modal.i + 1 < len(doc) else None
    return after is None or after.pos_ not in ("VERB", "AUX", "ADV", "PART")


def past_span(verb: Token) -> bool:
    """ "remembered a time when he could have a vet in his shed within twenty minutes",
    "in the days when tenants could pay in cash": a "when" clause describing a time that
    is past (its noun is the object or time of a past verb or of a verb of memory, "I
    remember a time when") tells what was possible then.
    "There may come a time when we could ..." (a present or future host) keeps it."""
    if verb.dep_ != "relcl" or verb.head.lower_ not in PAST_SPANS:
        return False
    if not any(c.lower_ == "when" for c in verb.children if c.dep_ in ("advmod", "mark")):
        return False
    host = verb.head.head
    if host.dep_ == "prep":
        host = host.head
    return host.tag_ == "VBD" or host.lemma_.lower() in MEMORY_VERBS


def former_role(verb: Token) -> bool:
    """ "a former ship's engineer who could strip a diesel engine blindfold", "the late
    Mr Hale, who could name every bird": a relative clause on a role given up (or a
    person now dead) tells what they were able to do then."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head  # (or the noun a role stands in apposition to: "her father, a former
    # engineer who could ...": the words of the noun's phrase before the clause)
    words = [t for t in noun.subtree if t.i < verb.i]
    return any(t.lower_ in FORMER_WORDS and t.dep_ == "amod" for t in words)


def most_done(verb: Token, subject: Token | None) -> bool:
    """ "we have cut everything we could cut", "did all she could do to help": a "could"
    clause on "everything" or "all" with a person as its subject names the most they
    were able to do. "Everything that could go wrong" (the relative is its subject)
    weighs a chance and stays a hedge."""
    if verb.dep_ != "relcl" or verb.head.lower_ not in MOST_HEADS:
        return False
    return subject is not None and subject.pos_ == "PRON" and subject.lower_ not in (
        "that", "which", "what", "who", "it"
    )


def limited_capacity(verb: Token) -> bool:
    """ "the generator could handle the pumps but not the cooling tanks": an object set
    against a denied one ("but not") measures what a thing was able to take on."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for mate in (c for c in obj.children if c.dep_ == "conj"):
            if any(g.dep_ == "neg" for g in mate.children) and any(
                c.dep_ == "cc" and c.lower_ == "but" for c in obj.children
            ):
                return True
    return False


def handed_in(verb: Token) -> bool:
    """An act of handing things over at a collection point: "drop off food", "hand in
    coats", "deposit books", "leave items (at the library)". "Leave" is a handing-over
    only with a bare object (no "the", "their"): "leave donations" is, "leave their homes"
    and "leave the town" are departures. "Drop" and "hand" need their particle ("drop
    off", "hand in"), so "prices could drop" is no handing-over."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in HANDING_VERBS:
        return bool(objects) or bool(particles)
    if lemma in HANDING_PHRASAL:
        return bool(particles & HANDING_PHRASAL[lemma])
    if lemma == "leave":
        return any(o.pos_ == "NOUN" and _bare(o) and o.ent_type_ not in ("DATE", "TIME")
                   for o in objects)  # fmt: skip
    return False


def offer_place(verb: Token, actions: frozenset[str]) -> bool:
    """The place a standing offer is taken up at: "Customers may pay in cash at the post
    office counter", "Drivers may still stop at the lay-bys at Sedge Corner", "Donors may
    also leave items at the library": a verb of a service's users (``actions``) or of
    handing things in (:func:`handed_in`) with a place of its own or of a verb joined to
    it ("pay in cash and withdraw money at the counter"): a preposition of place whose
    noun is no time."""
    if verb.lemma_.lower() not in actions and not handed_in(verb):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep"):
        if prep.lower_ not in ("at", "outside", "inside", "in", "on", "from"):
            continue
        nouns = [n for n in prep.children if n.dep_ == "pobj" and n.pos_ in ("NOUN", "PROPN")]
        if not nouns or any(n.ent_type_ in ("DATE", "TIME") for n in nouns):
            continue
        if prep.lower_ != "in" or not any(n.lemma_.lower() in ("cash", "person") for n in nouns):
            return True
    return False


def free_object(verb: Token) -> bool:
    """The offer leaves the choice to the one it is made to: "Families may visit any of
    our four branches" ("any" as the object), "pupils may wear boots instead of
    uniform" (a choice against the usual) or "may send them by post or email" (the means
    to use)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [n for c in verb.children if c.dep_ == "prep" for n in c.children]
    if any(o.lower_ == "any" and any(c.lower_ == "of" for c in o.children) for o in objects):
        return True  # "visit any of our branches", "top up at any of our shops"
    if by_means(verb):
        return True  # "Readers may send their questions by post or email": a way offered
    doc = verb.doc
    return any(
        t.lower_ == "instead" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"
        for t in verb.subtree
    )


def chosen_object(verb: Token, wishes: frozenset[str]) -> bool:
    """ "Ms Glanville may of course hold whatever views she likes", "he may say whatever
    he wants": an object of "whatever" chosen by a wish of the subject's own leaves the
    act to them, a permission whoever they are. "May face whatever the court decides"
    (no wish) stays a hedge."""
    def free(obj: Token) -> bool:
        return obj.lower_ in ("whatever", "whichever") or any(
            c.lower_ in ("whatever", "whichever") for c in obj.children if c.dep_ == "det"
        )

    for obj in verb.children:
        if obj.dep_ == "dobj" and free(obj) and any(
            c.dep_ == "relcl" and c.lemma_.lower() in wishes for c in obj.children
        ):
            return True  # (parsed as an object with its clause)
        if obj.dep_ == "ccomp" and obj.lemma_.lower() in wishes and any(
            c.dep_ == "dobj" and free(c) and c.i < obj.i for c in obj.children
        ):
            return True  # (parsed as "[whatever views] she likes", a clause of its own)
    return False


def unreal_ability(verb: Token, subject: Token | None, undergo: frozenset[str]) -> bool:
    """ "I could switch to a new van tomorrow if someone lent me forty grand", "we could
    open on Sundays if the council let us": the speaker's own act ("I", "we") under a
    condition put in the past tense (one that does not hold) says what they would be
    able to do, not how likely anything is. "We could lose the shop if the rent went up"
    (what befalls them) and "prices could rise if demand holds" (no speaker, a real
    condition) stay hedges."""
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    if verb.lemma_.lower() in undergo or verb.lemma_ in ("be", "become", "have"):
        return False
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBD"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in verb.children
    )


#: What lifts a bar ("without permission") and the units of a rule's deadline
#: ("within 28 days"), ``hedge_senses.yaml`` grant_nouns and rule_spans.
GRANT_NOUNS = lexicon.word_set("hedge_senses", "grant_nouns")
RULE_SPANS = lexicon.word_set("hedge_senses", "rule_spans")


#: Acts of a procedure that a deadline bounds ("may ask for a review within 28 days").
REQUEST_VERBS = lexicon.word_set("hedge_senses", "request_verbs")


def rule_terms(
    verb: Token,
    subject: Token | None,
    person: Callable[[Token], bool],
    undergo: frozenset[str],
    permitted: frozenset[str] = frozenset(),
) -> bool:
    """ "may" of a permission stated with a rule's terms (sensesAD): a cap on each use
    ("the company may close the lane for up to three days at a time", "readers may
    borrow six books at a time"), a deadline for a class to use it ("Owners may ask the
    government to review a decision within 28 days", "tenants may appeal within a
    month") or a grant that lifts a bar ("finders may not dig there without
    permission"). The subject acts (a person or a body, not what befalls it; any doer
    for a bar). A deadline needs a class (a bare or possessed plural) and an act of a
    procedure (``permitted`` or request_verbs): "the bank may raise rates within three
    months" is a forecast of one body's act, "voters may punish the party within two
    years" a forecast of a class's, and "the regulator may
    publish its own findings" (no terms) and "prices may rise within weeks" (a thing)
    stay hedges."""
    if subject is None or verb.lemma_.lower() in undergo or verb.lemma_ in ("be", "become"):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    body = person(subject) or subject.ent_type_ in ("ORG", "PERSON") or subject.tag_ == "NNP"
    plural_class = subject.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ == "det" and c.lower_ not in ("any", "all") for c in subject.children
    )
    barred = any(c.dep_ == "neg" for c in verb.children)
    procedure = verb.lemma_.lower() in permitted | REQUEST_VERBS
    for prep in _own_words(verb):
        if prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "at" and body and any(
            o.lower_ == "time" and any(c.dep_ == "det" and c.lower_ == "a" for c in o.children)
            and not any(c.dep_ in ("amod", "compound", "relcl", "acl") for c in o.children)
            for o in objects
        ):  # (not "at a difficult time", "at a time when ...")
            return True  # "at a time": a cap on each use
        if prep.lower_ == "within" and body and plural_class and procedure and any(
            o.lemma_.lower() in RULE_SPANS
            and any(c.dep_ == "nummod" or c.lower_ == "a" for c in o.children)
            for o in objects
        ):
            return True  # a class's deadline: "within 28 days"
        if prep.lower_ == "without" and barred and any(
            o.lemma_.lower() in GRANT_NOUNS for o in objects
        ):
            return True  # "may not ... without permission"
    return False


#: Schemes and services a relative clause describes (``hedge_senses.yaml``).
ARRANGEMENT_NOUNS = lexicon.word_set("hedge_senses", "arrangement_nouns")
_RELATIVE_PLACES = frozenset({"where", "whereby"})


def scheme_scope(
    verb: Token, subject: Token | None, person: Callable[[Token], bool], undergo: frozenset[str]
) -> bool:
    """ "a scheme in which paramedics could treat some patients at home", "a deal under
    which the club could sign two players", "an app where tenants could book repairs":
    "could" in a relative clause on a scheme or a service tells what it lets people do,
    its scope, not how likely anything is (sensesAD). People must act: "a plan under
    which families could lose benefits" (what befalls them) and "a world in which
    robots could replace us" (no scheme) stay hedges."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in ARRANGEMENT_NOUNS:
        return False
    if subject is None or not person(subject):
        return False
    if verb.lemma_.lower() in undergo or verb.lemma_ in ("be", "become", "have"):
        return False
    return any(
        (c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children))
        or (c.dep_ == "advmod" and c.lower_ in _RELATIVE_PLACES)
        for c in verb.children
    )


#: Heads of a "who could" clause that picks out whoever qualifies ("anyone who could ...").
QUALIFYING_HEADS = frozenset({"anyone", "anybody", "whoever", "those", "everyone", "everybody"})


def qualifying_ability(verb: Token) -> bool:
    """ "a free sample to anyone who could name the three cows", "a prize for those who
    could finish": a "who could" clause on anyone at all sets the test a person must
    pass (ability), not a guess. What could befall them ("anyone who could lose their
    home", "anyone who could be affected", "anyone who could have seen the crash") stays
    a hedge."""
    if verb.dep_ != "relcl" or verb.head.lower_ not in QUALIFYING_HEADS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return False
    if verb.lemma_ in ("be", "become") or verb.lemma_.lower() in UNDERGO_VERBS:
        return False
    return not any(
        c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_ == "have") for c in verb.children
    )


#: Verbs of the senses in a passive of how far a thing reached ("could be seen from ...").
_SENSED = frozenset({"see", "hear", "smell", "spot", "notice"})
#: Words of a distance: "nine miles away", "for miles around".
_DISTANCE = frozenset({"mile", "miles", "kilometre", "kilometres", "km", "away", "afar"})


def seen_afar(verb: Token, clause_verbs: frozenset[str]) -> bool:
    """ "At its height the fire could be seen from Hollinbeck, nine miles away, and crews
    battled it all night": a passive of the senses with where it was sensed from and how
    far, told among plain past events, says how far it reached, not a guess. "The
    turbines could be seen from the village, two miles away" with no past event beside
    it (a forecast at an inquiry) and "the developer said the mast could be heard from a
    mile away" stay hedges. ``clause_verbs``: verbs that report or weigh a clause."""
    if verb.lemma_ not in _SENSED or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not any(t.lower_ in _DISTANCE for p in froms for t in p.subtree):
        return False
    sentence = verb.sent
    if any(t.lower_ in _FUTURE_OR_IF for t in sentence):
        return False
    return any(
        t.tag_ == "VBD" and t.lemma_ not in clause_verbs and t.i != verb.i for t in sentence
    )


#: Prepositions that place where a thing was seen or heard: "in all 23 payments", "at the
#: far end of Sheep Street", "from the back garden" (``sensed_places``).
_SENSED_PLACES = lexicon.word_set("hedge_senses", "sensed_places")
#: Verbs of the senses whose "could" tells where a thing was perceived.
_SEEN_HEARD = frozenset({"see", "hear"})


def sensed_at_place(verb: Token, is_person: Callable[[Token | None], bool]) -> bool:
    """ "He said the pattern could be seen in all 23 payments", "the noise could be heard
    "as far as the bypass"", "her children could see it from the back garden": "could"
    with "see" or "hear" and the place where it was perceived, told as the content of a
    past report, says how far a thing was seen or heard (the past of "can"), not a guess
    (trapsAP: 4 traps from 4 rounds, no keyed hedge). Active "see" needs a person and what
    they saw ("customers could see speeds of up to a gigabit" stays: no place). A
    distance ("from a mile away") is left to :func:`seen_afar`, so "the developer said
    the mast could be heard from a mile away" (a forecast) stays a hedge; so does a
    condition or a time ahead ("could be seen from the pier if the sky clears", "by the
    autumn"), a perfect and "seen as" (a view)."""
    if verb.lemma_.lower() not in _SEEN_HEARD:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
        return False
    passive = any(c.dep_ == "auxpass" for c in kids)
    if not passive and not (
        is_person(_subject(verb)) and any(c.dep_ == "dobj" for c in kids)
    ):
        return False
    far = any(c.dep_ == "advmod" and c.lower_ == "far" for c in kids)
    places = [c for c in kids if c.dep_ == "prep" and c.lower_ in _SENSED_PLACES]
    if not (far or places):
        return False
    words = list(verb.subtree)
    if any(t.lower_ in _FUTURE_OR_IF or t.lower_ in ("by", "when") for t in words):
        return False
    if any(t.lower_ in _DISTANCE for t in words):
        return False  # "from Hollinbeck, nine miles away": seen_afar's
    return _told_in_past(verb)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _told_in_past(verb: Token) -> bool:
    """The clause is what a past report says ("He said the pattern could ...", "...,
    the judges said")."""
    head = verb
    while head.dep_ in ("ccomp", "conj") and head.head.i != head.i:
        head = head.head
        if head.tag_ == "VBD":
            return True
    return any(c.dep_ == "parataxis" and c.tag_ == "VBD" for c in verb.children)

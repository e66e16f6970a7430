"""Modal look-alikes learned from blind round J and fresh probe prose (hedgeJ): "may"
of a rule that rests on a law or licence, of a ban on a class ("no further flights
may take place"), of an entitlement from an age or date ("you may draw a quarter once
you reach 57"); "could" of what a sum of money is enough for ("the £3m could instead
pay for 90 teaching assistants"); "would" stating a figure ("the cost would be
£600,000"), a figure of speech ("could have heard a pin drop"). None of them weighs how
likely a claim is (ANNOTATION_GUIDE.md, section 3). Also the booster look-alike of a
marked-off set ("everyone else", "ratings for every business", "everything between
them"). From round K's trap senses (hedgeK): a modal of a power or a permission
(:func:`granted`: "could suspend any member", "had agreed he could search", "reminded
members that they may not"), a bare modal closing an "if" clause ("if they could"), a
belief held at one moment of a story (:func:`past_moment`), the "could have" of what
did not happen (:func:`counterfactual`, moved here from hedging_modals) and, for
recall, a non-restrictive relative clause (", which nobody uses").
:mod:`kit.lenses.hedging_modals`, :mod:`kit.lenses.hedging_judgements` and
:mod:`kit.lenses.hedging` consult them;
the word classes are in ``kit/lexicons/hedge_senses.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.hedging_frames import lawful, unused_means, unused_power
from kit.lenses.hedging_plain import UNDERGO_VERBS, handed_in
from kit.lenses.hedging_registers import NOTICE_CHANNELS, subject_of
from kit.lenses.shared import sentence_of

#: What a rule rests on ("under the Act", "by law").
RULE_SOURCES = lexicon.word_set("hedge_senses", "rule_sources")
MONEY_NOUNS = lexicon.word_set("hedge_senses", "money_nouns")
SPENDING_VERBS = lexicon.word_set("hedge_senses", "spending_verbs")
AMOUNTS = ("MONEY", "CARDINAL", "PERCENT", "QUANTITY")
#: Subordinators of the moment an entitlement starts: "once you reach 57".
START_MARKS = frozenset({"once", "when", "after", "from", "until", "before"})
START_VERBS = frozenset({"reach", "turn", "retire", "qualify", "attain", "complete"})


def _clause_top(verb: Token) -> Token:
    """The first verb of a chain of joined clauses ("may not spend ..., but it may
    maintain": "spend")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def licensed(verb: Token) -> bool:
    """ "Under the Royal Grants Act, the palace may not spend grant money ..., but it may
    maintain vessels of state": "may" of what a law, byelaw or licence allows or forbids,
    also when reported ("he noted"). Not what befalls people under it ("under the new
    law, thousands may lose their benefits": a guess)."""
    if verb.lemma_.lower() in UNDERGO_VERBS:
        return False
    top = _clause_top(verb)
    for host in {verb, top}:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("under", "by"):
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.ent_type_ == "LAW" or obj.lemma_.lower() in RULE_SOURCES
                ):
                    return True
    return False


def banned_class(subject: Token | None) -> bool:
    """ "No further flights may take place until ...", "no vehicle may enter": "may" with
    a subject denied by "no" states a ban. ("No one may ever know" keeps its own rule:
    a pronoun, not a noun with "no".)"""
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def entitled_from(verb: Token) -> bool:
    """ "You may draw a quarter of the fund tax-free when you turn 60", "members may take
    their pension once they reach 57": an entitlement that starts at an age or a
    milestone. Not "you may feel dizzy when you stand up" (what befalls you)."""
    if verb.lemma_.lower() in UNDERGO_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        if not marks & START_MARKS:
            continue
        aged = any(t.like_num for t in clause.subtree)
        if clause.lemma_.lower() in START_VERBS and (aged or clause.lemma_ != "reach"):
            return True
    return False


def money_capacity(verb: Token, subject: Token | None) -> bool:
    """ "The £3m could instead pay for 90 teaching assistants", "the grant could fund two
    extra buses": what a sum of money is enough for, not a guess ("the savings could
    vanish", "the money could fund new cuts": no count of what it buys)."""
    if subject is None or verb.lemma_.lower() not in SPENDING_VERBS:
        return False
    money = subject.lemma_.lower() in MONEY_NOUNS or any(
        t.ent_type_ == "MONEY" for t in subject.subtree
    )
    if not money:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(
        any(c.dep_ == "nummod" or (c.like_num and c.i < o.i) for c in o.children) or o.like_num
        for o in objects
    )


def stated_figure(verb: Token) -> bool:
    """ "the cost of striking one would be £600,000", "the bill would be about £90": a
    figure worked out, not a judgement softened ("the cost would be enormous")."""
    if verb.lemma_ != "be":
        return False
    return any(
        c.dep_ == "attr" and any(t.ent_type_ in AMOUNTS or t.like_num for t in c.subtree)
        for c in verb.children
    )


#: Figures of speech built on a modal ("could have heard a pin drop").
MODAL_IDIOMS = lexicon.ordered_words("hedge_senses", "modal_idioms")


def figure_of_speech(verb: Token) -> bool:
    """ "You could have heard a pin drop", "you could cut the tension with a knife", "she
    could run the line in her sleep", "he wouldn't hurt a fly": hyperbole, not a guess.
    Matched in the words of the modal's clause after its verb."""
    words = [t for t in verb.subtree if t.i > verb.i]
    text = " " + " ".join(t.lower_ for t in words) + " "
    return any(f" {idiom} " in text for idiom in MODAL_IDIOMS)


def marked_off(span: Span) -> bool:
    """A set the sentence marks off, not a claim about all: "everyone else does the work"
    (the rest), "the costs of everyone who was stranded" (those a relative clause names),
    "ratings for every business are published" (one each, a noun's "for" phrase)."""
    word = span[-1]
    if word.lower_ in ("everyone", "everybody", "everything"):
        nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if nxt is not None and nxt.lower_ == "else":
            return True
        return any(c.dep_ == "relcl" for c in word.children) or placed_set(word)
    if word.lower_ != "every" or word.dep_ != "det":
        return False
    prep = word.head.head
    return (
        word.head.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ in ("NOUN", "PROPN")
    )


# -- powers and permissions (hedgeK, from round K's trap senses) --------------------
#: What a body with powers does to a member, a driver or a tenant: "could expel".
SANCTION_VERBS = lexicon.word_set("hedge_senses", "sanction_verbs")
#: Verbs by which someone grants a thing: "she had agreed he could search".
GRANT_VERBS = lexicon.word_set("hedge_senses", "grant_verbs")
#: Verbs of calling a known rule to mind: "reminded members that they may not ...".
REMIND_VERBS = frozenset({"remind", "reiterate"})
#: Verbs that say what befalls the subject (a guess even when granted or reminded).
_STATE_LEMMAS = frozenset({"be", "become", "have", "get", "lose", "face", "need"})
#: Outcomes, which nobody grants: "the panel agreed he could win the seat" (a guess).
_OUTCOMES = frozenset({"win", "fail", "succeed", "beat", "survive", "die", "happen", "prove"})
_BACKSHIFT = frozenset({"say", "announce", "confirm", "state", "explain", "add", "tell"})


def _any_object(verb: Token) -> bool:
    """The verb's object is anyone of a class: "any member", "anyone who", "any driver"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in ("anyone", "anybody"):
            return True
        if any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children):
            return True
    return False


def elided_if(modal: Token) -> bool:
    """ "people who would ban the school run if they could", "I would help if I could":
    a bare modal closing an "if" clause is the ability the main clause lacks, not a
    guess ("the price could rise if demand holds" keeps its verb and stays a hedge)."""
    if modal.dep_ in ("aux", "auxpass"):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in modal.children)
    return marked and not any(c.pos_ in ("VERB", "AUX") for c in modal.children)


def granted(modal: Token, verb: Token, person: bool, member: bool) -> bool:
    """A modal of a power or a permission, not of how likely something is:
    a body's power over anyone of a class ("the committee could suspend any member
    found to be involved", "the council may fine anyone who parks here"); a permission
    granted ("she had agreed he could search the strip", "the judge ruled she could
    stay"); a permission reported, backshifted from "can" ("It said entrants could
    submit a photograph"); a rule called to mind ("reminded members that they may not
    discuss the sale"). ``person``: the subject is a person or people; ``member``: it
    is a class of people a rule is for (entrants, members, residents). Not "the league
    could suspend the striker" (one person: a guess at the outcome), "agreed that the
    plan could fail", "said fans could face delays", "reminded investors that prices
    may fall"."""
    if elided_if(modal) or lawful(verb):
        return True  # (and what a law allows: "could legally hold customer funds")
    lemma = verb.lemma_.lower()
    undergone = lemma in UNDERGO_VERBS and not handed_in(verb)  # ("drop off food": an act)
    if lemma in _STATE_LEMMAS or lemma in _OUTCOMES or undergone:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if lemma in SANCTION_VERBS and _any_object(verb):
        return True
    top = _clause_top(verb)
    head = _said_in(top)
    if head is None:
        if top.dep_ != "ccomp":
            return False
        head = top.head.lemma_.lower()
    if not (person or member):
        return False
    if head in GRANT_VERBS or head in REMIND_VERBS:
        return modal.lower_ in ("could", "may", "might", "can")
    return modal.lower_ == "could" and head in _BACKSHIFT and member


def _said_in(top: Token) -> str | None:
    """ "said in a statement that the club could apply": a "that" clause the parser hung
    on the noun of a "said in a ..." phrase is still what was said; the saying verb's
    lemma, or None."""
    if top.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children):
        return None
    prep = top.head.head
    if top.head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return prep.head.lemma_.lower()


def counterfactual(verb: Token) -> bool:
    """ "could have" of what did not happen: the speaker's own past ("we could have
    walked away"), the result of an unreal "if ... had" clause, or a power left unused
    (:func:`unused_power`). Not a doubt: the writer knows how things turned out."""
    if unused_power(verb) or missed_use(verb) or unused_means(verb):
        return True  # ("He could have stopped at any time": a choice not taken)
    subject = subject_of(verb)
    if subject is not None and (
        subject.lower_ in ("i", "we")
        or any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children)
    ):
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.lower_ == "if" for m in c.children if m.dep_ == "mark")
        and any(a.lower_ == "had" for a in c.children if a.dep_ == "aux")
        for c in verb.children
    )


#: Good uses a thing was not put to: "things that could have been recycled".
MISSED_USES = lexicon.word_set("hedge_senses", "missed_uses")


def missed_use(verb: Token) -> bool:
    """ "we pay to bury things that could have been recycled", "food that could have been
    eaten": a restrictive "that/which could have been ..." clause giving a good use the
    thing was not put to (the writer knows it was not). "Files that could have been
    accessed by hackers" (an agent, and what befell them) stays a hedge."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in MISSED_USES:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in verb.children)


#: Phrases that set a belief at a past moment: "at first we thought ...".
PAST_MOMENTS = ("at first", "for a moment", "for a second", "for a split second",
                "initially", "at the time", "back then", "in that instant")  # fmt: skip


def past_moment(span: Span) -> bool:
    """ "When the first one came up I thought it was brass pipe", "At first we thought
    the noise was a fox": a past-tense belief the speaker held at one moment of a story
    (often a mistake the story corrects), not a view softened now ("I thought the
    speech went too far" keeps its mark)."""
    verb = span[-1]
    if verb.tag_ != "VBD":
        return False
    sent = sentence_of(verb)
    before = [t for t in sent if t.i < verb.i]
    if any(t.lower_ in ("when", "as") and t.dep_ in ("advmod", "mark") for t in before):
        return True
    low = " " + " ".join(t.lower_ for t in before) + " "
    return any(f" {p} " in low for p in PAST_MOMENTS)


#: Prepositions of place that mark off a set of things: "everything between the rows".
PLACE_PREPS = frozenset({
    "between", "around", "behind", "beneath", "beside", "below", "under", "underneath",
    "inside", "outside", "near", "beyond", "along", "across", "above", "round",
})  # fmt: skip


def placed_set(word: Token) -> bool:
    """ "the slugs ate everything between the bean rows", "it was everything around the
    music that failed": things marked off by where they are, not a claim about all
    ("everything has changed", "everyone in the trade knows it" keep their mark)."""
    return word.lower_ == "everything" and any(
        c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in word.children
    )


def non_restrictive(verb: Token) -> bool:
    """ "a steady 56mph, which seemingly nobody drives at", "the new bypass, which nobody
    uses": a clause after a comma and "which"/"who" adds a claim of its own about all,
    where "the part nobody sees" only picks out the part."""
    first = verb.left_edge
    if first.lower_ not in ("which", "who", "whom") or first.i == 0:
        return False
    return first.doc[first.i - 1].text == ","


def by_channel(verb: Token) -> bool:
    """A service used through a channel or at a place of service, named after the verb
    ("said tenants could pay their rent online", "could renew a permit at the library
    desk"): what a class of users is offered, reported from "can", not a guess. The
    channel words are ``notice_channels`` in ``hedge_senses.yaml``."""
    return any(
        t.lower_ in NOTICE_CHANNELS or t.lemma_.lower() in NOTICE_CHANNELS
        for t in verb.subtree
        if t.i > verb.i
    )


_WHENS = frozenset({"time", "moment", "point", "stage", "day", "minute", "hour", "second"})


def past_availability(verb: Token) -> bool:
    """ "The old tram, which could be boarded at any stop, was scrapped": a "which"
    clause in the passive that says where a thing could be had ("at any stop", "in any
    supermarket", "anywhere"), hung on a noun in a past-tense sentence: what was on
    offer then, not a guess. "The bridge, which could collapse at any moment, was
    closed" (active) and "the plant, which could be sold within weeks" (no "any"
    place) stay hedges."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.lower_ == "which" for c in verb.children):
        return False
    host = verb.head
    while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        host = host.head
    past = host.tag_ == "VBD" or any(
        c.tag_ == "VBD" for c in host.children if c.dep_.startswith("aux")
    )
    anywhere = any(
        t.lower_ == "anywhere"
        or (
            t.dep_ == "pobj"
            and t.lemma_.lower() not in _WHENS
            and any(d.dep_ == "det" and d.lower_ == "any" for d in t.children)
        )
        for t in verb.subtree
    )  # (not "at any time", "at any moment": when, not where)
    return past and anywhere


def senser(verb: Token, subject: Token | None) -> Token | None:
    """ "Anyone who watched him move could see it": the parser takes the bare verb at
    the end of the relative clause ("move") for the subject of "see"; the one who sees
    is the word that hangs under that verb as its subject ("Anyone")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and child.tag_ == "VB":
            for d in child.children:
                if d.dep_ == "nsubj" and d.pos_ in ("NOUN", "PRON", "PROPN"):
                    return d
    if subject is None:  # the bare verb hung elsewhere: the subject left under it
        for t in verb.sent:
            if t.i < verb.i and t.dep_ == "nsubj" and t.head.tag_ == "VB" and t.head.i < verb.i:
                return t
    return subject

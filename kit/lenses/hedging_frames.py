"""The frame a modal or a booster stands in, learned from round N's practice misses
and a fresh probe batch (hedgeN). None of these frames is the text sounding unsure or
sure of a claim (ANNOTATION_GUIDE.md, section 3):

- an **open question** ("did not say whether it would appeal", "refused to say if the
  levy might rise", "it is hard to see how a club like this could lose"): the modal
  belongs to a question someone leaves open or asks, not to a claim the text makes;
- **what a law allows** ("was registered and could legally hold customer funds");
- **capacity given as a comparison** ("could carry far more fragile objects", "could
  carry twice as many containers"), like "could carry 300 passengers";
- **a power left unused** ("the council, which could have listed the pub, rolled over",
  "the club could have sold him but chose to wait", "the airline could have warned
  passengers sooner"): the writer knows it did not happen, so the "could have"
  reproaches, it does not guess;
- **a question put back** ("Why would we doubt him?"): a belief verb inside a question
  offers no view;
- **a body's confirmation** ("the operator confirmed that the service had been
  cancelled"): a reporting verb naming a source, where "tests confirmed that" is proof.

For recall: "nobody" after a time phrase ("In five years nobody will remember") and in
a relative clause of knowing ("a teenager nobody had heard of") claim something of all.
:mod:`kit.lenses.hedging_modals`, :mod:`kit.lenses.hedging_judgements`,
:mod:`kit.lenses.hedging_evidence`, :mod:`kit.lenses.hedging_limits` and
:mod:`kit.lenses.hedging` consult them; the word classes are in
``kit/lexicons/hedge_senses.yaml``. This module imports none of those rule modules.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.hedging_plain import UNDERGO_VERBS
from kit.lenses.hedging_registers import subject_of
from kit.lenses.shared import person_heads, sentence_of

#: "could legally hold", "may lawfully fly": what a law or a licence allows.
LAW_ADVERBS = lexicon.word_set("hedge_senses", "law_adverbs")
#: Verbs of holding and carrying: "could carry far more objects" (capacity).
HOLDING_VERBS = lexicon.word_set("hedge_senses", "holding_verbs")
#: Verbs of knowing whose "nobody"/"everyone" in a relative clause claims all minds.
KNOWING_VERBS = lexicon.word_set("hedge_senses", "knowing_verbs") | lexicon.word_set(
    "hedge_senses", "mind_verbs"
)
#: Bodies that speak (``source_types.yaml``): "the operator confirmed that ...".
_SOURCES = lexicon.load("source_types", "source_types")
#: Bodies a decision is about: "the club could submit a new scheme".
ORGANIZATION_HEADS = frozenset(lexicon.words(_SOURCES, "organization_heads"))
BODY_HEADS = ORGANIZATION_HEADS | frozenset(
    lexicon.words(_SOURCES, "group_heads")
    + lexicon.words(_SOURCES, "anonymous_heads")
) | person_heads()  # ("sources close to the board confirmed that ...")

#: Words that open an indirect question ("say whether", "see how", "explain why").
QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_ADVERBS = frozenset({"how", "why", "when", "what", "where", "who"})
#: Verbs of asking (``hedge_senses.yaml``): "wondered how it could".
ASKING_VERBS = lexicon.word_set("hedge_senses", "asking_verbs")
#: A question refused or found hard: "declined to say when", "hard to see how".
REFUSING_VERBS = frozenset({"refuse", "decline", "fail", "struggle"})
HARD_WORDS = frozenset({"hard", "difficult", "impossible", "unclear", "uncertain",
                        "early", "soon", "premature"})  # ("too early to say what")
#: Words that give an amount as a comparison: "far more", "twice as many", "less".
COMPARED = frozenset({"more", "fewer", "less", "many", "much", "twice", "double", "triple",
                      "thrice", "half"})  # fmt: skip
_STATES = frozenset({"be", "become", "have", "know", "seem", "remain", "get", "need"})
_AUX_FRONT = frozenset({"would", "could", "should", "can", "will", "do", "does", "did",
                        "might", "must", "shall"})  # fmt: skip


def open_question(verb: Token) -> bool:
    """The modal's clause is an indirect question under a verb, an adjective or a noun:
    "did not say whether it would appeal", "refused to say if the levy might rise",
    "hard to see how a club like this could lose", "declined to say when it would be
    fitted", "would not be drawn on whether ministers could cap it". A question weighs
    nothing: it is open. A condition ("could rise if demand holds", an adverbial
    clause) and a relative clause ("the canyon, where it may stay") are not questions."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "whether it would stay and (whether it) would pay"
    if clause.dep_ not in ("ccomp", "pcomp", "xcomp", "csubj"):  # ("Whether it could ... is")
        return False
    for mark in (c for c in clause.children if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS):
        # "said if the levy might rise" asks; "said if the talks fail prices could rise"
        # (the parser hangs the "if" on "rise") sets a condition: a verb comes between
        end = min((c.i for c in clause.children if c.tag_ == "MD"), default=clause.i)
        between = verb.doc[mark.i + 1 : end]
        return not any(t.tag_ in ("VB", "VBD", "VBP", "VBZ") for t in between)
    first = clause.left_edge
    up = [first.head, first.head.head, first.head.head.head]  # "how long", "how many staff"
    if first.lower_ not in QUESTION_ADVERBS or clause.i not in {t.i for t in up}:
        return False
    return left_open(clause.head)


def left_open(head: Token) -> bool:
    """The verb over a "how"/"why"/"when" clause leaves the question open: it asks
    ("wondered how"), is denied ("did not explain why", "nobody knows how"), refused
    ("declined to say when") or found hard ("it is hard to see how"). "Officials
    explained how the scheme could cut waiting times" tells how it could, a claim."""
    if head.lower_ == "matter":
        return False  # "no matter what the result might be": whatever it is, a concession
    if head.lemma_ in ASKING_VERBS or any(c.dep_ == "neg" for c in head.children):
        return True
    subject = subject_of(head)
    if subject is not None and subject.lower_ in ("nobody", "noone", "none"):
        return True
    above = head.head if head.dep_ == "xcomp" else None
    if above is None:
        return False
    if above.lemma_ in REFUSING_VERBS or any(c.dep_ == "neg" for c in above.children):
        return True
    return above.lower_ in HARD_WORDS or any(
        c.dep_ == "acomp" and c.lower_ in HARD_WORDS for c in above.children
    )


def lawful(verb: Token) -> bool:
    """ "said Pindle was registered and could legally hold customer funds", "drone pilots
    may lawfully fly over the reservoir": an adverb of law on the modal's verb makes the
    modal what the law allows (a permission), not how likely it is."""
    return any(c.dep_ == "advmod" and c.lower_ in LAW_ADVERBS for c in verb.children)


def compared_amount(verb: Token) -> bool:
    """A verb of holding whose object is an amount or a size given as a comparison
    ("could carry far more fragile objects", "could carry twice as many containers",
    "could hold far bigger ships"): what a thing can hold, as "could carry 300
    passengers" says with a number. "The reforms could generate far more revenue" and
    "the fund could earn higher returns" are forecasts and stay hedges."""
    if verb.lemma_.lower() not in HOLDING_VERBS:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        words = [t for t in obj.subtree if t.i < obj.i]
        if any(t.lower_ in COMPARED or t.tag_ in ("JJR", "RBR") for t in words):
            return True
        if obj.lower_ in ("more", "less"):
            return True
    return False


def unused_power(verb: Token) -> bool:
    """ "could have" of a power or a chance left unused, which the sentence says: a "but"
    clause telling what was done instead ("the club could have sold him last summer but
    chose to wait"), or a ", which/who could have ..." aside on a body or a person whose
    own past clause tells what it did ("the council, which could have listed the pub,
    rolled over"). The writer knows it did not happen: a reproach, not a guess. "The
    cable could have been cut by vandals" (a passive) and "the virus, which could have
    been circulating for months, was found" (a state) stay hedges."""
    if verb.lemma_ in _STATES or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if _reproach(verb):
        return True
    linked = [c for c in verb.children if c.dep_ in ("conj", "parataxis")]
    if verb.dep_ in ("ccomp", "parataxis") and verb.i < verb.head.i:
        linked.append(verb.head)  # "could have scrapped it in May; instead he blamed ..."
    for done in (v for v in linked if v.tag_ == "VBD" and v.i > verb.i):
        between = {t.lower_ for t in verb.doc[verb.i : done.i]}
        instead = any(c.dep_ == "advmod" and c.lower_ == "instead" for c in done.children)
        if instead or between & {"but", "yet"}:
            return True  # "could have sold him but chose to wait"
    if verb.dep_ != "relcl" or verb.left_edge.lower_ not in ("which", "who"):
        return False
    first = verb.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text != ",":
        return False  # a restrictive clause picks the thing out: no aside
    agent = verb.head
    # a person or a body ("the suspect, who could have fled"), or an act on a thing ("the
    # hospital, which could have treated him within days"); "the bridge, which could have
    # collapsed at any moment, was closed" does nothing to anything and stays a guess
    acted = first.lower_ == "who" or _speaks(agent) or any(c.dep_ == "dobj" for c in verb.children)
    if not acted or agent.dep_ not in ("nsubj", "nsubjpass"):
        return False
    host = agent.head  # its own past clause: "rolled over", "was arrested at home"
    past = host.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in host.children)
    return past and host.lemma_ not in _STATES


#: The means left unused after "with" ("with the money") and the moments after "at any"
#: ("at any time") of a choice not taken (``hedge_senses.yaml``).
UNUSED_MEANS = lexicon.word_set("hedge_senses", "unused_means")
ANY_MOMENTS = lexicon.word_set("hedge_senses", "any_moments")


def unused_means(verb: Token) -> bool:
    """ "He could have stopped at any time", "her engineers could have added three
    upgrades with the money", "she could have sold her whole stock twice", "the firm
    could have been ready with three weeks' notice": a person or a body's "could have"
    with the means it had ("with the money"), the free moment ("at any time") or how
    often ("twice") tells a choice or a power not used, which the speaker knows was not
    (trapsAP: 4 traps from 4 rounds, no keyed hedge). A guess about what happened keeps
    its mark: a thing or "it"/"they" as the subject ("a gas cloud could have reached the
    tank farm"), a passive, what befalls ("could have lost his hand") and an inference
    about now ("they could have crossed into the mountains by now")."""
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_.lower() in UNDERGO_VERBS:
        return False
    subject = subject_of(verb)
    if subject is None or not _speaks(subject) or subject.lower_ in ("it", "they", "you"):
        return False
    kids = [*verb.children]
    kids += [g for c in verb.children if c.dep_ == "acomp" for g in c.children]
    for child in kids:
        objects = [o for o in child.children if o.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "with" and any(
            o.lemma_.lower() in UNUSED_MEANS for o in objects
        ):
            return True  # "with the money", "with three weeks' notice"
        if child.dep_ == "prep" and child.lower_ == "at" and any(
            o.lemma_.lower() in ANY_MOMENTS and any(d.lower_ == "any" for d in o.children)
            for o in objects
        ):
            return True  # "at any time"
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in ("twice", "thrice"):
            return True  # "could have sold her whole stock twice"
    return False


#: How an act could have been done otherwise: "could have acted sooner", "done far more".
REPROACH_WORDS = frozenset({"sooner", "earlier", "more", "better", "faster", "quicker",
                            "harder", "differently", "further"})  # fmt: skip


def _reproach(verb: Token) -> bool:
    """ "The airline could have done far more to warn passengers", "the council could
    have acted sooner", "he could have said a great deal more": a person or a body that
    could have acted otherwise, a reproach for what it did (modalsAI: "he" and "she"
    too). "Humans could have reached the island earlier than thought" (a
    "than") and "could have arrived 2,000 years earlier" (an amount) weigh a guess."""
    subject = subject_of(verb)
    if subject is None or not _speaks(subject):
        return False
    if subject.pos_ == "PRON" and subject.lower_ not in ("he", "she"):
        return False  # one person ("He could have said a great deal more"), not "it"
        # (a storm "could have done more damage") nor "they" (vandals or a crowd)
    words = [t for t in verb.children if t.dep_ in ("advmod", "dobj", "acomp")]
    if not any(t.lower_ in REPROACH_WORDS for t in words):
        return False
    return not any(t.lower_ == "than" or t.like_num for t in verb.subtree)


def _speaks(tok: Token) -> bool:
    """A person or a body: a name, a personal pronoun, or a noun for people or a body."""
    from kit.lenses.hedging_modals import is_person  # (read on use: it imports this module)

    if is_person(tok) or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they", "we", "i", "you", "it")
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in BODY_HEADS


def put_back(span: Span) -> bool:
    """ "Why would we doubt him?", "Do we think that is fair?": a belief verb in a
    question, its helper put before "we"/"I", asks instead of offering a view."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in _AUX_FRONT:
        return False
    return sentence_of(span).text.rstrip().rstrip("\"'”’").endswith("?")


def speaker_confirms(verb: Token, subject: Token | None) -> bool:
    """ "Grenwick Rail, which runs the line, confirmed that the service had been
    cancelled", "the club confirmed on Friday that ...": a person or a body confirming
    is a reporting verb that names a source (an attribution), not proof; "tests
    confirmed that the water was contaminated" and "DNA evidence confirmed that ..."
    present what follows as proven."""
    return verb.lemma_ == "confirm" and subject is not None and _speaks(subject)


def after_time_phrase(word: Token) -> bool:
    """ "In five years nobody will remember ...", "Within a decade nobody will drive
    ...": the noun before "nobody" ends a time phrase on the clause "nobody" is the
    subject of, not a noun that "nobody ..." describes ("the part nobody sees")."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    if before is None or before.dep_ != "pobj":
        return False
    prep = before.head
    return prep.dep_ == "prep" and prep.head.i == word.head.i and word.dep_ == "nsubj"


def known_to_all(verb: Token) -> bool:
    """ "a scrawny teenager nobody had heard of", "a result no one foresaw": a relative
    clause of knowing or thinking claims something of every mind, where "the corner
    nobody sees" and "a film everyone loved" describe the thing. So does one of wanting
    ("a car park nobody asked for", "a scheme no one needed": ``wanting_verbs``) or of
    explaining ("a coincidence nobody has explained", "a question no one answered":
    ``accounting_verbs``)."""
    lemma = verb.lemma_.lower()
    if lemma in KNOWING_VERBS:
        return True
    wanted = WANTING_VERBS.get(lemma)
    if wanted is None or any(
        c.dep_ == "nsubj" and any(r.dep_ == "relcl" for r in c.children) for c in verb.children
    ):
        return False  # ("that nobody who lives here asked for": a class marked off)
    return not wanted or any(c.dep_ == "prep" and c.lower_ in wanted for c in verb.children)


#: Verbs of wanting, and of explaining or answering for a thing ("a coincidence nobody
#: has explained", ``accounting_verbs``), each with the prepositions it needs (none: any
#: use of it).
WANTING_VERBS = lexicon.verbs_with_preps("hedge_senses", "wanting_verbs", "accounting_verbs")


#: Words that put a clause in the past ("once", "last winter", "two years ago").
PAST_TIME_WORDS = lexicon.word_set("hedge_senses", "past_time_words")
DECADE = re.compile(r"(1[5-9]|20)\d0s|'\d0s")


def clause_words(verb: Token) -> list[Token]:
    """The clause's own words, without the clauses linked to it."""
    return [
        t for t in verb.subtree
        if not any(a.dep_ in ("conj", "parataxis", "advcl") and a.i != verb.i
                   for a in path_to(t, verb))
    ]  # fmt: skip


def path_to(tok: Token, top: Token) -> list[Token]:
    path = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path


def past_time(verb: Token) -> bool:
    """A time word of the clause's own that points back: "once", "formerly", "last
    winter", "two years ago", "in the 1990s" (a decade). A time inside a relative clause
    or a participle that describes a noun ("the bells, which have rung since the 1700s,
    could be silenced", "the mill, built in the 1820s, could close") dates the noun, not
    the clause: the modal keeps its possibility."""
    for tok in clause_words(verb):
        if any(a.dep_ in ("relcl", "acl") for a in path_to(tok, verb)):
            continue
        if tok.dep_ == "advmod" and tok.lower_ in PAST_TIME_WORDS:
            return True
        dated = tok.lower_ in PAST_TIME_WORDS or DECADE.fullmatch(tok.text)
        if tok.ent_type_ == "DATE" and dated:
            return True
    return False


def if_condition(verb: Token) -> bool:
    """The modal stands in the "if" clause itself ("she would move her father if she
    could find a bed", "the club will buy a launch if members could raise the money"):
    it names the condition, an ability the claim waits on, and weighs no claim.
    "Prices could rise if demand holds" keeps its "could" (the "if" is below it)."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb.dep_ == "advcl" and bool(marks & {"if", "unless"})


def cleft_that(verb: Token) -> bool:
    """ "it was only luck that nobody had been killed", "it is a miracle that no one was
    hurt": the parser hangs the "that" clause on the noun as if it described it, but
    "that" is a conjunction after "it was ...": the clause is a claim about all, not
    a description ("the corner nobody checked", with no "that")."""
    if not any(c.lower_ == "that" and c.i < verb.i for c in verb.children):
        return False  # (read as a mark or, after a quoted noun, as a relative pronoun)
    noun, host = verb.head, verb.head.head
    subject = subject_of(host) if noun.dep_ in ("attr", "acomp") else None
    return host.lemma_ == "be" and subject is not None and subject.lower_ == "it"

"""A body's gain set against its failing in one sentence (loadedAM, learned from rounds AL
and AL1-AL3; word classes in ``kit/lexicons/judgement_juxtapositions.yaml``).

A straight report slants most quietly by placing two true facts side by side: a relative
clause set off by a comma on the sentence's subject tells what the body or its bosses
took, or the warning or promise it had, and the main clause tells what it failed to do or
whom it made pay: "Carrbeck, whose owners took 31 million pounds in dividends over the same
18 months, had cut its driver training budget by a fifth"; "The board, which awarded Mr X a
1.1 million-pound bonus in June, did not comment on his pay"; "The office, which had been
warned about ... as early as 2023, took until this week to act". The clause is the mark
(like every insinuating aside, ``loaded.ASIDE_RULES``): it is the writer's choice of what
to set beside the failing.

Not a plain identifying clause ("Haverbrack Turbines, which was to supply the turbines,
declined to comment"), a sum with no failing beside it ("The council, which gave the
festival a £1,500 grant, said it was proud"), nor a failing beside no gain ("The driver,
who has not been named, has not worked since").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_insinuations import CURRENCY
from kit.lenses.judgement_lexicon import Hits, Judgement, JudgementLexicon
from kit.lenses.judgement_motives import relative_aside
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    verdict_lexicon,
)
from kit.lenses.judgement_voice import in_class


@cache
def juxtaposition_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_juxtapositions.yaml (read once)."""
    return verdict_lexicon("judgement_juxtapositions")


def _clause_of(word: Token) -> Token | None:
    """The relative clause's verb that ``word`` opens ("which" its subject, "whose" the
    determiner of its subject)."""
    tok = word
    for _ in range(3):
        if tok.dep_ == "relcl":
            return tok if tok.left_edge.i == word.i else None
        tok = tok.head
    return None


def _gain(rel: Token, vx: VerdictLexicon) -> bool:
    """The clause tells what the body took or paid its own side, with money in it, or
    a spend told as lavish ("spent heavily on an advertising campaign")."""
    if rel.lemma_.lower() == "spend" and any(
        c.lower_ in vx["lavish_adverb"] for c in rel.children
    ):
        return True
    tokens = list(rel.subtree)
    if not any(
        t.pos_ in ("VERB", "AUX") and in_class(t, vx["gain_verb"]) and t.lemma_.lower() != "spend"
        for t in tokens
    ):  # a sum spent is money going out, often on upkeep ("which spent 80,000 pounds on a
        return False  # new roof"): a spend counts only when told as lavish (above)
    return any(
        t.text in CURRENCY
        or t.ent_type_ == "MONEY"
        or t.lower_ in vx["money_noun"]
        or (t.lower_ in vx["money_unit"] and t.i > 0 and t.doc[t.i - 1].like_num)
        for t in tokens
    )


def _forewarned(rel: Token, vx: VerdictLexicon) -> bool:
    """The clause tells of a warning the body had or a promise it made: "which had been
    warned about ...", "whose adverts promise ...", "which told investors that ..."."""
    lemma = rel.lemma_.lower()
    if lemma in vx["forewarning_verb"]:
        return lemma not in vx.category("forewarning_verb", "warn") or any(
            c.dep_ == "auxpass" for c in rel.children
        )  # the body was warned, it did not warn others
    return lemma == "tell" and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in vx["backer_noun"] for c in rel.children
    )


def _failing(verb: Token, vx: VerdictLexicon) -> bool:
    """The main clause tells a failing: a negation ("has not said", "did not comment"),
    nothing given ("has offered owners no compensation", "has detained none"), a refusal
    ("declined to say"), "has yet to", slowness ("took until this week to act") or a harm
    to those it serves ("had cut its driver training budget", "raised premiums")."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return True
    if any(
        c.dep_ in ("dobj", "attr")
        and (c.lower_ in ("none", "nothing") or any(d.lower_ == "no" for d in c.children))
        for c in children
    ):
        return True
    lemma = verb.lemma_.lower()
    clause = any(c.dep_ in ("xcomp", "advcl") for c in children)
    if lemma in vx["declining_verb"] and clause:
        return True
    if lemma == "have" and clause and any(c.lower_ == "yet" for c in children):
        return True
    if lemma == "take" and clause and any(
        c.lower_ == "until" or (c.dep_ in ("dobj", "npadvmod") and c.lower_ in vx["time_noun"])
        for c in children
    ):
        return True
    return lemma in vx["harm_verb"] and any(c.dep_ == "dobj" for c in children)


def gain_against_failing(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A relative clause on the sentence's subject that tells a gain or a warning, set
    against a failing in the main clause (see the module)."""
    vx = juxtaposition_lexicon()
    for word in candidates(doc, vx["relative"]):  # (the cheap test first)
        if word.i == 0 or doc[word.i - 1].text != ",":
            continue
        rel = _clause_of(word)
        if rel is None or rel.head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        main = rel.head.head
        if main.i <= rel.right_edge.i or main.pos_ not in ("VERB", "AUX"):
            continue  # the main verb comes after the aside
        verbs = [main, *(c for c in main.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        if not any(_failing(v, vx) for v in verbs):
            continue  # (the main clause's children first: cheaper than the aside's subtree)
        if not (_forewarned(rel, vx) or _gain(rel, vx)):
            continue
        end = rel.right_edge.i + 1
        while end > word.i + 1 and doc[end - 1].is_punct:
            end -= 1
        span = Span(doc, word.i, end)
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' sets what the body took, or the "
            "warning it had, beside what the sentence says it then failed to do. Each fact "
            "may be true, but placed side by side in the writer's voice they make a verdict "
            "of greed or neglect that the report never argues or sources. A neutral report "
            "gives each fact where it bears on the story, with who links them.",
            "(give each fact in its own place, and say who links them)",
            "gain_against_failing",
        )


def _hearsay_at(doc: Doc, i: int, vx: VerdictLexicon) -> bool:
    """ "I am told", "I suppose", "we are told", "I would bet" from ``doc[i]``, set off by
    commas or straight after the relative word."""
    if i >= len(doc) or doc[i].lower_ not in vx["writer_subject"]:
        return False
    j = i + 1
    while j < len(doc) and j < i + 3 and doc[j].lower_ in vx["hearsay_link"]:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in vx["hearsay_word"]:
        return False
    if doc[j].lower_ == "told":
        return doc[j - 1].lower_ in ("am", "are", "'m")  # "I am told", not "I told him"
    if doc[j].lower_ == "say":
        return doc[j - 1].lower_ == "dare"
    return doc[j].lower_ not in vx.category("hearsay_word", "hearsay") or (
        j + 1 < len(doc) and doc[j + 1].text == ","
    )  # "I hear," set off; not "which I hear every day"


def _plain_figure(aside: Span) -> bool:
    """ "a woman who I am told is 92": the aside only gives a figure (a form of "be" and a
    number to end it), a fact the writer heard, not a sneer (read from the words: the
    parser often loses the clause's shape around "I am told")."""
    words = [t for t in aside if not t.is_punct]
    return bool(words) and words[-1].like_num and any(t.lemma_ == "be" for t in words)


def hearsay_asides(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A relative clause set off by a comma whose only source is the writer's hearsay or
    guess: "which I am told involves a great many lanyards", "who charges, I am told, more
    per hour than most of the room earns", "which I suppose is one way of not
    incriminating yourself". The aside slips a sneer in on the writer's word alone. Not
    "we understand" (an outlet's source), nor a main clause ("An officer, I am told,
    visited twice")."""
    vx = juxtaposition_lexicon()
    if not candidates(doc, vx["hearsay_word"]) or not candidates(doc, vx["writer_subject"]):
        return  # (the cheap test first: no hearsay word, or no "I" or "we")
    for word in candidates(doc, vx["relative"]):
        i = word.i
        if i == 0 or word.tag_ not in ("WP", "WP$", "WDT"):
            continue
        owner = next((a for a in word.ancestors if a.dep_ == "relcl"), word).head
        if doc[i - 1].lower_ not in (",", "and") and owner.dep_ != "appos":
            continue  # set off by a comma, joined to one ("and whose ..."), or in an
            # apposition ("Save the Vale, a campaign group whose ..."): no restrictive clause
        # straight after the relative word ("which I am told ..."), or set off by commas
        # within the clause's first words ("who charges, I am told, more ...")
        starts = [i + 1] + [
            k + 1 for k in range(i + 1, min(i + 8, len(doc) - 1)) if doc[k].text == ","
        ]
        if not any(_hearsay_at(doc, k, vx) for k in starts):
            continue
        aside = relative_aside(doc, i)
        if aside is None or _plain_figure(aside):
            continue
        yield make_verdict(
            aside,
            f"Whose judgement is this? '{aside.text}' slips a sneer into an aside on the "
            "writer's own hearsay or guess ('I am told', 'I suppose'), with no source the "
            "reader can check: it asks the reader to think less of them in passing.",
            "(leave the aside out, or give the fact and its source)",
            "hearsay_aside",
        )


#: The rules of this module, registered with the verdict rules in judgement_claims.
JUXTAPOSITION_RULES = (gain_against_failing, hearsay_asides)

"""A stock simile in the writer's voice (jibesAR; word classes in
``kit/lexicons/judgement_similes.yaml``).

- :func:`stock_similes`: "like" and an indefinite stock figure on what a person, body or
  thing did or is like: "who smiled throughout like a dentist about to give bad news",
  "strolled along the line like a man inspecting a property he has already bought", "the
  council folded like a wet deckchair". The figure is nobody in the story; the comparison
  carries its traits to whoever is compared, a verdict with no source. Counted on the 691
  practice keys before the rule was written: 12 keyed items missed, from 11 rounds, no plain
  use in the writer's voice (16 more already found by narrower rules).

Not a literal look or make ("a cake shaped like a castle", "dressed like a prison warder"),
two kinds weighed ("the reservoir looks more like a lake than a tank"), an instruction
("Treat the cake like a sponge"), a thing named by its look ("what looks like a marina"),
an estimate ("something like a tenth", "like a lot of money"), a named or definite figure
("like the mayor", "like Venice"), nor a simile in a quotation or a reported view (the
loaded lens keeps claims in the writer's own voice only).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Token

from kit import lexicon
from kit.lenses.judgement_lexicon import Hits, Judgement, JudgementLexicon
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    verdict_lexicon,
)

#: The word that gates :func:`stock_similes`.
LIKE = frozenset({"like"})
#: Determiners of a stock figure: any one of a kind, nobody in the story.
INDEFINITE = frozenset({"a", "an"})


@cache
def press_idiom_figures() -> tuple[str, ...]:
    """The idioms of kit/lexicons/press_idioms.yaml that begin "a"/"an" ("a knight in
    shining armour"), lower case: such a figure after "like" is the idiom rule's mark."""
    data = lexicon.load("default", "press_idioms")
    phrases = (str(item[0]).lower() for item in data.get("idioms") or [])
    return tuple(sorted({p for p in phrases if p.split(" ", 1)[0] in INDEFINITE}))


@cache
def similes_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_similes.yaml (read once)."""
    return verdict_lexicon("judgement_similes")


def stock_similes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "smiled throughout like a dentist about to give bad news" (see the module)."""
    vx = similes_lexicon()
    for like in candidates(doc, LIKE):
        figure = _stock_figure(like, vx)
        if figure is None:
            continue
        verb = _compared_act(like)
        if verb is None or verb.lemma_.lower() in vx["form_verb"]:
            continue  # "a vase shaped like a swan": a literal look
        if any(t.lower_ == "than" for t in verb.subtree if t.i > like.i):
            continue  # "looks more like a lake than a tank": two kinds weighed, no figure
        if _instruction_or_sighting(verb, like):
            continue
        end = figure.right_edge.i + 1
        if doc[like.i + 1 : end].text.lower().startswith(press_idiom_figures()):
            continue  # "like a knight in shining armour": the press idiom's own mark
        start = min(verb.i, like.i)
        while end > like.i + 2 and doc[end - 1].is_punct:
            end -= 1
        span = doc[start:end]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' likens what they did to a stock "
            f"figure ('{doc[like.i : figure.i + 1].text}'), nobody in the story: the "
            "comparison carries the figure's traits to them, a sneer in the writer's own "
            "voice instead of a description. A neutral text says plainly what they did.",
            "(say plainly what they did and how)",
            "stock_simile",
        )


def _stock_figure(like: Token, vx: VerdictLexicon) -> Token | None:
    """The figure of "like a <noun>": a common noun with "a"/"an", not an amount, and no
    estimate or feeling just before "like"."""
    if like.dep_ != "prep" or like.tag_ != "IN":
        return None
    figure = next((c for c in like.children if c.dep_ == "pobj"), None)
    if figure is None or figure.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in figure.children):
        return None  # "like the mayor", "like Venice": someone or somewhere named
    if figure.lemma_.lower() in vx["measure_noun"] or any(
        c.dep_ == "nummod" for c in figure.children
    ):
        return None  # "like a lot of money": an amount
    if like.i > 0 and like.doc[like.i - 1].lower_ in vx["rough_word"]:
        return None  # "something like a tenth", "felt like a holiday"
    return figure


def _instruction_or_sighting(verb: Token, like: Token) -> bool:
    """An instruction ("Treat the cake like a sponge": an imperative, no one judged) or a
    thing named by its look ("from what looks like a marina": the free relative "what",
    unless a degree word weighs it, "what sounded more like a defence brief")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.tag_ == "VB" and verb.dep_ == "ROOT":
        return True
    degree = like.i > 0 and like.doc[like.i - 1].lower_ in ("more", "less", "rather")
    return subject is not None and subject.lower_ == "what" and not degree


def _compared_act(like: Token) -> Token | None:
    """The verb whose act the simile describes: the head of "like", or the verb of the
    object "like" was hung on ("milked the line like a prize heifer")."""
    head = like.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "relcl") and head.head.pos_ == "VERB":
        return head if head.dep_ == "relcl" else head.head
    return None


#: The rules of this module, registered with the claim rules in judgement.py.
RULES = (stock_similes,)

__all__ = ["RULES", "stock_similes"]

"""A made thing spoiled, told as a killing (loadedY): "the kitchen murdered a perfectly
good rack of lamb", "the band massacred the anthem", "the director has butchered the
novel" (guide, section 4: a word chosen for its charge where a neutral word exists;
neutral: "spoiled", "performed badly").

The verb must act on a dish or a work ("the anthem", "a classic dish"), or be done by
its maker (a chef, a kitchen, a singer, a cast) to a thing; never on a person ("murdered
a man") nor on an animal or its carcass ("slaughtered two lambs", "the chef butchered the
pig"). Word classes: ``ruin_verb``, ``made_work_noun``, ``maker_noun`` and
``animal_noun`` in
kit/lexicons/judgement_force.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    literal_context,
    subject_of,
)
from kit.lenses.judgement_verdicts import candidates
from kit.lenses.wordlists import sentence_of

NOTE = (
    "'{text}' tells how {what} turned out as a killing: a charged figure for a poor dish "
    "or performance. Say what was wrong with it."
)
NEUTRAL = "spoiled, overcooked, performed badly (say what was wrong)"


def ruined_works(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "the kitchen murdered a rack of lamb" (see the module)."""
    lex = lex or default_lexicon()
    works, makers = lex.set_of("made_work_noun"), lex.set_of("maker_noun")
    animals, carving = lex.set_of("animal_noun"), lex.set_of("carving_verb")
    for verb in candidates(doc, lex.set_of("ruin_verb")):
        if verb.pos_ != "VERB":
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs:
            continue
        obj = objs[0]
        words = {obj.lemma_.lower(), obj.lower_}
        inner = {g.lemma_.lower() for c in obj.children if c.dep_ == "prep" for g in c.children}
        if words & animals or (obj.pos_ != "PRON" and is_person(obj, lex)):
            continue  # "slaughtered two lambs", "murdered a man"
        if inner & animals and verb.lemma_.lower() in carving:
            continue  # "butchered a side of beef": a butcher's plain work on meat
        words |= inner
        if obj.pos_ == "PRON" and obj.lower_ not in ("it", "them"):
            continue
        maker = _maker(verb)
        if not (words & works or (maker is not None and maker.lemma_.lower() in makers)):
            continue
        if literal_context(sentence_of(verb), lex, ("war", "legal")):
            continue  # a real killing in a crime or war report
        what = f"'{obj.text}'" if obj.pos_ != "PRON" else "the dish or work"
        span = Span(doc, verb.i, verb.i + 1, label="emotive")
        yield Judgement(
            span, NOTE.replace("{text}", verb.text).replace("{what}", what), NEUTRAL, "ruined_work"
        )


def _maker(verb: Token) -> Token | None:
    """Who did it: the active subject, or the agent of a passive ("murdered by the
    kitchen")."""
    subject = subject_of(verb)
    if subject is not None:
        return subject
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


RULES = (ruined_works,)

__all__ = ["RULES", "ruined_works"]

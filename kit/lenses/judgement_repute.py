"""Reputation asserted with no source (loadedY): "the mayor widely credited with saving
the pier", "a chef universally regarded as the best in the county", "she is widely
hailed as the saviour of the festival" (guide, section 4: an evaluation in the
writer's voice as fact; Wikipedia's "Words to watch", MOS:WEASEL: "widely regarded").

Not a reputation with its source ("widely praised by critics", "regarded by the
inspectors as"), nor a plain spread ("widely used", "widely available", "widely
reported"): the verb must be one of esteem or credit, and have no agent.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kit.lenses.judgement_lexicon import Hits, Judgement, JudgementLexicon
from kit.lenses.judgement_verdicts import candidates, verdict_lexicon

NOTE = (
    "'{text}' states a reputation as fact in the writer's own voice: '{adverb}' "
    "says many people hold the view without naming any of them. Say who credits or "
    "regards them so, or what they did."
)
NEUTRAL = "(say who holds the view, or what was done)"


def unsourced_repute(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "the mayor widely credited with saving the pier" (see the module)."""
    vx = verdict_lexicon()
    spread, esteem = vx["spread_adverb"], vx["esteem_verb"]
    for adverb in candidates(doc, spread):
        verb = adverb.head
        if adverb.dep_ != "advmod" or verb.tag_ != "VBN":
            continue
        if verb.lemma_.lower() not in esteem and verb.lower_ not in esteem:
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue  # "widely praised by critics": the view has holders named
        if (
            verb.dep_ == "acl"
            and verb.head.pos_ in ("NOUN", "PROPN")
            and (adverb.i == 0 or doc[adverb.i - 1].text != ",")
        ):
            start = verb.head.left_edge.i  # "the mayor widely credited with ..."
        else:
            start = adverb.i  # "is widely regarded as the best"
        end = verb.right_edge.i + 1
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
        span = Span(doc, start, end, label="unattributed_claim")
        note = NOTE.replace("{text}", span.text).replace("{adverb}", f"{adverb.text} {verb.text}")
        yield Judgement(span, note, NEUTRAL, "unsourced_repute")


RULES = (unsourced_repute,)
#: Rules whose claims are marked as a phrase, not stretched to the sentence's end.
PHRASE_CLAIM_RULES = frozenset({"unsourced_repute"})

__all__ = ["PHRASE_CLAIM_RULES", "RULES", "unsourced_repute"]

"""The writer's voice clause by clause (issue 12, loadedQ2).

The loaded lens keeps an unattributed claim only in a sentence with no reporting cue
(``_writer_voice`` in :mod:`kit.lenses.loaded`). Two kinds of sentence hold a writer's
stance comment next to a cue that reports nothing the comment says:

- a sentence of two clauses, split by a colon, a semicolon or ", and"/", but" before a new
  subject, whose stance clause has no cue of its own (reported content that runs on
  from the other clause's cue stops at the cut): "Nurses warned the board in spring,
  and the directors, it seems, filed the letter" (the stance clause alone is marked); "The
  club is hardly a model of candour: last year it claimed the pitch was safe";
- an aside on a verb of mind whose content is a denial: "The landlord, apparently,
  thought nobody would notice" (the writer tells what someone thought, as a sneer; not
  "Officials, apparently, believe the bridge is safe", hearsay told plainly).

The test is run only on sentences that hold a stance marker (kit/lexicons/
judgement_stance.yaml: "it seems", "apparently", "naturally", "of course", "no doubt",
"hardly a model of"), and only after the whole-sentence test has failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from kit.lenses.judgement_stance import stance_words
from kit.lenses.loaded_quotes import QuoteContext, _overlaps

#: Words of denial in what someone is said to have thought: "nobody would notice".
DENIALS = frozenset({"nobody", "nothing", "no", "none", "never", "not", "n't", "neither"})
#: Words that open a new clause after a comma.
JOINS = frozenset({"and", "but", "yet", "while", "whereas"})
#: Marks that end one statement inside a sentence.
STOPS = frozenset({":", ";", "—", "–"})


def _marker(tok: Token) -> bool:
    """``tok`` is a stance marker: an aside word or a denied exemplar."""
    doc, i, word = tok.doc, tok.i, tok.lower_
    before = doc[i - 1].lower_ if i > 0 else ""
    if word not in stance_words("comment_word") | stance_words("exemplar_noun"):
        return False
    if word in ("seems", "appears", "turns"):
        return before == "it"
    if word in ("look", "looks"):
        return False  # "by the look of it" needs more than one word: left to the rule
    if word == "course":
        return before == "of"
    if word == "doubt":
        return before == "no"
    if word in stance_words("exemplar_noun"):
        near = {t.lower_ for t in doc[max(i - 4, 0) : i]}
        return bool(near & (stance_words("litotes_adverb") | {"exactly", "from"}))
    return True  # an aside adverb: "apparently", "naturally"


def _segments(sent: Span) -> list[Span]:
    """The sentence cut at a colon or semicolon, and at ", and"/", but" before a verb
    that has its own subject."""
    doc, cuts = sent.doc, [sent.start]
    for tok in sent:
        if tok.text in STOPS and tok.i > sent.start or (
            tok.lower_ in JOINS
            and tok.i > sent.start
            and doc[tok.i - 1].text == ","
            and any(
                c.dep_ == "conj" and c.i > tok.i and any(s.dep_ == "nsubj" for s in c.children)
                for c in tok.head.children
            )
        ):
            cuts.append(tok.i + 1)
    cuts.append(sent.end)
    return [doc[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _mind_sneer(ctx: QuoteContext, sent: Span) -> bool:
    """Every cue of the sentence is a verb of mind with a stance aside on it and a
    denial in what follows it ("apparently, thought nobody would notice")."""
    minds = stance_words("mind_verb")
    cues = [c for c in ctx.cues if _overlaps(c, (sent.start_char, sent.end_char))]
    if not cues:
        return False
    for start, _end in cues:
        verb = next((t for t in sent if t.idx == start), None)
        if verb is None or verb.lemma_.lower() not in minds:
            return False
        if not any(_marker(t) for t in sent[: verb.i - sent.start]):
            return False
        if not any(t.lower_ in DENIALS for t in sent[verb.i - sent.start + 1 :]):
            return False
    return True


def _forecast(clause: Span) -> bool:
    """The clause's verbs are told with a modal ("will resign", "may close"): what is
    expected next, as the report before it goes on, not a sneer at what someone did."""
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    heads = [v for v in verbs if not (clause.start <= v.head.i < clause.end) or v.head == v]
    return any(c.dep_ == "aux" and c.tag_ == "MD" for v in heads for c in v.children)


def writer_clause(
    ctx: QuoteContext,
    quotes: Iterable[tuple[int, int, str]],
    span: Span,
    sent: Span,
    voice: Callable[..., bool],
) -> tuple[int, int] | None:
    """(start_char, end_char) of the part of ``sent`` that is the writer's own claim, or
    None. ``voice`` is the lens's whole-sentence test, run here on one clause."""
    if not any(_marker(t) for t in sent):
        return None
    quotes = list(quotes)
    if any(_overlaps((s, e), (sent.start_char, sent.end_char)) for s, e, _ in quotes):
        return None
    if _mind_sneer(ctx, sent):
        return sent.start_char, sent.end_char
    whole = span.start == sent.start and span.end >= sent.end - 1
    for seg in _segments(sent):
        if not any(_marker(t) for t in seg):
            continue
        if not whole and not (seg.start <= span.start and span.end <= seg.end):
            continue
        body = seg
        while len(body) > 1 and (body[0].is_punct or body[0].lower_ in JOINS):
            body = body[1:]
        while len(body) > 1 and body[-1].is_punct and body[-1].text not in (".", "!", "?"):
            body = body[:-1]
        if _forecast(body):
            continue  # "..., and the chair, it seems, will resign": the report goes on
        # reported content that runs on from a cue in an earlier clause stops at the cut:
        # the aside in this clause is the writer's ("Drivers warned that ..., and the
        # managers, it seems, filed the warning")
        own = replace(ctx, contents=[c for c in ctx.contents if c[0] >= body.start_char])
        if voice(own, quotes, body, body):
            return body.start_char, body.end_char
    return None

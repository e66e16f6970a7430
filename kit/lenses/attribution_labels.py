"""Labels and explanations of the attribution lens: how an act gives its content
(direct, indirect, mixed) and what a learner is told about it (annotation guide,
section 1).
"""

from __future__ import annotations

import re

from kit.lenses.attribution_frames import Act
from kit.lenses.attribution_links import ASIDES
from kit.quotes import Quote, is_term

#: A short quotation after "a"/"an" is the speaker's own label when a labelling verb
#: gives it: 'described as an "attack"', 'called the plan a "disaster"'.
LABEL_ARTICLE = re.compile(r"^(?:[\w'’-]+\s+){0,4}?(?:as\s+)?an?\s*$", re.IGNORECASE)


# -- labels and explanations --------------------------------------------------
def _label(text: str, parts: list[tuple[int, int]], quotes: list[Quote]) -> str:
    """direct: every part inside quotation marks; mixed: quoted words in a paraphrase.

    A quoted name inside a paraphrase (a title in capitals: the film "Nothing
    Gets Through") is not the speaker's words.
    """
    lo, hi = min((s for s, _ in parts), default=0), max((e for _, e in parts), default=0)
    near = [q for q in quotes if q.inner_start < hi and lo < q.inner_end]  # only these count
    speech = [q for q in near if not is_term(text, q) or _labelled(text, q, parts)]
    speech = [q for q in speech if not _is_title_name(text, q, parts)]
    inside_any = False
    outside_any = False
    for start, end in parts:
        inside = [q for q in speech if q.inner_start < end and start < q.inner_end]
        inside_any |= bool(inside)
        rest = text[start:end]
        for q in sorted(inside, key=lambda q: -q.start):
            a, b = max(q.start - start, 0), min(q.end - start, len(rest))
            rest = rest[:a] + " " + rest[b:]
        outside_any |= bool(re.search(r"[A-Za-z]{2,}", rest))
    if not inside_any:
        return "indirect"
    return "mixed" if outside_any else "direct"


def _labelled(text: str, quote: Quote, parts: list[tuple[int, int]]) -> bool:
    """A short quotation after "a"/"an" that ends a labelling verb's content ('described
    as an "attack"'): the speaker's own word, not a term being named."""
    if not re.search(r"[A-Za-z]{2,}", quote.inner(text)):
        return False
    return any(
        s <= quote.start and quote.inner_end <= e <= quote.end
        and LABEL_ARTICLE.search(text[s : quote.start])
        for s, e in parts
    )  # fmt: skip


def _is_title_name(text: str, quote: Quote, parts: list[tuple[int, int]]) -> bool:
    """A short quotation in title case, inside a longer content, names a work."""
    inner = quote.inner(text).strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    if not 2 <= len(words) <= 8 or re.search(r"[.!?,;:]$", inner):
        return False
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with"}
    if not all(w[0].isupper() or w.lower() in small for w in words) or not words[0][0].isupper():
        return False
    inside = [p for p in parts if p[0] <= quote.start and quote.end <= p[1]]
    return any(len(text[p[0] : p[1]].split()) > len(words) + 3 for p in inside)


EXPLANATIONS = {
    "direct": "Direct quotation: these are presented as the exact words of {who}, in "
    "quotation marks; the writer still chose which words to quote.",
    "indirect": "Indirect attribution: the writer paraphrases what {who} said; check the "
    "paraphrase is fair.",
    "mixed": "Mixed attribution: the writer paraphrases {who} and quotes some words "
    "exactly; ask why those words were put in quotation marks.",
}


def explain(act: Act, cue_text: str) -> str:
    """The learner's explanation of one attribution."""
    who = act.canonical or "the source"
    text = EXPLANATIONS[act.label].format(who=who)
    if act.note:
        text += f" Cue '{cue_text}': {act.note}."
    if act.aside:
        text += " " + ASIDES[act.aside].format(who=who)
    return text

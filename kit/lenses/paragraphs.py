"""Paragraph breaks as sentence breaks, set before the parser runs.

spaCy's small English parser sometimes runs a sentence across a blank line:
a quotation that closes one paragraph and the first sentence of the next
become one "sentence" ('... for once she listened."\\n\\nBut was it really
exhaustion?'). Every lens works sentence by sentence (who is the subject of
this cue? is this question in the writer's voice?), so such a join hides a
question, a verdict or a speaker. In news text a paragraph never continues a
sentence, so this component marks the first token after a blank line as a
sentence start; the parser keeps boundaries that are set before it runs. The word
after a paragraph's first word is marked as no sentence start, since a paragraph never
opens with a one-word sentence run on without punctuation. Nor does a sentence begin
with a capitalised word right after a lower-case word on the same line with nothing
between: the parser split "have written on the booking site | Tablewink that the dining
room is ..." and "first-choice keeper | Lettrice Vanderhoof broke a finger" at a name it
did not know, which cut the cue from its clause.

Add it before the parser: ``nlp.add_pipe("kit_paragraphs", before="parser")``
(:func:`kit.pipeline.add_kit_components` does).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["make_paragraphs", "mark_paragraph_starts"]


def _breaks_paragraph(text: str) -> bool:
    """True for whitespace that holds a blank line (two or more line breaks)."""
    return text.count("\n") >= 2


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word after each blank line.

    Closing punctuation before the blank line ('China."' + blank line) and the
    blank line itself stay with the sentence they end, so no lone quotation
    mark becomes a sentence of its own.
    """
    pending = False
    for tok in doc:
        if tok.is_space:
            if _breaks_paragraph(tok.text) and not pending:
                _keep_with_previous(doc, tok.i)
            pending = pending or _breaks_paragraph(tok.text)
            if tok.i > 0:
                tok.is_sent_start = False
            continue
        if pending and tok.i > 0:
            tok.is_sent_start = True
            _hold_first_word(doc, tok)
        pending = _breaks_paragraph(tok.whitespace_)
        if pending:
            _keep_with_previous(doc, tok.i + 1)
        elif _runs_on(doc, tok):
            doc[tok.i + 1].is_sent_start = False
    return doc


def _runs_on(doc: Doc, tok: Token) -> bool:
    """A lower-case word followed on the same line by a capitalised word, with no
    punctuation between ("the booking site Tablewink that ..."): in running text no
    sentence ends there; the capital is a name's. A word after a line break, or after a
    capitalised word ("Full results Photo gallery" in a page's clutter), is left to the
    parser, and so is a lower-case word ("I work from home and I start ...": marking
    every such pair moved the parser's other breaks, round AI's tuition-fees column)."""
    if tok.i + 1 >= len(doc) or "\n" in tok.whitespace_ or not tok.whitespace_:
        return False
    return tok.is_alpha and tok.is_lower and doc[tok.i + 1].is_alpha and doc[tok.i + 1].is_title


def _hold_first_word(doc: Doc, first: Token) -> None:
    """A paragraph's first word is never a sentence of its own: the parser split
    "Heribert | Wimhurst will keep his title" after a photo caption, and the name was
    then lost to the entity model. The word after it, on the same line, stays in its
    sentence ("Yes." and '"We' are left to the parser: their next token is punctuation
    or the first is not a word)."""
    if not first.is_alpha or "\n" in first.whitespace_ or first.i + 1 >= len(doc):
        return
    nxt = doc[first.i + 1]
    if not nxt.is_space and not nxt.is_punct:
        nxt.is_sent_start = False


def _keep_with_previous(doc: Doc, end: int) -> None:
    """Closing punctuation right before a paragraph break ends the sentence it follows."""
    i = end - 1
    while i > 0 and doc[i].is_punct and not doc[i - 1].is_space:
        doc[i].is_sent_start = False
        i -= 1


@Language.factory("kit_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: no settings, nothing to save."""
    return mark_paragraph_starts

"""A transcript line in a report: a paragraph that is only a speaker's label, a colon and
a quotation ('Ms Marlowby: "How many days ...?"', 'The chairman: "I don't have that
figure."'). The label before the colon is the cue and names the speaker; the quotation
is the content (annotation guide, section 1: one attribution per act of speech). A Q&A
interview whose answers stand without quotation marks is left alone (its labels are
borderline in the keys), and so is a label that is no person: a heading in capitals
("THE CLAIM:"), a single letter ("Q:", "A:"), a body or a thing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kit.lenses.attribution_frames import Act, _text
from kit.lenses.shared import person_heads
from kit.lenses.speaker_names import person_noun
from kit.quotes import Quote

#: A speaker label that opens a paragraph and ends right before a quotation
_LABEL = re.compile(r"(?:^|\n\n)([A-Z][\w'\u2019.-]*(?: [A-Za-z][\w'\u2019.-]*){0,3}):[ \t]*$")


def transcript_acts(doc: Doc, quotes: list[Quote], titles: frozenset[str]) -> list[Act]:
    """One direct act per labelled quotation paragraph."""
    text = _text(doc)
    if ":" not in text:
        return []
    acts = []
    for quote in quotes:
        if quote.start < 2 or text[quote.start - 2] != ":" and text[quote.start - 1] != ":":
            continue
        m = _LABEL.search(text, max(0, quote.start - 60), quote.start)
        stop = text.find("\n\n", quote.end)
        if m is None or text[quote.end : stop if stop >= 0 else len(text)].strip():
            continue  # not the whole paragraph: 'He wrote: "..." and left'
        label = m.group(1)
        if label.isupper() or len(label) < 2:
            continue  # "THE CLAIM:", "Q:"
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        colon = doc.char_span(m.end(1), m.end(1) + 1, alignment_mode="expand")
        if span is None or colon is None or not _person_label(span, titles):
            continue
        content = (quote.inner_start, quote.inner_end)
        acts.append(Act((span.start, colon.end), (span.start, span.end), content,
                        label="direct", parts=[content]))  # fmt: skip
    return acts


def _person_label(span, titles: frozenset[str]) -> bool:
    """A person's name ("Ms Marlowby", "Oonagh Marlowby") or a role ("The chairman")."""
    words = [t for t in span if t.lower_ != "the"]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False  # "Ms Lorne sighed:": a cue of its own, not a label
    if span[0].lower_ != "the" and not all(t.is_title or t.is_punct for t in words):
        return False  # a name is capitalised throughout; a role opens with "The"
    head = words[-1]
    if words[0].lower_.rstrip(".") in titles:
        return True  # "Ms Marlowby", "Dr Obi"
    if head.ent_type_ == "PERSON":
        return True
    return head.pos_ == "NOUN" and (head.lower_ in person_heads() or person_noun(head, titles))

"""Docs for testing one lens alone: the English model's parse plus attributions set by
hand, as the attribution lens would set them."""

from __future__ import annotations

# the model and the steps that put its reading right (kit_lemmas), not the lenses
MODEL = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "kit_lemmas"]


def parse(nlp, text: str, attributions: list[tuple[str, str]] = ()):
    """Parse ``text`` and attach attributions given as (cue text, content text)."""
    with nlp.select_pipes(enable=MODEL):
        doc = nlp(text)
    spans = []
    for cue, content in attributions:
        start = text.index(cue)
        span = doc.char_span(start, start + len(cue), label="indirect")
        c = text.index(content)
        span._.kit_content = [c, c + len(content)]
        spans.append(span)
    doc.spans["attributions"] = spans
    return doc

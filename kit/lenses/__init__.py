"""The kit's lenses: one spaCy component per lens, registered as factories.

Contract between lenses and :mod:`kit.annotated` (all extension values are
plain, serialisable data so that ``nlp.pipe(n_process=2)`` works):

- ``doc.spans["attributions"]``: one span per attribution, over its **cue**,
  labelled ``direct``/``indirect``/``mixed``; ``span._.kit_speaker`` and
  ``span._.kit_content`` are ``[start_char, end_char]`` or ``None``;
  ``span._.kit_follow_on`` is where a follow-on quotation after the cue ends
  ('"A," she said. "B."': the content is A) or ``None``;
  ``span._.kit_canonical`` is the speaker's canonical source.
- ``doc._.kit_sources``: the source list, a list of dicts (guide section 2).
- ``doc.spans["hedges"]``, ``doc.spans["boosters"]``, ``doc.spans["loaded"]``:
  cue words labelled as the guide says; ``span._.kit_neutral`` for loaded words.
- every span carries ``span._.kit_explanation`` for the learner.
- ``doc._.kit_outlet`` is set by the caller (the article's outlet, if known).
"""

from spacy.tokens import Doc, Span

for _name in (
    "kit_explanation", "kit_speaker", "kit_content", "kit_follow_on", "kit_canonical", "kit_neutral"
):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("kit_sources", "kit_outlet", "kit_speakers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from kit.lenses import (  # noqa: E402,F401  (register)
    attribution,
    hedging,
    lemmas,
    loaded,
    names,
    paragraphs,
    sourcing,
)

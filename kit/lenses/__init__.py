"""The kit's lenses: one spaCy component per lens, registered as factories.

Contract between lenses and :mod:`kit.annotated` (all extension values are
plain, serialisable data so that ``nlp.pipe(n_process=2)`` works):

- ``doc.spans["attributions"]``: one span per attribution, over its **cue**,
  labelled ``direct``/``indirect``/``mixed``; ``span._.speaker`` and
  ``span._.content`` are ``[start_char, end_char]`` or ``None``;
  ``span._.canonical`` is the speaker's canonical source.
- ``doc._.sources``: the source list, a list of dicts (guide section 2).
- ``doc.spans["hedges"]``, ``doc.spans["boosters"]``, ``doc.spans["loaded"]``:
  cue words labelled as the guide says; ``span._.neutral`` for loaded words.
- every span carries ``span._.explanation`` for the learner.
- ``doc._.outlet`` is set by the caller (the article's outlet, if known).
"""

from spacy.tokens import Doc, Span

for _name in ("explanation", "speaker", "content", "canonical", "neutral"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("sources", "outlet", "kit_speakers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from kit.lenses import attribution, hedging, loaded, sourcing  # noqa: E402,F401  (register)

"""Sense rule for feelings and words called staged (issue 13, loadedR1a; the loadedR1a
block of ``kit/lexicons/loaded.yaml``):

- ``staged_feeling``: an adjective of staging ("theatrical", "rehearsed", "scripted",
  "manufactured", "performative") before a noun of a feeling shown or words spoken in
  public ("theatrical outrage", "rehearsed one-liners", "manufactured anger"): it calls
  the feeling or the words an act put on for show, a judgement of sincerity. Not before
  anything else ("theatrical design", "a rehearsed concert", "synthetic fibres").

The rule reads only the candidate's head noun (the word list's matcher found it); the
nouns are the ``staged_targets`` class of ``kit/lexicons/loaded_senses.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span

from kit import lexicon
from kit.lenses.rules import sense_rule

#: Feelings shown and words spoken in public.
STAGED_TARGETS = lexicon.word_set("loaded_senses", "staged_targets")


@sense_rule("loaded", "staged_feeling")
def _staged_feeling(span: Span, loaded_tokens: set[int]) -> bool:
    """The adjective premodifies (or, with "one-liners", sits one or two words before) a
    noun of feeling or public speech: "his theatrical outrage", "rehearsed one-liners"."""
    tok = span[-1]
    head = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod") or not 0 < head.i - tok.i <= 3:
        return False
    return head.lemma_.lower() in STAGED_TARGETS or head.lower_ in STAGED_TARGETS

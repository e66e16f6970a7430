"""Cues the parser hides in spin-heavy news English (:mod:`kit.lenses.attribution`).

- '"They had made their minds up," seethed Stan Wendlethorpe': an inverted cue right
  after a closing quotation that the parser read as a modifier of the speaker's name
  (*seethed* an adjective on *Wendlethorpe*); the name is the speaker.
- "pulled the tour, blaming "exhaustion"": a participle that gives a reason is no cue
  for verbs marked ``not_participle`` (a finite "she blamed "exhaustion"" is).
- 'blamed "crippling energy bills"': a quoted object of a verb of blame or attack is
  a phrase of the speaker's inside the writer's report (mixed, as the keys mark it).
- "The trust said the paths were unsafe, and it hoped visitors would return": a verb of
  hope joined by "and" to a reporting verb, with a clause of its own, reports the same
  speaker's words (the keys' "hoped" beside "said"); alone ("she hoped to win", "fans
  simply hoped") it is the writer's guess at a thought and no cue.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from kit.lenses.shared import QUOTE_MARKS


def name_after_inverted_cue(verb: Token) -> Token | None:
    """The speaker of an inverted cue read as a modifier of the name after it:
    '"...," seethed Stan Wendlethorpe, 61' (*seethed* an ``amod`` of *Wendlethorpe*).
    Only a past-tense cue right after a closing quotation (with or without its comma)
    whose head is the proper noun that ends the name right after it."""
    doc = verb.doc
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.i < 2:
        return None
    before = doc[verb.i - 1]
    if not (before.is_quote or before.text == "," and doc[verb.i - 2].is_quote):
        return None
    head = verb.head
    if head.i <= verb.i or head.pos_ != "PROPN":
        return None
    between = doc[verb.i + 1 : head.i]
    if any(t.is_punct and t.text != "-" for t in between):
        return None
    return head


def inverted_speaker_start(
    verb: Token, subject: Token, speaker: tuple[int, int]
) -> tuple[int, int]:
    """The speaker's words start after an inverted cue read as their modifier."""
    if subject.i > verb.i and speaker[0] <= verb.i < speaker[1]:
        return verb.i + 1, speaker[1]
    return speaker


def beside_report(verb: Token, verbs: dict) -> bool:
    """ "said ... and hoped other museums would follow": a verb of hope that continues a
    reporting verb (a conjunct of it) and takes a clause of its own (not "hoped to
    reopen", an intention)."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in verbs or head.lemma_ == verb.lemma_:
        return False
    if head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)


def reason_participle(verb: Token) -> bool:
    """ "has pulled the tour, blaming "exhaustion"": a participle adjunct that gives the
    reason for another act, not a report of its own."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl", "conj")


def quoted_object_label(verb: Token | None, label: str, verbs: dict) -> str:
    """'blamed "crippling energy bills"': a quotation that is only the object of a verb
    marked ``quoted_object_mixed`` is a phrase of the speaker's set in the writer's own
    report (the writer chose the verb and what it does to the phrase): mixed, not direct."""
    if verb is None or label != "direct":
        return label
    entry = verbs.get(verb.lemma_.lower()) or {}
    if not entry.get("quoted_object_mixed"):
        return label
    return "mixed" if any(c.dep_ == "dobj" for c in verb.children) else label


def quote_in_own_clause(verb: Token) -> bool:
    """'Commuters blasted the timetable, which they say is "a total shambles"': the
    quotation after a verb of attack belongs to a clause of its own (here the cue
    *say*), so it is not the verb's quoted label. True when the first quotation mark in
    the verb's subtree after it hangs under a clause (relative, complement, adverbial)."""
    mark = next((t for t in verb.subtree if t.i > verb.i and t.is_quote), None)
    if mark is None:  # (the opening mark: a closing one may hang on the verb itself)
        return False
    for tok in [mark, *mark.ancestors]:
        if tok == verb:
            return False
        if tok.dep_ in ("relcl", "ccomp", "advcl", "acl"):
            return True
    return False


def manner_report(verb: Token, cues: Mapping[str, Mapping[str, Any]]) -> bool:
    """A verb of manner ("laughed", "sighed", "joked") reports speech only right beside
    quoted words ('"Not bad," she laughed', 'he sighed: "..."') or a that-clause ("joked
    that the council ..."); "sobbing after being told ..." reports nothing. Hung as a
    participle on another cue of the lexicon's ``cues`` that is no manner verb ("Ms
    Threave says, laughing."), it tells how the words were said, and that verb is the cue."""
    doc = verb.doc
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        report = cues.get(verb.head.lemma_.lower())
        if report is not None and not report.get("manner"):
            return False  # 'Ms Threave says, laughing.': how she said it; "says" is the cue
    near = doc[max(0, verb.i - 3) : min(len(doc), verb.i + 4)]
    if any(t.text in QUOTE_MARKS for t in near):
        return True
    # the clause must follow the verb ("joked that ..."), not hang further on in the
    # sentence ("sobbing after being told she would need surgery")
    # (or, for a cue the parser read as a noun, "to coo that ...", the clause as its acl)
    deps = ("ccomp", "acl") if verb.pos_ == "NOUN" else ("ccomp",)
    return any(c.dep_ in deps and 0 < c.left_edge.i - verb.i <= 2 for c in verb.children)

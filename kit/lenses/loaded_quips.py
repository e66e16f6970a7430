"""Sense rules for quips in the writer's own voice (loadedR2; the claims in
``kit/lexicons/claims.yaml`` marked "loadedR2"):

- ``roll_call_question``: "Double standards, anyone?", "Sour grapes, anyone?": a bare
  noun phrase offered to the reader as a sneer; not a plain offer ("Tea, anyone?");
- ``mock_verdict``: "A model landlord, then.", "Some welcome, then.": a verbless
  sentence that sums up what was just told with mock praise; not "Until then." or
  "And then the rain came.";
- ``advised_party``: "The critics would do well to visit the ward": the writer
  advises someone else; not "You would do well to book early" (the reader) nor the
  writer's own "we";
- ``blame_verdict``: "The weather, not the driver, was to blame": the writer assigns
  blame; not "who was to blame" (an open question).

Each reads only the candidate span and its sentence (the claims list's matcher found it,
and the lens checks the writer's voice).
"""

from __future__ import annotations

from spacy.tokens import Span

from kit import lexicon
from kit.lenses.rules import sense_rule
from kit.lenses.shared import sentence_of

OFFER_WORDS = lexicon.word_set("loaded_senses", "offer_words")
MOCK_PRAISE = lexicon.word_set("loaded_senses", "mock_praise_modifiers")
#: Subjects that are the reader, the writer or anyone at all: advice, not a verdict.
OPEN_SUBJECTS = frozenset({"i", "we", "you", "one", "anyone", "anybody", "everyone",
                           "visitors", "readers", "walkers", "drivers", "passengers"})
QUESTION_WORDS = frozenset({"who", "what", "which", "whom", "whoever", "whether"})


def _verbless(words: list) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") and t.lower_ != "anyone" for t in words)


@sense_rule("loaded", "roll_call_question")
def _roll_call_question(span: Span, loaded_tokens: set[int]) -> bool:
    """A whole sentence "<noun phrase>, anyone?" with no verb and no offer in it."""
    sent = sentence_of(span[0])
    words = [t for t in sent if not t.is_space]
    if span.start != words[0].i or span.end < words[-1].i + 1:
        return False  # the noun phrase opens the sentence and the question ends it
    head = [t for t in words[:-3]]
    if not head or len(head) > 5 or not _verbless(head):
        return False
    after = words[-1].i + 1
    while after < len(span.doc) and span.doc[after].is_space:
        after += 1
    if after < len(span.doc) and span.doc[after].is_lower:
        return False  # "Bees, anyone? the beekeeper asked": a question someone put
    return not any(t.lower_ in OFFER_WORDS or t.lemma_.lower() in OFFER_WORDS for t in head)


@sense_rule("loaded", "mock_verdict")
def _mock_verdict(span: Span, loaded_tokens: set[int]) -> bool:
    """A whole verbless sentence "A model landlord, then." with a modifier of mock praise
    (or "Some ..."/"What a ...")."""
    sent = sentence_of(span[0])
    words = [t for t in sent if not t.is_space]
    if span.start != words[0].i or span.end < words[-1].i + 1:
        return False
    head = words[:-3]
    if len(head) < 2 or not _verbless(head):
        return False
    if head[0].lower_ in ("some", "what"):
        return True
    return any(t.lower_ in MOCK_PRAISE for t in head[1:3])


@sense_rule("loaded", "advised_party")
def _advised_party(span: Span, loaded_tokens: set[int]) -> bool:
    """ "X would do well to ...": the subject is a third party, not the reader or writer."""
    verb = next((t for t in span if t.lower_ == "do"), span[0])
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.lower_ not in OPEN_SUBJECTS and subject.pos_ != "PRON" or (
        subject.lower_ in ("they", "he", "she", "it")
    )


@sense_rule("loaded", "blame_verdict")
def _blame_verdict(span: Span, loaded_tokens: set[int]) -> bool:
    """ "X was to blame": a subject that is not a question word, and no question mark."""
    sent = sentence_of(span[0])
    if sent.text.rstrip().endswith("?"):
        return False
    verb = next((t for t in span if t.lemma_ == "be"), None)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in QUESTION_WORDS

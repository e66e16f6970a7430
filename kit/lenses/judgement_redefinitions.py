"""Sarcastic redefinitions in the writer's own voice (issue 12, loadedQ2).

:func:`redefinitions`: the writer re-reads an official or fashionable word as meaning
something worse, an unattributed claim told as a gloss:

- "is code for", "is shorthand for", "is a euphemism for", "is a polite (fancy, posh,
  grand, nice) word (name, term) for" followed by a deed ("'Streamlining' is code for
  sacking the cleaners", "'restructuring' is a polite word for shutting two wards"); not
  a plain abbreviation ("GP is shorthand for general practitioner": what follows names a
  thing, not a deed) nor "the code for the booking system";
- a bare abstract noun that "now means" a deed, under a stance aside ("Efficiency,
  apparently, now means closing the reading room"); not "The new rule, apparently, now
  means buses stop at ten" (a consequence of a thing with a determiner);
- a deed the writer has just reported that, under a stance aside, "counts as" or
  "passes for" a fashionable noun ("This, it seems, counts as regeneration.", "That,
  apparently, passes for consultation."); not a rule's plain definition ("This counts
  as a foul.", "It counts as income for tax purposes": no stance aside). The whole
  sentence is the mark.

Each find yields the sentence from its verb on (the lens starts the mark at the
subject); like the other claim rules it counts only in the
writer's own voice. The rule looks at a document only when its text holds one of the
frames (one regular-expression pass), then reads the parse around each hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import Hits, Judgement, JudgementLexicon
from kit.lenses.shared import doc_text
from kit.lenses.wordlists import sentence_of

#: Nouns of a gloss: "code for", "shorthand for", "a euphemism for".
GLOSS_NOUNS = frozenset({"code", "shorthand", "euphemism", "byword"})
#: Nouns for a word, with a modifier that mocks it: "a polite word for".
WORD_NOUNS = frozenset({"word", "name", "term", "phrase", "label"})
WORD_MODIFIERS = frozenset({"polite", "fancy", "posh", "grand", "nice", "clever", "kinder",
                            "gentler", "softer", "official", "modern", "trendy"})
#: Stance asides that make "now means" the writer's sneer.
ASIDES = frozenset({"apparently", "seemingly", "evidently", "presumably", "seems", "appears"})
#: A pro-form for the deed just reported, the subject of "counts as" / "passes for".
PROFORMS = frozenset({"this", "that", "it", "which"})
FRAMES = re.compile(
    r"\b(?:code|shorthand|euphemism|byword|word|name|term|phrase|label) for\b|\bnow means\b"
    r"|\bcounts as\b|\bpasses for\b",
    re.IGNORECASE,
)
#: What a :data:`FRAMES` match holds in the lower-cased text ("byword for" holds "word
#: for"): a few substring tests rule out most documents at a hundredth of the cost of
#: the case-blind regex, which tries its alternation at every position of the text.
_FRAME_TEXTS = ("code for", "shorthand for", "euphemism for", "word for", "name for",
                "term for", "phrase for", "label for", "now means", "counts as",
                "passes for")  # fmt: skip
#: Characters outside ASCII that the case-blind regex takes for an ASCII letter ("ſ" for
#: "s", the Kelvin sign for "k", "ı" and "İ" for "i"): with one in the text, no precheck.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_frame(text: str) -> bool:
    """False only when no :data:`FRAMES` match can be in ``text``."""
    if any(c in text for c in _CASE_TRAPS):
        return True
    lower = text.lower()
    return any(frame in lower for frame in _FRAME_TEXTS)


EXPLANATION = (
    "The writer re-reads '{word}' as a cover for something worse, in their own voice: a "
    "sarcastic gloss that tells the reader what to think instead of showing what was done."
)


PASSING_EXPLANATION = (
    "The writer says, with a knowing aside, that what was just done 'counts as' "
    "'{word}': sarcasm in their own voice, which mocks the word instead of showing what "
    "is wrong with the deed."
)


def _deed(prep: Token) -> bool:
    """What follows "for" is a deed: a verb in -ing ("for sacking the cleaners")."""
    return any(c.tag_ == "VBG" for c in prep.children if c.dep_ in ("pcomp", "pobj"))


def _gloss(tok: Token) -> Token | None:
    """The subject re-read by a gloss noun at ``tok`` ("X is code for ..."), or None."""
    word = tok.lower_
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    dets = [c for c in tok.children if c.dep_ == "det"]
    if word in GLOSS_NOUNS:
        if word == "code" and dets:
            return None  # "is the code for the safe"
    elif word in WORD_NOUNS:
        if not any(c.dep_ == "amod" and c.lower_ in WORD_MODIFIERS for c in tok.children):
            return None
    else:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None or not _deed(prep):
        return None
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _drift(tok: Token) -> Token | None:
    """The bare abstract noun that "now means" a deed under a stance aside, or None."""
    if tok.lemma_ != "mean" or tok.pos_ != "VERB":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "now" for c in tok.children):
        return None
    sent = sentence_of(tok)
    if not any(t.lower_ in ASIDES for t in sent):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("det", "poss") for c in subject.children):
        return None
    if subject.pos_ != "NOUN" and not (
        subject.pos_ == "PROPN" and subject.i == sent.start and not subject.ent_type_
    ):
        return None  # a capital opening the sentence may be tagged a name ("Choice")
    if not any(c.tag_ == "VBG" for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp")) and (
        not any(c.tag_ == "VBG" and c.dep_ == "compound" for c in tok.subtree)
    ):
        return None
    return subject


def _passes_for(tok: Token) -> Token | None:
    """The noun that a pro-form "counts as" or "passes for" under a stance aside ("This,
    it seems, counts as regeneration"), or None. The parser may read "this counts" as a
    noun phrase ("Apparently this counts as progress"); the pro-form is then its
    determiner."""
    wanted = {"counts": "as", "passes": "for"}.get(tok.lower_)
    doc = tok.doc
    if wanted is None or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != wanted:
        return None
    role = "nsubj" if tok.pos_ == "VERB" else "det"
    subject = next((c for c in tok.children if c.dep_ == role), None)
    if subject is None or subject.lower_ not in PROFORMS:
        return None
    noun = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in noun.children):
        return None
    sent = sentence_of(tok)
    return noun if any(t.lower_ in ASIDES for t in sent) else None


def redefinitions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A word re-read as a cover for a worse deed, in a gloss or a "now means"."""
    text = doc_text(doc)
    if not _may_frame(text):
        return
    seen: set[int] = set()
    for m in FRAMES.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        frame = m.group(0).lower()
        passing = frame in ("counts as", "passes for")
        tok = span[-1] if frame == "now means" else span[0]
        sent = sentence_of(tok)
        if sent.start in seen:
            continue
        if passing:
            subject = _passes_for(tok)
        else:
            subject = _gloss(tok) if tok.lower_ != "means" else _drift(tok)
        if subject is None:
            continue
        seen.add(sent.start)
        word = subject.text
        # "counts as": the whole sentence, its stance aside part of the sneer; a gloss
        # from its verb (the re-read word may stand in quotation marks of its own)
        first = sent.start if passing else tok.head.i if tok.lower_ != "means" else tok.i
        yield Judgement(
            Span(doc, first, sent.end, label="unattributed_claim"),
            (PASSING_EXPLANATION if passing else EXPLANATION).replace("{word}", word),
            "(say what was done and who calls it what)",
            "redefinition",
        )


RULES = (redefinitions,)

"""Retorts and mock comparisons in the writer's own voice (word classes in
``kit/lexicons/judgement_retorts.yaml``): verdicts passed by answering a claim or by
setting a body's record beside it, with no source and no evidence.

Like the other claim rules, a find counts only in the writer's own voice (the loaded lens
drops one inside quotes, reported content or a sentence with a reporting cue):

- :func:`praise_fragments`: a praise word standing alone after a fact, to mock it:
  "The firm offered each family £10. Generous.", "How very handy."; not a heading and
  not the first sentence of a text;
- :func:`claim_retorts`: a claim thrown back at the people it fails: "Tell that to the
  commuters on the 7.12.", "That will be news to the tenants of Block C."; not an
  instruction to the reader ("tell that to your doctor") or news that came to someone
  ("the closure came as news to staff");
- :func:`record_reminders`: "This is the same board that paid itself a bonus."; a body or
  people set beside their record, not "the same recipe that won in 1987";
- :func:`echo_questions`: "Cheaper for whom, exactly?", "Proud of what, exactly?"; the
  wh-word left in place and "exactly" after it; not "What, exactly, happens next?";
- :func:`any_other_questions`: "Would any other airline get away with that?" (a
  comparison that expects "no"); not "Would anyone like tea?";
- :func:`boast_contrasts`: "For a bank that calls itself friendly, it has been strangely
  slow to answer."; not "For a firm that makes boots, the results were remarkably good";
- :func:`only_prompt_things`: "The only thing the ministry answers quickly is a
  journalist's call."; not "The only thing the kiosk sells is tea".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache

import numpy as np
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import Hits, Judgement, JudgementLexicon, doc_forms, norm
from kit.lenses.judgement_verdicts import VerdictLexicon, verdict_lexicon, writer_verdict
from kit.lenses.shared import (
    Verdicts,
    doc_array,
    doc_ids,
    in_sorted,
    sentence_bounds,
    tokens_where,
    tokens_where_known,
)

END_MARKS = (".", "!")


@cache
def retorts_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_retorts.yaml (read once)."""
    return verdict_lexicon("judgement_retorts")


def _has_norm(doc: Doc, words: Iterable[str]) -> bool:
    """Whether some token's :func:`norm` is one of ``words``, read from the LOWER ids (no
    Token objects); True when a word holds an apostrophe (its curly form counts too)."""
    words = list(words)
    if any("'" in w or "’" in w for w in words):
        return True
    add = doc.vocab.strings.add
    ids = np.array(sorted({add(w) for w in words}), dtype="uint64")
    return bool(in_sorted(doc_ids(doc, LOWER)[0], ids).any()) if len(doc) else False


_PASSED: dict[tuple[int, frozenset[str]], Verdicts] = {}


def _where(doc: Doc, attr: int, words: frozenset[str], keep: Callable[[str], bool]) -> list[int]:
    """The positions of the tokens whose string ``attr`` passes ``keep`` (a test of
    membership in ``words``), in order: each distinct id is tested once and the answer
    kept across documents (an id always names the same string)."""
    passed = _PASSED.get((attr, words))
    if passed is None:
        passed = _PASSED[(attr, words)] = Verdicts()
    return tokens_where_known(doc, attr, keep, passed)


def _words(span: Span) -> list[Token]:
    return [t for t in span if not (t.is_punct or t.is_space)]


def _last_mark(sent: Span) -> str:
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last.text if last is not None else ""


def _first_sentence(sent: Span) -> bool:
    return all(t.is_punct or t.is_space for t in sent.doc[: sent.start])


# -- "Generous." --------------------------------------------------------------------------
def praise_fragments(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verbless sentence that is one adjective, with at most degree words before it
    ("Generous.", "How very convenient.", "Terribly thoughtful."), after another
    sentence: the writer's one-word comment on the fact before it; also with who it
    suits after it ("How very convenient for the eight who did.")."""
    vx = retorts_lexicon()
    if not any(doc[i].pos_ == "ADJ" for i in tokens_where(doc, DEP, lambda d: d == "ROOT")):
        return  # no sentence whose root is an adjective
    for sent in doc.sents:
        if _last_mark(sent) not in END_MARKS:
            continue  # (the cheap test first, before a list of the sentence's words)
        words = _words(sent)
        if words and len(words) > 4:
            words = _beneficiary_cut(words, vx)
        if not words or len(words) > 4:
            continue
        *degree, adj = [t for t in words if not (t.nbor(1).text == "-" if t.i + 1 < len(doc)
                                                  else False)]  # "Big-hearted."
        if adj.pos_ != "ADJ" or adj.ent_type_ or adj.dep_ != "ROOT":
            continue
        if any(norm(t) not in vx["degree_word"] for t in degree) or _first_sentence(sent):
            continue
        if norm(adj) in ("same", "other", "next", "last", "first"):
            continue
        yield writer_verdict(
            sent,
            "comments on the fact before it in a word of praise the reader is meant to read "
            "as mockery",
            "(report the fact without the comment)",
            "praise_fragment",
        )


def _beneficiary_cut(words: list[Token], vx: VerdictLexicon) -> list[Token]:
    """ "How very convenient for the eight who did.", "How terribly generous of the
    landlord.": the fragment's words up to its adjective when all that follows is who it
    suits ("for"/"of"/"to" and a noun phrase hung on the adjective), and degree words
    stand before it (issue 11, loadedN); otherwise the words unchanged."""
    for k, tok in enumerate(words[1:4], start=1):
        if tok.pos_ != "ADJ" or tok.dep_ != "ROOT":
            continue
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")]
        if len(preps) != 1 or preps[0].i != tok.i + 1:
            return words
        if not all(norm(t) in vx["degree_word"] for t in words[:k]):
            return words
        rest = {t.i for t in words[k + 1 :]}
        if rest <= {t.i for t in preps[0].subtree}:
            return words[: k + 1]
        return words
    return words


# -- "Tell that to ...", "That will be news to ..." --------------------------------------
def _people_after_to(head: Token, vx: VerdictLexicon) -> Token | None:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not any(
                    norm(c) in vx["own_possessive"] for c in obj.children
                ):
                    return obj
    return None


def claim_retorts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A claim thrown back at the people it fails: an imperative "tell / explain that to
    the tenants" (or "try telling ..."), and "that will be (come as) news to the
    commuters": the writer answers the claim instead of reporting evidence."""
    vx = retorts_lexicon()
    # the tokens that can start a retort, read from the ids (each string tested once)
    verb_words, noun_words = vx["retort_verb"], vx["retort_noun"]
    verbs = set(_where(doc, LEMMA, verb_words, lambda s: s.lower() in verb_words))
    nouns = set(_where(doc, LOWER, noun_words, lambda s: s.replace("’", "'") in noun_words))
    for i in sorted(verbs | nouns):
        tok = doc[i]
        if i in verbs and tok.pos_ == "VERB":
            said = any(c.dep_ == "dobj" and norm(c) in vx["retort_subject"] for c in tok.children)
            if not said:
                continue  # (first: most are "said" with no "that" to throw back)
            sent = tok.sent
            imperative = tok.i == sent.start or (
                tok.tag_ == "VBG"
                and (tok.head.lower_ == "try" or any(c.lower_ == "try" for c in tok.children))
            ) or (tok.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in tok.children))
            if imperative and tok.i - sent.start <= 2 and _people_after_to(tok, vx):
                yield writer_verdict(sent, "throws the claim back at the people it fails",
                               "(report what those people say or what the record shows)",
                               "claim_retort")
        elif i in nouns and tok.pos_ == "NOUN":
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.dep_ not in ("attr", "pobj") or _people_after_to(tok, vx) is None:
                continue
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            modal = any(c.tag_ == "MD" for c in verb.children)
            if subj and norm(subj[0]) in vx["retort_subject"] and modal:
                yield writer_verdict(tok.sent, "mocks the claim before it as news to the people it "
                               "concerns", "(report what those people say)", "claim_retort")


# -- "This is the same board that ..." ----------------------------------------------------
def record_reminders(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """"This (that, it) is the same council that ...": a body or people named by their
    record, set beside what they now claim, so the reader draws the verdict."""
    vx = retorts_lexicon()
    nouns = vx["record_noun"]
    norms = doc_forms(doc)[0] if len(doc) else []
    for tok in [doc[i] for i, word in enumerate(norms) if word in nouns]:
        if tok.dep_ != "attr" or norm(tok) not in nouns:
            continue
        if not any(c.lower_ == "same" for c in tok.children):
            continue
        if not any(c.dep_ == "relcl" for c in tok.children):
            continue
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if subj and norm(subj[0]) in vx["retort_subject"] | {"these", "those", "they"}:
            yield writer_verdict(tok.sent, "sets a body's record beside its claim for the reader "
                           "to condemn", "(report the record where it bears on the story)",
                           "record_reminder")


# -- questions ----------------------------------------------------------------------------
def echo_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An echo question: the wh-word left where the answer would go, then ", exactly?"
    ("Cheaper for whom, exactly?", "Proud of what, exactly?")."""
    vx = retorts_lexicon()
    if not _has_norm(doc, vx["echo_adverb"]):
        return  # no "exactly" (or the like) anywhere in the document
    for sent in doc.sents:
        if _last_mark(sent) != "?":
            continue  # (the cheap test first: most sentences ask nothing)
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 5 or toks[-1].text != "?" or norm(toks[-2]) not in vx["echo_adverb"]:
            continue
        if toks[-3].text != "," or norm(toks[-4]) not in vx["echo_wh"]:
            continue
        if toks[-4].i == toks[0].i or all(t.is_punct for t in toks[: toks.index(toks[-4])]):
            continue  # "What, exactly?" asks; the echo keeps the claim's words before it
        yield writer_verdict(sent, "echoes the claim's own words in a question that mocks them",
                       "(ask the question of the people who made the claim, and report "
                       "the answer)", "echo_question")


def any_other_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """"Would any other airline be allowed to ...?": a question that compares a body with
    all others and expects the answer "no"."""
    vx = retorts_lexicon()
    if not (_has_norm(doc, ["any"]) and _has_norm(doc, ["other"])):
        return  # no "any" and "other" in the document
    for sent in doc.sents:
        if _last_mark(sent) != "?":
            continue  # (the cheap test first: most sentences ask nothing)
        toks = _words(sent)
        if len(toks) < 5 or norm(toks[0]) not in vx["comparison_aux"]:
            continue
        if norm(toks[1]) == "any" and norm(toks[2]) == "other" and toks[3].pos_ == "NOUN":
            yield writer_verdict(sent, "compares a body with all others in a question that "
                           "expects 'no'", "(say what the rules or other cases show)",
                           "any_other_question")


def only_prompt_things(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """"The only thing the ministry answers quickly is ...": a body's one prompt act named
    to condemn everything else it does."""
    vx = retorts_lexicon()
    prompt = vx.phrases("promptness")
    lower, ids = doc_array(doc, LOWER), doc.vocab.strings
    thing = (lower == ids.add("thing")) | (lower == ids.add("things"))
    if not ((lower[:-1] == ids.add("only")) & thing[1:]).any():
        return  # no "only thing(s)" anywhere in the document
    for sent in doc.sents:
        low = [norm(t) for t in sent]
        for i in range(len(low) - 2):
            if low[i] != "only" or low[i + 1] not in ("thing", "things"):
                continue
            rest = low[i + 2 :]
            cop = next((k for k, w in enumerate(rest) if w in ("is", "was", "are", "were")), -1)
            if cop > 0 and any(
                tuple(rest[k : k + len(p)]) == p for p in prompt for k in range(cop)
            ):
                yield writer_verdict(sent, "names a body's one prompt act to condemn the rest",
                               "(report what was done and how long it took)",
                               "only_prompt_thing")
                break


def boast_contrasts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """"For a party that preaches thrift, the cabinet has been strangely relaxed about
    ...": what a body says of itself set against what it does, with a degree word of
    surprise, so the reader concludes it is a hypocrite."""
    vx = retorts_lexicon()
    # each sentence's first word read from the ids: only one opening "for" needs tokens
    lower = doc_array(doc, LOWER).tolist() if len(doc) else []
    skip = (doc_array(doc, IS_PUNCT) | doc_array(doc, IS_SPACE)).tolist() if len(doc) else []
    for_id = doc.vocab.strings.add("for")
    for start, end in sentence_bounds(doc):  # (what doc.sents gives)
        at = start
        while at < end and skip[at]:
            at += 1
        if at == end or lower[at] != for_id:
            continue  # (no word, or the first is not "for")
        sent, first = Span(doc, start, end), doc[at]
        if first.dep_ != "prep":
            continue
        kind = [c for c in first.children if c.dep_ == "pobj"]
        if not kind or not any(c.dep_ == "relcl" for c in kind[0].children):
            continue
        if not any(c.lower_ in ("a", "an") for c in kind[0].children):
            continue
        root = first.head
        said = [root, *(c for c in root.children if c.dep_ in ("acomp", "attr"))]
        if not any(norm(a) in vx["irony_degree"] for t in said for a in t.children):
            continue
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (
            norm(subj) in vx["record_noun"] | {"it", "they", "he", "she"}
            or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
            or subj.text[:1].isupper()  # a name the small tagger reads as a noun
        ):
            continue
        yield writer_verdict(sent, "sets what a body says of itself against what it does, for the "
                       "reader to call it a hypocrite", "(report both facts, and who draws "
                       "the contrast)", "boast_contrast")


#: The rules of this module (registered with the verdict rules in judgement_claims).
RETORT_RULES = (
    praise_fragments,
    claim_retorts,
    record_reminders,
    echo_questions,
    any_other_questions,
    boast_contrasts,
    only_prompt_things,
)

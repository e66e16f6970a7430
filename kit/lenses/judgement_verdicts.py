"""Verdicts in the writer's own voice: whole sentences that judge, found through the parse.

A sentence is an ``unattributed_claim`` when its main point is a verdict the writer
states as fact (annotation guide, section 4). The rules here find the grammar of such
a verdict; the word classes are in ``kit/lexicons/judgement_verdicts.yaml``:

- :func:`copular_verdicts`: something *is* a verdict: an evaluative adjective or noun
  as its predicate ("It is handsome and utterly hollow", "that is a lifeline", "a
  remarkable turnaround", "is not a neutral witness", "The timing is no accident",
  "nothing more than a stunt"), or an evaluative superlative ("the boldest reform in a
  generation", "the clearest sign yet"); measurable superlatives ("the largest", "the
  most expensive") and plain facts are left alone;
- :func:`unbeatable_verdicts`: "It is hard to imagine a more ...", "could not be
  clearer": a superlative in disguise;
- :func:`certainty_verdicts`: a certainty frame ("There is no doubt that", "Make no
  mistake", "The truth is") around an evaluation;
- :func:`consensus_claims`: "No serious person believes ...", "Everyone knows ...";
- :func:`insinuating_questions`: "shopkeepers are entitled to ask where ...", "one has
  to wonder", "raises questions about".

Like the other claim rules, they count only in the writer's own voice: the loaded lens
drops a find inside quotes, reported content or a sentence with a reporting cue.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    doc_forms,
    is_person,
)
from kit.lenses.shared import doc_array
from kit.lenses.wordlists import sentence_of

NEGATIONS = {"not", "n't", "never", "hardly", "scarcely", "no"}
REDUCERS = {"nothing", "little"}  # "nothing more than a stunt"
SUPERLATIVE_ADVERBS = {"most", "least"}
MORE = frozenset({"more"})
COPULAS = frozenset({"be", "remain", "become"})


@dataclass(frozen=True)
class VerdictLexicon:
    """The word classes of ``judgement_verdicts.yaml`` as sets (phrases as token tuples)."""

    classes: dict[str, frozenset[str]]
    by_category: dict[tuple[str, str], frozenset[str]]

    def __getitem__(self, cls: str) -> frozenset[str]:
        return self.classes.get(cls, frozenset())

    def category(self, cls: str, category: str) -> frozenset[str]:
        return self.by_category.get((cls, category), frozenset())

    def phrases(self, cls: str) -> list[tuple[str, ...]]:
        """A phrase class as token tuples, longest first."""
        return sorted((tuple(p.split()) for p in self[cls]), key=len, reverse=True)


@cache
def verdict_lexicon(spec: str = "default") -> VerdictLexicon:
    """The verdict lexicon (``"default"``: kit/lexicons/judgement_verdicts.yaml)."""
    data = lexicon.load(spec, "judgement_verdicts")
    classes: dict[str, frozenset[str]] = {}
    by_category: dict[tuple[str, str], frozenset[str]] = {}
    for cls, entries in data.items():
        if not isinstance(entries, dict):
            continue
        words: set[str] = set()
        for category, items in entries.items():
            found = frozenset(str(w).lower().replace("’", "'") for w in items or ())
            by_category[(cls, str(category))] = found
            words |= found
        classes[cls] = frozenset(words)
    return VerdictLexicon(classes, by_category)


_IDS: dict[frozenset[str], frozenset[int]] = {}  # (a set: an intersection walks the smaller)
_ARRAYS: dict[str, Any] = {}


def candidates(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose form or lemma is one of ``words``, in text order, looked up in an
    index of the document's form and lemma ids built once per document (dozens of rules
    ask, each for a few words): a set test says whether any is there at all, and the
    positions of each id found are a slice of the ids sorted, so a rule looks at few
    tokens."""
    ids = _IDS.get(words)
    if ids is None:
        ids = _IDS[words] = frozenset(doc.vocab.strings.add(w) for w in words)
    if not len(doc):
        return []
    if _ARRAYS.get("doc") is not doc:  # the forms and lemmas, once per document
        lower, lemma = doc_array(doc, "LOWER"), doc_array(doc, "LEMMA")
        other = np.flatnonzero(lemma != lower)  # a lemma counts where it is not the form
        keys = np.concatenate((lower, lemma[other]))
        where = np.concatenate((np.arange(len(lower)), other))
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order].tolist()
        _ARRAYS.update(
            doc=doc, keys=sorted_keys, at=where[order].tolist(), present=set(sorted_keys)
        )
    there = _ARRAYS["present"].intersection(ids)
    if not there:
        return []
    keys, at = _ARRAYS["keys"], _ARRAYS["at"]
    found = sorted(
        {i for h in there for i in at[bisect_left(keys, h) : bisect_right(keys, h)]}
    )
    return [doc[i] for i in found]


def forget_candidates() -> None:
    """Drop the kept document ids (a document may change between two lens runs)."""
    _ARRAYS.clear()


def make_verdict(span: Span, explanation: str, neutral: str | None, rule: str) -> Judgement:
    return Judgement(
        Span(span.doc, span.start, span.end, label="unattributed_claim"),
        " ".join(explanation.split()),
        neutral,
        rule,
    )


def writer_verdict(span: Span, why: str, neutral: str, rule: str) -> Judgement:
    """A claim in the writer's voice, explained by quoting it and saying why it judges."""
    return make_verdict(
        span,
        f"Whose judgement is this? '{span.text.strip()}' {why}: a verdict in the writer's "
        "own voice, with no source and no evidence.",
        neutral,
        rule,
    )


def _negated(tok: Token) -> bool:
    """The word or its clause is negated: "is not a neutral witness", "no accident"."""
    if any(c.lower_ in NEGATIONS for c in tok.children if c.dep_ in ("neg", "det", "advmod")):
        return True
    head = tok.head
    return any(
        c.dep_ == "neg"
        or c.lower_ in ("never", "hardly")
        or (c.dep_ == "nsubj" and c.lower_ in ("none", "nothing", "neither"))
        for c in head.children
    )  # "none of it is any use"


def _adjective_base(
    tok: Token, vx: VerdictLexicon, lex: JudgementLexicon | None = None
) -> tuple[str, bool] | None:
    """The evaluative adjective a token carries and whether it is a superlative:
    "remarkable" -> ("remarkable", False), "boldest" -> ("bold", True), "most
    shameful" -> ("shameful", True). Measurable superlatives give None."""
    if tok.pos_ != "ADJ" and tok.tag_ not in ("JJ", "JJS", "JJR"):
        return None
    lemma = tok.lemma_.lower()
    superlative = tok.tag_ == "JJS" or any(
        c.lower_ in SUPERLATIVE_ADVERBS for c in tok.children if c.dep_ == "advmod"
    )
    graded = lemma in vx.category("evaluative_adjective", "superlative_only")
    if lemma in vx["evaluative_adjective"] and not graded:
        return lemma, superlative
    if (graded and superlative) or tok.lower_ in ("best", "worst", "finest", "greatest"):
        # "the worst decision", "the clearest sign", "the finest player": a verdict on
        # an act, a reading or a person; "the worst flooding" only grades an event.
        noun = tok.head if tok.dep_ == "amod" else None
        lex = lex or default_lexicon()  # the pipeline's knows agent nouns ("builder")
        if noun is not None and (
            noun.lemma_.lower() in lex.set_of("act_noun")
            or noun.lemma_.lower() in vx["inference_noun"]
            or is_person(noun, lex)
        ):
            return lemma, True
    return None


def _predicates(verb: Token) -> list[Token]:
    """The predicate words of a copula: "is [handsome], [humourless] and [hollow]"."""
    out = []
    for c in verb.children:
        if c.dep_ in ("acomp", "attr", "oprd"):
            out.append(c)
            out += [x for x in c.conjuncts if x.i > c.i]
            out += [a for a in c.children if a.dep_ == "appos"]
    return out


def copular_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A copula whose predicate is a verdict: an evaluative adjective or noun, a noun
    with an evaluative or superlative modifier, a negated credibility word, "no
    accident", "nothing more than a ...". One find per sentence."""
    vx = verdict_lexicon()
    seen: set[int] = set()
    for verb in candidates(doc, COPULAS):
        if verb.lemma_ not in COPULAS or verb.pos_ not in ("AUX", "VERB"):
            continue
        if any(c.dep_ == "expl" for c in verb.children):
            continue  # "there is ...": existence, not a verdict
        sent = sentence_of(verb)
        if sent.start in seen:
            continue
        if any(c.tag_ == "MD" and c.lower_ in vx["advice_modal"] for c in verb.children):
            continue  # "would be wise to ...": softened advice, a hedge
        for pred in _predicates(verb):
            why = _verdict_in(pred, vx, lex)
            if why is None:
                continue
            seen.add(sent.start)
            yield make_verdict(
                doc[verb.i : verb.i + 1],
                f"Whose judgement is this? The writer states {why} as a fact about what "
                "something is, with no source. It is an opinion: ask who judges it so and "
                "on what evidence (figures, comparisons, named critics).",
                "(describe what happened, or name who makes the judgement)",
                "copular_verdict",
            )
            break


def _verdict_in(pred: Token, vx: VerdictLexicon, lex: JudgementLexicon | None = None) -> str | None:
    """Why a predicate word is a verdict, as a phrase for the explanation, or None."""
    lower, lemma = pred.lower_, pred.lemma_.lower()
    base = _adjective_base(pred, vx, lex)
    if (
        base is not None
        and pred.dep_ in ("acomp", "oprd", "attr", "conj")
        and (base[1] or _predicative(pred, base[0], vx))
    ):
        return f"the verdict '{pred.text}'"
    if pred.pos_ not in ("NOUN", "PRON", "PROPN"):
        return None
    if lower in REDUCERS or lemma in REDUCERS:
        more = next((c for c in pred.children if c.lower_ in ("more", "better")), None)
        than = next((c for c in (more.children if more else ()) if c.lower_ == "than"), None)
        obj = next((c for c in (than.children if than else ()) if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and not obj.like_num:
            return f"that it is '{pred.text} {more.text} than {obj.text}'"  # type: ignore[union-attr]
        return None
    if lemma in vx["evaluative_noun"] or lower in vx["evaluative_noun"]:
        if lemma in vx.category("evaluative_noun", "only_negated") and not _negated(pred):
            return None
        return f"the verdict '{pred.text}'"
    for mod in pred.children:
        if mod.dep_ not in ("amod", "compound", "nmod"):
            continue
        base = _adjective_base(mod, vx, lex)
        if base is not None:
            what = "the superlative" if base[1] else "the verdict"
            return f"{what} '{mod.text} {pred.text}'"
        if (mod.tag_ == "JJS" or any(c.lower_ == "most" for c in mod.children)) and lemma in vx[
            "inference_noun"
        ]:
            return f"its own reading of events ('{mod.text} {pred.text}')"
        if mod.lemma_.lower() in vx["credibility_adjective"] and _negated(pred):
            return f"a doubt about sincerity or bias ('not {mod.text}')"
    return None


def _predicative(pred: Token, lemma: str, vx: VerdictLexicon) -> bool:
    """An evaluative adjective that is a verdict as a predicate: not one that only
    judges before a noun ("tired", "welcome"), and "wrong" only of a person."""
    if lemma in vx.category("evaluative_adjective", "attributive_only"):
        return False
    if lemma in vx.category("evaluative_adjective", "person_only"):
        first = pred.head if pred.dep_ == "conj" else pred  # "wrong about X and wrong ..."
        subject = subject_or_none(first.head)
        return subject is not None and is_person(subject, default_lexicon())
    return True


def unbeatable_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A superlative in disguise: "It is hard to imagine a more careless plan", "The
    choice could not be clearer"."""
    vx = verdict_lexicon()
    tags = doc_array(doc, "TAG") if len(doc) else np.array([], "uint64")
    jjr = doc.vocab.strings.add("JJR")
    comparatives = [doc[i] for i in np.flatnonzero(tags == jjr).tolist()]
    for tok in sorted([*comparatives, *candidates(doc, MORE)], key=lambda t: t.i):
        if tok.tag_ != "JJR" and not (tok.lower_ == "more" and tok.dep_ in ("amod", "advmod")):
            continue
        noun = tok.head if tok.head.pos_ == "NOUN" else tok.head.head
        verb = noun.head if noun.dep_ == "dobj" else None
        frame = verb.head if verb is not None and verb.dep_ == "xcomp" else None
        if frame is not None and frame.lemma_ == "be":  # "It is [hard] to imagine"
            frame = next((c for c in frame.children if c.dep_ == "acomp"), None)
        if (
            verb is not None
            and frame is not None
            and verb.lemma_.lower() in vx["imagine_verb"]
            and frame.lemma_.lower() in vx["difficulty_adjective"]
        ):
            yield make_verdict(
                doc[frame.i : noun.i + 1],
                f"Whose judgement is this? '{frame.text} to {verb.text} a {tok.text} ...' "
                "says nothing could be worse (or better): a superlative verdict in the "
                "writer's own voice, with no comparison or source shown.",
                "(describe it, and compare it with named examples)",
                "unbeatable_verdict",
            )
        elif (
            tok.dep_ == "acomp"
            and tok.head.lemma_ == "be"
            and (any(c.tag_ == "MD" for c in tok.head.children) and _negated(tok))
        ):
            yield make_verdict(
                doc[tok.head.i : tok.i + 1],
                f"Whose judgement is this? 'could not be {tok.text}' presents the writer's "
                "view as beyond argument, with no source.",
                None,
                "unbeatable_verdict",
            )


def _phrases_in(doc: Doc, phrases: list[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Every place a phrase of ``phrases`` occurs (form or lemma), as token bounds."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p)
    n = len(doc)
    found = candidates(doc, frozenset(by_first))
    norms, lemmas = doc_forms(doc) if found else ([], [])  # (strings, not Token objects)
    for tok in found:
        i = tok.i
        for p in by_first.get(norms[i], by_first.get(lemmas[i], [])):
            if i + len(p) > n:
                continue
            # (the second word first, without a generator: most phrases fail there)
            if len(p) == 1 or p[1] in (norms[i + 1], lemmas[i + 1]) and all(
                p[k] == norms[i + k] or p[k] == lemmas[i + k] for k in range(2, len(p))
            ):
                yield i, i + len(p)
                break


def certainty_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A certainty frame around an evaluation: "There is no doubt that the plan is the
    boldest in a generation", "The emails leave no doubt: this is the clearest ...".
    A frame around a plain fact ("It is clear that the river will rise") is a booster,
    not a verdict, and is left to the hedging lens."""
    vx = verdict_lexicon()
    seen: set[int] = set()
    for start, end in _phrases_in(doc, vx.phrases("certainty_frame")):
        sent = sentence_of(doc[start])
        if sent.start in seen or "?" in sent.text:
            continue
        rest = doc[end : sent.end]
        evaluative = any(
            _adjective_base(t, vx) is not None
            or t.lemma_.lower() in vx["evaluative_noun"]
            or (t.tag_ == "JJS" and t.head.lemma_.lower() in vx["inference_noun"])
            for t in rest
        )
        if not evaluative:
            continue
        seen.add(sent.start)
        frame = doc[start:end]
        yield make_verdict(
            frame,
            f"Whose judgement is this? '{frame.text}' presents an evaluation as beyond "
            "doubt, in the writer's own voice and with no source: the certainty is the "
            "writer's, not a finding. Ask what evidence would settle it.",
            "(drop the certainty frame and say who holds the view)",
            "certainty_verdict",
        )


def consensus_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An appeal to what every sensible person thinks: "No serious person believes
    that ...", "Nobody seriously thinks ...", "Any reasonable observer can see ..."."""
    vx = verdict_lexicon()
    for verb in candidates(doc, vx["consensus_verb"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in vx["consensus_verb"]:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        quantifier = next((c.lower_ for c in subject.children if c.dep_ == "det"), subject.lower_)
        modifier = (
            any(
                c.dep_ == "amod" and c.lemma_.lower() in vx["consensus_modifier"]
                for c in subject.children
            )
            and subject.lemma_.lower() in vx["consensus_person"]
        )
        adverb = any(
            c.dep_ == "advmod" and c.lower_ in vx["consensus_adverb"] for c in verb.children
        )
        universal = quantifier in ("no", "any", "every", "nobody", "everyone", "everybody")
        if not universal or not (modifier or adverb):
            continue
        span = doc[subject.left_edge.i : verb.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' claims that everyone sensible agrees, "
            "without naming anyone: it makes the writer's view look like a consensus and "
            "anyone who disagrees look unserious. Who, exactly, and what evidence?",
            "(name who holds the view, or give the evidence)",
            "consensus_claim",
        )


def insinuating_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question raised as an insinuation: "shopkeepers are entitled to ask where the
    police were", "one has to wonder why", "it is fair to ask", "raises questions about".
    The writer hints at a failing without stating or sourcing it."""
    vx = verdict_lexicon()
    for tok in candidates(doc, vx["ask_verb"] | vx["raise_verb"]):
        lemma = tok.lemma_.lower()
        span = None
        if lemma in vx["ask_verb"] and tok.pos_ == "VERB":
            head = tok.head
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            if to and _in(head, vx["entitlement_head"]) and head.i < tok.i:
                span = doc[head.i : tok.i + 1]
            elif to and head.lemma_ == "have" and _generic(subject_or_none(head), vx):
                span = doc[head.i : tok.i + 1]  # "one has to wonder"
            elif lemma == "wonder" and _generic(subject_or_none(tok), vx):
                span = doc[tok.i : tok.i + 1]  # "one wonders whether ..."
        elif lemma in vx["raise_verb"] and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            subject = subject_or_none(tok)
            pointing = subject is not None and subject.lower_ in POINTING  # "That raises"
            if (
                obj is not None
                and obj.lemma_.lower() in vx["question_noun"]
                and (subject is None or subject.pos_ not in ("PROPN", "PRON") or pointing)
                and (
                    lemma == "beg"
                    or (
                        lemma != "leave"
                        and any(c.dep_ == "prep" for c in (*obj.children, *tok.children))
                    )
                    or _poses_question(obj)  # "That leaves one question: who pays?"
                )
            ):
                span = doc[tok.i : obj.i + 1]
        if span is None:
            continue
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' raises a question instead of making "
            "a claim: it hints that someone failed or hid something, in the writer's own "
            "voice, without the evidence or a source that says so.",
            "(state what is known, and who asks the question)",
            "insinuating_question",
        )


#: Subjects that point back at what the writer just said: "That raises a question".
POINTING = {"this", "that", "which", "it"}


def _poses_question(obj: Token) -> bool:
    """ "raises an obvious question: what was the trust doing?": the question follows
    a colon and ends its sentence with a question mark."""
    nxt = obj.doc[obj.i + 1 : obj.i + 2]
    return (
        bool(nxt)
        and nxt[0].text in (":", "—", "-")
        and sentence_of(obj).text.rstrip().endswith("?")
    )


def _in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def subject_or_none(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _generic(subject: Token | None, vx: VerdictLexicon) -> bool:
    return subject is not None and subject.lower_ in vx["generic_asker"]


#: The verdict rules (kit.lenses.judgement_claims adds its own and registers them all).
VERDICT_RULES = (
    copular_verdicts,
    unbeatable_verdicts,
    certainty_verdicts,
    consensus_claims,
    insinuating_questions,
)

"""Spin idioms in the writer's own voice (word classes in ``kit/lexicons/judgement_spin.yaml``),
added in issue 11, loadedN2 from the families round N's missed marks belong to (not from
its words). Each rule reads a shape through the parse, so the literal sense stays unmarked.

Claims (a whole sentence in the writer's voice; the loaded lens drops one in quotes or
reported speech):

- :func:`forgiven_thoughts`: "Shoppers could be forgiven for thinking ..." (a suspicion
  planted by excusing the reader for it; not "She was forgiven for missing the rehearsal");
- :func:`futile_forecasts`: "The apology will do little to reassure tenants" (a verdict
  on an act as a forecast; not "The drug did little to ease the pain");
- :func:`likeness_verdicts`: "The board's U-turn looks less like prudence than panic" (an
  act re-labelled; not "The replica looks more like the original than the copy does");
- :func:`impossible_conditions`: "... when pigs fly", "Tenants should not hold their
  breath" (not "The divers held their breath for two minutes");
- :func:`imputed_reactions`: "Bosses will no doubt be rubbing their hands" (a reaction
  read into people; not "The farmer was rubbing his hands to keep warm");
- :func:`lament_conditionals`: "It would be a tragedy if the library closed" (not "It
  would be a first for the village if ...");
- :func:`preference_motives`: "The chief seems more interested in photo opportunities
  than in catching burglars", "X, it seems, wanted a headline more than a dinner".

Words (emotive):

- :func:`unready_catches`: "the planners were caught napping", "caught flat-footed" (said
  of people or bodies; not "the cat was caught napping", "caught on camera");
- :func:`left_reeling`: "has left its rivals reeling" (not "the punch left the boxer
  reeling").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, LOWER
from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    norm,
)
from kit.lenses.judgement_verdicts import VerdictLexicon, candidates, make_verdict, verdict_lexicon
from kit.lenses.shared import doc_array, doc_text, sentence_bounds
from kit.lenses.wordlists import sentence_of


@cache
def spin_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_spin.yaml (read once)."""
    return verdict_lexicon("judgement_spin")


@cache
def _pattern(words: frozenset[str], bounded: bool = True) -> re.Pattern[str]:
    """One regex for a class of phrases, longest first, hyphens or spaces alike
    (``bounded``: not inside a longer word)."""
    alts = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\-", r"[- ]?").replace(r"\ ", r"\s+") for w in alts)
    if not bounded:
        return re.compile(body, re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


_IN_DOC: dict[str, Any] = {}


def _in_doc(doc: Doc, cls: str) -> bool:
    """Whether the document's text holds a phrase of ``cls`` at all (a sentence's text is
    a piece of it), looked up once per document and class: most documents hold none, and
    their sentences need no text built and no search."""
    if _IN_DOC.get("doc") is not doc:
        _IN_DOC.clear()
        _IN_DOC["doc"] = doc
    found = _IN_DOC.get(cls)
    if found is None:
        words = spin_lexicon()[cls]
        found = _IN_DOC[cls] = not words or (
            _may_hold(doc, words) and bool(_pattern(words, False).search(doc_text(doc)))
        )
    return found


#: Characters outside ASCII that a case-blind regex takes for an ASCII letter, or whose
#: lower case holds one ("İ", "ı", "ſ", the Kelvin sign): in a text holding one, the
#: plain substring test of :func:`_may_hold` could miss what the regex finds.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


@cache
def _pieces(words: frozenset[str]) -> tuple[tuple[str, ...], ...] | None:
    """What each phrase needs in a lower-cased text whose runs of white space are single
    spaces: the phrase itself, or, where :func:`_pattern` lets a hyphen or space vary
    ("counter-attack", "counterattack"), each of its pieces. None when a phrase holds a
    character outside ASCII or white space other than a space (no test then)."""
    if not all(w.isascii() and not re.search(r"[^\S ]", w) for w in words):
        return None
    return tuple(
        tuple(p for p in re.split(r"[- ]", w.lower()) if p)
        if "-" in w or "  " in w or w != w.strip()
        else (w.lower(),)
        for w in words
    )


def _may_hold(doc: Doc, words: frozenset[str]) -> bool:
    """False only when no phrase of ``words`` can be in the document's text (see
    :func:`_pieces`): plain substring tests, far cheaper than the case-blind regex over
    the whole text."""
    pieces = _pieces(words)
    lower = _IN_DOC.get("_lower")
    if lower is None:
        text = doc_text(doc)
        lower = _IN_DOC["_lower"] = (
            "" if any(c in text for c in _CASE_TRAPS) else _single_spaced(text.lower())
        )
    if pieces is None or not lower:
        return True
    single, several = _by_count(pieces)  # (substring tests run in C, no generator each)
    has = lower.__contains__
    return any(map(has, single)) or any(all(map(has, phrase)) for phrase in several)


def _single_spaced(text: str) -> str:
    """``re.sub(r"\\s+", " ", text)`` by ``str.split`` (the same white space, read in C)."""
    words = text.split()
    spaced = " ".join(words)
    if text[:1].isspace():
        spaced = " " + spaced
    if words and text[-1:].isspace():
        spaced += " "
    return spaced


@cache
def _by_count(
    pieces: tuple[tuple[str, ...], ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The phrases of one piece (as strings), then those of several."""
    return (
        tuple(phrase[0] for phrase in pieces if len(phrase) == 1),
        tuple(phrase for phrase in pieces if len(phrase) != 1),
    )


def _phrases(sent: Span, cls: str) -> Iterator[Span]:
    """Each phrase of ``cls`` in the sentence, as a span of whole tokens."""
    if not _in_doc(sent.doc, cls):
        return
    for m in _pattern(spin_lexicon()[cls]).finditer(sent.text):
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            yield span


def _claim(sent: Span, why: str, neutral: str, rule: str) -> Judgement:
    return make_verdict(
        sent,
        f"Whose judgement is this? {why}: a verdict in the writer's own voice, with no "
        "source and no evidence.",
        neutral,
        rule,
    )


def _word(span: Span, why: str, neutral: str, rule: str) -> Judgement:
    return Judgement(Span(span.doc, span.start, span.end, label="emotive"), why, neutral, rule)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, through "be", a conjunct or a relative "that"."""
    for t in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "acomp") else None):
        if t is None:
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.tag_ == "WDT" and t.dep_ == "relcl":
                return t.head
            return subj
    return None


def _human(tok: Token | None, lex: JudgementLexicon) -> bool:
    """A person, a group or a body: "the planners", "the ministry", "Rival airlines"."""
    if tok is None:
        return False
    if is_person(tok, lex):
        return True
    return tok.lemma_.lower() in _bodies()


@cache
def _bodies() -> frozenset[str]:
    return verdict_lexicon("judgement_retorts")["record_noun"] | {
        "bookmaker", "bookie", "chain", "team", "staff", "accountant", "number-cruncher",
        "executive", "boss", "shareholder", "investor", "rival", "competitor", "planner",
        "office", "department", "government", "hotel", "bakery", "cinema", "brewery",
        "utility", "insurer", "lender", "landlord", "agent", "agency", "lawyer", "official",
        # whole communities and the businesses people deal with (issue 11, loadedN2)
        "community", "public", "village", "town", "neighbourhood", "electorate", "grocer",
        "shop", "store", "supermarket", "retailer", "pub", "cafe", "café", "restaurant",
        "bistro", "garage", "butcher", "brand", "employer", "builder", "estate", "parish",
        "island", "county", "city", "nation", "valley",
    }


# -- "could be forgiven for thinking" ----------------------------------------------------
def forgiven_thoughts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "forgive" in the passive with a modal and "for" + a verb of thinking: the writer
    hands the reader a suspicion while pretending only to excuse it."""
    vx = spin_lexicon()
    for verb in candidates(doc, frozenset({"forgive", "forgiven"})):
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if not any(norm(c) in vx["pardon_modal"] for c in verb.children if c.dep_ == "aux"):
            continue  # "She was forgiven for missing the rehearsal": a real pardon
        thought = next(
            (g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.tag_ == "VBG"
             and g.lemma_.lower() in vx["pardon_thought"]),
            None,
        )  # fmt: skip
        if thought is None:
            continue
        yield _claim(
            sentence_of(verb),
            f"'{doc[verb.i - 2 : thought.i + 1].text}' plants a suspicion by excusing the "
            "reader for holding it",
            "(say what is known, and who suspects what)",
            "forgiven_thought",
        )


# -- "will do little to reassure" --------------------------------------------------------
def futile_forecasts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "do little/nothing to" + a verb of winning trust, whose object is people or a
    word of trust or fear: "will do little to reassure traders", "did nothing to restore
    confidence". Not "did little to ease the pain" (a body, not trust)."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    for do in candidates(doc, frozenset({"do", "did", "does", "done", "doing"})):
        amount = next((c for c in do.children if c.dep_ in ("dobj", "advmod", "npadvmod")
                       and norm(c) in vx["futility_word"]), None)  # fmt: skip
        if amount is None or do.lemma_.lower() != "do":
            continue
        aim = next((c for c in do.children if c.dep_ in ("xcomp", "advcl", "relcl")
                    and c.lemma_.lower() in vx["reassure_verb"]), None)  # fmt: skip
        if aim is None:
            aim = next((c for c in amount.children if c.dep_ in ("relcl", "acl", "xcomp")
                        and c.lemma_.lower() in vx["reassure_verb"]), None)  # fmt: skip
        if aim is None:
            continue
        objs = [c for c in aim.children if c.dep_ in ("dobj", "dative")]
        objs += [g for c in aim.children if c.dep_ == "prt" for g in c.children]
        if not any(_human(o, lex) or o.lemma_.lower() in vx["trust_noun"]
                   or o.lower_ in vx["trust_noun"] for o in objs):  # fmt: skip
            continue
        yield _claim(
            sentence_of(do),
            f"'{doc[do.i : aim.i + 1].text}' judges the act in advance, as a forecast",
            "(report the act, and what those affected said about it)",
            "futile_forecast",
        )


# -- "looks less like caution than ..." --------------------------------------------------
def likeness_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of seeming with "less like"/"more like" ... "than", said of an act or of
    something a person or body owns: "The committee's haste looks less like caution than a
    settling of old scores". The reader is handed a new name for the act."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    acts = lex.set_of("act_noun")
    for verb in candidates(doc, vx["likeness_verb"]):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        nxt = doc[verb.i + 1 : verb.i + 3]
        if len(nxt) < 2 or nxt[0].lower_ not in ("less", "more") or nxt[1].lower_ != "like":
            continue
        sent = sentence_of(verb)
        than = next((t for t in doc[verb.i + 3 : sent.end] if t.lower_ == "than"), None)
        if than is None or doc[than.i + 1 : than.i + 2].text.lower() in ("the", "it", "its"):
            continue  # "looks more like the original than the copy does"
        subj = _subject(verb)
        if subj is None:
            continue
        owned = any(c.dep_ == "poss" and _human(c, lex) for c in subj.children)
        if not owned and subj.lemma_.lower() not in acts:
            continue
        yield _claim(
            sent,
            f"'{doc[verb.i : verb.i + 3].text} ... than' re-labels an act with the writer's "
            "own reading of its motive",
            "(describe the act and give the reasons its authors gave)",
            "likeness_verdict",
        )


# -- "when pigs fly" ---------------------------------------------------------------------
def impossible_conditions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An impossible condition ("when pigs fly", "until hell freezes over") or a warning
    not to "hold your breath" (negated, with nothing after "breath"): a sneer that says
    something will never happen. Not "The divers held their breath for two minutes"."""
    if not _in_doc(doc, "impossible_phrase") and "breath" not in doc_text(doc).lower():
        return  # neither a phrase nor the word "breath" anywhere in the document
    for sent in doc.sents:
        span = next(_phrases(sent, "impossible_phrase"), None)
        if span is None:
            span = _breath(sent)
        if span is None:
            continue
        yield _claim(
            sent,
            f"'{span.text}' mocks a hope as hopeless instead of giving a reason",
            "(say why it is unlikely, and who says so)",
            "impossible_condition",
        )


def _breath(sent: Span) -> Span | None:
    for tok in sent:
        if tok.lemma_.lower() != "hold" or tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "breath"), None)
        negated = any(c.dep_ == "neg" for c in tok.children) or any(
            c.lower_ in ("never", "n't", "not") for c in tok.children
        )
        if obj is None or not negated:
            continue
        after = [t for t in sent.doc[obj.i + 1 : sent.end] if not t.is_punct]
        if after or any(c.dep_ == "prep" for c in tok.children):
            continue  # "did not hold his breath for the X-ray"
        return sent.doc[tok.i : obj.i + 1]
    return None


# -- "will no doubt be rubbing their hands" ----------------------------------------------
def imputed_reactions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A gesture of glee or dismay read into people the writer did not ask: the idiom
    with a speculation word ("no doubt", "surely", "will", "must") or, for idioms with no
    literal sense ("laughing all the way to the bank"), in any tense."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    if not (_in_doc(doc, "plain_gesture") or _in_doc(doc, "gesture_idiom")):
        return
    for sent in doc.sents:
        for cls, needs_guess in (("plain_gesture", False), ("gesture_idiom", True)):
            span = next(_phrases(sent, cls), None)
            if span is None:
                continue
            verb = span[0]
            if not _human(_subject(verb), lex):
                continue
            before = [t for t in sent if t.i < verb.i]
            guess = any(norm(t) in vx["speculation_word"] or t.lemma_.lower()
                        in vx["speculation_word"] for t in before)  # fmt: skip
            if needs_guess and not guess:
                continue
            yield _claim(
                sent,
                f"'{span.text}' reads a reaction into people who were not asked",
                "(report what they said or did)",
                "imputed_reaction",
            )
            break


# -- "It would be a tragedy if ..." ------------------------------------------------------
def lament_conditionals(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "It would be a shame/tragedy/travesty if ...": the writer's lament over an outcome
    in the conditional, with "if" or "to" after it. Not "It would be a first"."""
    if not len(doc):
        return
    # each sentence's first word (not white space) read from the ids: only a sentence
    # opening with "it" is looked at token by token
    forms, spaces = doc_array(doc, LOWER).tolist(), doc_array(doc, IS_SPACE).tolist()
    it = doc.vocab.strings.add("it")
    for start, end in sentence_bounds(doc):  # (what doc.sents gives: a span only if needed)
        first = start
        while first < end and spaces[first]:
            first += 1
        if first == end or forms[first] != it:
            continue  # (no words, or the first is not "it")
        sent = Span(doc, start, end)
        words = [t for t in sent if not t.is_space]
        if len(words) < 6 or words[0].lower_ != "it":
            continue
        if words[1].lower_ not in ("would", "'d", "will") or words[-1].text == "?":
            continue
        lament = next(_phrases(sent, "lament_noun"), None)
        if lament is None or lament.start > words[0].i + 6:
            continue
        nxt = lament.end
        if nxt >= sent.end or doc[nxt].lower_ not in ("if", "to", "that", "should", "were"):
            continue
        yield _claim(
            sent,
            f"'{doc[words[0].i : lament.end].text}' laments an outcome in the writer's own "
            "voice",
            "(say what would be lost, and who says so)",
            "lament_conditional",
        )


# -- "more interested in X than Y" -------------------------------------------------------
def preference_motives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A person's or body's motive told as a preference: "more interested/concerned in X
    than in Y", or "wanted X more than Y" with an inference word ("it seems",
    "evidently"). Not "The dog wanted its dinner more than a walk"."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    if not len(doc):
        return
    thans = np.flatnonzero(doc_array(doc, LOWER) == doc.vocab.strings.add("than")).tolist()
    if not thans:
        return  # no "than" in the document
    for start, end in sentence_bounds(doc):
        first = thans[bisect_left(thans, start)] if thans[-1] >= start else end
        if first >= end:
            continue  # (the sentence's first "than", read from the ids)
        sent, than = doc[start:end], doc[first]
        for tok in sent:
            if tok.i >= than.i:
                break
            lemma = tok.lemma_.lower()
            if lemma in vx.category("preference_word", "interest") and tok.pos_ == "ADJ":
                more = doc[tok.i - 1] if tok.i else tok
                if more.lower_ != "more":
                    continue
                if not _human(_subject(tok.head if tok.dep_ in ("acomp", "oprd") else tok), lex):
                    continue
            elif lemma in vx.category("preference_word", "want") and tok.pos_ == "VERB":
                if not any(t.lower_ == "more" for t in doc[tok.i : than.i]):
                    continue
                if not any(norm(t) in vx["inference_word"] for t in sent):
                    continue
                if not _human(_subject(tok), lex):
                    continue
            else:
                continue
            start = tok.i - 1 if tok.pos_ == "ADJ" else tok.i
            yield _claim(
                sent,
                f"'{doc[start : than.i + 1].text}' tells a motive as a preference nobody stated",
                "(report what they did and said)",
                "preference_motive",
            )
            break


# -- "caught napping" --------------------------------------------------------------------
def unready_catches(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "caught napping / on the hop / flat-footed" said of a person or body: a failure to
    prepare told as being caught asleep. Not "The cat was caught napping", "caught on
    camera"."""
    lex = lex or default_lexicon()
    for verb in candidates(doc, frozenset({"catch", "caught"})):
        if verb.lemma_.lower() != "catch":
            continue
        sent = sentence_of(verb)
        span = next((s for s in _phrases(sent, "unready_phrase") if s.start == verb.i + 1), None)
        if span is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        who = _subject(verb) if passive else next(
            (c for c in verb.children if c.dep_ == "dobj"), None)
        if not _human(who, lex):
            continue
        if span.text.lower() in ("cold", "short", "out", "sleeping") and passive is False:
            continue
        yield _word(
            doc[verb.i : span.end],
            f"'{doc[verb.i : span.end].text}' tells a failure to prepare as being caught "
            "asleep: a mocking figure, not a description.",
            "unprepared",
            "unready_catch",
        )


# -- "left its rivals reeling" -----------------------------------------------------------
def left_reeling(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "leave" + people or a body + a state of defeat ("reeling", "scrambling",
    "red-faced"): a rival's position told as a knock-down. Not after a real blow
    ("the punch left the boxer reeling")."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    for verb in candidates(doc, frozenset({"leave", "left", "leaves", "leaving"})):
        if verb.lemma_.lower() != "leave" or verb.pos_ != "VERB":
            continue
        if not _in_doc(doc, "left_state"):
            return  # (asked once a verb "leave" is found: the text search costs more)
        sent = sentence_of(verb)
        if any(t.lemma_.lower() in vx["blow_context"] for t in sent):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:  # "leaves smaller suppliers floundering": a clause
            obj = next((g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
                        for g in c.children if g.dep_ == "nsubj"), None)  # fmt: skip
        state = next((s for s in _phrases(sent, "left_state") if s.start > verb.i), None)
        if state is None or obj is None or not _human(obj, lex):
            continue
        # "left its rivals reeling"; passive: "neighbours are left licking their wounds"
        if state.start - (verb.i if obj.dep_ == "nsubjpass" else obj.i) > 2:
            continue
        yield _word(
            state,
            f"'{state.text}' tells how a rival or opponent fares as a knock-down in a fight: "
            "a figure that takes a side.",
            "(say what the rivals did or said)",
            "left_reeling",
        )


#: Claim rules, registered in kit.lenses.judgement_claims.
SPIN_CLAIM_RULES = (
    forgiven_thoughts,
    futile_forecasts,
    likeness_verdicts,
    impossible_conditions,
    imputed_reactions,
    lament_conditionals,
    preference_motives,
)

#: Word rules, registered in kit.lenses.judgement.
SPIN_WORD_RULES = (unready_catches, left_reeling)

"""Structural devices of the writer's own voice (word classes in
``kit/lexicons/judgement_devices.yaml``): verdicts passed by grammar, not vocabulary.

A review, a sketch or a column judges as often through the shape of a sentence as
through a charged word. Each rule finds one such shape through the parse; like the
other claim rules, a find counts only in the writer's own voice (the loaded lens drops
one inside quotes, reported content or a sentence with a reporting cue):

- :func:`echo_fragments`: a verbless fragment that echoes the sentence before it, or
  a stance marker standing alone: "She phoned eleven times. Eleven.", "Some
  sabbatical.", "Another consultation. Naturally."; not a caption or a heading;
- :func:`stance_disjuncts`: a disjunct set off by commas that tells the reader how to
  take the clause: "The app is, to put it politely, a labyrinth.", "Nobody, tellingly,
  asked about the cost.", "Peregrine, of course, has form."; not "He spoke frankly
  about his illness" (manner), nor "The bridge, of course, opened in 1890";
- :func:`hard_to_deny`: "It is hard to argue with the numbers.", "It is hard to see
  why anyone would pay extra.", "Funny how a call from a newspaper works wonders.";
  not "It is hard to say when the road will reopen" (a hedge);
- :func:`candour_frames`: "The honest answer is nobody.", "The bulletins are hardly a
  model of candour."; not "The village is hardly a mile from the sea";
- :func:`kind_habits`: a kind of person given a habit or a mind: "A developer with deep
  pockets rarely needs a better one.", "Retailers who hide behind call centres know
  exactly what they are doing.", "Anyone who thinks this squad is good enough is
  kidding themselves."; not "A driver with a clean licence pays less";
- :func:`reader_musings`: "One suspects it was not small.", "Notice what she did not
  say."; not "One suspect was arrested".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    norm,
    phrase_end,
)
from kit.lenses.judgement_verdicts import VerdictLexicon, candidates, make_verdict, verdict_lexicon
from kit.lenses.shared import doc_arrays, sentence_bounds
from kit.lenses.wordlists import sentence_of

CONTENT_POS = ("NOUN", "NUM", "ADJ", "PROPN")
END_MARKS = (".", "!")


@cache
def devices_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_devices.yaml (read once)."""
    return verdict_lexicon("judgement_devices")


def _words(span: Span) -> list[Token]:
    return [t for t in span if not (t.is_punct or t.is_space)]


def _previous(sent: Span) -> Span | None:
    """The sentence before ``sent`` (None at the start of the text)."""
    i = sent.start - 1
    while i >= 0 and (sent.doc[i].is_space or sent.doc[i].is_punct):
        i -= 1  # past a paragraph break or a closing quote
    return sentence_of(sent.doc[i]) if i >= 0 else None


def _whole_phrase(words: list[Token], phrases: frozenset[str]) -> bool:
    return bool(words) and " ".join(norm(t) for t in words) in phrases


# -- verbless fragments ---------------------------------------------------------------------
def echo_fragments(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A short verbless sentence after another, in one of two shapes: a stance marker
    by itself ("Naturally.", "Of course.", "As ever.") or an echo whose every content
    word comes from the sentence just before ("She phoned eleven times. Eleven.", "...
    what his people call a 'creative sabbatical'. Some sabbatical."). The writer
    repeats the fact to mock it: a verdict with no words of its own."""
    vx = devices_lexicon()
    found: list[tuple[Span, str]] = []
    # words (not punctuation or space) before each token, from the ids: a sentence of
    # none or more than six words is no fragment, and needs no Token objects
    arrays = doc_arrays(doc, [IS_PUNCT, IS_SPACE]) if len(doc) else np.zeros((0, 2), "uint64")
    before = np.concatenate(([0], np.cumsum((arrays[:, 0] == 0) & (arrays[:, 1] == 0))))
    for start, end in sentence_bounds(doc):  # (what doc.sents gives, without its spans)
        if not 0 < before[end] - before[start] <= 6:
            continue
        sent = doc[start:end]
        why = _fragment_reason(sent, vx)
        if not why:
            continue
        if found and why == STANDS_ALONE and _previous(sent) == found[-1][0]:
            found[-1] = (doc[found[-1][0].start : sent.end], why)  # "A cousin. Of course."
        else:
            found.append((sent, why))
    for span, why in found:
        yield _fragment(span, why)


STANDS_ALONE = "stands alone to tell the reader the fact before it was only to be expected"


def _fragment_reason(sent: Span, vx: VerdictLexicon) -> str:
    """Why ``sent`` is a mocking fragment ('' if it is not one)."""
    words = _words(sent)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if not words or len(words) > 6 or last is None or last.text not in END_MARKS:
        return ""
    before = _previous(sent)
    if before is None:
        return ""
    if _echoes_quote(words, before):
        return "repeats the words quoted before it to mock them"  # '"could prevent" ...'
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return ""
    if _whole_phrase(words, vx["stance_fragment"]):
        return STANDS_ALONE
    if len(words) == 1 and words[0].pos_ == "NOUN" and not words[0].ent_type_:
        return "sums up the sentence before it in one word of the writer's"  # "Progress."
    if len(words) == 2 and norm(words[0]) in vx["mock_determiner"] and words[1].pos_ == "NOUN":
        return "mocks the word it repeats"  # "Some democracy.", "Such generosity."
    content = [t for t in words if t.pos_ in CONTENT_POS]
    if not content or any(t.like_url or t.like_email for t in words):
        return ""
    two_back = _previous(before)  # "... was 'a cousin'. She added: '...' A cousin."
    told = [*before, *(two_back if two_back is not None else ())]
    earlier = {t.lemma_.lower() for t in told} | {t.lower_ for t in told}
    if all(t.lemma_.lower() in earlier or t.lower_ in earlier for t in content):
        if len(content) == len(words) and len(words) > 3:
            return ""  # a name or a title repeated, not an echo
        return "echoes the sentence before it to mock it"
    return ""


#: Text in quotation marks (straight or curly, double or single after a space).
QUOTED = re.compile(
    "[\"\u201c\u201d]([^\"\u201c\u201d]{2,80})[\"\u201c\u201d]"
    "|(?<=\\s)[\u2018']([^\u2018\u2019']{2,80})[\u2019']"
)


#: Finite verb tags: a subject of one makes a sentence a clause, not a fragment.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _echoes_quote(words: list[Token], before: Span) -> bool:
    """The fragment repeats, word for word and with no subject of its own, a phrase the
    sentence before (or the one before that) put in quotation marks: 'said inspections
    "could prevent" collapses. Could prevent.' (a whole sentence quoted is not echoed)."""
    if len(words) < 2 or any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.tag_ in FINITE for t in words
    ):
        return False  # a clause of its own ("It was closed."), not an echo
    two_back = _previous(before)
    text = (two_back.text + " " if two_back is not None else "") + before.text
    if '"' not in text and "“" not in text and "‘" not in text and "'" not in text:
        return False
    said = _WORD.findall(" ".join(t.lower_ for t in words))  # (once, not once a quote)
    for m in QUOTED.finditer(text):
        quoted = " ".join((m.group(1) or m.group(2) or "").lower().split()).strip(" ,.;:!?")
        if quoted and len(quoted.split()) <= 8 and _same_words(said, quoted):
            return True
    return False


_WORD = re.compile(r"[\w'-]+")


def _same_words(said: list[str], quoted: str) -> bool:
    """The fragment's words (``said``) are the quoted phrase's (or its opening),
    punctuation aside."""
    b = _WORD.findall(quoted)
    return bool(said) and said == b[: len(said)] and len(said) >= max(2, len(b) - 2)


def _fragment(sent: Span, why: str) -> Judgement:
    return make_verdict(
        sent,
        f"Whose judgement is this? The fragment '{sent.text.strip()}' {why}: a verdict in "
        "the writer's own voice, with no evidence. A neutral text reports the fact once.",
        "(report the fact without the comment)",
        "echo_fragment",
    )


# -- disjuncts set off by commas ------------------------------------------------------------
def stance_disjuncts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A disjunct set off by commas (or opening the sentence) that tells the reader how
    to take the clause: candour ("frankly", "to put it politely"), revelation
    ("tellingly", "laughably"), or the obvious ("of course", "inevitably") said of a
    person's conduct or in an evaluative "is" clause."""
    lex = lex or default_lexicon()
    always, obvious, firsts = _disjuncts()
    seen: set[int] = set()
    for tok in candidates(doc, firsts):  # ("of", "to", "in" are common: the phrase first)
        end = phrase_end(doc, tok.i, always) or phrase_end(doc, tok.i, obvious)
        if end is None:
            continue
        sent = sentence_of(tok)
        if sent.start in seen or any(t.text == "?" for t in sent):
            continue
        if end > sent.end or not _set_off(doc, tok.i, end, sent):
            continue
        marker = doc[tok.i : end].text.lower()
        if phrase_end(doc, tok.i, always) is None and not _judged_clause(doc[tok.i], lex):
            continue
        seen.add(sent.start)
        yield make_verdict(
            sent,
            f"Whose judgement is this? '{marker}', set off by commas, tells the reader how "
            "to take the clause: the writer's own verdict, stated as fact with no source. "
            "A neutral text reports the fact without the aside.",
            "(report the fact without the aside)",
            "stance_disjunct",
        )


@cache
def _disjuncts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Disjuncts always of stance, those of the obvious, the first words of both."""
    vx = devices_lexicon()
    kinds = ("candour", "revealing", "certainty", "reformulation")
    always = frozenset().union(*(vx[f"{k}_disjunct"] for k in kinds))
    obvious = vx["obvious_disjunct"]
    return always, obvious, _first_words(always | obvious)


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases)


def _set_off(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """The marker is parenthetical: a comma (or the sentence start) before it and a
    comma (or the end of the sentence) after it; not "he spoke frankly about"."""
    before = start == sent.start or doc[start - 1].text in (",", "—", "–", "(")
    after = end >= sent.end or doc[end].text in (",", ".", "!", "—", "–", ")", ":", ";")
    opening = start == sent.start and end < sent.end and doc[end].text == ","
    return (before and after) and (start != sent.start or opening)


def _judged_clause(marker: Token, lex: JudgementLexicon) -> bool:
    """The clause of an 'of course' judges: its subject is a person or group, or what one
    of them owns or did ("Mr Pym's first act"), or its verb is "is" with a noun verdict
    ("The touchscreen is another matter"); not a date or a number."""
    verb = marker.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY") for t in verb.subtree):
        return False
    if subject is not None and (
        subject.ent_type_ in ("PERSON", "ORG")
        or (
            subject.is_title
            and subject.lemma_[:1].isupper()
            and not any(c.dep_ == "det" for c in subject.children)
        )
        or any(c.dep_ == "poss" and is_person(c, lex) for c in subject.children)
        or (is_person(subject, lex) and any(c.lower_ == "will" for c in verb.children))
    ):  # "The operator will, of course, blame the weather": conduct foretold (loadedP2)
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)


# -- "It is hard to argue with ...", "Funny how ..." -----------------------------------------
def hard_to_deny(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "It is hard to argue with the numbers", "It is difficult to see why anyone would
    pay": the writer declares the other view untenable. "Funny how a phone call works
    wonders": a mock observation. Not "hard to say when" (a hedge) nor "hard to see the
    stage" (sight)."""
    vx = devices_lexicon()
    for adj in candidates(doc, vx["difficulty_adjective"]):
        if adj.pos_ != "ADJ" or adj.head.lemma_ != "be":
            continue
        if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in adj.head.children):
            continue
        verb = next(
            (c for t in (adj, adj.head) for c in t.children if c.dep_ in ("xcomp", "ccomp")),
            None,
        )
        if verb is None or verb.pos_ != "VERB" or not _denies(verb, vx):
            continue
        yield _verdict(
            doc[sentence_of(adj).start : verb.i + 1],  # the frame, not what is denied
            f"'it is {adj.text} to {verb.text}' declares the other view "
            "untenable without showing why",
        )
    for adj in candidates(doc, vx["musing_adjective"]):
        sent = sentence_of(adj)
        first = _words(sent)[0] if _words(sent) else None
        nxt = doc[adj.i + 1] if adj.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "how":
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[nxt.i + 1 : sent.end]):
            continue  # '"Funny how?" she asked': a question back, no observation
        if adj.pos_ != "ADJ" and not (first is not None and first.i == adj.i):
            continue  # (opening its sentence, "Funny how ..." is the formula whatever the
            # tagger calls "Funny": a verb or a name after a question, loadedAD)
        if first is not None and (
            first.i == adj.i or (first.lower_ == "it" and adj.i - first.i <= 2)
        ):
            yield _verdict(
                adj,
                f"'{adj.text} how ...' is a mock observation that tells the "
                "reader what to conclude",
            )


def _denies(verb: Token, vx: VerdictLexicon) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in vx.category("denial_verb", "deny"):
        return lemma != "take" or any(c.lower_ == "seriously" for c in verb.children)
    if lemma in vx.category("denial_verb", "see"):
        return any(t.lower_ in ("why", "how") for t in verb.subtree if t.i > verb.i)
    return False


def _verdict(where: Token | Span, why: str) -> Judgement:
    return make_verdict(
        where if isinstance(where, Span) else sentence_of(where),
        f"Whose judgement is this? {why}: the writer's verdict stated as fact, with no "
        "source. A neutral text sets out the evidence and lets the reader judge.",
        "(set out the evidence without the verdict)",
        "hard_to_deny",
    )


# -- "The honest answer is ...", "hardly a model of candour" ---------------------------------
def candour_frames(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A framing noun with an adjective of candour as the subject of "is" ("The honest
    answer is nobody", "The uncomfortable truth is that ..."), and understatement that
    denies a verdict ("The bulletins are hardly a model of candour", "is scarcely
    surprising"); not "hardly a mile from the sea" (a measure)."""
    vx = devices_lexicon()
    for noun in candidates(doc, vx["frame_noun"]):
        if noun.dep_ != "nsubj" or noun.head.lemma_ != "be" or noun.pos_ != "NOUN":
            continue
        if any(
            c.dep_ == "amod" and c.lemma_.lower() in vx["frame_adjective"] for c in noun.children
        ):
            yield make_verdict(
                sentence_of(noun),
                f"Whose judgement is this? '{noun.left_edge.text} ... {noun.text} is' "
                "presents the writer's own view as the plain truth, with no source.",
                "(say who holds this view, and on what evidence)",
                "candour_frame",
            )
    for adv in candidates(doc, vx["understatement"]):
        pred = adv.head
        if pred.lemma_ == "be":
            pred = next((c for c in pred.children if c.dep_ in ("attr", "acomp")), pred)
        if pred.dep_ not in ("attr", "acomp") or pred.head.lemma_ != "be":
            continue
        if pred.lemma_.lower() in vx["measure_noun"] or any(
            c.dep_ == "nummod" or c.like_num for c in pred.subtree
        ):
            continue
        if pred.pos_ == "NOUN" and not any(c.dep_ == "det" for c in pred.children):
            continue
        yield make_verdict(
            sentence_of(adv),
            f"Whose judgement is this? '{adv.text} {pred.text}' is understatement: a "
            "verdict the writer passes by denying its opposite, with no source.",
            "(say what the record shows)",
            "candour_frame",
        )


# -- a kind of person and its habit --------------------------------------------------------
def kind_habits(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A kind of person (a/an or a bare plural with a modifier, or "anyone who thinks")
    given a habit or a mind in the present tense: "A developer with deep pockets rarely
    needs a better one", "Retailers who hide behind call centres know exactly what they
    are doing", "Anyone who thinks ... is kidding themselves". A generic sentence about
    people stated as a law of nature: the writer's verdict."""
    lex = lex or default_lexicon()
    vx = devices_lexicon()
    for sent in _sentences_holding(doc, _kind_habit_words()):  # (no such word: no habit)
        verb = sent.root
        if not _present(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None and subject.dep_ == "csubj":  # "Whoever signed that off"
            subject = next((c for c in subject.children if c.lower_ == "whoever"), None)
        if subject is None or not _kind(subject, lex, vx):
            continue
        if _habit(verb, vx) or (subject.lower_ in vx["generic_pronoun"] and _believer(subject, vx)):
            yield make_verdict(
                sent,
                f"Whose judgement is this? The sentence tells what every "
                f"'{subject.text}' of this kind does or thinks, as if it were a law of "
                "nature: a sweeping verdict in the writer's own voice, with no source.",
                "(say who did what, and let the reader generalise)",
                "kind_habit",
            )


@cache
def _kind_habit_words() -> frozenset[str]:
    """The words a kind's habit cannot be told without (:func:`_habit`, the generic
    subject of a belief): a sentence with none of them is no kind_habits sentence."""
    vx = devices_lexicon()
    return vx["habit_adverb"] | vx["vouching_adverb"] | vx["generic_pronoun"]


def _sentences_holding(doc: Doc, words: frozenset[str]) -> list[Span]:
    """The sentences that hold one of ``words`` (a form or a lemma), in order: a rule
    that needs one of them reads no other sentence's parse."""
    sents: dict[int, Span] = {}
    for tok in candidates(doc, words):
        sent = sentence_of(tok)
        sents.setdefault(sent.start, sent)
    return list(sents.values())


def _present(verb: Token) -> bool:
    """A verb in the present (simple, progressive or perfect), with no modal."""
    if verb.tag_ not in ("VBZ", "VBP", "VBG", "VBN"):
        return False  # (most sentences tell the past: no need to read the auxiliaries)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxes) or any(c.dep_ == "auxpass" for c in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBG", "VBN") and any(c.tag_ in ("VBZ", "VBP") for c in auxes)


def _kind(subject: Token, lex: JudgementLexicon, vx: VerdictLexicon) -> bool:
    """A kind of person: "a developer with deep pockets", "retailers who hide ...",
    "anyone who thinks ..." (a modifier narrows the kind; no name, no "the")."""
    modifiers = [c for c in subject.children if c.dep_ in ("relcl", "prep", "acl")]
    if subject.lower_ == "whoever":
        return True
    if subject.lower_ in vx["generic_pronoun"]:
        return bool(modifiers)
    if not modifiers or subject.ent_type_ or not is_person(subject, lex):
        return False
    dets = [c.lower_ for c in subject.children if c.dep_ in ("det", "poss")]
    if subject.tag_ == "NN":
        return dets in (["a"], ["an"])
    return subject.tag_ == "NNS" and not dets


def _habit(verb: Token, vx: VerdictLexicon) -> bool:
    for c in verb.children:
        if c.dep_ in ("advmod", "neg") and c.lower_ in vx["habit_adverb"] and c.i < verb.i:
            return True
        if c.dep_ == "advmod" and c.lower_ in vx["vouching_adverb"]:
            return True
    return verb.lemma_ == "know" and any(
        t.lower_ in vx["vouching_adverb"] and t.dep_ == "advmod" for t in verb.subtree
    )


def _believer(subject: Token, vx: VerdictLexicon) -> bool:
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() in vx["belief_verb"] for c in subject.children
    )


# -- "One suspects ...", "Notice what she did not say." ---------------------------------------
def reader_musings(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """The impersonal "one" with a mental verb in a main clause ("One suspects it was
    not small."), and an imperative that tells the reader what to think ("Notice what
    she did not say.", "Make no mistake: ..."); not "One suspect was arrested"."""
    vx = devices_lexicon()
    for verb in candidates(doc, vx["musing_verb"]):
        # "One suspects it was not small": the small parser often reads "One suspects"
        # as a number and a plural noun, so the shape is read from the words: "one",
        # then the verb with -s, opening a sentence that goes on.
        # It may follow an opening phrase and a comma ("For that money, one expects").
        sent = sentence_of(verb)
        one = doc[verb.i - 1] if verb.i > sent.start else None
        if one is None or one.lower_ != "one" or len(_words(sent)) < 4:
            continue
        if not (one.i == sent.start or doc[one.i - 1].text == ","):
            continue
        if verb.lower_ != verb.lemma_.lower() + "s" or verb.i + 1 >= sent.end:
            continue
        yield _musing(verb, f"'one {verb.text}' offers the writer's guess as a shared conclusion")
    for verb in candidates(doc, vx["aside_guess"]):
        # "So, we suspect, will the sewage.": the guess set off by commas mid-sentence
        who = doc[verb.i - 1] if verb.i > 1 else None
        if who is None or who.lower_ not in WRITER_SUBJECTS or verb.i + 2 >= len(doc):
            continue
        if doc[who.i - 1].text != "," or doc[verb.i + 1].text != ",":
            continue
        sent = sentence_of(verb)
        if len(_words(sent)) < 4 or sent.start == who.i - 1:
            continue
        yield _musing(verb, f"'{who.text} {verb.text}' offers the writer's guess as a claim")
    phrases = vx["reader_imperative"]
    for tok in candidates(doc, _first_words(phrases)):
        end = phrase_end(doc, tok.i, phrases)
        if end is None:
            continue
        words = _words(sentence_of(tok))
        # first in its sentence, or after a connective ("Now ask yourself who paid.")
        opened = len(words) > 1 and norm(words[0]) in READER_OPENERS and words[1].i == tok.i
        if not words or (words[0].i != tok.i and not opened):
            continue
        if tok.text[:1].islower() and not opened:
            continue
        if end == tok.i + 1 and (
            tok.tag_ != "VB"
            or tok.dep_ != "ROOT"
            or tok.ent_type_
            or any(c.dep_ == "nsubj" for c in tok.children)
        ):
            continue
        yield _musing(tok, f"'{doc[tok.i : end].text}' tells the reader what to think")


#: The writer's own voice as the subject of an aside: "So, we suspect, will ...".
WRITER_SUBJECTS = frozenset({"we", "i", "one"})
#: Connectives that may open a sentence before an imperative to the reader.
READER_OPENERS = frozenset({"then", "now", "so", "and", "but", "just", "next", "first"})


def reader_forecasts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """The writer tells the reader what they will feel: "you" with "will" or "won't" and
    a verb of feeling in a main clause ("Try the cake; you will not regret it.", "you
    will love it"); not service information ("You will need photo ID to vote") nor a
    condition ("If you miss the bus, ...")."""
    vx = devices_lexicon()
    for verb in candidates(doc, vx["feeling_verb"]):
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        will = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ in ("will", "shall")]
        if subject is None or subject.lower_ != "you" or not will:
            continue
        if "?" in sentence_of(verb).text:
            continue
        yield _musing(verb, f"'you will {verb.text}' tells the reader what they will feel")


#: (jibesAR) Who a guess is about when it is no claim on others: the writer, the reader.
SELF_OR_READER = frozenset({"i", "we", "you", "me", "us"})


def writer_guesses(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(jibesAR) The writer's own guess about other people, opening a main clause: "I
    suspect the three chairmen have already read it.", "I imagine the board knew", "We
    suspect they never will." The verb of guessing says it is only a guess, then states
    what others think, know or will do with no source. Not a guess set off by commas (the
    aside loop of :func:`reader_musings`), a guess about the writer or the reader ("I
    suspect I know the answer"), a modal or negated guess ("I would imagine", "I don't
    suppose"), nor a noun ("the suspect"); in a quotation or a transcript answer the loaded
    lens leaves it to the speaker."""
    vx = devices_lexicon()
    for verb in candidates(doc, vx["aside_guess"]):
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj"):
            continue
        who = doc[verb.i - 1] if verb.i > 0 else None
        if who is None or who.lower_ not in ("i", "we") or who.dep_ != "nsubj":
            continue
        if any(c.dep_ in ("aux", "neg") for c in verb.children):
            continue  # "I would imagine", "I don't suppose": hedged or denied
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or clause.i < verb.i:
            continue  # "It will stay closed, I suspect": the aside loop's
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in SELF_OR_READER:
            continue  # "I suspect I know the answer": about the writer, not others
        yield _musing(
            verb, f"'{who.text} {verb.text}' offers the writer's guess about others as a claim"
        )


def _musing(tok: Token, why: str) -> Judgement:
    return make_verdict(
        sentence_of(tok),
        f"Whose judgement is this? {why}: the writer's own view, offered as what any "
        "reader would conclude, with no source.",
        "(say what the record shows)",
        "reader_musing",
    )


#: The rules of this module (registered with the verdict rules in judgement_claims).
DEVICE_RULES = (
    echo_fragments,
    stance_disjuncts,
    hard_to_deny,
    candour_frames,
    kind_habits,
    reader_musings,
    reader_forecasts,
    writer_guesses,  # jibesAR: "I suspect the three chairmen have already read it."
)

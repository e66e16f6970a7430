"""Whole sentences in the writer's own voice that claim instead of report: questions,
sarcasm and retorts (minds, motives and verdicts on acts are in
:mod:`kit.lenses.judgement_minds`).

Each rule finds the grammar of a claim through the parse; the word classes of both
modules are in ``kit/lexicons/judgement_voice.yaml``. Like the other claim rules they
count only in the writer's own voice (the loaded lens drops a find inside quotes,
reported content or a sentence with a reporting cue):

- :func:`attitude_questions`: a question that expects one answer: a wh-word with an
  attitude marker ("Who, exactly, ...?", "What on earth ...?"), a fairness or worth
  predicate about what was just said ("Is that a price worth paying?", "How fair is
  that?"), a one-word fragment ("Coincidence?", "Surprised?"), or a question the writer
  answers at once ("Who pays? Children do.", "Did they listen? I doubt it."). Signposts
  ("What happens next?", "What is a levy?", "Who is involved? Three agencies ...") and
  questions a source answers ("Surprised? Many were, the survey found.") are left alone;
- :func:`sarcastic_openers`: "Of course, the statement did not mention ..." right after
  a reported claim, "Predictably, ...", "Of course it is.";
- :func:`retorts`: "We think not.", "I doubt it.", "Fat chance.".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, SENT_START
from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hit,
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    norm,
    scan,
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    subject_or_none,
    verdict_lexicon,
)
from kit.lenses.shared import doc_array, doc_in, doc_text
from kit.lenses.wordlists import sentence_of

WH_TAGS = ("WP", "WRB", "WDT", "WP$")
#: What the sarcastic-opener rule says of a clipped echo ("Of course it does."): the
#: loaded lens joins such an echo to the writer's comment right after it.
MOCK_ECHO = "answers the claim before it with a mocking echo"
AUXILIARIES = {"be", "do", "have", "will", "would", "can", "could", "shall", "should", "must",
               "may", "might"}  # fmt: skip
COMPLEMENTS = ("dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd", "advcl", "dative")
NEGATIVES = {"not", "n't", "never", "no", "nothing", "nobody", "none", "neither", "nor"}
QUANTIFIERS = {"all", "every", "everyone", "everybody", "many", "much", "always", "quite",
               "entirely", "necessarily"}  # fmt: skip
QUOTE_MARKS = ('"', "“", "”", "‘", "’")
FIRST_WORD = re.compile(r"[\s,]+")


def voice_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_voice.yaml (read once, cached)."""
    return verdict_lexicon("judgement_voice")


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(FIRST_WORD.split(p)[0] for p in phrases)


_WORD_IDS: dict[frozenset[str], np.ndarray] = {}


def _word_ids(doc: Doc, words: frozenset[str]) -> np.ndarray:
    """The sorted string ids of ``words`` (worked out once per word class)."""
    ids = _WORD_IDS.get(words)
    if ids is None:
        add = doc.vocab.strings.add
        ids = _WORD_IDS[words] = np.array(sorted({add(w) for w in words}), "uint64")
    return ids


def _phrase_at(doc: Doc, i: int, phrases: frozenset[str]) -> int | None:
    """The end (token index) of the longest phrase of ``phrases`` starting at token i."""
    start, text = doc[i].idx, doc_text(doc)
    for p in sorted(phrases, key=len, reverse=True):
        end = start + len(p)
        if text[start:end].lower().replace("’", "'") != p:
            continue
        if end < len(text) and text[end].isalnum():
            continue
        span = doc.char_span(start, end)
        if span is not None:
            return span.end
    return None


def words_of(span: Span) -> list[Token]:
    return [t for t in span if not (t.is_punct or t.is_space)]


def question_start(sent: Span, end: int) -> int | None:
    """A sentence's first word before ``end``: after leading punctuation, a time stamp or
    label with a dash ("23:35 — Where ...") and a conjunction ("But was it really ...?")."""
    doc = sent.doc
    first = sent.start
    dash = next((t.i for t in doc[sent.start : min(sent.start + 4, end)] if t.text in ("—", "–")),
                None)  # fmt: skip
    if dash is not None:
        first = dash + 1
    while first < end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first >= end:
        return None
    if doc[first].pos_ == "CCONJ" and first + 1 < end:
        first += 1
    return first


def _openers(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens of ``words`` (by form) that may open a sentence: at a sentence start or
    after punctuation or a line break. One numpy pass, so common words ("of", "as")
    cost nothing where they do not open a sentence."""
    if not len(doc):
        return []
    ids = _word_ids(doc, words)
    sent_start, punct, space = (doc_array(doc, a) for a in (SENT_START, IS_PUNCT, IS_SPACE))
    after = np.zeros(len(doc), bool)
    after[1:] = (punct[:-1] == 1) | (space[:-1] == 1)
    start = (sent_start.astype("int64") == 1) | after
    start[0] = True
    found = doc_in(doc, LOWER, ids) & start
    return [doc[i] for i in np.flatnonzero(found).tolist()]


def hedged(sent: Span, vx: VerdictLexicon) -> bool:
    """A hedge anywhere in the sentence keeps the claim open ("may have hoped")."""
    return any(norm(t) in vx["hedge_word"] and t.pos_ != "PROPN" for t in sent)  # not "May"


def in_class(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or norm(tok) in words


# -- questions ------------------------------------------------------------------------
def final_questions(doc: Doc, hits: Hits) -> Iterator[tuple[Span, int, Hit]]:
    """(sentence, first word, question mark) for each question mark that ends its sentence,
    except a question a source answers at once ("Surprised? Many were, according to the
    survey.", "Will it reopen? Engineers say it will."): those are signposts."""
    for hit in hits.get("?", ()):
        sent = sentence_of(doc[hit.start])
        if not all(t.is_punct or t.is_space for t in doc[hit.end : sent.end]):
            continue
        first = question_start(sent, hit.start)
        if first is not None and not source_answers(sent):
            yield sent, first, hit


def attitude_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question in the writer's voice that expects one answer (see the module doc)."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    vx = voice_lexicon()
    seen: set[int] = set()
    for sent, first, hit in final_questions(doc, hits):
        if sent.start in seen:
            continue
        question = doc[first : hit.end]
        how = (
            _attitude_marker(question, vx)
            or _judging_question(question, vx)
            or _fragment(question, vx)
            or _answered(question, sent, vx)
        )
        if not how:
            continue
        seen.add(sent.start)
        yield make_verdict(
            question,
            "Whose judgement is this? The writer asks a question that is really a claim: "
            f"{how}. The question states a view without arguing for it or naming a source; "
            "ask what the writer asserts, and on what evidence. A neutral text states the "
            "point plainly, with its source.",
            "(state the claim plainly, with its source)",
            "attitude_question",
        )


def _attitude_marker(question: Span, vx: VerdictLexicon) -> str:
    """A wh-word followed (commas allowed) by a marker of attitude: "Who, exactly,"."""
    first = question[0]
    if first.tag_ not in WH_TAGS:
        return ""
    doc = question.doc
    i = first.i + 1
    while i < question.end and doc[i].is_punct and doc[i].text != "?":
        i += 1
    if i >= question.end:
        return ""
    end = _phrase_at(doc, i, vx["wh_attitude"])
    if end is None:
        return ""
    if norm(doc[i]) in vx.category("wh_attitude", "reason_only") and first.lower_ not in (
        "why",
        "how",
    ):
        return ""  # "What else is in the bill?" asks; "Why else would ...?" argues
    if norm(doc[i]) in vx.category("wh_attitude", "precision") and definition(question):
        return ""  # "What exactly is a carbon credit?": a definition
    if norm(doc[i]) in vx.category("wh_attitude", "precision") and process_question(question):
        return ""  # "What, exactly, happens to the money next?": how a process runs
    return f"'{first.text} ... {doc[i:end].text}' expects no answer"


def process_question(question: Span) -> bool:
    """ "What exactly happens/will happen to ...": the wh-word is the subject of an
    occurrence verb in the present or future (not "What exactly happened to it?")."""
    verb = question[0].head
    return verb.lemma_ in ("happen", "occur") and verb.tag_ in ("VBZ", "VBP", "VB")


def definition(question: Span) -> bool:
    """A copular question in the present, which asks what a thing is ("What exactly is a
    carbon credit?"); in the past it challenges what was done ("What exactly was the
    plan?", "What precisely were the savings?": loadedAI)."""
    return copular(question) and question.root.tag_ not in ("VBD",)


def copular(question: Span) -> bool:
    """The question's main verb is "be": it asks what or who something is."""
    return question.root.lemma_ == "be" and not any(
        c.pos_ == "VERB" for c in question.root.children if c.dep_ in ("ccomp", "xcomp")
    )


def _predicate_words(vx: VerdictLexicon) -> frozenset[str]:
    """Fairness and worth words, and the verdict adjectives and nouns that judge alone."""
    vd = verdict_lexicon()
    adjectives = vd["evaluative_adjective"] - (
        vd.category("evaluative_adjective", "attributive_only")
        | vd.category("evaluative_adjective", "person_only")
        | vd.category("evaluative_adjective", "superlative_only")
    )
    nouns = vd["evaluative_noun"] - vd.category("evaluative_noun", "only_negated")
    return vx["question_predicate"] | adjectives | nouns


def _judging_question(question: Span, vx: VerdictLexicon) -> str:
    """A yes/no or "how" question about what was just said ("this", "that") with a
    fairness or worth predicate: "Is that a price worth paying?", "How is that fair?"."""
    first = question[0]
    if not (first.tag_ == "MD" or first.pos_ == "AUX" or first.lower_ == "how"):
        return ""
    root = question.root
    subject = subject_or_none(root) or (subject_or_none(root.head) if root.dep_ != "ROOT" else None)
    if subject is None or not _points_back(subject, vx):
        return ""
    if first.lower_ != "how" and subject.i <= first.i:
        return ""  # "That is fair?": not an inverted question
    words = _predicate_words(vx)
    word = next(
        (t for t in question[1:] if t.i not in (subject.i, first.i) and in_class(t, words)), None
    )
    if word is None:  # "Is this any way to run a railway?": "any" expects "no"
        word = next(
            (
                t
                for t in root.children
                if t.dep_ == "attr"
                and any(d.lower_ == "any" for d in t.children if d.dep_ == "det")
            ),
            None,
        )
    if word is None:
        return ""
    return f"it asks whether '{subject.text}' is '{word.text}' and expects one answer"


def _points_back(subject: Token, vx: VerdictLexicon) -> bool:
    """The subject points at what was just said: "that", "this", "any of this"."""
    if norm(subject) in vx["pointing_subject"]:
        return True
    return norm(subject) in vx["pointing_quantifier"] and any(
        norm(o) in vx["pointing_subject"]
        for p in subject.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _fragment(question: Span, vx: VerdictLexicon) -> str:
    """A question of a word or two that doubts an innocent reading ("Coincidence?",
    "An oversight?") or tells the reader how to react ("Surprised?")."""
    words = words_of(question)
    if not words or len(words) > 3 or any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words):
        return ""
    head = words[-1]
    if not (in_class(head, vx["fragment_noun"]) or in_class(head, vx["fragment_state"])):
        return ""
    if any(norm(t) not in vx["fragment_modifier"] for t in words[:-1]):
        return ""
    if in_class(head, vx["fragment_state"]):
        return f"'{question.text}' tells the reader how to react, and hints that nobody should be"
    return (
        f"'{question.text}' doubts the innocent explanation and leaves the reader to supply "
        "the accusation"
    )


def _answered(question: Span, sent: Span, vx: VerdictLexicon) -> str:
    """A who/what question the writer answers at once with a clipped answer in the same
    paragraph: "Who pays? Children do.", "What did residents get? A leaflet."."""
    first = question[0]
    answer = neighbour(sent, +1)
    if answer is None:
        return ""
    if _is_retort(answer, vx):
        return f"the writer answers it at once with a retort ('{answer.text.strip()}')"
    if norm(first) not in vx["answer_wh"] or len(words_of(question)) > 10:
        return ""
    verb = first.head
    if first.dep_ not in ("nsubj", "dobj", "pobj"):
        return ""
    if verb.pos_ != "VERB" or not in_class(verb, vx["stake_verb"]):
        return ""  # "What is a levy?", "What did they find?": signposts, not blame
    words = words_of(answer)
    if not words or len(words) > 5 or "?" in answer.text or norm(words[0]) in vx["answer_opener"]:
        return ""
    if any(t.like_num or t.tag_ in ("CD", "$") for t in words):
        return ""  # "What will it cost? About £4m.": an explainer's figure
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    root = answer.root
    clipped = not verbs or (
        root.lemma_.lower() in AUXILIARIES
        and subject_or_none(root) is not None
        and not any(c.dep_ in COMPLEMENTS for c in root.children)
    )
    if not clipped:
        return ""
    return f"the writer answers it at once ('{answer.text.strip()}'), as a verdict"


# -- sarcasm --------------------------------------------------------------------------
def sarcastic_openers(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A mocking opener: "Of course it is." (an echo), "Predictably, ..." (an evaluation
    by itself), "Of course, the statement did not mention ..." (a concession that
    undercuts the claim reported just before, with a negation or an omission)."""
    vx = voice_lexicon()
    openers = vx["sarcasm_adverbial"]
    for tok in _openers(doc, _first_words(openers)):
        sent = sentence_of(tok)
        if tok.i > sent.start + 4 or sent.start == 0 or question_start(sent, sent.end) != tok.i:
            continue
        end = _phrase_at(doc, tok.i, openers)
        if end is None or end >= sent.end:
            continue
        rest = words_of(doc[end : sent.end])
        if not rest or hedged(sent, vx) or "?" in sent.text:
            continue
        opener = doc[tok.i : end]
        if _echo(rest):
            why = f"'{sent.text.strip()}' {MOCK_ECHO}"
        elif doc[end].text != ",":
            continue
        elif norm(tok) in vx.category("sarcasm_adverbial", "evaluative") or (
            opener.text.lower() in vx.category("sarcasm_adverbial", "evaluative")
        ):
            why = f"'{opener.text}' tells the reader what to think of what follows"
        elif (
            not any(t.tag_ == "MD" for t in rest)
            and _after_report(sent)
            and (
                any(_denial(t) for t in rest)
                or any(in_class(t, vx["omission_verb"]) and t.pos_ == "VERB" for t in rest)
            )
        ):
            why = (
                f"'{opener.text}' sets a fact the writer chose against the claim reported "
                "just before, to mock it"
            )
        else:
            continue
        yield make_verdict(
            doc[tok.i : sent.end],
            f"Whose judgement is this? {why}: sarcasm in the writer's own voice, a verdict "
            "without evidence. A neutral text reports the fact without the sneer, e.g. "
            "'The statement did not mention ...'.",
            "(report the fact without the mocking opener)",
            "sarcastic_opener",
        )


def _denial(tok: Token) -> bool:
    """A negation that denies ("did not mention", "nobody has seen it"), not one that
    limits a quantity, as a concession does ("not all experts agree")."""
    if not (norm(tok) in NEGATIVES or tok.dep_ == "neg"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    return norm(nxt) not in QUANTIFIERS


def _echo(rest: list[Token]) -> bool:
    """A clipped clause that ends on an auxiliary: "it is", "they did not"."""
    if len(rest) > 4:
        return False
    last = rest[-1]
    while last.dep_ == "neg" and len(rest) > 1 and last.i > rest[0].i:
        last = last.doc[last.i - 1]
    return last.lemma_.lower() in AUXILIARIES and any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest
    )


def _after_report(sent: Span) -> bool:
    """The sentence before reports someone's words: a cue or quotation marks."""
    doc = sent.doc
    i = sent.start - 1
    while i > 0 and doc[i].is_space:
        i -= 1
    return reported(sentence_of(doc[i]))


def reported(sent: Span, quotes: bool = True) -> bool:
    """The sentence reports someone's words: an attribution's cue, or (``quotes``)
    quotation marks."""
    if quotes and any(q in sent.text for q in QUOTE_MARKS):
        return True
    spans = sent.doc.spans.get("attributions", ())
    return any(s.start < sent.end and s.end > sent.start for s in spans)


def source_answers(sent: Span) -> bool:
    """The next sentence in the paragraph answers with a source's words ("Engineers say
    it will."): the question is a signpost. Quotation marks alone are not enough."""
    answer = neighbour(sent, +1)
    return answer is not None and reported(answer, quotes=False)


def retorts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A clipped retort as a whole sentence: "We think not.", "I doubt it.", "Fat
    chance."; the writer answers a claim with a verdict, not evidence."""
    vx = voice_lexicon()
    seen: set[int] = set()
    verbs = vx["retort_verb"]
    found = _openers(doc, _first_words(vx["retort_phrase"]))
    found += [t for t in candidates(doc, verbs) if t.pos_ == "VERB"]
    for tok in sorted(found, key=lambda t: t.i):
        sent = sentence_of(tok)
        if len(sent) > 12 or tok.i > sent.start + 4:
            continue  # a retort is a few words long
        if sent.start in seen or sent.start == 0 or not _is_retort(sent, vx, tok):
            continue
        target, last = sent, sent
        if (prev := neighbour(sent, -1)) is not None and prev.text.rstrip().endswith("?"):
            # "Coincidence? We think not.", "Safety? Do me a favour.": the echo question
            # and its answer are one claim, marked from the question; so is the writer's
            # own longer question and its reply ("Has anyone on the board ever waited for
            # the night bus? Obviously not."), not a question someone else asked
            if prev.start in seen or (len(words_of(prev)) > 4 and reported(prev)):
                continue
            target = prev
        elif not _ironic(sent) and (nxt := _rebuttal(sent)) is not None:
            # "She said it was "not about money". Of course not. It was about land.":
            # the reply and the writer's counter-claim after it are one retort
            last = nxt
            seen.add(nxt.start)
        seen.add(sent.start)
        words = words_of(target) + (words_of(sent) if target is prev else [])
        words += words_of(last) if last is not sent else []
        yield make_verdict(
            doc[words[0].i : words[-1].i + 1],
            f"Whose judgement is this? '{sent.text.strip()}' is a clipped retort in the "
            "writer's own voice: it dismisses the claim before it instead of showing "
            "evidence. A neutral text says what is known against the claim, and who says so."
            + (
                f" The sentence after it ('{last.text.strip()}') is the writer's own answer "
                "in its place, part of the same retort."
                if last is not sent
                else ""
            ),
            "(say what is known against the claim, and who says so)",
            "retort",
        )


def _rebuttal(sent: Span) -> Span | None:
    """The writer's counter-claim right after a reply that rebuts a report: the sentence
    before the reply reports someone's words, and the next sentence in the paragraph is
    a short statement in the writer's own voice ("... was "not about money".
    Of course not. It was about the land."). None otherwise."""
    prev, nxt = neighbour(sent, -1), neighbour(sent, +1)
    if prev is None or nxt is None or not reported(prev) or reported(nxt):
        return None
    if "?" in nxt.text or len(words_of(nxt)) > 15:
        return None
    return nxt


#: (loadedAI) Agreement with a reported claim, cut down to a pronoun and an auxiliary,
#: that means the opposite: "The decision 'was not taken lightly'. I am sure it wasn't.",
#: "No doubt they did." (not "I am sure it will be fine": a full predicate follows).
IRONIC_AGREEMENT = re.compile(
    r"^(?:i am|i'm|we are|we're|i was|i feel) (?:sure|certain|quite sure|absolutely sure),? "
    r"(?:it|they|he|she|that|this|we|you)"
    r" (?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|should)"
    r"(?:n't| not)?(?: too| indeed)?$"
)


def _ironic(sent: Span) -> bool:
    """The sentence is ironic agreement ("I am sure it wasn't."): a claim of its own,
    never joined to the writer's sentence after it."""
    text = sent.text.strip().rstrip(".!…").strip().lower().replace("’", "'")
    return IRONIC_AGREEMENT.match(text) is not None


def _is_retort(sent: Span, vx: VerdictLexicon, tok: Token | None = None) -> bool:
    """The sentence is a clipped retort: a whole-sentence phrase or a mental verb."""
    if "?" in sent.text:
        return False
    text = sent.text.strip().rstrip(".!…").strip().lower().replace("’", "'")
    if text in vx["retort_phrase"] or IRONIC_AGREEMENT.match(text):
        return True
    verbs = [tok] if tok is not None else [t for t in sent if in_class(t, vx["retort_verb"])]
    return any(_mental_retort(v, words_of(sent), vx) for v in verbs)


def neighbour(sent: Span, step: int) -> Span | None:
    """The sentence before (step -1) or after (+1) in the same paragraph, or None."""
    doc = sent.doc
    i = sent.start - 1 if step < 0 else sent.end
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    if not 0 <= i < len(doc):
        return None
    other = sentence_of(doc[i])
    first, second = (other, sent) if step < 0 else (sent, other)
    words_a, words_b = words_of(first), words_of(second)
    if other.start == sent.start or not words_a or not words_b:
        return None
    gap = doc_text(doc)[words_a[-1].idx + len(words_a[-1]) : words_b[0].idx]
    return None if "\n\n" in gap else other


def _mental_retort(verb: Token, words: list[Token], vx: VerdictLexicon) -> bool:
    """ "I doubt it.", "We suspect not.", "I would not bet on it.": a first-person mental
    verb whose only complement is a pro-form."""
    if len(words) > 6 or verb.pos_ != "VERB" or not in_class(verb, vx["retort_verb"]):
        return False
    subject = subject_or_none(verb)
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    proform = False
    for c in verb.children:
        pro = norm(c) in vx["retort_proform"] and c.dep_ in ("neg", "dobj", "ccomp", "advmod")
        pro = pro or c.dep_ == "prep" and all(norm(o) in vx["retort_proform"] for o in c.children)
        if pro:
            proform = True
        elif c.dep_ not in ("nsubj", "aux", "punct", "advmod", "intj"):
            return False
    return proform


#: The rules of this module, registered with the verdict rules in judgement_claims.
VOICE_RULES = (attitude_questions, sarcastic_openers, retorts)

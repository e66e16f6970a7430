"""Whole sentences in the writer's own voice that claim instead of report.

Each rule finds the grammar of a claim through the parse; the word classes are in
``kit/lexicons/judgement_voice.yaml``. Like the other claim rules they count only in
the writer's own voice (the loaded lens drops a find inside quotes, reported content or
a sentence with a reporting cue):

- :func:`attitude_questions`: a question that expects one answer: a wh-word with an
  attitude marker ("Who, exactly, ...?", "What on earth ...?"), a fairness or worth
  predicate about what was just said ("Is that a price worth paying?", "How fair is
  that?"), a one-word fragment ("Coincidence?", "Surprised?"), or a question the writer
  answers at once ("Who pays? Children do."). Signposts ("What happens next?", "What is
  a levy?", "Who is involved? Three agencies ...") are left alone;
- :func:`sarcastic_openers`: "Of course, the statement did not mention ..." right after
  a reported claim, "Predictably, ...", "Of course it is.";
- :func:`retorts`: "We think not.", "I doubt it.", "Fat chance.";
- :func:`mind_reading`: what a third party knows, decides, wants or fears, read from
  their mind by an adverb ("The board has clearly decided that ...", "she privately
  fears ...") and not hedged;
- :func:`motive_adjectives`: "X, desperate to change the subject, ...", "eager to
  deflect blame": a desire or fear aimed at evasion;
- :func:`act_verdicts`: "The answer was telling.", "Her silence speaks volumes.";
- :func:`credibility_verdicts`: "X's certainty goes well beyond what the evidence shows".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
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
from kit.lenses.wordlists import sentence_of

WH_TAGS = ("WP", "WRB", "WDT", "WP$")
AUXILIARIES = {"be", "do", "have", "will", "would", "can", "could", "shall", "should", "must",
               "may", "might"}  # fmt: skip
COMPLEMENTS = ("dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd", "advcl", "dative")
NEGATIVES = {"not", "n't", "never", "no", "nothing", "nobody", "none", "neither", "nor"}
QUOTE_MARKS = ('"', "“", "”", "‘", "’")
FIRST_WORD = re.compile(r"[\s,]+")


def voice_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_voice.yaml (read once, cached)."""
    return verdict_lexicon("judgement_voice")


def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(FIRST_WORD.split(p)[0] for p in phrases)


def _phrase_at(doc: Doc, i: int, phrases: frozenset[str]) -> int | None:
    """The end (token index) of the longest phrase of ``phrases`` starting at token i."""
    start, text = doc[i].idx, doc.text
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


def _words(span: Span) -> list[Token]:
    return [t for t in span if not (t.is_punct or t.is_space)]


def _first_word(sent: Span, end: int) -> int | None:
    """The sentence's first word: after punctuation, a time stamp with a dash ("23:35 —")
    and a leading conjunction ("But ...")."""
    doc = sent.doc
    first = sent.start
    dash = next((t.i for t in doc[sent.start : min(sent.start + 4, end)] if t.text in "—–"), None)
    if dash is not None:
        first = dash + 1
    while first < end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first < end - 1 and doc[first].pos_ == "CCONJ":
        first += 1
    return first if first < end else None


def _hedged(sent: Span, vx: VerdictLexicon) -> bool:
    """A hedge anywhere in the sentence keeps the claim open ("may have hoped")."""
    return any(norm(t) in vx["hedge_word"] for t in sent)


def _in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or norm(tok) in words


# -- questions ------------------------------------------------------------------------
def attitude_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question in the writer's voice that expects one answer (see the module doc)."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    vx = voice_lexicon()
    seen: set[int] = set()
    for hit in hits.get("?", ()):
        sent = sentence_of(doc[hit.start])
        if sent.start in seen or not all(t.is_punct or t.is_space for t in doc[hit.end : sent.end]):
            continue
        first = _first_word(sent, hit.start)
        if first is None:
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
    return f"'{first.text} ... {doc[i:end].text}' expects no answer"


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
    subject = subject_or_none(root) or (
        subject_or_none(root.head) if root.dep_ != "ROOT" else None
    )
    if subject is None or norm(subject) not in vx["pointing_subject"]:
        return ""
    if first.lower_ != "how" and subject.i <= first.i:
        return ""  # "That is fair?": not an inverted question
    words = _predicate_words(vx)
    word = next((t for t in question[1:] if t.i != subject.i and _in(t, words)), None)
    if word is None:
        return ""
    return f"it asks whether '{subject.text}' is '{word.text}' and expects one answer"


def _fragment(question: Span, vx: VerdictLexicon) -> str:
    """A question of a word or two that doubts an innocent reading ("Coincidence?",
    "An oversight?") or tells the reader how to react ("Surprised?")."""
    words = _words(question)
    if not words or len(words) > 3 or any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words):
        return ""
    head = words[-1]
    if not (_in(head, vx["fragment_noun"]) or _in(head, vx["fragment_state"])):
        return ""
    if any(norm(t) not in vx["fragment_modifier"] for t in words[:-1]):
        return ""
    if _in(head, vx["fragment_state"]):
        return f"'{question.text}' tells the reader how to react, and hints that nobody should be"
    return (
        f"'{question.text}' doubts the innocent explanation and leaves the reader to supply "
        "the accusation"
    )


def _answered(question: Span, sent: Span, vx: VerdictLexicon) -> str:
    """A who/what question the writer answers at once with a clipped answer in the same
    paragraph: "Who pays? Children do.", "What did residents get? A leaflet."."""
    first = question[0]
    answer = _neighbour(sent, +1)
    if answer is None:
        return ""
    if _is_retort(answer, vx):
        return f"the writer answers it at once with a retort ('{answer.text.strip()}')"
    if norm(first) not in vx["answer_wh"] or len(_words(question)) > 10:
        return ""
    verb = first.head
    if verb.pos_ != "VERB" or _in(verb, vx["event_verb"]) or first.dep_ not in (
        "nsubj",
        "dobj",
        "pobj",
    ):
        return ""
    words = _words(answer)
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
    for tok in candidates(doc, _first_words(openers)):
        sent = sentence_of(tok)
        if _first_word(sent, sent.end) != tok.i or sent.start == 0:
            continue
        end = _phrase_at(doc, tok.i, openers)
        if end is None or end >= sent.end:
            continue
        rest = _words(doc[end : sent.end])
        if not rest or _hedged(sent, vx) or "?" in sent.text:
            continue
        opener = doc[tok.i : end]
        if _echo(rest):
            why = f"'{sent.text.strip()}' answers the claim before it with a mocking echo"
        elif doc[end].text != ",":
            continue
        elif norm(tok) in vx.category("sarcasm_adverbial", "evaluative") or (
            opener.text.lower() in vx.category("sarcasm_adverbial", "evaluative")
        ):
            why = f"'{opener.text}' tells the reader what to think of what follows"
        elif _after_report(sent) and (
            any(norm(t) in NEGATIVES or t.dep_ == "neg" for t in rest)
            or any(_in(t, vx["omission_verb"]) and t.pos_ == "VERB" for t in rest)
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
    prev = sentence_of(doc[i])
    if any(q in prev.text for q in QUOTE_MARKS):
        return True
    return any(
        s.start < prev.end and s.end > prev.start for s in doc.spans.get("attributions", ())
    )


def retorts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A clipped retort as a whole sentence: "We think not.", "I doubt it.", "Fat
    chance."; the writer answers a claim with a verdict, not evidence."""
    vx = voice_lexicon()
    seen: set[int] = set()
    for tok in candidates(doc, _first_words(vx["retort_phrase"]) | vx["retort_verb"]):
        sent = sentence_of(tok)
        if sent.start in seen or sent.start == 0 or not _is_retort(sent, vx, tok):
            continue
        if (prev := _neighbour(sent, -1)) is not None and prev.text.rstrip().endswith("?"):
            continue  # "Coincidence? We think not.": the question carries the claim
        seen.add(sent.start)
        words = _words(sent)
        yield make_verdict(
            doc[words[0].i : words[-1].i + 1],
            f"Whose judgement is this? '{sent.text.strip()}' is a clipped retort in the "
            "writer's own voice: it dismisses the claim before it instead of showing "
            "evidence. A neutral text says what is known against the claim, and who says so.",
            "(say what is known against the claim, and who says so)",
            "retort",
        )


def _is_retort(sent: Span, vx: VerdictLexicon, tok: Token | None = None) -> bool:
    """The sentence is a clipped retort: a whole-sentence phrase or a mental verb."""
    if "?" in sent.text:
        return False
    text = sent.text.strip().rstrip(".!…").strip().lower().replace("’", "'")
    if text in vx["retort_phrase"]:
        return True
    verbs = [tok] if tok is not None else [t for t in sent if _in(t, vx["retort_verb"])]
    return any(_mental_retort(v, _words(sent), vx) for v in verbs)


def _neighbour(sent: Span, step: int) -> Span | None:
    """The sentence before (step -1) or after (+1) in the same paragraph, or None."""
    doc = sent.doc
    i = sent.start - 1 if step < 0 else sent.end
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    if not 0 <= i < len(doc):
        return None
    other = sentence_of(doc[i])
    first, second = (other, sent) if step < 0 else (sent, other)
    words_a, words_b = _words(first), _words(second)
    if other.start == sent.start or not words_a or not words_b:
        return None
    gap = doc.text[words_a[-1].idx + len(words_a[-1]) : words_b[0].idx]
    return None if "\n\n" in gap else other


def _mental_retort(verb: Token, words: list[Token], vx: VerdictLexicon) -> bool:
    """"I doubt it.", "We suspect not.", "I would not bet on it.": a first-person mental
    verb whose only complement is a pro-form."""
    if len(words) > 6 or verb.pos_ != "VERB" or not _in(verb, vx["retort_verb"]):
        return False
    subject = subject_or_none(verb)
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    proform = False
    for c in verb.children:
        if c.dep_ in ("nsubj", "aux", "punct", "advmod", "intj"):
            continue
        pro = norm(c) in vx["retort_proform"] and c.dep_ in ("neg", "dobj", "ccomp", "advmod")
        pro = pro or c.dep_ == "prep" and all(norm(o) in vx["retort_proform"] for o in c.children)
        if not pro:
            return False
        proform = True
    return proform


# -- minds and motives ----------------------------------------------------------------
def mind_reading(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """What a third party knows, decides, wants or fears, stated as fact with an adverb
    that claims to see into their mind: "The board has clearly decided that ...",
    "She privately fears a defeat", "He knows full well that ...". Knowledge of a thing
    ("clearly knows the area"), a decision on record ("decided to close the road"),
    "I"/"we" and hedged claims ("may have hoped") are left alone."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    for verb in candidates(doc, vx["mind_verb"]):
        if verb.pos_ != "VERB" or not _in(verb, vx["mind_verb"]):
            continue
        if verb.dep_ not in ("ROOT", "conj") or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
            continue
        subject = subject_or_none(verb) or (
            subject_or_none(verb.head) if verb.dep_ == "conj" else None
        )
        if subject is None or norm(subject) in vx["self_subject"] or not is_person(subject, lex):
            continue
        adverb = next((c for c in verb.children if _inference(c, vx)), None)
        if adverb is None or _hedged(sentence_of(verb), vx):
            continue
        if any(c.tag_ == "MD" for c in verb.children):
            continue  # "will undoubtedly want": a forecast, not a reading of a mind
        knowledge = _in(verb, vx.category("mind_verb", "knowledge"))
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None and any(
            t.tag_ in WH_TAGS or t.lower_ in ("whether", "if") for t in clause.subtree
            if t.i < clause.i
        ):  # fmt: skip
            clause = None  # "knows what she is doing": no proposition stated
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        objekt = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if not (clause or (not knowledge and (infinitive or objekt))):
            continue
        start = min(adverb.left_edge.i, verb.i)
        yield make_verdict(
            doc[start : verb.i + 1],
            f"Whose judgement is this? '{doc[start : verb.i + 1].text}' tells the reader what "
            f"goes on in {subject.text}'s mind as a fact, in the writer's own voice. Nobody "
            "can see into a mind: such a claim needs the person's own words, documents, or a "
            "named source. A neutral text reports what they did or said.",
            "(report what they did or said, and who reads a motive into it)",
            "mind_reading",
        )


def _inference(tok: Token, vx: VerdictLexicon) -> bool:
    """An adverb of inference on a mental verb: "clearly", "full well", "deep down"."""
    if tok.dep_ != "advmod":
        return False
    words = vx["inference_adverb"]
    prev = tok.doc[tok.i - 1] if tok.i else tok
    return norm(tok) in words or f"{norm(prev)} {norm(tok)}" in words


def motive_adjectives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A desire or fear aimed at evasion, said of a third party as fact: "Vale,
    desperate to change the subject, ...", "ministers are eager to deflect blame".
    A plain aim ("desperate to find shelter", "keen to avoid a repeat") is left alone."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    for adj in candidates(doc, vx["motive_adjective"]):
        if adj.pos_ not in ("ADJ", "VERB") or not _in(adj, vx["motive_adjective"]):
            continue
        aim = next(
            (
                c
                for c in adj.children
                if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if aim is None:
            continue
        objects = [c for c in aim.children if c.dep_ in ("dobj", "attr")]
        objects += [o for c in aim.children if c.dep_ == "prep" for o in c.children]
        if not (_in(aim, vx["evasion_verb"]) or any(_in(o, vx["accountability_noun"])
                                                   for o in objects)):  # fmt: skip
            continue
        who = _holder(adj, lex)
        if who is None or norm(who) in vx["self_subject"] or _hedged(sentence_of(adj), vx):
            continue
        span = doc[adj.i : aim.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' tells the reader what {who.text} "
            "wants and why, as a fact, in the writer's own voice: a motive of evasion is an "
            "accusation. It needs the person's own words or a named source; a neutral text "
            "reports what they did (e.g. 'turned to another subject').",
            "(report what they did, not why)",
            "motive_adjective",
        )


def _holder(adj: Token, lex: JudgementLexicon) -> Token | None:
    """Whom a desire adjective describes: its noun, the subject of its copula or of the
    clause it interrupts ("Vale, desperate to ..., came"). An evasive aim is a person's,
    so a name the entity recogniser missed ("Vossberg-Ames") counts."""
    head = adj.head
    candidates_ = [head] if adj.dep_ in ("amod", "appos") else []
    candidates_ += [subject_or_none(head), subject_or_none(sentence_of(adj).root)]
    return next((t for t in candidates_ if t is not None and _agent(t, lex)), None)


def _agent(tok: Token, lex: JudgementLexicon) -> bool:
    return is_person(tok, lex) or tok.pos_ == "PROPN" or (tok.is_title and tok.i > 0)


# -- verdicts on acts and claims ------------------------------------------------------
def act_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A meaning read into an act or a statement: "The answer was telling.", "Her
    silence was deafening.", "Her silence speaks volumes.", "The timing says it all"."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    acts = vx["act_noun"] | lex.set_of("act_noun")
    for tok in candidates(doc, vx["revealing_adjective"] | vx["telling_verb"]):
        sent = sentence_of(tok)
        if _hedged(sent, vx):
            continue
        span = None
        if norm(tok) in vx["revealing_adjective"]:
            verb = tok.head if tok.dep_ in ("acomp", "attr") else tok
            if tok.pos_ == "VERB" and (
                tok.dep_ != "ROOT" or any(c.dep_ in COMPLEMENTS for c in tok.children)
            ):
                continue  # "was telling the truth"
            subject = subject_or_none(verb) or next(
                (s for a in verb.children if a.dep_ == "aux" for s in [subject_or_none(a)] if s),
                None,
            )  # the parser may hang the subject on "was"
            if subject is not None and _in(subject, acts) and (
                verb.lemma_ in ("be", "seem", "look", "sound", "prove", "remain")
                or any(c.lemma_ == "be" for c in verb.children if c.dep_ == "aux")
            ):
                span = doc[subject.left_edge.i : tok.i + 1]
        elif tok.pos_ == "VERB" and _in(tok, vx["telling_verb"]):
            subject = subject_or_none(tok)
            said = [c for c in tok.children if c.dep_ in ("dobj", "advmod", "npadvmod")]
            said += [a for c in said for a in c.children if a.dep_ == "appos"]
            if (
                subject is not None
                and (_in(subject, acts) or norm(subject) in vx["pointing_subject"])
                and not is_person(subject, lex)
                and any(_in(c, vx["telling_object"]) for c in said)
            ):
                span = doc[subject.left_edge.i : tok.i + 1]
        if span is None:
            continue
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' reads a hidden meaning into what "
            "someone did or said, in the writer's own voice, without saying what it "
            "reveals or who thinks so. A neutral text reports the act and lets the reader "
            "judge, or names who draws the conclusion.",
            "(report the act, and name who draws the conclusion)",
            "act_verdict",
        )


def credibility_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Someone's confidence or claim measured against the evidence, as a verdict:
    "The minister's certainty goes well beyond what the study shows", "Her optimism
    outruns the figures"."""
    vx = voice_lexicon()
    for noun in candidates(doc, vx["confidence_noun"]):
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or not _in(noun, vx["confidence_noun"]):
            continue
        if verb.pos_ != "VERB" or not _in(verb, vx["excess_verb"]):
            continue
        beyond = next(
            (
                t
                for t in verb.subtree
                if t.i > verb.i and (norm(t) in vx["excess_preposition"] or t.dep_ == "dobj")
            ),
            None,
        )
        if beyond is None or _hedged(sentence_of(verb), vx):
            continue
        if not any(_in(t, vx["evidence_noun"]) for t in verb.subtree if t.i > beyond.i):
            continue
        span = doc[noun.left_edge.i : beyond.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' weighs someone's claim against the "
            "evidence and finds it wanting, in the writer's own voice. That may be fair, but "
            "it is a verdict: a neutral text sets the claim beside what the evidence says, "
            "and names who makes the comparison.",
            "(set the claim beside the evidence, and say who compares them)",
            "credibility_verdict",
        )


#: The rules of this module, registered with the verdict rules in judgement_claims.
VOICE_RULES = (
    attitude_questions,
    sarcastic_openers,
    retorts,
    mind_reading,
    motive_adjectives,
    act_verdicts,
    credibility_verdicts,
)

"""Asides in the writer's own voice that mock or insinuate while seeming only to ask or
to note something (word classes in ``kit/lexicons/judgement_asides.yaml``).

Each rule finds the grammar of the aside through the parse; like the other claim rules
they count only in the writer's own voice (the loaded lens drops a find inside quotes,
reported content or a sentence with a reporting cue):

- :func:`self_answering_questions`: a question that carries its own answer ("What is a
  ferry subject to, if not sea trials?", "Who, if not the council, will pay?") or that
  the writer asks aloud in a comment clause ("Who, one wonders, signed it off?"); not
  "What happens if not enough people sign up?" (a condition), nor a definition asked
  as a signpost ("What, you might ask, is a levy?");
- :func:`impossible_demands`: "The statement did not explain how a farmer with 900
  sheep was supposed to plant a forest" (the demand told as absurd); not "did not
  explain how the scheme would be funded" (a plain gap in the record);
- :func:`deflated_echoes`: a phrase someone was quoted using, echoed as the subject of
  a plain-fact verdict: 'his "bold maritime vision." The bold maritime vision is, at
  present, a hull in a shed.'; not a name repeated without a deflating turn ('a
  "community hub". The community hub is a converted library.');
- :func:`feigned_excuses`: "advertised, through some oversight, for nine days in August"
  (not "through an oversight", nor an error whose cause is named);
- :func:`mock_addresses`: "Parents of the academy, rejoice." (not "Parents rejoiced.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    norm,
    phrase_end,
    scan,
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    verdict_lexicon,
)
from kit.lenses.judgement_voice import copular, final_questions
from kit.lenses.shared import doc_text
from kit.lenses.wordlists import sentence_of
from kit.quotes import find_quotes

#: Words of a quoted phrase that carry no content of their own.
FUNCTION_TAGS = ("DT", "IN", "CC", "PRP$", "TO", "POS")


@cache
def asides_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_asides.yaml (read once)."""
    return verdict_lexicon("judgement_asides")


# -- questions that answer themselves ------------------------------------------------------
def self_answering_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question in the writer's voice that gives its own answer ("..., if not sea
    trials?") or is asked aloud in a comment clause ("Who, one wonders, ...?")."""
    vx = asides_lexicon()
    hits = scan(doc, lex or default_lexicon()) if hits is None else hits
    asides = vx["question_aside"]
    for _sent, first, hit in final_questions(doc, hits):
        question = doc[first : hit.end]
        how = _own_answer(question, vx)
        if not how:
            found = next(
                (e for t in question if (e := phrase_end(doc, t.i, asides)) is not None), None
            )
            if found is not None and not (copular(question) and _defining(question)):
                how = "the writer asks it aloud, in a comment clause, of nobody"
        if how:
            yield make_verdict(
                question,
                "Whose judgement is this? The question is really a claim: "
                f"{how}. It mocks or accuses without arguing the point or naming a "
                "source. A neutral text states the point plainly, with its source.",
                "(state the point plainly, with its source)",
                "self_answering_question",
            )


def _defining(question: Span) -> bool:
    """A "what"/"who"/"which" question with "be" asks what a thing is ("What, you might
    ask, is a levy?"); "where", "when", "why" or "how" with "be" does not ("And where,
    you may ask, has the board been?")."""
    wh = next((t for t in question if t.tag_ in ("WP", "WDT", "WRB", "WP$")), None)
    return wh is None or wh.tag_ != "WRB"


def _own_answer(question: Span, vx: VerdictLexicon) -> str:
    """ "if not" and a noun phrase, closing the question or set off by commas: the
    question names the only possible answer (not "if not enough people sign up")."""
    doc = question.doc
    for tok in question:
        if norm(tok) not in vx["answer_marker"] or tok.i + 1 >= question.end:
            continue
        if doc[tok.i + 1].lower_ != "not":
            continue
        rest = []
        for t in doc[tok.i + 2 : question.end]:
            if t.is_punct:
                break
            rest.append(t)
        if (
            rest
            and not any(t.pos_ in ("VERB", "AUX") for t in rest)
            and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in rest)
            and rest[0].lower_ not in ("enough", "all", "every", "many", "much")
        ):
            return f"'if not {' '.join(t.text for t in rest)}' gives its only answer"
    return ""


# -- a demand nobody could meet ------------------------------------------------------------
def impossible_demands(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A negated verb of explaining whose how/why clause holds a demand ("was supposed
    to"): the writer tells the demand as absurd, in a sentence that seems only to note
    what a statement left out."""
    vx = asides_lexicon()
    for verb in candidates(doc, vx["unanswered_verb"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in vx["unanswered_verb"]:
            continue
        if not any(c.dep_ == "neg" for c in verb.children):
            continue
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")):
            if not _wh_led(clause, vx):
                continue
            demand = next(
                (
                    t
                    for t in clause.subtree
                    if t.lower_ in vx["demand_word"] and any(c.dep_ == "xcomp" for c in t.children)
                ),
                None,
            )
            if demand is None:
                continue
            yield make_verdict(
                doc[verb.i : clause.right_edge.i + 1],
                "Whose judgement is this? The sentence seems only to note what was left "
                f"unexplained, but '{demand.text} to' tells the demand as absurd: a verdict "
                "in the writer's own voice. Report what the statement says and what it asks "
                "of people, and let the reader judge, or name who calls it unworkable.",
                "(report what is asked of people, and who objects)",
                "impossible_demand",
            )
            break


def _wh_led(clause: Token, vx: VerdictLexicon) -> bool:
    """The clause opens with a wh-word: "how a farmer ... was supposed to"."""
    first = clause.left_edge
    return first.lower_ in vx["demand_wh"] and first.i < clause.i


# -- an echoed phrase deflated -------------------------------------------------------------
#: The verb of a copular verdict ("The bold vision is, at present, a hull in a shed").
BE = frozenset({"be"})


def deflated_echoes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """The subject of "is" repeats a lower-case phrase quoted in the sentence before it,
    and a deflating adverbial sets the plain fact against it: 'his "bold maritime
    vision." The bold maritime vision is, at present, a hull in a shed.'"""
    vx = asides_lexicon()
    adverbials = vx["deflating_adverbial"]
    text = doc_text(doc)
    if '"' not in text and "“" not in text:
        return
    quotes: list[tuple[int, int]] | None = None  # found once a sentence passes the cheap tests
    for root in candidates(doc, BE):
        if root.dep_ != "ROOT" or root.lemma_ != "be":
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(c.dep_ == "attr" for c in root.children):
            continue
        echo = [t for t in subject.subtree if t.tag_ not in FUNCTION_TAGS and not t.is_punct]
        if len(echo) < 2 or any(t.i > root.i for t in echo):
            continue
        sent = sentence_of(root)  # the cheap tests first: most "is" sentences stop above
        if not any(phrase_end(doc, t.i, adverbials) for t in sent):
            continue
        if quotes is None:
            quotes = [(q.start, q.end) for q in find_quotes(text)]
        before = text[max(0, sent.start_char - 400) : sent.start_char]
        offset = sent.start_char - len(before)
        said = [
            text[s + 1 : e - 1]
            for s, e in quotes
            if offset <= s and e <= sent.start_char + 1 and text[s + 1 : s + 2].islower()
        ]
        words = " ".join(t.lower_ for t in echo)
        if not any(re.search(rf"\b{re.escape(words)}\b", q.lower()) for q in said):
            continue
        yield make_verdict(
            doc[subject.left_edge.i : root.i + 1],
            f"Whose judgement is this? The writer repeats '{subject.text}', someone's own "
            "phrase, to mock it with a plain fact set against it: sarcasm in the writer's "
            "own voice. Report the fact, and let the reader compare it with the claim.",
            "(report the fact without echoing the phrase)",
            "deflated_echo",
        )


# -- what was just said, pointed at and dismissed ----------------------------------------
def pointed_dismissals(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun that dismisses speech as nonsense, pointed at what was just reported with
    "this", "that" or "such", as what someone did: "Mr Crane delivered this drivel with
    ...", "Voters have heard such claptrap before". The sentence is the writer's verdict
    on the speech (the noun itself is marked by the word rules); "a fairy tale" told to
    children, or nonsense with no pointer ("talked hot air"), is left to them."""
    vx = asides_lexicon()
    hits = scan(doc, lex or default_lexicon()) if hits is None else hits
    for hit in hits.get("verdict_noun", ()):
        if hit.word.category not in vx["dismissed_kind"]:
            continue
        tok = doc[hit.end - 1]
        pointer = next((c for c in tok.children if c.dep_ in ("det", "amod", "predet")), None)
        if pointer is None or pointer.lower_ not in vx["pointer"]:
            continue
        if tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
            continue
        if hit.word.unless and any(t.lemma_.lower() in hit.word.unless for t in sentence_of(tok)):
            continue
        yield make_verdict(
            doc[pointer.i : tok.i + 1],
            f"Whose judgement is this? '{pointer.text} {tok.text}' points at what was just "
            "reported and dismisses it, as a verdict in the writer's own voice. Say what is "
            "wrong with the statement, or who says so.",
            "(say what is wrong with it, and who says so)",
            "pointed_dismissal",
        )


# -- the evidence set against the publicity -----------------------------------------------
def deflating_comparisons(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Evidence said to be "more modest" or "more mundane" with nothing after "than": the
    comparison is with the claims just reported, and the writer's verdict is that they
    were hype ("The study behind it is a good deal more modest.", "The truth is rather
    more mundane."). Not "The results were more modest than expected" (a measured
    comparison), nor "Growth will be more modest" (a forecast)."""
    vx = asides_lexicon()
    for adj in candidates(doc, vx["deflating_adjective"]):
        if adj.pos_ != "ADJ" or not any(c.lower_ == "more" for c in adj.children):
            continue
        root = adj.head
        while root.dep_ not in ("ROOT",) and root.head != root and root.lemma_ != "be":
            root = root.head
        if root.lemma_ != "be" or any(c.tag_ == "MD" for c in root.children):
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in vx["evidence_noun"]:
            continue
        if any(t.lower_ == "than" for t in sentence_of(root)):
            continue
        yield make_verdict(
            doc[subject.left_edge.i : adj.i + 1],
            f"Whose judgement is this? '{adj.text}' compares the evidence with the claims "
            "just reported and finds them overblown, as a verdict in the writer's own "
            "voice. Set out what the evidence shows beside what was claimed, and let the "
            "reader compare.",
            "(say what the evidence shows, beside what was claimed)",
            "deflating_comparison",
        )


# -- an ironic aside set against a let-down ------------------------------------------------
def ironic_asides(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A marker of the obvious set off by commas ("needless to say", "predictably",
    "naturally") in a clause that tells a let-down, a denial or a promise gone: "The
    shareholders, needless to say, were not consulted.", "The affordable homes have,
    predictably, vanished.", "Naturally, nobody on the board will lose their job." The
    writer's "as anyone could have guessed" is a verdict. Not a marker with no let-down
    ("The bridge, of course, opened in 1890"), nor one inside a question."""
    vx = asides_lexicon()
    markers = vx["ironic_aside"]
    firsts = frozenset(m.split()[0] for m in markers)
    for tok in candidates(doc, firsts):
        end = phrase_end(doc, tok.i, markers)
        if end is None or end >= len(doc):
            continue
        sent = sentence_of(tok)
        before = doc[tok.i - 1] if tok.i > sent.start else None
        if doc[end].text != "," or "?" in sent.text:
            continue
        if before is not None and before.text != ",":
            continue  # "it was naturally occurring", "of course" inside a clause
        words = [t for t in sent if not t.is_punct]
        denial = any(
            (t.dep_ == "neg" or t.lower_ in ("nobody", "nothing", "none", "never", "neither"))
            and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("all", "every", "only"))
            for t in words
        )
        letdown = any(
            t.pos_ in ("VERB", "ADV") and t.lemma_.lower() in vx["letdown_verb"] for t in words
        )
        if not (denial or letdown):
            continue
        yield make_verdict(
            sent,
            f"Whose judgement is this? '{doc[tok.i : end].text}' tells the reader that "
            "the let-down that follows was only to be expected: a sneer in the writer's "
            "own voice. Report the fact without the aside.",
            "(report the fact without the aside)",
            "ironic_aside",
        )


# -- an excuse offered in mock innocence ------------------------------------------------
def feigned_excuses(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A vague excuse set off by commas inside a clause, "through some oversight", "by
    some mischance": "a tender that was advertised, through some oversight, for nine days
    in August". The "some" feigns innocence the writer does not believe, and the sentence
    insinuates design; the mark runs from the excuse to the end of its clause. Not "through
    an oversight" (an error told plainly), nor an excuse that names its cause ("Through some
    error in the software, the readings were lost")."""
    vx = asides_lexicon()
    for some in candidates(doc, frozenset({"some"})):
        i = some.i
        if i < 2 or i + 2 >= len(doc) or doc[i - 1].lower_ not in vx["excuse_preposition"]:
            continue
        noun = doc[i + 1]
        if noun.lemma_.lower() not in vx["excuse_noun"] or doc[i + 2].text != ",":
            continue
        if doc[i - 2].text != "," or doc[i - 3 if i >= 3 else 0].is_sent_start:
            continue  # set off inside a clause, not opening the sentence
        sent = sentence_of(some)
        end = next(
            (t.i for t in doc[i + 3 : sent.end] if t.is_punct and t.text not in ("-", "'")),
            sent.end,
        )
        if end <= i + 3:
            continue
        yield make_verdict(
            doc[i - 1 : end],
            f"Whose judgement is this? '{doc[i - 1 : i + 2].text}' offers an excuse in mock "
            "innocence: the writer hints that it was no accident, without saying so or "
            "showing it. Report what happened and what those responsible say about it.",
            "(report what happened, and what those responsible say)",
            "aside_insinuation",  # the clause alone is the mark (loaded.ASIDE_RULES)
        )


# -- a group told to rejoice ------------------------------------------------------------
@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase, to find them cheaply (worked out once)."""
    return frozenset(p.split()[0] for p in phrases)


def mock_addresses(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A short sentence that addresses a group of people and tells them to be glad:
    "Parents of the academy, rejoice.", "Ratepayers, give thanks." In news or comment on a
    decision the cheer is the writer's sarcasm (or their own verdict) on it. Not a verb
    with its subject ("Parents rejoiced."), nor an address with no people in it ("In the
    evening, relax.")."""
    vx = asides_lexicon()
    cheers = vx["cheer"]
    for tok in candidates(doc, _first_words(cheers)):
        if tok.i < 2 or doc[tok.i - 1].text != ",":
            continue  # (the cheap test first: "be", "give" and "take" are common)
        end = phrase_end(doc, tok.i, cheers)
        if end is None or end >= len(doc) or doc[end].text not in (".", "!"):
            continue
        sent = sentence_of(tok)
        if end >= sent.end or not all(t.is_punct or t.is_space for t in doc[end : sent.end]):
            continue
        called = doc[sent.start : tok.i - 1]
        if len(called) > 8 or any(t.pos_ in ("VERB", "AUX") for t in called):
            continue
        head = next((t for t in called if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or head.tag_ not in ("NNS", "NNPS"):
            continue
        if not is_person(head, lex or default_lexicon()):
            continue
        yield make_verdict(
            sent,
            f"Whose judgement is this? '{sent.text.strip()}' tells a group to be glad about "
            "the news: sarcasm (or cheer) in the writer's own voice. Report the decision and "
            "what those it affects say about it.",
            "(report the decision and what those affected say)",
            "mock_address",
        )


#: The rules of this module (registered with the verdict rules in judgement_claims).
ASIDE_RULES = (
    feigned_excuses,
    mock_addresses,
    self_answering_questions,
    impossible_demands,
    deflated_echoes,
    pointed_dismissals,
    deflating_comparisons,
    ironic_asides,
)

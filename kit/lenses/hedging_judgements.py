"""Sense rules for "would" and "must" in the hedging lens: "would" softening a
judgement ("this would be significant") and "must" drawing a conclusion ("this must
be a mistake"), not a reported or conditional future, a habit, a preference or a duty
(ANNOTATION_GUIDE.md, section 3). Split from :mod:`kit.lenses.hedging_modals`, whose
word classes and helpers they share; :mod:`kit.lenses.hedging` loads both.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.hedging_limits import figure_of_speech, stated_figure
from kit.lenses.hedging_modals import (
    BACKSHIFT_VERBS,
    CONDITIONAL_WORDS,
    HABIT_WORDS,
    PAST_FRAMES,
    SOFT_OPINION_VERBS,
    _in_sentence,
    _verb_of,
    asked,
    subject_of,
)
from kit.lenses.hedging_registers import judged_fit, offer_of_help, requirement
from kit.lenses.rules import sense_rule
from kit.lenses.shared import QUOTE_MARKS
from kit.lenses.speaker_names import document_heads  # written records: "the study"


@sense_rule("hedge", "assessment_would")
def _assessment_would(span: Span) -> bool:
    """ "would" softening a judgement ("this would be significant"), not an if-then, a
    reported "will" ("said the pool would be the largest"), the consequence of what a
    relative clause describes ("a loss, which would be the first"), a habit ("every
    morning he would be at the harbour") or a preference ("would rather")."""
    modal = span[0]
    if modal.tag_ != "MD":
        return False
    if truth_condition(_verb_of(modal)):
        return True  # "If true, that would make ...": what follows from an unproven claim
    if _in_sentence(span, CONDITIONAL_WORDS) or _in_sentence(span, HABIT_WORDS):
        return False
    verb = _verb_of(modal)
    if figure_of_speech(verb):
        return False  # "he wouldn't hurt a fly": hyperbole
    if verb.dep_ == "relcl" or asked(verb):
        return False  # "a loss, which would be the first": if it comes; "asked whether"
    if any(c.lower_ in ("rather", "sooner") and (c.i < verb.i or verb.tag_ == "MD")
           for c in verb.children if c.dep_ == "advmod"):  # fmt: skip
        return False  # "would rather resign": a preference (but "would explain rather a
        # lot", after the verb, is a degree)
    if _every_time(verb) or _in_sentence(span, PAST_FRAMES):
        return False  # "every morning he would be ...", "in those days it would be ...": habits
    if any(c.dep_ == "parataxis" and c.tag_ == "VBD" and c.lemma_ in BACKSHIFT_VERBS
           for c in verb.children):  # fmt: skip
        return False  # "the pool, the mayor said, would be the largest": "will", reported
    reported = verb
    while reported.dep_ == "conj" and reported.head.i != reported.i and (
        any(c.lower_ == "would" for c in reported.head.children)
        or any(c.dep_ == "mark" and c.lower_ == "that" for c in reported.children)
        or _shared_subject(reported)
    ):  # a second clause of the report: "would be taught out and would be able",
        reported = reported.head  # "said she was "devastated" and that it would not",
        # "said she had "paid twice" and would appeal" (the reported clause's subject)
    teller = _teller(reported)
    if teller is None and _that_clause(verb):
        teller = _report_above(reported)  # "said the route appeared to be growing because
        # patrols had pushed people ..., and that arrivals would be higher": the second
        # "that" clause hung on a clause inside the first report
    if (
        teller is not None
        and (
            (teller.lemma_ in WOULD_REPORTS and (_past_report(teller) or _past_gerund(teller)))
            or teller.lemma_ in CONTENTION_VERBS
        )
        and not _inside_quote(teller, modal)
    ):
        return False  # "officials said the dam would be the largest": "will", reported;
        # "the company contends the turbines would be barely visible": its own forecast
    if _document_projects(reported):
        return False  # "the study suggests that 300 households would be eligible"
    if (
        verb.dep_ == "conj"
        and verb.head.lemma_ in BACKSHIFT_VERBS
        and _past_report(verb.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return False  # "said he was heartsick and would appeal": the speaker's "will"
    if any(c.dep_ == "prep" and c.lower_ in HYPOTHESIS_PREPS for c in verb.children):
        return False  # "without the subsidy, the ferry would be too dear": if-then
    if offer_of_help(verb):
        return False  # "we would be happy to answer any questions": an offer
    if stated_figure(verb):
        return False  # "the cost of striking one would be £600,000": a figure worked out
    if verb.lemma_ == "be":
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        return any(c.tag_ not in ("VBN", "VBG") for c in complements)
    if judged_fit(verb):
        return True  # "it would suit anyone with a flat ride", "would make a fine supper"
    if tentative_inference(verb):
        return True  # "It would explain rather a lot": if the guess holds, it explains
    subject = subject_of(verb)
    return (
        verb.lemma_ in SOFT_OPINION_VERBS
        and subject is not None
        and subject.lower_ in {"i", "we", "one"}
    )


#: Verbs of explaining a known fact, each with the prepositions it needs (none: any use).
INFERENCE_VERBS = lexicon.verbs_with_preps("hedge_senses", "inference_verbs")
#: Subjects that stand for the point or guess just made: "it", "this", "that".
_POINT_WORDS = frozenset({"it", "this", "that"})


def tentative_inference(verb: Token) -> bool:
    """ "I suspect he has a point. It would explain rather a lot.", "That would account
    for the missing money": a verb of explaining a known fact (``inference_verbs``) whose
    subject stands for the point or guess just made ("it", "this", "that") offers an
    inference tentatively: if the point holds, it explains the fact. Not a thing's job
    with someone it is explained to ("it would explain the rules to visitors"), nor a
    noun subject ("the leaflet would explain the rules": what it is for)."""
    preps = INFERENCE_VERBS.get(verb.lemma_.lower())
    if preps is None:
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in _POINT_WORDS:
        return False
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return False  # "would explain the rules to visitors": a telling, not an inference
    return not preps or any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)


#: Past verbs that report a "will" as "would": the backshift verbs, and verbs of arguing
#: or granting a point ("argued in its evidence that the panels would be visible",
#: "recognised that the change would be difficult", sensesAC).
WOULD_REPORTS = BACKSHIFT_VERBS | frozenset({
    "argue", "acknowledge", "recognise", "recognize", "accept", "admit", "concede",
})  # fmt: skip


#: Verbs of holding to a claim, in any tense ("contends the turbines would be ...").
CONTENTION_VERBS = lexicon.word_set("hedge_senses", "contention_verbs")


def _teller(clause: Token) -> Token | None:
    """The verb a "that" clause is reported by: its head as a ccomp, or, where a phrase
    between them led the parser to hang the clause on that phrase's noun ("argued in its
    written evidence that the panels would ..."), the verb the phrase belongs to."""
    if clause.dep_ == "ccomp":
        return clause.head
    noun = clause.head
    if (
        clause.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "VERB"
    ):
        return noun.head.head
    return None


#: Words of a claim's truth that an "if" puts in doubt: "if true", "if confirmed".
TRUTH_WORDS = frozenset({
    "true", "so", "correct", "accurate", "confirmed", "right", "genuine", "verified",
    "proven", "substantiated", "borne",
})  # fmt: skip


def truth_condition(verb: Token) -> bool:
    """ "If true, that would make the outrage look hollow", "If confirmed, the find would
    be the oldest": the "if" doubts a claim, so the "would" weighs what follows from it
    (an epistemic conditional). "If it rains, the match would be moved" and "would
    widen the recall if further tests confirmed the problem" (a clause with its own
    subject) are plain if-thens and stay unmarked."""
    return any(
        c.dep_ == "advcl"
        and c.lower_ in TRUTH_WORDS
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in verb.children
    )


def _shared_subject(verb: Token) -> bool:
    """A clause joined by "and" that shares the subject of the clause before it ("she
    had paid and would appeal"): one more thing the speaker reported. After "but" the
    clause weighs the first ("looked plausible but would be hard to verify")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return False
    joins = [t.lower_ for t in verb.doc[verb.head.i + 1 : verb.i] if t.dep_ == "cc"]
    return joins == ["and"]


#: Verbs with which a record sets out a projection: "the study suggests/finds/estimates
#: that ... would".
PROJECTING_VERBS = BACKSHIFT_VERBS | {"suggest", "show", "find", "estimate", "calculate",
                                      "indicate", "forecast", "project", "conclude"}


def _document_projects(clause: Token) -> bool:
    """The "would" clause is what a study or report works out, under a reporting verb
    in any tense ("the study suggests that 300 households would be eligible"): the
    record's projection of what the plan brings, a conditional consequence it reports,
    not the writer softening a judgement."""
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in PROJECTING_VERBS:
        return False
    subject = subject_of(clause.head)
    return subject is not None and subject.lemma_.lower() in document_heads()


def _past_report(verb: Token) -> bool:
    """A reporting verb in a past form: "said", "has said", "were told", "had promised"."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # 'the bank "fully recognised" that': a past tense the tagger read as a
        # participle (its own active subject, no auxiliary)
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)


#: Links from a gerund up to the verb that sets its time: "opened by saying",
#: "is recorded as telling", "had him promising".
_GERUND_LINKS = frozenset({"pcomp", "prep", "ccomp", "xcomp", "advcl", "acl", "conj"})


def _past_gerund(verb: Token) -> bool:
    """A reporting verb as a gerund told in the past: "opened by saying the meeting would
    be calm", "is recorded as telling colleagues that the estate would be full", "the
    record had Mr X promising that fares would be frozen". The gerund takes its time from
    the verb it hangs on; when that verb is past, "would" is the speaker's "will",
    reported (trapsAT). "Saying it would be a mistake" on a present verb stays a guess."""
    if verb.tag_ != "VBG":
        return False
    word = verb
    for _ in range(4):
        if word.dep_ not in _GERUND_LINKS or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ in ("VERB", "AUX") and word.tag_ != "VBG":
            return word.tag_ in ("VBD", "VBN")
    return False


def _that_clause(verb: Token) -> bool:
    """The "would" clause opens with "that": "..., and that arrivals would be higher"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _report_above(clause: Token) -> Token | None:
    """The reporting verb above a clause the parser hung inside another report's clause
    ("said the route appeared to be growing because patrols had pushed people ..., and
    that arrivals would be higher": the "that" clause joined to "pushed"): the head of the
    nearest content clause (ccomp) among the clause's heads, when that head is a past
    reporting verb."""
    word = clause
    for _ in range(6):
        if word.head.i == word.i:
            return None
        if word.dep_ == "ccomp":
            head = word.head
            return head if head.lemma_ in WOULD_REPORTS and _past_report(head) else None
        word = word.head
    return None


#: Prepositions that set up a hypothesis for "would": "without the cap", "under the plan",
#: "according to the plan" (what a plan says will happen).
HYPOTHESIS_PREPS = frozenset({"without", "under", "according"})


def _every_time(verb: Token) -> bool:
    """A time phrase with "every" or "each" on the clause: "every morning", "each winter"."""
    return any(
        c.dep_ in ("npadvmod", "advmod") and any(d.lower_ in ("every", "each") for d in c.children)
        for c in verb.children
    )


def _inside_quote(a: Token, b: Token) -> bool:
    """An odd number of quotation marks between the reporting verb and the modal: the
    modal stands in direct speech ("said: "it would be ...""), not in a reported clause
    that merely holds a quoted phrase ("said students would be "taught out" and would
    ...")."""
    lo, hi = sorted((a.i, b.i))
    marks = [
        t
        for t in a.doc[lo:hi]
        if (t.tag_ in ("``", "''") or t.text in QUOTE_MARKS) and t.tag_ != "POS"
    ]  # not the apostrophe of "customers' funds"
    if len(marks) % 2 == 0:
        return False
    if a.i < b.i:
        last = marks[-1]
        if last.tag_ == "''" and last.i == a.i + 1:
            return False  # 'the bank "fully recognised" that the change would': the
            # quotation closes on the reporting verb itself
        if any(t.dep_ == "mark" and t.lower_ == "that" for t in a.doc[a.i + 1 : last.i]):
            return False  # 'promising that fares "would be frozen"': a fragment quoted
            # inside the reported clause, still reported
    return True


#: Complements of "must be" that make it an obligation: "this must be our priority".
DUTY_NOUNS = lexicon.word_set("hedge_senses", "duty_nouns")


@sense_rule("hedge", "epistemic_must")
def _epistemic_must(span: Span) -> bool:
    """ "this must be a mistake", "she must be exhausted": a conclusion drawn as certain,
    not an obligation ("applicants must be over 18", "they must be stopped")."""
    must = span[0]
    if must.tag_ != "MD":
        return False
    verb = _verb_of(must)
    if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in {
        "it", "this", "that", "these", "those", "he", "she", "they", "there",
    }:  # fmt: skip
        return False
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if not complements or any(c.tag_ == "VBN" for c in complements):
        return False  # "it must be done": passive, a duty
    if requirement(verb):
        return False  # "it must be dry before you drill": a condition to meet
    if subject.lower_ == "there" and any(
        c.lemma_.lower() in ("inquiry", "investigation", "change", "review") for c in complements
    ):
        return False  # "there must be an inquiry": a demand
    return not any(c.lemma_.lower() in DUTY_NOUNS for c in complements)

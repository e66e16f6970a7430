"""Sense rules for the modal verbs of the hedging lens: may, might, could, would, must.

A modal is a hedge only in its *epistemic* sense, where it says how likely a claim
is ("the plan could fail", "this would be significant", "this must be a mistake").
The same words also express ability ("she could swim"), capacity ("can carry 40
tonnes"), permission ("residents may apply"), a plain or reported future ("said the
dam would open in May"), a conditional consequence ("if it rains, the match would
be moved"), a habit ("he would walk to work") or a duty ("applicants must be over
18"); none of those is a hedge (ANNOTATION_GUIDE.md, section 3). The rules here
read the sense from the dependency parse; the word classes they consult are in
``kit/lexicons/hedge_senses.yaml``. :mod:`kit.lenses.hedging` uses them by name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.rules import sense_rule
from kit.lenses.shared import QUOTE_MARKS, sentence_of

#: Skills: "could swim", "could read" is ability whoever the subject is.
SKILL_VERBS = lexicon.word_set("hedge_senses", "skill_verbs")
#: Senses and mental abilities: ability when a person is the subject ("she could see").
ABILITY_VERBS = lexicon.word_set("hedge_senses", "ability_verbs")
#: Verbs of capacity, ability when the object is an amount: "can carry 40 tonnes".
CAPACITY_VERBS = lexicon.word_set("hedge_senses", "capacity_verbs")
#: Frames that put a sentence in the past: "when she was young she could swim".
PAST_FRAMES = lexicon.ordered_words("hedge_senses", "past_frames")
#: Words that make "would" a plain if-then consequence or a habit, not a hedge.
CONDITIONAL_WORDS = lexicon.word_set("hedge_senses", "conditional_words")
HABIT_WORDS = lexicon.word_set("hedge_senses", "habit_words")
#: Past reporting verbs that turn "will" into "would" ("said it would be ready").
BACKSHIFT_VERBS = lexicon.word_set("hedge_senses", "backshift_verbs")
#: Verbs through which a speaker softens their own view: "I would argue that".
SOFT_OPINION_VERBS = lexicon.word_set("hedge_senses", "soft_opinion_verbs")
#: Nouns for people and bodies that make proposals (subjects of "suggested").
PEOPLE_NOUNS = lexicon.word_set("hedge_senses", "people_nouns")
AMOUNT_ENTITIES = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}


# -- sense rules -----------------------------------------------------------------
#: Actions that "may" permits rather than predicts: "residents may apply for permits".
PERMISSION_VERBS = lexicon.word_set("hedge_senses", "permission_verbs")


#: Activities that rules permit, with a limit: "vans may stop for up to twenty minutes".
REGULATED_ACTIVITIES = lexicon.word_set("hedge_senses", "regulated_activities")
LIMIT_WORDS = lexicon.ordered_words("hedge_senses", "limit_words")


@sense_rule("hedge", "modal")
def _modal(span: Span) -> bool:
    """A modal verb, not a name or a month ("May", "Will"), nor a request ("May I ask?")."""
    modal = span[0]
    if modal.tag_ != "MD" or _mentioned(modal):
        return False
    verb = _verb_of(modal)
    subject = subject_of(verb)
    if (
        modal.lower_ == "may"
        and verb.lemma_ in PERMISSION_VERBS
        and not _has_perfect(verb, modal)
        and is_person(subject)
    ):
        return False  # permission: "residents may apply" (but "the storm may bring rain")
    if (
        modal.lower_ == "may"
        and verb.lemma_ in REGULATED_ACTIVITIES
        and _in_sentence(span, LIMIT_WORDS)
    ):
        return False  # a rule: "delivery vans may stop for up to twenty minutes"
    if modal.lower_ in ("may", "might") and in_purpose_clause(modal):
        return False
    return not (
        subject is not None and subject.i > modal.i and sentence_of(modal).text.rstrip()[-1:] == "?"
    )


def _mentioned(modal: Token) -> bool:
    """A modal with no verb and nothing but punctuation: the word mentioned, not used
    ("Could. Up to." repeats a study's words to mock them)."""
    return modal.dep_ == "ROOT" and all(c.is_punct for c in modal.children)


def _verb_of(modal: Token) -> Token:
    return modal.head if modal.dep_ in ("aux", "auxpass") else modal


def _in_sentence(span: Span, words: set[str] | tuple[str, ...]) -> bool:
    sent = sentence_of(span)
    if isinstance(words, tuple):
        low = sent.text.lower()
        return any(w in low for w in words)
    return any(t.lower_ in words for t in sent)


def _has_perfect(verb: Token, modal: Token) -> bool:
    return any(c.lemma_ == "have" and c.dep_ == "aux" and c.i > modal.i for c in verb.children)


def _past_frame(verb: Token, span: Span) -> bool:
    """The clause is set in the past: a "when ... was" clause or a past-time phrase."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBD":
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")}
            if marks & {"when", "while", "as", "until", "before", "after", "once"}:
                return True
    return _in_sentence(span, PAST_FRAMES)


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return subject_of(verb.head)
    return None


def is_person(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in {"i", "you", "he", "she", "we", "they", "who"}
    return tok.lemma_.lower() in PEOPLE_NOUNS or tok.lemma_.lower() in {
        "child", "man", "woman", "boy", "girl", "player", "student", "worker", "driver",
    }  # fmt: skip


@sense_rule("hedge", "epistemic_could")
def _epistemic_could(span: Span) -> bool:
    """ "could" of possibility ("it could become ..."), not of (past) ability."""
    modal = span[0]
    if modal.tag_ != "MD" or _mentioned(modal):
        return False
    verb = _verb_of(modal)
    if in_purpose_clause(modal):
        return False  # "so that residents could judge": a purpose, not a doubt
    if any(c.dep_ == "neg" for c in verb.children) and not _has_perfect(verb, modal):
        return False  # "this study could not answer": (in)ability
    if any(c.lower_ in BARELY_WORDS for c in verb.children if c.dep_ == "advmod"):
        return False  # "could barely be heard": (in)ability, not a doubt
    if _told_option(verb):
        return False  # "fans were told they could keep their tickets": an option given
    if _has_perfect(verb, modal) or verb.lemma_ in ("be", "become"):
        return True
    if _in_sentence(span, {"if", "unless"}):
        return True
    if _past_frame(verb, span):
        return False
    if verb.lemma_ in SKILL_VERBS:
        return False
    subject = subject_of(verb)
    if verb.lemma_ in ABILITY_VERBS and is_person(subject):
        return False
    # "can carry 40 tonnes", "could treat 400 million litres": a capacity
    return not (verb.lemma_ in CAPACITY_VERBS and _amount_in(verb, ("dobj", "npadvmod")))


def _amount_in(verb: Token, deps: tuple[str, ...]) -> bool:
    objects = [c for c in verb.children if c.dep_ in deps]
    return any(c.ent_type_ in AMOUNT_ENTITIES or c.like_num for o in objects for c in o.subtree)


#: Adverbs that make "could" a statement of (in)ability: "could barely be heard".
BARELY_WORDS = frozenset({"barely", "hardly", "scarcely", "only", "just"})
#: Verbs that hand someone an option: "were told they could keep their tickets".
OPTION_VERBS = frozenset({"tell", "inform", "assure", "promise", "advise", "allow", "permit"})


def _told_option(verb: Token) -> bool:
    """The "could" clause reports an option someone was given ("told they could keep
    their tickets"), not a possibility ("told her she could miss the season")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_ in OPTION_VERBS
        and verb.lemma_ in PERMISSION_VERBS
        and is_person(subject_of(verb))
    )


@sense_rule("hedge", "assessment_would")
def _assessment_would(span: Span) -> bool:
    """ "would" softening a judgement ("this would be significant"), not an if-then."""
    modal = span[0]
    if modal.tag_ != "MD":
        return False
    if _in_sentence(span, CONDITIONAL_WORDS) or _in_sentence(span, HABIT_WORDS):
        return False
    verb = _verb_of(modal)
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_ in BACKSHIFT_VERBS
        and verb.head.tag_ == "VBD"
        and not _quoted_between(verb.head, modal)
    ):
        return False  # "officials said the dam would be the largest": "will", reported
    if verb.lemma_ == "be":
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        return any(c.tag_ not in ("VBN", "VBG") for c in complements)
    subject = subject_of(verb)
    return (
        verb.lemma_ in SOFT_OPINION_VERBS
        and subject is not None
        and subject.lower_ in {"i", "we", "one"}
    )


def _quoted_between(a: Token, b: Token) -> bool:
    """A quotation mark between two tokens: direct speech, not a reported clause."""
    lo, hi = sorted((a.i, b.i))
    return any(t.tag_ in ("``", "''") or t.text in QUOTE_MARKS for t in a.doc[lo:hi])


def in_purpose_clause(modal: Token) -> bool:
    """The modal sits in a "so that ..." / "in order that ..." clause: a purpose."""
    verb = _verb_of(modal)
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if any(m.lower_ == "that" and m.i > 0 and m.doc[m.i - 1].lower_ in ("so", "order")
           for m in marks):  # fmt: skip
        return True
    return any(m.lower_ == "so" for m in marks)


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
    if subject.lower_ == "there" and any(
        c.lemma_.lower() in ("inquiry", "investigation", "change", "review") for c in complements
    ):
        return False  # "there must be an inquiry": a demand
    return not any(c.lemma_.lower() in DUTY_NOUNS for c in complements)

"""The hedging lens: how sure does the text sound? (ANNOTATION_GUIDE.md, section 3)

Hedges (``doc.spans["hedges"]``) mark a claim as uncertain, possible or
limited; boosters (``doc.spans["boosters"]``) mark it as certain or proven.
The words come from ``kit/lexicons/hedges.yaml`` and ``boosters.yaml``; the
code here holds only the *sense rules* that tell a hedge from a look-alike
("she could swim", "May", "likely voters", "clearly marked lanes").

The certainty profile over these marks is in :mod:`kit.certainty`.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.labels import BOOSTER_LABELS, HEDGE_LABELS
from kit.lenses.rules import check_rule, rules_for, sense_rule
from kit.lenses.shared import (
    QUOTE_MARKS,
    forget_sentences,
    is_name,
    keep_longest,
    sentence_of,
    stance_adverb,
)
from kit.lenses.wordlists import Entry, WordList
from kit.lexicon import LexiconStore

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
#: Modals in a "that"-clause that make "suggest" a proposal ("suggested that they should").
MANDATIVE_MODALS = lexicon.word_set("hedge_senses", "mandative_modals")
PROPOSAL_MODALS = lexicon.word_set("hedge_senses", "proposal_modals")
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
    subject = _subject(verb)
    if (
        modal.lower_ == "may"
        and verb.lemma_ in PERMISSION_VERBS
        and not _has_perfect(verb, modal)
        and _is_person(subject)
    ):
        return False  # permission: "residents may apply" (but "the storm may bring rain")
    if (
        modal.lower_ == "may"
        and verb.lemma_ in REGULATED_ACTIVITIES
        and _in_sentence(span, LIMIT_WORDS)
    ):
        return False  # a rule: "delivery vans may stop for up to twenty minutes"
    if modal.lower_ in ("may", "might") and _in_purpose_clause(modal):
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


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _is_person(tok: Token | None) -> bool:
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
    if _in_purpose_clause(modal):
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
    subject = _subject(verb)
    if verb.lemma_ in ABILITY_VERBS and _is_person(subject):
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
        and _is_person(_subject(verb))
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
    subject = _subject(verb)
    return (
        verb.lemma_ in SOFT_OPINION_VERBS
        and subject is not None
        and subject.lower_ in {"i", "we", "one"}
    )


def _quoted_between(a: Token, b: Token) -> bool:
    """A quotation mark between two tokens: direct speech, not a reported clause."""
    lo, hi = sorted((a.i, b.i))
    return any(t.tag_ in ("``", "''") or t.text in QUOTE_MARKS for t in a.doc[lo:hi])


@sense_rule("hedge", "predicative")
def _predicative(span: Span) -> bool:
    """ "likely" said of a claim ("is very likely that"), not "likely voters"."""
    return span[-1].dep_ != "amod"


@sense_rule("hedge", "raising_appear")
def _raising_appear(span: Span) -> bool:
    """ "appear to / it appears that / appears calm", not "appeared at the hearing"."""
    verb = span[0]
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ in ("to", "that")
        and nxt.i + 1 < len(doc)
        and (nxt.lower_ == "that" or doc[nxt.i + 1].tag_ == "VB")
    ):
        return True
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "acomp", "oprd"}:
        return True
    if any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children):
        return True
    subject = _subject(verb)
    return subject is not None and subject.lower_ == "it" and subject.dep_ == "nsubj"


def _clause_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    return None


@sense_rule("hedge", "epistemic_suggest")
def _epistemic_suggest(span: Span) -> bool:
    """ "suggests (that) the plan will fail", not "suggested a new route" (a proposal)."""
    verb = span[0]
    if verb.pos_ != "VERB":
        return False
    clause = _clause_of(verb)
    if clause is None:
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & MANDATIVE_MODALS:
        return False
    if clause.tag_ == "VB" and not auxes:
        return False  # subjunctive: "suggested that he resign"
    return not (auxes & PROPOSAL_MODALS and _is_person(_subject(verb)))


@sense_rule("hedge", "that_clause")
def _that_clause(span: Span) -> bool:
    """A verb that introduces a claim ("proves that ..."), not an object ("show them")."""
    verb = span[0]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("seem", "appear"):
        return False  # "seems to show": the hedge, not the booster, sets the tone
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in verb.children):
        return False  # "may show": hedged
    clause = _clause_of(verb)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in ("whether", "if"):
        return False  # "should show whether the carbon stays": an open question
    return clause is not None or (
        verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "that"
    )


@sense_rule("hedge", "claim_limiter")
def _claim_limiter(span: Span) -> bool:
    """ "at least better than" (limits an evaluation), not "at least 20 people" (an
    amount) nor "could at least pave a way" (a minimum step)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.tag_ in ("JJR", "RBR")


@sense_rule("hedge", "claims_all")
def _claims_all(span: Span) -> bool:
    """ "nobody denies", "every poll": all or none; not a schedule ("every three
    months") nor a description inside a relative clause ("the part nobody sees")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ == "every" and nxt is not None and (nxt.like_num or nxt.lower_ == "other"):
        return False  # "every three months", "every other week": a schedule
    tok = span.root
    if tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return False  # "a film everyone loved"
    before = doc[span.start - 1] if span.start > 0 else None
    return not (
        before is not None and before.tag_ in ("NN", "NNS") and span[0].lower_ != "every"
    )  # "the part nobody sees": a description of the part


def _in_purpose_clause(modal: Token) -> bool:
    """The modal sits in a "so that ..." / "in order that ..." clause: a purpose."""
    verb = _verb_of(modal)
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if any(m.lower_ == "that" and m.i > 0 and m.doc[m.i - 1].lower_ in ("so", "order")
           for m in marks):  # fmt: skip
        return True
    return any(m.lower_ == "so" for m in marks)


@sense_rule("hedge", "approximation")
def _approximation(span: Span) -> bool:
    """ "about 40 percent", "around £2m": an amount given as approximate, not a year
    ("a film about 1989") nor a topic ("talked about 20 of them")."""
    numbers = [t for t in span if t.like_num]
    if not numbers:
        return True  # "about a third"
    num = numbers[0]
    nxt = span.doc[num.i + 1] if num.i + 1 < len(span.doc) else None
    counted = nxt is not None and (nxt.tag_ in ("NN", "NNS") or nxt.lower_.startswith(("%", "per")))
    if YEAR.fullmatch(num.text) and not counted:
        return False  # a year: "a film about 1989" (but "about 2000 people")
    first = span[0]
    if first.lower_ == "about" and first.head.pos_ == "VERB" and first.dep_ == "prep":
        return first.head.lemma_ not in TOPIC_VERBS
    return True


YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
#: Verbs whose "about" gives a topic, not an approximation: "wrote about 1989".
TOPIC_VERBS = lexicon.word_set("hedge_senses", "topic_verbs")


@sense_rule("hedge", "attributive")
def _attributive(span: Span) -> bool:
    """ "the suspected cause", "an apparent attempt": a hedge inside a noun phrase, not
    "he is suspected of theft" (a legal report) or "it became apparent" (plain)."""
    return span[-1].dep_ == "amod"


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
    subject = _subject(verb)
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


sense_rule("hedge", "stance_adverb")(stance_adverb)
SENSE_RULES = rules_for("hedge")  # filled by the @sense_rule functions above


def find_cues(words: WordList, doc: Doc) -> list[Span]:
    """Spans for every entry of ``words`` whose sense rule accepts it, longest first."""
    kept: list[tuple[Entry, Span]] = []
    for entry, span in words(doc):
        if is_name(span):
            continue
        rule = SENSE_RULES.get(entry.rule) if entry.rule else None
        if rule is not None and not rule(span):
            continue
        if entry.rule == "that_clause" and span.end < len(doc) and doc[span.end].lower_ == "that":
            span = doc[span.start : span.end + 1]  # mark "proves that", the whole cue
        kept.append((entry, span))
    out = []
    for entry, span in keep_longest(kept):
        marked = Span(doc, span.start, span.end, label=entry.label)
        marked._.kit_explanation = entry.explain(span.text)
        out.append(marked)
    return out


def check_rules(words: WordList) -> None:
    """Fail at start-up, not mid-article, if a word list names an unknown rule."""
    for entry in words.entries.values():
        check_rule("hedge", entry.rule, f"{words.name}.yaml")


@Language.factory(
    "kit_hedging",
    default_config={
        "hedges": "default",
        "boosters": "default",
        "hedges_key": "hedges",
        "boosters_key": "boosters",
    },
    requires=["token.lemma", "token.tag", "token.dep", "token.is_sent_start"],
    assigns=["doc.spans", "span._.kit_explanation"],
)
def make_hedging(
    nlp: Language, name: str, hedges: str, boosters: str, hedges_key: str, boosters_key: str
) -> HedgingComponent:
    """The hedging lens; ``hedges``/``boosters``: "default" or a path to a word list."""
    return HedgingComponent(nlp, hedges, boosters, hedges_key, boosters_key)


class HedgingComponent:
    """Marks hedges and boosters (cue words only), each with an explanation."""

    def __init__(
        self,
        nlp: Language,
        hedges: str = "default",
        boosters: str = "default",
        hedges_key: str = "hedges",
        boosters_key: str = "boosters",
    ) -> None:
        self.nlp = nlp
        self.hedges_key, self.boosters_key = hedges_key, boosters_key
        self.store = LexiconStore(
            {"hedges": (hedges, "hedges"), "boosters": (boosters, "boosters")}
        )
        if self.store.ready:
            self._build()

    def _build(self) -> None:
        self.hedges = WordList(self.nlp, "hedges", HEDGE_LABELS, self.store.data("hedges"))
        self.boosters = WordList(self.nlp, "boosters", BOOSTER_LABELS, self.store.data("boosters"))
        check_rules(self.hedges)
        check_rules(self.boosters)

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        """Save the word lists beside the component (``nlp.to_disk``)."""
        self.store.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> HedgingComponent:
        """Load the saved word lists (``spacy.load``)."""
        self.store.from_disk(path)
        self._build()
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not self.store.ready:
            self.store.data(next(iter(self.store.missing)))  # raises the clear error
        doc.spans[self.hedges_key] = find_cues(self.hedges, doc)
        doc.spans[self.boosters_key] = find_cues(self.boosters, doc)
        forget_sentences(doc)
        return doc

"""Verdicts in the writer's own voice told through a sentence frame rather than a
charged word (issue 11, loadedP2). Like the other claim rules, a find counts only in
the writer's own voice (the loaded lens drops one inside quotes, reported content or
a sentence with a reporting cue):

- :func:`mock_perhaps`: a verbless fragment closed by ", perhaps." after another
  sentence: "The port calls the terminal a boost. A gift wrapped in diesel fumes,
  perhaps." (the writer's sneer offered as a guess); not "Perhaps." alone, nor a
  sentence with a verb ("It may rain, perhaps.");
- :func:`mock_privileges`: "A bigger bill for the privilege of a lanyard." (a verbless
  fragment of mock gratitude); not "They paid £5 for the privilege of a seat" (a verb);
- :func:`mock_reactions`: people who "will find that hilarious/reassuring": a reaction
  the writer predicts for others, in irony; not "Inspectors will find that the roof is
  safe" (a finding, no adjective);
- :func:`certain_minds`: a person's experience or record vouched for by the writer,
  "has clearly never sat on a cab rank", "has simply never looked back" (an adverb of
  certainty with "never"); not "has never charged for entry" (a plain record);
- :func:`moral_generics`: a rule of conduct stated as fact about a kind of people,
  "Good neighbours do not flatten a widower's garden." (an adjective of virtue on a
  bare plural, a negated present verb); not "Wind turbines do not need permission".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
)
from kit.lenses.judgement_verdicts import candidates, make_verdict
from kit.lenses.judgement_voice import words_of
from kit.lenses.wordlists import sentence_of

FINITE = ("VBD", "VBZ", "VBP", "MD")
#: Reactions predicted in irony ("will find that hilarious").
MOCK_REACTIONS = frozenset({
    "hilarious", "amusing", "funny", "reassuring", "comforting", "heartening", "touching",
    "priceless", "rich", "ironic", "consoling", "uplifting", "charming", "delightful",
    "hysterical", "laughable", "cheering", "encouraging",
})  # fmt: skip
#: Adverbs by which the writer vouches for what someone has or has not done.
VOUCHING = frozenset({"clearly", "obviously", "plainly", "evidently", "simply", "patently",
                      "manifestly", "surely", "certainly", "demonstrably"})  # fmt: skip
#: Adjectives of virtue that make a bare plural a moral kind ("good neighbours").
VIRTUE = frozenset({
    "good", "decent", "responsible", "honest", "honourable", "honorable", "real", "proper",
    "true", "sensible", "caring", "reasonable", "self-respecting", "serious", "competent",
    "principled", "civilised", "civilized", "fair-minded", "genuine", "grown-up", "mature",
    "ethical", "trustworthy", "loyal", "respectable",
})  # fmt: skip


def _verdict(sent: Span, why: str, neutral: str, rule: str) -> Judgement:
    return make_verdict(
        sent,
        f"Whose judgement is this? {why}: the writer's own verdict, stated with no source. "
        "A neutral text reports the facts and lets the reader judge.",
        neutral,
        rule,
    )


# -- "A gift wrapped in diesel fumes, perhaps." ------------------------------------------
def mock_perhaps(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verbless fragment (no finite verb) closed by ", perhaps." that follows another
    sentence: the writer's sneer offered as a guess."""
    for tok in candidates(doc, frozenset({"perhaps", "maybe"})):
        sent = sentence_of(tok)
        rest = [t for t in doc[tok.i + 1 : sent.end] if not t.is_space]
        if [t.text for t in rest] not in (["."], ["?"], ["!"]) or tok.i < 2:
            continue
        if doc[tok.i - 1].text != "," or sent.start == 0 or len(words_of(sent)) < 4:
            continue
        if any(t.tag_ in FINITE for t in sent) or doc[sent.start].is_quote:
            continue
        yield _verdict(
            sent,
            f"'..., {tok.text}.' closes a verbless fragment that restates the claim before "
            "it in mocking terms",
            "(report the claim and the evidence)",
            "mock_perhaps",
        )


# -- "A bigger bill for the privilege of a badge." ------------------------------------------
def mock_privileges(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verbless fragment after another sentence that names a cost "for the privilege
    of" something: mock gratitude, the writer's sneer at the charge."""
    for tok in candidates(doc, frozenset({"privilege"})):
        sent = sentence_of(tok)
        if tok.i < 2 or [t.lower_ for t in doc[tok.i - 2 : tok.i]] != ["for", "the"]:
            continue
        if sent.start == 0 or any(t.tag_ in FINITE for t in sent) or doc[sent.start].is_quote:
            continue
        yield _verdict(
            sent,
            "'for the privilege of' thanks the reader, in mock gratitude, for a charge: a "
            "verbless fragment that sneers at the fact before it",
            "(give the charge and what it pays for)",
            "mock_privilege",
        )


# -- "will find that hilarious" ----------------------------------------------------------
def mock_reactions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People who "will find that hilarious": "find" with a modal, "that"/"this"/"it" as
    object and a reaction adjective after it, said of people."""
    lex = lex or default_lexicon()
    for verb in candidates(doc, frozenset({"find"})):
        if verb.pos_ != "VERB" or not any(c.tag_ == "MD" for c in verb.children):
            continue
        if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in ("that", "this", "it"):
            continue
        adj = next((t for t in verb.subtree if t.i > verb.i and t.lower_ in MOCK_REACTIONS
                    and (t.pos_ == "ADJ" or t.tag_ == "VBG")), None)  # fmt: skip
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if adj is None or subject is None or not is_person(subject, lex):
            continue
        yield _verdict(
            sentence_of(verb),
            f"'{verb.text} that {adj.text}' predicts, in irony, how people will take the "
            "news: the writer's sneer put in their mouths",
            "(report what the people affected said)",
            "mock_reaction",
        )


# -- "has clearly never sat on a cab rank" ----------------------------------------------
def certain_minds(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A person's experience or record vouched for by the writer: an adverb of certainty
    right before "never" on a verb whose subject is a person or body."""
    lex = lex or default_lexicon()
    for never in candidates(doc, frozenset({"never"})):
        if never.i == 0 or doc[never.i - 1].lower_ not in VOUCHING:
            continue
        verb = never.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.pos_ not in ("VERB", "AUX") or subject is None or not is_person(subject, lex):
            continue
        yield _verdict(
            sentence_of(never),
            f"'{doc[never.i - 1].text} never' vouches for what {subject.text} has or has not "
            "done or known, as if the writer could see it",
            "(say what they did; quote someone who says so)",
            "certain_mind",
        )


# -- "Good neighbours do not flatten a widower's garden." ---------------------------------
def moral_generics(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A bare plural with an adjective of virtue as the subject of a negated present
    verb ("Good neighbours do not ...", "Decent employers don't ..."): a rule of conduct
    stated as fact, aimed at whoever broke it."""
    for adj in candidates(doc, VIRTUE):
        noun = adj.head
        if adj.dep_ != "amod" or noun.tag_ != "NNS" or noun.dep_ != "nsubj":
            continue
        if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            continue  # "the good neighbours", "two decent employers"
        verb = noun.head
        if verb.tag_ != "VB" or not any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children):
            continue
        yield _verdict(
            sentence_of(adj),
            f"'{adj.text} {noun.text} do not {verb.text} ...' states a rule of conduct as "
            "fact to judge whoever broke it",
            "(say what was done and who objects)",
            "moral_generic",
        )


# -- cues that report nobody (used by the loaded lens's voice check) -----------------------
def extraposed(verb: Token) -> bool:
    """The infinitive of "it is hard to ...": "It is difficult to believe anyone has
    tried" names an act nobody performs, so it reports no one (used by the loaded lens's
    voice check)."""
    head = verb.head
    if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "has") for c in verb.children
    ):
        return True  # "it must be said", "it has to be said": the writer's aside (loadedP2)
    after = verb.doc[verb.i + 1 : verb.i + 2].text.lower()
    if verb.lemma_ == "find" and after in ("that", "this", "it") and any(
        (c.pos_ == "ADJ" or c.lower_ in MOCK_REACTIONS)
        and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
        for c in verb.children
    ):
        return True  # "will find that hilarious": a reaction, no speech reported (loadedP2)
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "acomp" for c in head.children)
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    )


def extraposed_cue(sent: Span, cue: tuple[int, int]) -> bool:
    """An attribution cue (character range) that is such an infinitive."""
    span = sent.doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span is not None and len(span) == 1 and extraposed(span[0])


WRITER_RULES = (mock_perhaps, mock_privileges, mock_reactions, certain_minds, moral_generics)

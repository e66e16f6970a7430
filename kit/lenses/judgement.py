"""Judgement rules: loaded language found through the parse, not only through a list.

Each rule is a plain function over a parsed Doc that yields :class:`Judgement` records
(a labelled span, an explanation for the learner and a neutral alternative), in the
style of ``textacy.extract``. A word from the lexicons in ``kit/lexicons/judgement*.yaml``
counts only in a frame where it clearly judges a person, a group, or what they said or
did; the same word in a literal frame is left alone:

- :func:`judgement_adjectives`: "the feckless minister", "the board was spineless",
  "a reckless decision" (not "a cruel winter", "reckless driving");
- :func:`judgement_adverbs`: "recklessly ignored", derived from "reckless" (not
  "inflation stayed stubbornly high");
- :func:`judgement_nouns`: "his recklessness", "the arrogance of the board";
- :func:`figurative_attacks`: "hammered the proposal", "tore into the minister" (not
  "the storm battered the coast", "City hammered United 4-0", "crushed rock");
- :func:`capitulations`: "the council caved", "buckled under pressure from donors" (not
  "the roof caved in", "the bridge buckled", "rebels surrendered to the army");
- :func:`people_labels`: "the mayor is a coward", "Vale, a serial liar," (not "a circus
  clown", "a fitness fanatic");
- :func:`accusations`: "the cover-up", "his betrayal", "this power grab";
- :func:`sarcasm_markers`: "How convenient.", "in their infinite wisdom";
- :func:`rhetorical_questions`: "Is it any wonder voters are angry?" (unattributed claim);
- :func:`motive_claims`: "a ploy to", "designed to distract" (unattributed claim).

Sarcasm, rhetorical questions and motive claims count only in the writer's own voice;
the loaded lens checks that (it knows the quotations and attributions).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hit,
    Hits,
    JudgementLexicon,
    default_lexicon,
    norm,
    scan,
)
from kit.lenses.wordlists import is_name, sentence_of

PERSON_ENTITIES = {"PERSON", "NORP", "ORG", "GPE"}
PERSON_PRONOUNS = {
    "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who", "whom",
    "everyone", "anyone", "someone", "nobody", "somebody", "everybody",
}  # fmt: skip
#: Roles in which a label with no literal sense ("liar", "crook") names someone.
FREE_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT"}
SCORELINE = re.compile(r"\b\d+\s*[-–]\s*\d+\b")


class Judgement(NamedTuple):
    """One find: ``span.label_`` is the guide's label (emotive, labeling, ...)."""

    span: Span
    explanation: str
    neutral: str | None
    rule: str


# -- what a word is applied to --------------------------------------------------------
def is_person(tok: Token, lex: JudgementLexicon) -> bool:
    """A person or group: a name of a person, group, organisation or country, a
    personal pronoun, or a noun for people ("the minister", "voters")."""
    if tok.ent_type_ in PERSON_ENTITIES:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    return tok.lemma_.lower() in lex.set_of("people_noun") or tok.lower_ in lex.set_of(
        "people_noun"
    )


def subject_of(verb: Token) -> Token | None:
    """The active subject of a verb (or of the verb it is conjoined to)."""
    for t in (verb, verb.head if verb.dep_ == "conj" else None):
        if t is None:
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _target(tok: Token) -> str:
    """A readable name for the one judged: the whole name or the noun phrase's head."""
    if tok.ent_type_ in PERSON_ENTITIES:
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return f"'{ent.text}'"
    if tok.pos_ == "PRON":
        return "the people it describes"
    det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
    return f"'{det} {tok.text}'" if det in ("the", "this", "these", "those") else f"'{tok.text}'"


def literal_context(sent: Span, lex: JudgementLexicon, kinds: tuple[str, ...]) -> bool:
    """The sentence is about a real war, a real game or a real court case."""
    wc = lex.classes.get("literal_context")
    words = {w.text for w in wc.words.values() if w.category in kinds} if wc else set()
    if "sport" in kinds and SCORELINE.search(sent.text):
        return True
    return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


def _in_name(span: Span) -> bool:
    """Part of a name or title (not just a capital at the start of a sentence)."""
    if span.start == sentence_of(span).start and span[0].ent_type_ not in PERSON_ENTITIES:
        return is_name(span[1:]) if len(span) > 1 else False
    return is_name(span)


def _make(
    doc: Doc, hit: Hit, lex: JudgementLexicon, rule: str, target: str, label: str | None = None
) -> Judgement:
    wc = lex.classes[hit.word.cls]
    span = Span(doc, hit.start, hit.end, label=label or wc.label or "emotive")
    explanation = wc.explanation.replace("{text}", span.text).replace("{target}", target)
    return Judgement(span, explanation, hit.word.neutral or wc.neutral, rule)


# -- the rules ------------------------------------------------------------------------
def judgement_adjectives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An appraisal adjective applied to a person or group, or to what they did:
    premodifying ("the feckless minister", "a reckless decision"), or the predicate
    of a person ("the board was spineless"), or conjoined to such an adjective."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    copulas, acts = lex.set_of("copula"), lex.set_of("act_noun")
    taken: dict[int, str] = {}
    for hit in sorted(hits.get("judgement_adjective", ()), key=lambda h: h.start):
        tok = doc[hit.end - 1]
        if tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.dep_ != "amod":
            continue  # "the evil" as a noun, "bumbling along" as a verb
        if _in_name(doc[hit.start : hit.end]):
            continue
        target = None
        if tok.dep_ in ("amod", "nmod") and is_person(tok.head, lex):
            target = _target(tok.head)
        elif tok.dep_ == "amod" and tok.head.lemma_.lower() in acts:
            owner = _owner(tok.head, lex)
            target = f"{owner} (through what they did)" if owner else "whoever did it"
        elif tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in copulas:
            subject = subject_of(tok.head)
            if subject is not None and is_person(subject, lex):
                target = _target(subject)
            elif subject is not None and subject.lemma_.lower() in acts:
                target = "whoever did it"
        elif tok.dep_ == "conj" and tok.head.i in taken:
            target = taken[tok.head.i]
        if target is None:
            continue
        taken[tok.i] = target
        yield _make(doc, hit, lex, "judgement_adjective", target)


def _owner(tok: Token, lex: JudgementLexicon) -> str | None:
    """Who a decision or remark belongs to: "the minister's decision", "his remarks"."""
    for c in tok.children:
        if c.dep_ == "poss" and (is_person(c, lex) or c.tag_ == "PRP$"):
            return _target(c) if c.tag_ != "PRP$" else None
    return None


def judgement_adverbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An adverb of an appraisal adjective's family ("recklessly", "cynically",
    "shamelessly") modifying what a person does: "the board recklessly ignored ..."."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    wc = lex.classes["judgement_adjective"]
    for hit in hits.get("adverb", ()):
        tok = doc[hit.start]
        verb = tok.head
        if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(verb)
        if subject is None or not is_person(subject, lex):
            continue
        if literal_context(sentence_of(tok), lex, ("legal",)):
            continue  # "charged with driving recklessly": the legal term
        span = Span(doc, hit.start, hit.end, label="emotive")
        explanation = (
            f"'{tok.text}' (from '{hit.word.text}') judges how {_target(subject)} acted "
            "instead of describing it: it tells the reader what to think of them."
        )
        neutral = hit.word.neutral or wc.neutral
        yield Judgement(span, explanation, neutral, "judgement_adverb")


def judgement_nouns(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun of an appraisal adjective's family owned by a person or group: "his
    recklessness", "the arrogance of the board", "the government's incompetence"."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("noun", ()):
        tok = doc[hit.start]
        if tok.dep_ == "compound" or _in_name(doc[hit.start : hit.end]):
            continue
        owner = None
        for c in tok.children:
            if c.dep_ == "poss" and (c.tag_ == "PRP$" or is_person(c, lex)):
                owner = c
            elif c.dep_ == "prep" and c.lower_ == "of":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and is_person(obj, lex):
                    owner = obj
        if owner is None or literal_context(sentence_of(tok), lex, ("legal",)):
            continue
        who = "the people it describes" if owner.tag_ == "PRP$" else _target(owner)
        span = Span(doc, hit.start, hit.end, label="emotive")
        explanation = (
            f"'{tok.text}' (from '{hit.word.text}') names the behaviour of {who} by a verdict, "
            "as a fact in the text: describe what they did, or say who judges it so."
        )
        yield Judgement(span, explanation, hit.word.neutral, "judgement_noun")


def _objects(verb: Token, last: Token) -> list[Token]:
    """What a verb (or a phrase ending in a preposition) acts on."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (last, *[c for c in verb.children if c.dep_ == "prep"]):
        if prep.dep_ == "prep" or prep.pos_ == "ADP":
            objs += [c for c in prep.children if c.dep_ == "pobj"]
    return objs


def figurative_attacks(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of violence used for criticism: its target is a person, a group or an
    argument ("hammered the proposal", "tore into the minister"), never a thing, and
    the sentence is not about a real war or game."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    physical, forces = lex.set_of("physical_noun"), lex.set_of("force_subject")
    arguments = lex.set_of("argument_noun")
    for hit in [*hits.get("attack_verb", ()), *hits.get("attack_phrase", ())]:
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or _in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(verb)
        if literal_context(sent, lex, ("war", "sport")):
            continue
        subject = subject_of(verb)
        if subject is not None and subject.lemma_.lower() in forces:
            continue
        objs = _objects(verb, doc[hit.end - 1])
        if any(o.lemma_.lower() in physical for o in objs):
            continue
        target = next((o for o in objs if is_person(o, lex) or o.lemma_.lower() in arguments), None)
        if target is None:
            continue
        yield _make(doc, hit, lex, "figurative_attack", _target(target))


def capitulations(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of surrender or collapse said of a person or body changing position:
    "the council caved", "ministers buckled under pressure from donors". Collapse
    verbs ("buckle", "fold", "bow") need what they give way to ("to demands")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    pressure = lex.set_of("pressure_noun")
    for hit in hits.get("capitulation_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue  # "folded the letter", "surrendered his passport"
        subject = subject_of(verb)
        if subject is None or not is_person(subject, lex):
            continue
        if literal_context(sentence_of(verb), lex, ("war", "sport", "legal")):
            continue
        if hit.word.category != "surrender":
            objs = _objects(verb, doc[hit.end - 1])
            if not any(o.lemma_.lower() in pressure for o in objs):
                continue
        yield _make(doc, hit, lex, "capitulation", _target(subject))


def people_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun that names a person by a verdict ("liar", "coward", "crook"), in a frame
    that applies it to someone: "the mayor is a coward", "Vale, a serial liar,",
    "liar Vale", "called him a coward", or any role for a word with no literal sense.
    A word with a common literal sense ("clown", "snake") needs one of the first frames."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    copulas, naming = lex.set_of("copula"), lex.set_of("naming_verb")
    for hit in hits.get("people_label", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ not in ("NOUN", "PROPN") or _in_name(doc[hit.start : hit.end]):
            continue
        if tok.dep_ == "poss" or any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and not is_person(c, lex)
            for c in tok.children
        ):
            continue  # "a fool's errand", "a fitness fanatic"
        target = None
        head = tok.head
        if tok.dep_ == "attr" and head.lemma_ in copulas:
            subject = subject_of(head)
            if subject is not None and is_person(subject, lex):
                target = _target(subject)
        elif (tok.dep_ == "appos" and (is_person(head, lex) or head.pos_ == "PROPN")) or (
            tok.dep_ in ("compound", "nmod") and head.ent_type_ == "PERSON"
        ):
            target = _target(head)
        elif any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
            target = _target(next(c for c in tok.children if c.dep_ == "appos"))
        elif tok.dep_ in ("oprd", "dobj", "attr") and head.lemma_ in naming:
            target = "the person named"
        elif (
            not hit.word.strict
            and tok.dep_ in FREE_ROLES
            and not literal_context(sentence_of(tok), lex, ("sport",))
        ):
            target = "the people it stands for"
        if target is not None:
            yield _make(doc, hit, lex, "people_label", target)


def accusations(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun that names an action by an accusation: "the cover-up", "his betrayal",
    "this power grab". It must refer (a determiner or owner, or the predicate of
    "is"), not modify another noun ("cover-up allegations") or head a name."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    physical = lex.set_of("physical_noun")
    for hit in hits.get("accusation_noun", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        if _in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(tok)
        if hit.word.unless and any(t.lemma_.lower() in hit.word.unless for t in sent):
            continue
        if literal_context(sent, lex, ("legal",)):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(
            o.lemma_.lower() in physical for o in of.children if o.dep_ == "pobj"
        ):
            continue  # "the lie of the land", "a smear of paint"
        refers = any(c.dep_ in ("det", "poss") for c in tok.children) or tok.dep_ == "attr"
        if not refers and tok.tag_ != "NNS":
            continue
        owner = _owner(tok, lex)
        yield _make(doc, hit, lex, "accusation", owner or "someone")


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word of its sentence (after quotes, dashes, brackets)."""
    start = sentence_of(doc[i]).start
    return all(t.is_punct or t.is_space for t in doc[start:i])


def sarcasm_markers(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Sarcasm: mock surprise or doubt opening a sentence ("How convenient.", "So much
    for transparency.") and mock praise anywhere ("in their infinite wisdom")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("sarcasm_phrase", ()):
        if hit.word.category.endswith("_opener") and not _opens_sentence(doc, hit.start):
            continue
        yield _make(doc, hit, lex, "sarcasm", "")


def rhetorical_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question that is really a verdict: it opens like one ("Is it any wonder",
    "Who could blame", "Isn't it time") or carries a judgement word found by the
    other rules' lexicons. Plain questions ("What happens next?") are not marked."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    judged = sorted(
        h.start
        for cls in ("judgement_adjective", "people_label", "accusation_noun", "adverb", "noun",
                    "attack_verb", "attack_phrase", "capitulation_verb", "sarcasm_phrase")
        for h in hits.get(cls, ())
    )  # fmt: skip
    seen: set[int] = set()
    for hit in hits.get("?", ()):
        sent = sentence_of(doc[hit.start])
        if sent.start in seen or not all(t.is_punct for t in doc[hit.end : sent.end]):
            continue
        first = next((t.i for t in sent if not (t.is_punct or t.is_space)), None)
        if first is None:
            continue
        words = tuple(norm(t) for t in doc[first : min(first + 6, sent.end)])
        opener = next((o for o in lex.openers if words[: len(o)] == o), None)
        judging = any(sent.start <= i < sent.end for i in judged)
        if opener is None and not judging:
            continue
        seen.add(sent.start)
        span = Span(doc, first, hit.end, label="unattributed_claim")
        how = (
            f"it opens with '{' '.join(opener)}', which expects only one answer"
            if opener
            else "it carries a verdict inside a question"
        )
        explanation = (
            "Whose judgement is this? The writer asks a question that is really a claim: "
            f"{how}. A rhetorical question states a view without arguing for it or "
            "naming a source; ask what the writer is asserting, and on what evidence."
        )
        yield Judgement(
            span, explanation, "(state the claim plainly, with its source)", "rhetorical_question"
        )


def motive_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A hidden purpose stated as fact: a trick noun ("a ploy to", "the visit was a
    publicity stunt") or a purpose that is itself an accusation ("in a bid to distract",
    "designed to deflect", "aimed at silencing critics"). Plain purposes ("in a bid to
    cut costs", "designed to carry 400 passengers") are not marked."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    copulas, frames = lex.set_of("copula"), lex.set_of("purpose_frame")
    for hit in hits.get("motive_noun", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or _in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(tok)
        if hit.word.unless and any(t.lemma_.lower() in hit.word.unless for t in sent):
            continue
        nxt = doc[tok.i + 1 : tok.i + 3]
        purpose = len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].tag_ == "VB"
        predicate = tok.dep_ == "attr" and tok.head.lemma_ in copulas
        if purpose or predicate or (len(nxt) and nxt[0].lower_ == "of" and tok.lower_ == "pretext"):
            yield _make(doc, hit, lex, "motive_claim", "", label="unattributed_claim")
    for hit in hits.get("manipulation_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or literal_context(sentence_of(verb), lex, ("legal",)):
            continue
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        aimed = verb.tag_ == "VBG" and verb.head.lower_ == "at" and verb.head.head.lemma_ == "aim"
        if to is None and not aimed:
            continue
        frame = verb.head if verb.head.lemma_.lower() in frames else None
        if frame is None and aimed:
            frame = verb.head.head
        start = min(t.i for t in (frame, to, verb) if t is not None)
        if frame is not None and frame.head.lower_ == "in" and frame.head.i < start:
            start = frame.head.i  # "in a bid to silence"
        span = Span(doc, start, verb.i + 1, label="unattributed_claim")
        explanation = (
            f"Whose judgement is this? '{span.text}' states a hidden purpose as fact, in "
            "the writer's own voice: that someone acted to deceive, silence or buy off "
            "others. A claim about motive needs a source who can know it, e.g. the "
            "actor's own words, documents, or a named critic who makes the charge."
        )
        yield Judgement(span, explanation, None, "motive_claim")


#: Rules whose marks are words (emotive, labeling): they count in any voice.
WORD_RULES: tuple[Callable[..., Iterator[Judgement]], ...] = (
    judgement_adjectives,
    judgement_adverbs,
    judgement_nouns,
    figurative_attacks,
    capitulations,
    people_labels,
    accusations,
)
#: Rules that count only in the writer's own voice (the lens checks it).
VOICE_RULES: tuple[Callable[..., Iterator[Judgement]], ...] = (sarcasm_markers,)
VOICE_RULE_NAMES = {"sarcasm"}
#: Rules whose marks are unattributed claims (writer's voice, one per sentence).
CLAIM_RULES: tuple[Callable[..., Iterator[Judgement]], ...] = (
    rhetorical_questions,
    motive_claims,
)


def judgements(
    doc: Doc,
    lex: JudgementLexicon | None = None,
    rules: tuple[Callable[..., Iterator[Judgement]], ...] = WORD_RULES + VOICE_RULES + CLAIM_RULES,
    hits: Hits | None = None,
) -> list[Judgement]:
    """Every find of ``rules`` in ``doc``, after one shared pass over its tokens."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    return [j for rule in rules for j in rule(doc, lex, hits)]

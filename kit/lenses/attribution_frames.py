"""The attribution lens's reporting frame: cue lexicon, per-document cache, and
the grammar that finds a cue's speaker, its own words and the frame's extent
(annotation guide, section 1).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.errors import KitError
from kit.lenses import attribution_repairs as repairs
from kit.lenses.attribution_apposed import role_after_inverted_cue, role_before_cue
from kit.lenses.attribution_documents import issuer, received_document
from kit.lenses.attribution_links import (
    RELATIVES,
    message_clause,
    relative_antecedent,
    source_like,
)
from kit.lenses.attribution_repairs import after_passive, compound_subject, subject_after_quote
from kit.lenses.shared import (
    children_by_dep,
    doc_quotes,
    doc_text,
    hyphen_joined,
    sentence_bounds,
)
from kit.quotes import Quote, find_quotes

DEFAULT_CUES = str(lexicon.LEXICON_DIR / "cues.yaml")

#: Dependency labels of a cue verb's children that belong to the reporting
#: frame (who, to whom, when, how), not to the content.
FRAME_DEPS = {
    "nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "prep", "npadvmod",
    "dobj", "dative", "prt", "agent", "punct", "cc", "mark", "attr",
}  # fmt: skip
#: Children of the speaker that describe it rather than name it.
DESCRIPTION_DEPS = {"appos", "prep", "relcl", "acl", "punct", "advmod"}
#: Subjects that are not speakers ("it's confirmed that", "this proves that").
EXPLETIVES = lexicon.word_set("source_words", "expletives")
UNREALISED_FRAMES = lexicon.word_set("cues", "unrealised_frames")
#: A quotation with at least this many words may be speech on its own.
MIN_SPEECH_WORDS = 4
_WORD = re.compile(r"\w", re.UNICODE)
QUOTE_MARKS = set("\"'\u201c\u201d\u2018\u2019")



# -- per-document cache ----------------------------------------------------------
class _DocCache:
    """``doc.text`` and sentence bounds, computed once per document (both are O(n))."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.quotes = doc_quotes(doc)
        self.quoted = _merged(self.quotes)
        #: the adverbial clauses and each token's head (see attribution_content)
        self.advcl: tuple[list[int], list[int]] | None = None
        #: each verb's subject (see _subject), by position, found once per lens run
        self.subjects: dict[int, Token | None] = {}
        #: the cue phrases' matches (see AttributionComponent._phrase_matches)
        self.phrase_matches: list[tuple[int, int, int]] | None = None
        self.sent_of: list[tuple[int, int]] = [(0, 0)] * len(doc)
        for start, end in sentence_bounds(doc):
            self.sent_of[start:end] = [(start, end)] * (end - start)


def _merged(quotes: list[Quote]) -> tuple[list[int], list[int]]:
    """The union of the quotations' insides as sorted, disjoint (starts, ends)."""
    starts: list[int] = []
    ends: list[int] = []
    for q in sorted(quotes, key=lambda q: q.inner_start):
        if ends and q.inner_start <= ends[-1]:
            ends[-1] = max(ends[-1], q.inner_end)
        else:
            starts.append(q.inner_start)
            ends.append(q.inner_end)
    return starts, ends


_CACHE: dict[int, _DocCache] = {}


def _text(doc: Doc) -> str:
    cache = _CACHE.get(id(doc))
    return cache.text if cache is not None else doc.text


def _sent(tok: Token) -> Span:
    """The sentence of a token (cached: ``Token.sent`` scans the whole doc)."""
    cache = _CACHE.get(id(tok.doc))
    if cache is None:
        return tok.sent
    start, end = cache.sent_of[tok.i]
    return Span(tok.doc, start, end)  # (no slice: its bounds check costs as much again)


# -- lexicon ------------------------------------------------------------------
@dataclass
class CueLexicon:
    """Reporting verbs (by lemma), cue phrases and look-alikes that are no cues."""

    verbs: dict[str, dict[str, Any]]
    phrases: dict[str, dict[str, Any]]
    not_cues: list[str]
    media: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: str | Path) -> CueLexicon:
        """Read a cue lexicon file ("default" for ``kit/lexicons/cues.yaml``)."""
        try:
            data = lexicon.load(path, "cues")
        except KitError as err:
            raise KitError(f"cannot read the cue lexicon {path}: {err}") from err
        return cls.from_data(data, str(path))

    @classmethod
    def from_data(cls, data: dict[str, Any], where: str = "cues.yaml") -> CueLexicon:
        """Build from a parsed cue lexicon (see ``kit/lexicons/cues.yaml``)."""
        verbs = {e["lemma"]: e for e in data.get("verbs", [])}
        for entry in data.get("verbs", []):  # "texted" read by the lemmatizer as "texte"
            verbs.update({m: entry for m in entry.get("misread", []) if m not in verbs})
        phrases = {e["phrase"].lower(): e for e in data.get("phrases", [])}
        not_cues = [e["phrase"].lower() for e in data.get("not_cues", [])]
        if not verbs:
            raise KitError(f"the cue lexicon {where} lists no reporting verbs")
        media = frozenset(str(e["word"]).lower() for e in data.get("media", []))
        return cls(verbs, phrases, not_cues, media)


# -- one act of reporting -----------------------------------------------------
@dataclass
class Act:
    """An attribution being built: token ranges for cue and speaker, chars for content."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    content: tuple[int, int] | None
    verb: Token | None = None
    note: str = ""
    label: str = "indirect"
    canonical: str | None = None
    host: Token | None = None  # the verb a phrase cue ("according to") attaches to
    parts: list[tuple[int, int]] = field(default_factory=list)
    aside: str = ""  # a key of attribution_links.ASIDES: how the act was found
    name: str | None = None  # a source named past a misread parse ("Pantrio's advertising")
    within: int | None = None  # a cue inside another act's quotation: where that act's cue starts
    # the end of a follow-on quotation after the cue ('"A," he said. "B."'), not part of the
    # content but still the speaker's words (a name in it is no later speaker)
    follow_on: int | None = None


# -- speaker ------------------------------------------------------------------
def _shifted_conj(verb: Token, cue: bool = False) -> Token | None:
    """The reporting verb a past-tense verb really continues when the parser hung it
    inside the first verb's clause: 'said it would "fight this tax" and called the result
    "a hollow win"' (*called* read as a second verb of *fight*). Returns *said*.

    A reporting verb (``cue``) also continues it after a copula ('said the claim was "a
    con" and accused the mayor of ...': a claim accuses no one) and after a perfect
    whose subject is a pronoun ("said he had sold his house and called the vote ..."):
    either way the act is the same speaker's.
    """
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    copula = head.lemma_ == "be" and head.pos_ == "AUX"  # ("because the plate was "too
    # cold" and accused her of ...": a plate accuses no one; the act is the speaker's)
    if cue and head.dep_ == "advcl" and head.head.dep_ == "ccomp" and (
        _comma_and(verb) or copula
    ):
        # 'said it would be "an act of ingratitude" if the striker left, and urged the
        # board to ...': ", and" closes the condition; the appeal is the speaker's
        outer = head.head.head
        return outer if verb.tag_ == outer.tag_ == "VBD" and outer.pos_ == "VERB" else None
    if head.dep_ != "ccomp":
        return None
    outer = head.head
    if cue and verb.tag_ == "VBG" == outer.tag_ != head.tag_ and outer.pos_ == "VERB":
        return outer  # "a statement claiming she had won and accusing Tandy of ...": two acts
    if cue and verb.tag_ == "VBZ" == outer.tag_ and head.tag_ == "VB" and _modal(head):
        # 'the report concludes that it would cause "harm" and recommends refusal': a
        # present form cannot share "would" with the base form; the act is the report's
        return outer if outer.pos_ == "VERB" else None
    if verb.tag_ != "VBD":
        return None
    # a base form ("would fight") cannot share its auxiliary with a past form ("called");
    # "had cut prices and raised wages" can, and stays one clause
    if head.tag_ != "VB" and not (
        cue and (_shares_speaker(head, verb) or after_passive(verb, head) or _mute(head))
    ):
        return None
    outer = head.head
    return outer if outer.tag_ == "VBD" and outer.pos_ == "VERB" else None


def _modal(head: Token) -> bool:
    """A verb with a modal auxiliary of its own ("would cause")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _mute(head: Token) -> bool:
    """The reported clause's subject cannot speak ('commented that it now took him
    "eleven minutes" and called the planters "..."': "it" here is no body that spoke, and
    prices, roads or minutes call nothing anything), so a second reporting verb joined to
    the clause is the outer speaker's act."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and not source_like(subjects[0])


def _comma_and(verb: Token) -> bool:
    """ ", and urged": a comma right before the "and" that joins the verb."""
    doc = verb.doc
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    return cc is not None and cc.i > 0 and doc[cc.i - 1].text == "," and cc.i + 1 == verb.i


def _shares_speaker(head: Token, verb: Token) -> bool:
    """A reported clause a second reporting verb cannot belong to: a copula ("the claim
    was a con"), a modal ("routes may be delayed"), a perfect whose subject is a
    pronoun ("he had sold his house"), or a perfect with "been" ("residents had been
    consulted", "the pub had been losing money")."""
    if head.lemma_ == "be" and head.pos_ == "AUX":
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return True  # "services may be delayed and advised ...": a modal is not shared
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    pronoun = any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in head.children)
    # "said residents had been consulted and warned that ...": "had been" wants a
    # participle, and a past form after it (VBD, checked by the caller) with a that-clause
    # of its own is the speaker's act (not "had been sacked and told to leave": passive)
    been = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "been" for c in head.children)
    clause = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return perfect and (pronoun or been and clause)


def _subject(verb: Token) -> Token | None:
    """:func:`_find_subject`, kept per verb while the lens runs over a document (the
    content, range and act rules ask for the same verb's subject again)."""
    cache = _CACHE.get(id(verb.doc))
    if cache is None:
        return _find_subject(verb)
    if verb.i not in cache.subjects:
        cache.subjects[verb.i] = _find_subject(verb)
    return cache.subjects[verb.i]


def _fronted_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """ "That stretch, the partnership said in a statement, "does not meet ..."": two
    subjects before the verb, the first set off by a comma right before the second and the
    verb's reported clause after a comma, are the reported clause's own subject, fronted, and
    the speaker inserted after it; the speaker is the second (round AD)."""
    if len(subjects) != 2 or not all(c.i < verb.i for c in subjects):
        return None
    first, second = subjects
    comma = first.right_edge.i + 1
    if comma >= len(verb.doc) or verb.doc[comma].text != "," or second.left_edge.i != comma + 1:
        return None
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(reported) != 1 or first.pos_ not in ("NOUN", "PROPN"):
        return None
    # the cue set off on both sides: a comma between the cue and its reported clause
    # (not "Its report, all 212 pages of it, concludes that ...": an aside misread)
    between = verb.doc[verb.i + 1 : reported[0].left_edge.i + 1]
    return second if any(t.text == "," for t in between) else None


def _find_subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the clause it continues ("quoted as saying").

    When the parser hangs two subjects on the verb, one inside a quotation
    ('"Buses crawl," said Jo Adair'), the one outside it is the speaker.
    When it hangs none, a noun phrase in apposition that ends right before the
    verb is ("..., a person familiar with the talks, said").
    """
    letter = received_document(verb)
    if letter is not None:
        return letter  # "received a letter warning her to ...": the letter speaks
    depicted = repairs.depicted_speaker(verb) or repairs.stranded_relative(verb)
    if depicted is not None:
        return depicted  # "quoted the chairman as saying ...": the chairman speaks
    contact = _contact_clause_antecedent(verb)
    if contact is not None:
        return contact  # "Three buyers we spoke to said": the buyers, not "we"
    tok = _shifted_conj(verb, cue=True) or repairs.controlling_verb(verb) or verb
    for _ in range(3):
        tok = issuer(tok) or tok  # "put out a statement ... claiming that ..."
        passive = tok.tag_ == "VBN" or tok.lower_.endswith("ed")  # (or tagged an adjective)
        if tok.dep_ == "acomp" and passive and tok.head.lemma_ == "be":
            tok = tok.head  # "is minuted as saying": a passive read as an adjective of "is"
        subjects = children_by_dep(tok, ("nsubj", "nsubjpass")) or [
            g for a in children_by_dep(tok, ("aux",)) if a.i < tok.i
            for g in children_by_dep(a, ("nsubj",)) if g.i < a.i
        ]  # "The mayor did, however, find time": the subject hung on "did"  # fmt: skip
        if subjects:
            outside = [c for c in subjects if not _in_quote(c)]
            named = _speaker_as_object(verb) if not outside and tok is verb else None
            if named is not None:
                return named  # '"Shameful!" shouted one man': a quoted word as subject
            outside = outside or subjects
            if len(outside) > 1 and all(c.i > tok.i for c in outside):
                return outside[-1]  # "said co-author Dr Ann Lee": "co", "-" and "Lee"
            fronted = _fronted_subject(tok, outside)
            if fronted is not None:
                return fronted  # "That stretch, the partnership said, "does not ...""
            if len(outside) > 1 and all(hyphen_joined(a, b) for a, b in pairwise(outside)):
                return outside[-1]  # "Its vice-chancellor said": "vice", "-", "chancellor"
            if len(outside) > 1 and all(  # "Dr Fenwick-Ashe said": "Dr" and the name
                b.i == a.i + 1 and a.pos_ == b.pos_ == "PROPN" for a, b in pairwise(outside)
            ):
                return outside[-1]
            # "voters, who polls suggest are tired": *who* belongs to the reported clause
            own = [c for c in outside if c.lower_ not in RELATIVES] if len(outside) > 1 else []
            own = repairs.split_title(own)  # "Chair of judges Professor Ann Lee said"
            found = own[0] if own else relative_antecedent(tok, outside[0]) or outside[0]
            # "At X College, where ..., Ann Lee, 18, said": the place read as the subject
            return repairs.named_after_place(tok, found) or found
        misread = _misattached_subject(verb) if tok is verb else None
        if misread is not None:
            return misread  # "The secretary, whose memoir sold poorly, called ..."
        interrupted = _after_relative(tok)
        if interrupted is not None:
            return interrupted  # "Lady X, whose gala ... was mocked ..., insisted"
        if tok.dep_ not in ("conj", "pcomp", "prep", "xcomp", "advcl") or tok.head == tok:
            if tok is not verb:
                return None
            return (
                repairs.aside_subject(verb) or _apposition_before(verb)  # "X, asked ..., told"
                or subject_given_to_content(verb)
                or subject_after_quote(verb)
                or role_before_cue(verb)  # '"...," the group's chair, Ann Lee, told ...'
                or role_after_inverted_cue(verb)  # '"...," said our chair, Ann Lee, who ...'
                or _speaker_as_object(verb)
                or _subject_taken_by_clause(verb)
                or compound_subject(verb)  # "The brochure promises "...""
                or repairs.relative_before(verb)  # "Snodlake, who has judged ..., said"
            )
        tok = tok.head
    return None


def _contact_clause_antecedent(verb: Token) -> Token | None:
    """ "Three buyers we spoke to said they had not": after a relative clause with no
    relative word ("we spoke to", "I asked"), the parser may read the main verb as part
    of that clause ("to said"); a past-tense cue with no subject of its own, hung on such
    a clause whose subject is a pronoun, belongs to the noun the clause describes."""
    head = verb.head
    if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "xcomp", "conj") or head.dep_ != "relcl":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(c.tag_ in ("WP", "WDT", "WP$") for c in head.children) or not any(
        c.dep_ == "nsubj" and c.tag_ == "PRP" for c in head.children
    ):
        return None
    noun = head.head
    return noun if noun.pos_ == "NOUN" and noun.i < head.i else None


def _after_relative(tok: Token) -> Token | None:
    """ "Lady Imogen Carr, whose gala last month was mocked for its prices, insisted on
    Thursday that ...": the parser may hang the main verb on the relative clause that
    interrupts it, as a second verb of that clause. A finite verb right after a comma,
    with no "and"/"or" joining it to a clause opened by a relative word (who, whose,
    which), is the main verb; its subject is the noun the relative clause describes,
    never the relative clause's own subject ("whose gala")."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "relcl" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = tok.doc
    if doc[tok.i - 1].text != "," or any(
        doc[i].dep_ == "cc" or doc[i].lower_ in ("and", "or", "but") for i in range(head.i, tok.i)
    ):
        return None
    antecedent = head.head
    if antecedent.pos_ not in ("NOUN", "PROPN") or antecedent.i > head.i:
        return None
    opener = doc[antecedent.i + 1 : head.i]
    if len(opener) < 2 or opener[0].text != "," or opener[1].tag_ not in ("WP", "WP$", "WDT"):
        return None  # "X, who ..." / "X, whose ..." / "the report, which ..." only
    return antecedent


def _speaker_as_object(verb: Token) -> Token | None:
    """ '"Shameful!" shouted one man': right after a closing quotation, the parser may
    read the speaker as the cue's object (and a quoted word as its subject)."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_quote:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN") or _in_quote(objects[0]):
        return None
    return objects[0]


def _misattached_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung on a noun as a modifier.

    "The singer, 29, announced on Friday that ...": a participle cannot take a
    that-clause, so a modifier verb with one is the main verb and the noun it
    hangs on is its subject. "The secretary, whose memoir sold a thousand
    copies, called the plan ...": a past tense (VBD, never the participle of "a
    man called Jo") hung on a later noun in a sentence whose root is a noun:
    that root is the subject.
    """
    if verb.dep_ not in ("acl", "amod") or verb.tag_ not in ("VBD", "VBN"):
        return None
    head = verb.head
    if verb.dep_ == "amod":  # "Cardew, who ..., accused management of ...": a sentence
        root = _sent(verb).root  # with no verb but one hung on its object as an adjective
        after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        fits = after_comma and head.i == verb.i + 1 and root.pos_ in ("NOUN", "PROPN")
        if not fits:
            return cue_as_adjective(verb)
        return root if fits and root.i < verb.i and not _in_quote(root) else None
    if head.i < verb.i and any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        for c in verb.children
    ):
        return head
    root = _sent(verb).root
    if verb.tag_ == "VBD" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
        return None if _in_quote(root) else root
    return None


def subject_given_to_content(verb: Token) -> Token | None:
    """The speaker the parser gave to the reported clause as a second subject.

    'The memo, sent on Friday and marked "confidential," says the cuts will fall':
    the parser can hang *memo* and *cuts* both on *fall* and leave *says* aside. A
    clause verb cannot have two subjects, so the one before the cue is the cue's.
    """
    head = verb.head
    if verb.dep_ != "parataxis" or head.i < verb.i or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < verb.i and not _in_quote(c)]
    after = [c for c in subjects if verb.i < c.i < head.i]
    return before[0] if len(before) == 1 and after else None


def _subject_taken_by_clause(verb: Token) -> Token | None:
    """The sentence's subject when the parser gave it to a clause inside its apposition.

    "Priya Nandakumar, who chairs the committee and has called for Brill to
    resign, said ...": the parser can read *Nandakumar* as the subject of
    *called* and leave the main verb *said* with none. A subjectless main verb
    right after a comma takes the sentence's first subject when that subject
    is followed by a comma and its verb lies between it and the cue.
    """
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    sent = _sent(verb)
    first = next((t for t in doc[sent.start : verb.i] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if first is None or _in_quote(first) or first.i + 1 >= verb.i:
        return None
    end = _head_phrase_end(first)
    if end + 1 >= verb.i or doc[end + 1].text != "," or not (first.i < first.head.i < verb.i):
        return None
    return first if verb in first.head.ancestors else None


def _head_phrase_end(noun: Token) -> int:
    """Where a noun's phrase ends with the "of" phrases that follow it straight on ("The
    director of estates, asked about ..., said": *estates*), before any comma."""
    end = noun.i
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end + 1:
            end = max(end, child.right_edge.i)
    while end > noun.i and noun.doc[end].is_punct:
        end -= 1
    return end


def cue_as_adjective(verb: Token) -> Token | None:
    """The speaker of a cue the parser read as an adjective on the next noun: "Its
    director, Bryn Alcott, insisted services were improving" (*insisted* an adjective
    on *services*, whose clause is the root): the root's subject before the cue speaks,
    and the root's clause after the cue is the content."""
    doc = verb.doc
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or doc[verb.i - 1].text != ",":
        return None
    root = _sent(verb).root
    if root.pos_ not in ("VERB", "AUX") or root.i <= verb.i + 1 or verb.head.i != verb.i + 1:
        return None
    first = [c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i]
    return first[0] if first and not _in_quote(first[0]) else None


def _participle_aside(verb: Token) -> bool:
    """ "Mr Pryce's deputy, asked whether the board would apologise, said: ...": the
    parser made the participle the subject's verb and left the later cue without one. A
    verb with no auxiliary right after "subject ," whose cue takes that subject back
    (``_subject_taken_by_clause``) is the participle of what was done to the subject."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ccomp" or verb.i < 2:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _head_phrase_end(subject) != verb.i - 2 or doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return _subject_taken_by_clause(verb.head) == subject


def _in_quote(tok: Token) -> bool:
    """True when a token stands inside a quotation."""
    cache = _CACHE.get(id(tok.doc))
    starts, ends = cache.quoted if cache is not None else _merged(find_quotes(tok.doc.text))
    i = bisect_right(starts, tok.idx) - 1  # binary search: long texts stay linear
    return i >= 0 and tok.idx < ends[i]


def _apposition_before(verb: Token) -> Token | None:
    """ "X, a person familiar with the talks, said": the apposition before a subjectless cue."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0 or verb.dep_ != "ROOT":
        return None
    tok = doc[i]
    for anc in [tok, *tok.ancestors]:
        if anc.i >= verb.i or anc.head.i >= verb.i and anc.dep_ != "appos":
            return None
        if anc.dep_ == "appos" and anc.pos_ == "NOUN":
            return anc
        if anc.dep_ == "conj" and anc.pos_ == "NOUN" and not any(
            c.dep_ == "cc" for c in anc.head.children if c.i < anc.i
        ):  # "In a statement read by the officer, his partner, Ann Lee, described ...":
            return anc  # a noun joined by a bare comma to the opening phrase is the subject
    return None


def _bare_participle(verb: Token) -> bool:
    """ "Asked on Monday whether ...,": a participle clause with no subject of its own;
    "The deputy, asked whether ..., said:": one set off by commas after the subject."""
    if _participle_aside(verb):
        return True
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("advcl", "csubj"):
        return False
    first = verb.doc[verb.left_edge.i]
    if verb.left_edge.i != verb.i and first.lower_ not in ("when", "if"):
        # "The hall was painted as agreed": "as (was) agreed" names no one and no words
        elliptic = first.lower_ == "as" and not any(
            c.dep_ in ("agent", "dobj", "ccomp", "prep", "xcomp") for c in verb.children
        )
        if not elliptic:
            return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _plain_object(verb: Token) -> bool:
    """A noun object and no clause: "reported nausea" names a thing, not a report."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    if message_clause(verb) is not None:
        return False  # "posted a reminder that ...": the message's words follow
    return any(c.pos_ in ("NOUN", "PROPN") for c in children_by_dep(verb, ("dobj",)))


def _negated(verb: Token) -> bool:
    """ "did not say", "never explained": a negated cue reports nothing; nor does a cue
    that is only a right, a need or a wish ("are entitled to ask", "have a right to know",
    "need to ask whether", "would like to explain"): nobody has asked yet."""
    if any((c.dep_ == "neg" or c.lower_ == "never") and not _in_quote(c) for c in verb.children):
        return True  # (not '"Absolutely not," she replied': the quoted "not" is said)
    to = any(c.lower_ == "to" for c in children_by_dep(verb, ("aux",)))
    head = verb.head
    frame = head.lemma_.lower() in UNREALISED_FRAMES or head.lower_ in UNREALISED_FRAMES
    return (to and (frame or _yet_to(head, verb)) and head.i < verb.i) or suggested(verb)


def _yet_to(head: Token, verb: Token) -> bool:
    """ "has yet to explain why ...", "is still to say when ...": the aspect of an act
    that has not happened (Quirk et al. 3.49, "have yet to"), so nothing is reported."""
    return head.lemma_.lower() in ("have", "be") and any(
        c.lower_ in ("yet", "still") and c.dep_ == "advmod" and c.i < verb.i
        for c in head.children
    )


#: Wishes that, under a tentative modal, only suggest an act (cues.yaml suggested_acts).
SUGGESTED_ACTS = lexicon.word_set("cues", "suggested_acts")
#: The tentative modals of a suggestion ("would like to", "might care to").
TENTATIVE = {"would", "might", "could", "may", "'d"}


def suggested(verb: Token) -> bool:
    """ "Perhaps the chairman would like to explain what ...", "the council might care to
    say where the money went": a wish under a tentative modal invites an act of speech
    that nobody has made; "she said she would like to thank ..." reports the wish inside
    its own content, and "likes to say" (a habit) has no modal."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in SUGGESTED_ACTS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in TENTATIVE for c in head.children)


def _no_one(subject: Token) -> bool:
    """ "No one said ...", "No serious person believes ...", "nothing says ... like",
    "Does anyone believe ...?", "neither side would say": a negative or generic subject is
    no source."""
    return subject.lower_ in ("nobody", "none", "nothing", "anyone", "anybody", "neither") or any(
        c.lower_ in ("no", "neither") and c.dep_ == "det" for c in subject.children
    )


def _is_impersonal(verb: Token, subject: Token) -> bool:
    """ "It is reported that ...": an impersonal passive is an anonymous source."""
    return subject.lower_ == "it" and subject.dep_ == "nsubjpass" and subject.head == verb

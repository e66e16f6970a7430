"""The attribution lens: who says what (annotation guide, section 1).

One attribution per act of reporting. The component finds reporting cues
(verbs such as *said*, *told*, *noted*; phrases such as *according to*), reads
the speaker from the dependency parse (subject, inverted subject, apposition,
the object of *according to*), finds the content (a quotation, a that-clause,
or the clause before ", X said"), labels it ``direct``/``indirect``/``mixed``
and resolves the speaker to one canonical source (:mod:`kit.lenses.speakers`).

Results: ``doc.spans["attributions"]``, one span over each cue, with
``_.speaker`` and ``_.content`` as ``[start_char, end_char]``, ``_.canonical``
and ``_.explanation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.errors import KitError
from kit.lenses.speakers import SpeakerResolver, titles_of
from kit.lexicon import LexiconStore
from kit.quotes import Quote, find_quotes, is_term

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
#: A quotation with at least this many words may be speech on its own.
MIN_SPEECH_WORDS = 4
_WORD = re.compile(r"\w", re.UNICODE)
QUOTE_MARKS = set("\"'\u201c\u201d\u2018\u2019")


# -- per-document cache ----------------------------------------------------------
class _DocCache:
    """``doc.text`` and sentence bounds, computed once per document (both are O(n))."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.quotes = find_quotes(self.text)
        self.sent_of: list[tuple[int, int]] = [(0, 0)] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                self.sent_of[i] = (sent.start, sent.end)


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
    return tok.doc[start:end]


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


@Language.factory(
    "kit_attribution",
    default_config={
        "cues": "default",
        "titles": "default",
        "min_speech_words": MIN_SPEECH_WORDS,
        "spans_key": "attributions",
    },
    requires=["token.dep", "token.lemma", "token.tag", "token.is_sent_start", "doc.ents"],
    assigns=[
        "doc.spans",
        "span._.speaker",
        "span._.content",
        "span._.canonical",
        "span._.explanation",
        "doc._.kit_speakers",
    ],
)
def make_attribution(
    nlp: Language, name: str, cues: str, titles: str, min_speech_words: int, spans_key: str
) -> AttributionComponent:
    """The attribution component. ``cues``/``titles``: "default" or a path to a lexicon."""
    return AttributionComponent(nlp, name, cues, titles, min_speech_words, spans_key)


class AttributionComponent:
    """Finds attributions and writes them to ``doc.spans[spans_key]``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kit_attribution",
        cues: str = "default",
        titles: str = "default",
        min_speech_words: int = MIN_SPEECH_WORDS,
        spans_key: str = "attributions",
    ) -> None:
        self.nlp, self.name = nlp, name
        self.min_speech_words = min_speech_words
        self.spans_key = spans_key
        self.store = LexiconStore({"cues": (cues, "cues"), "titles": (titles, "titles")})
        if self.store.ready:
            self._build()

    def _build(self) -> None:
        """Compile the lexicons (at creation, or after ``from_disk``)."""
        nlp = self.nlp
        self.lexicon = lexicon = CueLexicon.from_data(self.store.data("cues"))
        self.titles = titles_of(self.store.data("titles"))
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("CUE", [nlp.make_doc(p) for p in lexicon.phrases])
        self.not_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.not_cues.add("NOT_CUE", [nlp.make_doc(p) for p in lexicon.not_cues])

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        """Save the lexicons beside the component (``nlp.to_disk``)."""
        self.store.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> AttributionComponent:
        """Load the saved lexicons (``spacy.load``)."""
        self.store.from_disk(path)
        self._build()
        return self

    # -- the pipeline step ------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and not doc.has_annotation("DEP"):
            raise KitError(
                "the attribution lens needs a dependency parse: add kit_attribution after "
                "the parser of an English model (kit.load_pipeline() does this)"
            )
        if not self.store.ready:
            self.store.data(next(iter(self.store.missing)))  # raises the clear error
        _CACHE[id(doc)] = _DocCache(doc)
        try:
            return self._annotate(doc)
        finally:
            del _CACHE[id(doc)]

    def _annotate(self, doc: Doc) -> Doc:
        quotes = _CACHE[id(doc)].quotes
        speech = [q for q in quotes if self._may_be_speech(_text(doc), q)]
        blocked = self._not_cue_tokens(doc)
        acts = self._verb_acts(doc, speech, blocked) + self._phrase_acts(doc, blocked)
        acts = _drop_nested(acts)
        acts.sort(key=lambda a: a.cue[0])
        for act in acts:
            act.label = _label(_text(doc), act.parts or [act.content], quotes)
        _attach_follow_on_quotes(doc, acts, speech)
        resolver = SpeakerResolver(doc, self.titles)
        canonicals = resolver.resolve([a.speaker for a in acts], [a.content for a in acts])
        for act, canonical in zip(acts, canonicals, strict=True):
            act.canonical = canonical
        doc._.kit_speakers = resolver.record()
        doc.spans[self.spans_key] = [self._span(doc, act) for act in acts]
        return doc

    # -- cues -------------------------------------------------------------------
    def _not_cue_tokens(self, doc: Doc) -> set[int]:
        blocked: set[int] = set()
        for _, start, end in self.not_cues(doc):
            blocked.update(range(start, end))
        for tok in doc:  # "the said agreement": said as an adjective
            if tok.lower_ == "said" and tok.pos_ in ("ADJ", "DET") and tok.dep_ == "amod":
                blocked.add(tok.i)
        return blocked

    def _is_cue_verb(self, tok: Token, blocked: set[int]) -> bool:
        entry = self.lexicon.verbs.get(tok.lemma_.lower())
        if entry is None or tok.i in blocked or tok.pos_ not in ("VERB", "AUX"):
            return False
        particle = entry.get("particle")
        return not particle or any(c.lower_ == particle for c in tok.children)

    def _verb_acts(self, doc: Doc, speech: list[Quote], blocked: set[int]) -> list[Act]:
        acts: list[Act] = []
        for tok in doc:
            if not self._is_cue_verb(tok, blocked) or _continues_cue(tok, self, blocked):
                continue
            act = self._act_for_verb(doc, tok, speech, blocked)
            if act is not None:
                acts.append(act)
        return acts

    def _act_for_verb(
        self, doc: Doc, verb: Token, speech: list[Quote], blocked: set[int]
    ) -> Act | None:
        entry = self.lexicon.verbs[verb.lemma_.lower()]
        subject = _subject(verb)
        if subject is None:
            return None
        impersonal = entry.get("impersonal") and _is_impersonal(verb, subject)
        referring_it = subject.lower_ == "it" and subject.dep_ == "nsubj" and verb.pos_ == "VERB"
        if subject.lower_ in EXPLETIVES and not (impersonal or referring_it):
            return None
        if _negated(verb) or _no_one(subject):
            return None  # "he has never explained where ...": nothing is reported
        if _bare_participle(verb):
            return None  # "Asked whether ..., X said": the cue is "said"
        if entry.get("it_object") and not any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
        ):
            return None  # "put it bluntly:", not "put the plan on hold"
        if entry.get("speech_object") and _plain_object(verb):
            return None  # "patients reported nausea": a symptom, not a report
        speaker = (subject.i, verb.i + 1) if impersonal else _speaker_range(subject)
        cue = self._cue_range(doc, verb)
        frame = _frame_range(verb, speaker, cue)
        parts = _content(doc, verb, frame, speech, self, blocked, entry)
        if not parts:
            return None
        content = (min(p[0] for p in parts), max(p[1] for p in parts))
        return Act(cue, speaker, content, verb=verb, note=entry.get("note", ""), parts=parts)

    def _cue_range(self, doc: Doc, verb: Token) -> tuple[int, int]:
        """The cue: the verb, the listener of *tell*, a following "in a statement"."""
        start, end = _cue_range(verb)
        entry = self.lexicon.verbs.get(verb.lemma_.lower(), {})
        if entry.get("it_object"):  # "put it more bluntly:" up to the colon
            while end < len(doc) and end - verb.i < 6 and doc[end].is_alpha:
                end += 1
        medium = self._medium(verb)
        if medium is not None and medium.i == end:
            end = _phrase_extent(medium)[1] + 1
        for _, m_start, m_end in self.phrases(doc[end : min(len(doc), end + 8)]):
            phrase = doc[m_start:m_end].text.lower()  # matches on a span use doc offsets
            if m_start == end and self.lexicon.phrases[phrase].get("speaker") == "subject":
                objects = [c for c in doc[m_end - 1].children if c.dep_ == "pobj"]
                end = max([m_end] + [o.right_edge.i + 1 for o in objects])
                break
        return start, end

    def _medium(self, verb: Token) -> Token | None:
        """ "said in an emailed statement", "wrote in a blog post": the medium phrase."""
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in ("in", "on") or child.i <= verb.i:
                continue
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if (
                objects
                and objects[0].lemma_.lower() in self.lexicon.media
                and child.i - verb.i <= 3
            ):
                return child
        return None

    def _phrase_acts(self, doc: Doc, blocked: set[int]) -> list[Act]:
        acts: list[Act] = []
        for _, start, end in self.phrases(doc):
            if any(i in blocked for i in range(start, end)):
                continue
            entry = self.lexicon.phrases[doc[start:end].text.lower()]
            act = _phrase_act(doc, start, end, entry)
            if act is not None:
                acts.append(act)
        return acts

    # -- quotations -------------------------------------------------------------
    def _may_be_speech(self, text: str, quote: Quote) -> bool:
        """A quotation long enough, or sentence-like enough, to be someone's words."""
        if is_term(text, quote):
            return False
        inner = quote.inner(text).strip()
        return quote.words(text) >= self.min_speech_words or bool(re.search(r"[.!?]$", inner))

    # -- output -----------------------------------------------------------------
    def _span(self, doc: Doc, act: Act) -> Span:
        span = Span(doc, act.cue[0], act.cue[1], label=act.label)
        if act.speaker is not None:
            s = doc[act.speaker[0] : act.speaker[1]]
            span._.speaker = [s.start_char, s.end_char]
        span._.content = list(act.content) if act.content else None
        span._.canonical = act.canonical
        span._.explanation = explain(act, span.text)
        return span


# -- speaker ------------------------------------------------------------------
def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the clause it continues ("quoted as saying").

    When the parser hangs two subjects on the verb, one inside a quotation
    ('"Buses crawl," said Jo Adair'), the one outside it is the speaker.
    When it hangs none, a noun phrase in apposition that ends right before the
    verb is ("..., a person familiar with the talks, said").
    """
    tok = verb
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            outside = [c for c in subjects if not _in_quote(c)] or subjects
            return outside[0]
        if tok.dep_ not in ("conj", "pcomp", "prep", "xcomp", "advcl") or tok.head is tok:
            return _apposition_before(verb) if tok is verb else None
        tok = tok.head
    return None


def _in_quote(tok: Token) -> bool:
    """True when a token stands inside a quotation."""
    cache = _CACHE.get(id(tok.doc))
    quotes = cache.quotes if cache is not None else find_quotes(tok.doc.text)
    return any(q.inner_start <= tok.idx < q.inner_end for q in quotes)


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
    return None


def _bare_participle(verb: Token) -> bool:
    """ "Asked on Monday whether ...,": a participle clause with no subject of its own."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("advcl", "csubj"):
        return False
    if verb.left_edge.i != verb.i and verb.doc[verb.left_edge.i].lower_ not in ("when", "if"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _plain_object(verb: Token) -> bool:
    """A noun object and no clause: "reported nausea" names a thing, not a report."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _negated(verb: Token) -> bool:
    """ "did not say", "never explained": a negated cue reports nothing."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _no_one(subject: Token) -> bool:
    """ "No one said ...": a negative subject is no source."""
    return subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)


def _is_impersonal(verb: Token, subject: Token) -> bool:
    """ "It is reported that ...": an impersonal passive is an anonymous source."""
    return subject.lower_ == "it" and subject.dep_ == "nsubjpass" and subject.head == verb


def _named_apposition(subject: Token) -> Token | None:
    """ "The city's mayor, Lisa Grant, said": the name in apposition."""
    if subject.pos_ != "NOUN":
        return None
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
            return child
    return None


def _speaker_range(subject: Token) -> tuple[int, int]:
    """Tokens that name the speaker.

    A name keeps its compounds but not its apposition or modifiers ("Wu from
    the X Institute" -> "Wu"); a common noun keeps the words that identify it
    ("sources familiar with the talks", "an official who asked not to be named").
    """
    named = _named_apposition(subject)
    if named is not None:
        subject = named
    proper = subject.pos_ == "PROPN"
    drop = DESCRIPTION_DEPS if proper else {"appos", "punct"}
    keep = [subject]
    for child in subject.children:
        if child.dep_ not in drop and not _non_restrictive(child):
            keep.extend(_restrictive_subtree(child))
    ids = sorted(t.i for t in keep)
    doc = subject.doc
    start, end = ids[0], ids[-1] + 1
    ent = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC"):
        start, end = min(start, ent.start), max(end, ent.end)  # "the X Department of State"
    para_start = _text(doc).rfind("\n\n", 0, subject.idx)
    while start < subject.i and doc[start].idx < para_start:
        start += 1
    while start < subject.i and not doc[start].is_alpha:
        start += 1
    while end - 1 > subject.i and not doc[end - 1].is_alpha:
        end -= 1
    return start, end


def _restrictive_subtree(tok: Token) -> list[Token]:
    """A subtree without the comma-set clauses deeper in it ("familiar with the talks, who ...")."""
    out = [tok]
    for child in tok.children:
        if not _non_restrictive(child) or child.dep_ == "prep":
            out.extend(_restrictive_subtree(child))
    return out


def _non_restrictive(child: Token) -> bool:
    """A modifier set off by a comma ("residents, who live nearby,") only describes."""
    if child.dep_ not in ("relcl", "acl", "prep") or child.i < child.head.i:
        return False
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    return before is not None and before.text == ","


def _cue_range(verb: Token) -> tuple[int, int]:
    """The cue verb (with its particle), and the listener of *tell* ("told reporters")."""
    end = verb.i + 1
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    if verb.lemma_.lower() == "tell":
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.i > verb.i:
                end = _name_end(verb.doc, max(end, _phrase_extent(child)[1] + 1))
                break
    return verb.i, end


def _name_end(doc: Doc, end: int) -> int:
    """Extend a listener over the rest of a capitalised name ("told Valley News Today")."""
    if doc[end - 1].is_title or doc[end - 1].pos_ == "PROPN":
        while end < len(doc) and doc[end].is_title and doc[end].pos_ != "PUNCT":
            end += 1
    return end


def _frame_range(verb: Token, speaker: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """Token range of the reporting frame: speaker (with its description) and cue."""
    ids = [speaker[0], speaker[1] - 1, cue[0], cue[1] - 1]
    subject = _subject(verb)
    if subject is not None and subject.head == verb:
        ids += [subject.left_edge.i, subject.right_edge.i]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child is not subject:
            continue  # a second subject the parser found inside a quotation
        framing = child.dep_ in FRAME_DEPS and child.dep_ not in ("punct", "cc", "mark")
        if framing and abs(child.i - verb.i) <= 12 and not _is_content_object(child):
            ids += list(_phrase_extent(child))
    start, end = min(ids), max(ids) + 1
    doc = verb.doc
    while start < verb.i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a closing quotation mark the parser hung on the speaker
    while end - 1 > verb.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _phrase_extent(tok: Token) -> tuple[int, int]:
    """First and last token of a phrase, leaving out clauses hung on it."""
    ids = [tok.i]
    for child in tok.children:
        if child.dep_ in ("acl", "relcl", "ccomp", "advcl") and child.pos_ in ("VERB", "AUX"):
            continue
        ids += list(_phrase_extent(child))
    return min(ids), max(ids)


def _is_content_object(tok: Token) -> bool:
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() != "tell" or _clause_as_object(tok)


def _continues_cue(tok: Token, comp: AttributionComponent, blocked: set[int]) -> bool:
    """ "X said, adding that ...": *adding* continues the cue of its head."""
    return (
        tok.lemma_.lower() == "add"
        and tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "conj", "xcomp")
        and comp._is_cue_verb(tok.head, blocked)
    )


# -- content ------------------------------------------------------------------
def _content(
    doc: Doc,
    verb: Token,
    frame: tuple[int, int],
    speech: list[Quote],
    comp: AttributionComponent,
    blocked: set[int],
    entry: dict[str, Any],
) -> list[tuple[int, int]]:
    """Character ranges of what is reported; empty when the verb reports nothing."""
    if entry.get("quote_object"):
        return _quoted_label(doc, verb)
    para = _paragraph_of(_text(doc), doc[verb.i].idx)
    clauses = _content_clauses(verb, comp, blocked, entry)
    ranges = [_token_chars(doc, c.left_edge.i, c.right_edge.i + 1) for c in clauses]
    if not clauses:
        ranges += _fallback_content(doc, verb, frame)
    quotes = _adjacent_quotes(doc, frame, speech)
    ranges = _extend_to_sentence(doc, verb, frame, ranges)
    inside = next((q for q in speech if q.inner_start <= verb.idx < q.inner_end), None)
    if inside is not None:  # a cue inside a quotation reports within it
        para = (max(para[0], inside.inner_start), min(para[1], inside.inner_end))
    clipped = [_clip(r, para, doc, frame) for r in ranges]
    parts = [r for r in clipped if r and _WORD.search(_text(doc)[r[0] : r[1]])]
    parts += [(q.inner_start, q.inner_end) for q in quotes]  # may run over paragraphs
    for q in speech:  # a content that runs into an adjacent quotation takes all of it
        if q in quotes or not _adjacent(_text(doc), q, frame, doc):
            continue
        if any(q.inner_start < e and s < q.inner_end for s, e in parts):
            parts.append((q.inner_start, q.inner_end))
    parts = _merge([p for p in (_trim(_text(doc), *r) for r in parts) if p])
    return parts


def _quoted_label(doc: Doc, verb: Token) -> list[tuple[int, int]]:
    """'called the decision "a disaster for families"': object to the end of the quote."""
    text = _text(doc)
    if verb.i + 1 >= len(doc):
        return []
    start = doc[verb.i + 1].idx
    sent_end = _sent(verb).end_char
    for q in _CACHE[id(doc)].quotes:
        if start <= q.start < min(start + 80, sent_end) and not is_term(text, q):
            return [(start, q.end)]
    return []


def _fallback_content(doc: Doc, verb: Token, frame: tuple[int, int]) -> list[tuple[int, int]]:
    """Content the parser did not attach to the cue verb.

    "..., Ann Lee told the press conference." (the frame closes the sentence after a
    comma: the content is the clause before it) and "said in a statement that
    ..." (a that-clause right after the frame).
    """
    sent = _sent(verb)
    after = doc[frame[1]] if frame[1] < sent.end else None
    if after is not None and after.lower_ == "that" and after.dep_ == "mark":
        return [_token_chars(doc, frame[1], sent.end)]
    rest = [t for t in doc[frame[1] : sent.end] if not (t.is_punct or t.is_space)]
    before = doc[frame[0] - 1] if frame[0] > sent.start else None
    if before is None or before.text != ",":
        return []
    if not rest and verb.head.i < frame[0]:
        return [_token_chars(doc, sent.start, frame[0])]
    if frame[1] < sent.end and doc[frame[1]].text == "," and rest:
        # "To some extent, she added, the damage depends on the rains."
        return [_token_chars(doc, sent.start, frame[0]), _token_chars(doc, frame[1], sent.end)]
    return []


def _merge(parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping ranges."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(parts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _content_clauses(
    verb: Token, comp: AttributionComponent, blocked: set[int], entry: dict[str, Any]
) -> list[Token]:
    """Complements of the cue verb (and of an "adding" that continues it)."""
    deps = {"ccomp"} | ({"xcomp"} if entry.get("infinitive") else set())
    deps |= {"dobj"} if entry.get("object") else set()
    clauses = [c for c in verb.children if c.dep_ in deps or _clause_as_object(c)]
    clauses += _listener_clauses(verb)
    if entry.get("that_clause"):  # "shows that ...", not "seems to show the river"
        # ... or a clause before the cue: "A rose by a third, the study found."
        return [
            c
            for c in clauses
            if any(m.lower_ == "that" for m in c.children) or c.right_edge.i < verb.i
        ]
    if not clauses:
        clauses = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                   and c.i < verb.i and not comp._is_cue_verb(c, blocked)]  # fmt: skip
    for child in verb.children:
        if _continues_cue(child, comp, blocked):
            clauses += [c for c in child.children if c.dep_ == "ccomp"]
    return clauses


def _listener_clauses(verb: Token) -> list[Token]:
    """ "told the jury the defendant had lied": a clause the parser hung on the listener.

    A relative clause with a subject of its own and no relative word is the
    content of *tell*, not a description of the listener.
    """
    if verb.lemma_.lower() != "tell":
        return []
    found = []
    for listener in (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i):
        for clause in listener.children:
            if clause.dep_ != "relcl" or clause.i < listener.i:
                continue
            words = list(clause.subtree)
            relative = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in words[:3])
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            if has_subject and not relative and words[0].lower_ != "that":
                found.append(clause)
    return found


def _clause_as_object(tok: Token) -> bool:
    """ "said the first season matters most": a clause the parser took for an object."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() != "say":
        return False
    if any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return False
    return sum(t.is_alpha for t in tok.subtree) >= 4


def _adjacent_quotes(doc: Doc, frame: tuple[int, int], speech: list[Quote]) -> list[Quote]:
    """Speech quotations that end just before the frame or start just after it.

    A quotation that opens a new sentence after the frame ('he said. "...')
    counts only when the frame interrupts a quotation ('"...," she said. "...').
    """
    found = [q for q in speech if _adjacent(_text(doc), q, frame, doc)]
    frame_start = doc[frame[0]].idx
    if any(q.end <= frame_start for q in found):
        return found
    frame_end = doc[frame[1] - 1].idx + len(doc[frame[1] - 1])
    return [q for q in found if "." not in _text(doc)[frame_end : q.start]]


def _extend_to_sentence(
    doc: Doc, verb: Token, frame: tuple[int, int], ranges: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A paraphrase runs to the end of the sentence ("X said that A, so B")."""
    sent = _sent(verb)
    sent_start, sent_end = _token_chars(doc, sent.start, sent.end)
    frame_end = doc[frame[1] - 1].idx + len(doc[frame[1] - 1])
    frame_start = doc[frame[0]].idx
    out = []
    text = _text(doc)
    for start, end in ranges:
        if start >= frame_end and end <= sent_end and text[start - 1 : start] not in QUOTE_MARKS:
            end = sent_end
        elif end <= frame_start and start >= sent_start and text[end : end + 1] not in QUOTE_MARKS:
            start = sent_start
        out.append((start, end))
    return out


def _adjacent(text: str, quote: Quote, frame: tuple[int, int], doc: Doc) -> bool:
    start = doc[frame[0]].idx
    end = doc[frame[1] - 1].idx + len(doc[frame[1] - 1])
    if quote.end <= start:
        gap = text[quote.end : start]
        closes = quote.inner(text).rstrip()[-1:] in ",!?\u2014\u2013-" or "," in gap
        return closes and not _WORD.search(gap) and "\n\n" not in gap
    if quote.start >= end:
        gap = text[end : quote.start]
        return not _WORD.search(gap) and "\n" not in gap
    return False


def _paragraph_of(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2, len(text) if end < 0 else end)


def _clip(
    r: tuple[int, int], para: tuple[int, int], doc: Doc, frame: tuple[int, int]
) -> tuple[int, int] | None:
    """Keep a content range inside the cue's paragraph and out of the frame."""
    start, end = max(r[0], para[0]), min(r[1], para[1])
    f_start = doc[frame[0]].idx
    f_end = doc[frame[1] - 1].idx + len(doc[frame[1] - 1])
    if start < f_start < end:
        end = f_start
    if start < f_end < end and start >= f_start:
        start = f_end
    return (start, end) if start < end else None


def _token_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last)


_TRIM_LEFT = re.compile(r"^(?:[\s,;:\"'\u201c\u201d\u2018\u2019]|that\b)+", re.IGNORECASE)
_TRIM_RIGHT = re.compile(r"[\s,;:\u2014-]+$")
_QUOTE_INSIDE = re.compile('["\u201c\u201d]')


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip a leading "that", commas and stray quote marks from the content."""
    piece = text[start:end]
    left = _TRIM_LEFT.match(piece)
    if left:
        start += left.end()
    piece = text[start:end]
    right = _TRIM_RIGHT.search(piece)
    if right:
        end = start + right.start()
    inner = text[start:end]
    if inner[-1:] in ('"', "\u201d") and not _QUOTE_INSIDE.search(inner[:-1]):
        end -= 1  # a closing mark whose opening mark is outside the content
    return (start, end) if start < end else None


# -- phrase cues --------------------------------------------------------------
def _phrase_act(doc: Doc, start: int, end: int, entry: dict[str, Any]) -> Act | None:
    """An act for "according to X": X is the speaker, the clause it modifies the content.

    Phrases that name the medium ("in a statement") belong to the verb before
    them and extend its cue instead.
    """
    if entry.get("speaker") != "object":
        return None
    objects = [c for c in doc[end - 1].children if c.dep_ == "pobj"]
    if not objects:
        return None
    speaker = _speaker_range(objects[0])
    frame = (start, max(end, objects[0].right_edge.i + 1))
    sent = _sent(doc[start])
    para = _paragraph_of(_text(doc), doc[start].idx)
    if frame[0] - sent.start > 1:  # "..., according to X."
        rng = _token_chars(doc, sent.start, frame[0])
    else:  # "According to X, ..."
        rng = _token_chars(doc, frame[1], sent.end)
    clipped = _clip(rng, para, doc, frame)
    content = _trim(_text(doc), *clipped) if clipped else None
    if content is None:
        return None
    return Act(
        cue=(start, end),
        speaker=speaker,
        content=content,
        note=entry.get("note", ""),
        host=doc[start].head,
        parts=[content],
    )


def _drop_nested(acts: list[Act]) -> list[Act]:
    """Drop acts reported inside another act's content ("Ann Lee said the ministry announced ...").

    The exception is the verb that "according to X" attaches to: in
    "According to X, experts said ..." both X and the experts are sources.
    """
    hosts = {a.host.i for a in acts if a.host is not None}
    kept = []
    for act in acts:
        pos = act.cue[0]
        nested = any(
            other is not act
            and other.content is not None
            and other.content[0] <= act.verb.idx < other.content[1]
            for other in acts
        ) if act.verb is not None else False  # fmt: skip
        if not nested or pos in hosts:
            kept.append(act)
    return kept


# -- follow-on quotations -----------------------------------------------------
def _attach_follow_on_quotes(doc: Doc, acts: list[Act], speech: list[Quote]) -> None:
    """A quoted sentence with no cue of its own belongs to the last speaker.

    Its words extend the content of the closest attribution before it (in the
    same or the next paragraph): one act, one cue, and the act keeps its label.
    """
    text = _text(doc)
    for q in speech:
        if any(a.content[0] <= q.inner_start < a.content[1] + 2 for a in acts):
            continue
        if not _starts_sentence(text, q.start) or not re.search(r"[.!?]\W*$", q.inner(text)):
            continue
        before = [a for a in acts if a.content[1] <= q.start]
        if not before:
            continue
        last = max(before, key=lambda a: a.content[1])
        gap = text[last.content[1] : q.start]
        if gap.count("\n\n") > 1 or _WORD.search(_strip_frame(doc, last, gap)):
            continue
        last.content = (last.content[0], max(last.content[1], q.inner_end))


def _strip_frame(doc: Doc, act: Act, gap: str) -> str:
    """The gap between content and a follow-on quote, minus the act's own frame words."""
    frame_words = {t.text for t in doc[act.cue[0] : act.cue[1]]}
    if act.speaker:
        frame_words |= {t.text for t in doc[act.speaker[0] : act.speaker[1]]}
    if act.verb is not None:
        frame_words |= {t.text for t in act.verb.subtree if not t.dep_.endswith("comp")}
    return " ".join(w for w in re.findall(r"\w+", gap) if w not in frame_words)


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in '.!?"\u201d:'


# -- labels and explanations --------------------------------------------------
def _label(text: str, parts: list[tuple[int, int]], quotes: list[Quote]) -> str:
    """direct: every part inside quotation marks; mixed: quoted words in a paraphrase.

    A quoted name inside a paraphrase (a title in capitals: the film "Nothing
    Gets Through") is not the speaker's words.
    """
    speech = [q for q in quotes if not is_term(text, q) and not _is_title_name(text, q, parts)]
    inside_any = False
    outside_any = False
    for start, end in parts:
        inside = [q for q in speech if q.inner_start < end and start < q.inner_end]
        inside_any |= bool(inside)
        rest = text[start:end]
        for q in sorted(inside, key=lambda q: -q.start):
            a, b = max(q.start - start, 0), min(q.end - start, len(rest))
            rest = rest[:a] + " " + rest[b:]
        outside_any |= bool(re.search(r"[A-Za-z]{2,}", rest))
    if not inside_any:
        return "indirect"
    return "mixed" if outside_any else "direct"


def _is_title_name(text: str, quote: Quote, parts: list[tuple[int, int]]) -> bool:
    """A short quotation in title case, inside a longer content, names a work."""
    inner = quote.inner(text).strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    if not 2 <= len(words) <= 8 or re.search(r"[.!?,;:]$", inner):
        return False
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with"}
    if not all(w[0].isupper() or w.lower() in small for w in words) or not words[0][0].isupper():
        return False
    inside = [p for p in parts if p[0] <= quote.start and quote.end <= p[1]]
    return any(len(text[p[0] : p[1]].split()) > len(words) + 3 for p in inside)


EXPLANATIONS = {
    "direct": "Direct quotation: these are presented as {who}'s own words, in quotation "
    "marks; the writer still chose which words to quote.",
    "indirect": "Indirect attribution: the writer paraphrases what {who} said; check the "
    "paraphrase is fair.",
    "mixed": "Mixed attribution: the writer paraphrases {who} and quotes some words "
    "exactly; ask why those words were put in quotation marks.",
}


def explain(act: Act, cue_text: str) -> str:
    """The learner's explanation of one attribution."""
    who = act.canonical or "the source"
    text = EXPLANATIONS[act.label].format(who=who)
    if act.note:
        text += f" Cue '{cue_text}': {act.note}."
    return text

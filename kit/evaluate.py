"""Score the kit against hand-made answer keys (``data/answers/*.yaml``).

Matching follows the annotation guide's *Evaluation* section: an attribution
is found when its cue overlaps the key's cue, and its speaker is right when
its canonical source is the key's; other categories are found when the spans
overlap. Predictions that overlap a key's ``acceptable`` spans are neither
right nor wrong. The key format is described in ``docs/answer_keys.md``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kit.annotated import AnnotatedArticle, Annotation, Source
from kit.errors import KitError
from kit.lexicon import load_yaml

DATA = Path(__file__).resolve().parents[1] / "data"
ANSWERS = DATA / "answers"
ARTICLES = DATA / "articles"
#: key section -> annotation category
SECTIONS = {
    "attributions": "attribution",
    "hedges": "hedge",
    "boosters": "booster",
    "loaded": "loaded",
}


@dataclass(frozen=True)
class KeySpan:
    """A span of the article body named by an answer key."""

    start: int
    end: int
    text: str
    label: str | None = None

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class KeyAttribution:
    """One attribution in a key: its cue, speaker, canonical source and kind."""

    cue: KeySpan
    canonical: str
    kind: str
    speaker: KeySpan | None = None
    content: KeySpan | None = None

    @property
    def start(self) -> int:
        """Where the act begins (speaker, cue or content, whichever comes first)."""
        return min(p.start for p in (self.cue, self.speaker, self.content) if p)

    @property
    def end(self) -> int:
        return max(p.end for p in (self.cue, self.speaker, self.content) if p)


@dataclass
class Key:
    """A parsed answer key, with every span placed in the article body."""

    article: str
    text: str
    attributions: list[KeyAttribution] = field(default_factory=list)
    spans: dict[str, list[KeySpan]] = field(default_factory=dict)
    acceptable: dict[str, list[KeySpan]] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    traps: list[tuple[str, KeySpan]] = field(default_factory=list)
    path: Path | None = None

    def of(self, category: str) -> list[KeySpan]:
        """The key's spans for one category (attributions give their cues)."""
        if category == "attribution":
            return [a.cue for a in self.attributions]
        return self.spans.get(category, [])


#: The fields a key span may have (``category`` only in traps).
SPAN_FIELDS = frozenset({"text", "near", "label", "category"})


def locate(text: str, spec: dict[str, Any] | str, where: str = "") -> KeySpan:
    """Place a key span (``{text, near?, label?}``) in ``text``; raise if ambiguous.

    Matches respect word edges: ``he`` is never found inside ``the``.
    """
    if isinstance(spec, str):
        spec = {"text": spec}
    if not isinstance(spec, dict):
        raise KitError(f"{where}: a span is a text or a mapping with 'text', not {spec!r}")
    odd = [str(k) for k in spec if k not in SPAN_FIELDS]
    if odd:
        raise KitError(
            f"{where}: unknown field {odd[0]!r} beside text {spec.get('text')!r}. In YAML's "
            "{...} form an unquoted comma ends the text ('text: a, b' reads as the text 'a' "
            "and a field 'b'): put the whole text in quotes, 'text: \"a, b\"'"
        )
    target = spec.get("text")
    if not target:
        raise KitError(f"{where}: a span needs a 'text'")
    near = spec.get("near")
    if near:
        base = _unique(text, near, f"{where}: near {near!r}")
        found = _occurrences(text, target, base, base + len(near))
        if not found:
            raise KitError(f"{where}: {target!r} is not inside near {near!r}")
        offset = found[0]
    else:
        offset = _unique(text, target, f"{where}: {target!r}")
    return KeySpan(offset, offset + len(target), target, spec.get("label"))


def _occurrences(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of ``needle`` in ``text[start:end]`` that do not cut a word in two."""
    head = r"(?<!\w)" if needle[:1].isalnum() else ""
    tail = r"(?!\w)" if needle[-1:].isalnum() else ""
    pattern = re.compile(head + re.escape(needle) + tail)
    stop = len(text) if end is None else end
    return [m.start() for m in pattern.finditer(text, start, stop)]


def _unique(text: str, needle: str, where: str) -> int:
    found = _occurrences(text, needle)
    if not found:
        raise KitError(f"{where} is not in the article body")
    if len(found) > 1:
        raise KitError(f"{where} occurs more than once; add a longer 'near'")
    return found[0]


def article_path(stem: str, key_path: Path | None = None) -> Path:
    """The article file for a key's ``article`` stem.

    It is looked for in the ``articles/`` folder beside the key's own folder
    (``data/answers/x.yaml`` -> ``data/articles/``), then in ``data/articles/``.
    """
    folders = [key_path.resolve().parent.parent / "articles"] if key_path else []
    for folder in [*folders, ARTICLES]:
        for suffix in (".md", ".txt", ".html"):
            path = folder / f"{stem}{suffix}"
            if path.is_file():
                return path
    raise KitError(f"answer key names article {stem!r}, but there is no such article file")


def key_round(path: Path) -> str | None:
    """The round a key was written in by an annotator who never ran the kit, or None.

    A key's round is its ``blind_round:`` field (written to be scored blind first) or its
    ``practice_round:`` field (written by such an annotator straight into the practice data);
    the keys written beside the rules have neither.
    """
    return round_of(load_yaml(path.read_text(encoding="utf-8")) or {})


def round_of(raw: dict[str, Any]) -> str | None:
    """:func:`key_round` of a key already parsed from its YAML."""
    found = raw.get("blind_round") or raw.get("practice_round")
    return None if found is None else str(found)


def read_key(path: Path) -> dict[str, Any]:
    """An answer key's YAML as written (its spans not yet placed)."""
    try:
        return load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KitError(f"cannot read answer key {path}: {err}") from err


def load_key(path: str | Path, text: str | None = None, raw: dict[str, Any] | None = None) -> Key:
    """Read and place an answer key; ``text`` defaults to its article's body and ``raw``
    (the key's YAML, when the caller has parsed it already) to the file read again."""
    from kit.article import Article

    path = Path(path)
    if raw is None:
        raw = read_key(path)
    stem = raw.get("article") or path.stem
    if text is None:
        text = Article.from_path(article_path(stem, path)).body
    name = path.name
    key = Key(article=stem, text=text, path=path, sources=list(raw.get("sources") or []))
    for i, item in enumerate(raw.get("attributions") or []):
        where = f"{name} attribution {i + 1}"
        key.attributions.append(
            KeyAttribution(
                cue=locate(text, item["cue"], where + " cue"),
                canonical=str(item["canonical"]),
                kind=str(item["kind"]),
                speaker=locate(text, item["speaker"], where + " speaker")
                if item.get("speaker")
                else None,
                content=locate(text, item["content"], where + " content")
                if item.get("content")
                else None,
            )
        )
    for section, category in SECTIONS.items():
        if section != "attributions":
            key.spans[category] = [
                locate(text, s, f"{name} {section} {i + 1}")
                for i, s in enumerate(raw.get(section) or [])
            ]
        accepted = (raw.get("acceptable") or {}).get(section) or []
        key.acceptable[category] = [
            locate(text, s.get("cue", s) if isinstance(s, dict) else s, f"{name} acceptable")
            for s in accepted
        ]
    for i, trap in enumerate(raw.get("traps") or []):
        key.traps.append((trap.get("category", "any"), locate(text, trap, f"{name} trap {i + 1}")))
    return key


@lru_cache(maxsize=64)
def _cached_key(path: str) -> Key:
    return load_key(path)


def answer_keys() -> list[Path]:
    """Every answer key in ``data/answers/``."""
    return sorted(ANSWERS.glob("*.yaml"))


@dataclass
class Score:
    """Precision, recall and F1 for one category, with the items behind them."""

    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    label_right: int = 0
    speaker_right: int = 0
    #: found attributions whose speaker is the key's source in a form the key gives for it
    #: (:func:`same_source_form`): the strict ones and the shorter forms; reported, never gated
    speaker_same_source: int = 0
    missed: list[KeySpan] = field(default_factory=list)
    false_positives: list[Annotation | Source] = field(default_factory=list)  # sources: Source
    #: attributions found with another canonical source than the key's: (key item, kit's mark)
    wrong_speakers: list[tuple[KeyAttribution, Annotation]] = field(default_factory=list)
    #: every item found, with the kit's mark (or source row) it was matched to
    pairs: list[tuple[KeySpan | KeyAttribution, Annotation | Source]] = field(default_factory=list)
    #: attributions found whose key gives a content: how much of it the kit's content shares
    #: (characters in both / in either), with the pair, for :attr:`content_agreement`
    contents: list[tuple[float, KeyAttribution, Annotation]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def label_accuracy(self) -> float:
        """Share of found items whose label (kind for attributions) is the key's."""
        return self.label_right / self.tp if self.tp else 1.0

    @property
    def content_agreement(self) -> float:
        """Attributions only: mean overlap of the kit's content with the key's."""
        return sum(c[0] for c in self.contents) / len(self.contents) if self.contents else 1.0

    @property
    def speaker_accuracy(self) -> float:
        """Attributions only: share of found items with the key's canonical source."""
        return self.speaker_right / self.tp if self.tp else 1.0

    @property
    def speaker_same_source_accuracy(self) -> float:
        """Attributions only: share of found items whose speaker is the key's source in a
        form the key gives for it (:func:`same_source_form`). Reported beside the strict
        :attr:`speaker_accuracy`, which alone is gated."""
        return self.speaker_same_source / self.tp if self.tp else 1.0

    def row(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "key": self.tp + self.fn,
            "found": self.tp,
            "false_pos": self.fp,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "label_acc": round(self.label_accuracy, 3),
        }


def same_source(a: str | None, b: str | None) -> bool:
    """Canonical names compare without case, spacing or the article 'the'.

    Keys write one source both ways ("spokesman for the Tallyguard Office",
    "chief engineer of Orrabrook Canal Trust"); 'the' never tells two apart, nor
    does 'for' or 'at' against 'of' between a role and its owner ("barrister for
    the trust", "nurse at the clinic", "nurse of the clinic"). Nor does the order
    of an owner written with a possessive or with 'of' ("Korsvania's interior
    ministry", "interior ministry of Korsvania", "the Korsvania interior ministry";
    "Ministry of Information's expulsion notice", "expulsion notice of the Ministry
    of Information"): the same words, every one, name the same source. Nor
    does a count that opens one of the two names and not the other ("two diplomats at
    the Assembly", "diplomats at the Assembly"; :func:`_uncounted`); two counts that
    differ ("two residents", "three residents") still tell two groups apart. Nor does
    a document's maker written after *by* or *from* or before the document ("report by
    Glasswater", "Glasswater report"; "figures from the Passenger Transport Guild",
    "Passenger Transport Guild figures"): the keys write both (49 keep "by X", about 45
    write "X report" or "X's report").
    """
    if _source_norm(a) == _source_norm(b):
        return True
    words = _source_words(a)
    if words and words == _source_words(b):
        return True
    bare_a, bare_b = _uncounted(a), _uncounted(b)
    if (bare_a == a) == (bare_b == b):
        return False  # both counted ("two residents", "three residents"), or neither
    return same_source(bare_a, bare_b)


def _uncounted(s: str | None) -> str | None:
    """An unnamed group's name without the count that opens it: "two diplomats who
    attended the talks" -> "diplomats who attended the talks". A count says how many
    spoke, not which source (guide, section 1: the canonical source is a *name*), and
    the keys write it both ways: kept in 41 key speakers up to round AK4, dropped in 9 of
    9 from round AK5 on. Only a count word before a lower-case word ("Three Rivers
    Council" keeps its "Three"), and never a name that is the count alone ("two")."""
    m = re.match(r"\s*(?:the\s+)?(\w+)\s+", s or "", re.IGNORECASE)
    if m is None or m.group(1).lower() not in _count_words():
        return s
    rest = (s or "")[m.end() :]
    return rest if rest[:1].islower() else s


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """The count words an unnamed group may open with (``anaphors.yaml``, counts_kept)."""
    from kit.lenses.speaker_names import counts_kept

    return counts_kept()


#: Words that put an owner or a maker after the thing it owns or made
_OWNER_LINKS = frozenset({"of", "by", "from"})


def _source_norm(s: str | None) -> str:
    """A canonical name in lower case, without 'the', with 'for' and 'at' read as 'of'."""
    s = re.sub(r"\s+", " ", (s or "").strip().casefold())
    s = re.sub(r"\b(?:for|at)\b", "of", re.sub(r"\bthe\b", " ", s))
    return re.sub(r"\s+", " ", s).strip()


def _source_words(s: str | None) -> list[str]:
    """The words of a canonical name in any order, without 'of', 'by' or 'from' (the
    words that put an owner or a maker after its document), a possessive ending or the
    'own' after it ("Dravell Water's own annual report", "Dravell Water's annual
    report": the keys write *own* after an owner both ways, and it never tells two
    sources apart)."""
    s = _source_norm(s).replace("\u2019", "'")
    s = re.sub(r"(?<=\w)('s?)\s+own\b", r"\1", s)
    s = re.sub(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)", "", s)
    return sorted(w for w in s.split() if w not in _OWNER_LINKS)


def same_source_form(kit: str | None, canonical: str, key: Key) -> bool:
    """The second, reported speaker measure ("speakers, same source"): the kit's canonical
    ``kit`` is a shorter or other form the key itself gives for its source ``canonical``,
    and no other source of the key would fit it.

    The guide asks for "the fullest name the article gives"; keys often compose more (an
    owner from context: "seafront manager of Wrenhythe Town Council" for "The luckless
    seafront manager"). A form of a source is its canonical, a key speaker of it or its
    ``description`` in ``sources:``; the kit's name fits a form when it has that form's
    head (:func:`_form_head`: "council" in "the district council") and every word of it is
    among the words of the source's forms. It never counts when the kit's name is another
    of the key's sources, or when another source of the key has a form with the same head
    (two ministries, two reviews, two Smiths: the short form is ambiguous). The strict
    figure (:func:`same_source`) stays the scored and gated one.
    """
    if same_source(kit, canonical):
        return True
    head = _form_head(kit)
    if head is None:
        return False  # a pronoun or no word at all names no source
    if _document_head(head) and not _document_head(_form_head(canonical)):
        return False  # a document ("the federation's own figures") is not its maker
    forms: dict[str, list[str]] = {}  # canonical -> its forms, one entry per source
    for name, text in _key_forms(key):
        group = next((g for g in forms if same_source(g, name)), name)
        forms.setdefault(group, []).append(text)
    own = next((g for g in forms if same_source(g, canonical)), None)
    if own is None:
        return False
    for group, texts in forms.items():
        if group == own:
            continue
        if same_source(kit, group) or any(_form_head(t) == head for t in texts):
            return False  # another source, or another source the short form also fits
    words = set().union(*(_form_words(t) for t in forms[own]))
    return any(_form_head(t) == head for t in forms[own]) and _form_words(kit) <= words


def _key_forms(key: Key) -> list[tuple[str, str]]:
    """(canonical, form) for every form the key gives a source: its canonical, each key
    speaker of it and its ``sources:`` description."""
    out = [(a.canonical, a.canonical) for a in key.attributions]
    out += [(a.canonical, a.speaker.text) for a in key.attributions if a.speaker]
    for row in key.sources:
        name = str(row.get("canonical") or "")
        out.append((name, name))
        if row.get("description"):
            out.append((name, str(row["description"])))
    return [(name, text) for name, text in out if name]


def _form_tokens(text: str | None) -> list[str]:
    """A name's words in lower case, with a possessive ending dropped ("trust's" -> "trust")."""
    text = (text or "").casefold().replace("\u2019", "'")
    words = re.findall(r"\w[\w'-]*|[,;:()\u2014\u2013]", text)
    return [re.sub(r"(?<=\w)'s?$", "", w) for w in words]


@lru_cache(maxsize=1)
def _form_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The word sets of :func:`same_source_form`, read once: determiners, the openers of
    a post-modifier, irregular past participles, and pronouns (which name no source)."""
    from kit.lexicon import word_set

    return (
        word_set("source_forms", "form_determiners"),
        word_set("source_forms", "postmodifier_openers"),
        word_set("source_forms", "irregular_participles"),
        word_set("source_words", "pronouns"),
    )


def _form_core(text: str | None) -> list[str]:
    """A name's words up to its head: before the first comma, preposition or relative word
    (``source_forms.yaml``) and a past participle just before it ("report published by"),
    without the determiners before the head."""
    determiners, openers, participles, _ = _form_lexicon()
    words = _form_tokens(text)
    for i, w in enumerate(words):
        if not w[0].isalnum() or (i and w in openers):
            words = words[:i]
            if len(words) > 1 and (words[-1] in participles or words[-1].endswith("ed")):
                words = words[:-1]
            break
    return [w for w in words if w not in determiners]


def _form_head(text: str | None) -> str | None:
    """The head of a name: the last word of :func:`_form_core`; None for a pronoun."""
    core = _form_core(text)
    if not core or core[-1] in _form_lexicon()[3]:
        return None
    return core[-1]


def _document_head(head: str | None) -> bool:
    """A head that makes a name a document (``source_types.yaml``, document_heads; a plural
    read as its singular: "figures")."""
    heads = _document_heads()
    return bool(head) and (head in heads or (head.endswith("s") and head[:-1] in heads))


@lru_cache(maxsize=1)
def _document_heads() -> frozenset[str]:
    from kit import lexicon

    return frozenset(lexicon.words(lexicon.load("source_types", "source_types"), "document_heads"))


def _form_words(text: str | None) -> set[str]:
    """A name's words without punctuation, determiners and the links of its post-modifiers."""
    determiners, openers, _, _ = _form_lexicon()
    return {w for w in _form_tokens(text) if w[0].isalnum() and w not in determiners | openers}


def _match(spans: list[KeySpan], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one matching of key spans to overlapping predictions.

    Pairs are taken best first (the largest share of overlap), so that a word
    in the key is matched to the word predicted, not to a sentence around it.
    """
    pairs = []
    for k, span in enumerate(spans):
        for p, (start, end) in enumerate(predicted):
            if span.overlaps(start, end):
                shared = min(span.end, end) - max(span.start, start)
                union = max(span.end, end) - min(span.start, start)
                pairs.append((shared / union, k, p))
    matches: dict[int, int] = {}
    taken: set[int] = set()
    for _, k, p in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if k not in matches and p not in taken:
            matches[k] = p
            taken.add(p)
    return matches


def _overlap(key: KeySpan, found: Any) -> float:
    """Characters in both spans over characters in either (0 when the kit gave none)."""
    if found is None:
        return 0.0
    shared = max(0, min(key.end, found.end) - max(key.start, found.start))
    return shared / (max(key.end, found.end) - min(key.start, found.start))


def score_category(annotated: AnnotatedArticle, key: Key, category: str) -> Score:
    """Match predictions of one category against the key, one to one."""
    score = Score(category)
    predicted = annotated.of(category)

    def anchor(a: Annotation) -> tuple[int, int]:
        return (a.cue.start, a.cue.end) if category == "attribution" and a.cue else (a.start, a.end)

    key_items = key.attributions if category == "attribution" else key.of(category)
    spans = [item.cue if isinstance(item, KeyAttribution) else item for item in key_items]
    matches = _match(spans, [anchor(a) for a in predicted])
    used = set(matches.values())
    for k, (item, span) in enumerate(zip(key_items, spans, strict=True)):
        if k not in matches:
            score.fn += 1
            score.missed.append(span)
            continue
        score.tp += 1
        pred = predicted[matches[k]]
        score.pairs.append((item, pred))
        if isinstance(item, KeyAttribution):
            score.label_right += pred.label == item.kind
            if same_source(pred.canonical, item.canonical):
                score.speaker_right += 1
                score.speaker_same_source += 1
            else:
                score.wrong_speakers.append((item, pred))
                score.speaker_same_source += same_source_form(pred.canonical, item.canonical, key)
            if item.content is not None:
                score.contents.append((_overlap(item.content, pred.content), item, pred))
        else:
            score.label_right += item.label is None or pred.label == item.label
    acceptable = key.acceptable.get(category, [])
    for i, pred in enumerate(predicted):
        if i in used or any(s.overlaps(*anchor(pred)) for s in acceptable):
            continue
        score.fp += 1
        score.false_positives.append(pred)
    return score


def score_sources(annotated: AnnotatedArticle, key: Key) -> Score:
    """The source list: found by canonical name; label = the source type."""
    score = Score("source")
    predicted = list(annotated.sources)
    used: set[int] = set()
    for row in key.sources:
        match = next(
            (
                i
                for i, s in enumerate(predicted)
                if i not in used and same_source(s.canonical, row["canonical"])
            ),
            None,
        )
        if match is None:
            score.fn += 1
            score.missed.append(KeySpan(0, 0, str(row["canonical"]), row.get("type")))
            continue
        used.add(match)
        score.tp += 1
        row_span = KeySpan(0, 0, str(row["canonical"]), row.get("type"))
        score.pairs.append((row_span, predicted[match]))
        score.label_right += predicted[match].type == row.get("type")
    score.false_positives = [
        s for i, s in enumerate(predicted) if i not in used and not accepted_only(s, annotated, key)
    ]
    score.fp = len(score.false_positives)
    return score


def accepted_only(source: Source, annotated: AnnotatedArticle, key: Key) -> bool:
    """A source row whose every act falls on an ``acceptable`` attribution cue: as with
    any mark the key accepts, the row is neither required nor wrong."""
    accepted = key.acceptable.get("attribution", [])
    required = [a.cue for a in key.attributions]
    acts = [  # the row's own acts (the kit writes one name one way: not "two members"
        a.cue or a  # for a row "Members")
        for a in annotated.of("attribution")
        if _source_norm(a.canonical) == _source_norm(source.canonical)
    ]
    return bool(acts) and all(
        any(s.overlaps(c.start, c.end) for s in accepted)
        and not any(r.overlaps(c.start, c.end) for r in required)
        for c in acts
    )


def trap_hits(annotated: AnnotatedArticle, key: Key) -> list[Annotation]:
    """Predictions that fall on a span the key says must get no mark."""
    hits = []
    for category, span in key.traps:
        for a in annotated.annotations:
            if (category in ("any", a.category)) and span.overlaps(a.start, a.end):
                if (
                    a.category == "attribution"
                    and a.cue
                    and not span.overlaps(a.cue.start, a.cue.end)
                ):
                    continue  # the trap lies inside a quote, not on the cue
                hits.append(a)
    return hits


def evaluate(annotated: AnnotatedArticle, key: Key) -> dict[str, Score]:
    """Scores per category (and for the source list) of one article."""
    scores = {c: score_category(annotated, key, c) for c in SECTIONS.values()}
    if key.sources:
        scores["source"] = score_sources(annotated, key)
    return scores


def evaluate_key(path: str | Path) -> tuple[Key, AnnotatedArticle, dict[str, Score]]:
    """Annotate a key's article and score it."""
    return score_key(load_key(path))


def score_key(key: Key, doc: Any = None) -> tuple[Key, AnnotatedArticle, dict[str, Score]]:
    """Annotate the article of a key already loaded and score it; ``doc``, when given, is
    that article's ``Doc`` already run through the pipeline (``annotate.annotated_doc``)."""
    from kit.annotate import annotate
    from kit.article import Article

    article = Article.from_path(article_path(key.article, key.path))
    annotated = annotate(article) if doc is None else AnnotatedArticle.from_doc(doc, article.meta)
    if annotated.text != key.text:  # pragma: no cover - both come from the same file
        raise KitError(f"{key.article}: the annotated text differs from the key's text")
    return key, annotated, evaluate(annotated, key)


def _row(name: str, category: str, s: Score) -> str:
    speaker = f"{s.speaker_accuracy:7.2f}" if category == "attribution" else " " * 7
    return (
        f"{name[:34]:34} {category:12} {s.tp + s.fn:4d} {s.tp:5d} {s.fp:3d} "
        f"{s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.label_accuracy:6.2f} {speaker}"
    )


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    """The span with a little context on each side, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"...{left}[{text[start:end]}]{right}...".split())


def details(key: Key, annotated: AnnotatedArticle, scores: dict[str, Score]) -> list[str]:
    """One line per disagreement with the key: what the kit missed, marked in excess,
    gave to another speaker, or marked on a trap. For teachers checking their own keys."""
    text = key.text
    lines = []
    for category, s in scores.items():
        if category == "source":
            lines += [f"  missed source: {m.text!r} ({m.label})" for m in s.missed]
            lines += [f"  extra source: {a.canonical!r} ({a.type})" for a in s.false_positives]
            continue
        for m in s.missed:
            label = f" ({m.label})" if m.label else ""
            lines.append(f"  missed {category}{label}: {snippet(text, m.start, m.end)}")
        for a in s.false_positives:
            start, end = (a.cue.start, a.cue.end) if a.cue else (a.start, a.end)
            lines.append(f"  extra {category} ({a.label}): {snippet(text, start, end)}")
        for share, item, a in s.contents:
            if share < 0.5:  # less than half shared: another stretch of text
                kit = a.content.text if a.content else "(none)"
                lines.append(f"  content: key {item.content.text!r}, kit {kit!r}")
        for item, a in s.wrong_speakers:
            form = " (same source)" if same_source_form(a.canonical, item.canonical, key) else ""
            lines.append(
                f"  speaker: key {item.canonical!r}, kit {a.canonical!r}{form}: "
                + snippet(text, item.cue.start, item.cue.end)
            )
    for a in trap_hits(annotated, key):
        lines.append(f"  trap marked ({a.category}, {a.label}): {snippet(text, a.start, a.end)}")
    return lines


def _add(total: Score, s: Score) -> None:
    total.tp += s.tp
    total.fp += s.fp
    total.fn += s.fn
    total.label_right += s.label_right
    total.speaker_right += s.speaker_right
    total.speaker_same_source += s.speaker_same_source
    total.contents += s.contents


def main(
    paths: list[str] | None = None, threshold: float | None = None, show_details: bool = False
) -> int:
    """Print precision, recall and F1 per category and article, then pooled over all.

    With ``show_details``, each article's disagreements with its key follow its rows.
    Returns 1 if any article's F1 is below ``threshold``.
    """
    files = [Path(p) for p in paths] if paths else answer_keys()
    if not files:
        raise KitError("no answer keys found in data/answers/")
    worst = 1.0
    totals: dict[str, Score] = {}
    trap_count = 0
    header = f"{'article':34} {'category':12} {'key':>4} {'found':>5} {'fp':>3} "
    header += f"{'P':>6} {'R':>6} {'F1':>6} {'label':>6} {'speaker':>7}"
    print(header)
    for path in files:
        key, annotated, scores = evaluate_key(path)
        for category, s in scores.items():
            _add(totals.setdefault(category, Score(category)), s)
            if s.tp + s.fn == 0 and s.fp == 0:
                continue
            print(_row(key.article, category, s))
            if s.tp + s.fn:
                worst = min(worst, s.f1)
        hits = trap_hits(annotated, key)
        trap_count += len(hits)
        if hits:
            print(
                f"{key.article[:34]:34} traps: {len(hits)} marked: "
                + ", ".join(repr(h.text) for h in hits)
            )
        if show_details:
            print("\n".join(details(key, annotated, scores) or ["  (no disagreement)"]))
    if len(files) > 1:
        for category, total in totals.items():
            print(_row(f"ALL ({len(files)} articles)", category, total))
        print(f"{f'ALL ({len(files)} articles)':34} traps marked: {trap_count}")
        att = totals.get("attribution")
        if att is not None and att.tp:
            print(
                f"{f'ALL ({len(files)} articles)':34} speakers: {att.speaker_accuracy:.2f}, "
                f"same source {att.speaker_same_source_accuracy:.2f}"
            )
        if att is not None and att.contents:
            share = att.content_agreement
            print(f"{f'ALL ({len(files)} articles)':34} content overlap: {share:.2f}")
    if threshold is not None and worst < threshold:
        print(f"lowest F1 {worst:.2f} is below {threshold:.2f}", file=sys.stderr)
        return 1
    return 0

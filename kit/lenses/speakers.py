"""Speaker resolution: one canonical source per person or body (guide, section 1).

- A full name stays itself, without titles ("Councillor", "Dr").
- A surname resolves to the full name it belongs to; when two people share
  it, to the one the context describes ("Wu from the X Institute" against
  each person's credential), else the one who has been quoted, else the one
  introduced with a credential, else the most recent.
- he/she resolve to the most recent person speaker, or to a person named as
  the subject of a sentence since then (not inside someone's quotation);
  they/it to the most recent group, organisation or document.
- "the official" resolves to the last unnamed speaker with that head noun;
  "the agency" to the last organisation named with that word in its name.
- Organisations are compared without "the" and with "Department of X" read
  as "X Department"; the canonical form is the fullest name the text gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from kit.errors import KitError

if TYPE_CHECKING:  # pragma: no cover
    from kit.lenses.attribution import Act

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them", "we"}
_INSTITUTION = re.compile(r"^(?P<head>Department|Ministry|Office|Bureau) of (?P<field>.+)$")
_DESCRIBING_DEPS = {"appos", "prep", "acl", "relcl"}


@dataclass
class Person:
    """A person named in full somewhere in the article."""

    name: str
    tokens: set[str]
    first: int
    description: str = ""
    quoted_at: int = -1
    mentions: list[int] = field(default_factory=list)


def person_name(ent: Span, titles: frozenset[str] = frozenset()) -> str:
    """An entity's name without leading titles or a trailing possessive."""
    words = ent.text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return re.sub(r"['\u2019]s?$", "", " ".join(words)).strip()


def load_titles(path: str | Path) -> frozenset[str]:
    """Read the titles that may stand before a name (``kit/lexicons/titles.yaml``)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KitError(f"cannot read the titles lexicon {path}: {err}") from err
    return frozenset(str(e["word"]).lower() for e in data.get("titles") or [])


def description_of(name_token: Token, titles: bool = True) -> str:
    """The credential given with a name: its apposition, or the title before it.

    "Tom Reyes, director of the X Institute" -> "director of the X Institute";
    "Foreign Minister Ana Ruiz" -> "Foreign Minister";
    "the city's mayor, Lisa Grant," -> "the city's mayor".
    """
    doc = name_token.doc
    for child in name_token.children:
        if child.dep_ == "appos" and child.pos_ not in ("PROPN", "NUM"):
            return _strip_text(doc[child.left_edge.i : child.right_edge.i + 1].text)
    head = name_token.head
    if name_token.dep_ == "appos" and head.pos_ == "NOUN":
        toks = [head] + [t for c in head.children if c.i < head.i for t in c.subtree]
        return _strip_text(doc[min(t.i for t in toks) : head.i + 1].text)
    if not titles:
        return ""
    ent_start = name_token.i
    while ent_start > 0 and name_token.doc[ent_start - 1].ent_type_ == "PERSON":
        ent_start -= 1
    left = name_token.left_edge.i
    if left < ent_start:
        title = name_token.doc[left:ent_start]
        words = [t for t in title if t.is_alpha]
        if words and not all(t.pos_ == "DET" for t in words):
            return _strip_text(title.text)
    return ""


def _strip_text(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def org_key(name: str) -> str:
    """A comparison key for an organisation: no article, "Department of X" -> "X Department"."""
    text = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.IGNORECASE)
    text = re.sub(r"['\u2019]s?$", "", text)
    words = text.split()
    for i in range(len(words)):
        m = _INSTITUTION.match(" ".join(words[i:]))
        if m:
            text = " ".join(words[:i] + [m["field"], m["head"]])
            break
    return re.sub(r"\s+", " ", text).lower()


class SpeakerResolver:
    """Resolves the speakers of a document's acts, in reading order."""

    def __init__(self, doc: Doc, titles: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.titles = titles
        self.person_ents = [e for e in doc.ents if e.label_ == "PERSON"]
        self.org_ents = [e for e in doc.ents if e.label_ == "ORG"]
        self.people = self._people()
        self.orgs: dict[str, str] = {}
        #: (canonical, kind, token position, head lemma) of each resolved speaker, in order
        self.history: list[tuple[str, str, int, str]] = []
        self.reported: list[tuple[int, int]] = []  # content ranges (characters)

    def _people(self) -> dict[str, Person]:
        people: dict[str, Person] = {}
        for ent in self.person_ents:
            name = person_name(ent, self.titles)
            words = name.split()
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            person = people.get(name)
            if person is None:
                person = people[name] = Person(name, set(words), ent.start)
            person.mentions.append(ent.start)
            if not person.description:
                person.description = description_of(ent.root)
        return people

    def resolve(self, acts: list[Act]) -> None:
        """Set ``act.canonical`` for every act, in order."""
        self.reported = [a.content for a in acts if a.content]
        for act in acts:
            if act.speaker is None:
                continue
            span = self.doc[act.speaker[0] : act.speaker[1]]
            canonical, kind = self._canonical(span)
            act.canonical = canonical
            if canonical:
                self.history.append((canonical, kind, span.start, span.root.lemma_.lower()))
                if kind == "person" and canonical in self.people:
                    self.people[canonical].quoted_at = span.start

    # -- one speaker -----------------------------------------------------------
    def _canonical(self, span: Span) -> tuple[str, str]:
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | {"it"}:
            return self._pronoun(words[0].lower_, span.start)
        if span[0].lower_ == "it" and len(span) > 1:
            return span.text.lower(), "anonymous"
        root = span.root
        persons = [e for e in span.ents if e.label_ == "PERSON" and e.start <= root.i < e.end]
        if persons:
            return self._person(persons[-1], span), "person"
        title = _quoted_title(root)
        if title:
            return title, "other"  # "the report, "Libraries for All," says"
        if len(words) == 1 and (root.pos_ == "PROPN" or root.is_title):
            known = any(root.text in p.tokens for p in self.people.values())
            if known or (root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON")):
                return self._person(span, span), "person"
        if root.pos_ == "PROPN" or root.ent_type_ in ("ORG", "GPE", "FAC"):
            return self._org(span.text), "org"
        if span[0].lower_ in ("the", "this", "that") and root.tag_ == "NN":
            earlier = self._definite(root) or self._named_body(root)
            if earlier:
                return earlier
        return _strip_text(span.text), "group" if root.tag_ in ("NNS", "NNPS") else "other"

    def _definite(self, head: Token) -> tuple[str, str] | None:
        """ "the official": the most recent unnamed speaker with that head noun."""
        for canonical, kind, _, lemma in reversed(self.history):
            if kind in ("group", "other") and head.lemma_.lower() == lemma:
                return canonical, kind
        return None

    def _named_body(self, head: Token) -> tuple[str, str] | None:
        """ "the ministry": the last organisation named before with that word in its name."""
        for ent in reversed(self.org_ents):
            if ent.end <= head.i and head.lower_ in ent.text.lower().split():
                return self._org(ent.text), "org"
        return None

    def _pronoun(self, pronoun: str, pos: int) -> tuple[str, str]:
        """The most recent compatible speaker, or a person named as a subject since."""
        if pronoun in PERSON_PRONOUNS:
            wanted: tuple[str, ...] = ("person",)
        elif pronoun == "it":
            wanted = ("org", "other")
        else:
            wanted = ("group", "org")
        speaker = next((h for h in reversed(self.history) if h[1] in wanted), None)
        if pronoun in PERSON_PRONOUNS:
            since = speaker[2] if speaker else -1
            subject = self._person_subject(since, pos)
            if subject:
                return subject, "person"
        if speaker is not None:
            return speaker[0], speaker[1]
        return pronoun, "anonymous"

    def _person_subject(self, after: int, before: int) -> str | None:
        """The last person named as the subject of a clause between two positions."""
        for ent in reversed(self.person_ents):
            if not (after < ent.start < before) or ent.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if any(s <= ent.start_char < e for s, e in self.reported):
                continue  # named inside someone's words, not by the writer
            words = set(person_name(ent, self.titles).split())
            if any(words <= p.tokens for p in self.people.values()):
                return self._person(ent, ent)
        return None

    def _org(self, text: str) -> str:
        """The fullest name the text gives this organisation."""
        key = org_key(text)
        if key not in self.orgs:
            names = [text] + [e.text for e in self.org_ents if org_key(e.text) == key]
            names = [_strip_text(re.sub(r"['\u2019]s?$", "", n)) for n in names]
            self.orgs[key] = max(names, key=len)
        return self.orgs[key]

    def _person(self, name_span: Span, speaker: Span) -> str:
        name = person_name(name_span, self.titles)
        if name in self.people:
            return name
        words = set(name.split())
        candidates = [p for p in self.people.values() if words <= p.tokens]
        if not candidates:
            return name
        if len(candidates) == 1:
            return candidates[0].name
        return self._choose(candidates, speaker).name

    def _choose(self, candidates: list[Person], speaker: Span) -> Person:
        """Among people sharing a name: described by the context, quoted, credentialed."""
        context = _context_words(speaker)
        if context:
            scored = [(len(context & _words(p.description)), p) for p in candidates]
            best = max(scored, key=lambda x: x[0])
            if best[0] > 0 and sum(s == best[0] for s, _ in scored) == 1:
                return best[1]
        pos = speaker.start
        quoted = [p for p in candidates if 0 <= p.quoted_at < pos]
        if quoted:
            return max(quoted, key=lambda p: p.quoted_at)
        described = [p for p in candidates if p.description and p.first < pos]
        if described:
            return max(described, key=lambda p: p.first)
        earlier = [p for p in candidates if p.first < pos] or candidates
        return max(earlier, key=lambda p: max(m for m in p.mentions))


def _quoted_title(root: Token) -> str | None:
    """The quoted title in apposition to a common noun: the report, "Title," ..."""
    if root.pos_ != "NOUN":
        return None
    doc = root.doc
    for child in root.children:
        if child.dep_ != "appos":
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        if start > 0 and doc[start - 1].text in "\"\u201c'\u2018" or doc[start].is_quote:
            text = doc[start:end].text.strip("\"\u201c\u201d'\u2018\u2019 ,")
            return text or None
    return None


def _context_words(speaker: Span) -> set[str]:
    """Words that describe a speaker where it is named ("Wu from the X Institute")."""
    root = speaker.root
    words: set[str] = set()
    for child in root.children:
        if child.dep_ in _DESCRIBING_DEPS:
            words |= _words(" ".join(t.text for t in child.subtree))
    return words


def _words(text: str) -> set[str]:
    """Content words of a description, for matching it against context."""
    return {w.lower() for w in re.findall(r"\w+", text) if w.lower() not in STOP_WORDS}

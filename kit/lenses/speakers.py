"""Speaker resolution: one canonical source per person or body (guide, section 1).

A full name stays itself; a surname resolves to the full name it belongs to
(when two people share it, the one the context describes, else the one who
has been quoted, else the one introduced with a credential, else the most
recent); a pronoun resolves to the most recent compatible speaker;
organisation names are normalised so that "the X Department of State" and
"the X State Department" are one source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

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


def person_name(ent: Span) -> str:
    """An entity's name without a trailing possessive."""
    text = ent.text.strip()
    return re.sub(r"['\u2019]s?$", "", text).strip()


def description_of(name_token: Token, titles: bool = True) -> str:
    """The credential given with a name: its apposition, or the title before it.

    "Jin Canrong, associate dean of ..." -> "associate dean of ...";
    "Chinese Premier Li Keqiang" -> "Chinese Premier";
    "Valdoria's energy minister, Piet Oranen," -> "Valdoria's energy minister".
    """
    doc = name_token.doc
    for child in name_token.children:
        if child.dep_ == "appos" and child.pos_ != "PROPN":
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

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people = self._people(doc)
        self.orgs: dict[str, str] = {}
        self.history: list[tuple[str, str]] = []  # (canonical, kind) of resolved speakers

    @staticmethod
    def _people(doc: Doc) -> dict[str, Person]:
        people: dict[str, Person] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = person_name(ent)
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
        for act in acts:
            if act.speaker is None:
                continue
            span = self.doc[act.speaker[0] : act.speaker[1]]
            canonical, kind = self._canonical(span)
            act.canonical = canonical
            if canonical:
                self.history.append((canonical, kind))
                if kind == "person" and canonical in self.people:
                    self.people[canonical].quoted_at = span.start

    # -- one speaker -----------------------------------------------------------
    def _canonical(self, span: Span) -> tuple[str, str]:
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(words[0].lower_)
        if span[0].lower_ == "it" and len(span) > 1:
            return span.text.lower(), "anonymous"
        persons = [e for e in span.ents if e.label_ == "PERSON"]
        if persons:
            return self._person(persons[-1], span), "person"
        root = span.root
        if len(words) == 1 and root.pos_ == "PROPN":
            known = any(root.text in p.tokens for p in self.people.values())
            if known or root.ent_type_ in ("", "PERSON"):
                return self._person(span, span), "person"
        if root.pos_ == "PROPN" or root.ent_type_ in ("ORG", "GPE", "FAC"):
            return self._org(span.text), "org"
        if span[0].lower_ in ("the", "this", "that") and root.tag_ == "NN":
            earlier = self._definite(root)
            if earlier:
                return earlier
        return _strip_text(span.text), "group" if root.tag_ in ("NNS", "NNPS") else "other"

    def _definite(self, head: Token) -> tuple[str, str] | None:
        """ "the official": the most recent unnamed speaker with that head noun."""
        for canonical, kind in reversed(self.history):
            if kind in ("group", "other") and head.lower_ in canonical.lower().split():
                return canonical, kind
        return None

    def _pronoun(self, pronoun: str) -> tuple[str, str]:
        wanted = ("person",) if pronoun in PERSON_PRONOUNS else ("group", "org")
        for canonical, kind in reversed(self.history):
            if kind in wanted:
                return canonical, kind
        return pronoun, "anonymous"

    def _org(self, text: str) -> str:
        key = org_key(text)
        if key not in self.orgs:
            self.orgs[key] = _strip_text(re.sub(r"['\u2019]s?$", "", text))
        return self.orgs[key]

    def _person(self, name_span: Span, speaker: Span) -> str:
        name = person_name(name_span)
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


def _context_words(speaker: Span) -> set[str]:
    """Words that describe a speaker where it is named ("Yang from the X Institute")."""
    root = speaker.root
    words: set[str] = set()
    for child in root.children:
        if child.dep_ in _DESCRIBING_DEPS:
            words |= _words(" ".join(t.text for t in child.subtree))
    return words


def _words(text: str) -> set[str]:
    """Content words of a description, for matching it against context."""
    return {w.lower() for w in re.findall(r"\w+", text) if w.lower() not in STOP_WORDS}

"""How the speaker resolver reads organisations (:mod:`kit.lenses.speakers`; guide, section 1).

- A name right after a lower-case noun for a kind of body is that body, even when the
  model tagged it a person: "the consumer group Which Way", "The holiday company
  Snowtrail", "The lift operator, Remontées Vanoise"; "the group" later points back to it.
- "the company" points back to the organisation that spoke in this sentence or the one
  before (never a public body: "the Coastguard Agency said. ... The company said"), else to
  the organisation in focus; the canonical form is the fullest name the text gives.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kit.lenses.speaker_names import load_not_businesses, org_key, strip_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from kit.lenses.speaker_names import Person


class BodyRules:
    """The organisation half of :class:`kit.lenses.speakers.SpeakerResolver`.

    Relies on the resolver's ``doc``, ``bodies``, ``people``, ``orgs``, ``org_nouns``,
    ``history`` and ``_not_workplaces``.
    """

    doc: Doc
    bodies: list[Span]
    people: dict[str, Person]
    orgs: dict[str, str]
    org_nouns: frozenset[str]
    history: list[tuple[str, str, int, str]]

    def _kind_noun(self, name: Span) -> Token | None:
        """A name right after a lower-case noun for a kind of organisation that it is
        tied to: "the holiday company Snowtrail", "The lift operator, Remontées Vanoise"
        (not "the company founder Ann Lee": the noun before the name is "founder")."""
        at = name.start - 1
        if at > 0 and self.doc[at].text == ",":
            at -= 1  # "The lift operator, Remontées Vanoise,"
        if at < 1:
            return None
        noun = self.doc[at]
        tied = noun.head.i in range(name.start, name.end) or name.root.head == noun
        kind = (
            noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.org_nouns
            and tied and not any(c.dep_ == "poss" for c in noun.children)
        )  # fmt: skip
        return noun if kind else None

    def _kind_before(self, name: Span) -> bool:
        return self._kind_noun(name) is not None

    def _kind_named(self, head: Token) -> str | None:
        """ "The group said" after "the consumer group Which Way": the body that noun
        introduced, when it is the last one introduced so."""
        lemma = head.lemma_.lower()
        for body in reversed([b for b in self.bodies if b.end <= head.i]):
            noun = self._kind_noun(body)
            if noun is not None and noun.lemma_.lower() == lemma:
                return self._org(body.text)
        return None



    def _org_just_spoken(self, head: Token, business: bool = True) -> str | None:
        """An organisation that spoke in this sentence or the one before, named after the
        last organisation the text named: what "the company" points back to (never a
        public body: "the Coastguard Agency said. ... The company said")."""
        sent = head.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        last_named = max((b.start for b in self.bodies if b.end <= head.i), default=-1)
        public = load_not_businesses() if business else frozenset()
        for canonical, kind, at, _ in reversed(self.history):
            if at < start:
                return None
            if kind == "org" and public & set(canonical.lower().split()):
                return None
            if kind == "org" and at > last_named:
                return canonical
        return None

    def _focus_body(self, pos: int, business: bool = True) -> Span | None:
        """The organisation in focus before a position: the last one named as a
        subject (or described as an organisation), else the last one named.
        "the company" never points back to a ministry or a journal."""
        public = load_not_businesses() if business else frozenset()
        before = self._not_workplaces([  # "Analysts at X": not the body in focus
            e for e in self.bodies
            if e.end <= pos and not public & {t.lower_ for t in e}
        ])  # fmt: skip
        if not before:
            return None
        focus = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass") or e.label_ != "ORG"]
        return (focus or before)[-1]

    def _org(self, text: str) -> str:
        """The fullest name the text gives this organisation."""
        key = org_key(text)
        if key not in self.orgs:
            names = [text] + [e.text for e in self.bodies if org_key(e.text) == key]
            if text[:1].isupper():
                names += self._fuller_name(key)  # "Metrolink" after "Ferrisham Metrolink"
            names = [strip_text(re.sub(r"['\u2019]s?$", "", n)) for n in names]
            self.orgs[key] = max(names, key=len)
        return self.orgs[key]

    def _short_body(self, words: list[Token]) -> str | None:
        """A proper name that is no known person's but the short form of one body's name
        ("Brightwing said" after "Brightwing Holidays")."""
        names = [t for t in words if t.lower_ != "the"]
        # a name the model tagged as one but parsed as a noun ("Brightwing said"), never a
        # capitalised common noun ("Residents said" after "the Residents' Association")
        if not names or not all(
            (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")) and t.is_title for t in names
        ):
            return None
        text = " ".join(t.text for t in names)
        if any(set(text.split()) & p.tokens for p in self.people.values()):
            return None
        return self._org(text) if self._fuller_name(org_key(text)) else None

    def _fuller_name(self, key: str) -> list[str]:
        """The one organisation whose name begins or ends with a short form ("Metrolink"
        for "Ferrisham Metrolink", "Tennant Vale" for "Tennant Vale Water"); none when
        two bodies could be meant or the longer name is a person's."""
        fuller = {
            org_key(e.text): e.text for e in self.bodies
            if re.search(rf"(?:^{re.escape(key)} | {re.escape(key)}$)", org_key(e.text))
            and not any(set(e.text.split()) <= p.tokens for p in self.people.values())
        }  # fmt: skip
        return list(fuller.values()) if len(fuller) == 1 else []

    def _aside_body(self, span: Span, root: Token) -> str | None:
        """ "The head teacher, who took over at Mossgill in April, wrote": a role noun of
        one person whose aside names a body the text named before by a word of its name
        is that body's ("head teacher of Mossgill Academy")."""
        if root.tag_ != "NN" or span[0].lower_ != "the" or span[0].head != root:
            return None
        for clause in (c for c in root.children if c.dep_ == "relcl" and c.i > root.i):
            for tok in clause.subtree:
                named_here = tok.pos_ == "PROPN" and tok.dep_ in ("pobj", "dobj")
                if not named_here:  # (the model may call "Mossgill" a person: no known one)
                    continue
                named = [e for e in self.bodies if e.end <= span.start]
                named = [e for e in named if tok.text in e.text.split()]
                if named and not any(tok.text in p.tokens for p in self.people.values()):
                    name = self._org(named[-1].text)
                    role = self.doc[span.start + 1 : root.i + 1].text
                    return f"{role} of {self._the(name)}{name}"
        return None

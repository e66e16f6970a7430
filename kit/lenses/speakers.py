"""Speaker resolution: one canonical source per person or body (guide, section 1).

- A full name stays itself, without titles ("Councillor", "Dr"). People are
  the PERSON entities plus untagged full names the text describes as a
  person ("Ana Lee, the firm's chief executive", "X, who ..."); names the
  text describes as a body ("X Tiles, the maker of ...") are organisations.
- A surname resolves to the full name it belongs to. When two people share
  it: the one the context describes ("Wu from the X Institute"); the only one
  introduced so far; the one a role noun picks out in the sentence before
  ("Her brother sounded calmer."); the one whose gender matches the writer's
  "she"/"he" in the sentence; else the one mentioned most recently.
- he/she resolve to the most recent person speaker, or to a person named as
  the subject of a sentence since then (not inside someone's quotation), or
  to a more recent unnamed speaker ("a spokesman"); people the text gives the
  other gender are skipped. they/it resolve to the most recent group,
  organisation or document.
- A definite noun phrase points back: "the person" to the last unnamed
  speaker with that head noun; "the engineer" to the person introduced as
  one; "the ministry" to the organisation with that word in its name;
  "its maker" to the agent of "is made by X"; "the company"/"the firm" to the
  organisation in focus (named as a subject, never a public body).
- Leading quantifiers are dropped ("some experts" -> "experts").
- Organisations are compared without "the" and with "Department of X" read
  as "X Department"; the canonical form is the fullest name the text gives.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from kit.lenses.shared import entities_in
from kit.lenses.speaker_names import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    Person,
    _context_words,
    _document_heads,
    _quoted_title,
    _roles,
    _split_at_verbs,
    _strip_quantifier,
    _strip_text,
    _untagged_names,
    _words,
    description_head,
    description_of,
    load_anaphors,
    load_gender_words,
    load_not_businesses,
    org_key,
    person_gender,
    person_name,
    titles_of,
)

__all__ = [
    "Person",
    "SpeakerResolver",
    "description_head",
    "description_of",
    "org_key",
    "person_gender",
    "person_name",
    "titles_of",
]


class SpeakerResolver:
    """Resolves the speakers of a document's acts, in reading order."""

    def __init__(self, doc: Doc, titles: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.titles = titles
        self.org_nouns = load_anaphors()[0]
        self.person_ents = [e for e in doc.ents if e.label_ == "PERSON"]
        self.org_ents = [p for e in doc.ents if e.label_ == "ORG" for p in _split_at_verbs(e)]
        self.bodies = self._bodies()
        self.people = self._people()
        self.person_mentions = self._person_mentions()
        for tok, name in self.person_mentions:  # the nouns that describe each person
            if name in self.people:
                self.people[name].roles |= _roles(tok)
        for tok, name in self.person_mentions:  # every full-name mention counts
            if name in self.people and tok.i not in self.people[name].mentions:
                self.people[name].mentions.append(tok.i)
        self.orgs: dict[str, str] = {}
        #: (canonical, kind, position of the head, head lemma) of each resolved speaker, in order
        self.history: list[tuple[str, str, int, str]] = []
        self.reported: list[tuple[int, int]] = []  # content ranges (characters)

    def _bodies(self) -> list[Span]:
        """Named organisations: ORG entities, and names described as one ("X, the maker of")."""
        bodies = list(self.org_ents)
        for ent in self.doc.ents:
            if ent.label_ in ("ORG", "GPE", "NORP", "FAC", "DATE", "TIME", "CARDINAL"):
                continue
            if description_head(description_of(ent.root, titles=False)) in self.org_nouns:
                bodies.append(ent)
        starts = {e.start for e in self.doc.ents}
        for name in _untagged_names(self.doc):  # "Brisk Kettles, the maker of ..."
            if name.start in starts:
                continue
            if description_head(description_of(name.root, titles=False)) in self.org_nouns:
                bodies.append(name)
        return sorted(bodies, key=lambda e: e.start)

    def _people(self) -> dict[str, Person]:
        people: dict[str, Person] = {}
        body_starts = {e.start for e in self.bodies}
        for ent in self.person_ents:
            if ent.start in body_starts:
                continue  # "X Tiles, the maker of ...": an organisation
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
        for tok, name in self._described_names():
            if name not in people and not any(name in p for p in people):
                people[name] = Person(name, set(name.split()), tok.left_edge.i)
                people[name].description = description_of(tok)
            if name in people:
                people[name].mentions.append(tok.i)
        return people

    def _described_names(self) -> list[tuple[Token, str]]:
        """Full names the model left untagged but the text describes as a person
        ("Ana Ruiz, the company's chief executive, ...")."""
        found = []
        for tok in self.doc:
            who = any(
                c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                for c in tok.children
            )  # "X, who ...": a person, whatever label the model gave the name
            if tok.pos_ != "PROPN" or tok.dep_ == "compound":
                continue
            if tok.ent_type_ not in ("", "PERSON") and not who:
                continue
            chain = [tok]
            while chain[0].i > 0:
                prev = self.doc[chain[0].i - 1]
                if prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head == tok:
                    chain.insert(0, prev)
                else:
                    break
            if len(chain) < 2 or not all(t.is_title and t.is_alpha for t in chain):
                continue
            if chain[0].lower_ in self.titles:
                chain = chain[1:]
                if len(chain) < 2:
                    continue
            description = description_of(tok, titles=False)
            if who or description and description_head(description) not in self.org_nouns:
                found.append((tok, " ".join(t.text for t in chain)))
        return found

    def _person_mentions(self) -> list[tuple[Token, str]]:
        """Every name of a known person, whatever label the parser gave it.

        "Kwan, 34, grew up ..." is a mention of Adaeze Kwan even when the
        model tags "Kwan" as an organisation.
        """
        known = set().union(*(p.tokens for p in self.people.values())) if self.people else set()
        found = []
        for tok in self.doc:
            if tok.pos_ != "PROPN" or tok.text not in known or tok.dep_ == "compound":
                continue
            words = [c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            name = " ".join(words + [re.sub(r"['\u2019]s?$", "", tok.text)])
            if any(set(name.split()) <= p.tokens for p in self.people.values()):
                found.append((tok, name))
        return found

    def resolve(
        self,
        speakers: list[tuple[int, int] | None],
        contents: list[tuple[int, int] | None],
    ) -> list[str | None]:
        """The canonical source of each speaker (token range), in reading order.

        ``contents`` are the acts' content ranges (characters): a pronoun never
        refers to a person named inside someone's reported words.
        """
        self.reported = [c for c in contents if c]
        out: list[str | None] = []
        for rng in speakers:
            if rng is None:
                out.append(None)
                continue
            span = self.doc[rng[0] : rng[1]]
            canonical, kind = self._canonical(span)
            out.append(canonical)
            if canonical:
                self.history.append((canonical, kind, span.root.i, span.root.lemma_.lower()))
                if kind == "person" and canonical in self.people:
                    person = self.people[canonical]
                    person.quoted_at = span.start
                    person.mentions.append(span.start)
        return out

    def record(self) -> dict[str, Any]:
        """What later components need, as plain data (``doc._.kit_speakers``):
        each known person's description and the text of each named body."""
        return {
            "people": {name: p.description for name, p in self.people.items()},
            "bodies": [b.text for b in self.bodies],
        }

    # -- one speaker -----------------------------------------------------------
    def _canonical(self, span: Span) -> tuple[str, str]:
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | {"it"}:
            return self._pronoun(words[0].lower_, span.start)
        if span[0].lower_ == "it" and len(span) > 1:
            return span.text.lower(), "anonymous"
        root = span.root
        ents = entities_in(span)
        persons = [e for e in ents if e.label_ == "PERSON" and e.start <= root.i < e.end]
        if persons and persons[-1].start not in {b.start for b in self.bodies}:
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
        first = span[0]
        if (
            first.lower_ in ("the", "this", "that", "its", "their")
            and root.pos_ == "NOUN"
            and (
                first.head == root  # "the lawyer", not "the defendant's lawyer"
            )
        ):
            earlier = self._definite(root)
            if earlier:
                return earlier
        kind = "group" if root.tag_ in ("NNS", "NNPS") else "other"
        if first.lower_ == "its" and first.head == root:  # "its authors" -> "study's authors"
            owner = next((h for h in reversed(self.history) if h[1] in ("org", "other")), None)
            if owner is not None:
                return f"{owner[0]}'s {self.doc[first.i + 1 : span.end].text}", kind
        return _strip_quantifier(_strip_text(span.text)), kind

    def _definite(self, head: Token) -> tuple[str, str] | None:
        """A definite noun phrase that points back to a source named before.

        "the person" -> the last unnamed speaker with that head noun ("a person
        familiar with the talks"); "the engineer" -> the person introduced as
        one ("Ann Lee, an engineer at ..."); "the ministry" -> the organisation
        with that word in its name; "the company", "its maker" -> the
        organisation in focus.
        """
        lemma, word = head.lemma_.lower(), head.lower_
        for canonical, kind, _, earlier in reversed(self.history):
            if kind in ("group", "other") and lemma == earlier:
                return canonical, kind
        described = [
            p for p in self.people.values()
            if p.first < head.i and {lemma, word} & p.roles
        ]  # fmt: skip
        if described:
            return max(described, key=lambda p: max(p.mentions)).name, "person"
        named = self._named_body(head)
        if named:
            return named
        agent = self._agent_of(head)
        if agent is not None:
            return agent
        if lemma in self.org_nouns or word in self.org_nouns:
            body = self._focus_body(head.i, business=lemma not in ("organisation", "organization"))
            if body is not None:
                return self._org(body.text), "org"
        return None

    def _agent_of(self, head: Token) -> tuple[str, str] | None:
        """ "its maker" after "is made by X": the agent of the verb the noun is made from."""
        word = head.lower_
        if not re.search(r"(?:er|or)$", word):
            return None
        stems = {word[:-2], word[:-1], word[:-2] + "e"}
        for tok in reversed(self.doc[: head.i]):
            if tok.lemma_.lower() not in stems or tok.pos_ != "VERB":
                continue
            for agent in (c for c in tok.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    name = self.doc[obj.left_edge.i : obj.i + 1].text
                    if obj.pos_ == "PROPN":
                        return self._org(name), "org"
        return None

    def _named_body(self, head: Token) -> tuple[str, str] | None:
        """ "the ministry": the last organisation named before with that word in its name."""
        for ent in reversed(self.bodies):
            if ent.end <= head.i and head.lower_ in ent.text.lower().split():
                return self._org(ent.text), "org"
        return None

    def _focus_body(self, pos: int, business: bool = True) -> Span | None:
        """The organisation in focus before a position: the last one named as a
        subject (or described as an organisation), else the last one named.
        "the company" never points back to a ministry or a journal."""
        public = load_not_businesses() if business else frozenset()
        before = [
            e for e in self.bodies
            if e.end <= pos and not public & {t.lower_ for t in e}
        ]  # fmt: skip
        if not before:
            return None
        focus = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass") or e.label_ != "ORG"]
        return (focus or before)[-1]

    def _pronoun(self, pronoun: str, pos: int) -> tuple[str, str]:
        """The most recent compatible speaker, or a person named as a subject since."""
        if pronoun in PERSON_PRONOUNS:
            wanted: tuple[str, ...] = ("person",)
        elif pronoun == "it":
            wanted = ("org", "other")
        else:
            wanted = ("group", "org")
        gender = load_gender_words().get(pronoun) if pronoun in PERSON_PRONOUNS else None
        speaker = next(
            (h for h in reversed(self.history) if h[1] in wanted and self._fits(h[0], gender)),
            None,
        )
        if pronoun in PERSON_PRONOUNS:
            since = speaker[2] if speaker else -1
            subject = self._person_subject(since, pos, gender)
            if subject:
                return subject, "person"
            unnamed = next((h for h in reversed(self.history) if h[1] == "other"), None)
            if unnamed and unnamed[2] > since and unnamed[3] not in _document_heads():
                return unnamed[0], unnamed[1]  # "A spokesman said ... he added"
        if speaker is not None:
            return speaker[0], speaker[1]
        return pronoun, "anonymous"

    def _person_subject(self, after: int, before: int, gender: str | None = None) -> str | None:
        """The last person named as the subject of a clause between two positions
        (of the pronoun's gender when the text tells it)."""
        for tok, name in reversed(self.person_mentions):
            if not (after < tok.i < before) or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue  # named inside someone's words, not by the writer
            found = self._person_name(name, self.doc[tok.i : tok.i + 1])
            if self._fits(found, gender):
                return found
        return None

    def _fits(self, canonical: str, gender: str | None) -> bool:
        """False only when the text gives this person the other gender."""
        person = self.people.get(canonical)
        if gender is None or person is None:
            return True
        known = person_gender(person)
        return known is None or known == gender

    def _org(self, text: str) -> str:
        """The fullest name the text gives this organisation."""
        key = org_key(text)
        if key not in self.orgs:
            names = [text] + [e.text for e in self.bodies if org_key(e.text) == key]
            names = [_strip_text(re.sub(r"['\u2019]s?$", "", n)) for n in names]
            self.orgs[key] = max(names, key=len)
        return self.orgs[key]

    def _person(self, name_span: Span, speaker: Span) -> str:
        return self._person_name(person_name(name_span, self.titles), speaker)

    def _person_name(self, name: str, speaker: Span) -> str:
        if name in self.people:
            return name
        words = set(name.split())
        candidates = [p for p in self.people.values() if words <= p.tokens]
        if not candidates:
            return name
        if len(candidates) == 1:
            return candidates[0].name
        chosen = self._choose(candidates, speaker)
        chosen.mentions.append(speaker.start)
        return chosen.name

    def _choose(self, candidates: list[Person], speaker: Span) -> Person:
        """Among people sharing a name (guide, section 1: normally the most recent
        person with that name): the one the context describes ("Wu from the X
        Institute"), else one introduced before, picked out in the sentence before
        by the noun of their description ("Her brother ..."), else the one
        mentioned most recently."""
        context = _context_words(speaker)
        if context:
            scored = [(len(context & _words(p.description)), p) for p in candidates]
            best = max(scored, key=lambda x: x[0])
            if best[0] > 0 and sum(s == best[0] for s, _ in scored) == 1:
                return best[1]
        pos = speaker.start
        earlier = [p for p in candidates if p.first < pos] or candidates
        if len(earlier) == 1:
            return earlier[0]
        by_role = self._role_mention(earlier, pos)
        if by_role is not None:
            return by_role
        by_gender = self._gender_cue(earlier, speaker)
        if by_gender is not None:
            return by_gender
        return max(earlier, key=lambda p: max([m for m in p.mentions if m < pos] or [p.first]))

    def _gender_cue(self, candidates: list[Person], speaker: Span) -> Person | None:
        """ "Asked whether she would stay, Ruiz said ...": the one candidate whose
        roles or title give the gender of the pronouns in the writer's part of the
        sentence (none of the other gender)."""
        gender_of = load_gender_words()
        sent = self.doc[speaker.start].sent
        cues = {
            gender_of[t.lower_] for t in sent
            if t.pos_ == "PRON" and t.lower_ in gender_of
            and not any(s <= t.idx < e for s, e in self._quoted_ranges(sent))
        }  # fmt: skip
        if len(cues) != 1:
            return None
        (wanted,) = cues

        genders = [person_gender(p) for p in candidates]
        if None in genders:
            return None
        match = [p for p, g in zip(candidates, genders, strict=True) if g == wanted]
        return match[0] if len(match) == 1 else None

    def _quoted_ranges(self, sent: Span) -> list[tuple[int, int]]:
        text = sent.text
        spans = []
        for m in re.finditer(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", text):
            spans.append((sent.start_char + m.start(), sent.start_char + m.end()))
        return spans

    def _role_mention(self, candidates: list[Person], pos: int) -> Person | None:
        """The one person picked out by a role noun as a subject ("Her brother
        sounded ...") since the start of the sentence before, with no name of
        theirs mentioned after it."""
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in reversed(self.doc[start:pos]):
            if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            found = [p for p in candidates if tok.lower_ in p.roles]
            named_since = any(tok.i < m < pos for p in candidates for m in p.mentions)
            if len(found) == 1 and not named_since:
                return found[0]
        return None

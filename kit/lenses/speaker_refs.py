"""How the speaker resolver follows references back (:mod:`kit.lenses.speakers`).

Rules for the words spin-heavy prose uses instead of a name (guide, section 1):

- "police said", "the ministry said": the body the article names with that
  word, before the speaker or else after it.
- "Her record label, Halcyon Music, said": the name in apposition.
- Owners ("her spokesperson", "a company spokeswoman") follow
  :mod:`kit.lenses.speaker_owners`.
- "The cycling charity Roadwatch Denholm said", "according to the operator,
  Ferrisham Metrolink": the name right after the description.
- "Another witness, a woman who works in a bank": the fuller description.
- "The former transport secretary" right after "Then there is Harriet Lowe":
  the one person the writer just named, never for roles that stand for an
  unnamed individual ("the spokesperson") nor after that person just spoke.
- Pronouns follow :mod:`kit.lenses.speaker_pronouns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from kit.lenses.shared import doc_array, doc_text, entity_at, tokens_back
from kit.lenses.speaker_chains import past_false_title
from kit.lenses.speaker_names import (
    Person,
    body_heads,
    document_heads,
    in_conjunct,
    load_not_businesses,
    name_word,
    org_key,
    people_group_heads,
    person_noun,
    strip_text,
    unnamed_roles,
    words_of,
)
from kit.lenses.speaker_people import names_the_owner
from kit.lenses.speaker_unnamed import only_asks_anonymity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

class ReferenceRules:
    """The reference-following half of :class:`kit.lenses.speakers.SpeakerResolver`.

    Relies on the resolver's state: ``doc``, ``people``, ``bodies``,
    ``history``, ``person_mentions``, ``reported``, ``speaker_heads``,
    ``speaker_tokens``, ``speaker_roots``, ``org_nouns`` and its ``_org``,
    ``_definite``, ``_named_body``, ``_focus_body``, ``_article_place``, ``_pronoun`` and
    ``_person_name``.
    """

    doc: Doc
    people: dict[str, Person]
    bodies: list[Span]
    history: list[tuple[str, str, int, str]]
    person_mentions: list[tuple[Token, str]]
    reported: list[tuple[int, int]]
    speaker_heads: set[int]
    speaker_tokens: set[int]
    speaker_roots: set[int]
    org_nouns: frozenset[str]
    titles: frozenset[str]
    taken_up_as_body: set[str]

    def _body_word(self, words: list[Token], root: Token) -> str | None:
        """ "police said", "the ministry said", "their union said": a public-body word on
        its own is the body the article names with that word, before the speaker or,
        failing that, after."""
        if len(words) > 2:  # "the parish council", whatever tag the model gave it
            return self._kind_of_body(words, root) if root.pos_ in ("NOUN", "PROPN") else None
        if root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ in ("ORG", "PERSON"):
            return None
        # "the union", and "their union" before the union is named ("..., their union
        # said. The Allied Nurses' Union said ...")
        if len(words) == 2 and not (
            words[0].lower_ == "the" or words[0].tag_ == "PRP$"
        ):
            return None
        word = root.lower_
        if word not in load_not_businesses():
            return None
        same = words_of("police_words") if word in words_of("police_words") else {word}
        named = [e for e in self.bodies if same & set(e.text.lower().split()) and e.root != root]
        before = [e for e in named if e.end <= root.i]
        spoke = next(  # a body that spoke before under a name the model did not tag, or
            (h[0] for h in reversed(self.history)  # as "Durvania's defence ministry"
             if h[1] == "org" and same & set(h[0].lower().split())
             or h[1] == "other" and h[3] in same and h[0].lower().endswith(h[3])),
            None,
        )  # fmt: skip
        if spoke is not None and (not before or spoke.lower().endswith(
            f" {strip_text(before[-1].text).lower()}"
        )):  # or the fuller name it spoke under ("Ostrelia's health ministry")
            return spoke
        chosen = before[-1] if before else (named[0] if named else None)
        if chosen is None:
            apposed = self._apposed_body(root)  # "the Guild of X, the largest union, ..."
            if apposed is not None:
                return apposed[0]
            return self._described_body(root)  # "the agriculture ministry ... The ministry says"
        return self._org(chosen.text)

    def _kind_of_body(self, words: list[Token], root: Token) -> str | None:
        """ "In a statement, the parish council said" after "Scurlock Parish Council": a
        public-body word with lower-case words of its kind before it ("parish council",
        "district authority") is the one body the article names with all those words,
        written with its fullest name (guide, section 1: the fullest name the article
        gives; a short form of one body's name is that body)."""
        if words[0].lower_ != "the" or words[-1] != root:
            return None
        if root.lower_ not in load_not_businesses():
            return None
        kind = words[1:-1]
        if not all(t.is_lower and t.dep_ in ("compound", "amod") for t in kind):
            return None
        wanted = {t.lower_ for t in kind} | {root.lower_}
        runs = [  # capitalised names that end in the body word and hold the kind words
            r for r in self._name_runs()
            if r[-1].lower() == root.lower_ and wanted <= {w.lower() for w in r}
        ]  # fmt: skip
        fullest = {r for r in runs if not any(len(o) > len(r) and r == o[-len(r) :] for o in runs)}
        return self._org(" ".join(fullest.pop())) if len(fullest) == 1 else None

    def _body_named_for(self, head: Token) -> tuple[str, str] | None:
        """ "the ministry", "the network", "the board": the body named with that word
        before (or just after), else a capitalised name ending in it, else the fullest
        lower-case description of it ("the Dunraven health board area ... The board")."""
        named = (
            self._named_body(head) or self._apposed_body(head)
            or self._named_body_ahead(head) or self._untagged_body(head)
        )  # fmt: skip
        if named is None and head.lemma_.lower() in body_heads():
            described = self._described_body(head)
            named = (described, "org") if described else None
        kind = {c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ != "ADJ"
                and c.is_lower and c.i < head.i}  # fmt: skip
        if named is not None and not kind <= set(named[0].lower().split()):
            return None  # "the parish council" is no "X District Council": another kind
        return named

    def _named_body(self, head: Token) -> tuple[str, str] | None:
        """ "the ministry": the last organisation named before with that word in its name."""
        for ent in reversed(self.bodies):
            words = ent.text.lower().split()
            if words == [head.lower_] or words == [head.lower_ + "'s"]:
                continue  # "Leader's speech" in a section line: the noun itself, no name
            if ent.end <= head.i and head.lower_ in words:
                return self._org(ent.text), "org"
        return next((  # or a body that spoke under a name the model did not tag: "the
            (name, "org") for name, kind, at, _ in reversed(self.history)  # Diocese of X"
            if kind == "org" and at < head.i and head.lower_ in name.lower().split()
        ), None)  # fmt: skip

    def _named_body_ahead(self, head: Token) -> tuple[str, str] | None:
        """ "the central bank ... warned" when no bank was named before: the first body
        named with that word in this paragraph or the next ("The Bank of Velmora")."""
        text = doc_text(self.doc)
        for ent in self.bodies:
            if ent.start <= head.i or text.count("\n\n", head.idx, ent.start_char) > 1:
                continue
            if head.lower_ in ent.text.lower().split():
                return self._org(ent.text), "org"
        return None

    def _thing_in_clause(self, span: Span, root: Token) -> str | None:
        """ "the people who built it say": an object "it" inside an unnamed speaker's own
        relative clause is resolved, as a possessive there is ("people who built VELTRA";
        guide, section 1: the fullest name the article gives); None when "it" points to
        no name the text gave ("it" standing for a person or an unnamed thing)."""
        clause = next((c for c in root.children if c.dep_ == "relcl" and c.i < span.end), None)
        it = [t for t in span if t.lower_ == "it" and t.dep_ in ("dobj", "pobj")]
        if clause is None or len(it) != 1 or it[0].head not in (clause, *clause.children):
            return None
        name, kind = self._pronoun("it", span.start)
        if kind not in ("org", "other") or not name[:1].isupper():
            return None
        words = [name if t == it[0] else t.text for t in span]
        text = "".join(w + t.whitespace_ for w, t in zip(words, span, strict=True)).strip()
        return re.sub(r"^(?:[Tt]he|[Aa]n?|[Ss]ome)\s+", "", text)

    def _name_at_end(self, span: Span, last: Token) -> str | None:
        """ "said his sister and longtime manager, Rosa", "The headteacher of Wexham
        Primary, Adebayo Coker": a person's name in apposition at the end of the speaker
        (tagged a person, or a name the text gives a person elsewhere) is the speaker, also
        when the parser took it, set off by a comma, for the object of the role's
        preposition ("Her neighbour at the fair, X Y,")."""
        known = last.ent_type_ == "PERSON" or any(
            last.text in p.tokens for p in self.people.values()
        )
        if not known or last.head.i < span.start:
            return None
        start = last.left_edge.i
        if last.dep_ == "pobj":  # "Her neighbour at the fair, X Y,": the parser made the
            start = last.i  # name the object of "at", the real object before the comma
            while start > span.start and self.doc[start - 1].dep_ == "compound" and (
                self.doc[start - 1].pos_ == "PROPN"
            ):
                start -= 1
            if self.doc[start - 1].text != "," or start - 2 <= last.head.i:
                return None
        elif last.dep_ != "appos":
            return None
        if names_the_owner(last):  # "A spokeswoman for the contractor, X Y,": the firm
            return None
        return self._person(self.doc[start : last.i + 1], span)

    def _coordinated_body(self, words: list[Token]) -> str | None:
        """ "Devon and Cornwall Police said", "Kensington and Chelsea Council": place names
        joined by "and" before a capitalised body word are one body's name, whatever the
        model tagged ("Devon" a person, "Cornwall Police" a body); the part after "and"
        is a short form of it from then on ("The force said")."""
        names = [t for t in words if t.lower_ != "the"]
        last = names[-1] if names else None
        if last is None or not last.is_title or len(names) < 4:
            return None
        if last.lower_ not in body_heads() | load_not_businesses() | words_of("police_words"):
            return None
        joins = [k for k, t in enumerate(names) if t.lower_ in ("and", "&")]
        if len(joins) != 1 or joins[0] != 1 or len(names) < 4:
            return None  # one place word before "and": not "The Kestrel Trust and X Police"
        if not all(name_word(t) for k, t in enumerate(names) if k != joins[0]):
            return None
        name = " ".join(t.text for t in names)
        tail = " ".join(t.text for t in names[joins[0] + 1 :])
        self.orgs[org_key(tail)] = self.orgs[org_key(name)] = name
        return name

    def _untagged_body(self, head: Token) -> tuple[str, str] | None:
        """ "The Lowland Dairy Network organised the march. ... The network said": a body
        word points back to a capitalised name ending in that word that the model left
        untagged (two words or more, in the writer's words); so does any noun that is
        itself the speaker ("near Ormsley Wildlife Park ..., the park said": a place that
        speaks is the body of that name), but not a title ("the minister")."""
        words = {head.lower_, head.lemma_.lower()}
        speaking = head.i in self.speaker_roots and not words & self.titles
        if not words & (self.org_nouns | load_not_businesses() | body_heads()) and not speaking:
            return None  # a speaker's own word may be any ("the park said", "the sanctuary")
        for tok in tokens_back(self.doc, doc_array(self.doc, LOWER) == head.lower, head.i):
            if tok.lower_ != head.lower_ or tok.pos_ != "PROPN" or not tok.is_title:
                continue
            own = speaking and tok.sent == head.sent  # "near X Park ..., the park said"
            if not own and any(s <= tok.idx < e for s, e in self.reported):
                continue
            start = tok.i
            while start > 0:
                if _plural_owner_mark(self.doc, start - 1):
                    start -= 1  # "the Swarmley Beekeepers' Association orchard"
                    continue
                if not name_word(self.doc[start - 1]) or self.doc[start - 1].pos_ != "PROPN":
                    break
                start -= 1
            if start < tok.i and self.doc[start].pos_ == "PROPN":
                name = self._org(self.doc[start : tok.i + 1].text)
                self.taken_up_as_body.add(name)  # the sources list: an organisation
                return name, "org"
        return None

    def _named_in_apposition(self, root: Token) -> tuple[str, str] | None:
        """ "Her party, the Civic Alliance, said": the name in apposition to a common noun;
        a person's when the noun is one person's role ("the spokeswoman, Ann Lee,")."""
        if root.pos_ != "NOUN":
            return None
        for child in root.children:
            if child.dep_ != "appos" or child.i < root.i or child.pos_ != "PROPN":
                continue
            if child.ent_type_ == "PERSON" and not names_the_owner(child):
                return None  # a person in apposition is the speaker's own range
            if child.ent_type_ in ("DATE", "TIME") or any(
                c.tag_ == "VBN" and c.i < child.i for c in child.children
            ):
                continue  # "a memo, dated August,": when it was made, not its name
            start = child.left_edge.i
            while start < child.i and self.doc[start].pos_ in ("DET", "PUNCT"):
                start += 1
            start, person = past_false_title(self.doc, start, child.i, self.org_nouns)
            if person:  # "the Kelderby haulage boss Piers Cuthbertson": the person's name
                name = self.doc[start : child.i + 1]
                return self._known_person(name.text, name), "person"
            named = start  # "Its medical director, Dr Owain Prys,", "..., Councillor Sean
            while named < child.i and (  # Pickering,": a person, whatever the model's label
                self.doc[named].lower_.rstrip(".") in words_of("personal_titles") | self.titles
            ):
                named += 1
            text = self.doc[start : child.i + 1].text
            if names_the_owner(child):  # "A spokesperson for the landlord, Tollan Estates,"
                prep = "for" if root.lemma_.lower() in words_of("speaks_for_nouns") else "of"
                return f"{root.lower_} {prep} {self._the(text)}{self._org(text)}", "other"
            ent = entity_at(child)
            whole = ent is not None and ent.label_ == "ORG" and ent.start <= start
            if whole and ent.end > child.i + 1:
                return self._org(ent.text), "org"  # "Her publisher, Lark & Spindle, said"
            if (
                named > start and child.i > named
                and all(name_word(t) for t in self.doc[named : child.i + 1])
                and child.lower_ not in body_heads() | self.org_nouns  # not "Lord Street Hall"
            ):  # fmt: skip
                span = self.doc[named : child.i + 1]
                return self._known_person(span.text, span), "person"
            if any(set(text.split()) <= p.tokens for p in self.people.values()):
                return self._person_name(text, self.doc[start : child.i + 1]), "person"
            role = root.lower_ in self.titles | words_of("speaks_for_nouns")
            # "The victim's brother, Marek,": a word for a man or a woman names a person,
            # even by one name the model took for an organisation
            kin = root.lower_ in words_of("male_words") | words_of("female_words")
            if (kin or role and not child.ent_type_ and len(text.split()) > 1) and all(
                name_word(t) for t in self.doc[start : child.i + 1]
            ):  # "The opposition health spokeswoman, Carys Pendry, said": a person's role
                return text, "person"
            return self._org(text), "org"
        return None

    def _apposed_person(self, span: Span, root: Token) -> str | None:
        """ "The trust's chair, Benedicta Ferrandine, said", "The practice's lead GP, Dr
        Aurnia Coldbeck, said": a person's name set off by commas right after a role
        speaker is who spoke, however the parser hung it (a second subject of the verb,
        or an apposition of a role word it read as a name). The name is a person's when
        the model tags it one, a personal title stands before it, the text names that
        person elsewhere, or the role is a word for a person and the name two or three
        capitalised words. Never a name after "for"/"of" ("A spokesperson for the
        landlord, Tollan Estates,": the owner's) nor after a word for a body."""
        doc = self.doc
        end = span.end
        if end + 2 >= len(doc) or doc[end].text != ",":
            return None
        tail = root.i == span.end - 1  # the role noun ends the speaker: not "X of the trust"
        acronym = root.pos_ == "PROPN" and root.is_upper and len(root) <= 4  # "lead GP"
        misread = root.pos_ == "PROPN" and root.is_lower  # "the parish clerk": a noun
        if root.pos_ != "NOUN" and not acronym and not misread:
            return None
        lemma = root.lemma_.lower()
        if lemma in self.org_nouns or lemma in body_heads() or lemma in document_heads():
            return None  # "Its parent company, Harrow Vale Foods,": a body
        k = end + 1
        honorifics = words_of("personal_titles")
        titled = False
        while k < len(doc) and doc[k].is_title and (  # "Dr", "Councillor"
            doc[k].lower_.rstrip(".") in honorifics or doc[k].lower_ in self.titles
        ):
            titled, k = True, k + 1
        start = k
        while k < len(doc) and doc[k].pos_ == "PROPN" and name_word(doc[k]):
            k += 1
        if k == start or k >= len(doc) or doc[k].text != ",":
            return None
        name = doc[start:k]
        # the name's own head word: its last, or the one word hung outside the name when
        # the parser split a tagged name ("Tate's deputy, Ifor Rees,": "Ifor" read as a
        # preposition on "deputy", "Rees" its object)
        outside = [t for t in name if not start <= t.head.i < k]
        whole = name[0].ent_iob_ == "B" and name[-1].ent_type_ == "PERSON" and all(
            t.ent_iob_ == "I" for t in name[1:]
        )  # one name the model tagged a person
        last = name[-1]
        anchor = outside[0] if len(outside) == 1 and whole else last
        linked = anchor.head == root or anchor.head == root.head and anchor.dep_ in (
            "nsubj", "nsubjpass", "appos"
        ) or anchor.dep_ == "appos" and span.start <= anchor.head.i < span.end
        if not linked or any(not start <= t.head.i < k for t in name if t != anchor):
            return None
        if not tail and not (anchor.head == root.head and anchor.dep_ in ("nsubj", "nsubjpass")):
            return None  # after "for"/"of" only as a second subject of the verb: "The
            # council's cabinet member for the environment, Councillor X Y, a man who ..."
        words = set(name.text.split())
        known = any(words <= p.tokens for p in self.people.values())
        tagged = last.ent_type_ == "PERSON"
        plain = (  # a fictional name the model left untagged, after a word for a person
            (acronym or person_noun(root, self.titles)) and 2 <= len(name) <= 3
            and last.lower_ not in body_heads() | self.org_nouns
            and last.ent_type_ != "ORG" and not names_the_owner(last)
        )  # fmt: skip
        if not (tagged or known or titled or plain) or len(name) < 2 and not (titled or known):
            return None
        return self._known_person(name.text, name)

    def _coordinated_titles(self, span: Span, root: Token) -> str | None:
        """ "Founder and owner Marisol Pennick, who ..., said": a title that opens the
        speaker with no article, joined by "and" to more role words right before a name,
        is one person's run of titles; the name is who spoke (news style's false title,
        doubled). Never "The mayor and Ann Lee" (an article: two people)."""
        if span[0] != root or root.pos_ != "NOUN" or root.lower_ not in self.titles:
            return None
        for name in root.children:
            if name.dep_ != "conj" or name.pos_ != "PROPN" or not span.start < name.i < span.end:
                continue
            run = list(self.doc[root.i + 1 : name.i + 1])
            if not run or run[0].dep_ != "cc" or run[0].lower_ != "and":
                return None
            words = run[1:]
            first = next((k for k, t in enumerate(words) if t.pos_ == "PROPN" and name_word(t)
                          and t.lower_ not in self.titles), len(words))  # fmt: skip
            roles, names = words[:first], words[first:]
            if not roles or not all(
                t.is_lower or t.lower_ in self.titles for t in roles
            ) or not 2 <= len(names) <= 3 or not all(name_word(t) for t in names):
                return None
            person = self.doc[names[0].i : name.i + 1]
            return self._known_person(person.text, person)
        return None

    def _name_after(self, span: Span, root: Token) -> tuple[str, str] | None:
        """ "The cycling charity Roadwatch Denholm said", "according to the operator,
        Brannock Rail.": a name right after a common-noun speaker, which the parser made
        a second subject of the same verb or left hanging after a comma, is the
        speaker's name (an apposition the parse missed). So is one after a title phrase
        that opens the sentence ("Chair of governors Patience Hall said": the chair's
        name, whatever its words or the model's label)."""
        doc = self.doc
        opening = span[0] == root and root.is_sent_start and root.lower_ in self.titles
        if root.pos_ != "NOUN" or span.end >= len(doc) or span[0].pos_ != "DET" and not opening:
            return None
        start = span.end + (doc[span.end].text == ",")
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and name_word(doc[end]):
            end += 1
        if end == start:
            return None
        name = doc[start:end]
        last = name[-1]
        if any(not start <= t.head.i < end for t in name[:-1]):
            return None
        if start == span.end:  # no comma: two subjects of one verb
            if last.dep_ not in ("nsubj", "nsubjpass") or last.head != root.head:
                return None
        elif not (
            last.dep_ in ("appos", "npadvmod", "dep")
            or last.dep_ == "pobj" and last.head in (root.head, root.head.head)  # "according"
        ) or (
            end < len(doc) and not doc[end].is_punct and doc[end].lower_ != "which"
        ):
            return None
        text = name.text
        if any(set(text.split()) <= p.tokens for p in self.people.values()):
            return self._person_name(text, name), "person"
        if opening and start == span.end and 2 <= len(name) <= 3:
            return self._known_person(text, name), "person"
        if last.ent_type_ == "PERSON" and len(name) > 1 and root.lemma_.lower() not in (
            self.org_nouns | body_heads()
        ):
            return text, "person"
        return self._org(text), "org"

    def _published_by(self, root: Token) -> str | None:
        """ "figures it published on Wednesday" after "the department said": a document
        whose clause names its owner by a pronoun keeps the owner word in its place
        ("department figures published on Wednesday"; guide: a document keeps its
        owner word)."""
        if root.pos_ != "NOUN" or root.lemma_.lower() not in document_heads():
            return None
        for clause in (c for c in root.children if c.dep_ == "relcl" and c.i > root.i):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if len(subjects) != 1 or subjects[0].lower_ not in ("it", "they"):
                continue
            owner, kind = self._pronoun(subjects[0].lower_, subjects[0].i)
            head = next((h[3] for h in reversed(self.history) if h[0] == owner), "")
            if kind not in ("org", "group", "other") or head in document_heads():
                return None  # unresolved, or a document's own words
            word = head if head in owner.lower().split() and head in body_heads() else owner
            rest = " ".join(  # without the pronoun and a "that"/"which" before it
                t.text for t in clause.subtree
                if t.i != subjects[0].i and not (t.tag_ in ("WDT", "WP") and t.head == clause)
            )  # fmt: skip
            return f"{word} {root.text} {rest}"
        return None

    def _described_unnamed(self, root: Token, counted: bool = False) -> str | None:
        """ "Another witness, a woman who works in a nearby bank and did not want to be
        named, said": an unnamed speaker is known by the fuller description in
        apposition (without the clause that only asks for anonymity); so is one member
        of a group (``counted``: "One of them, a girl of fifteen, asked")."""
        if root.pos_ != "NOUN" and not counted:
            return None
        for child in root.children:
            if child.dep_ != "appos" or child.i < root.i or child.pos_ != "NOUN":
                continue
            edge = child.left_edge.i
            if self.doc[edge].is_quote or edge > 0 and self.doc[edge - 1].is_quote:
                continue  # 'in the words of one councillor, "a betrayal"': their words
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children):
                return None
            if not counted and only_asks_anonymity(child):
                return None  # "One club member, a dentist who asked not to be named": the role
            if not counted and self._past_role(child) and root.lemma_.lower() not in (
                people_group_heads()
            ):  # "One captain, a former RAF pilot who ...": the captain, described
                return None  # (but "Another witness, a former nurse": all it says of her)
            if not counted and child.lemma_.lower() in words_of("plain_person_nouns") and (
                root.lemma_.lower() not in people_group_heads() | words_of("plain_person_nouns")
            ):  # "The managing director, a man who has never ...": the director, described
                return None  # (but "Another witness, a woman who works in a bank")
            keep = [child]
            for c in child.children:
                if c.dep_ in ("det", "punct"):
                    continue
                if c.dep_ == "relcl":
                    keep += [t for t in c.subtree if not in_conjunct(t, c)]
                else:
                    keep += list(c.subtree)
            ids = sorted(t.i for t in keep)
            return strip_text(self.doc[ids[0] : ids[-1] + 1].text)
        return None

    @staticmethod
    def _past_role(noun: Token) -> bool:
        """ "a former RAF pilot", "a retired teacher", "an ex-soldier": a role given up."""
        past = words_of("past_role_words")
        return any(t.lower_ in past for t in noun.doc[noun.left_edge.i : noun.i])

    def _fuller_group(self, head: Token) -> str | None:
        """ "The mediators" after "the Aldersund mediators": a plural group noun points
        back to the last mention of the same noun with a proper name before it."""
        if head.tag_ != "NNS":
            return None
        lemma = head.lemma_.lower()
        for tok in reversed(self.doc[: head.i]):
            if tok.lemma_.lower() != lemma or tok.tag_ != "NNS":
                continue
            names = [c for c in tok.children if c.i < tok.i and c.pos_ == "PROPN"]
            if names:
                return f"{self.doc[names[0].i : tok.i].text} {tok.text}"
        return None

    def _introduced_unnamed(self, head: Token) -> str | None:
        """ "the account of a former aide to the minister, who asked not to be named. The
        aide told ...": a definite role noun points back to the unnamed person the writer
        introduced with "a"/"an" and the same noun; the source is known by that fuller
        description, its owner resolved ("former aide to Bertram Vellacott")."""
        lemma = head.lemma_.lower()
        friends = words_of("friend_words")  # "a close friend told ... the pal said"
        if head.tag_ == "NN" and lemma in friends:
            for canonical, kind, _, earlier in reversed(self.history):
                if kind == "other" and earlier in friends:
                    return canonical
        if head.tag_ != "NN" or lemma not in unnamed_roles():
            return None
        same = words_of("anonymous_individuals")
        if lemma in same:  # "A source close to the couple said ... the insider claimed"
            for canonical, kind, _, earlier in reversed(self.history):
                if kind == "other" and earlier in same:
                    return canonical
        for tok in reversed(self.doc[: head.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.i in self.speaker_tokens:
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                return None  # the last mention is not an introduction
            words = [t for t in self.doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det"]
            text = " ".join(t.text for t in words)
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                obj = objects[0]
                owner = None
                if any(c.lower_ == "the" for c in obj.children) and obj.pos_ == "NOUN":
                    owner = self._definite(obj)
                name = owner[0] if owner and owner[1] in ("person", "org") else (
                    self.doc[obj.left_edge.i : obj.right_edge.i + 1].text
                )
                text = f"{text} {prep.text} {name}"
            return strip_text(text)
        return None

    def _person_just_named(self, head: Token) -> str | None:
        """ "Then there is Harriet Lowe. The former transport secretary ... called": a
        definite role noun points to the one person the writer named last, in the same
        sentence or one of the two before. Roles that stand for an unnamed individual
        ("the spokesperson", "the official") never do (guide, section 1)."""
        lemma = head.lemma_.lower()
        if head.tag_ != "NN" or lemma in self.org_nouns or lemma in document_heads():
            return None
        if lemma in unnamed_roles() or lemma in body_heads():
            return None  # "the spokesperson", "the club": never a person named nearby
        if not person_noun(head, self.titles):
            return None  # "The league said": a body, not the player named before
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            return None  # "X Parking, ... Its regional manager said": a thing's, not X's
        for sent in self._sentences_back(self.doc[head.i].sent):
            if any(
                t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ != "compound"
                and not (t.dep_ == "appos" and t.head.pos_ == "PROPN")  # not "X, the chair,"
                and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children)
                for t in self.doc[sent.start : min(sent.end, head.i)]
            ):  # "the referee sent off X Y. The referee ... told": the referee again
                return None
            mentions = [
                (tok, name) for tok, name in self.person_mentions
                if sent.start <= tok.i < min(sent.end, head.i)
                and not any(s <= tok.idx < e for s, e in self.reported)
            ]  # fmt: skip
            # "Henning's captain, Tom Adeyemi,": the captain, not the owner of the title
            owners = {name for tok, name in mentions if tok.dep_ == "poss"}
            names = {name for tok, name in mentions if tok.dep_ != "poss"} or owners
            if any(tok.i in self.speaker_roots for tok, _ in self.person_mentions
                   if sent.start <= tok.i < min(sent.end, head.i)) or any(
                kind == "person" and sent.start <= at < min(sent.end, head.i)
                for _, kind, at, _ in self.history
            ):  # (also one named in apposition: "Her predecessor, Agnes X, said")
                return None  # the one who just spoke: a new role noun is someone else
            found = {self._person_name(n, self.doc[head.i : head.i + 1]) for n in names}
            # "Ravelstoke Water's board": a body the model once tagged a person's name
            found -= {strip_text(b.text) for b in self.bodies} - set(self.people)
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def _sentences_back(
        self, sent: Span, count: int = 3, narrated: bool = False
    ) -> Iterator[Span]:
        """This sentence and up to ``count - 1`` before it, nearest first. With
        ``narrated``, a sentence that lies inside someone's reported words is passed
        through without counting: the writer's own sentences are counted."""
        while count > 0:
            yield sent
            if not narrated or not any(s <= sent[0].idx < e for s, e in self.reported):
                count -= 1
            if sent.start == 0:
                return
            sent = self.doc[sent.start - 1].sent

    def _epithet(self, span: Span) -> str | None:
        """ "Dwayne Colquhoun has blown his jackpot. The 52-year-old said": an epithet for
        a person by age ("the 52-year-old") or nationality ("the Austrian") is the person
        the writer named last, in this sentence or the two before; unlike a role noun it
        may be the one who just spoke ("X said ... the Scot added"). A person the text
        gave that age is chosen first ("Ann Lee, 52, ...")."""
        text = " ".join(t.text for t in span if not t.is_punct or t.tag_ == "HYPH")
        age = re.fullmatch(r"[Tt]he (\d+) - year - old", text)
        if age is None and len(span) > 3 and span[1].is_lower and span[1].is_alpha:
            # "The indefatigable 44-year-old": describing words before the age (the
            # tagger may read the first as the head noun)
            age = re.fullmatch(r"[Tt]he [a-z]+ (?:[a-z]+ )?(\d+) - year - old", text)
        root = span.root
        nation = len(span) == 2 and root.ent_type_ == "NORP" and root.tag_ in ("NNP", "NN")
        plural = (span[-1] if age else root).lower_.endswith("s")  # "the 52-year-olds"
        if span[0].lower_ != "the" or not (age or nation) or plural:
            return None
        if age:
            aged = {
                name for tok, name in self.person_mentions
                if tok.i + 2 < span.start and self.doc[tok.i + 1].text == ","
                and self.doc[tok.i + 2].text == age.group(1)
            }  # fmt: skip
            if len(aged) == 1:
                return self._person_name(aged.pop(), span)
        for sent in self._sentences_back(span.sent, narrated=True):  # (past her quotation)
            names = {
                name for tok, name in self.person_mentions
                if sent.start <= tok.i < min(sent.end, span.start) and tok.dep_ != "poss"
                and not any(s <= tok.idx < e for s, e in self.reported)
            }  # fmt: skip
            found = {self._person_name(n, span) for n in names}
            if found:
                return found.pop() if len(found) == 1 else None
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


def _plural_owner_mark(doc: Doc, at: int) -> bool:
    """The bare apostrophe of a capitalised plural inside a body's name ("Beekeepers'" in
    "Swarmley Beekeepers' Association"; "Farmers' Union"): a name word ending in "s"
    right before it, with no space between (round AD)."""
    mark = doc[at]
    if mark.text not in ("'", "\u2019") or at < 1 or mark.whitespace_ != " ":
        return False
    owner = doc[at - 1]
    return owner.is_title and owner.text.endswith("s") and not owner.whitespace_

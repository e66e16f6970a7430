"""Who the people and bodies of a document are, for :mod:`kit.lenses.speakers`.

- People are the PERSON entities plus untagged full names the text describes
  as a person ("Ana Lee, the firm's chief executive", "X, who ...", a title
  or a descriptor before the name: "Board chair X Y", "career lobbyist X Y").
- Names the text describes as a body ("X Tiles, the maker of ...") are
  organisations.
- The place an article is about: a tagged place, else the proper noun that
  opens several names ("Ferrisham Central", "Ferrisham Metrolink").
- A title tied to a name is that person's role ("Water Minister Tomas Brill":
  "the minister" is Tomas Brill).
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kit.lenses.shared import doc_array, doc_in, doc_text
from kit.lenses.speaker_chains import collective_names
from kit.lenses.speaker_names import (
    Person,
    _business_endings,
    body_heads,
    description_head,
    description_of,
    document_heads,
    everyday_person,
    load_anaphors,
    name_word,
    not_name_start,
    person_descriptor,
    person_gender,
    person_name,
    trade_surname,
    trading_name,
    untagged_names,
    words_of,
)
from kit.lenses.speaker_titled import honorific_gender, names_called_by_title

#: An agent noun: "lawyer", "consultant", "campaigner", "historian", "trustee"
_AGENT = re.compile(r"^[a-z]{3,}(?:ist|er|or|ian|ee|ant|mate|mates)$")  # "his housemates X and Y"
#: A name the text marks as a stand-in: "Keir (not his real name)", "Ana, not her real name,"
_PSEUDONYM = re.compile(r"\b([A-Z][a-z]+)\s*[(,]\s*not\s+(his|her|their)\s+real\s+name\b")


def pseudonym(text: str, name: str) -> bool:
    """The text marks ``name`` as a stand-in for a real name ("Keir (not his real name)"):
    a source with no name to check (guide, section 2: anonymous)."""
    if "real name" in text and any(m.group(1) == name for m in _PSEUDONYM.finditer(text)):
        return True
    # a quoted handle someone posts under ('posts under the name "Fernacre Mum"', 'posts
    # as "KerbQueen"'): a name that cannot be checked
    if not any(q + name in text for q in "\"\u201c'"):
        return False  # (no quotation mark opens the name: no regex built for it)
    return bool(
        re.search(
            rf"\b(?:post|posts|posted|posting|comments|tweets|writes)\s+(?:\w+\s+){{0,3}}?"
            rf"(?:as|name)\s+[\"\u201c']{re.escape(name)}[\"\u201d'.,]",
            text,
        )
    )




#: Entity labels the model gives a person's name by mistake
_MISTAGGED = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")


class PeopleIndex:
    """The people-finding half of :class:`kit.lenses.speakers.SpeakerResolver`.

    Relies on the resolver's ``doc``, ``titles``, ``org_nouns``, ``person_ents``,
    ``org_ents``, ``name_tokens``, ``titled``, ``bodies``, ``people`` and ``_surnames``.
    """

    doc: Doc
    titles: frozenset[str]
    org_nouns: frozenset[str]
    person_ents: list[Span]
    org_ents: list[Span]
    #: the proper nouns and hyphenated words, in order: the only tokens the name rules
    #: below start from, found in one pass over the document instead of one per rule
    name_tokens: list[Token]
    bodies: list[Span]
    people: dict[str, Person]
    listed_kin: list[tuple[str, list[str], int]]
    _surnames: set[str] | None
    titled: set[str]  # the words the text puts after a personal title (titled_surnames)
    ents: tuple[Span, ...]  # the document's entities, read once
    _place_words: dict[str, tuple[int, int]] | None

    def _bodies(self) -> list[Span]:
        """Named organisations: ORG entities, and names described as one ("X, the maker of")."""
        bodies = list(self.org_ents)
        titled = self.titled  # "Mrs Lark said": Lark is a person's surname
        for ent in self.ents:
            owners = _plural_owner(ent)
            if owners is not None:  # "The Musicians' Guild": "Guild" tagged a person
                bodies.append(self.doc[owners.i : ent.end])
                continue
            if ent.label_ in ("GPE", "NORP", "FAC") and self._kind_before(ent):
                bodies.append(ent)  # "the passenger group Wheelwise", tagged a nationality
            if ent.label_ in ("ORG", "GPE", "NORP", "FAC", "DATE", "TIME", "CARDINAL"):
                continue
            description = description_of(ent.root, titles=False)
            head = description_head(description)
            if ent.label_ == "PERSON" and _which_follows(ent):
                bodies.append(ent)  # "Ferncombe Homes, which is building 300 houses,"
                continue
            if ent.label_ == "PERSON" and head in words_of("person_roles_too"):
                continue  # "the shop's owner, Jane Hartley": a person
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text in titled:
                continue  # "Its maker, Ann Lark, ... Mrs Lark said": a person, not a maker firm
            if ent.label_ == "PERSON" and re.search(r"\bwho\b", description):
                continue  # "Martin Keble, a property developer who bought ...": a person
            if ent.label_ == "PERSON" and _false_title(self._kind_noun(ent), ent):
                continue  # "developer Teodor Vasko": a person, not "the developer Arlo Homes"
            if head in self.org_nouns or self._kind_before(ent):
                bodies.append(ent)
        starts = {e.start for e in self.ents}
        for name in untagged_names(self.doc):  # "Brisk Kettles, the maker of ..."
            if name.start in starts:
                continue
            head = description_head(description_of(name.root, titles=False))
            if head in self.org_nouns or self._kind_before(name) or _which_follows(name):
                bodies.append(name)  # "Brightmeadow Care, which runs the home,": a body
            elif trading_name(name):
                bodies.append(name)  # "Ottery Pellow Brewery, the pride of the valley,"
        for tok in self.name_tokens:  # "Brightloop, the London-based maker of apps, ...": one word
            if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title or tok.i in starts:
                continue
            if any(c.dep_ == "compound" for c in tok.children) or tok.dep_ == "compound":
                continue
            if any(c.dep_ == "appos" and c.lemma_.lower() in self.org_nouns for c in tok.children):
                bodies.append(self.doc[tok.i : tok.i + 1])
        covered = {i for b in bodies for i in range(b.start, b.end)}  # "X Rovers have sacked"
        bodies += collective_names(self.doc, covered, self.person_ents)
        return sorted(bodies, key=lambda e: e.start)

    def _people(self) -> dict[str, Person]:
        people: dict[str, Person] = {}
        body_starts = {e.start for e in self.bodies}
        for ent in self.person_ents:
            if ent.start in body_starts:
                continue  # "X Tiles, the maker of ...": an organisation
            if self._names_a_thing(ent.start):
                continue  # "the coaster Ellen Mabry", "Storm Agnes": a thing, never "she"
            name = person_name(ent, self.titles)
            words = name.split()
            if len(words) < 2 or not all(  # (a particle inside: "Ana de la Vega")
                w[:1].isupper() or 0 < k < len(words) - 1 and w in words_of("name_particles")
                for k, w in enumerate(words)
            ):
                continue
            fuller = _particled_surname(people, words)
            if fuller is not None:  # "De la Vega said" after "Ana de la Vega"
                people[fuller].mentions.append(ent.start)
                continue
            person = people.get(name)
            if person is None:
                person = people[name] = Person(name, set(words), ent.start)
            person.mentions.append(ent.start)
            person.roles |= self._title_roles(ent)
            if not person.description:
                person.description = description_of(ent.root)
        for tok, name in self._described_names():
            if name not in people and not any(name in p for p in people):
                people[name] = Person(name, set(name.split()), tok.left_edge.i)
                people[name].description = description_of(tok)  # "Pensioner X Y": "Pensioner"
            if name in people:
                people[name].mentions.append(tok.i)
                if self._after_title(tok):
                    first = self.doc[tok.i - 1 : tok.i + 1]
                    people[name].roles |= self._title_roles(first)
        for name_span in names_called_by_title(self.doc, self.titled, self.ents):  # "Mr X said"
            name = person_name(name_span, self.titles)  # "Dr Ines Vaur": without the title
            if len(name.split()) == 1:  # "Ms Snodlake" after "critic Cressida Snodlake"
                name = _one_by_surname(people, name, honorific_gender(name_span)) or name_span.text
            people.setdefault(name, Person(name, set(name.split()), name_span.start))
            people[name].mentions.append(name_span.start)
            self.bodies = [b for b in self.bodies if b.start != name_span.start]
        self.listed_kin = self._listed_names()
        self.listed_kin += self._paired_names(self.listed_kin)
        for _, names, at in self.listed_kin:  # "brothers Ivor and Amory Wolstenholme"
            for name in names:
                if name not in people:
                    people[name] = Person(name, set(name.split()), at)
                    people[name].mentions.append(at)
        aged = [(t, "") for t in self._aged_first_names()]
        for tok, _ in aged:  # "Mortimer Glasspool's gelding" tagged ORG, then "Glasspool, 71,"
            full = self._mistagged_full_name(tok) if tok.text not in people else None
            if full is not None and not any(tok.text in p.tokens for p in people.values()):
                people[full.text] = Person(full.text, set(full.text.split()), full.start)
                people[full.text].mentions += [full.start, tok.i]
                self.bodies = [b for b in self.bodies if b.start != full.start]
        for tok, pronoun in self._kin_names() + self._pseudonyms() + aged:
            if not any(tok.text in p.tokens for p in people.values()):
                people[tok.text] = Person(tok.text, {tok.text}, tok.i, pronoun=pronoun)
                people[tok.text].mentions.append(tok.i)
        trading = {b.text for b in self.bodies if trading_name(b)}  # "Marlow Quay Brewery"
        trading |= {n for n in people if self._plural_body_name(n)}  # "the X Independents"
        # "Pellow Water, which runs the works, said": the name the text took up with
        # "which" is a body's throughout, though the model tags a later mention a person
        trading |= {b.text for b in self.bodies if _which_follows(b)}
        return {name: p for name, p in people.items() if name not in trading}

    def _owner_after_of(self, span: Span, root: Token) -> str | None:
        """ "Friends of his said", "Neighbours of hers told the Lantern": the owner is a
        pronoun after "of", resolved like "his friends" to the person it points back to
        ("friends of Tobias X"); never a body or an unnamed speaker."""
        prep = next((c for c in root.children if c.lower_ == "of" and c.i > root.i), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        pronoun = _OWNER_AFTER_OF.get(obj.lower_) if obj is not None else None
        if pronoun is None or obj.i != span.end - 1 or prep.i != root.i + 1:
            return None
        name, kind = self._pronoun(pronoun, span.start)
        if kind != "person" or name.lower() == pronoun:
            return None
        words = self.doc[span.start : root.i + 1]
        head = words.text if not words[0].is_sent_start else words.text[:1].lower() + words.text[1:]
        return f"{head} of {name}"

    def _plural_body_name(self, name: str) -> bool:
        """ "Meadowline Independents" where the text also writes "the Meadowline
        Independents": a name in the plural that takes "the" is a group's name (a party,
        a team, a band), never a person's, whatever the model tagged it once."""
        if not name.endswith("s") or name.endswith("'s"):
            return False
        text = doc_text(self.doc)
        if f"he {name}" not in text:
            return False  # (the cheap test first: a pattern per name is compiled anew)
        pattern = rf"\b[Tt]he {re.escape(name)}\b(?!\s+[A-Z])"
        return re.search(pattern, text) is not None

    def _mistagged_full_name(self, surname: Token) -> Span | None:
        """ "the championship went to Mortimer Glasspool's gelding" (tagged a body), then
        "Glasspool, 71, ... told the Tithebarn": a surname the text gives an age, as people
        are given one, is the person named in full before by a run of two capitalised
        names that ends in it, whatever the model tagged that run (guide, section 1: the
        fullest name the article gives). Never a body's own name ("Hartley Motors")."""
        for ent in self.ents:
            if ent.start >= surname.i:
                break
            if ent.label_ not in _MISTAGGED:
                continue
            words = [t for t in ent if t.tag_ != "POS" and not t.is_punct]
            if len(words) != 2 or words[-1].text != surname.text:
                continue
            if not all(t.pos_ == "PROPN" and t.is_title for t in words):
                continue
            if {t.lower_ for t in words} & (self.org_nouns | body_heads()):
                continue
            return self.doc[words[0].i : words[-1].i + 1]
        return None

    def _listed_names(self) -> list[tuple[str, list[str], int]]:
        """ "The sellers, brothers Ivor and Amory Wolstenholme, ...": two first names
        joined by "and" before one surname, after a plural noun for people, name two
        people who share the surname ("Ivor Wolstenholme", "Amory Wolstenholme"); the
        noun in the singular ("brother") is what each is to the other, so "His brother
        said" after Ivor spoke is Amory. Returns (singular noun, names, position)."""
        found: list[tuple[str, list[str], int]] = []
        text = doc_text(self.doc)
        if " and " not in text:
            return found
        for m in _LISTED.finditer(text):
            span = self.doc.char_span(m.start(1), m.end(5))
            if span is None or len(span) != 5:
                continue
            noun, first, _, second, surname = span
            kin = _plural_of_people(noun)
            if kin is None:
                continue  # "shops Marks and Spencer Group": no plural noun for people
            after = self.doc[span.end] if span.end < len(self.doc) else None
            if after is not None and after.is_title and after.pos_ == "PROPN":
                continue  # "Ann and Bea Lee Foundation": a longer name
            if surname.lower_ in self.org_nouns or surname.lower_ in body_heads():
                continue
            names = [f"{first.text} {surname.text}", f"{second.text} {surname.text}"]
            found.append((kin, names, first.i))
        return found

    def _paired_names(
        self, listed: list[tuple[str, list[str], int]]
    ) -> list[tuple[str, list[str], int]]:
        """ "were named by the coastguard as Rufina and Odo Gilchrest": two first names
        joined by "and" before one surname, a name the model tagged a person's, name two people
        who share it, also with no plural noun for people before them (the family word,
        when there is one, is :meth:`_listed_names`'s); "Ms Gilchrest" later is then the
        one of the honorific's gender (guide, section 1: where two people share a
        surname, it must go to the right one). Never a longer name ("Ann and Bea Lee
        Foundation"), a body's ("Marks and Spencer Group") or one opened by a capitalised
        word before it ("Rolls and Royce"). The kin word is left empty."""
        found: list[tuple[str, list[str], int]] = []
        text = doc_text(self.doc)
        if " and " not in text:
            return found
        done = {name for _, names, _ in listed for name in names}
        for m in _PAIRED.finditer(text):
            span = self.doc.char_span(m.start(1), m.end(4))
            if span is None or len(span) != 4:
                continue
            first, _and, second, surname = span
            kinds = {second.ent_type_, surname.ent_type_}
            if "PERSON" not in kinds | {first.ent_type_} or not kinds <= {"PERSON", ""}:
                continue  # (the model tags one of the names a person's; the first alone
            if first.ent_type_ not in ("PERSON", "") and _and.ent_iob_ == "I":
                continue  # may be a one-word ORG, but never a longer entity over "and")
            if span.start > 0 and self.doc[span.start - 1].is_title:
                continue  # "Rolls and Royce", "Messrs Ann and Bea Lee"
            after = self.doc[span.end] if span.end < len(self.doc) else None
            if after is not None and after.is_title and after.pos_ == "PROPN":
                continue  # "Ann and Bea Lee Foundation": a longer name
            if surname.lower_ in self.org_nouns or surname.lower_ in body_heads():
                continue
            if any(b.start <= first.i < b.end and len(b) > 1 for b in self.bodies):
                continue
            names = [f"{first.text} {surname.text}", f"{second.text} {surname.text}"]
            if names[0] in done:
                continue
            found.append(("", names, first.i))
            self.bodies = [b for b in self.bodies if b.start != first.i]  # "Rufina" alone
        return found

    def _aged_first_names(self) -> list[Token]:
        """ "Tomos, 11, has raised ...", "Young carer Lowri, 13, looks after ...": one
        name followed by an age set off by commas is a person, whatever the model tagged
        it (children in news are often named by first name only, and "His mother said"
        points back to them). Never a year ("Bristol, 2019,")."""
        found = []
        n = len(self.doc)
        if n < 4:
            return found
        # only a proper noun with a comma one and three tokens on is a candidate: read
        # as ids, not as tokens
        orth, pos = doc_array(self.doc, ORTH), doc_array(self.doc, POS)
        mark = self.doc.vocab.strings[","]
        starts = (pos[: n - 3] == PROPN) & (orth[1 : n - 2] == mark) & (orth[3:] == mark)
        for i in np.flatnonzero(starts).tolist():
            tok = self.doc[i]
            age, comma, after = self.doc[tok.i + 2], self.doc[tok.i + 1], self.doc[tok.i + 3]
            if tok.pos_ != "PROPN" or not tok.is_title or comma.text != "," or after.text != ",":
                continue
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                continue  # "Ann Lee, 40,": a full name, found as one
            if tok.dep_ not in ("nsubj", "nsubjpass", "ROOT", "appos") or tok.ent_type_ == "ORG":
                continue
            if age.like_num and age.text.isdigit() and 0 < int(age.text) < 120:
                found.append(tok)
        return found

    def _pseudonyms(self) -> list[tuple[Token, str]]:
        """ "Fourteen-year-old Keir (not his real name)", "Ana, not her real name, says":
        one name the text marks as a stand-in for the real one is a person (children and
        people at risk are named so in news), and "his"/"her" tells the pronoun."""
        text = doc_text(self.doc)
        if "real name" not in text:  # the whole document at once, before any token
            return []
        found = []
        for m in _PSEUDONYM.finditer(text):
            span = self.doc.char_span(m.start(1), m.end(1))
            if span is None or len(span) != 1 or span[0].pos_ not in ("PROPN", "NOUN"):
                continue
            pronoun = {"his": "he", "her": "she"}.get(m.group(2).lower(), "")
            found.append((span[0], pronoun))
        return found

    def _kin_names(self) -> list[tuple[Token, str]]:
        """ "His wife, Sara, agreed": one name in apposition to a word for a man or a
        woman is a person the text has named, and the word tells the pronoun."""
        male, female = words_of("male_words"), words_of("female_words")
        found = []
        for tok in self.name_tokens:
            head = tok.head
            if tok.dep_ != "appos" or tok.pos_ != "PROPN" or not tok.is_title or head.i > tok.i:
                continue
            if any(c.dep_ == "compound" for c in tok.children) or tok.i != tok.left_edge.i:
                continue  # one name only ("Sara"); "Sara Feld" is found as a full name
            if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i:
                head = head.head  # "his sister and longtime manager, Rosa,"
            if head.lower_ in male or head.lower_ in female:
                found.append((tok, "he" if head.lower_ in male else "she"))
        return found

    def _title_roles(self, ent: Span) -> set[str]:
        """Role nouns of a title before a name, inside or just before the entity:
        "Water Minister Tomas Brill" and "Judge Ann Lee" -> {"minister"}, {"judge"};
        a judge's title other than "judge" also gives "judge" ("Lady Justice Ann Lee").
        The article has tied that title to the name: "the minister" is this person."""
        doc = self.doc
        start = ent.start
        while start > 0 and (
            doc[start - 1].is_title
            and doc[start - 1].pos_ in ("PROPN", "NOUN")
            or doc[start - 1].lower_ in self.titles  # "Foreign Ministry spokesperson X"
        ):
            start -= 1
        roles = set()
        before = doc[start - 1] if start > 0 else None
        if (  # "Kilbride Athletic manager Sean Devereaux": a lower-case noun as a title
            before is not None and before.pos_ == "NOUN" and before.is_lower
            and before.dep_ == "compound" and ent.start <= before.head.i < ent.end
        ):  # fmt: skip
            roles.add(before.lemma_.lower())
        for tok in doc[start : ent.end]:
            before_name = tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.i < ent.start
            if tok.lower_ in self.titles or tok.pos_ == "NOUN" or before_name:
                roles.add(tok.lower_)
        if roles & words_of("judge_titles"):
            roles.add("judge")  # "Lady Justice Ann Lee": "the judge" is Ann Lee
        name = set(person_name(ent, self.titles).lower().split())
        # "Board chair X": the chair is X, "the board" is still the board
        honorifics = words_of("personal_titles") - words_of("post_titles")  # "Professor X"
        return roles - name - honorifics - body_heads() - self.org_nouns

    def _article_place(self, pos: int) -> str | None:
        """The place a text is about, before a position: the last place the model tagged
        (never a word of a person's name), else the proper noun that opens two or more
        different names or owns something ("Ferrisham's trams", "Ferrisham Central",
        "Ferrisham Metrolink"), as local news names things after its town."""
        person_words = {w for p in self.people.values() for w in p.tokens}
        places = [
            e for e in self.ents
            if e.label_ == "GPE" and e.end <= pos and not set(e.text.split()) & person_words
        ]  # fmt: skip
        if places:
            return re.sub(r"['\u2019]s?$", "", places[-1].text).strip()
        if self._place_words is None:  # once per document
            self._place_words = _place_words(self.doc, person_words)
        before = [(n, w) for w, (n, first) in self._place_words.items() if first < pos and n > 1]
        return max(before)[1] if before else None

    def _person_like(self, tok: Token) -> bool:
        """A name the model tagged otherwise that the text gives a person's role ("Nadia
        Kerr, the team's coach": a title word heads the description) or a person's
        surname ("Helena Shaw" beside "Martin Shaw")."""
        if tok.ent_type_ not in _MISTAGGED or names_the_owner(tok):
            return False
        if tok.ent_type_ == "ORG" and tok.lower_ in body_heads() and tok.is_title:
            return False  # "The prize's sponsor, Quorlby Building Society": a body's word
        description = description_of(tok, titles=False)
        head = description_head(description)
        if head in self.titles or description.lower().split()[:1] in (["chief"], ["head"]):
            return True  # "Fergal Kildaly, regional secretary of X", tagged a place
        if (
            _AGENT.search(head) and head not in body_heads() | self.org_nouns | document_heads()
        ):  # fmt: skip
            return True  # "Marta Ilves, a lawyer for the family", tagged a body
        if tok.ent_type_ != "ORG":
            return False
        if self._surnames is None:  # once per document, not once per name
            self._surnames = {e[-1].text for e in self.person_ents if len(e) > 1}
        return tok.text in self._surnames and not (self.org_nouns & {t.lower_ for t in tok.subtree})

    def _after_title(self, tok: Token) -> bool:
        """ "Foreign Ministry spokesperson Dorota Kesslyn": two name words right after a
        title word name a person, whatever label the model gave them."""
        start = tok.i
        while (
            start > 0 and self.doc[start - 1].dep_ == "compound"
            and name_word(self.doc[start - 1])
            and self.doc[start - 1].lower_ not in self.titles  # "Councillor Ann Lee"
        ):  # fmt: skip
            start -= 1
        if start == 0 or tok.i - start != 1:
            return False
        before = self.doc[start - 1]
        if before.is_upper:
            return False
        return before.lower_ in self.titles or person_descriptor(self.doc, start)

    def _names_a_thing(self, start: int) -> bool:
        """A name right after a noun for a vessel, an animal or a storm ("the coaster
        Ellen Mabry", "the racehorse Lady Brigid", "Storm Agnes"): not a person."""
        things = words_of("named_thing_nouns")
        first = self.doc[start]  # "Storm Eldra" as one entity, its noun inside
        return start > 0 and self.doc[start - 1].lower_ in things or (
            first.lower_ in things and first.is_title and first.i + 1 < len(self.doc)
            and self.doc[first.i + 1].ent_iob_ == "I"
        )  # fmt: skip

    def _described_names(self) -> list[tuple[Token, str]]:
        """Full names the model left untagged but the text describes as a person
        ("Ana Ruiz, the company's chief executive, ...")."""
        found = []
        for tok in self.name_tokens:
            if tok.dep_ == "compound":
                continue  # (a name's first words, the most of them: the cheapest test first)
            hyphenated = (  # "Delphine Garrow-Hythe": the model may tag the surname a noun
                "-" in tok.text and name_word(tok)  # (or even a verb)
                and tok.i > 0 and self.doc[tok.i - 1].pos_ == "PROPN"
            )  # fmt: skip
            if tok.pos_ != "PROPN" and not hyphenated:
                continue
            chain = [tok]  # (the cheap tests first: most name words open no chain)
            while chain[0].i > 0:
                prev = self.doc[chain[0].i - 1]
                if prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head == tok:
                    chain.insert(0, prev)
                else:
                    break
            if len(chain) < 2 or not all(name_word(t) for t in chain):
                continue
            if self._names_a_thing(chain[0].i):
                continue
            described = [tok] + [c for c in tok.children if c.dep_ == "appos"]
            who = any(
                c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                for d in described
                for c in d.children
            )  # "X, who ..." and "X, a nurse who ...": a person, whatever the model's label
            who = who or any(_whose_kin(c) for d in described for c in d.children)
            if who and tok.ent_type_ not in ("", "PERSON") and self._place_of_work(tok):
                who = False  # "an engineer at Sallis University who studies roads": hers
            paired = self._paired_with_person(tok, chain)  # "Ann Lee and Tariq Mahmood"
            own = _own_pronoun(tok)  # "X Y has fished here for years, like his father"
            if (
                tok.ent_type_ not in ("", "PERSON")
                and not who
                and not paired
                and not own
                and not self._person_like(tok)
                and not self._after_title(tok)
            ):
                continue
            while len(chain) > 2 and chain[0].lower_ in words_of("not_name_words"):
                chain = chain[1:]  # "On Monday Gideon Farrow"
            titled = not_name_start(chain[0].text, self.titles)  # "Pensioner Stanley Mabbutt"
            while len(chain) > 2 and (
                not_name_start(chain[0].text, self.titles) or everyday_person(chain[0].text)
                or len(chain) == 3 and trade_surname(chain[0].text)  # "Farmer Ebbe Wyndle"
            ):
                chain = chain[1:]  # and "Detective Sergeant Priya Venn": every title word
            last_title = max(  # "Senior Coroner Ann Lee", "Deputy Mayor Ann Lee": a title
                (k for k, t in enumerate(chain[:-2]) if t.lower_.rstrip(".") in self.titles),
                default=-1,  # phrase ends with its title word, the name follows it
            )
            chain = chain[last_title + 1 :]
            if titled and not_name_start(chain[0].text, self.titles):
                chain = chain[1:]
                if len(chain) < 2:
                    continue
            description = description_of(tok, titles=False)
            if (
                who
                or paired
                or self._after_title(tok)
                or description
                and description_head(description) not in self.org_nouns
                or own
            ):
                found.append((tok, " ".join(t.text for t in chain)))
        return found

    def _paired_with_person(self, tok: Token, chain: list[Token]) -> bool:
        """ "Ronan Quill and Tariq Mahmood shook hands": a full name of two or three
        words joined by "and" to a name the model tagged a person is a person's too,
        when the model left it untagged or read it as a body (one of two players,
        litigants, candidates). Never a name that ends in a word for a body or a
        business ("Ann Lee and Harrow Vale Foods"), nor one tagged a place."""
        if tok.ent_type_ not in ("", "ORG") or not 2 <= len(chain) <= 3:
            return False
        if tok.dep_ == "conj":
            other = tok.head
        else:
            other = next((c for c in tok.children if c.dep_ == "conj"), None)
        if other is None or other.ent_type_ != "PERSON" or other.pos_ != "PROPN":
            return False
        first = other if tok.dep_ == "conj" else tok
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
            return False
        last = chain[-1].lower_
        return last not in body_heads() | self.org_nouns | _business_endings()

    def _place_of_work(self, tok: Token) -> bool:
        """A name that ends in a body word ("Sallis University", "Corrow Police") or hangs
        on a preposition of a person's description ("an engineer at X"): a "who" clause
        the parser hung on it describes the person, not the body."""
        if tok.lower_ in body_heads() | self.org_nouns:
            return True
        return tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN"

    def _person_mentions(self) -> list[tuple[Token, str]]:
        """Every name of a known person, whatever label the parser gave it.

        "Kwan, 34, grew up ..." is a mention of Adaeze Kwan even when the
        model tags "Kwan" as an organisation.
        """
        known = set().union(*(p.tokens for p in self.people.values())) if self.people else set()
        found = []
        nouns = self._surnames_read_as_nouns()
        tokens = sorted(self.name_tokens + nouns, key=lambda t: t.i) if nouns else self.name_tokens
        for tok in tokens:
            # "Orvald-Reiss": a hyphenated name the tagger may call a noun or an adverb
            proper = tok.pos_ == "PROPN" or "-" in tok.text and name_word(tok) or tok in nouns
            if not proper or tok.text not in known:
                continue
            if tok.dep_ == "compound" and not verb_read_as_noun(tok):
                continue
            # "Pop princess Lyra Vance": only the words of the name
            words = [
                c.text for c in tok.children
                if c.dep_ == "compound" and c.i < tok.i and c.text in known
            ]  # fmt: skip
            name = " ".join(words + [re.sub(r"['\u2019]s?$", "", tok.text)])
            if any(set(name.split()) <= p.tokens for p in self.people.values()):
                found.append((tok, name))
        return found


    def _surnames_read_as_nouns(self) -> list[Token]:
        """ "Ferrante disagreed.": a known person's surname (the last word of a full name
        the text gave) that the tagger read as a common noun, capitalised and the subject
        of a verb, is a mention of that person (the model's tag, not the writer, made it a
        noun). Found as ids, not token by token."""
        surnames = {p.name.split()[-1] for p in self.people.values() if len(p.name.split()) > 1}
        if not surnames:
            return []
        strings = self.doc.vocab.strings
        hashes = np.array(sorted(strings[w] for w in surnames if w in strings), dtype="uint64")
        found = []
        for i in np.flatnonzero(doc_in(self.doc, ORTH, hashes)).tolist():
            tok = self.doc[i]
            if tok.pos_ == "NOUN" and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass"):
                found.append(tok)
        return found


#: "brothers Ivor and Amory Wolstenholme": a plural noun, two first names, one surname
def _plural_of_people(noun: Token) -> str | None:
    """The singular of a plural noun for people ("brothers" -> "brother"), also when the
    tagger read it as a verb before the names ("sisters Ann and Bea Lee", "twins ...")."""
    if noun.tag_ == "NNS" and noun.lemma_.lower() in _people_nouns():
        return noun.lemma_.lower()
    single = noun.lower_[:-1]
    return single if noun.lower_.endswith("s") and single in _people_nouns() else None


_LISTED = re.compile(
    r"\b([a-z]+s) ([A-Z][a-z]+) (and) ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)

#: "Rufina and Odo Gilchrest": two first names and one surname (see ``_paired_names``)
_PAIRED = re.compile(r"\b([A-Z][a-z]+) (and) ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _whose_kin(clause: Token) -> bool:
    """ "X Y, whose family has farmed here for four generations,": a name's own "whose"
    clause about its family or kin (a body has none: "X Ltd, whose profits fell") is a
    person's, whatever label the model gave the name."""
    if clause.dep_ != "relcl":
        return False
    kin = _people_nouns() | {"family", "parents", "children", "grandchildren"}
    return any(
        w.lower_ == "whose" and (g.lower_ in kin or g.lemma_.lower() in kin)
        for g in clause.children if g.dep_ in ("nsubj", "nsubjpass", "dobj")
        for w in g.children
    )  # fmt: skip


def _own_pronoun(tok: Token) -> bool:
    """ "Quintus Dobbie has fished out of Ottercombe for 38 years, like his father before
    him": an untagged full name (or one tagged a body), the subject of its sentence's main
    verb and its first word of a person, that the same sentence takes up with a
    possessive "his"/"her" (no other name, pronoun or line break between) is a person's,
    as "its" would make it a body's. Never a name after "the" ("the River Lisk")."""
    if tok.dep_ != "nsubj" or tok.ent_type_ not in ("", "ORG"):
        return False  # (the cheap tests before the sentence is built)
    sent = tok.sent
    if tok.head != sent.root:
        return False
    if any(c.dep_ == "det" for c in tok.children):
        return False
    doc = tok.doc
    if any(t.tag_ == "PRP" for t in doc[sent.start : tok.i]):
        return False  # "By the time she reached the stairs, X Y was in her shop": hers
    for later in doc[tok.i + 1 : sent.end]:
        if later.ent_type_ == "PERSON" or later.is_quote or "\n" in later.text_with_ws:
            return False
        if later.pos_ == "PROPN" and later.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "conj"):
            return False  # (a place after a preposition is no one: "out of Ottercombe")
        if later.tag_ == "PRP" or later.lower_ in ("its", "their"):
            return False
        if later.tag_ == "PRP$" and later.lower_ in ("his", "her"):
            return True
    if tok.lower_ in body_heads() | _business_endings():
        return False  # "Harrow Vale Foods has run the shop since 1990. ... she said": its
    return _taken_up_next(doc, sent)


def _taken_up_next(doc: Doc, sent: Span) -> bool:
    """ "Gellany Thrushwick has run the newsagent for 31 years. "I've never had bother,"
    she told me.": the next sentence of the same paragraph takes the name up with
    "he"/"she" as the first word of the writer's own, after at most the quotation it
    closes: that pronoun can only mean a person, and a writer who has just named one
    subject means that one. Never across a line break, never when the sentence's own
    words name a person first, nor a name ending in a body's or a business's word (the
    caller, ``_own_pronoun``, tests those)."""
    if sent.end >= len(doc) or "\n" in doc[sent.end - 1].text_with_ws:
        return False
    after = doc[sent.end].sent
    quoted = False
    for tok in after:
        if tok.is_quote:
            quoted = not quoted if tok.text in ('"', "'") else tok.text in ("\u201c", "\u2018")
            continue
        if quoted or tok.is_punct or tok.is_space:
            continue
        return tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass")
    return False


def _people_nouns() -> frozenset[str]:
    """Nouns for people that list two by name: family words ("brothers", "sisters",
    "twins", "cousins") and the people-group heads of ``anaphors.yaml``."""
    return words_of("male_words") | words_of("female_words") | words_of("kin_plurals")


def _plural_owner(ent: Span) -> Token | None:
    """ "Musicians" in "The Musicians' Guild": a capitalised plural that owns a one-word
    name is the first word of a body's name ("Farmers' Union"), never a person's."""
    if len(ent) != 1 or ent.start < 2:
        return None
    mark, owner = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    plural = owner.tag_ in ("NNPS", "NNS") and owner.is_title and owner.head == ent.root
    return owner if plural and mark.tag_ == "POS" and mark.text in ("'", "\u2019") else None


def verb_read_as_noun(name: Token) -> bool:
    """ "Ms Denhavre-Quarrie disputes that.": a verb in -s right after a name, read as a
    plural noun the name compounds; only a verb takes the object the parser hung on it."""
    head = name.head
    return (
        name.dep_ == "compound" and head.dep_ == "ROOT" and head.tag_ == "NNS"
        and head.i == name.i + 1 and any(c.dep_ == "dobj" for c in head.children)
    )  # fmt: skip


def _place_words(doc: Doc, person_words: set[str]) -> dict[str, tuple[int, int]]:
    """Proper nouns that open other names or own something, with how many different
    uses each has and where it first appears: "Ferrisham" in "Ferrisham's trams",
    "Ferrisham Central" and "Ferrisham Metrolink" has three. Words of people's names
    are left out. One pass over the document."""
    uses: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for tok in doc[:-1]:
        if tok.pos_ != "PROPN" or not name_word(tok) or tok.text in person_words:
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].dep_ == "compound":
            continue  # inside a name, not opening it
        after = doc[tok.i + 1]
        if after.tag_ == "POS" and tok.i + 2 < len(doc):
            use = "'s " + doc[tok.i + 2].lower_
        elif tok.dep_ == "compound" and after.pos_ == "PROPN" and name_word(after):
            use = after.text
        else:
            continue
        uses.setdefault(tok.text, set()).add(use)
        first.setdefault(tok.text, tok.i)
    return {word: (len(found), first[word]) for word, found in uses.items()}


def names_the_owner(tok: Token) -> bool:
    """ "A spokesperson for the landlord, Tollan Estates, said": a body's name (an entity
    not a person's) that follows the object of "for"/"of" on a spokesperson names that
    object (the landlord), not the spokesperson. A name the model tagged a person's names
    the object too when the object is a word for a business or a body ("A spokeswoman for
    the contractor, Wagstaffe Ackroyd,"); after any other noun it is the speaker ("A
    spokeswoman for the singer, Ann Lee," stays hers)."""
    if tok.dep_ != "appos" or tok.head.pos_ != "NOUN" or tok.ent_type_ == "":
        return False  # "The owner of the statue, Lady Felicity Anstruther,": the owner
    obj, prep = tok.head, tok.head.head
    if obj.dep_ == "pobj" and prep.lower_ in ("for", "of") and prep.head.pos_ == "NOUN" and (
        prep.head.lemma_.lower() in words_of("speaks_for_nouns")
    ):  # (the parser hung the name on the object itself)
        return tok.ent_type_ != "PERSON" or obj.lemma_.lower() in load_anaphors()[0]
    if tok.head.lemma_.lower() not in words_of("speaks_for_nouns"):
        return False
    objects = [
        o for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
        and p.i < tok.i for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]  # fmt: skip
    if not objects or objects[-1].right_edge.i + 2 != tok.left_edge.i:
        return False
    return tok.ent_type_ != "PERSON" or objects[-1].lemma_.lower() in load_anaphors()[0]


def _false_title(noun: Token | None, name: Span) -> bool:
    """ "developer Teodor Vasko", "property developer Teodor Vasko": a noun for a
    business that is also an agent noun for a person, written before a full name of
    two words or more with no article (a "false title", news style for a person). With
    an article it names a company ("the developer Arlo Homes", "a developer, X Ltd")."""
    if noun is None or len(name) < 2 or not re.search(r"(?:er|or|ist|ant)$", noun.lower_):
        return False
    at = noun.i - 1
    while at >= 0 and _descriptor_word(noun.doc[at]):
        at -= 1
    return at < 0 or noun.doc[at].pos_ not in ("DET", "PRON") and noun.doc[at].text != ","


def _descriptor_word(tok: Token) -> bool:
    """A word inside a descriptor phrase before a name ("property", "local")."""
    return tok.dep_ in ("compound", "amod") and tok.pos_ in ("NOUN", "ADJ", "PROPN")


def _which_follows(ent: Span) -> bool:
    """ "Ferncombe Homes, which is building 300 houses,": a name the writer takes up with
    "which" names a thing or a body, never a person ("who")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "which":
        return False
    return doc[ent.end + 1].head.dep_ == "relcl" and doc[ent.end + 1].head.head.i in range(
        ent.start, ent.end
    )


#: "friends of his", "a cousin of hers": the pronoun after "of" that names an owner
_OWNER_AFTER_OF = {"his": "he", "hers": "she"}


def _particled_surname(people: dict[str, Person], words: list[str]) -> str | None:
    """ "De la Vega said", "Van Dijk added" after "Ana de la Vega", "Virgil van Dijk": a
    surname that opens with a particle ("de", "van", "von", "di"; capitalised when it
    opens a sentence or stands without the first name) is the surname of the one person
    named in full with it, not a second person; None when none or several are."""
    if words[0].lower() not in words_of("name_particles"):
        return None
    tail = " " + " ".join(words).lower()
    found = [p.name for p in people.values() if p.name.lower().endswith(tail)]
    return found[0] if len(found) == 1 else None


def _one_by_surname(people: dict[str, Person], surname: str, gender: str | None) -> str | None:
    """ "Ms Snodlake" after "critic Cressida Snodlake": the one person named in full
    whose surname this is (of the honorific's gender when the text gives theirs); None
    when none or several are."""
    found = [
        p.name for p in people.values()
        if p.name.split()[-1] == surname and person_gender(p) in (None, gender)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None

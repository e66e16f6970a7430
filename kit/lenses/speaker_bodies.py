"""How the speaker resolver reads organisations (:mod:`kit.lenses.speakers`; guide, section 1).

- A name right after a lower-case noun for a kind of body is that body, even when the
  model tagged it a person: "the consumer group Which Way", "The holiday company
  Snowtrail", "The lift operator, Remontées Vanoise"; "the group" later points back to it.
- "the company" points back to the organisation that spoke in this sentence or the one
  before (never a public body: "the Coastguard Agency said. ... The company said"), else to
  the organisation in focus; the canonical form is the fullest name the text gives.
- "the label", "the union" point back to the named body an earlier noun of that word
  stood in apposition with ("her record label, Sable Drift Music"; "the Guild of Ward
  Nurses, the largest nursing union"); a body never named is known by its fullest
  lower-case description ("the agriculture ministry").
- A name the model cut before its capitalised head noun is completed ("Pellwick Otter
  Sanctuary" tagged "Pellwick Otter").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER, POS
from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.shared import children_by_dep, doc_array, doc_text, tokens_back
from kit.lenses.sourcing_kinds import outlet_name
from kit.lenses.speaker_names import (
    body_heads,
    load_not_businesses,
    name_word,
    org_key,
    strip_text,
    words_of,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from kit.lenses.speaker_names import Person


class BodyRules:
    """The organisation half of :class:`kit.lenses.speakers.SpeakerResolver`.

    Relies on the resolver's ``doc``, ``bodies``, ``people``, ``orgs``, ``org_nouns``,
    ``history``, ``reported``, ``_org`` and ``_not_workplaces``.
    """

    doc: Doc
    bodies: list[Span]
    people: dict[str, Person]
    orgs: dict[str, str]
    org_nouns: frozenset[str]
    history: list[tuple[str, str, int, str]]
    name_tokens: list[Token]
    taken_up_as_body: set[str]
    reported: list[tuple[int, int]]

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
        if not (noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.org_nouns):
            return None  # (the noun first: most names have no kind noun before them)
        tied = noun.head.i in range(name.start, name.end) or name.root.head == noun
        # "the campaign group Keep Tarnmoor Wild": a name opening with a verb the parser
        # read as a clause of its own
        tied = tied or at == name.start - 1 and name[0].pos_ == "VERB" and name[0].is_title
        # "a consumer programme, Fare Watch Live.": a name set off after the noun and
        # closing its clause, whatever head the parser gave it
        after = self.doc[name.end] if name.end < len(self.doc) else None
        tied = tied or at == name.start - 2 and (after is None or after.text in (",", ".", ";"))
        return noun if tied and not children_by_dep(noun, ("poss",)) else None

    def _kind_before(self, name: Span) -> bool:
        return self._kind_noun(name) is not None

    def _kind_named(self, head: Token) -> str | None:
        """ "The group said" after "the consumer group Which Way": the body that noun
        introduced, when it is the last one introduced so."""
        lemma = head.lemma_.lower()
        for body in reversed([b for b in self.bodies if b.end <= head.i]):
            noun = self._kind_noun(body)
            if noun is not None and noun.lemma_.lower() == lemma:
                return None if self._kind_twice(body, lemma) else self._org(body.text)
        return None

    def _kind_twice(self, body: Span, lemma: str) -> bool:
        """ "a consumer programme, X, and a radio programme, Y": the sentence that
        introduced the body introduces two names with the same noun; "the programme"
        after it could be either."""
        return len(self._introductions(body.sent, lemma)) > 1

    def _introduced_twice(self, head: Token) -> bool:
        """The last sentence before ``head`` that introduces a name with its noun
        introduces two ("a programme, X, and a programme, Y. ... The programme said")."""
        lemma = head.lemma_.lower()
        if doc_text(self.doc).lower().count(lemma, 0, head.idx) < 2:
            return False
        sent = head.sent
        while sent.start > 0:
            sent = self.doc[sent.start - 1].sent
            found = self._introductions(sent, lemma)
            if found:
                return len(found) > 1
        return False

    def _introductions(self, sent: Span, lemma: str) -> list[Token]:
        """Lower-case nouns ``lemma`` in ``sent`` that introduce a name: "a programme,
        X", "the programme X", "X, a programme"."""
        doc = self.doc

        def introduces(t: Token) -> bool:
            nxt = [doc[i] for i in range(t.i + 1, min(t.i + 3, sent.end))]
            if nxt and nxt[0].text == ",":
                nxt = nxt[1:]
            named = bool(nxt) and nxt[0].pos_ == "PROPN" and nxt[0].is_title
            return named or t.dep_ == "appos" and t.head.pos_ == "PROPN"

        if lemma not in doc_text(doc)[sent.start_char : sent.end_char].lower():
            return []
        return [
            t for t in sent
            if t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() == lemma and introduces(t)
        ]  # fmt: skip

    def _decided_by(self, head: Token) -> str | None:
        """ "the Advertising Standards Authority has upheld a complaint .... The ruling
        says": a definite document of a decision (``decision_acts``) is the decision of
        the named body whose act of deciding the text reported last, in this sentence or
        the two before ("Advertising Standards Authority's ruling"); None when that act's
        subject is no named body ("I lost the appeal. The ruling says")."""
        acts = decision_acts().get(head.lemma_.lower())
        if not acts or any(c.dep_ == "poss" for c in head.children):
            return None
        sent = head.sent
        start = sent.start
        for _ in range(2):
            start = self.doc[start - 1].sent.start if start > 0 else start
        for verb in reversed(self.doc[start : head.i]):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in acts:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            body = subject and next(
                (b for b in self.bodies if b.start <= subject.i < b.end), None
            )
            if body is None:
                return None
            name = self._org(body.text)
            return f"{name}{possessive(name)} {head.text.lower()}"
        return None

    def _presented_body(self, head: Token) -> str | None:
        """ "Then there is Fair Deal Live. On Thursday the programme told viewers": a
        definite noun for a kind of body right after a sentence that only presents one
        name ("there is/was X") is that name, whatever the model tagged it; None when
        that sentence names more than one thing or presents no name."""
        sent = head.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        root = prev.root
        if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children):
            return None
        attrs = [c for c in root.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "PROPN"]
        names = [t for t in prev if t.pos_ == "PROPN" and t.dep_ not in ("compound", "det")]
        if len(attrs) != 1 or names != attrs:
            return None
        run = [t for t in attrs[0].subtree if t.dep_ != "det" and not t.is_punct]
        if any(t.pos_ != "PROPN" for t in run):
            return None
        return self._org(self.doc[run[0].i : run[-1].i + 1].text)

    def _event_named(self, head: Token) -> str | None:
        """ "The Quillerby Cheese Festival will return ..., the organisers said", "the
        festival committee said", "The festival ... now says": the people who run an event
        (``event_runners``), a committee named for a kind of event and a definite noun for
        that kind (``event_heads``) speak as the one event of that kind the text named
        before (a capitalised name ending in the kind's word); None when it named none or
        two ("the organisers of the petition", "the race committee" after no race)."""
        lemma = head.lemma_.lower()
        if any(c.dep_ in ("poss", "prep") for c in head.children) or not head.is_lower:
            return None  # "the club's organisers", "the organisers of the petition"
        heads = words_of("event_heads")
        if lemma in words_of("event_runners") and head.tag_ == "NNS":
            kinds = heads
        elif lemma == "committee" and head.tag_ == "NN":
            kinds = frozenset(
                c.lemma_.lower() for c in head.children
                if c.dep_ == "compound" and c.is_lower and c.lemma_.lower() in heads
            )  # fmt: skip
        elif lemma in heads and head.tag_ == "NN":
            kinds = frozenset({lemma})
        else:
            return None
        if not kinds or any(h[3] == lemma and h[1] != "org" for h in self.history):
            return None  # "Organisers of the petition said ... the organisers added": theirs
        names: dict[str, str] = {}  # (speaker_participants.events_named scans the same way,
        # also joining "and"/"of" inside a name; merging the two would change this rule)
        for tok in self.doc[: head.i]:
            if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ not in kinds:
                continue
            start = tok.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and name_word(
                self.doc[start - 1]
            ):
                start -= 1
            if start < tok.i:
                name = self.doc[start : tok.i + 1].text
                names.setdefault(org_key(name), name)
        if len(names) != 1:
            return None
        return self._org(next(iter(names.values())))

    def _name_before_kind(self, head: Token) -> str | None:
        """ "chairs the Save Our Lido campaign ... The campaign says": a kind noun of a
        group (``named_kind_nouns``) that stood lower case after a capitalised name, with
        "the" before the name, points back to that name (the last one so written); the
        resolver records it as a body taken up."""
        if head.lemma_.lower() not in words_of("named_kind_nouns"):
            return None
        for tok in reversed(self.doc[: head.i]):
            if tok.lower_ != head.lower_ or not tok.is_lower:
                continue
            start = tok.i
            while (
                start > 0 and self.doc[start - 1].is_title and self.doc[start - 1].lower_ != "the"
            ):
                start -= 1
            if start < tok.i and start > 0 and self.doc[start - 1].lower_ == "the":
                return self._org(self.doc[start : tok.i].text)  # (even one the model
                # tagged a person: "the Save Nettlebarrow Hill campaign" says what it is)
        return None

    def _regulator_named(self, head: Token) -> str | None:
        """ "The watchdog said", "the regulator said": the last body named before with a
        regulator's name word ("fined by the Office of Rail Standards", "Waterwatch
        Authority"), never the business in focus that it fined."""
        if head.lemma_.lower() not in words_of("regulator_nouns"):
            return None
        marks = words_of("regulator_name_words")
        for body in reversed([b for b in self.bodies if b.end <= head.i]):
            if marks & {t.lower_ for t in body}:
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
        subject (or described as an organisation), else the last one named; of
        businesses, one that has spoken before one that has only been named since.
        "the company" never points back to a ministry or a journal, nor to the outlet
        the article is published in ("told the Brinsley Post")."""
        public = load_not_businesses() if business else frozenset()
        outlet = org_key(outlet_name(self.doc._.kit_outlet or ""))
        before = self._not_workplaces([  # "Analysts at X": not the body in focus
            e for e in self.bodies
            if e.end <= pos and not public & {t.lower_ for t in e}
            and not (outlet and org_key(e.text) == outlet)  # "told the Post": the outlet
        ])  # fmt: skip
        if not before:
            return None
        focus = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass") or e.label_ != "ORG"]
        chosen = (focus or before)[-1]
        here = self._paragraph_start(self.doc[min(pos, len(self.doc) - 1)].idx)
        if business and chosen[0].idx < here and not self._has_spoken(chosen):
            # "Pellcombe said .... Tarrant, which reports next week, declined to comment.
            # [new paragraph] ... the company said": a rival named in an earlier paragraph,
            # that never spoke, is not the business the story follows; the last one that
            # spoke is (a rival just named in this paragraph still is: "Rival chain X was
            # caught flat-footed. A spokesman for the company said")
            spoke = [e for e in focus or before if self._has_spoken(e)]
            if spoke:
                return spoke[-1]
        return chosen

    def _lead_subject_body(self, head: Token, business: bool = True) -> str | None:
        """ "Ostry Air cancelled 900 flights on Friday. ... The airline said": the name the
        story opens on as its subject is the body "the airline" or "the company" is about
        when no other body is named between them (for "the company", no business: a
        council may be). The lead is the first subject in the first six sentences (page
        furniture, a caption and its credit may come first) that is a capitalised name of
        two words or more, no person's the text describes and no place's ("Carlow
        Athletic", "Penner Trains": the model may tag such a name a person's)."""
        person_words = {  # a person the text describes, or calls "he" or "she"
            w for p in self.people.values() if p.pronoun or p.roles or p.description
            for w in p.tokens
        }  # fmt: skip
        lead = None
        for n, sent in enumerate(self.doc.sents):
            if sent.start >= head.i or n >= 6 or lead is not None:
                break
            for subject in sent.root.children:
                if subject.dep_ not in ("nsubj", "nsubjpass") or not subject.is_title:
                    continue
                words = [
                    t for t in subject.lefts if t.dep_ == "compound" and t.is_title
                ] + [subject]  # fmt: skip
                if (
                    len(words) >= 2 and words[-1].i - words[0].i == len(words) - 1
                    and subject.pos_ in ("PROPN", "NOUN")
                    and not any(t.text in person_words for t in words)
                    and subject.ent_type_ not in ("GPE", "LOC", "DATE", "NORP", "FAC")
                    and not self._surname_alone(words)
                ):  # fmt: skip
                    lead = self.doc[words[0].i : words[-1].i + 1]
                    break
        if lead is None:
            return None
        public = load_not_businesses() if business else frozenset()
        key = org_key(lead.text)
        if any(
            lead.end <= b.start and b.end <= head.i and org_key(b.text) != key
            and not public & {t.lower_ for t in b}
            for b in self.bodies
        ):  # fmt: skip
            return None
        return self._org(lead.text)

    def _surname_alone(self, words: list[Token]) -> bool:
        """ "Ann Vell waves to the crowd. ... the club thanked Vell": a name whose last word
        the text uses alone elsewhere, as it does a person's surname (never "Athletic")."""
        last = words[-1].text  # (not "Other Athletic", another name with that word)
        return any(
            t.text == last and t.i != words[-1].i and t.i > 0 and not self.doc[t.i - 1].is_title
            for t in self.doc
        )  # fmt: skip

    def _has_spoken(self, body: Span) -> bool:
        """Whether a body is the canonical source of an act resolved so far."""
        name = self._org(body.text)
        return any(h[1] == "org" and h[0] == name for h in self.history)

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
            (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or _capitalised_after_the(t))
            and t.is_title
            for t in names
        ):
            return None
        text = " ".join(t.text for t in names)
        if any(set(text.split()) & p.tokens for p in self.people.values()):
            return None
        outlet = self._outlet_in_full(text)  # "the Beacon reported": The Harrowfield Beacon
        if outlet is not None:
            self.taken_up_as_body.add(outlet)
            return outlet
        if self._fuller_name(org_key(text)):
            return self._org(text)
        run = self._fullest_run(text)  # "Carrowmead" after "Carrowmead Fulfilment has ..."
        if run is None:
            return self._spoken_body_from(text)
        self.taken_up_as_body.add(self._org(run))  # a body, whatever the model tagged
        return self._org(run)

    def _spoken_body_from(self, short: str) -> str | None:
        """ "the Friends wrote" after "The Friends of Marrowby Lido ... said": the one body
        already given as a speaker whose name opens with the short form (a name with
        "of" that no run of capitalised words holds whole)."""
        head = f"{org_key(short)} "
        found = {name for name in self.orgs.values() if org_key(name).startswith(head)}
        return found.pop() if len(found) == 1 else None

    def _name_runs(self) -> list[tuple[str, ...]]:
        """The runs of capitalised proper nouns in the text ("Crossmere Athletic" in
        "Crossmere Athletic striker X Y"), none holding a known person's name word; found
        once per document, from the proper-noun tokens."""
        runs = getattr(self, "_runs", None)
        if runs is not None:
            return runs
        person_words = {w for p in self.people.values() for w in p.tokens}
        runs_of: list[list[Token]] = []
        for tok in self.name_tokens:
            if tok.pos_ != "PROPN" or not tok.is_title:
                continue
            if tok.ent_type_ in ("DATE", "TIME"):
                continue  # "Last Thursday Dunmore Town Council had ...": no part of the name
            if runs_of and tok.i == runs_of[-1][-1].i + 1:
                runs_of[-1].append(tok)
            else:
                runs_of.append([tok])
        for run in runs_of:  # "Crossmere Athletic striker": a capitalised word the model
            while run[-1].i + 1 < len(self.doc):  # read as an adjective or a noun
                nxt = self.doc[run[-1].i + 1]
                if not nxt.is_title or nxt.is_sent_start or nxt.pos_ not in ("ADJ", "NOUN") or (
                    nxt.ent_type_ in ("DATE", "TIME", "EVENT")  # not "X Voices Christmas"
                ):
                    break
                run.append(nxt)
        found = set()
        for run in runs_of:
            while len(run) > 1 and run[-1].ent_type_ in ("DATE", "TIME", "EVENT"):
                run = run[:-1]  # "Harrowgill Voices Christmas concert": the body's name
            if len(run) > 1 and not any(t.text in person_words for t in run):
                found.add(tuple(t.text for t in run))
        self._runs = sorted(found)
        return self._runs

    def _fullest_run(self, short: str) -> str | None:
        """ "Carrowmead said" after "Carrowmead Fulfilment has ...", "a Civic Renewal
        spokesman" after "the Fettlebury Civic Renewal Party", "a source at Crossmere" after
        "Crossmere Athletic striker X": the one longer run of capitalised names that holds
        the short form. Of runs nested in one another ("Crossmere Athletic" and "Crossmere
        Athletic Supporters"), the shortest that all the others hold: the others are named
        after it (guide, section 1: the fullest name of the same body)."""
        words = tuple(short.split())
        n = len(words)
        if not n:
            return None
        holding = [r for r in self._name_runs() if len(r) > n and _holds(r, words)]
        if not holding:
            return None
        least = min(holding, key=len)
        return " ".join(least) if all(_holds(r, least) for r in holding) else None

    def _fuller_name(self, key: str) -> list[str]:
        """The one organisation whose name begins or ends with a short form ("Metrolink"
        for "Ferrisham Metrolink", "Tennant Vale" for "Tennant Vale Water"); none when
        two bodies could be meant or the longer name is a person's."""
        head, tail = f"{key} ", f" {key}"  # (a key has its spaces collapsed, no newline)
        fuller = {
            org_key(e.text): e.text for e in self.bodies
            if (org_key(e.text).startswith(head) or org_key(e.text).endswith(tail))
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

    def _spoke_by_name(self, name: str) -> bool:
        """True when a speaker resolved to ``name`` was written as a proper name ("Thistledown
        Live said"), not only as a common noun ("the study", "the makers")."""
        return name[:1].isupper() and any(
            h[0] == name and self.doc[h[2]].text in name.split() for h in self.history
        )

    def _the(self, name: str) -> str:
        """ "the " when the text writes the name with it ("the Fenwick Institute"); not
        for a name that only opens a longer one ("The Brennock Passengers' Association")
        nor a one-word name that only modifies a noun ("the Parcelhub depot"; "the
        Northern Crown League title" keeps it)."""
        text = doc_text(self.doc)
        if f"he {name}" not in text:
            return ""  # (the cheap test first: a pattern per name is compiled anew)
        pattern = rf"\b[Tt]he {re.escape(name)}\b(?!['\u2019]?s?\s+[A-Z])"
        for found in re.finditer(pattern, text):
            last = self.doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if last is not None and (last[-1].dep_ != "compound" or " " in name):
                return "the "  # not "the Parcelhub depot": a one-word name as a modifier
        return ""

    def _apposed_body(self, head: Token) -> tuple[str, str] | None:
        """ "his record label, Coppergate Sounds, ... The label said", "the Guild of Ward
        Nurses, the largest nursing union, ... according to the union": the named body an
        earlier noun of that word stood in apposition with (the last one before)."""
        lemma = head.lemma_.lower()
        for tok in tokens_back(self.doc, doc_array(self.doc, POS) == NOUN, head.i):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
                continue
            names = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                names.append(tok.head)
            if tok.i + 2 < head.i and self.doc[tok.i + 1].text == ",":
                names.append(self.doc[tok.i + 2])  # "her record label, Sable Drift Music,"
            for name in names:
                body = next((b for b in self.bodies if b.start <= name.i < b.end), None)
                if body is not None and self._kind_twice(body, lemma):
                    return None  # "a programme, X, and a programme, Y ... the programme"
                if body is not None:
                    return self._org(body.text), "org"
        return None

    def _described_body(self, root: Token) -> str | None:
        """ "outside the agriculture ministry, where ... The ministry says": a body the
        text never names is known by the fullest description the writer gave it, the
        same noun with the nouns that classify it ("agriculture ministry")."""
        for tok in tokens_back(self.doc, doc_array(self.doc, LOWER) == root.lower, root.i):
            if tok.lower_ != root.lower_ or not tok.is_lower or tok.i == root.i:
                continue  # a lower-case mention, whatever tag the model gave it
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            if (
                _names_follow(tok)
                or indefinite
                and any(tok.i < b.start < root.i for b in self.bodies)
            ):
                return None  # "the campaign group Keep X", "an energy company ... Skelwind
                # Renewables, a developer ...": a named body, not one the text never names
            kinds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            lower = [c for c in kinds if c.is_lower and c.pos_ in ("NOUN", "PROPN")]
            if not lower:  # "the Rugby League disciplinary panel": a classifying adjective
                kinds = [  # counts only after a body's name ("the new panel" does not)
                    c for c in tok.children
                    if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                ]  # fmt: skip
                lower = [c for c in kinds if c.is_lower and c.pos_ == "ADJ" and c.dep_ == "amod"]
                named = [c for c in kinds if c not in lower and _place_word(c)]
                lower = lower if lower and named and named[0].i < lower[0].i else []
            if lower and all(c in lower or _place_word(c) for c in kinds):
                start = lower[0].i
                while start > 0 and _place_word(self.doc[start - 1]):
                    start -= 1  # "the Dunraven health board area ... The board said": its place
                while start > 0 and _relational(self.doc[start - 1], tok):
                    start -= 1  # "the monetary policy committee": the kind's own adjective
                described = self.doc[start : tok.i + 1].text
                owner = self._owner_named(tok)
                return f"{described} of {owner}" if owner else described
        return None

    def _owner_named(self, tok: Token) -> str | None:
        """ "The Norvanian Reserve Bank ... The bank's monetary policy committee voted ...
        the committee said": the owner word of an unnamed body ("the bank's") is the body
        the text named with that word, so the body is "monetary policy committee of the
        Norvanian Reserve Bank" (as the keys write a part of a named body: "integrity unit
        of the X League"). Only when one body so named comes before it: with two banks
        named, "the bank's" could be either, and the description stays as written. A
        named owner ("The Harbour Trust's planning board") is that body."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.pos_ == "PROPN":  # "The Harbour Trust's planning board": named right there
            whole = next((b for b in self.bodies if b.start <= owner.i < b.end), None)
            return self._org(whole.text) if whole is not None else None
        if owner.pos_ != "NOUN" or not owner.is_lower:
            return None
        lemma = owner.lemma_.lower()
        named = [
            b for b in self.bodies
            if b.end <= owner.i and any(t.lemma_.lower() == lemma and not t.is_lower for t in b)
        ]  # fmt: skip
        if not named or len({org_key(b.text) for b in named}) > 1:
            return None
        return self._org(named[-1].text)


def completed_name(ent: Span) -> Span:
    """An organisation's name with the capitalised head noun the model left out of it:
    "Pellwick Otter Sanctuary" tagged "Pellwick Otter" (the entity's last word is a
    compound of the untagged proper noun right after it), and the place word the model
    left before a council's kind of area ("Exmarsh Parish Council" tagged "Parish
    Council", the place a person's name or no name at all)."""
    doc, end = ent.doc, ent.end
    while (
        end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title
        and not doc[end].ent_type_ and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
    ):  # fmt: skip
        end += 1
    start = ent.start
    if ent[-1].lower_ in body_heads() and ent[0].lower_ in words_of("place_nouns"):
        # "Exmarsh Parish Council" tagged "Parish Council": the kind of area opens the tag
        while (
            start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
            and doc[start - 1].ent_type_ in ("", "GPE", "LOC", "PERSON", "NORP")
        ):  # fmt: skip
            start -= 1
    if start == ent.start and end == ent.end:
        return ent
    return Span(doc, start, end, label=ent.label_)


def _names_follow(tok: Token) -> bool:
    """ "the campaign group Keep Tarnmoor Wild": a kind noun right before a capitalised
    name is that body's description, not a body left unnamed."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    named = nxt is not None and nxt.is_title and nxt.pos_ in ("PROPN", "VERB")
    return named and not nxt.is_sent_start


def _capitalised_after_the(tok: Token) -> bool:
    """ "the Friends wrote" after "The Friends of Marrowby Lido": a noun capitalised inside
    a sentence, right after "the", is the writer's short form of a name, not a common noun
    capitalised by its place ("Residents said")."""
    doc = tok.doc
    return tok.i > 1 and not tok.is_sent_start and doc[tok.i - 1].lower_ == "the" and not (
        doc[tok.i - 1].is_sent_start
    )


def _relational(word: Token, body: Token) -> bool:
    """ "monetary" in "the monetary policy committee", "foreign" in "the foreign affairs
    committee": a lower-case adjective right before a body noun's classifying nouns that
    says what field the body works in (the suffixes of relational adjectives: -al, -ary,
    -ic, -ive, -ian; and "foreign", "public"), not what the writer thinks of it ("the
    timid committee") nor when it sat ("the new board", "the final panel")."""
    tied = word.head == body or word.head.dep_ == "compound" and word.head.head == body
    if not tied or word.dep_ != "amod" or word.pos_ != "ADJ" or not word.is_lower:
        return False
    lower = word.lower_
    if lower in _NOT_RELATIONAL:
        return False
    return lower in ("foreign", "public") or lower.endswith(("al", "ary", "ic", "ive", "ian"))


#: Adjectives with a relational suffix that still judge, rank or date a body
_NOT_RELATIONAL = frozenset({
    "actual", "critical", "crucial", "final", "formal", "informal", "initial", "local",
    "original", "usual", "typical", "total", "several", "special", "arbitrary", "massive",
    "expensive", "secretive", "defensive", "aggressive", "passive", "tragic", "comic",
    "ordinary", "temporary", "necessary", "primary", "secondary", "historic", "elusive",
})  # fmt: skip


def _place_word(tok: Token) -> bool:
    """A capitalised word that names where a lower-case body is ("the Cwm Taf health
    board"), never a person's name ("Ann Lee's health board")."""
    return (
        tok.pos_ == "PROPN" and name_word(tok) and tok.dep_ in ("compound", "amod", "nmod")
        and tok.ent_type_ != "PERSON"
    )  # fmt: skip


def possessive(name: str) -> str:
    """ "'" after a name ending in s ("Brightfall Lotteries'"), else "'s"."""
    return "'" if name.endswith("s") else "'s"


def _holds(run: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand together somewhere in ``run``."""
    n = len(words)
    return any(run[i : i + n] == words for i in range(len(run) - n + 1))


@cache
def decision_acts() -> dict[str, frozenset[str]]:
    """A document of a decision -> the verbs of the act that makes it (``anaphors.yaml``)."""
    data = lexicon.load("anaphors", "anaphors").get("decision_acts") or []
    return {str(e["word"]).lower(): frozenset(str(e["of"]).lower().split()) for e in data}

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
- A title the article ties to a name is that person's role: after "Water
  Minister Tomas Brill", "the minister" is Tomas Brill.
- A speaker phrase that carries a person's name is that person: a name set off
  by commas after a role ("The trust's chair, X Y, said", "The practice's lead
  GP, Dr X Y,"), after two titles joined by "and" ("Founder and owner X Y"),
  "a retired surveyor named X Y", "who gave only his first name, X"
  (:mod:`kit.lenses.speaker_refs`, :mod:`kit.lenses.speaker_chains`).
- Owners ("her spokesperson"), names in apposition, public-body words
  ("police said") and role nouns right after a name follow the rules in
  :mod:`kit.lenses.speaker_refs`; pronouns those in
  :mod:`kit.lenses.speaker_pronouns`; who the people and bodies are,
  :mod:`kit.lenses.speaker_people`; names and word lists live in
  :mod:`kit.lenses.speaker_names`; names along a chain of descriptions ("One of them,
  the retired dentist X Y, said") and titles named later, :mod:`kit.lenses.speaker_chains`.
- Leading quantifiers are dropped ("some experts" -> "experts", "one senior
  figure" -> "senior figure", "a number of residents" -> "residents"), but a count
  word and "several" stay ("two members of staff", "several readers": the keys'
  majority, round AB), and so are adjectives of feeling ("furious
  residents" -> "residents"); a quantifier on its own ("Some think") and
  "two of them", "One of them", "the other" are part of the group just named. A count is
  never an organisation's name ("One League MP"), and an unnamed speaker the
  text describes only by the anonymity asked for is known with it ("League MP
  who asked not to be named").
- Spin-heavy prose (round W): "the mayor" after "The mayor of X, Y Z" (the parser hangs
  the name on the place) is Y Z; "The chair of the judges, Professor Y Z, a man who
  ..." (the name read as the role's conjunct) is Y Z; "who spoke on condition of
  anonymity" is left out of an unnamed source; a bare "A spokesman said" right after a
  sentence about one named body speaks for it; "he"/"she" after "And our MP, Y Z?" or
  "Then there is the captain, Y Z." is that person; an untagged name its own sentence
  takes up with "his"/"her" is a person's.
- Round X (helper canonY): civic titles ("Alderman") and a title phrase ending in a
  title word ("Senior Coroner X Y") are no part of the name; the outlet's short name
  ("the Beacon", "the Beacon's reporter") is written in full when the body gives the full
  name; a short firm name owning a team in an unnamed person's role is written at its
  fullest (a document keeps its owner word); asides in brackets, "so-called" and its
  scare quotes, a request for anonymity set off by commas after a role, "who works at X"
  after a role and the writer's own contact clause ("buyers we spoke to") are left out;
  "the parish council" never resolves to a named body without its kind word.
- Round AC (helper speakersAD): the outlet's bracketed note is no part of its name
  ("Zelbury Rail (company blog)"); a one-word "person" that is a plural common noun
  opening its sentence ("Campaigners, who ...,") is a group; "One captain, a former
  pilot who ..." is the captain (a role given up describes the head noun, unless that
  noun names no one, like "witness"); "the programme" is the one name introduced with
  that noun ("a programme, X", "X, a programme", "the programme X") or presented alone
  in the sentence before ("Then there is X."), never one of two; "the ruling" is the
  ruling of the named body whose act of ruling the text just reported; a bare
  spokesman in a clause fronted by "at X" speaks for X; "His daughter" is the one person
  the text made his child ("X waited with her father, Y").
- Round AD (helper speakersAE): a pronoun in a second "who" clause ("and who asked for
  her name not to be used") is the speaker's own, never rewritten; a body the model
  tagged with its possessive mark ("X Borough Council's committee") is found by its kind
  word; "a director at the firm", "staff at the chain" name the one body introduced with
  that noun or that just spoke (none when two could be meant); "The managing director,
  a man who ..." is the post ("man" names no role); "X Y, chair of Z," hung on the role
  by the parser is X Y; "Its head of X" after "Then there is the town council." is that
  body's post, and "its" never stands for an unnamed person who spoke.
- Round AO (helper speakersAP): an honorific and a surname inside an unnamed source's
  name are the full name of the one person with that surname the honorific fits
  ("former colleague of Mr Grennaway" -> "former colleague of Bertolin Grennaway").
- Round AQ (helper speakersAR): one resolver step for every speaker that is not a
  named person, the fullest mention (:mod:`kit.lenses.speaker_fullest`): a body's name
  the model cut short is written with the proper nouns the article gives it ("Tenants'
  Association" -> "Gorsewell Tenants' Association"), and a relative clause is left out
  of an unnamed person already tied to a name or place ("former Lumenhawk engineer").
- Organisations are compared without "the" and with "Department of X" read
  as "X Department"; the canonical form is the fullest name the text gives,
  also for a short form of one body's name ("Metrolink" after "Ferrisham
  Metrolink"). A role in apposition to a name inside the description is no
  part of the source ("A person close to X, the finance minister").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from kit.lenses.shared import (
    Verdicts,
    doc_quotes,
    doc_text,
    entities_in,
    furniture_lines,
    person_heads,
    proper_nouns,
    tokens_where_known,
)
from kit.lenses.sourcing_kinds import outlet_name
from kit.lenses.speaker_bodies import BodyRules, completed_name, possessive
from kit.lenses.speaker_chains import ChainRules, with_hyphened_given_name
from kit.lenses.speaker_descriptors import name_after_opening_role, roles_by_clause
from kit.lenses.speaker_entities import (
    capitalised_by_position,
    joined_name,
    plural_noun_opening,
    split_at_verbs,
)
from kit.lenses.speaker_fullest import FullestRules
from kit.lenses.speaker_names import (
    GROUP_PRONOUNS,
    PARTITIVES,
    PERSON_PRONOUNS,
    Person,
    account_owner,
    body_heads,
    content_words,
    context_words,
    counts_kept,
    dated_adjuncts,
    description_head,
    description_of,
    document_heads,
    load_anaphors,
    load_body_nouns,
    load_gender_words,
    load_not_businesses,
    org_key,
    people_group_heads,
    person_gender,
    person_name,
    plain_text,
    quoted_title,
    roles_of,
    shared_words,
    strip_quantifier,
    strip_text,
    titles_of,
    trading_name,
    unnamed_roles,
    words_of,
)
from kit.lenses.speaker_outlet import OutletRules
from kit.lenses.speaker_owners import OwnerRules, outlet_words
from kit.lenses.speaker_participants import ParticipantRules
from kit.lenses.speaker_people import PeopleIndex, names_the_owner
from kit.lenses.speaker_pronouns import PronounRules
from kit.lenses.speaker_refs import ReferenceRules
from kit.lenses.speaker_titled import (
    honorific_gender,
    honorific_name,
    titled_person,
    titled_surnames,
)
from kit.lenses.speaker_unnamed import (
    asks_anonymity,
    before_clauses,
    experience_clause,
    issued_in,
    kind_adjective,
    made_by_name,
    maker_after_comma,
    maker_commissioned_from,
    name_after_descriptor,
    name_before_aside,
    named_author,
    post_before_anonymity,
    seen_by_outlet,
    short_forms,
    without_aside_clause,
    without_classifying_adjective,
    without_dated_participle,
    without_trailing_date,
)


def _aside_clause(tok: Token) -> bool:
    """A comma, or a relative clause set off by one ("..., who was not authorised to
    speak,"): an aside about the speaker, whatever the parser hung it on."""
    if tok.is_punct:
        return True
    return tok.dep_ == "relcl" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


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


#: Nouns for a news medium that "the <noun>" uses to point back to a named outlet
_NEWS_MEDIA = frozenset({"newspaper", "paper", "tabloid", "broadsheet", "magazine"})

#: ORTH hash -> holds a hyphen? (kept across documents)
_HYPHENED: Verdicts = Verdicts()


#: Small words inside a body's name ("Friends of the Earth", "Bread and Roses")
_NAME_LINKS = frozenset({"of", "and", "the", "for", "&", "on", "in"})


#: "ministry official", "partnership spokesman": a body's kind word, then an unnamed role
_KIND_ROLE = re.compile(r"(?P<kind>[a-z]+) (?P<role>[a-z]+)")
#: "official at the ministry", "member of the committee": the role, then the kind word
_ROLE_OF_KIND = re.compile(r"(?P<role>[a-z]+) (?:at|of|for|in|from) (?:the )?(?P<kind>[a-z]+)")

#: an honorific and a surname inside an unnamed source's name ("colleague of Mr Grennaway")
_HONORIFIC_SURNAME = re.compile(
    r"\b(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Sir|Dame)\.? (?P<surname>[A-Z][\w-]+)"
    r"(?![\w-]| [A-Z])"
)


class SpeakerResolver(
    PeopleIndex, BodyRules, ReferenceRules, OwnerRules, PronounRules, OutletRules, ChainRules,
    ParticipantRules, FullestRules,
):
    """Resolves the speakers of a document's acts, in reading order."""

    def __init__(self, doc: Doc, titles: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.titles = titles
        self.org_nouns = load_anaphors()[0]
        self._surnames: set[str] | None = None
        self._place_words: dict[str, tuple[int, int]] | None = None
        self.ents = doc.ents  # (spaCy builds every entity again on each doc.ents)
        self.person_ents = [
            with_hyphened_given_name(e)  # "Lula-Mae Tregothnan", only "Tregothnan" tagged
            for e in self.ents
            if e.label_ == "PERSON" and not trading_name(e) and not plural_noun_opening(e)
            or honorific_name(e, titles)
        ]  # fmt: skip
        self.org_ents = [
            joined_name(completed_name(p))
            for e in self.ents if e.label_ == "ORG" or e.label_ == "PERSON" and trading_name(e)
            if not capitalised_by_position(e)
            for p in split_at_verbs(e)
        ]  # fmt: skip
        hyphened = tokens_where_known(doc, ORTH, lambda text: "-" in text, _HYPHENED)
        named = set(proper_nouns(doc)) | set(hyphened)
        self.name_tokens = [doc[i] for i in sorted(named)]
        self.titled = titled_surnames(doc)  # "Mr Lark": read once for the body and people rules
        self.bodies = [  # not "Receivers"; not "X Council's", an owner tagged with its mark
            _without_possessive(name_after_opening_role(b)) for b in self._bodies()
        ]
        furniture = furniture_lines(doc)  # ([] unless a "|" is in the text)
        if furniture:  # "THE X COURIER | News | Transport": a section's name, never a body
            self.bodies = [  # the story names ("the airline said" is not "Transport")
                b for b in self.bodies if not any(s <= b.start_char < e for s, e in furniture)
            ]
        self.short_forms = short_forms(doc)  # "(ORP)" -> "Office for Rail Punctuality"
        self.people = self._people()
        self._setup_addressing()  # letters, transcripts: who "you" and "your" are
        self.person_mentions = self._person_mentions()
        for tok, name in self.person_mentions:  # the nouns that describe each person
            if name in self.people:
                self.people[name].roles |= roles_of(tok, self.titles)
                self.people[name].roles |= roles_by_clause(tok)  # "who chairs the guild"
        for tok, name in self.person_mentions:  # every full-name mention counts
            if name in self.people and tok.i not in self.people[name].mentions:
                self.people[name].mentions.append(tok.i)
        self._titled_genders()  # "Ms X": her gender, for the pronouns
        self._role_before_comma()  # "their captain, X Y," misparsed: his role
        self.orgs: dict[str, str] = {}
        #: (canonical, kind, position of the head, head lemma) of each resolved speaker, in order
        self.history: list[tuple[str, str, int, str]] = []
        self.reported: list[tuple[int, int]] = []  # content ranges (characters)
        self.speaker_heads: set[int] = set()  # head tokens of the speakers resolved so far
        self.speaker_tokens: set[int] = set()  # tokens of every act's speaker
        self.speaker_roots: set[int] = set()  # the head token of every act's speaker
        self.taken_up_as_body: set[str] = set()  # names "it" or "the company" pointed back to
        self.nested = False  # the speaker in hand speaks only inside another's quotation

    def resolve(
        self,
        speakers: list[tuple[int, int] | None],
        contents: list[tuple[int, int] | None],
        passing: frozenset[int] = frozenset(),
    ) -> list[str | None]:
        """The canonical source of each speaker (token range), in reading order.

        ``contents`` are the acts' content ranges (characters): a pronoun never
        refers to a person named inside someone's reported words. The speakers at
        the indices in ``passing`` speak only inside another's quotation ("the man
        on the phone said, '...'"): later pronouns and nouns never point back to them.
        """
        self.reported = [c for c in contents if c]
        self.speaker_tokens = {i for rng in speakers if rng for i in range(*rng)}
        self.speaker_roots = {self.doc[rng[0] : rng[1]].root.i for rng in speakers if rng}
        out: list[str | None] = []
        quoted = [(q.start, q.end) for q in doc_quotes(self.doc) if q.style == "double"]
        opens = [s + 1 for s, _ in quoted]  # (once per document, then a bisect per speaker)
        for n, rng in enumerate(speakers):
            if rng is None:
                out.append(None)
                continue
            span = self.doc[rng[0] : rng[1]]
            at = span[0].idx  # a speaker inside quotation marks: in someone's words
            k = bisect_right(opens, at) - 1
            self.nested = n in passing or (k >= 0 and at < quoted[k][1])
            canonical, kind = self._canonical(span)
            canonical, kind = self._normalised(span, canonical, kind)
            out.append(canonical)
            # (not a "she" in X's own words taken for X: '"... she said to me, ..." X said')
            quoter = self.nested and bool(self.history) and self.history[-1][0] == canonical
            gendered = span.text.lower() in ("he", "she") and not quoter
            if kind == "person" and canonical in self.people and gendered:
                self.people[canonical].pronoun = span.text.lower()  # "he said" tells the gender
            elif kind == "person" and canonical in self.people and not quoter:
                self._honorific_tells_gender(span, self.people[canonical])
            if self.nested:  # (also in a quotation: '"... he promised, '...'," she said')
                continue
            self.speaker_heads.add(span.root.i)
            if canonical:
                self.history.append((canonical, kind, span.root.i, span.root.lemma_.lower()))
                if kind == "person" and canonical in self.people:
                    person = self.people[canonical]
                    person.quoted_at = span.start
                    person.mentions.append(span.start)
        return out

    def _honorific_tells_gender(self, span: Span, person: Person) -> None:
        """ "Miss Lark said ..." resolved to one of two people named Lark: the honorific
        tells her gender, as "she said" would, so a later "Mr Lark said" goes to the
        other (guide, section 1: where two people share a surname, the right one)."""
        if person.pronoun or len(span) < 2:
            return
        gender = honorific_gender(span)
        if gender is not None and person_gender(person) is None:
            person.pronoun = "she" if gender == "f" else "he"

    def record(self) -> dict[str, Any]:
        """What later components need, as plain data (``doc._.kit_speakers``):
        each known person's description and the text of each named body."""
        return {
            "people": {  # not a name the text took up as a body ("X Park ..., the park said")
                name: p.description
                for name, p in self.people.items()
                if name not in self.taken_up_as_body
            },
            # and the names the text took up as a body ("it", "the streamer")
            "bodies": [b.text for b in self.bodies] + sorted(self.taken_up_as_body),
        }

    def _normalised(
        self, span: Span, canonical: str | None, kind: str
    ) -> tuple[str | None, str]:
        """The keys' written forms, applied to every speaker whatever rule named it
        (guide, section 1; counts in docs/annotation_rules.md, section 5): a document's
        title keeps the year the text gives with it ("Impact Report 2027"); a phrase in
        the describing clause that only says when ("A walker who passed the pair earlier
        in the afternoon" -> "walker who passed the pair") is dropped; a pronoun inside
        the description is written as what it stands for ("one person close to it" ->
        "person close to Lugard's camp"); a "body" whose words are a known person's
        name with only titles, the person's roles and letters after the name around it
        is that person ("Prosecutor Imelda Strand KC" -> "Imelda Strand")."""
        if canonical and kind != "person":
            canonical = self._with_edition_year(canonical)
            canonical = self._owner_in_full(canonical)
            canonical = self._fullest_mention(span, canonical, kind)
        if canonical and kind == "org":
            canonical = _without_adjectives(span, canonical)  # "the timid X Board"
            person = self._titled_name(canonical)
            return (person, "person") if person else (canonical, kind)
        if not canonical or kind == "person":
            return canonical, kind
        canonical = self._pronoun_in_description(span, canonical)
        canonical = self._member_of_named_body(span, canonical)
        for adjunct in dated_adjuncts(span.root):
            if not span.start <= adjunct.left_edge.i <= adjunct.right_edge.i < span.end:
                continue
            words = self.doc[adjunct.left_edge.i : adjunct.right_edge.i + 1].text
            canonical = canonical.replace(f" {words}", "", 1)
        return canonical, kind

    def _member_of_named_body(self, span: Span, canonical: str) -> str:
        """ "A ministry official", "an official at the ministry" after "the Ostmere
        education ministry said": an unnamed member, official or spokesperson of a
        body called by its kind word is the member of the one body the article has
        already named with that word last ("official at Ostmere education ministry";
        guide, section 1: the fullest name the article gives). Never when two named
        bodies end in the word (two trusts, two councils), nor for a source or insider.
        A fallback for :meth:`_kind_owner`, which reads the parse and the body lexicon:
        this one reads the written canonical, so it also takes a kind word the lexicon
        lacks ("directorate", "partnership") and a body the model left untagged, known
        only as an earlier speaker ("The Ostmere education ministry said")."""
        found = _KIND_ROLE.fullmatch(canonical) or _ROLE_OF_KIND.fullmatch(canonical)
        role = found["role"] if found else ""
        speaks_for = role in words_of("speaks_for_nouns")
        if not (speaks_for or role in words_of("body_staff_nouns")):
            return canonical  # "care worker", "council source": no one's staff (_kind_owner)
        word = found["kind"]
        if word in unnamed_roles() or word in PERSON_PRONOUNS:
            return canonical
        if any(t.lower_ == word and t.pos_ == "ADJ" for t in span):
            return canonical  # "an independent official": a quality, not a body's kind
        names = {
            strip_text(h[0]) for h in self.history if h[1] in ("org", "other") and h[2] < span.start
        } | {strip_text(b.text) for b in self.bodies if b.end <= span.start}
        owners = {
            n for n in names
            if len(n.split()) > 1 and n.split()[-1].lower() == word
            and n[:1].isupper()
        }  # fmt: skip
        if len(owners) != 1:
            return canonical
        prep = "for" if speaks_for else "of" if role == "member" else "at"
        return f"{role} {prep} {owners.pop()}"

    def _owner_in_full(self, canonical: str) -> str:
        """ "former colleague of Mr Grennaway", "Mrs Doveridge's family": an honorific and
        a surname inside an unnamed source's name are written as the full name the article
        gives that person ("former colleague of Bertolin Grennaway", "Alarica Doveridge's
        family"; guide, section 1: the fullest name, without titles such as *Mr*). No key
        keeps an honorific in a canonical source. Only when one known person has that
        surname and fits the honorific's gender; two (a brother and a sister both
        "Quallick", unknown genders) leave it as written."""
        if not _HONORIFIC_SURNAME.search(canonical):
            return canonical  # (the cheap test first: most speakers carry no honorific)
        gender_of = load_gender_words()

        def full(m: re.Match[str]) -> str:
            surname = m["surname"]
            gender = gender_of.get(m["title"].lower())
            candidates = [
                p.name for p in self.people.values()
                if len(p.name.split()) > 1 and p.name.split()[-1] == surname
                and self._fits(p.name, gender)
            ]  # fmt: skip
            return candidates[0] if len(candidates) == 1 else m.group(0)

        return _HONORIFIC_SURNAME.sub(full, canonical)

    def _with_edition_year(self, name: str) -> str:
        """ "our Impact Report 2027 ... According to the report": a document's title
        that the text gives with its year is written with it (the fullest name the
        article gives; guide, section 1), as the text gave it."""
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return name
        if words[-1].lower() not in document_heads():
            return name  # a body's name before a year is no title ("the Trust 2024 accounts")
        found = re.search(re.escape(name) + r" ((?:19|20)\d\d)\b", doc_text(self.doc))
        return f"{name} {found.group(1)}" if found else name

    def _titled_name(self, text: str) -> str | None:
        """The known person whose full name ``text`` holds, when every other word is a
        title, one of that person's roles or letters after a name ("KC", "OBE")."""
        words = text.split()
        for name, person in self.people.items():
            parts = name.split()
            n = len(parts)
            if n < 2 or n >= len(words) or parts[-1].lower() in body_heads():
                continue  # not "Lord Street Hospital", a body's name read as a person's
            at = next((i for i in range(len(words) - n + 1) if words[i : i + n] == parts), None)
            if at is None:
                continue
            rest = words[:at] + words[at + n :]
            if all(
                w.lower() in self.titles or w.lower() in person.roles
                or (w.isupper() and 2 <= len(w) <= 4)
                for w in rest
            ):
                return name
        return None

    def _pronoun_in_description(self, span: Span, canonical: str) -> str:
        """ "X's camp, according to one person close to it, has ...": "it" or "them" as
        the object of a preposition inside an unnamed speaker's description stands for
        the subject of the clause the act is set into, when that subject agrees in number
        ("person close to X's camp"); else for the organisation "it" points back to."""
        pronouns = [
            t for t in span
            if t.lower_ in ("it", "them") and t.dep_ == "pobj" and t != span.root
        ]  # fmt: skip
        if len(pronouns) != 1 or f" {pronouns[0].text}" not in f" {canonical}":
            return canonical
        pronoun = pronouns[0]
        verb = span.root
        while verb.head != verb and (
            verb.pos_ not in ("VERB", "AUX") or verb.lower_ == "according"
        ):  # "according to ..." hangs on the clause it is set into
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        plural = pronoun.lower_ == "them"
        name = None
        if (
            subject is not None
            and subject.i < span.start
            and subject.pos_ in ("NOUN", "PROPN")
            and (subject.tag_ in ("NNS", "NNPS")) == plural
        ):
            name = strip_text(self.doc[subject.left_edge.i : subject.i + 1].text)
        elif not plural:
            found, kind = self._pronoun("it", pronoun.i)
            name = found if kind == "org" else None
        if not name:
            return canonical
        words = canonical.split()
        at = max(i for i, w in enumerate(words) if w == pronoun.text)
        return " ".join([*words[:at], name, *words[at + 1 :]])

    # -- one speaker -----------------------------------------------------------
    def _canonical(self, span: Span) -> tuple[str, str]:
        span = self._greeting_subject(span) or span  # "Sir, your correction ... said"
        owner = account_owner(span)
        if owner is not None:  # "the council's official account posted": the council
            return self._canonical(owner)
        office = self._office_of_named(span)
        if office is not None:
            return office, "org"  # "The office of the MP, Osric Pellew, said": his office
        words = [t for t in span if not t.is_punct]
        if not words:  # a speaker of punctuation only ("[[" in marked-up text)
            return span.text.strip(), "anonymous"
        if len(words) == 1 and words[0].lower_ == "you":
            addressee = self._addressee(words[0])  # "Argus: In 2022 you called ..."
            if addressee is not None:
                return addressee[0], "org" if addressee[1] == "outlet" else addressee[1]
        if len(words) == 1 and words[0].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | {"it"}:
            return self._pronoun(words[0].lower_, span.start)
        whose = self._whose_document(span, words)
        if whose is not None:
            return whose, "other"  # "Skylarke, whose television adverts promise"
        if len(words) == 2 and words[0].lower_ == "a" and words[1].lower_ in ("few", "handful"):
            words = words[1:]  # "Some residents have complained ..., and a few said"
        if len(words) == 1 and words[0].lower_ in ("one", "another"):
            described = self._described_unnamed(words[0], counted=True)
            if described is not None:  # '"...," said one, a teacher in Tollbridge'
                return described, "other"
        if len(words) == 1 and words[0].lower_ in PARTITIVES | {"handful"}:
            group = self._partitive(span.start)  # "Analysts polled by X expect ... Some think"
            if group is not None:
                return group, "group"
        if [w.lower_ for w in words] == ["the", "other"]:
            pair = self._counted_group(span.start)  # "Two members of staff ... One described
            if pair is not None:  # ... the other said": the pair
                return pair, "group"
        another = self._another(words, span.start)
        if another is not None:
            return another  # "one season-ticket holder said. Another called him"
        if len(words) == 3 and words[1].lower_ == "of" and words[2].tag_ in ("WDT", "WP"):
            antecedent = self._relative_antecedent(span)
            if antecedent is not None:
                return antecedent  # "forty websites, several of which promised": websites
        chained = self._chained_speaker(span)  # "One of them, the retired dentist X Y, said"
        if chained is not None:  # (before the description: "One of them, a baker, X Y,")
            return chained, "person"
        if len(words) == 3 and words[1].lower_ == "of":  # "One of them, a girl of fifteen,"
            described = self._described_unnamed(span.root, counted=True)
            if described is not None:
                return described, "other"
        named = self._one_named(span) if words[0].lower_ == "one" else None
        if named is not None:  # "One of the companies on the estate, X Ltd, confirmed"
            return self._org(named.text), "org"
        group = self._members_of_them(words, span.start)
        if group is not None:
            return group, "group"  # "officials familiar with the talks ... two of them said"
        if span[0].lower_ == "it" and len(span) > 1:
            return span.text.lower(), "anonymous"
        root = span.root
        initials = [t.text for t in words if t.lower_ != "the"]
        if len(initials) == 1 and initials[0] in self.short_forms:  # "the ORP said"
            return self._org(self.short_forms[initials[0]]), "org"
        office = [p for p in self.people.values() if len(words) == 2 and words[0].lower_ == "the"
                  and (words[1].is_title or words[1].is_upper)  # "the MP" too
                  and words[1].lower_ in p.roles]  # fmt: skip
        if len(office) == 1:
            return office[0].name, "person"  # "the Keeper said" after "X, the Keeper of ..."
        short = self._short_body(words)
        if short is not None:
            return short, "org"  # "Metrolink said" after "Ferrisham Metrolink", tagged a person
        made = self._document_by_named_maker(span, root) or self._document_by_kind_name(span, root)
        if made is not None:
            return made, "other"  # "A report by the trust's consultants, Pemberthy Crole,"
        at_end = self._name_at_end(span, words[-1])
        if at_end is not None:
            return at_end, "person"  # "said his sister and longtime manager, Rosa"
        apposed = None if self.nested else self._apposed_person(span, root)
        if apposed is not None:
            return apposed, "person"  # "The trust's chair, Benedicta Ferrandine, said"
        doubled = self._coordinated_titles(span, root)
        if doubled is not None:
            return doubled, "person"  # "Founder and owner Marisol Pennick, who ..., said"
        coordinated = self._coordinated_body(words)
        if coordinated is not None:
            return coordinated, "org"  # "Devon and Cornwall Police said"
        kind_named = next((  # "the consumer group Which Way", "The holiday company Snowtrail"
            b for b in self.bodies
            if span.start <= b.start and b.end == span.end
            and (self._kind_before(b) or len(b) > 1 and b[1].tag_ == "POS")
            and not names_the_owner(b.root)  # "A spokeswoman for the contractor, X Y,"
        ), None)  # fmt: skip
        if kind_named is not None:
            return self._org(kind_named.text), "org"
        described_name = self._body_named_after_description(span)
        if described_name is not None:
            return described_name, "org"  # "The campaign to save the pool, Swim On, said"
        ents = entities_in(span)
        persons = [
            e for e in ents
            if e.label_ == "PERSON" and e.start <= root.i < e.end and not self._role_entity(e)
            and not _capitalised_office(e[0])  # "the Dean, the Very Revd X Y,": an office
            and not self._held_office(e)  # and "The Dean said" after it
            and not plural_noun_opening(e)  # "Campaigners, who ..., said": a group
        ]  # fmt: skip
        if not persons and not self.nested:  # "The chair of the judges, Professor X Y, a
            persons = [
                e for e in ents
                if e.label_ == "PERSON" and (_comma_conjunct(e, root) or _name_then_role(e, root))
            ]  # fmt: skip
        if persons and persons[-1].start not in {b.start for b in self.bodies}:
            return self._person(persons[-1], span), "person"
        titled = next((  # "The Ferries Minister, Cuthbert Hartsell-Crane, stood to tell"
            c for c in root.children if c.dep_ == "appos" and c.i >= span.end  # (or a name
            and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and (
                root.lower_ in self.titles or _capitalised_office(root)))
            and not names_the_owner(c)  # not "A spokesperson for the landlord, Tollan Estates,"
        ), None) if (
            root.lower_ in self.titles or root.is_sent_start or _capitalised_office(root)
        ) else None  # fmt: skip
        if titled is not None:
            return self._person(self.doc[titled.left_edge.i : titled.i + 1], span), "person"
        holder = self._office_holder(span, root)
        if holder is not None:
            return self._person(holder, span), "person"  # "The chair of the club, X Y, said"
        title = quoted_title(root)
        if title:
            return title, "other"  # "the report, "Libraries for All," says"
        name = person_name(span, self.titles)
        if name in self.people:  # a person the model tagged otherwise
            return self._person_name(name, span), "person"
        if name != strip_text(span.text) and any(  # "Dr Bankole-Reid", left untagged
            set(name.split()) <= p.tokens for p in self.people.values()
        ):
            return self._person_name(name, span), "person"
        if len(words) == 1 and (root.pos_ == "PROPN" or root.is_title):
            known = any(root.text in p.tokens for p in self.people.values())
            if known or (root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON")):
                return self._person(span, span), "person"
        epithet = self._epithet(span)
        if epithet is not None:
            return epithet, "person"  # "The 52-year-old said", "The Austrian said"
        if len(words) > 2 and words[0].lower_ == "the" and all(t.is_lower for t in words):
            kind_of = self._kind_of_body(words, root)  # "the parish council" (tagged ORG)
            if kind_of is not None:
                return kind_of, "org"
        possessed = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in root.children)
        body = None if possessed else self._body_word(words, root)  # not "Her office said"
        if body is not None:
            return body, "org"  # "police said" -> "Wendle Valley Police"
        common = root.is_lower and not root.ent_type_  # "said the minister" tagged PROPN
        counted = words[0].dep_ == "nummod" and words[0].ent_type_ != "ORG"  # "One League MP"
        acronym = possessed and root.is_upper and len(root) <= 3  # "his GP": a role, owned
        if (
            not counted
            and not acronym
            and ((root.pos_ == "PROPN" and not common) or root.ent_type_ in ("ORG", "GPE", "FAC"))
        ):
            if honorific_name(span, self.titles):  # "Dr Ines Marvell", tagged ORG
                return self._person_name(person_name(span, self.titles), span), "person"
            titled = titled_person(span, self.titles, self.org_nouns)
            if titled is not None:  # "Ms Rastogi-Mead", "Co-founder Anjali Rastogi-Mead"
                return self._known_person(titled, span), "person"
            body = name_after_opening_role(name_before_aside(span))  # "Receivers X Advisory"
            return self._org(name_after_descriptor(body).text), "org"
        named = self._named_in_apposition(root) or self._name_after(span, root)
        if named is not None:
            return named  # "Her record label, Halcyon Music, said"
        later = None if self.nested else self._named_later(span, root)  # "The chief
        if later is not None:  # executive, Annabel Sturridge, said"
            return later, "person"
        first = span[0]
        labelled = self._labelled_body(span, root) if first.lower_ in ("these", "those") else None
        if labelled is not None:
            return labelled, "org"  # "Then there is X Ltd, .... These cowboys say": the firm
        if (
            first.lower_ in ("the", "this", "that", "its", "their")
            and (root.pos_ == "NOUN" or common)
            and (
                first.head == root  # "the lawyer", not "the defendant's lawyer"
            )
            and not named_author(span, root)  # "The report from the Office for X"
            and not (first.lower_ == "its" and root.lemma_.lower() in document_heads())
        ):  # "according to its website": the owner's, not the document cited last
            earlier = self._definite(root)
            if first.lower_ == "its" and root.tag_ == "NNS" and earlier and earlier[1] == "org":
                body = self._subject_body(span) or earlier[0]  # "Its makers say": the people
                return f"{root.lower_} of {self._the(body)}{body}", "group"  # "makers of X"
            if earlier:
                return earlier
        committee = self._committee_of_named(span, root)
        if committee is not None:
            return committee, "org"  # "the trail committee" -> "Pellham Scarecrow Trail committee"
        headed = self._body_by_head(words, root)
        if headed is not None:
            return headed, "org"  # "after an ombudsman ruled. The Telecoms Redress Ombudsman"
        kind = "group" if root.tag_ in ("NNS", "NNPS") else "other"
        signed = self._signed_owner(span)
        if signed is not None:
            return signed, kind  # "My brother-in-law ... - D.K., Pellingham"
        if root.lemma_.lower() in document_heads() or root.lower_ in document_heads():
            made_by = maker_after_comma(span, root)
            if made_by is not None:
                return made_by, kind  # "The trust's own survey, carried out by X,"
        owned = (
            self._its_subject(span, root) or self._owned(span, root) or self._aside_body(span, root)
        )
        if owned is not None:
            return owned, kind  # "her spokesperson" -> "spokesperson for Skye Maddox"
        described = self._described_unnamed(root)
        if described is not None:
            return described, kind  # "Another witness, a woman who works in a bank"
        published = self._published_by(root)
        if published is not None:
            return published, kind  # "figures it published" -> "department figures published"
        resolved = self._owner_in_description(span, root)
        if resolved is not None:
            return strip_quantifier(strip_text(resolved)), kind  # "a spokesperson for her office"
        pointed = self._thing_in_clause(span, root)
        if pointed is not None:
            return pointed, kind  # "the people who built it" -> "people who built VELTRA"
        span = seen_by_outlet(span, root, self._outlet()) or span  # "internal memo seen by us"
        if root.lemma_.lower() in document_heads() or root.lower_ in document_heads():
            span = without_dated_participle(span, root)  # "figures from X published on Friday"
            span = without_trailing_date(span, root)  # "report published by X in October"
            span = without_aside_clause(span, root)  # "survey by X, which the council paid for"
            span = without_classifying_adjective(span, root)  # "structural survey by X"
            commissioned = maker_commissioned_from(span, root)
            if commissioned is not None:
                return commissioned, kind  # "survey commissioned by the club from X"
        text = strip_quantifier(strip_text(plain_text(span)))
        text = self._fuller_place_of(span, root, text)  # "source at Crossmere"
        text = self._definite_possessive(span, root, text)  # "the council's planning department"
        tie = self._employer_tie(span, root)
        if tie is not None:
            return tie, kind  # "Another economist, at a bank in X," -> "economist at a bank in X"
        at_focus = self._participant_at_focus(span, root)
        if at_focus is not None:
            return at_focus, kind  # "One steward said" -> "steward at the X Ploughing Match"
        post = post_before_anonymity(span, root)
        if post is not None:  # "A member of X who asked not to be named"
            text = strip_quantifier(strip_text(plain_text(post)))
            return self._fuller_owners(span, root, text), kind
        anonymity = asks_anonymity(span, root)
        if anonymity is not None:  # "League MP who asked not to be named"
            text = strip_quantifier(strip_text(plain_text(before_clauses(span, root))))
            return self._fuller_owners(span, root, f"{text} {anonymity}".strip()), kind
        if experience_clause(root):  # "maintenance worker who has spent years on the estate"
            text = strip_quantifier(strip_text(plain_text(before_clauses(span, root))))
        return self._fuller_owners(span, root, text), kind

    def _document_by_named_maker(self, span: Span, root: Token) -> str | None:
        """ "A report by the trust's consultants, Pemberthy Crole, which ... recommends": a
        document whose maker ("by"/"from" a role) is named right after, set off by a comma,
        is the speaker, known by the maker's name as the article words it ("report by
        Pemberthy Crole", "report from Kewley Gault": the keys, 2 of 2), never the person
        or firm named (the document speaks; "Dr X" loses the title as a person's name
        does). Not a role with no name after it, nor an aside ("published in May")."""
        if root.lemma_.lower() not in document_heads() and root.lower_ not in document_heads():
            return None
        prep = next(
            (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None
        )
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is None or obj.pos_ != "NOUN" or obj.i < span.start:
            return None
        comma = obj.i + 1  # (the parser may hang the name on the role or on the verb)
        if comma + 1 >= len(self.doc) or self.doc[comma].text != ",":
            return None
        end = comma + 1
        while end < len(self.doc) and (
            self.doc[end].pos_ == "PROPN" or self.doc[end].lower_ in self.titles
            or self.doc[end].is_title and self.doc[end].ent_type_ in ("ORG", "PERSON")
        ):  # ("Northshire Food Aid": "Aid" tagged a common noun, inside the name)
            end += 1
        if end == comma + 1 or end >= len(self.doc) or self.doc[end].text != ",":
            return None
        name = person_name(self.doc[comma + 1 : end], self.titles)
        first = next((t for t in span if t.dep_ not in ("det", "poss")), root)
        if first.i > root.i or not name:
            return None
        return f"{self.doc[first.i : root.i + 1].text} {prep.text} {name}"

    def _document_by_kind_name(self, span: Span, root: Token) -> str | None:
        """ "A report for the trustees by the surveyors Pell & Crane suggests": a document
        whose maker is given by a kind and then its name ("by the engineering firm X") is
        the speaker, known by the maker's name ("report by Pell & Crane"), as with a maker
        named after a comma (:meth:`_document_by_named_maker`); what it was for is
        description. A maker by name alone ("A survey by X") is left as written."""
        if root.lemma_.lower() not in document_heads() and root.lower_ not in document_heads():
            return None
        first = next((t for t in span if t.dep_ not in ("det", "poss")), root)
        if first.i > root.i:
            return None
        if all(kind_adjective(t, root) for t in self.doc[first.i : root.i]):
            first = root  # "A structural survey by the engineers X": "survey by X"
        doc = self.doc
        prep = next((
            t for t in span
            if t.i > root.i and t.lower_ in ("by", "from")
            and (t.head == root or t.head.dep_ == "pobj" and t.head.head.head == root)
        ), None)  # fmt: skip
        if prep is None or prep.i + 3 >= len(doc) or doc[prep.i + 1].lower_ != "the":
            return None
        i = prep.i + 2
        while i < min(len(doc), prep.i + 5) and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ"):
            i += 1  # "the hydrographers", "the engineering firm"
        if i == prep.i + 2 or i >= len(doc) or not doc[i].is_title:
            return None
        end = i
        while end < len(doc) and (doc[end].is_title or doc[end].text == "&" and end > i):
            end += 1
        name = doc[i:end]
        if doc[end - 1].text == "&" or not any(t.ent_type_ in ("ORG", "PERSON") for t in name):
            return None
        return f"{doc[first.i : root.i + 1].text} {prep.text} {person_name(name, self.titles)}"

    def _counted_group(self, pos: int) -> str | None:
        """ "Two members of staff ... told Packetline .... One described ... the other
        said": "the other" standing alone is the other member of the counted group that
        spoke last, in its sentence or the one before, so that group (as "One of them" after
        a counted group is: docs/annotation_rules.md, section 5). Only a group the text
        counted ("two members of staff"), never a person or an uncounted crowd."""
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if not self.history or self.history[-1][2] < start:
            return None
        canonical, kind, _, _ = self.history[-1]
        first = canonical.split()[0].lower() if canonical.split() else ""
        return canonical if kind == "group" and first in counts_kept() else None

    def _whose_document(self, span: Span, words: list[Token]) -> str | None:
        """ "Skylarke, whose television adverts promise ...": a document owned through
        "whose" belongs to the name the relative word stands for, written as its own
        pronoun owner would be ("its website" -> "Brightwick's website"): a body's name as
        the text gives it there, a person's full name ("Her final annual report" -> "X's
        final annual report"; guide, section 1). Not a document ("whose lawyer said")."""
        if len(words) < 2 or words[0].tag_ != "WP$" or span.start < 2:
            return None
        root = span.root
        if root.lemma_.lower() not in document_heads() and root.lower_ not in document_heads():
            return None
        verb = next((a for a in root.ancestors if a.dep_ == "relcl"), None)
        named = verb.head if verb is not None else None
        if named is None or named.i >= span.start:
            before = self.doc[span.start - 1]  # the parser hung the clause elsewhere
            named = self.doc[span.start - 2] if before.text == "," else None
        if named is None or named.pos_ != "PROPN":
            return None
        start = named.i
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].is_title:
            start -= 1
        owner = self.doc[start : named.i + 1].text
        full = person_name(self.doc[start : named.i + 1], self.titles)
        if full in self.people or any(set(full.split()) <= p.tokens for p in self.people.values()):
            owner = self._person_name(full, self.doc[start : named.i + 1])
        rest = self.doc[words[1].i : root.i + 1].text
        return f"{owner}{possessive(owner)} {rest}"

    def _body_by_head(self, words: list[Token], root: Token) -> str | None:
        """ "A woman must be paid £650, after an ombudsman ruled .... The Telecoms Redress
        Ombudsman said": an indefinite "a"/"an" and a singular noun that is the head word
        (the last, capitalised word) of the name of one body the article names before the
        speaker or in the next sentence is that body, written with its fullest name (guide,
        section 1). Not when two bodies of different names share the head ("a council
        ruled" after two councils), nor a word no body's name ends in ("a spokesman")."""
        if len(words) != 2 or words[0].lower_ not in ("a", "an") or root != words[1]:
            return None
        if root.tag_ != "NN" or not root.is_lower:
            return None
        sent = root.sent
        limit = sent.end
        if sent.end < len(self.doc):
            limit = self.doc[sent.end].sent.end  # named in the next sentence
        names = {
            org_key(b.text): b for b in self.bodies
            if b.end <= limit and b.start != root.i and len(b) > 1
            and b[-1].lower_ == root.lower_ and b[-1].is_title
        }  # fmt: skip
        if len(names) != 1:
            return None
        return self._org(next(iter(names.values())).text)

    def _fuller_owners(self, span: Span, root: Token, text: str) -> str:
        """ "A former member of Fizzwhit's marketing team" after "Fizzwhit Drinks": a
        short name that owns something inside an unnamed person's description ("X's team",
        "X's depot") is written as the fullest name the text gives that body ("former member
        of Fizzwhit Drinks' marketing team"; guide, section 1), as "A Fizzwhit spokeswoman"
        is "spokeswoman for Fizzwhit Drinks". A document keeps its owner word as written
        ("Fizzwhit's own figures", the keys' "Nimbara's whitepaper"), and so does a
        person's name ("a friend of Ana's brother")."""
        if root.pos_ != "NOUN" or root.lemma_.lower() in document_heads():
            return text
        text = self._definite_workplace(span, root, text)
        for tok in span:
            mark = tok.nbor() if tok.i + 1 < span.end else None
            if tok.pos_ != "PROPN" or mark is None or mark.tag_ != "POS" or tok.i <= span.start:
                continue
            start = tok.i
            while start > span.start and self.doc[start - 1].pos_ == "PROPN" and (
                self.doc[start - 1].is_title
            ):
                start -= 1
            short = self.doc[start : tok.i + 1].text
            if any(set(short.split()) & p.tokens for p in self.people.values()):
                continue
            fuller = self._fullest_run(short)
            if not fuller or fuller == short or f"{short}{mark.text}" not in text:
                continue
            return text.replace(f"{short}{mark.text}", f"{fuller}{possessive(fuller)}", 1)
        return text

    def _definite_workplace(self, span: Span, root: Token, text: str) -> str:
        """ "A director at the firm", "staff at the chain": a definite organisation noun
        ("the firm", "the chain", "the council") that says where an unnamed speaker works
        is the body it points back to, as it would be if it spoke itself ("director at
        Dray & Mossop"; guide, section 1: the owner resolved). Only the bare noun with
        "the" right after "at", "for", "of" or "from" on the speaker's own noun; left as
        written when no one body fits (two firms named, none named)."""
        for tok in span:
            if tok.i <= root.i or tok.dep_ != "pobj" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                continue
            prep = tok.head
            sites = words_of("workplace_sites") | words_of("site_heads")
            preps = ("at", "for", "of", "from", "in") if tok.lemma_.lower() in sites else (
                "at", "for", "of", "from"
            )  # ("An aid worker in the camp")
            if prep.head != root or prep.lower_ not in preps:
                continue
            bare = [c.lower_ for c in tok.lefts] == ["the"] and not any(
                c.i < span.end and not _aside_clause(c) for c in tok.rights
            )  # (a clause after the noun, "who asked not to be named", is the speaker's;
            # set off by a comma, the parser may hang it on the noun: "A senior official at
            # the ministry, who would speak only anonymously," works at the ministry)
            if not bare:
                continue
            if tok.lemma_.lower() in self.org_nouns:
                found = self._workplace_body(tok)
            elif tok.lemma_.lower() in body_heads():
                # "a member of the board", "an official at the authority": the one board or
                # authority named before, if one only (the keys from round AE on; the older
                # ones left a workplace as written: "a consultant at the hospital")
                found = self._only_body_named_for(tok)
                if found is None:  # "an official at the ministry" after "the transport
                    found = self._modified_mention(tok)  # ministry": that ministry
            elif tok.lemma_.lower() in sites:
                found = self._named_site(tok)  # "A cleaner at the hotel": the Sorrelmont Hotel
            else:
                continue
            words = f"{prep.text} the {tok.text}"
            if found is not None and f" {words}" in f" {text}":
                return re.sub(rf"\b{re.escape(words)}\b", f"{prep.text} {found}", text, count=1)
        return text

    def _named_site(self, tok: Token) -> str | None:
        """ "A cleaner at the hotel" after "the Sorrelmont Hotel", "A manager at the plant"
        after "the Hollinbrae plant": the one place the article named before with that
        kind noun after a capitalised name (``workplace_sites``, ``site_heads``), as the
        article writes it ("the Sorrelmont Hotel", "Drewsteign Prison"), a kind word
        between them left out as the keys write the place ("the Marrowdene displacement
        camp" -> "Marrowdene camp"). None when two such places are named ("the Sorrelmont
        Hotel" and "the Quayside Hotel"), when none is, or when the name before the noun is
        a person's ("the Lorne hotel" after "Ada Lorne")."""
        word = tok.lower_
        names: dict[str, str] = {}
        for t in self.doc[: tok.i]:
            if t.lower_ != word or t.i == 0:
                continue
            end = t.i  # "Marrowdene displacement camp": the name, then the kind words
            while end > 0 and end > t.i - 2 and self.doc[end - 1].pos_ == "NOUN" and (
                self.doc[end - 1].dep_ == "compound" and self.doc[end - 1].is_lower
            ):
                end -= 1
            start = end
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and (
                self.doc[start - 1].is_title
            ):
                start -= 1
            if start == end:
                continue  # "the hotel", "a new hotel": no name
            run = self.doc[start:end]
            if any(
                set(run.text.split()) & p.tokens and p.name.split()[-1].lower() != word
                for p in self.people.values()
            ):  # "the Lorne hotel" run by a person the text names (not "Drewsteign
                continue  # Prison" itself, a place the model took for a person)
            the = "the " if start > 0 and self.doc[start - 1].lower_ == "the" else ""
            name = f"{run.text} {t.text}"
            names.setdefault(name.lower(), f"{the}{name}")
        return next(iter(names.values())) if len(names) == 1 else None

    def _only_body_named_for(self, tok: Token) -> str | None:
        """The one body named before ``tok`` with its noun in the name ("the board" after
        "the Westmarch Arts Board"); None when two are ("the Arts Board" and "the Water
        Board": which board is meant is the reader's guess) or none is."""
        word = tok.lower_
        names = {
            self._org(e.text) for e in self.bodies
            if e.end <= tok.i and word in e.text.lower().split() and e.text.lower() != word
        }  # fmt: skip
        return names.pop() if len(names) == 1 else None

    def _workplace_body(self, tok: Token) -> str | None:
        """The body "the firm" in "a director at the firm" stands for: the one that noun
        introduced ("PageHaus, the chain that ...", "the retail chain PageHaus") or whose
        name ends in it ("the council" for "X Borough Council"); else, for a business
        noun, the one body that spoke for itself in this sentence or the one before and
        is the only body named there ("Estate agents X said .... A director at the
        firm"). None when two bodies could be meant."""
        lemma = tok.lemma_.lower()
        named = self._kind_named(tok) or self._apposed_body(tok) or self._named_body(tok)
        if named is not None:
            return named if isinstance(named, str) else named[0]
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        apposed = self._apposed_name(tok, start)
        if apposed is not None or lemma in load_body_nouns():
            return apposed
        spoke = {h[0]: h[2] for h in self.history if h[1] == "org" and h[2] >= start}
        near = {  # (not a word of the name that spoke: "Estate agents X" read as "Estate")
            self._org(b.text) for b in self.bodies
            if start <= b.start and b.end <= tok.i
            and not any(self.doc[at] in b.root.subtree or b.root in self.doc[at].subtree
                        for at in spoke.values())
        }  # fmt: skip
        public = load_not_businesses()
        if len(spoke) != 1 or near - set(spoke) or public & set(next(iter(spoke)).lower().split()):
            return None
        return next(iter(spoke))

    def _apposed_name(self, tok: Token, start: int) -> str | None:
        """ "Meanwhile PageHaus, the chain that wants the unit, ...": a capitalised name
        (the model left untagged) that an earlier noun of the same word stood in
        apposition to, in this sentence or the one before, outside anyone's words."""
        lemma = tok.lemma_.lower()
        names = set()
        for noun in self.doc[start : tok.i]:
            if noun.lemma_.lower() != lemma or noun.dep_ != "appos" or noun.pos_ != "NOUN":
                continue
            name = noun.head
            if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.i > noun.i:
                continue  # ("PageHaus": a capital inside the name too)
            if any(s <= name.idx < e for s, e in self.reported):
                continue
            first = name.i
            while first > start and self.doc[first - 1].pos_ == "PROPN" and (
                self.doc[first - 1].dep_ == "compound"
                and not self.doc[first - 1].is_stop  # "Meanwhile PageHaus": no part of it
            ):
                first -= 1
            names.add(self._org(self.doc[first : name.i + 1].text))
        return names.pop() if len(names) == 1 else None

    def _fuller_place_of(self, span: Span, root: Token, text: str) -> str:
        """ "A source at Crossmere" after "Crossmere Athletic striker X Y": a short name
        that closes an unnamed speaker's description ("at", "for", "of" a body) is written
        as the fullest name the text gives that body ("source at Crossmere Athletic")."""
        last = span[-1]
        if last.pos_ != "PROPN" or last.dep_ != "pobj" or last.head.head != root:
            return text
        if last.head.lower_ not in ("at", "for", "of", "from", "with", "inside", "within"):
            return text
        short = self.doc[last.left_edge.i : last.i + 1]
        if not all(t.pos_ == "PROPN" and t.is_title for t in short) or not text.endswith(
            short.text
        ):
            return text
        if any(set(short.text.split()) & p.tokens for p in self.people.values()):
            return text  # "a friend of Ana": a person's
        fuller = self._fullest_run(short.text)
        return text[: -len(short.text)] + fuller if fuller else text

    def _office_of_named(self, span: Span) -> str | None:
        """ "The office of the MP, Osric Pellew, said": a name in apposition after "the
        <thing> of the <title>" names the title's holder, and the thing speaks ("office of
        Osric Pellew", as "her spokesperson" is "spokesperson for X"); the thing is never
        a person's role ("The chair of the MP's party, X Y," is X Y)."""
        name = span.root
        if name.dep_ != "appos" or name.ent_type_ != "PERSON" or name.i < span.end - 1:
            return None
        thing = name.head
        if thing.pos_ != "NOUN" or thing.lower_ in self.titles or thing.lower_ in person_heads():
            return None
        if not any(c.lower_ == "the" for c in thing.children) or thing.i > name.i:
            return None
        role = next((
            o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.i < name.i
        ), None)  # fmt: skip
        acronym = role is not None and role.is_upper and 2 <= len(role) <= 4  # "the MP"
        if role is None or not (acronym or role.lower_ in self.titles):
            return None
        person = self._person(self.doc[name.left_edge.i : name.i + 1], span)
        return f"{thing.lower_} of {person}"

    def _committee_of_named(self, span: Span, root: Token) -> str | None:
        """ "the trail committee said" when the text names one "Pellham Scarecrow Trail":
        the committee of a named event or body, written with its name ("Pellham Scarecrow
        Trail committee"; 4 keys of 4 that name the thing, "hall committee" kept where
        no hall is named). Only "the" + one lower-case noun + "committee", and only when
        exactly one capitalised name ends in that noun."""
        if root.lower_ != "committee" or len(span) != 3 or span[0].lower_ != "the":
            return None
        kind = span[1]
        if kind.dep_ != "compound" or not kind.is_lower or not kind.is_alpha:
            return None
        found = {
            m.group(1).strip()
            for m in re.finditer(
                rf"((?:[A-Z][\w'\u2019-]*\s+){{1,5}}){kind.text.capitalize()}\b", doc_text(self.doc)
            )
        }  # fmt: skip
        names = {_OPENING_WORDS.sub("", n) for n in found}
        names = {n for n in names if n and not n.endswith(("'s", "\u2019s"))}
        names = {n for n in names if not any(m.endswith(f" {n}") for m in names)}  # the fullest
        if len(names) != 1:
            return None
        return f"{names.pop()} {kind.text.capitalize()} {root.text}"

    def _office_holder(self, span: Span, root: Token) -> Span | None:
        """ "The chair of the parish council, Ann Lark, said": the parser hangs a name the
        model left untagged on the body after "of", but a body's name is never two plain
        first-and-last words after a role noun: the name is the role holder's, and she
        speaks (guide, section 1). Not a body's name ("The chair of the charity, Hope
        Trust,": its last word a body's), nor one the model tagged something else."""
        role = root.lower_ in self.titles or root.lower_ in person_heads()
        if root.pos_ != "NOUN" or not role:
            return None
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")]
        for prep in preps:
            for owner in (o for o in prep.children if o.dep_ == "pobj"):
                for name in (c for c in owner.children if c.dep_ == "appos" and c.i < span.end):
                    words = self.doc[name.left_edge.i : name.i + 1]
                    if name.right_edge.i != name.i or not 2 <= len(words) <= 3:
                        continue
                    if any(t.ent_type_ not in ("", "PERSON") or t.pos_ != "PROPN" for t in words):
                        continue
                    if words[-1].lower_ in body_heads() or words[-1].lower_ in self.org_nouns:
                        continue
                    if names_the_owner(name) or owner.lower_ in self.org_nouns:
                        continue  # "A spokeswoman for the contractor, X Y,": the firm
                    if all(t.is_title for t in words):
                        return words
        return None

    def _held_office(self, ent: Span) -> bool:
        """ "The Dean said" after "the Dean, the Very Revd X Y,": one capitalised word
        after "the" that is the role of a person named before is that office, not a name."""
        tok = ent[0]
        if len(ent) != 1 or tok.i == 0 or self.doc[tok.i - 1].lower_ != "the":
            return False
        return any(tok.lower_ in p.roles and p.first < tok.i for p in self.people.values())

    def _role_entity(self, ent: Span) -> bool:
        """ "Founder and chief executive X Y said": one common noun for a role that the
        model tagged a person because it opens the sentence is no name; the name after
        the role words is (guide, section 1: the canonical source is the person)."""
        return len(ent) == 1 and ent[0].pos_ == "NOUN" and (
            ent[0].lower_ in self.titles or ent[0].lower_ in person_heads()
        )

    def _subject_body(self, span: Span) -> str | None:
        """ "The estate, it should be said, has previous. Its owners have ...": "its" after
        a sentence whose subject is a definite body word is that body (the writer's
        subject), resolved as "the estate said" would be."""
        sent = span.sent
        if sent.start == 0:
            return None
        subject = next((c for c in self.doc[sent.start - 1].sent.root.children
                        if c.dep_ == "nsubj"), None)  # fmt: skip
        if subject is None or subject.tag_ != "NN" or not any(
            c.lower_ == "the" for c in subject.children
        ):
            return None
        found = self._definite(subject)
        return found[0] if found is not None and found[1] == "org" else None

    def _labelled_body(self, span: Span, root: Token) -> str | None:
        """ "Then there is X Ltd, the council's favourite contractors. These cowboys say
        ...": "these"/"those" before a plural noun that names no kind of people, document
        or body ("residents", "figures", "councils" keep their own reading) is the
        writer's label for the one body the sentence before names and presents (its
        subject, the complement of "there is", or a name renamed in apposition)."""
        if root.tag_ != "NNS" or span[0].head != root or span.sent.start == 0:
            return None
        lemma = root.lemma_.lower()
        if lemma in people_group_heads() | unnamed_roles() | document_heads() | self.org_nouns:
            return None
        ents = self.doc[span.sent.start - 1].sent.ents
        bodies = {
            strip_text(e.text) for e in ents
            if (e.label_ == "ORG" or trading_name(e)) and self._in_focus(e)
        }  # fmt: skip
        named = {
            strip_text(e.text) for e in ents if e.label_ in ("ORG", "PERSON", "GPE")
        }  # two names of any kind in the sentence before: no one label is sure
        if len(bodies) != 1 or len(named) != 1:
            return None
        return self._org(bodies.pop())

    def _relative_antecedent(self, span: Span) -> tuple[str, str] | None:
        """ "at least forty websites, several of which promised", "40 nurses, some of whom
        said": a share of a relative word is part of the group the relative word stands
        for (guide, section 1: a relative clause's source is the name the relative word
        stands for; "two of them" is the group), known without its count."""
        verb = span.root.head
        noun = verb.head if verb.dep_ == "relcl" else None
        if noun is None and span.start > 1 and self.doc[span.start - 1].text == ",":
            noun = self.doc[span.start - 2]  # the parser hung the clause elsewhere
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= span.start:
            return None
        words = [
            t for t in self.doc[noun.left_edge.i : noun.i + 1]
            if t.dep_ not in ("det", "nummod", "quantmod", "advmod", "punct", "predet")
        ]  # fmt: skip
        name, kind = self._canonical(self.doc[words[0].i : noun.i + 1])
        return name, "group" if kind in ("other", "anonymous") and noun.tag_ == "NNS" else kind

    def _body_named_after_description(self, span: Span) -> str | None:
        """ "The campaign to save the pool, Keep Ourtown Swimming, said": a body described
        by a kind of body ("campaign", "charity", "group") and then named in apposition at
        the end of the speaker is known by its name alone; the model may leave a name
        shaped like a sentence untagged. A person's name there is not a body's."""
        commas = [t.i for t in span if t.text == ","]
        if not commas or commas[0] == span.start:
            return None
        tail = [t for t in self.doc[commas[-1] + 1 : span.end] if not t.is_punct]
        if len(tail) < 2 or not tail[0].is_title or not tail[-1].is_title:
            return None
        if not all(t.is_title or t.lower_ in _NAME_LINKS for t in tail):
            return None
        head = self.doc[span.start : commas[0]].root
        if head.pos_ != "NOUN" or head.lemma_.lower() not in body_heads() | self.org_nouns:
            return None
        name = self.doc[tail[0].i : tail[-1].i + 1]
        if any(e.label_ == "PERSON" for e in name.ents) or name.text in self.people:
            return None
        return self._org(name.text)

    def _body_it_is(self, it: Token) -> str | None:
        """The body an "it" stands for ("the Morvantian Foreign Ministry had called in our
        ambassador, for what it described in a statement as ..."); None for anything else."""
        name, kind = self._pronoun("it", it.i)
        return name if kind == "org" else None

    def _made_by_mention(self, head: Token) -> str | None:
        """ "The code follows a survey by the Norrowby Marine Wildlife Trust. The survey
        found": a definite document that spoke with no owner of its own is the one the
        writer named last (in the eight sentences before) with its maker after
        "by", "of" or "from", written as the article gives it, without the writer's words
        about it ("the sublimely vacuous communique of the Kelmsgard summit" ->
        "communique of the Kelmsgard summit"). None when that document has spoken since
        (the last speaker is meant), or when its maker has no name ("a report by
        consultants")."""
        if any(c.dep_ == "poss" for c in head.children):
            return None
        *_, first = self._sentences_back(head.sent, 9)  # this sentence and eight before
        lemma = head.lemma_.lower()
        for tok in reversed(self.doc[first.start : head.sent.start]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.i in self.speaker_tokens:
                continue
            if any(h[2] > tok.i and h[3] == lemma for h in self.history):
                return None
            return made_by_name(tok)
        return None

    def _definite(self, head: Token) -> tuple[str, str] | None:
        """A definite noun phrase that points back to a source named before.

        "the person" -> the last unnamed speaker with that head noun ("a person
        familiar with the talks"); "the engineer" -> the person introduced as
        one ("Ann Lee, an engineer at ..."); "the ministry" -> the organisation
        with that word in its name; "the company", "its maker" -> the
        organisation in focus. A role that speaks only inside another's quotation
        ("The surgeon came round and said, '...'," he said) is someone in the
        quoter's story: never a person the writer described with that role, and a
        post in a body ("The regional manager came in and said") is the post of the
        body in focus ("regional manager of X").
        """
        lemma, word = head.lemma_.lower(), head.lower_
        if self.nested and lemma in words_of("body_posts") and head.tag_ == "NN":
            body = self._focus_body(head.i)  # "The regional manager came in and said, '...'"
            if body is not None:  # in a volunteer's quotation: the trust's regional manager
                role = self.doc[head.left_edge.i : head.i + 1]
                role_text = " ".join(t.text for t in role if t.dep_ != "det")
                name = self._org(body.text)
                return f"{role_text} of {self._the(name)}{name}", "other"
        event = self._event_named(head)
        if event is not None:
            self.taken_up_as_body.add(event)
            return event, "org"  # "the Quillerby Cheese Festival ..., the organisers said"
        described = [
            p for p in self.people.values()
            if p.first < head.i and {lemma, word} & p.roles
        ] if not self.nested else []  # fmt: skip
        last_named = max((m for p in described for m in p.mentions if m < head.i), default=-1)
        for canonical, kind, at, earlier in reversed(self.history):
            if kind in ("group", "other") and lemma == earlier and at > last_named:
                return canonical, kind  # "the minister said" right after the unnamed one spoke
        if lemma in document_heads() and head.tag_ == "NN":  # "the paper": the study cited
            since = max((h[2] for h in self.history if h[3] == lemma), default=-1)
            mentioned = (  # "... the council's own survey. According to the survey"
                self._owned_mention(head) or issued_in(head, since, self._body_it_is)
                or self._decided_by(head)
                or self._made_by_mention(head)  # "a survey by X. The survey found"
            )  # ("X has upheld a complaint. The ruling says": X's ruling)
            if mentioned is not None:
                return mentioned, "other"
            for canonical, kind, _, earlier in reversed(self.history):
                if kind == "other" and earlier in document_heads():
                    return canonical, kind
        if described:
            owned = self._holder_by_owner(head, described)  # "The Wrangham captain"
            if owned is not None:
                return owned.name, "person"
            return max(described, key=lambda p: max(p.mentions)).name, "person"
        fuller = self._fuller_group(head)
        if fuller is not None:
            return fuller, "group"  # "the Aldersund mediators ... The mediators have suggested"
        before_kind = self._name_before_kind(head)
        if before_kind is not None:
            self.taken_up_as_body.add(before_kind)
            return before_kind, "org"  # "the Save Our Lido campaign ... The campaign says"
        if lemma in self.org_nouns and self._introduced_twice(head):
            return None  # "a programme, X, and a programme, Y. ... The programme said"
        kind_named = self._kind_named(head) if lemma in self.org_nouns else None
        if kind_named is not None:
            return kind_named, "org"  # "the consumer group Which Way ... The group said"
        regulator = self._regulator_named(head)
        if regulator is not None:
            return regulator, "org"  # "fined by the Office of X ... The watchdog said"
        introduced = self._introduced_unnamed(head)
        if introduced is not None:
            return introduced, "other"  # "a former aide to the minister, ... The aide told"
        named = self._body_named_for(head)
        if named:
            return named
        agent = self._agent_of(head)
        if agent is not None:
            return agent
        paper = self._outlet_named(head) if lemma in _NEWS_MEDIA else None
        if paper is not None:
            return paper, "org"  # "Then there was the Dunkery Observer. ... the newspaper"
        presented = self._presented_body(head) if lemma in self.org_nouns else None
        if presented is not None:
            return presented, "org"  # "Then there is Fair Deal Live. ... the programme"
        if lemma in self.org_nouns or word in self.org_nouns:
            business = lemma not in load_body_nouns()  # "the association": not a business
            spoke = self._org_just_spoken(head, business=business)
            if spoke is not None:
                self.taken_up_as_body.add(spoke)
                return spoke, "org"  # "... which it describes as ... According to the streamer"
            body = self._focus_body(head.i, business=business)
            if body is not None:
                return self._org(body.text), "org"
            lead = self._lead_subject_body(head, business) if head.tag_ == "NN" else None
            if lead is not None:  # "X Air cancelled 900 flights. ... The airline said"
                return lead, "org"
            return None
        named = self._person_just_named(head)
        if named is not None:
            return named, "person"
        ahead = self._role_named_next(head)
        if ahead is not None:
            return ahead, "person"
        return None

    def _outlet_named(self, head: Token) -> str | None:
        """ "Then there was the Dunkery Observer. In a story in June, the newspaper
        alleged": "the newspaper" is the last body named before whose name ends in a word
        of a news outlet's name ("Observer", "Gazette"), never the article's own outlet,
        wherever it stood in its sentence (not only as a subject)."""
        own = org_key(outlet_name(self.doc._.kit_outlet or ""))
        for ent in reversed(self.bodies):
            if ent.end > head.i:
                continue
            key = org_key(ent.text)
            if key.split() and key.split()[-1] in outlet_words() and key != own:
                return self._org(ent.text)
        return None

    def _role_named_next(self, head: Token) -> str | None:
        """ "The engineer responsible for the gates told an inquiry on Wednesday that
        ... / Ann Lee, who was chief engineer of the board, said": a news lead that gives
        a person's role first and the name in the next sentence; "the engineer" is the one
        person named there with that role noun in an apposition or relative clause (not
        "who chairs the pay committee" for "the chairman"), when no one before had it."""
        if self.nested or head.tag_ != "NN":
            return None
        roles = {head.lemma_.lower(), head.lower_}
        if any(p.first < head.i and roles & p.roles for p in self.people.values()):
            return None
        sent = head.sent
        if sent.end >= len(self.doc):
            return None
        nxt = self.doc[sent.end].sent
        found = [
            p for p in self.people.values()
            if any(self._role_in_clause(t, roles) for t in nxt if t.text in p.tokens)
        ]  # fmt: skip
        return found[0].name if len(found) == 1 else None

    @staticmethod
    def _role_in_clause(name: Token, roles: set[str]) -> bool:
        """Whether the apposition or relative clause hung on the name ``name`` ends
        gives one of ``roles`` ("X, who was chief engineer of ...", "X, an engineer")."""
        if name.pos_ != "PROPN" or name.dep_ == "compound":
            return False
        return any(
            t.pos_ == "NOUN" and t.lemma_.lower() in roles
            for c in name.children if c.dep_ in ("appos", "relcl") and c.i > name.i
            for t in c.subtree
        )  # fmt: skip

    def _person(self, name_span: Span, speaker: Span) -> str:
        return self._person_name(person_name(name_span, self.titles), speaker)

    def _person_name(self, name: str, speaker: Span, gender: str | None = None) -> str:
        """The known person a name (or surname) belongs to; of several sharing it, those
        of the ``gender`` a pronoun asks for first ("Farrowby laughs. ... she says")."""
        if name in self.people:
            return name
        words = set(name.split())
        candidates = [p for p in self.people.values() if words <= p.tokens]
        if not candidates:
            return name
        gender = gender or honorific_gender(speaker)  # "Mrs Collingvale", not her grandson
        if gender is not None and len(candidates) > 1:
            candidates = [p for p in candidates if self._fits(p.name, gender)] or candidates
        if len(candidates) == 1:
            return candidates[0].name
        if len(words) == 1:  # a surname on its own: "Kierney" is Anselm Kierney, not Kierney Marine
            by_surname = [p for p in candidates if p.name.split()[-1] == name]
            candidates = by_surname or candidates
            if len(candidates) == 1:
                return candidates[0].name
        chosen = self._choose(candidates, speaker)
        chosen.mentions.append(speaker.start)
        return chosen.name

    def _known_person(self, name: str, speaker: Span) -> str:
        """A person a title introduced: their full name, known from now on."""
        name = self._person_name(name, speaker)
        if name not in self.people and len(name.split()) > 1:
            self.people[name] = Person(name, set(name.split()), speaker.start)
        return name

    def _kept_silent(self, person: Person, pos: int) -> bool:
        """ "His son, Emrys Quell, declined to comment": the sentence of the person's last
        mention before ``pos`` has them as the subject of a verb of refusing with a verb of
        speaking under it (``silence_verbs``, ``silenced_speech``), so a later "Mr Quell
        said" is not them (guide, section 1: the surname goes to the right one)."""
        last = max((m for m in person.mentions if m < pos), default=person.first)
        if last >= pos:
            return False
        refusing, speaking = words_of("silence_verbs"), words_of("silenced_speech")
        for verb in self.doc[last].sent:
            if verb.lemma_.lower() not in refusing:
                continue
            speech = any(
                c.dep_ == "xcomp" and c.lemma_.lower() in speaking
                for c in verb.children
            )  # fmt: skip
            subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if speech and any(s.left_edge.i <= last <= s.right_edge.i for s in subject):
                return True
        return False

    def _choose(self, candidates: list[Person], speaker: Span) -> Person:
        """Among people sharing a name (guide, section 1: normally the most recent
        person with that name): the one the context describes ("Wu from the X
        Institute"), else one introduced before, picked out in the sentence before
        by the noun of their description ("Her brother ..."), else the one left when
        the others were last seen declining to speak, else the one mentioned most
        recently."""
        context = context_words(speaker)
        if context:
            scored = [(shared_words(context, content_words(p.description)), p) for p in candidates]
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
        by_name = self._given_name_cue(earlier, speaker)  # "Ms Gilchrest": Rufina's
        if by_name is not None:
            return by_name
        silent = [p for p in earlier if self._kept_silent(p, pos)]
        if len(earlier) - len(silent) == 1:  # "... His son, Z Y, declined to comment. Mr Y
            return next(p for p in earlier if p not in silent)  # said": not the son
        return max(earlier, key=lambda p: max([m for m in p.mentions if m < pos] or [p.first]))


#: a capitalised article or pronoun that opens a sentence before a name: "The Pellham Trail"
_OPENING_WORDS = re.compile(r"^(?:(?:The|A|An|This|Its|Our|Their|His|Her)\s+)+")


def _capitalised_office(tok: Token) -> bool:
    """ "the Dean, the Very Revd X Y, said", "the Provost, X Y,": one capitalised word
    after "the", with a name in apposition after it, is an office written with a capital,
    not a name (a name takes no article); the person named after it speaks."""
    return (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and tok.is_title
        and tok.pos_ == "PROPN" and tok.dep_ != "compound"
        and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i for c in tok.children)
    )  # fmt: skip


def _comma_conjunct(ent: Span, root: Token) -> bool:
    """ "The chair of the judges, Professor X Y, a man who ...": a person's name set off
    by a comma after a role noun that the parser read as a conjunct of the role, with no
    "and"/"or" to join them, is in apposition to it: the person who spoke. Never two
    joined people ("The chair and Ann Lee") nor a name after "for"/"of" (the owner's)."""
    name = ent.root
    if name.dep_ != "conj" or name.head != root or root.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("cc", "preconj") for c in root.children):
        return False
    start = name.left_edge.i
    return start > root.i and root.doc[start - 1].text == ","


def _name_then_role(ent: Span, root: Token) -> bool:
    """ "Ada Penhallow, chair of Pellow parish council, said": a person's name opening the
    speaker, set off by a comma before a role noun that the parser made the head (the
    name its modifier), is the person who spoke; the role describes her (guide, section
    1: the fullest name, without the description)."""
    name = ent.root
    if name.head != root or root.pos_ != "NOUN":
        return False
    if name.dep_ not in ("nmod", "compound", "npadvmod"):
        return False
    after = ent.end
    return after < root.i and root.doc[after].text == "," and not any(
        c.dep_ in ("cc", "preconj") for c in root.children
    )


def _without_possessive(name: Span) -> Span:
    """ "Grellingham Borough Council's highways committee": the model may tag the
    owner with its possessive mark; the body's name is the words before the mark, so
    that "the council" and "the council's" find it as they find "X Borough Council"."""
    if len(name) > 1 and name[-1].tag_ == "POS":
        return name[:-1]
    return name


def _without_adjectives(span: Span, name: str) -> str:
    """ "The timid Fisheries Standards Board says", "the powerful X Association said": the
    lower-case adjectives the writer puts before a body's capitalised name are the
    writer's word for it, no part of the name (guide, section 1: the fullest name the
    article gives). Only adjectives, and only right before a capitalised name of two
    words or more: "policy committee of X Bank" keeps its nouns, "local GP" its word."""
    words = name.split()
    lead = 0
    while lead < len(words) and words[lead].islower():
        lead += 1
    rest = words[lead:]
    if lead == 0 or len(rest) < 2 or not rest[0].istitle():
        return name  # "local GP": a role written with an acronym, not a body's name
    adjectives = {t.text for t in span if t.pos_ == "ADJ" and t.dep_ == "amod"}
    if not all(w in adjectives for w in words[:lead]):
        return name
    return " ".join(words[lead:])

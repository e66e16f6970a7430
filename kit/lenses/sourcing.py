"""The sourcing lens: how good is each source (annotation guide, section 2).

It reads only the ``attributions`` span group and the parsed ``Doc``: for
every canonical source it writes one row to ``doc._.kit_sources`` with its type
(``named_person``, ``named_organization``, ``document``, ``unnamed_group``,
``anonymous``), the credential the article gives it, whether it spoke to the
outlet itself ("told the Daily Star"), how many attributions it has and
how many words the article quotes from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.errors import KitError
from kit.lenses.shared import doc_quotes, doc_text, forget_sentences, span_text
from kit.lenses.sourcing_kinds import (
    bare_listener,
    business_name,
    contact_listeners,
    described_body_name,
    generic_scholars,
    group_of_partitive,
    located_group,
    misread_plural,
    named_in_apposition,
    of_named_body,
    opening_listener,
    organization_name,
    outlet_document,
    outlet_name,
    person_figure,
    role_acronyms,
    same_outlet,
    seen_by_outlet,
    unnamed_bodies,
    who_clause,
)
from kit.lenses.speaker_entities import plural_noun_opening
from kit.lenses.speaker_names import account_owner, body_heads
from kit.lenses.speaker_people import pseudonym
from kit.lenses.speakers import (
    description_head,
    description_of,
    org_key,
    person_name,
    titles_of,
)
from kit.lexicon import LexiconComponent
from kit.quotes import Quote, is_term

#: An entity with its person-name and organisation keys, computed once per doc.
Mention = tuple[Span, str, str]
PRONOUNS = lexicon.word_set("source_words", "pronouns")
#: A canonical source that is only a pronoun names no one the reader could check: the
#: writer ("I asked", "we found" in a quote left unresolved) or a "she" nothing resolved
BARE_PRONOUNS = PRONOUNS | {"me", "us", "you"}

#: A body's canonical that names the body it is part of ("housing department of X
#: Council", "monetary policy committee of the Central Bank of Y"): the keys type
#: such a part of a named body as a named organisation
_OF_NAMED = re.compile(r" of (?:the )?[A-Z]")

#: What may stand before a bare title ("developer Teodor Vasko"): a word boundary with no
#: "the", "a" or "an" just before it (see :func:`_bare_title`).
_BARE_BEFORE = re.compile(r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )\b")
_BOUNDARY = re.compile(r"\b")


def _bare_title(text: str, titled: str) -> bool:
    """Whether ``titled`` ("developer Teodor Vasko") stands in ``text`` as whole words with
    no article before it (not "the developer Harrowfield Estates"): the same as searching
    for ``(?<![Tt]he )(?<![Aa] )(?<![Aa]n )\\b<titled>\\b``, but each place ``titled``
    stands is found by ``str.find`` and checked by two fixed patterns, so no pattern is
    compiled for each source (about 0.5 ms each)."""
    at = text.find(titled)
    while at != -1:
        if _BARE_BEFORE.match(text, at) and _BOUNDARY.match(text, at + len(titled)):
            return True
        at = text.find(titled, at + 1)
    return False


@dataclass
class SourceLexicon:
    """Word lists that decide a source's type and whether a listener is an outlet."""

    document_heads: set[str]
    anonymous_heads: set[str]
    anonymity_markers: list[str]
    not_outlets: list[str]
    outlet_words: set[str]
    organization_heads: set[str]
    self_listeners: set[str]
    group_heads: set[str]
    listener_verbs: set[str]

    @classmethod
    def load(cls, path: str | Path) -> SourceLexicon:
        """Read a source-type lexicon file ("default" for ``source_types.yaml``)."""
        try:
            data = lexicon.load(path, "source_types")
        except KitError as err:
            raise KitError(f"cannot read the source-type lexicon {path}: {err}") from err
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: dict) -> SourceLexicon:
        """Build from a parsed ``kit/lexicons/source_types.yaml`` (or a file like it)."""

        def words(key: str, field: str = "word") -> list[str]:
            return lexicon.words(data, key, field)

        return cls(
            document_heads=set(words("document_heads")),
            anonymous_heads=set(words("anonymous_heads")),
            anonymity_markers=words("anonymity_markers", "phrase"),
            not_outlets=words("not_outlets", "phrase"),
            outlet_words=set(words("outlet_words")),
            organization_heads=set(words("organization_heads")),
            self_listeners=set(words("self_listeners")),
            group_heads=set(words("group_heads")),
            listener_verbs=set(words("listener_verbs")),
        )


@Language.factory(
    "kit_sourcing",
    default_config={"types": "default", "titles": "default", "attributions_key": "attributions"},
    requires=["doc.spans", "span._.kit_canonical", "span._.kit_speaker", "doc._.kit_speakers"],
    assigns=["doc._.kit_sources"],
)
def make_sourcing(
    nlp: Language, name: str, types: str, titles: str, attributions_key: str
) -> SourcingComponent:
    """The sourcing component. ``types``/``titles``: "default" or a path to a lexicon."""
    return SourcingComponent(types, titles, attributions_key)


class SourcingComponent(LexiconComponent):
    """Builds ``doc._.kit_sources`` from the attributions span group."""

    def __init__(
        self,
        types: str = "default",
        titles: str = "default",
        attributions_key: str = "attributions",
    ) -> None:
        self.attributions_key = attributions_key
        self._use_lexicons({"types": (types, "source_types"), "titles": (titles, "titles")})

    def _build(self) -> None:
        self.lexicon = SourceLexicon.from_data(self.store.data("types"))
        self.titles = titles_of(self.store.data("titles"))

    def __call__(self, doc: Doc) -> Doc:
        self._require_lexicons()
        attributions = list(doc.spans.get(self.attributions_key, []))
        text = doc_text(doc)
        quotes = [q for q in doc_quotes(doc) if not is_term(text, q)]
        ents = [(ent, person_name(ent, self.titles), org_key(span_text(ent))) for ent in doc.ents]
        resolved = doc._.kit_speakers or {"people": {}, "bodies": []}
        self.people: dict[str, str] = resolved["people"]  # name -> description
        self.bodies: list[str] = resolved["bodies"]
        groups: dict[str, list[Span]] = {}
        written: dict[str, str] = {}  # one row per source, whatever the case of its first word
        for span in attributions:
            name = span._.kit_canonical
            if not name or name.lower() in BARE_PRONOUNS:
                continue  # the writer ("I asked him"), or a pronoun nothing resolved
            # every canonical source gets a row (guide, section 2), also one quoted inside
            # another's quotation with an act of its own ("He told me, '...'": the father)
            name = written.setdefault(name.casefold(), name)
            groups.setdefault(name, []).append(span)
        doc._.kit_sources = [
            self._row(doc, text, ents, name, spans, quotes) for name, spans in groups.items()
        ]
        forget_sentences(doc)
        return doc

    def _row(
        self,
        doc: Doc,
        text: str,
        ents: list[Mention],
        canonical: str,
        spans: list[Span],
        quotes: list[Quote],
    ) -> dict:
        named = _naming_mention(doc, spans)  # (found once: the organisation test reads it too)
        speaker = named or _written_mention(doc, canonical, spans)
        kind = self.source_type(ents, canonical, speaker)
        person = self.people.get(canonical)
        one = kind == "named_organization" and _speaks_as_one(text, canonical, spans, quotes)
        if kind != "document" and not one and self._organization_evidence(
            doc, canonical, spans, named
        ):
            kind = "named_organization"
        elif (
            person is not None and kind in ("named_organization", "anonymous")
            and not business_name(canonical) and not self._names_organization(canonical)
            and not organization_name(canonical)
        ):  # fmt: skip
            # a full name the model took for an organisation or a place, or a person
            # the article names but who speaks only as "she" or "he"
            kind = "named_person"
        elif one:
            kind = "named_person"  # '"I've never raised my voice," said Priti Sandhu'
        if speaker is not None and described_body_name(
            speaker, canonical, self.lexicon.organization_heads
        ):
            kind = "named_organization"  # "The campaign to save the pool, Swim On, said"
        if kind == "named_person" and pseudonym(text, canonical):
            kind = "anonymous"  # "Keir (not his real name)": no name to check
        description = describe(doc, ents, canonical, kind, speaker)
        if not description and person is not None and kind == "named_person":
            description = person
        titled = f"{description} {canonical}"  # (looked for as a string before a pattern)
        false_title = person is not None and bool(description) and _bare_title(text, titled)
        if kind == "named_person" and self._names_organization(description) and not false_title:
            kind = "named_organization"  # not "developer Teodor Vasko": a person's false title
        return {
            "canonical": canonical,
            "type": kind,
            "description": description,
            "outlet_exclusive": any(self.told_outlet(doc, s, quotes) for s in spans)
            or seen_by_outlet(doc, spans, self.lexicon.self_listeners)
            or kind == "document"
            and outlet_document(speaker, org_key(outlet_name(doc._.kit_outlet)), org_key),
            "attributions": len(spans),
            "quoted_words": quoted_words(text, spans, quotes),
        }

    def _outlet_owner(self, canonical: str) -> bool:
        """The owner before "'s" ends in a newspaper's name word ("Kestwick Argus")."""
        owner = re.split(r"['\u2019]", canonical)[0].lower().split()
        return bool(owner) and owner[-1] in self.lexicon.outlet_words

    # -- type -------------------------------------------------------------------
    def source_type(self, ents: list[Mention], canonical: str, speaker: Span | None) -> str:
        """named_person, named_organization, document, unnamed_group or anonymous."""
        label = _entity_label(ents, canonical)
        if organization_name(canonical):
            return "named_organization"  # "Gorsemoor Constabulary", "Harkaway Racing"
        if label == "PERSON" and business_name(canonical):
            label = "ORG"  # "Tamsworth Lettings": a trading name the model took for a person
        head = speaker.root.i if speaker is not None else -1
        plural = speaker is not None and plural_noun_opening(speaker.doc[head : head + 1])
        if label == "PERSON" and plural:
            label = ""  # "Campaigners, who ..., said": a plural noun opening the sentence
        if label == "PERSON":
            return "named_person"
        owned = re.match(r"^[^'\u2019]+['\u2019]s?\s+(?:own\s+)?(.+)$", canonical)
        if owned and description_head(owned.group(1)) in self.lexicon.document_heads:
            return "document"  # "Courant's correction on page 2", "council's own survey"
        if owned and owned.group(1) in ("leader", "editorial") and self._outlet_owner(canonical):
            return "document"  # "the Argus's leader": a paper's leader is its editorial
        if speaker is None:
            return "anonymous"
        speaker = account_owner(speaker) or speaker  # "the council's account": the council
        root = (named_in_apposition(speaker, canonical, org_key) or speaker).root
        root = group_of_partitive(speaker, canonical) or root  # "a few said": the residents
        around = _speaker_clause(speaker).lower()  # "X, speaking on condition of anonymity,"
        if speaker[0].lower_ == "it" or any(m in around for m in self.lexicon.anonymity_markers):
            return "anonymous"
        lemma = root.lemma_.lower()
        if root.is_upper and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in root.children):
            return "anonymous"  # "his GP", "her MP": an unnamed person's role, owned
        if _hearsay(root) or person_figure(root) or generic_scholars(root):
            return "anonymous"  # "according to reports in X"; "a senior figure"; "ecologists"
        if role_acronyms(root):
            return "unnamed_group"  # "regional MPs called for": people by role
        bodies = unnamed_bodies(root, self.lexicon.organization_heads)
        if bodies:
            return bodies  # "consumer groups say": several bodies, none named
        if root.pos_ == "NOUN" and lemma in self.lexicon.document_heads:
            return "document"
        if root.ent_type_ == "PERSON" and not plural:
            return "named_person"
        common = (  # "Inspectors noted": a plural common noun capitalised to open a sentence
            root.is_sent_start and (not root.ent_type_ or plural) and root.tag_ in ("NNS", "NNPS")
            and (
                lemma.rstrip("s") in self.lexicon.group_heads | self.lexicon.anonymous_heads
                or re.search(r"[a-z]{3}(?:ist|er|or|ian|ee|ant|ent)s$", root.lower_)
            )
        ) or misread_plural(root)  # fmt: skip
        if common:
            if lemma == root.lower_:
                lemma = lemma.rstrip("s")  # a lemma the model left plural ("Inspectors")
        elif root.pos_ == "PROPN" and not label and who_clause(root):
            return "named_person"  # "Ffion Llewyr-Pugh, who runs a dairy herd, said"
        elif root.pos_ == "PROPN" or label in ("ORG", "GPE", "NORP", "FAC"):
            return "named_organization"
        if lemma in self.lexicon.organization_heads and root.tag_ == "NN":
            return "named_organization"  # "the city's water ministry", "the commission"
        if (
            root.tag_ == "NN" and lemma in body_heads() and lemma not in self.lexicon.group_heads
            and _OF_NAMED.search(canonical)
        ):  # fmt: skip
            return "named_organization"  # "the committee": "policy committee of X Bank"
        if lemma in self.lexicon.document_heads:
            return "document"
        if lemma in self.lexicon.group_heads:
            return "unnamed_group"  # "the club's medical staff": a collective noun
        if root.tag_ == "NNS" and of_named_body(root):
            return "unnamed_group"  # "Forecasters at the National Forecasting Agency"
        if root.tag_ == "NNS" and re.search(r"\bwho \w+ [A-Z]", canonical):
            return "unnamed_group"  # "people who built VELTRA": a group by what they made
        if located_group(root):
            return "unnamed_group"  # "residents of Tellowby": a group pinned to a place
        if lemma in self.lexicon.anonymous_heads or root.lower_ in self.lexicon.anonymous_heads:
            return "anonymous"
        nouns = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if root.tag_ in ("NNS", "NNPS") or nouns:  # "the mayor and her deputy"
            return "unnamed_group"
        return "anonymous"

    def _organization_evidence(
        self, doc: Doc, canonical: str, spans: list[Span], named: Span | None
    ) -> bool:
        """The text treats a name as a body: it is described as one ("X, the maker
        of ..."), taken up as "the company" or "its maker", or followed by "which".
        ``named``: the source's first mention by name (:func:`_naming_mention`)."""
        if named is not None and misread_plural(named.root):
            return False  # "Paramedics said": a group by role the model took for a name
        if canonical not in self.people and any(
            org_key(b) == org_key(canonical) for b in self.bodies
        ):
            return True
        for span in spans:
            if not span._.kit_speaker:
                continue
            speaker = doc.char_span(*span._.kit_speaker, alignment_mode="expand")
            if speaker is None:
                continue
            root = speaker.root
            noun = root.pos_ == "NOUN" and root.tag_ != "NNS"  # not "consumer groups"
            if noun and root.lemma_.lower() in self.lexicon.organization_heads:
                return True
            for child in root.children:
                if child.dep_ == "relcl" and any(t.lower_ == "which" for t in child.children):
                    return True
        return False

    def _names_organization(self, description: str) -> bool:
        """ "a private imaging company": the description's head noun is an organisation
        (not "a veteran broadcaster who has moderated ...": "who" describes a person)."""
        if re.search(r"\bwho\b", description):
            return False
        head = re.split(r"\s+(?:of|at|in|for|on|with|that|which|who|set|based)\s+", description)[0]
        words = head.lower().split()
        return bool(words) and words[-1] in self.lexicon.organization_heads

    # -- outlet -----------------------------------------------------------------
    def _is_self(self, name: str) -> bool:
        """ "us", "this newspaper", "our reporter Ann Vale": the outlet speaks of itself
        (a self listener of two or more words may have its reporter's name after it)."""
        return name in self.lexicon.self_listeners or any(
            " " in s and name.startswith(f"{s} ") for s in self.lexicon.self_listeners
        )

    def told_outlet(self, doc: Doc, cue: Span, quotes: list[Quote] = ()) -> bool:
        """True when the cue names a news outlet as the listener ("told Reuters")."""
        verbs = self.lexicon.listener_verbs
        listener = _listener(cue) or _head_listener(cue, verbs)
        listener = listener or opening_listener(cue, verbs) or bare_listener(cue)
        outlet = outlet_name(doc._.kit_outlet)
        if any(
            self._is_self(heard.text.lower())
            or bool(outlet) and same_outlet(org_key(outlet), org_key(heard.text))
            for heard in contact_listeners(cue)
        ):
            return True  # "Asked by the Record whether ..., she said"
        if listener is None:
            return False
        name = listener.text.lower()
        if name in ("me", "us") and _inside_quote(cue, quotes):
            return False  # '"My grandmother used to tell us ..."': the speaker's "us"
        if self._is_self(name):
            return True  # "she told us": the outlet speaks of itself
        if outlet:
            # "told the Gazette" in The Ostley Gazette: the outlet's name or short name
            return same_outlet(org_key(outlet), org_key(listener.text))
        if any(p in name for p in self.lexicon.not_outlets):
            return False
        words = set(re.findall(r"\w+", name))
        proper = any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in listener)
        return proper and bool(words & self.lexicon.outlet_words)


def _inside_quote(cue: Span, quotes: list[Quote]) -> bool:
    """The cue stands inside quotation marks: someone else's words, not the writer's."""
    start = cue.start_char
    return any(q.inner_start <= start < q.inner_end for q in quotes)


def _hearsay(root: Token) -> bool:
    """ "According to reports in Lisendra", "media reports say": reports no one made
    or published that the reader could find are hearsay, the guide's "it is reported"
    (`anonymous`); "reports from the inspectorate", "the council's reports" are documents."""
    if root.lower_ != "reports" or root.tag_ != "NNS":
        return False
    return not any(
        c.dep_ in ("poss", "det", "nummod") or c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
        or c.dep_ == "acl"
        for c in root.children
    )  # fmt: skip


def _listener(cue: Span) -> Span | None:
    """The listener named in the cue: "told <X>", "in an interview with <X>"."""
    doc = cue.doc
    verb = cue[0]
    if verb.lemma_.lower() == "tell" and len(cue) > 1:
        # "told ChainBeacon in an interview": the listener ends before the preposition
        stop = next((t.i for t in cue[1:] if t.pos_ == "ADP"), cue.end)
        return doc[cue.start + 1 : stop] if stop > cue.start + 1 else None
    for tok in cue:  # "in an interview with X"; "wrote to X" (cues.yaml `listener: to`)
        after = tok.i + 1 < cue.end and doc[tok.i + 1].pos_ not in ("VERB", "AUX")
        if after and (tok.lower_ == "with" or tok.lower_ == "to" and tok.head == verb):
            return doc[tok.i + 1 : cue.end]
    for prep in verb.children:  # "In an interview with the BBC, Smith said ..."
        interview = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_ == "interview"]
        for noun in interview:
            for with_ in noun.children:
                objects = [c for c in with_.children if c.dep_ == "pobj"]
                if with_.lower_ == "with" and objects:
                    return doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    return None


def _head_listener(cue: Span, verbs: set[str]) -> Span | None:
    """The listener after "to" on the verb a participle cue hangs on ("spoke to the
    Herald about the strike, saying ..."); a cue's own "to X" is in the cue."""
    head = cue[0].head
    if cue[0].dep_ not in ("advcl", "xcomp", "conj") or head.lemma_.lower() not in verbs:
        return None
    for prep in head.children:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to" and objects:
            return cue.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    return None


# -- mentions and descriptions ---------------------------------------------------
def _naming_mention(doc: Doc, spans: list[Span]) -> Span | None:
    """The first speaker span of a source that is not a pronoun."""
    for span in spans:
        if span._.kit_speaker:
            speaker = doc.char_span(*span._.kit_speaker, alignment_mode="expand")
            if speaker is not None and speaker.text.lower() not in PRONOUNS:
                return speaker
    return None


def _written_mention(doc: Doc, canonical: str, spans: list[Span]) -> Span | None:
    """A source that speaks only as "they" or "it": the last place before it speaks
    where the text writes the canonical name ("Consultants at the hospital have backed
    the nurses. ..., they warned")."""
    first = min((s.start_char for s in spans), default=0)
    at = doc_text(doc).lower().rfind(canonical.lower(), 0, first)
    if at < 0 or not canonical.strip():
        return None
    return doc.char_span(at, at + len(canonical), alignment_mode="expand")


def _speaker_clause(speaker: Span) -> str:
    """The speaker with the phrases set off after it before the verb ("Two diplomats,
    speaking on condition of anonymity,"): what the text says about who spoke."""
    root = speaker.root
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.i <= speaker.end:
        return speaker.text
    return speaker.doc[speaker.start : verb.i].text


def _entity_label(ents: list[Mention], canonical: str) -> str | None:
    """The entity label of a mention of ``canonical`` in the text, if any."""
    key = org_key(canonical)
    for ent, name, ent_key in ents:
        if name == canonical or ent_key == key:
            return ent.label_
    return None


def describe(doc: Doc, ents: list[Mention], canonical: str, kind: str, speaker: Span | None) -> str:
    """The credential or role the article gives a source."""
    if kind in ("named_person", "named_organization"):
        key = org_key(canonical)
        for ent, name, ent_key in ents:
            if name == canonical or ent_key == key:
                found = description_of(ent.root, titles=kind == "named_person")
                if found:
                    return found
        return ""
    if speaker is not None:
        clauses = [
            c
            for c in speaker.root.children
            if c.dep_ in ("relcl", "acl") and speaker.start <= c.i < speaker.end
        ]
        if clauses:
            end = min(c.left_edge.i for c in clauses)
            text = doc[speaker.start : end].text.strip(" ,;")
            return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return ""


#: First-person singular words: a body speaks as "we", one person as "I".
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|myself)\b")


def _speaks_as_one(text: str, canonical: str, spans: list[Span], quotes: list[Quote]) -> bool:
    """A name the model took for a body whose own quoted words say "I" or "my": one
    person speaking ('"I've never raised my voice," said Priti Sandhu'), when the name
    is two or three capitalised words and no business word ("Ltd", "Homes")."""
    words = canonical.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if business_name(canonical) or organization_name(canonical):
        return False
    for span in spans:
        if not span._.kit_content:
            continue
        start, end = span._.kit_content
        inside = [q for q in quotes if q.inner_start < end and start < q.inner_end]
        if any(FIRST_PERSON_SINGULAR.search(text[q.inner_start : q.inner_end]) for q in inside):
            return True
    return False


def quoted_words(text: str, spans: list[Span], quotes: list[Quote]) -> int:
    """Words inside quotation marks in the contents of a source's attributions, with a
    follow-on quotation after the cue ('"A," she said. "B."': the content is A, but B is
    her words too)."""
    counted: set[Quote] = set()
    for span in spans:
        if not span._.kit_content:
            continue
        start, end = span._.kit_content
        end = max(end, span._.kit_follow_on or 0)
        counted.update(q for q in quotes if q.inner_start < end and start < q.inner_end)
    return sum(q.words(text) for q in counted)

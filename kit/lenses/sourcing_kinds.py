"""Source types the head noun alone gets wrong (sourcing lens, annotation guide section 2).

Two classes learned from fresh probe prose (benchmarks/fresh_probe/sources*.yaml):

- "figure" is a number ("figures published on Monday show", a document) or a person of
  standing ("a senior figure in the fishing industry said", anonymous);
- a plural organisation noun with no name ("consumer groups say", "the airlines said")
  is several bodies, none of them named: not a `named_organization`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kit import lexicon

STANDING = lexicon.word_set("source_words", "standing_adjectives")
FIGURE_HEADS = lexicon.word_set("source_words", "person_or_figure_heads")
#: determiners that make "figure" one countable person: "a figure close to the club"
ONE = {"a", "an", "one", "another"}


def person_figure(root: Token) -> bool:
    """ "A senior figure in the industry", "leading figures in the party", "one figure
    close to the talks": a person (no name given), not published figures."""
    if root.lemma_.lower() not in FIGURE_HEADS and root.lower_ not in FIGURE_HEADS:
        return False
    for child in root.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in STANDING:
            return True
        if child.dep_ in ("det", "nummod") and child.lower_ in ONE:
            return True
    return False


SCHOLARLY = lexicon.word_set("source_words", "scholarly_plurals")
SCHOLARLY |= lexicon.word_set("source_words", "commenting_plurals")  # "consumer lawyers"
#: what pins a plural down to people one could identify: "the", "its", "two", "at X",
#: "who ...", "polled by X"
PINNING = {"det", "poss", "nummod", "prep", "relcl", "acl", "appos", "conj"}
#: quantifiers that count a generic plural without saying which ones ("some
#: archaeologists", "many lawyers"): no more checkable than the bare plural
VAGUE = {"some", "many", "several", "most", "other", "few"}


def generic_scholars(root: Token) -> bool:
    """ "Ecologists warn that ...", "local historians believe": a bare plural of a
    learned profession (with at most adjectives or a field before it, "intellectual
    property" or "marine") is a generic source, `anonymous` like "experts" (guide,
    section 2); "ecologists at the trust", "the two historians" are pinned down."""
    if root.tag_ not in ("NNS", "NNPS") or root.ent_type_ in ("ORG", "PERSON"):
        return False
    lemma = root.lemma_.lower()
    if lemma == root.lower_:
        lemma = lemma.removesuffix("s")  # a lemma the model left plural ("Ecologists")
    if lemma not in SCHOLARLY and not lemma.endswith("ologist"):
        return False
    return not any(
        c.dep_ in PINNING and not (c.dep_ in ("det", "amod") and c.lower_ in VAGUE)
        for c in root.children
    )


def unnamed_bodies(root: Token, organization_heads: set[str]) -> str | None:
    """A plural organisation noun with no name ("consumer groups", "the airlines"):
    generic when nothing pins it down (`anonymous`, like "critics"); a set the text
    identifies ("the two airlines", "the region's councils", "banks in the scheme")
    is an `unnamed_group`. None when the speaker is not such a plural."""
    if root.tag_ != "NNS" or root.ent_type_ or root.lemma_.lower() not in organization_heads:
        return None
    pinned = any(
        c.dep_ in ("det", "poss", "nummod", "acl", "relcl")
        or c.dep_ == "prep" and c.lower_ in ("at", "in", "of", "from", "on")
        for c in root.children
    )
    return "unnamed_group" if pinned else "anonymous"


def misread_plural(root: Token) -> bool:
    """ "Paramedics said ...": a plural common noun that opens a sentence, which the
    tagger reads as a common noun (NOUN, NNS, a lemma of its own) while the entity
    recogniser, misled by the capital, makes it a one-word organisation. It is a
    group by role, not a named body ("Airbus said": a proper noun, stays a name)."""
    return (
        root.is_sent_start
        and root.pos_ == "NOUN"
        and root.tag_ == "NNS"
        and root.lemma_.lower() != root.lower_
        and (not root.ent_type_ or root.ent_iob_ == "B" and not _entity_goes_on(root))
    )


def _entity_goes_on(tok: Token) -> bool:
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.ent_iob_ == "I"


ROLE_ACRONYMS = lexicon.word_set("source_words", "role_acronym_plurals")
BUSINESS_ENDINGS = lexicon.word_set("source_words", "business_name_endings")


ORGANIZATION_ENDINGS = lexicon.word_set("source_words", "organization_name_endings")
#: small words a body's name may hold between its capitalised words
NAME_JOINERS = {"and", "&"}


def organization_name(canonical: str) -> bool:
    """ "Gorsemoor Constabulary", "Haskeld and Vorrelby Council", "Coastlink Buses": a
    name of two or more capitalised words whose last word names a kind of body, service
    or venue is an organisation, whatever the entity recogniser took it for."""
    words = canonical.split()
    return (
        len(words) > 1
        and all(w[:1].isupper() or w in NAME_JOINERS for w in words)
        and words[0] not in NAME_JOINERS
        and words[-1].lower() in ORGANIZATION_ENDINGS
    )


PLACE_PEOPLE = lexicon.word_set("source_words", "place_people")


def located_group(root: Token) -> bool:
    """ "Residents of Tellowby", "tenants on the Tanners Rise estate": people known by
    the street, estate or village they belong to ("of", "on", "along", "near") are a
    group by role (`unnamed_group`); bare "residents say" names no one, and "villagers in
    Ostrey" only says where some people were (both `anonymous`)."""
    if root.tag_ not in ("NNS", "NNPS") or root.ent_type_ in ("ORG", "PERSON"):
        return False
    lemma = root.lemma_.lower()
    if lemma == root.lower_:
        lemma = lemma.removesuffix("s")  # a lemma the model left plural ("Residents")
    if lemma not in PLACE_PEOPLE:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("of", "on", "along", "near")
        and any(o.dep_ == "pobj" for o in c.children)
        for c in root.children
    )  # fmt: skip


def role_acronyms(root: Token) -> bool:
    """ "Regional MPs called for ...", "GPs say": people by role, not a named body."""
    return root.lower_ in ROLE_ACRONYMS


def business_name(canonical: str) -> bool:
    """ "Ashgrove Homes", "Pellham Heating Ltd": a trading name, not a person's."""
    words = canonical.replace(".", "").split()
    return len(words) > 1 and words[-1].lower() in BUSINESS_ENDINGS


# -- the outlet's own contact with a source (guide, section 2: "told <this outlet>") ----
#: possessives by which an outlet speaks of its own work ("our analysis") or a letter
#: writer addresses it ("your report of 20 November")
OUTLET_POSSESSIVES = {"our", "your"}


def outlet_name(outlet: str) -> str:
    """The outlet's name without a note in brackets ("The Plain Speaker (blog)")."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", outlet or "").strip()


def same_outlet(mine: str, heard: str) -> bool:
    """``heard`` (an org key) names the outlet ``mine`` (an org key): the whole name or any
    run of its own words: its last word(s) ("the Gazette" in The Ostley Gazette), its
    brand ("ChainBeacon" in ChainBeacon Insider), or the name without a medium or
    frequency after it ("Fennimouth Sound" for Fennimouth Sound 96.4, "the Gurnard" for
    The Tregarrow Gurnard Online)."""
    if not heard or not mine:
        return False
    return f" {heard} " in f" {mine} "


def contact_listeners(cue: Span) -> list[Span]:
    """Who the outlet-contact phrases around a cue name: "Asked by the Record whether
    ..., she said"; "In a voice message sent to the Semaphore, he said"."""
    doc, out = cue.doc, []
    for child in cue[0].children:
        if child.dep_ == "advcl" and child.tag_ == "VBN":
            out += [o for a in child.children if a.dep_ == "agent" for o in a.children]
        if child.dep_ == "prep" and child.lower_ == "in":
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                out += [  # "In an email to this newsletter, the clerk said"
                    o for p in noun.children if p.dep_ == "prep"
                    and p.lower_ == "to" for o in p.children
                ]  # fmt: skip
                for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                    out += [
                        o for p in acl.children if p.dep_ in ("prep", "dative")
                        and p.lower_ == "to" for o in p.children
                    ]  # fmt: skip
    return [doc[o.left_edge.i : o.right_edge.i + 1] for o in out if o.dep_ == "pobj"]


def outlet_document(speaker: Span | None, outlet_key: str, key_of) -> bool:
    """A document the outlet made: "our investigation found", "your report of 20
    November said" (a letter to the paper), "a Dispatch snap poll found"."""
    if speaker is None:
        return False
    for child in speaker.root.children:
        if child.dep_ == "poss" and child.lower_ in OUTLET_POSSESSIVES:
            return True
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            owner = speaker.doc[child.left_edge.i : child.i + 1].text
            if same_outlet(outlet_key, key_of(owner)):
                return True
    return False


def opening_listener(cue: Span, verbs: set[str]) -> Span | None:
    """The listener of a participle that opens the sentence and hangs on the cue
    ("Speaking to the Sentinel on Thursday, Maury said ...")."""
    for part in cue[0].children:
        if part.dep_ != "advcl" or part.tag_ != "VBG" or part.lemma_.lower() not in verbs:
            continue
        for prep in part.children:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to" and objects:
                return cue.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    return None


#: verbs by which an outlet says it saw a document ("which the Mercury has seen")
SAW = {"see", "obtain", "review", "read", "receive"}


def seen_in_relative(root: Token, names_outlet) -> bool:
    """ "A survey commissioned by the council, which the Mercury has seen, describes":
    the outlet is the subject of "seen" in a relative clause on the document."""
    for clause in (t for t in root.subtree if t.dep_ == "relcl" and t.lemma_.lower() in SAW):
        for subj in (c for c in clause.children if c.dep_ == "nsubj"):
            said = root.doc[subj.left_edge.i : subj.right_edge.i + 1].text
            if names_outlet(said):
                return True
    return False


#: verbs by which a document reaches the outlet from someone ("shared with the Echo",
#: "passed to this newspaper", "leaked to us")
HANDED = {"share", "pass", "leak", "send", "give", "hand", "supply", "provide", "forward", "show"}


def handed_to_outlet(acl: Token, names_outlet) -> bool:
    """ "Documents from the file, shared with this newsletter by a dealer": a participle
    on the document whose "with"/"to" object is the outlet: the outlet's own exclusive
    (guide, section 2), like "seen by" or "obtained by"."""
    if acl.lemma_.lower() not in HANDED or acl.tag_ != "VBN":
        return False
    for prep in acl.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("with", "to"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                if names_outlet(obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text):
                    return True
    return False


def seen_by_outlet(doc: Doc, spans: list[Span], self_listeners: set[str]) -> bool:
    """ "an internal memo seen by Signal & Socket", "emails obtained by the Beacon": a
    document the outlet itself saw or obtained is the outlet's exclusive (guide, section
    2; the keys' "seen by" documents)."""
    outlet = re.sub(r"^the\s+", "", outlet_name(doc._.kit_outlet), flags=re.I).lower()

    def names_outlet(said: str) -> bool:
        bare = re.sub(r"^the\s+", "", said, flags=re.I).lower()
        return said.lower() in self_listeners or bool(outlet) and same_outlet(outlet, bare)

    for span in (s for s in spans if s._.kit_speaker):
        speaker = doc.char_span(*span._.kit_speaker, alignment_mode="expand")
        # the participle may hang on a noun inside the document's name ("A letter from
        # the housing team, seen by the Echo, warns ...")
        if speaker is not None and seen_in_relative(speaker.root, names_outlet):
            return True  # "which the Mercury has seen"
        if speaker is not None and spoke_to_outlet(speaker.root, names_outlet):
            return True  # "one steward who spoke to the Weekly on condition of anonymity"
        acls = [t for t in speaker.root.subtree if t.dep_ == "acl"] if speaker else []
        for acl in acls:
            if handed_to_outlet(acl, names_outlet):
                return True  # "documents shared with this newsletter by a dealer"
            for obj in (o for a in acl.children if a.dep_ == "agent" for o in a.children):
                said = doc[obj.left_edge.i : obj.right_edge.i + 1].text
                said = re.sub(r"^the\s+", "", said, flags=re.I).lower()
                if obj.dep_ != "pobj":
                    continue
                if said in self_listeners:
                    return True  # "emails obtained by this newspaper"
                if outlet and same_outlet(outlet, said):
                    return True  # "seen by the Beacon" in The Harlsey Beacon; "polled by X"
    return False


def bare_listener(cue: Span) -> Span | None:
    """ "he told Skyward.": a cue of "told" alone whose listener, a name, the parser
    hung on the verb as an object or an adverb."""
    verb = cue[0]
    if verb.lemma_.lower() != "tell" or len(cue) > 1:
        return None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj", "advmod", "npadvmod") and child.pos_ == "PROPN":
            return cue.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def named_in_apposition(speaker: Span, canonical: str, key_of) -> Span | None:
    """ "The headliners, the Kittiwake Choir, said": the source is the name set in
    apposition, and its type is the name's, not the plural before it."""
    for child in speaker.root.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            named = speaker.doc[child.left_edge.i : child.right_edge.i + 1]
            if key_of(named.text) == key_of(canonical):
                return named
    return None


def described_body_name(speaker: Span, canonical: str, body_heads: set[str]) -> bool:
    """ "The campaign to save the pool, Swim On, said": the source is the name set off by
    a comma at the end of the speaker after a kind of body, a body's name even where the
    model left it untagged (a name shaped like a sentence, "Keep Ourtown Swimming")."""
    text = speaker.text.rstrip(" ,")
    if not canonical[:1].isupper() or not text.endswith(f", {canonical}"):
        return False
    cut = next((t.i for t in speaker if t.text == ","), None)
    if cut is None or cut == speaker.start:
        return False
    head = speaker.doc[speaker.start : cut].root
    return head.pos_ == "NOUN" and head.lemma_.lower() in body_heads


#: verbs by which a source is said to have spoken to the outlet in a clause on it
SPOKE = {"speak", "talk", "write", "chat"}


def spoke_to_outlet(root: Token, names_outlet) -> bool:
    """ "one steward who spoke to Amplify Weekly on condition of anonymity": a relative
    clause on the speaker says it spoke to the outlet itself (guide, section 2)."""
    for clause in (c for c in root.children if c.dep_ in ("relcl", "acl")):
        if clause.lemma_.lower() not in SPOKE:
            continue
        words = list(clause.subtree)  # the text after "to": the parser may misread a
        for at, tok in enumerate(words):  # name after "to" as a verb ("to Amplify Weekly")
            if tok.lower_ == "to" and any(
                names_outlet(" ".join(w.text for w in words[at + 1 : at + 1 + n]))
                for n in range(1, 5)
            ):
                return True
    return False


def who_clause(root: Token) -> bool:
    """An untagged name the text describes with "who": a person, not a body."""
    return any(
        c.dep_ == "relcl" and any(t.lower_ == "who" and t.dep_ == "nsubj" for t in c.children)
        for c in root.children
    )


def of_named_body(root: Token) -> bool:
    """ "Forecasters at the National Forecasting Agency", "analysts at Lodestar Bank": a
    group by role inside a named body can be checked (`unnamed_group`), unlike
    "analysts in Tessaly" or "experts" (guide, section 2)."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "at"
        and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in prep.children)
        for prep in root.children
    )  # fmt: skip


_PARTITIVE_WORDS = frozenset({"few", "handful", "some", "many", "most", "several", "others"})


def group_of_partitive(speaker: Span, canonical: str) -> Token | None:
    """ "Some residents of the dale have complained ..., and a few said": a quantifier
    standing for the speaker is part of a group named before; the group's own noun
    (the last mention before the speaker of the canonical's head word) says its type."""
    words = [t for t in speaker if not t.is_punct and t.lower_ != "a"]
    if len(words) != 1 or words[0].lower_ not in _PARTITIVE_WORDS:
        return None
    head = canonical.split()[0].lower() if canonical else ""
    return next(
        (t for t in reversed(speaker.doc[: speaker.start]) if t.lower_ == head and t.tag_ == "NNS"),
        None,
    )

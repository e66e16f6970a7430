"""Documents as speakers of a participle (annotation guide, section 1): the statement a
body put out ("put out a statement after the debate claiming she had won": the body
speaks) and a document someone received ("had received an unsigned letter warning her
to ...": the letter speaks, not its reader) and the outlet in which someone read or
heard a claim ("read in the Broadsheet that ...": the Broadsheet speaks).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kit import lexicon


@cache
def statement_nouns() -> frozenset[str]:
    """Nouns for a statement put out in words: documents and the media of a statement
    ("a statement", "a letter", "a video", "a post")."""
    media = {str(e["word"]).lower() for e in lexicon.load("cues", "cues").get("media", [])}
    heads = lexicon.words(lexicon.load("source_types", "source_types"), "document_heads")
    return frozenset(heads) | media


#: Verbs of getting a document: its reader is not its author ("received a letter warning").
RECEIVING_VERBS = frozenset({"receive", "get", "find", "open", "read", "see", "discover"})


def received_document(participle: Token) -> Token | None:
    """ "She had received an unsigned letter in September warning her to "keep your
    circus off our lanes"": a reporting participle on a document that someone received,
    found or read; the document is the speaker (a source of type ``document``)."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("acl", "advcl"):
        return None
    if participle.dep_ == "advcl":  # (or hung on the verb: "received a letter ... claiming")
        nouns = [c for c in participle.head.children if c.dep_ == "dobj" and c.i < participle.i]
        noun = nouns[0] if nouns else participle
    else:
        noun = participle.head
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in statement_nouns():
        return None
    return noun if verb.lemma_ in RECEIVING_VERBS else None


def issuer(participle: Token) -> Token | None:
    """The verb whose subject put out the statement a participle reports.

    "The campaign put out a statement after the debate claiming she had won": the
    parser may hang *claiming* on any noun after the statement; the campaign, the
    subject of the verb whose object is the statement, is the speaker. None when the
    participle describes something else ("a man claiming to be a priest").
    """
    if participle.tag_ != "VBG" or participle.dep_ != "acl":
        return None
    tok = participle.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ not in ("pobj", "prep", "dobj", "appos", "conj"):
            return None
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in RECEIVING_VERBS:
        return None  # ("she received a letter warning her to ...": the letter speaks)
    said = [
        c for c in tok.children
        if c.dep_ == "dobj" and c.i < participle.i and c.lemma_.lower() in statement_nouns()
    ]  # fmt: skip
    return tok if said else None


@cache
def reading_sources() -> frozenset[str]:
    """Nouns for an outlet or document that states something ("the news", "the radio",
    "a leaflet", "the report"): cues.yaml reading_sources, publications and media, and
    the document heads of source_types.yaml."""
    cues = lexicon.load("cues", "cues")
    media = {str(e["word"]).lower() for e in cues.get("media", [])}
    heads = lexicon.words(lexicon.load("source_types", "source_types"), "document_heads")
    listed = lexicon.word_set("cues", "reading_sources") | lexicon.word_set("cues", "publications")
    evidence = lexicon.word_set("cues", "evidence_heads") - listed
    return (frozenset(heads) - evidence) | media | listed


#: Verbs of reading, seeing or hearing what a source put out (cues.yaml reading_verbs).
READING_VERBS = lexicon.word_set("cues", "reading_verbs")
#: Names that are places or times, not outlets ("read in Paris that ...").
_NOT_OUTLETS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def read_in_source(verb: Token) -> tuple[Token, Token] | None:
    """ "Some of you read in the Broadsheet last week that our club is ...", "heard on
    the radio that ...": the object of the "in"/"on" phrase (the source) and the
    that-clause after it (what the source stated). None without a that-clause ("I read
    in bed that night"), with a source that states nothing ("saw on the map that ..."),
    or when the act is denied ("never read anywhere that ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in READING_VERBS:
        return None
    prep = source = clause = None
    for child in verb.children:
        if child.i <= verb.i:
            if child.dep_ == "neg" or child.lower_ == "never":
                return None
            continue
        if prep is None and child.dep_ == "prep" and child.lower_ in ("in", "on"):
            prep = child
        elif child.dep_ == "ccomp" and child.left_edge.lower_ == "that":
            clause = child
    if prep is None or clause is None or prep.i - verb.i > 3:
        return None
    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if source is None or clause.left_edge.i <= source.right_edge.i:
        return None
    named = source.pos_ == "PROPN" and source.ent_type_ not in _NOT_OUTLETS
    if not named and source.lemma_.lower() not in reading_sources():
        return None
    return source, clause

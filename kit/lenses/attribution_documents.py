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


#: Verbs by which a document reports what it holds ("the log records", "the minutes show",
#: "the titles state", "the manuals note"): cues.yaml document_verbs.
DOCUMENT_VERBS = lexicon.word_set("cues", "document_verbs")


@cache
def written_records() -> frozenset[str]:
    """Nouns for a document or data set someone published or kept, whose showing or
    recording is its report ("the log", "the minutes", "the rules", "the figures"): the
    document heads and evidence heads, the documents that speak for their maker, the
    reading sources and cues.yaml written_records; not a picture (cues.yaml pictures:
    "the map shows a river", "the photograph shows her smiling")."""
    heads = lexicon.words(lexicon.load("source_types", "source_types"), "document_heads")
    words = set(heads) | lexicon.word_set("cues", "evidence_heads")
    words |= lexicon.word_set("cues", "maker_documents")
    words |= lexicon.word_set("cues", "reading_sources")
    words |= lexicon.word_set("cues", "written_records")
    return frozenset(words) - lexicon.word_set("cues", "pictures")


#: Words that may open the name of a document before its noun ("the", "its", "pilots'").
_NAME_DEPS = frozenset({"det", "poss", "case", "amod", "compound", "nmod", "nummod"})


def _record_before(verb: Token) -> Token | None:
    """The document noun whose verb the parser read as a noun: the noun right before it
    ("the log records", "The film's closing titles state"), the noun of an apposition
    set off by commas ("The championship's rules, drawn up in 1965, state"), or the noun
    a participle phrase ending right before it describes ("figures released by the
    trust show")."""
    doc = verb.doc
    if verb.i < 1:
        return None
    before = doc[verb.i - 1]
    if before.pos_ == "NOUN" and before.lemma_.lower() in written_records():
        joined = before.head == verb or verb.head == before or before.dep_ == "compound"
        return before if joined else None
    if verb.dep_ == "appos" and before.text == "," and verb.head.i < verb.i:
        head = verb.head
        return head if head.pos_ == "NOUN" and head.lemma_.lower() in written_records() else None
    for anc in verb.ancestors:  # "figures obtained by the Yeoman show."
        if anc.pos_ == "NOUN" and anc.lemma_.lower() in written_records():
            participles = [c for c in anc.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            if participles and participles[0].right_edge.i == verb.i:
                return anc
            return None
    return None


def _agrees(verb: Token, record: Token) -> bool:
    """ "the log records", "the minutes show": a present verb that agrees with its
    document ("records" after a singular noun, "show" after a plural one); "the log
    records were lost" has a plural noun after a singular one, but the test after
    this one tells it apart."""
    plural = record.tag_ == "NNS" or record.lower_ in ("minutes", "data")
    return verb.lower_.endswith("s") != plural


def noun_read_record(verb: Token) -> tuple[Token, list[tuple[int, int]]] | None:
    """A document's verb of showing or recording the parser read as a noun, with the
    document and the token ranges of what it reports: "The official transcript records
    that he quoted his grandmother eleven times", "She later apologised, the minutes
    show.", "Nobody round the table, the minute notes, asked where ...". It is the verb
    only when the clause after it has a subject of its own ("records that he quoted";
    not "the log records that were lost", where "that" is the subject) or when the
    document and its verb stand alone between commas after a clause of the writer's
    ("..., the log records."). None for a picture ("the map shows") or a noun that
    does not agree with the document ("the minutes shows")."""
    if verb.tag_ not in ("NN", "NNS") or verb.lemma_.lower() not in DOCUMENT_VERBS:
        return None
    record = _record_before(verb)
    if record is None or not _agrees(verb, record):
        return None
    doc = verb.doc
    sent = verb.sent
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if after is not None and after.lower_ == "that":
        clause = after.head
        own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > after.i]
        if clause.i <= after.i or not own or clause.pos_ not in ("VERB", "AUX"):
            return None  # "the log records that were lost": a relative clause
        end = sent.end
        while end > clause.i and doc[end - 1].is_punct and not doc[end - 1].is_quote:
            end -= 1
        return record, [(after.i + 1, end)]
    start = _name_start(record, sent.start)
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    if after is not None and after.text not in (",", ".", ";"):
        return None
    before = doc[sent.start : start - 1]
    outside = list(before) + list(doc[verb.i + 1 : sent.end])
    if not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in outside):
        return None  # "The notes, the minutes, the log records": a list, no clause
    if any(t.dep_ == "conj" and t.head.pos_ == "NOUN" for t in doc[start : verb.i + 1]):
        return None
    opening = max([t.i + 1 for t in before if t.text in (":", ";")], default=sent.start)
    parts = [(opening, start - 1)]  # "... resistance: two sailors were wounded, the log records."
    rest = doc[verb.i + 2] if verb.i + 2 < sent.end else None
    if after is not None and after.text == "," and rest is not None and rest.dep_ != "cc":
        # "Nobody round the table, the minute notes, asked ...": the clause goes on
        # (not "..., pilots' manuals note, so the case is thin": the writer's own clause)
        end = sent.end
        while end > verb.i + 2 and doc[end - 1].is_punct:
            end -= 1
        parts.append((verb.i + 2, end))
    return record, [p for p in parts if p[1] > p[0]]


def record_name(record: Token, verb: Token) -> tuple[int, int]:
    """The document's words up to its verb: "the log", "The film's closing titles",
    "figures released by the county's ambulance trust"."""
    doc = verb.doc
    start = _name_start(record, verb.sent.start)
    end = verb.i
    if record.i + 1 < verb.i and doc[record.i + 1].text == ",":
        end = record.i + 1  # "The championship's rules, drawn up in 1965, state"
    return start, end


def _name_start(record: Token, floor: int) -> int:
    """The first word of a document's name before its noun: "the", "its", "pilots' " (the
    apostrophe of a plural owner belongs to the name)."""
    doc = record.doc
    start = record.i
    while start > floor and doc[start - 1].dep_ in _NAME_DEPS and (
        not doc[start - 1].is_punct or doc[start - 1].dep_ == "case"
    ):
        start -= 1
    return start

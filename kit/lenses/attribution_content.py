"""What an attribution reports: the content of a cue (clauses, objects, quotes beside the
frame), phrase cues, follow-on quotations (annotation guide, section 1)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from kit.lenses.attribution_apposed import role_span
from kit.lenses.attribution_frames import (
    _CACHE,
    _WORD,
    QUOTE_MARKS,
    Act,
    _in_quote,
    _sent,
    _shifted_conj,
    _subject,
    _text,
    cue_as_adjective,
    subject_given_to_content,
)
from kit.lenses.attribution_labels import LABEL_ARTICLE
from kit.lenses.attribution_links import (
    caption_quote,
    clause_after_relative_listener,
    clause_after_time,
    contrast_cap,
    contrast_clause,
    document_nouns,
    gap_start,
    in_list,
    joined_before,
    letter_request,
    message_clause,
    object_content,
    phrase_range,
    prep_content,
    split_predicate,
    that_not_relative,
)
from kit.lenses.attribution_ranges import (
    _clause_as_object,
    _continues_cue,
    clause_subject_as_object,
    closed_quotes,
)
from kit.lenses.attribution_repairs import (
    as_aside,
    aux_cue_subject,
    catenative_clauses,
    listener_clause,
    next_speaker,
    relative_clause_content,
    self_description,
    subject_after_quote,
)
from kit.lenses.shared import (
    WRITERS_ARTICLE,
    children_by_dep,
    doc_array,
    short_lowercase_label,
    token_chars,
    tokens_where,
)
from kit.lexicon import word_set
from kit.quotes import Quote, is_term

if TYPE_CHECKING:  # pragma: no cover
    from kit.lenses.attribution import AttributionComponent


# -- content ------------------------------------------------------------------
def _content(
    doc: Doc,
    verb: Token,
    frame: tuple[int, int],
    speech: list[Quote],
    comp: AttributionComponent,
    blocked: set[int],
    entry: dict[str, Any],
) -> list[tuple[int, int]]:
    """Character ranges of what is reported; empty when the verb reports nothing."""
    if entry.get("lemma") in THING_VERBS and _thing_named(doc, verb):
        return []  # 'promised a "hedgerow plan"': a thing, named in the writer's words
    if entry.get("quote_object"):  # `also`: or a clause ("recalls that ...", 'recalls "..."')
        also = entry["quote_object"] == "also"
        clause = also and any(  # 'chanting "Save our buses"': quoted words, not a clause
            c.dep_ in ("ccomp", "xcomp") and not _in_quote(c) for c in verb.children
        )
        labelled = [] if clause else _quoted_label(doc, verb)
        own = None if labelled else self_description(verb)
        if own is not None:  # "describes himself on his website as a hobby breeder"
            labelled = [_token_chars(doc, own.left_edge.i, own.right_edge.i + 1)]
        if labelled or not (also or entry.get("prep_content")):  # or "called for a rerun"
            return labelled or _closing_inverted_quote(doc, frame, speech)
        if entry.get("prep_content") and not prep_content(verb, entry, _subject(verb)):
            return labelled
    para = _paragraph_of(_text(doc), doc[verb.i].idx)
    clauses = _content_clauses(verb, comp, blocked, entry)
    clauses = [c for c in clauses if not frame[0] <= c.i < verb.i]  # not in the speaker part
    role = role_span(verb)  # '"...," said our chair, Ann Lee, who ... and has ...'
    if role is not None:
        clauses = [c for c in clauses if not role[0] <= c.i < role[1]]
    listed = in_list(verb, frame)  # "A won, B conceded at one, and C ...": no clause before
    ends = {c.i: _adjunct_end(verb, c, frame) for c in clauses if c.right_edge.i < frame[0]}
    clauses = [  # nor "Read more: X explained"
        c for c in clauses
        if (joined_before(c, frame) or ends.get(c.i) is not None)
        and not (listed and c.i < verb.i)
    ]  # fmt: skip
    ranges = [
        _token_chars(doc, gap_start(c, frame), max(c.right_edge.i, ends.get(c.i) or 0) + 1)
        for c in clauses
    ]  # fmt: skip
    split = clause_subject_as_object(verb)
    if split is not None:  # "told the committee the nets were torn": "the nets" too
        ranges.append(_token_chars(doc, split.left_edge.i, split.right_edge.i + 1))
    phrased = (
        entry.get("source_object") or entry.get("prep_content")
        or entry.get("finding_object") or entry.get("claim_object")
        or entry.get("evidence_object")
    )  # fmt: skip
    subject = _subject(verb) if phrased else None  # "called for a rerun": a phrase only
    phrases = object_content(verb, entry, subject) + prep_content(verb, entry, subject)
    aside = as_aside(verb) if not clauses and not phrases else None  # "..., as X noted"
    if not clauses and not phrases and aside is None:
        ranges += _fallback_content(doc, verb, frame)
    quotes = _adjacent_quotes(doc, frame, speech)

    def is_cue(t: Token) -> bool:
        return comp._is_cue_verb(t, blocked)

    ranges = _extend_to_sentence(doc, verb, frame, ranges, is_cue)
    ranges += [_token_chars(doc, *phrase_range(p)) for p in phrases]
    ranges += [_token_chars(doc, *aside)] if aside else []
    cap = contrast_cap(verb, clauses, is_cue, _advcl(doc) if clauses else ([], []))
    if cap is not None:  # "..., although it cautioned that ...": an act of its own
        ranges = [(s, min(e, cap)) for s, e in ranges if s < cap]
    inside = next((q for q in speech if q.inner_start <= verb.idx < q.inner_end), None)
    if inside is not None:  # a cue inside a quotation reports within it
        para = (max(para[0], inside.inner_start), min(para[1], inside.inner_end))
    clipped = [_clip(r, para, doc, frame) for r in ranges]
    parts = [r for r in clipped if r and _WORD.search(_text(doc)[r[0] : r[1]])]
    parts += [(q.inner_start, q.inner_end) for q in quotes]  # may run over paragraphs
    for q in _near(doc, frame, speech):  # a content running into a quotation takes all of it
        if q in quotes or not _adjacent(_text(doc), q, frame, doc):
            continue
        if any(q.inner_start < e and s < q.inner_end for s, e in parts):
            parts.append((q.inner_start, q.inner_end))
    parts = _merge([p for p in (_trim(_text(doc), *r, doc) for r in parts) if p])
    parts = closed_quotes(_text(doc), parts)  # 'that they claim treats them "like X".'
    # a caption word says the quoted words are writing, however short ("Family first")
    captions = caption_quote(verb, _CACHE[id(doc)].quotes) if not parts else []
    return parts or captions or _so_said(doc, verb, speech)


def _advcl(doc: Doc) -> tuple[list[int], list[int]] | None:
    """The positions of the document's adverbial clauses of contrast (:func:`contrast_clause`:
    only such a clause caps a content, so the others are left out here, once) and each
    token's head (as a position), read once per lens run."""
    cache = _CACHE.get(id(doc))
    if cache is None:
        return None
    if cache.advcl is None:
        heads = np.arange(len(doc)) + doc_array(doc, HEAD).astype("int64")
        clauses = tokens_where(doc, DEP, lambda dep: dep == "advcl")
        cache.advcl = ([i for i in clauses if contrast_clause(doc[i])], heads.tolist())
    return cache.advcl


def _so_said(doc: Doc, verb: Token, speech: list[Quote]) -> list[tuple[int, int]]:
    """'"Torvenia builds walls." So said X, ...': "so"/"thus" before the cue points back
    to the quotation that ends right before the sentence."""
    if not any(c.dep_ == "advmod" and c.lower_ in ("so", "thus") and c.i < verb.i
               for c in verb.children):  # fmt: skip
        return []
    start = _sent(verb).start_char
    text = _text(doc)
    before = [q for q in speech if q.end <= start and not text[q.end : start].strip()]
    return [(before[-1].inner_start, before[-1].inner_end)] if before else []


def _quoted_label(doc: Doc, verb: Token) -> list[tuple[int, int]]:
    """'called the decision "a disaster for families"': object to the end of the quote."""
    text = _text(doc)
    if verb.i + 1 >= len(doc):
        return []
    start = doc[verb.i + 1].idx
    sent_end = _sent(verb).end_char
    for q in _CACHE[id(doc)].quotes:
        near = start <= q.start < min(start + 80, sent_end)
        if near and _another_acts(doc, verb, q.inner_start):
            return []  # 'congratulated Kole and said the party would "regroup"': said's words
        if near and (not is_term(text, q) or LABEL_ARTICLE.search(text[start : q.start])):
            return [] if _name_given(text[start : q.start], q.inner(text)) else [(start, q.end)]
    return []


#: Verbs after which a quoted name in the writer's article is a thing (cues.yaml, thing_verbs).
THING_VERBS = word_set("cues", "thing_verbs")
#: Between a verb of promising or announcing and a quotation: a determiner the writer
#: chose, perhaps with a word or two of their own ('a "hedgerow plan"', 'a new "hub"').
_THING_BETWEEN = re.compile(WRITERS_ARTICLE + r"\s+")


def _thing_named(doc: Doc, verb: Token) -> bool:
    """The object of a verb of promising or announcing is a thing named by a short quotation
    after a determiner outside it: 'promised a "hedgerow plan" in May', 'announced a
    "premium mooring experience"'. The quotation marks are the writer's, around the name of
    the thing promised (the loaded lens reads them as a scare quote), and the verb reports
    no words: as 'promised a new bridge' reports none. Not 'promised "a full review"' (the
    article inside the quotation: the speaker's words), 'promised to "look again at the
    route"' (a clause), nor a name in capitals ('a "Green Streets" scheme')."""
    text = _text(doc)
    after = verb.idx + len(verb.text)
    sent_end = _sent(verb).end_char
    for q in _CACHE[id(doc)].quotes:
        if q.start < after or q.start >= sent_end:
            continue
        if not _THING_BETWEEN.fullmatch(text, after, q.start):
            return False
        if not short_lowercase_label(q.inner(text).strip()):
            return False
        quoted = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        return quoted is not None and any(
            t.head == verb and t.dep_ == "dobj" for t in quoted
        )
    return False


def _another_acts(doc: Doc, verb: Token, char: int) -> bool:
    """The quotation starting at ``char`` hangs on a verb joined to ``verb`` by "and"
    (a second act of the same speaker), not on ``verb`` itself."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None:
        return False
    for up in tok.root.ancestors:
        if up == verb:
            return False
        if up.dep_ == "conj" and up.head == verb:
            return True
    return False


def _name_given(between: str, inner: str) -> bool:
    """'calls her "Billie."', 'known to friends as "Big Tam"': a name in capitals, one to
    three words, given straight to its bearer, is what someone is called, not words said
    ('called him a "Judas"' has an article: a label)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    named = 1 <= len(words) <= 3 and all(w[0].isupper() for w in words)
    return named and len(between.split()) <= 2 and not re.search(r"\b(?:an?|the)\s*$", between)


def _fallback_content(doc: Doc, verb: Token, frame: tuple[int, int]) -> list[tuple[int, int]]:
    """Content the parser did not attach to the cue verb.

    "..., Ann Lee told the press conference." (the frame closes the sentence after a
    comma: the content is the clause before it) and "said in a statement that
    ..." (a that-clause right after the frame).
    """
    sent = _sent(verb)
    after = doc[frame[1]] if frame[1] < sent.end else None
    if after is not None and after.lower_ == "that" and _that_clause(after):
        return [_token_chars(doc, frame[1], sent.end)]
    rest = [t for t in doc[frame[1] : sent.end] if not (t.is_punct or t.is_space)]
    before = doc[frame[0] - 1] if frame[0] > sent.start else None
    if before is None or before.text != ",":
        return []
    if verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children
    ):  # "outside the school, where parents have asked for a crossing": of the place
        return []  # or time the clause describes, never a report of the clause before it
    if verb.head.i < frame[0] and (not rest or _set_off_adjunct(verb, frame, sent.end)):
        return [_token_chars(doc, sent.start, frame[0])]
    relative = doc[verb.left_edge.i : verb.i]
    if verb.dep_ == "relcl" and any(t.tag_ in ("WP", "WP$", "WDT") for t in relative):
        return []  # "X, who found £9,000 for a statue, told ...": the clause describes X;
        # a parenthetical cue ("Leaving, our survey found, takes weeks") has no relative word
    if frame[1] < sent.end and doc[frame[1]].text == "," and rest and not in_list(verb, frame):
        # "To some extent, she added, the damage depends on the rains."
        return [_token_chars(doc, sent.start, frame[0]), _token_chars(doc, frame[1], sent.end)]
    return []


def _adjunct_end(verb: Token, clause: Token, frame: tuple[int, int]) -> int | None:
    """ "X has cancelled the tour after doctors found a bleed, her management company said":
    the parser hangs the reported clause's adverbial clause or phrase on the cue, between
    the clause and the speaker; it is the clause's, and the content runs to its end (where
    that returns). None unless such adjuncts of the cue, and punctuation, fill the gap."""
    doc = verb.doc
    adjuncts = sorted(
        (c for c in verb.children
         if c.dep_ in ("advcl", "prep", "npadvmod")
         and clause.right_edge.i < c.left_edge.i and c.right_edge.i < frame[0]),
        key=lambda c: c.i,
    )  # fmt: skip
    at = clause.right_edge.i + 1
    for adjunct in adjuncts:
        if any(not t.is_punct for t in doc[at : adjunct.left_edge.i]):
            return None
        at = adjunct.right_edge.i + 1
    if not adjuncts or any(not t.is_punct for t in doc[at : frame[0]]):
        return None
    return adjuncts[-1].right_edge.i


def _set_off_adjunct(verb: Token, frame: tuple[int, int], end: int) -> bool:
    """ "..., the ministry said, in an exchange that negotiators described as ...", "..., the
    society said, despite overnight rain that turned ...": all that follows the frame is the
    rest of an adverbial phrase or clause of the cue, set off by a comma after it; the
    sentence before the speaker is still the content (round AF4, AI6 and others)."""
    doc = verb.doc
    if verb.dep_ == "relcl":
        return False  # "Ann Lee, who wrote to us on Monday, despite ...": describes Ann Lee
    adjuncts = [
        c for c in verb.children
        if c.dep_ in ("prep", "advcl", "npadvmod") and c.i > verb.i
        and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
        and c.left_edge.i < frame[1] <= c.right_edge.i
    ]  # fmt: skip
    if not adjuncts:
        return False
    last = max(a.right_edge.i for a in adjuncts)
    return all(t.is_punct or t.is_space for t in doc[last + 1 : end])


def _that_clause(that: Token) -> bool:
    """ "that" opening a clause: a mark, or the parser's relative "that" of a clause
    with a subject of its own ("wrote in a letter that she was appalled")."""
    if that.dep_ == "mark":  # (not "charges that they say leave them": a relative "that")
        return that.i + 2 >= len(that.doc) or aux_cue_subject(that.doc[that.i + 2]) is None
    clause = that.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    subjects = [  # the parser may hang the subject on the auxiliary ("she was appalled")
        t for t in clause.doc[that.i + 1 : clause.i] if t.dep_ in ("nsubj", "nsubjpass")
    ]
    if that.dep_ in ("nsubj", "nsubjpass"):
        return bool(subjects)  # two subjects: "that" cannot be one of them
    passive = any(c.dep_ == "auxpass" for c in clause.children) or clause.pos_ == "ADJ"
    # "that she was "appalled"", "that Lanyon had left no room" (an object of its own)
    other = any(c.dep_ == "dobj" and c.i != that.i for c in clause.children)
    return that.dep_ == "dobj" and bool(subjects) and (passive or other)


def _merge(parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping ranges."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(parts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _gerund(clause: Token, passive: bool) -> bool:
    """ "denied taking the money", "reported seeing a van", "recalled hearing a bang": a
    gerund under a reporting verb is what was said (not "was seen leaving": passive)."""
    return clause.tag_ == "VBG" and not passive and clause.i > clause.head.i


def _content_clauses(
    verb: Token, comp: AttributionComponent, blocked: set[int], entry: dict[str, Any]
) -> list[Token]:
    """Complements of the cue verb (and of an "adding" that continues it)."""
    passive = bool(children_by_dep(verb, ("auxpass",)))  # "staff were told to leave":
    infinitive = entry.get("infinitive") is True or (  # "asked me to "set an intention""
        entry.get("infinitive") == "quoted" and _quoted_infinitive(verb)
    )
    deps = {"ccomp"} | ({"xcomp"} if infinitive and not passive else set())  # listener
    deps |= {"dobj"} if entry.get("object") else set()
    clauses = [
        c for c in verb.children
        if c.dep_ in deps or _clause_as_object(c) or (c.dep_ == "xcomp" and _gerund(c, passive))
        or _that_advcl(c) or _reduced_clause(c, entry)
    ]  # fmt: skip
    clauses = [c for c in clauses if not _existential_gap(c)]
    predicate = split_predicate(verb) if not entry.get("object") else None
    if predicate is not None:  # "said a tram that struck a lorry, ..., was unconnected"
        clauses += [c for c in verb.children if c.dep_ == "dobj"] + [predicate]
    clauses += _listener_clauses(verb) + clause_after_time(verb) + relative_clause_content(verb)
    clauses += clause_after_relative_listener(verb) + catenative_clauses(verb)
    clauses += _clause_of_name_read_as_verb(verb)
    message = message_clause(verb)
    if message is not None:  # "posted a reminder that ...": the reminder's words
        clauses.append(message)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in comp.lexicon.verbs
    request = letter_request(verb) if entry.get("listener") and not reported else None
    if request is not None:  # "wrote to the council asking it to ...": what it asked
        # (not "said he had written to the minister to ask ...": the letter is in her words)
        clauses.append(request)
    if subject_given_to_content(verb) is not None:  # '"The memo, ..., says the cuts will'
        clauses.append(verb.head)
    named = subject_after_quote(verb)
    if named is not None:  # '"...," said Gwilym Rhys-Arnott, who keeps 900 sheep ...':
        clauses = [c for c in clauses if named not in c.subtree]  # not the speaker's clause
    if verb.dep_ == "amod":  # "accused management of ...": the parser's head is the object
        # ("X, Y, insisted services were improving": the root's clause after the cue)
        clauses.append(_sent(verb).root if cue_as_adjective(verb) else verb.head)
    if entry.get("object") and any(c.dep_ == "dobj" for c in verb.children):
        # "accused Ann Lee of a smash-and-grab": the charge is content too (not "was
        # accused of theft", where the subject is the one accused)
        clauses += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    if entry.get("that_clause"):  # "shows that ...", not "seems to show the river"
        # ... or a clause before the cue: "A rose by a third, the study found."
        # ... or a document's clause: "Court papers show the company owed £450,000."
        written = any(
            c.dep_ == "nsubj" and c.lemma_.lower() in document_nouns() for c in verb.children
        )
        return [
            c
            for c in clauses
            if written or any(m.lower_ == "that" for m in c.children) or c.right_edge.i < verb.i
        ]
    if not clauses:
        clauses = _medium_clauses(verb, comp.lexicon.media)
    if not clauses:
        clauses = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                   and c.i < verb.i and not comp._is_cue_verb(c, blocked)]  # fmt: skip
    for child in verb.children:
        if _continues_cue(child, comp, blocked):
            clauses += [c for c in child.children if c.dep_ == "ccomp"]
    return clauses


def _quoted_infinitive(verb: Token) -> bool:
    """ 'asked me to "set an intention"', 'asked officials in February to "look again"': a
    to-infinitive under the cue whose words, from the verb on, open with a quotation: the
    speaker's request in their own words. "asked them to leave" or "asked not to be named"
    quote nothing and report no words (the answer keys' traps)."""
    for comp in verb.children:
        if comp.dep_ != "xcomp" or comp.i < verb.i:
            continue
        to = next((c for c in comp.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None:
            continue
        after = comp.doc[to.i + 1 : comp.i + 1]
        if any(t.is_quote for t in after) and any(t.is_quote for t in comp.subtree if t.i > comp.i):
            return True
    return False


def _medium_clauses(verb: Token, media: Any) -> list[Token]:
    """ "said in a leaflet handed out at the door that ...", "said in a planning application
    lodged last month that ...": the parser hangs the that-clause on the participle that
    says where the cue's document went, or on a noun after it; it is what the cue verb
    reports. Only the first clause opened by a "that" that marks it (not a relative
    "that"), after a participle on the noun of the cue's own "in"/"on" phrase, when that
    noun is a document or a medium."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "on"):
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            if noun.dep_ != "pobj" or not (lemma in document_nouns() or lemma in media):
                continue
            part = next(
                (c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None
            )
            if part is None:
                continue
            for t in noun.subtree:
                if t.i <= part.i or t.dep_ not in ("ccomp", "acl", "advcl"):
                    continue
                opener = t.left_edge
                if opener.lower_ == "that" and (opener.dep_ == "mark" or t.dep_ == "ccomp"):
                    return [t]
    return []


def _clause_of_name_read_as_verb(verb: Token) -> list[Token]:
    """ "said in a letter to Kilverstow that the pair's bloodlines were ...": a capitalised
    name after "to" that the parser read as an infinitive hanging on the cue, with the
    cue's that-clause hung on it; the that-clause is the cue's (round AD)."""
    found = []
    for child in verb.children:
        if child.dep_ != "advcl" or not child.is_title or child.i < verb.i:
            continue
        if child.i < 1 or child.doc[child.i - 1].lower_ != "to" or child.is_sent_start:
            continue
        found += [
            c for c in child.children
            if c.dep_ == "ccomp"
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ]  # fmt: skip
    return found


def _existential_gap(clause: Token) -> bool:
    """ "answered his critics in the best way there is", "the worst start there has ever
    been": a bare "there is" right after a noun is a relative clause on that noun (its
    missing complement is the noun), which the parser may hang on the cue as its clause.
    Nothing is reported in it."""
    if clause.lemma_ != "be" or clause.i < 2:
        return False
    doc = clause.doc
    there = [c for c in clause.children if c.dep_ == "expl" and c.lower_ == "there"]
    if not there or doc[there[0].i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ in ("attr", "nsubj", "acomp", "ccomp", "dobj") for c in clause.children)


#: Words before "that" that make it a clause of purpose or result ("so that", "now that").
_NOT_REPORTED_THAT = {"so", "now", "such", "order", "given", "except", "provided"}


def _that_advcl(clause: Token) -> bool:
    """ "put it to him that the trust had "gone looking ..."": a "that" clause after the
    cue the parser hung on it as an adverbial clause is its content ("so that", "now
    that" open a purpose or a time)."""
    if clause.dep_ != "advcl" or clause.i < clause.head.i:
        return False
    first = clause.left_edge
    if first.lower_ != "that" or first.dep_ != "mark" or first.i == 0:
        return False
    return first.doc[first.i - 1].lower_ not in _NOT_REPORTED_THAT


def _reduced_clause(obj: Token, entry: dict[str, Any]) -> bool:
    """ "The trust says only nine pairs nested on the spit": a noun object of a plain
    reporting verb that carries a past verb of its own with no auxiliary is the subject
    of the reported clause the parser split ("nine pairs" + "nested ..."); verbs that
    take a noun object ("announced the results published") are left alone."""
    if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN", "NUM") or obj.i < obj.head.i:
        return False
    if entry.get("object") or entry.get("quote_object") or entry.get("speech_object"):
        return False
    return any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > obj.i
        and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        and any(g.dep_ in ("prep", "npadvmod", "advmod", "dobj") for g in c.children)
        for c in obj.children
    )  # fmt: skip


#: Cue verbs whose object is the listener and whose clause follows it
_LISTENER_VERBS = frozenset({"tell", "remind", "warn", "assure", "inform", "advise", "promise"})


def _listener_clauses(verb: Token) -> list[Token]:
    """ "told the jury the defendant had lied": a clause the parser hung on the listener.

    A relative clause with a subject of its own and no relative word is the
    content of *tell*, not a description of the listener.
    """
    if verb.lemma_.lower() not in _LISTENER_VERBS:
        return []
    found = []
    for listener in (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i):
        if verb.lemma_.lower() == "tell":
            found += listener_clause(listener)  # "telling councillors they were ..."
        found += _clause_after_named_listener(verb, listener)
        for clause in listener.children:
            if clause.dep_ != "relcl" or clause.i < listener.i:
                continue
            if that_not_relative(clause):  # "reminded customers that hosepipes are banned"
                found.append(clause)
                continue
            if verb.lemma_.lower() != "tell":
                continue
            words = list(clause.subtree)
            relative = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in words[:3])
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            if has_subject and not relative and words[0].lower_ != "that":
                found.append(clause)
    return found


def _clause_after_named_listener(verb: Token, listener: Token) -> list[Token]:
    """ "told the chair, Dame Ann Lee, that residents had waited ...": the listener's name
    in apposition, set off by commas, and a clause opened by "that" as a conjunction (a
    mark, with a subject of its own) that the parser hung on the name as a relative
    clause: the clause is what was told."""
    doc = verb.doc
    end = listener.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return []
    names = [c for c in (*listener.children, *verb.children)
             if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN" and c.i > end]  # fmt: skip
    found = []
    for name in names:
        for clause in name.children:
            first = doc[clause.left_edge.i]
            if clause.dep_ != "relcl" or first.lower_ != "that" or first.dep_ != "mark":
                continue
            if doc[first.i - 1].text == "," and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
            ):
                found.append(clause)
    return found


def _closing_inverted_quote(
    doc: Doc, frame: tuple[int, int], speech: list[Quote]
) -> list[tuple[int, int]]:
    """ '"...," she remembered.': a quotation that ends right before a frame which closes
    its sentence is what was said, whatever the verb; "remembers a woman who" is not."""
    sent = _sent(doc[frame[0]])
    if any(not t.is_punct for t in doc[frame[1] : sent.end]):
        return []
    start = doc[frame[0]].idx
    found = [(q.inner_start, q.inner_end) for q in _adjacent_quotes(doc, frame, speech)]
    return [p for p in (_trim(_text(doc), s, e, doc) for s, e in found if e < start) if p]


def _adjacent_quotes(doc: Doc, frame: tuple[int, int], speech: list[Quote]) -> list[Quote]:
    """Speech quotations that end just before the frame or start just after it.

    A quotation that opens a new sentence after the frame ('he said. "...')
    counts only when the frame interrupts a quotation ('"...," she said. "...').
    """
    found = [q for q in _near(doc, frame, speech) if _adjacent(_text(doc), q, frame, doc)]
    frame_start = doc[frame[0]].idx
    if any(q.end <= frame_start for q in found):
        return found
    frame_end = doc[frame[1] - 1].idx + len(doc[frame[1] - 1])
    return [q for q in found if "." not in _text(doc)[frame_end : q.start]]


def _extend_to_sentence(
    doc: Doc,
    verb: Token,
    frame: tuple[int, int],
    ranges: list[tuple[int, int]],
    is_cue: Callable[[Token], bool],
) -> list[tuple[int, int]]:
    """A paraphrase runs to the end of the sentence ("X said that A, so B")."""
    sent = _sent(verb)
    sent_start, sent_end = _token_chars(doc, sent.start, sent.end)
    if verb.dep_ == "relcl":  # "The hospital, which says it ..., is short": the clause ends
        sent_end = min(sent_end, _token_chars(doc, verb.i, verb.right_edge.i + 1)[1])
    frame_start, frame_end = _token_chars(doc, frame[0], frame[1])
    # "confirmed it had received a complaint and said it would ...": a second verb of the
    # same speaker is a new act (or a new predicate), not more of this content
    split = split_predicate(verb)
    second = [c for c in children_by_dep(verb, ("conj",)) if c.pos_ in ("VERB", "AUX")
              and (split is None or c.i != split.i)]  # fmt: skip
    ccomps = children_by_dep(verb, ("ccomp",))  # (the shared tree: no Token for the rest)
    second += [  # 'said it would "fight ..." and called ...': hung on the clause by the parser
        t for c in ccomps  # (also "..., and half said ...")
        for t in children_by_dep(c, ("conj",))  # (only a conjunct: the cheap test first)
        if _shifted_conj(t, cue=is_cue(t)) == verb or next_speaker(t) and is_cue(t)
    ]  # fmt: skip
    second += [  # '... if the striker left, and urged ...': hung on a clause inside it
        t for c in ccomps
        for a in children_by_dep(c, ("advcl",))
        for t in children_by_dep(a, ("conj",)) if _shifted_conj(t, cue=is_cue(t)) == verb
    ]  # fmt: skip
    second.sort(key=lambda t: t.i)
    second = [  # a verb sharing the speaker as subject ("so the US released ..." has its own),
        c for c in second  # or a cue with its own after "and": "Most said A, and half said B"
        if c.i > verb.i and (next_speaker(c) and is_cue(c) or not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
    ]  # fmt: skip
    if second:
        host = second[0].head
        cc = [c for c in host.children if c.dep_ == "cc" and verb.i < c.i < second[0].i]
        left = second[0].left_edge.i
        if not cc and doc[left - 1].dep_ == "cc":  # ', and her guest agreed': "and" elsewhere
            cc = [doc[left - 1]]
        cap = doc[cc[-1].i if cc else left].idx
        if _in_opened_quote(doc, frame_end, cap):
            cap = frame_end  # 'had dug it for years "and found nothing"': the words go on
        if cap > frame_end:
            sent_end = min(sent_end, cap)
            ranges = [(s, min(e, cap)) if s < cap else (s, e) for s, e in ranges]
    out = []
    text = _text(doc)
    for start, end in ranges:
        if start >= frame_end and end <= sent_end and text[start - 1 : start] not in QUOTE_MARKS:
            end = sent_end
        elif end <= frame_start and start >= sent_start and text[end : end + 1] not in QUOTE_MARKS:
            start = sent_start
        out.append((start, end))
    return out


def _in_opened_quote(doc: Doc, frame_end: int, at: int) -> bool:
    """Whether ``at`` (a character) lies inside a quotation that opens after the frame:
    the speaker's own words, which a verb joined by "and" inside them continue (the
    writer starts no new act inside someone's quoted words)."""
    quotes = _CACHE[id(doc)].quotes if id(doc) in _CACHE else []
    return any(frame_end <= q.start < at < q.end for q in quotes)


#: No quotation further than this from a frame is adjacent to it (the gap between
#: them holds punctuation and spaces only); checking it first keeps long texts linear.
NEAR = 120


def _near(doc: Doc, frame: tuple[int, int], speech: list[Quote]) -> list[Quote]:
    """The quotations within ``NEAR`` characters of the frame (the only candidates)."""
    starts, ends = token_chars(doc)
    start = starts[frame[0]] - NEAR
    end = ends[frame[1] - 1] + NEAR
    return [q for q in speech if q.end >= start and q.start <= end]


def _adjacent(text: str, quote: Quote, frame: tuple[int, int], doc: Doc) -> bool:
    starts, ends = token_chars(doc)
    start, end = starts[frame[0]], ends[frame[1] - 1]
    if quote.end <= start:
        gap = text[quote.end : start]
        # ('"... said, \'Go on,\'" he told me': the comma may close a quotation inside it)
        last = quote.inner(text).rstrip().rstrip("'\u2019").rstrip()[-1:]
        closes = last in ",!?\u2014\u2013-" or "," in gap
        return closes and not _WORD.search(gap) and "\n\n" not in gap
    if quote.start >= end:
        gap = text[end : quote.start]
        # 'She said:' closing its paragraph, the quotation standing as the next one
        return not _WORD.search(gap) and ("\n" not in gap or bool(_COLON_BREAK.fullmatch(gap)))
    return False


#: A colon that ends a paragraph, then the paragraph break (one blank line)
_COLON_BREAK = re.compile(r"[ \t]*:[ \t]*\n[ \t]*\n?[ \t]*")


def _paragraph_of(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2, len(text) if end < 0 else end)


def _clip(
    r: tuple[int, int], para: tuple[int, int], doc: Doc, frame: tuple[int, int]
) -> tuple[int, int] | None:
    """Keep a content range inside the cue's paragraph and out of the frame."""
    start, end = max(r[0], para[0]), min(r[1], para[1])
    starts, ends = token_chars(doc)
    f_start, f_end = starts[frame[0]], ends[frame[1] - 1]
    if start < f_start < end:
        end = f_start
    if start < f_end < end and start >= f_start:
        start = f_end
    return (start, end) if start < end else None


def _token_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    starts, ends = token_chars(doc)
    return starts[start], ends[end - 1]


_TRIM_LEFT = re.compile(r"^(?:[\s,;:\"'\u201c\u201d\u2018\u2019]|that\b)+", re.IGNORECASE)
_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "det"})
_TRIM_RIGHT = re.compile(r"[\s,;:\u2014-]+$")
_QUOTE_INSIDE = re.compile('["\u201c\u201d]')


def _trim(
    text: str, start: int, end: int, doc: Doc | None = None
) -> tuple[int, int] | None:
    """Strip a leading "that" (the conjunction, not the pronoun of '"That was a
    mistake"' when ``doc`` tells them apart), commas and stray quote marks."""
    piece = text[start:end]
    left = _TRIM_LEFT.match(piece)
    if left:
        cut = start + left.end()
        at = left.group().lower().rfind("that")
        if doc is not None and at >= 0:
            that = doc.char_span(start + at, start + at + 4)
            pronoun = that is not None and that[0].dep_ in _PRONOUN_DEPS
            if pronoun and not _that_clause(that[0]):
                cut = start + at  # a pronoun: it is said, not a conjunction
        start = cut
    piece = text[start:end]
    right = _TRIM_RIGHT.search(piece)
    if right:
        end = start + right.start()
    inner = text[start:end]
    if inner[-1:] in ('"', "\u201d") and not _QUOTE_INSIDE.search(inner[:-1]):
        end -= 1  # a closing mark whose opening mark is outside the content
    return (start, end) if start < end else None


#: What follows the words before a cue when they are a closed quotation ('"We lost,"').
_CLOSES_QUOTE = QUOTE_MARKS | {","}


def end_at_cue(doc: Doc, acts: list[Act]) -> None:
    """'"We lost," she said. "We will be back."': the content ends at the first
    quotation, as every practice key with the case writes it (229 of 229); the second
    is a follow-on quote with no cue of its own, left out of the act. Run after the
    acts inside the second quotation were dropped as reported inside this content (they
    stay dropped). A cue inside one quoted sentence ('"We lost," she said, "but ..."')
    keeps both halves."""
    text = _text(doc)
    for act in acts:
        if act.verb is None or not act.parts:
            continue
        cue_start, cue_end = _token_chars(doc, *act.cue)
        before = [p for p in act.parts if p[1] <= cue_start]
        after = [p for p in act.parts if p[0] >= cue_end]
        if not before or not after or len(before) + len(after) != len(act.parts):
            continue
        if text[before[-1][1] : before[-1][1] + 1] not in _CLOSES_QUOTE:
            continue  # the words before the cue are not a closed quotation
        first = min(after)
        gap = text[cue_end : first[0]]
        if "." not in gap or "\n\n" in gap:
            continue
        act.follow_on = max(p[1] for p in after)
        act.parts = before
        act.content = (before[0][0], before[-1][1])


# -- follow-on quotations -----------------------------------------------------
def _attach_follow_on_quotes(doc: Doc, acts: list[Act], speech: list[Quote]) -> None:
    """A quoted sentence with no cue of its own belongs to the last speaker.

    Its words extend the content of the closest attribution before it (in the
    same or the next paragraph): one act, one cue, and the act keeps its label.
    Not when that act's cue sits between its content and the quote ('"We lost,"
    she said. "We will be back."'): the content ends at the first quotation, as
    every practice key that has the case writes it (229 of 229).
    """
    text = _text(doc)
    for q in speech:
        if any(a.content[0] <= q.inner_start < a.content[1] + 2 for a in acts):
            continue
        if not _starts_sentence(text, q.start) or not re.search(r"[.!?]\W*$", q.inner(text)):
            continue
        before = [a for a in acts if a.content[1] <= q.start]
        if not before:
            continue
        last = max(before, key=lambda a: a.content[1])
        if last.content[1] <= doc[last.cue[0]].idx < q.start:
            last.follow_on = max(last.follow_on or 0, q.inner_end)
            continue  # '"A," he said. "B."': the cue closes its quotation (the keys stop there)
        gap = text[last.content[1] : q.start]
        if gap.count("\n\n") > 1 or _WORD.search(_strip_frame(doc, last, gap)):
            continue
        last.content = (last.content[0], max(last.content[1], q.inner_end))


def _strip_frame(doc: Doc, act: Act, gap: str) -> str:
    """The gap between content and a follow-on quote, minus the act's own frame words."""
    frame_words = {t.text for t in doc[act.cue[0] : act.cue[1]]}
    if act.speaker:
        frame_words |= {t.text for t in doc[act.speaker[0] : act.speaker[1]]}
    if act.verb is not None:
        frame_words |= {t.text for t in act.verb.subtree if not t.dep_.endswith("comp")}
    return " ".join(w for w in re.findall(r"\w+", gap) if w not in frame_words)


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in '.!?"\u201d:'

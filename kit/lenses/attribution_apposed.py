"""Speakers of a cue after a quotation whose noun phrase the parser gave to another verb
(annotation guide, section 1): '"...," the group's chair, Ann Lee, told the Post.'
(*chair* and *Lee* hung on the quoted clause) and '"...," said our head of policy, Ann
Lee, who joined in 2020 and has ...' (*head* made the subject of the relative clause's
second verb). Both leave the cue with no subject although the noun phrase beside it, a
role with a name in apposition, can only be its speaker: a quotation closed by a comma
is followed by who said it.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["role_after_inverted_cue", "role_before_cue", "role_before_span", "role_span"]

#: Words of a noun phrase before its head ("the", "our", "group", "'s", "chief").
_NP_POS = {"DET", "PRON", "ADJ", "NOUN", "PROPN", "PART", "NUM", "PUNCT"}
#: The longest role-and-name phrase read (the group's deputy chair, Dame Ann Lee-Hart,)
_LONGEST = 14


def _subjectless(verb: Token) -> bool:
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _closed_quote(doc, i: int) -> bool:
    """A closing quotation mark at ``i`` that follows a comma, "?" or "!" ('...," ')."""
    return i >= 1 and doc[i].is_quote and doc[i - 1].text in (",", "?", "!")


def _named(phrase) -> Token | None:
    """The name in a "role, Name" phrase: the last proper noun after a comma, or the
    phrase's own head noun when it has no name."""
    names = [t for t in phrase if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "")]
    commas = [t.i for t in phrase if t.text == ","]
    if names and commas and names[-1].i > commas[0]:
        return names[-1]
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def role_before_cue(verb: Token) -> Token | None:
    """ '"...," the group's chair, Ann Lee, told the Post.': a subjectless cue right after
    a noun phrase (with an optional apposition) that follows a closed quotation."""
    phrase = _phrase_before(verb)
    return _named(phrase) if phrase is not None else None


def role_before_span(verb: Token) -> tuple[int, int] | None:
    """The token range of the role phrase before the cue, which the frame holds."""
    phrase = _phrase_before(verb)
    return (phrase.start, phrase.end) if phrase is not None else None


def role_span(verb: Token) -> tuple[int, int] | None:
    """The token range of the role phrase one of these repairs read, whose clauses are
    no content: the phrase before the cue, or the phrase after it with the clauses that
    describe the speaker, to the end of the sentence."""
    if not _subjectless(verb):
        return None
    before = role_before_span(verb)
    if before is not None:
        return before
    if role_after_inverted_cue(verb) is None:
        return None
    doc = verb.doc
    end = verb.sent.end
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if any(t.is_quote for t in doc[verb.i + 1 : end]):
        return None  # a quotation of its own after the speaker: content, not frame
    return verb.i + 1, end


def _phrase_before(verb: Token):
    doc = verb.doc
    if not _subjectless(verb) or verb.i < 3:
        return None
    start = verb.i - 1
    while start > 0 and verb.i - start <= _LONGEST and not doc[start].is_quote:
        if doc[start].pos_ not in _NP_POS or doc[start].is_sent_start:
            return None
        start -= 1
    if not _closed_quote(doc, start) or start + 1 >= verb.i:
        return None
    phrase = doc[start + 1 : verb.i]
    if phrase[0].lower_ not in ("the", "a", "an", "our", "its", "their", "his", "her", "one"):
        return None  # a role phrase, not a stray word
    return phrase if _named(phrase) is not None else None


def role_after_inverted_cue(verb: Token) -> Token | None:
    """ '"...," said our head of policy, Ann Lee, who joined in 2020 and has ...': after a
    subjectless cue right after a closed quotation, the role noun the parser made the
    subject of a later verb; its name in apposition, if it has one, is the speaker."""
    doc = verb.doc
    if not _subjectless(verb) or not _closed_quote(doc, verb.i - 1):
        return None
    for tok in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass"):
            if tok.head.i <= tok.i or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
                return None  # ('"...," says the cuts will fall': the content's subject)
            names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            return names[0] if names else tok
        if tok.pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "PART"):
            return None
    return None

"""A body's role set before its name at the start of a sentence
(:mod:`kit.lenses.speakers`): "Receivers Thornbury Advisory said ..." names the body
*Thornbury Advisory*; "receivers" is a false title of news style that describes it
(guide, section 1: the fullest *name*, not its description).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kit import lexicon

#: Plural role nouns of bodies (kit/lexicons/source_words.yaml)
BODY_ROLES = lexicon.word_set("source_words", "body_descriptor_plurals")


def name_after_opening_role(span: Span) -> Span:
    """The body's name without a plural role noun that opens the sentence and that the
    tagger read as a proper noun ("Receivers Thornbury Advisory" -> "Thornbury
    Advisory"). Only when at least two capitalised proper nouns follow (not "Receivers
    said", not a name such as "Owners Club", which is kept whole by having one)."""
    if len(span) < 3 or not span[0].is_sent_start or span[0].pos_ != "PROPN":
        return span
    if span[0].lower_ not in BODY_ROLES:
        return span
    rest = span[1:]
    if not all(t.pos_ == "PROPN" and t.is_title for t in rest):
        return span
    return rest


#: Verbs of holding an office and the role nouns they give (kit/lexicons/source_words.yaml)
OFFICE_VERBS = lexicon.word_set("source_words", "office_verbs")
_OFFICE_ROLES: dict[str, frozenset[str]] = {
    verb: frozenset(nouns)
    for verb, nouns in lexicon.load("source_words", "source_words")["office_verbs"]["roles"].items()
}


def roles_by_clause(name: Token) -> set[str]:
    """Roles a relative clause on a person's name gives by a verb of office: "Jethro
    Vanstone, who chairs the guild" -> {"chairman", "chair", ...}; "who runs the ferry"
    -> {"manager", "owner", "boss"}. Only a present-tense clause with "who" as subject
    and an object (the body or thing held), not "who chaired it in 1990"; a present
    perfect counts when it runs up to now ("who has chaired the parish council since
    2011")."""
    roles: set[str] = set()
    for clause in name.children:
        if clause.dep_ != "relcl" or clause.i < name.i:
            continue
        if clause.tag_ not in ("VBZ", "VBP") and not _held_since(clause):
            continue
        verb = clause.lemma_.lower()
        if verb not in OFFICE_VERBS:
            continue
        who = any(c.tag_ == "WP" and c.dep_ == "nsubj" for c in clause.children)
        if who and any(c.dep_ == "dobj" for c in clause.children):
            roles |= _OFFICE_ROLES.get(verb, frozenset())
    return roles


def _held_since(verb: Token) -> bool:
    """ "who has chaired the council since 2011": a present perfect with "since", an
    office held up to now."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    )

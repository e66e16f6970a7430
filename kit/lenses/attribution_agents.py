"""Who can do a cue's act: the agent a verb of showing needs to be a report.

*suggest*, *show*, *indicate* and *reveal* report an act only when their subject can
make one: a person, a body, or a document or set of data that someone published ("The
figures suggest that ...", "the report shows that ...": the guide counts documents as
sources). With any other subject the verb states an inference the writer draws from a
state of affairs ("the mood in the bars suggested that ...", "the queues showed that
..."): nobody said anything, so there is no attribution (cues.yaml ``agent_subject``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kit.lenses.attribution_links import source_like
from kit.lenses.hedging_modals import PERSON_WORDS, is_person
from kit.lenses.speaker_names import PERSON_ENDINGS, document_heads

__all__ = ["agentless"]


def agentless(subject: Token) -> bool:
    """True for a common-noun subject that is no person, body or document, nor joined
    to one ("the mood in the bars", "turnout like this"); pronouns, names, relative
    words and nouns for people or documents are agents ("she", "the figures", "a
    listener", "scholars and officials")."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    return not any(_agent(t) for t in (subject, *subject.conjuncts))


def _agent(tok: Token) -> bool:
    """A person, body or document by the word, or a role a name or an owner ties to one
    ("its head of policy", "the head, Ann Lee,": the role of someone who can speak)."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return True
    lemma = tok.lemma_.lower()
    if source_like(tok) or is_person(tok) or lemma in PERSON_WORDS:
        return True
    if PERSON_ENDINGS.search(lemma) or any(c.dep_ == "appos" for c in tok.children):
        return True
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj"
    ]  # fmt: skip
    return any(_owner(o) for o in owners)


def _owner(tok: Token) -> bool:
    """A name, a pronoun, a person or a body that owns a role ("the council's head",
    "head of the trust"); a document or data set owns no speaker ("the pattern of
    results")."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return True
    return source_like(tok) and tok.lemma_.lower() not in document_heads()

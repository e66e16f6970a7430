"""Character compounds: hyphenated trait adjectives said of a person or group.

English builds many of its character words as compounds, and builds them freely, so a
list of whole compounds always falls behind. This rule builds the compound from its
parts (kit/lexicons/judgement_traits.yaml) and asks the parse who it describes:

- a body part read as a faculty, after a judging first part: "hard-faced accountants",
  "pig-headed planners", "mean-spirited officials", "the council was stony-hearted"
  (not "blue-eyed", "left-handed", "like-minded": their first parts do not judge);
- a habit in "noun + -ing" that sneers ("penny-pinching bosses", "curtain-twitching
  residents", "clipboard-wielding officials") or praises toil ("hard-grafting cabbies")
  (not "record-breaking", "English-speaking", "long-serving", "decision-making").

The same habits name people as "noun + agent noun" compounds ("penny-pinchers",
"rule-tickers", "a committee-sitter"): :func:`habit_agents` derives the agent nouns from
the "-ing" list ("ticking" -> "ticker") and marks the coined compound as a label,
unless its first part makes it a job or a plain description ("vote-counters",
"a dog-sitter", "fruit-pickers").

The adjective compound counts only before a person or group noun, or as what a person or group
is said to be. Words of a thing ("a hard-faced building") are left alone. Before its
noun a sneering compound and the noun together label the group ("hard-faced
accountants", labeling, as with "feral youths"); praise ("hard-grafting cabbies") and a
compound said of a subject are emotive verdicts.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import numpy as np
from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    in_name,
    is_person,
    subject_of,
    target_of,
)
from kit.lenses.judgement_verdicts import VerdictLexicon, candidates, verdict_lexicon
from kit.lenses.shared import doc_array


@cache
def traits_lexicon() -> VerdictLexicon:
    """The part lists of kit/lexicons/judgement_traits.yaml (read once)."""
    return verdict_lexicon("judgement_traits")


@cache
def _seconds() -> frozenset[str]:
    tx = traits_lexicon()
    return tx["faculty_part"] | tx["habit_part"]


@cache
def agent_parts() -> frozenset[str]:
    """Agent nouns of a sneering habit: the "-ing" parts made "-er" ("ticking" ->
    "ticker"), less those that name no person, plus the listed ``agent_part`` nouns."""
    tx = traits_lexicon()
    derived = {w[:-3] + "er" for w in tx.category("habit_part", "sneer") if w.endswith("ing")}
    return frozenset(derived - tx["not_agent"]) | tx["agent_part"]


def agent_compound(last: Token) -> int | None:
    """The first token of a coined "noun + agent noun" compound ending at ``last``
    ("rule-tickers", "committee-sitter"), or None (a job: "vote-counters", "dog-sitter")."""
    doc, i = last.doc, last.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    if i >= 3 and doc[i - 3].text == "-" and not doc[i - 3].whitespace_:
        return None
    first = doc[i - 2]
    if not first.is_alpha or first.lower_ in traits_lexicon()["literal_first"]:
        return None
    if last.lemma_.lower() not in agent_parts() and last.lower_ not in agent_parts():
        return None
    return i - 2


def habit_agents(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A coined compound that names people by a sneering habit: "the rule-tickers in
    the regional office", "Ruddock, a committee-sitter" (see the module)."""
    lex = lex or default_lexicon()
    for last in candidates(doc, agent_parts()):
        if last.pos_ not in ("NOUN", "PROPN") or in_name(doc[last.i - 2 : last.i + 1]):
            continue
        if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
            continue  # "rule-ticker culture": the compound describes a thing
        start = agent_compound(last)
        if start is None:
            continue
        span = Span(doc, start, last.i + 1, label="labeling")
        yield Judgement(
            span,
            f"'{span.text}' names people by a habit it sneers at: name-calling that "
            "mocks what they do instead of describing it.",
            "(give their job or role, and say what they did)",
            "habit_agent",
        )


def _compound(last: Token, tx: VerdictLexicon) -> tuple[int, str] | None:
    """(first token, "vice"/"virtue") when ``last`` ends a judging compound written
    with hyphens and no spaces ("hard-faced", "penny-pinching")."""
    doc, i = last.doc, last.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    first, second = doc[i - 2].lower_, last.lower_
    if i >= 3 and doc[i - 3].text == "-" and not doc[i - 3].whitespace_:
        return None  # "run-of-the-mill": a longer compound, not this one
    if second in tx["faculty_part"]:
        for kind in ("vice", "virtue"):
            if first in tx.category("character_first", kind):
                return i - 2, kind
        return None
    if second in tx.category("habit_part", "praise"):
        return (i - 2, "virtue") if first in tx["praise_first"] else None
    if second in tx.category("habit_part", "civic"):
        return (i - 2, "virtue") if first in tx["civic_first"] else None
    if second in tx.category("habit_part", "sneer") and doc[i - 2].is_alpha:
        return i - 2, "vice"
    return None


def _described(last: Token, lex: JudgementLexicon) -> Token | None:
    """The person or group the compound describes: the noun it premodifies, or the
    subject it is said of ("the trustees were tight-fisted")."""
    if last.dep_ in ("amod", "compound", "nmod") and last.head.i > last.i:
        return last.head if is_person(last.head, lex) else None
    if last.dep_ in ("acomp", "attr") and last.head.lemma_ in ("be", "seem", "look", "sound"):
        subject = subject_of(last.head)
        return subject if subject is not None and is_person(subject, lex) else None
    return None


def character_compounds(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A hyphenated character compound said of a person or group (see the module)."""
    lex, tx = lex or default_lexicon(), traits_lexicon()
    for last in candidates(doc, _seconds()):
        found = _compound(last, tx)
        if found is None:
            continue
        who = _described(last, lex)
        if who is None:
            continue
        start, kind = found
        verdict = "praises" if kind == "virtue" else "judges"
        if who.i > last.i and kind == "vice":
            # "hard-faced accountants": the sneer and its noun label them (praise, as in
            # "hard-grafting cabbies", is no name-calling: the compound alone is emotive)
            span = Span(doc, start, who.i + 1, label="labeling")
            how = "names a group by"
        else:  # "the trustees were tight-fisted": a verdict said of them
            span = Span(doc, start, last.i + 1, label="emotive")
            how = "gives"
        yield Judgement(
            span,
            f"'{span.text}' {verdict} {target_of(who)}: it {how} a verdict on their character "
            "in one coined word, not a description of what they did.",
            "(describe what they did)",
            "character_compound",
        )


#: Endings a jingle's second part may carry: "shilly-shallying", "pooh-poohed".
JINGLE_ENDINGS = ("ying", "ing", "ied", "ed", "es", "s")


def _jingle_stem(word: str) -> str:
    for ending in JINGLE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if ending in ("ying", "ied"):
                stem += "y"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyls":
                stem = stem[:-1]  # "flip-flopping" -> "flop"
            return stem
    return word


def _onset(word: str) -> str:
    i = 0
    while i < len(word) and word[i] not in "aeiouy":
        i += 1
    return word[i:]


def jingles(first: str, second: str) -> bool:
    """Two parts that rhyme or differ by one vowel: "namby-pamby", "wishy-washy",
    "mumbo-jumbo", "shilly-shally", "dilly-dally", "pooh-pooh"."""
    if not first.isalpha() or not second.isalpha() or len(first) < 3:
        return False
    if first == second:
        return True
    rhyme = _onset(first)
    if rhyme and rhyme == _onset(second) and first[0] != second[0] and len(rhyme) >= 2:
        return first[-1] in "aeiouy"  # "namby-pamby", "mumbo-jumbo" (not "four-hour")
    frame = str.maketrans("aeiouy", "______")
    return len(first) == len(second) and first.translate(frame) == second.translate(frame)


def jingle_compounds(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A jingling compound, built by rhyme or by a vowel change: "shilly-shallying",
    "namby-pamby", "wishy-washy", "mumbo-jumbo", "argy-bargy", "pooh-poohed". English
    coins these to mock (Quirk et al., App. I.19), so the form is the cue and no list of
    them is kept; only those that name a thing, a game, a sound or a place stay
    unmarked (``literal_jingle``: "ping-pong", "zig-zag", "hip-hop"), and names."""
    hyphen = doc.vocab.strings["-"]
    literal = traits_lexicon()["literal_jingle"]
    for i in np.flatnonzero(doc_array(doc, "ORTH") == hyphen):
        i = int(i)
        if i == 0 or i + 1 >= len(doc):
            continue
        left, right = doc[i - 1], doc[i + 1]
        if left.whitespace_ or doc[i].whitespace_ or left.ent_type_ or right.ent_type_:
            continue
        first, second = left.lower_, right.lower_
        stem = _jingle_stem(second)
        if f"{first}-{stem}" in literal or f"{first}-{second}" in literal:
            continue
        if not (jingles(first, second) or (stem != second and jingles(first, stem))):
            continue
        span = Span(doc, i - 1, i + 2, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' is a jingling, rhyming word that mocks what it describes: "
            "it tells the reader to laugh at it instead of saying what happened.",
            "(say what was done or said)",
            "jingle_compound",
        )


RULES = (character_compounds, habit_agents, jingle_compounds)

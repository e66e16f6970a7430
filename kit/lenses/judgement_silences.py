"""A pointed adverb on someone's silence (loadedAN, learned from rounds AM and AM1-AM3;
word classes in ``kit/lexicons/judgement_silences.yaml``).

A writer who wants the reader to suspect a person or body need not say why it kept quiet:
an adverb on the silence does it. "The Progressive group ... has been notably quiet about
the proposals"; "The council ... has gone strangely quiet since the airport opened a
training college in its biggest town"; "His minister has been thunderously silent since
Thursday"; "The vicar has stayed carefully neutral". The silence may be a fact; the adverb
is the writer's verdict on it (evasion, a motive), with no source. The mark is the
predicate, from the verb to the end of the sentence (a clause on the subject is not part
of the verdict).

Not a silence told plainly ("the council remained silent", "the guns fell silent"), one
measured or compared ("was less shy", "too quiet to hear", "went completely silent"), nor
a thing's ("the town had been very quiet since Monday"). A silence inside a quotation or
a report is the speaker's, and the loaded lens keeps claims to the writer's own voice.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    subject_of,
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    verdict_lexicon,
)


@cache
def silence_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_silences.yaml (read once)."""
    return verdict_lexicon("judgement_silences")


def pointed_silences(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A person or body said to have been, stayed or gone quiet, silent or neutral, with
    the writer's adverb on the silence: "has been notably quiet about the proposals", "has
    gone strangely quiet since ...", "has stayed carefully neutral"."""
    vx = silence_lexicon()
    for word in candidates(doc, vx["silence_adjective"]):
        # the cheap tests first: a predicate adjective with an adverb of its own
        if word.dep_ != "acomp" or word.head.lemma_.lower() not in vx["linking_verb"]:
            continue
        adverbs = [c for c in word.children if c.dep_ == "advmod" and c.i < word.i]
        if not adverbs or any(a.lower_ in vx["plain_degree"] for a in adverbs):
            continue
        verb = word.head
        subject = subject_of(verb)
        if subject is None or not is_person(subject, lex or default_lexicon()):
            continue  # "the town had been very quiet": a thing's silence
        sent = verb.sent
        # the predicate, from the first word after the subject ("has gone strangely quiet
        # since ..."): a clause on the subject ("which had opposed the runway") is not the
        # verdict, and keys trap its plain words
        start = subject.right_edge.i + 1 if subject.head.i == verb.i else verb.left_edge.i
        while start < verb.i and (doc[start].is_punct or doc[start].is_space):
            start += 1
        end = sent.end
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        yield make_verdict(
            doc[start:end],
            f"Whose judgement is this? '{adverbs[0].text} {word.text}' does more than report "
            "that they said nothing: the writer's adverb tells the reader what to make of "
            "the silence (that they are hiding something, or have a motive), a verdict "
            "with no source.",
            f"(say plainly that {subject.text} did not comment, and since when)",
            "pointed_silence",
        )


#: The rules of this module, registered with the verdict rules in judgement_claims.
SILENCE_RULES = (pointed_silences,)

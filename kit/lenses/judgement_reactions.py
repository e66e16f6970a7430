"""Institutions given a body or a conscience, verdicts of taste, and asides to the reader
(issue 11, loadedU; word classes in ``kit/lexicons/judgement_reactions.yaml``).

Word rules (emotive or labeling, in any voice):

- :func:`institution_reactions`: a nervous or bodily reaction told of a body of people
  as fact ("the water board has begun to wince", "County Hall flinched"; not "the puppy
  squirmed", "officials shivered in the wind");
- :func:`missing_conscience`: "without a shred of embarrassment", "without a hint of
  shame" (not "without a hint of a limp");
- :func:`armed_with`: "arrived armed with a spreadsheet" (not "armed with batons");
- :func:`enforcer_similes`: "went about the evictions like a debt collector" (not "worked
  as a debt collector", "dressed like a prison warder");
- :func:`ugliness_verdicts`: "a garish bus shelter", "the arch is grotesque" (not "an
  ugly bruise");
- :func:`bound_labels`: "an office-bound planner" (not "bound for the coast").

Claim rules (the loaded lens keeps them in the writer's own voice):

- :func:`mock_invitations`: "Perhaps the minister would like to explain why ...";
- :func:`absurd_comparisons`: "makes about as much sense as a turnstile on a lifeboat".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit.lenses.attribution_frames import suggested
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
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    verdict_lexicon,
)
from kit.lenses.shared import sentence_of


@cache
def reactions_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_reactions.yaml (read once)."""
    return verdict_lexicon("judgement_reactions")


def players() -> frozenset[str]:
    """Who pretends in play, not to deceive: "the children pretended to be dragons"."""
    return reactions_lexicon()["child_noun"]


def _institution(tok: Token) -> bool:
    """A body of people, not a person: "the council", "County Hall", an organisation's
    name, or people placed in one ("officials at the ministry")."""
    rx = reactions_lexicon()
    if tok.ent_type_ == "ORG" or tok.lemma_.lower() in rx["institution_noun"]:
        return True
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in rx["institution_place"]:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.ent_type_ == "ORG" or obj.lemma_.lower() in rx["institution_noun"]
                ):
                    return True
    return False


def institution_reactions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A bodily or nervous reaction told of an institution: the writer reads its mind."""
    rx = reactions_lexicon()
    for verb in candidates(doc, rx["body_reaction"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rx["body_reaction"]:
            continue
        subject = subject_of(verb)
        if subject is None and verb.dep_ == "xcomp":  # "has begun to wince"
            subject = subject_of(verb.head)
        if subject is None or not _institution(subject):
            continue
        sent = sentence_of(verb)
        if any(t.lemma_.lower() in rx["weather_cause"] for t in sent):
            continue  # "staff at the depot shivered in the cold"
        yield Judgement(
            Span(doc, verb.i, verb.i + 1, label="emotive"),
            f"'{verb.text}' gives {target_of(subject)} a body's nervous reaction: a figure "
            "that tells the reader how the institution feels, which nobody can observe.",
            "(say what the institution did or said)",
            "institution_reaction",
        )


def missing_conscience(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "without a shred of embarrassment": the writer says a feeling was missing."""
    rx = reactions_lexicon()
    for feeling in candidates(doc, rx["conscience_noun"]):
        of = feeling.head
        if feeling.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_ not in rx["trace_noun"]:
            continue
        trace = of.head
        i = trace.i - 1
        while i >= 0 and doc[i].lower_ in rx["without_det"]:
            i -= 1
        if i < 0 or doc[i].lower_ not in ("without", "no", "not"):
            continue
        span = Span(doc, i, feeling.i + 1, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' tells the reader what someone failed to feel: a verdict on their "
            "conscience in the writer's voice, not a description of what they did.",
            "(report what they said or did)",
            "missing_conscience",
        )


def armed_with(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "armed with a spreadsheet": a meeting told as a fight (not a weapon or a warrant)."""
    rx = reactions_lexicon()
    for armed in candidates(doc, frozenset({"armed"})):
        if armed.lower_ != "armed" or armed.i + 1 >= len(doc):
            continue
        nxt = doc[armed.i + 1]
        if nxt.lower_ == "only" and armed.i + 2 < len(doc):
            nxt = doc[armed.i + 2]
        if nxt.lower_ != "with":
            continue
        objects = [c for c in nxt.children if c.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        weapons = rx["weapon_noun"]
        if not objects or any(o.lemma_.lower() in weapons or o.lower_ in weapons for o in objects):
            continue
        span = Span(doc, armed.i, nxt.i + 1, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' turns a meeting or an argument into a fight: a figure that casts "
            "someone as an attacker instead of saying what they brought.",
            "with, bringing",
            "armed_with",
        )


@cache
def _enforcers() -> dict[str, list[tuple[str, ...]]]:
    """The enforcer roles by their last word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for parts in reactions_lexicon().phrases("enforcer_role"):
        out.setdefault(parts[-1], []).append(parts)
    return out


def enforcer_similes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Conduct compared to a disliked enforcer: "went about it like a debt collector"."""
    rx, roles = reactions_lexicon(), _enforcers()
    for last in candidates(doc, frozenset(roles)):
        for parts in roles.get(last.lower_, ()) or roles.get(last.lemma_.lower(), ()):
            start = last.i - len(parts) + 1
            if start < 2 or any(
                doc[start + k].lemma_.lower() != p and doc[start + k].lower_ != p
                for k, p in enumerate(parts)
            ):
                continue
            det, like = doc[start - 1], doc[start - 2]
            if det.lower_ not in ("a", "an", "the", "some") or like.lower_ != "like":
                continue
            verb = like.head
            for _ in range(2):  # "went about the evictions like ...": "like" hung on the noun
                if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                    break
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in rx["conduct_verb"]:
                continue
            span = Span(doc, like.i, last.i + 1, label="emotive")
            yield Judgement(
                span,
                f"'{span.text}' compares how someone acted to a disliked enforcer: a charged "
                "comparison that judges instead of describing what they did.",
                "(describe what they did)",
                "enforcer_simile",
            )
            break


def ugliness_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Ugliness said of a built or designed thing: a verdict of taste in the writer's
    words ("a garish bus shelter", "the new arch is grotesque")."""
    rx = reactions_lexicon()
    built = rx["built_thing"]
    for adj in candidates(doc, rx["ugliness_adjective"]):
        if adj.pos_ not in ("ADJ", "NOUN", "VERB") or in_name(doc[adj.i : adj.i + 1]):
            continue
        thing = None
        if adj.dep_ in ("amod", "compound", "nmod") and adj.head.i > adj.i:
            thing = adj.head
        elif adj.dep_ in ("acomp", "attr") and adj.head.lemma_ in ("be", "look", "seem"):
            thing = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
        if thing is None:
            continue
        if thing.lemma_.lower() not in built and thing.lower_ not in built:
            continue
        yield Judgement(
            Span(doc, adj.i, adj.i + 1, label="emotive"),
            f"'{adj.text}' tells the reader what to think of how the {thing.text} looks: a "
            "verdict of taste in the writer's voice, not a description.",
            "(describe it: size, colour, material)",
            "ugliness_verdict",
        )


def bound_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "an office-bound planner": a person labelled as tied to a desk or a rule book."""
    lex = lex or default_lexicon()
    rx = reactions_lexicon()
    for bound in candidates(doc, frozenset({"bound"})):
        i = bound.i
        if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
            continue
        if doc[i - 2].lower_ not in rx["bound_first"]:
            continue
        head = bound.head
        if head.i <= i or not is_person(head, lex):
            continue
        span = Span(doc, i - 2, head.i + 1, label="labeling")
        yield Judgement(
            span,
            f"'{span.text}' labels {target_of(head)} as tied to a desk or a rule book: a "
            "sneer instead of their role.",
            "(give their role)",
            "bound_label",
        )


# -- claims in the writer's voice ----------------------------------------------------------
def mock_invitations(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "Perhaps the minister would like to explain why ...": the writer dares someone who
    will not answer to justify themselves; the sentence is a verdict, not a question."""
    rx = reactions_lexicon()
    for opener in candidates(doc, frozenset({"perhaps", "maybe"})):
        sent = sentence_of(opener)
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words or words[0].i != opener.i:
            continue
        act = next(
            (
                t
                for t in sent
                if t.lemma_.lower() in rx["invitation_verb"] and suggested(t)
            ),
            None,
        )
        if act is None:
            continue
        subject = subject_of(act.head)
        if subject is None or subject.lower_ in ("i", "we", "you") or not (
            is_person(subject, lex or default_lexicon()) or _institution(subject)
        ):
            continue
        yield make_verdict(
            sent,
            f"Whose judgement is this? '{sent.text.strip()}' dares {target_of(subject)} to "
            "justify themselves: a mock invitation that tells the reader they cannot, in the "
            "writer's own voice.",
            "(report what they were asked and what they answered)",
            "mock_invitation",
        )


def absurd_comparisons(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "as much sense as a turnstile on a lifeboat", "about as useful as a chocolate
    fireguard": an absurd figure set beside the thing judged."""
    rx = reactions_lexicon()
    words = rx["comparison_noun"] | rx["comparison_adjective"]
    for tok in candidates(doc, words):
        i = tok.i
        if i < 1 or i + 3 > len(doc) or doc[i + 1].lower_ != "as":
            continue
        if doc[i + 2].lower_ not in ("a", "an"):
            continue
        if tok.lower_ in rx["comparison_noun"]:
            if i < 2 or doc[i - 1].lower_ != "much" or doc[i - 2].lower_ != "as":
                continue  # "as much sense as a", not "more sense than"
            start = i - 2
        else:
            if doc[i - 1].lower_ != "as":
                continue
            start = i - 1
        if start > 0 and doc[start - 1].lower_ in ("about", "roughly", "just"):
            start -= 1
        span = Span(doc, start, i + 3, label="unattributed_claim")
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' sets the thing beside an absurd "
            "figure to mock it: a verdict in the writer's own voice, with no evidence.",
            "(say what is wrong with it)",
            "absurd_comparison",
        )


WORD_RULES = (
    institution_reactions,
    missing_conscience,
    armed_with,
    enforcer_similes,
    ugliness_verdicts,
    bound_labels,
)
CLAIM_RULES = (mock_invitations, absurd_comparisons)

"""Motives read into a body's plans, stated as fact: whole sentences in the writer's own
voice that say someone profits from people's inattention, steers what people believe, or
will not care (word classes in ``kit/lexicons/judgement_reliance.yaml``).

- :func:`inattention_bets`: "The airline is banking on most passengers giving up", "The
  firm is counting on customers not reading the small print", "Ministers are betting
  that voters will forget" (not "The club is banking on a strong second half", "Farmers
  are relying on rain", "The scheme relies on residents recycling more");
- :func:`belief_steering`: "The rules are simpler than the salesmen would like you to
  believe", "The company wants customers to think that the fee is a bargain" (not "The
  coach wants the players to believe in themselves", "The museum would like visitors to
  think about the cost of heating");
- :func:`indifference_forecasts`: "Nobody at head office will lose a minute's sleep over
  it", "The board will not shed a tear" (not "She did not shed a tear at the funeral",
  "I will not lose sleep over it").

Like the other claim rules they count only in the writer's own voice: the loaded lens
drops a find inside quotes, reported content or a sentence with a reporting cue.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Token

from kit.lenses.judgement_lexicon import Hits, Judgement, JudgementLexicon, default_lexicon, norm
from kit.lenses.judgement_motives import _hedged, _nobody, _third_party, motive_lexicon
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    subject_or_none,
    verdict_lexicon,
)
from kit.lenses.judgement_voice import hedged, in_class, voice_lexicon
from kit.lenses.wordlists import sentence_of


@cache
def reliance_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_reliance.yaml (read once)."""
    return verdict_lexicon("judgement_reliance")


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its head's when it is a conjunct or an open complement
    ("is quick to assume", "and is banking on")."""
    subject = subject_or_none(verb)
    if subject is None and verb.dep_ in ("conj", "xcomp"):
        subject = subject_or_none(verb.head)
    return subject


def _party(subject: Token | None, mx: VerdictLexicon) -> bool:
    """Anyone but the writer or the reader: a person, a body or a firm ("the gym chain")."""
    return (
        subject is not None
        and subject.pos_ in ("NOUN", "PROPN", "PRON")
        and norm(subject) not in mx["self_subject"]
        and subject.lower_ not in ("you", "it", "this", "that")
    )


def _denied(tok: Token, rx: VerdictLexicon) -> bool:
    return any(c.dep_ == "neg" or norm(c) in rx["negator"] for c in tok.children)


def _lapses(verb: Token, rx: VerdictLexicon) -> bool:
    """People stop paying attention: "giving up", "forget", "not reading", "lose interest"."""
    if in_class(verb, rx.category("lapse_verb", "lapse")) and not _denied(verb, rx):
        return True
    if in_class(verb, rx.category("lapse_verb", "phrasal")) and any(
        c.dep_ in ("prt", "dobj", "advmod", "prep") and norm(c) in rx["lapse_particle"]
        for c in verb.children
    ):
        return not _denied(verb, rx)
    return in_class(verb, rx["attention_verb"]) and (_denied(verb, rx) or _too_to(verb))


def _too_to(verb: Token) -> bool:
    """The verb is ruled out by "too" ("too tired to complain", "too busy to read")."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "advcl", "ccomp")
        and head.pos_ in ("ADJ", "ADV")
        and any(c.lower_ == "too" for c in head.children)
    )


def _counted_on(verb: Token, rx: VerdictLexicon) -> Token | None:
    """The lapse a verb of reliance counts on: in a gerund or clause after "on", or in a
    "that" clause ("betting that voters will forget")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        clauses += [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
        # "counting on passengers not reading": the gerund hung on the verb by the parser
        clauses += [
            c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > prep.i
        ]
    for clause in clauses:
        for tok in clause.subtree:
            if tok.pos_ in ("VERB", "AUX") and tok.i > verb.i and _lapses(tok, rx):
                return tok
    return None


def inattention_bets(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A third party that counts on people giving up, forgetting or not checking: the
    writer states as fact that it profits from their inattention."""
    lex, rx, mx = lex or default_lexicon(), reliance_lexicon(), motive_lexicon()
    for verb in candidates(doc, rx["reliance_verb"]):
        if verb.pos_ != "VERB" or not in_class(verb, rx["reliance_verb"]):
            continue
        subject = _subject(verb)
        if not _party(subject, mx) or _denied(verb, rx) or _hedged(verb):
            continue
        lapse = _counted_on(verb, rx)
        if lapse is None or hedged(sentence_of(verb), voice_lexicon()):
            continue
        yield make_verdict(
            sentence_of(verb),
            f"Whose judgement is this? The sentence says {subject.text} is counting on people "
            f"'{lapse.text}': a motive (profit from their inattention) stated as fact in the "
            "writer's own voice. Who shows that this is the plan?",
            "(report what was done, and who reads a motive into it)",
            "inattention_bet",
        )


def _steered(verb: Token, rx: VerdictLexicon) -> Token | None:
    """The audience whose belief ``verb`` steers: "like [you] to believe"."""
    beliefs = rx["belief_verb"]
    belief = next(
        (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and in_class(c, beliefs)),
        None,
    )
    if belief is None:
        return None
    who = subject_or_none(belief) or next((c for c in verb.children if c.dep_ == "dobj"), None)
    if who is None or not in_class(who, rx["audience"]):
        return None
    if any(c.dep_ == "prep" for c in belief.children):
        return None  # "to think about the cost of heating": a request
    than = _compared(verb) is not None  # "simpler than they would like you to believe"
    said = any(c.dep_ in ("ccomp", "dobj") for c in belief.children)
    return who if (than or said) else None


def _compared(verb: Token) -> Token | None:
    """The subject a parser hung on "than" ("simpler than [the people] ... would like you
    to believe", with "like" left without a subject)."""
    than = next((t for t in sentence_of(verb) if t.lower_ == "than" and t.i < verb.i), None)
    return next((c for c in than.children if c.dep_ == "pobj"), None) if than else None


def belief_steering(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "... than the salesmen would like you to believe", "wants voters to think that":
    the writer says a third party steers what the reader or the public believes."""
    lex, rx, mx = lex or default_lexicon(), reliance_lexicon(), motive_lexicon()
    for verb in candidates(doc, rx["steering_verb"]):
        if verb.pos_ != "VERB" or not in_class(verb, rx["steering_verb"]):
            continue
        subject = subject_or_none(verb) or _compared(verb) or _subject(verb)
        if not _third_party(subject, lex, mx) or subject.lower_ == "it":
            continue
        who = _steered(verb, rx)
        if who is None or _hedged(verb):
            continue
        yield make_verdict(
            sentence_of(verb),
            f"Whose judgement is this? The sentence says {subject.text} wants {who.text} to "
            "believe something untrue: a claim of bad faith in the writer's own voice. Show "
            "what was claimed and why it is wrong, or say who says so.",
            "(set out what they claim and what the evidence shows)",
            "belief_steering",
        )


def indifference_forecasts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An idiom of not caring said of a third party, denied, in the present or the
    future: "Nobody at head office will lose a minute's sleep", "The board will not shed
    a tear" (a report of the past, "did not shed a tear at the funeral", is left alone)."""
    lex, rx, mx = lex or default_lexicon(), reliance_lexicon(), motive_lexicon()
    idioms = {verb: rx.category("indifference_verb", verb) for verb in
              ("lose", "shed", "bat", "lift", "turn", "give", "raise")}  # fmt: skip
    for verb in candidates(doc, frozenset(idioms)):
        objects = idioms.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or not objects:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and in_class(c, objects)), None)
        if obj is None:
            continue
        # nobody "lifted a finger" is a figure in any tense (no finger is ever reported);
        # "did not shed a tear at the funeral" may be a plain report of the past
        finger = obj.lemma_.lower() == "finger"
        if verb.tag_ in ("VBD", "VBN") and not finger:
            continue
        subject = _subject(verb)
        if not _third_party(subject, lex, mx):
            continue
        if not (_denied(verb, rx) or _nobody(subject) or norm(subject) in ("few",)):
            continue
        if verb.tag_ == "VB" and not finger and not any(c.tag_ == "MD" for c in verb.children):
            continue  # "did not shed a tear": a report of the past
        yield make_verdict(
            sentence_of(verb),
            f"Whose judgement is this? '{verb.text}' in an idiom of not caring says what "
            f"{subject.text} feels, as a fact in the writer's own voice. Who says so?",
            "(report what they did or said)",
            "indifference_forecast",
        )


RELIANCE_RULES = (inattention_bets, belief_steering, indifference_forecasts)

"""Rhetorical questions: the grammar of a question that expects no answer (used by
:func:`kit.lenses.judgement_claims.rhetorical_questions`; word classes in
kit/lexicons/judgement_verdicts.yaml). Split from judgement_claims.py (issue 11, loadedK)
when "Who would argue ...?" and the closing "..., exactly?" were added.
"""

from __future__ import annotations

from spacy.tokens import Span

from kit.lenses.judgement_lexicon import norm
from kit.lenses.judgement_verdicts import VerdictLexicon, verdict_lexicon
from kit.lenses.judgement_voice import copular, process_question


def expects_no_answer(question: Span) -> str:
    """Why a question expects no answer, or "" for a real (or signpost) question:
    a yes/no question with a polarity item ("Is anyone surprised?", "Does it really
    matter?"); a wh-word with "exactly"/"else"/"ever" ("Who exactly asked for this?",
    "Why else would ..."); "why" with "would/should/must" or a negation; a question
    that presupposes failure ("Where did it all go wrong?"); "Is this how ...?"."""
    vx = verdict_lexicon()
    first = question[0]
    words = [norm(t) for t in question]
    lemmas = [t.lemma_.lower() for t in question]
    wh = first.tag_ in ("WP", "WRB", "WDT", "WP$") or first.lower_ in ("why", "how", "where")
    if not wh and (first.tag_ == "MD" or first.pos_ == "AUX" or first.lemma_ in ("be", "do")):
        if _offer(question):
            return ""  # "Would anyone like a copy?": an offer, not a sneer
        if polar := next((w for w in words[1:] if w in vx["question_polarity"]), None):
            return f"'{polar}' in a yes/no question expects the answer 'no'"
        second = question[1] if len(question) > 1 else None
        if (
            second is not None
            and second.lower_ in ("this", "that")
            and any(w in ("how", "what") for w in words[2:4])
        ):
            return f"'{first.text} {second.text} {question[2].text} ...' expects the answer 'no'"
        return ""
    if not wh:
        return ""
    if (
        len(words) > 1
        and words[1] in vx["wh_emphasis"]
        and (words[1] != "else" or first.lower_ in ("why", "how"))
        and (
            words[1] == "else"
            or not copular(question)
            or any(t.tag_ == "VB" for t in question)  # "What exactly were we supposed to think?"
            # "What exactly were the inspectors doing for six years?" (a verb in -ing)
            or any(t.tag_ == "VBG" and t.pos_ == "VERB" for t in question)
        )
        # "What exactly happens to a ticket if ...?" asks how a process runs
        and (words[1] == "else" or not process_question(question))
    ):  # "Why else would ...?" argues; "What else is in the bill?", "What exactly is a
        # carbon credit?" ask
        return f"'{first.text} {question[1].text}' expects no answer"
    if len(words) > 3 and words[-2] in vx["wh_emphasis"] and words[-3] == ",":
        return f"'..., {question[-2].text}?' expects no answer"  # "Who did the work, exactly?"
    if dispute := _who_would_dispute(question, vx):
        return dispute
    if (
        first.lower_ == "why"
        and len(words) > 1
        and (words[1] in vx["why_modal"] or "n't" in words[1:3] or "not" in words[1:3])
    ):
        return f"'{first.text} {question[1].text} ...' argues instead of asking"
    for phrase in vx.phrases("failure_predicate"):
        n = len(phrase)
        for i in range(1, len(words) - n + 1):
            if all(phrase[k] in (words[i + k], lemmas[i + k]) for k in range(n)):
                return f"it takes for granted that something went wrong ('{' '.join(phrase)}')"
    return ""


def _who_would_dispute(question: Span, vx: VerdictLexicon) -> str:
    """ "Who would argue the cut is fair?", "Who could object to that?": "who" as the
    subject of "would"/"could"/"can" and a dispute verb that takes a claim (a clause, or
    "with"/"to" something); blame-like verbs may take a plain object ("Who could fault
    her?"). Not "Who would argue the appeal?" (a task) nor "Who would replace him?"."""
    first = question[0]
    if first.lower_ != "who" or first.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    verb = first.head
    if verb.lemma_.lower() not in vx["dispute_verb"]:
        return ""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is None or modal.lower_ not in ("would", "could", "can", "will"):
        return ""
    takes_claim = verb.dep_ == "csubj" or any(  # "argue [the rise] is fair", misparsed
        c.dep_ in ("ccomp", "xcomp")
        or (c.dep_ == "prep" and c.lower_ in ("with", "to", "that"))
        or (c.dep_ == "dobj" and verb.lemma_.lower() in ("begrudge", "grudge", "fault", "blame"))
        for c in verb.children
    )
    if not takes_claim:
        return ""
    return f"'{first.text} {modal.text} {verb.text} ...' expects the answer 'nobody'"


def _offer(question: Span) -> bool:
    """ "Would anyone like a copy of the minutes?", "Would anybody care for tea?": the
    polite formula of an offer (would + anyone + like/care for + a thing), not "Would
    anyone trust him?" nor "Would anyone like to live next to a tip?" (an infinitive)."""
    words = [t.lower_ for t in question[:5]]
    return (
        len(words) == 5
        and words[0] == "would"
        and words[1] in ("anyone", "anybody", "everyone", "everybody")
        and (words[2] == "like" or words[2:4] == ["care", "for"])
        and words[3] != "to"
    )

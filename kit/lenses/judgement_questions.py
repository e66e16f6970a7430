"""Rhetorical questions: the grammar of a question that expects no answer (used by
:func:`kit.lenses.judgement_claims.rhetorical_questions`; word classes in
kit/lexicons/judgement_verdicts.yaml). Split from judgement_claims.py (issue 11, loadedK)
when "Who would argue ...?" and the closing "..., exactly?" were added.
"""

from __future__ import annotations

from spacy.tokens import Span

from kit.lenses.judgement_lexicon import default_lexicon, is_person, norm
from kit.lenses.judgement_verdicts import VerdictLexicon, verdict_lexicon
from kit.lenses.judgement_voice import definition, process_question


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
    if gainer := _for_whom(question):
        return gainer
    if echo := _echo_question(question):
        return echo
    if not wh and (contrary := _so_if(question)):
        return contrary
    if not wh and (closing := _closing_emphasis(question, words)):
        return closing
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
            or not definition(question)
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


def _closing_emphasis(question: Span, words: list[str]) -> str:
    """An echo question with the wh-word inside and a closing "exactly"/"precisely"
    (loadedAI): "A generation of what, exactly?", "Explore them where, exactly?",
    "Painful for which of them, precisely?". It throws a claim back and expects no
    answer; a question with no wh-word ("Is it finished, exactly?") is left to the
    other tests."""
    if len(words) < 4 or words[-2] not in ("exactly", "precisely") or words[-3] != ",":
        return ""
    if not any(t.tag_ in ("WP", "WRB", "WDT", "WP$") for t in question[1:-3]):
        return ""
    return f"'..., {question[-2].text}?' throws the claim back and expects no answer"


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


def _for_whom(question: Span) -> str:
    """ "Painful for whom?", "Fair to whom?", "Savings for whom, exactly?": a word of the
    claim before it, echoed with "for whom"/"to whom" and no verb. It asks who gains or
    loses and expects the answer 'not the people it claims' (issue 11, loadedN). A real
    question has a verb ("For whom was the letter written?") or opens with the
    preposition ("To whom?"); a question inside quotes is the speaker's, not the writer's
    (the loaded lens checks the voice)."""
    words = [t for t in question if not (t.is_punct or t.is_space)]
    if not 3 <= len(words) <= 5 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return ""
    for i, tok in enumerate(words[1:-1], start=1):
        if tok.lower_ in ("for", "to") and words[i + 1].lower_ == "whom":
            head = words[i - 1]
            if head.pos_ in ("ADJ", "NOUN", "ADV") and not (set(words[i + 2 :]) - {
                t for t in words if t.lower_ in ("exactly", "precisely", "then")
            }):
                return f"'{head.text} {tok.text} whom?' hints that it is not the people it claims"
    return ""


def _so_if(question: Span) -> str:
    """ "Would they have been so strict if Pettigrew had held the ticket?", "Would the
    board have moved so quickly if ...?": a past unreal condition with "so" + an adjective
    or adverb asks the reader to agree that the answer is 'no', so the question accuses
    (issue 11, loadedN). Not "Would you have done the same?" (no "so ... if") nor "Would
    it have been so bad if ...?" inside a quotation (the lens checks the voice); the one
    asked about is a person or body, whose double standard it implies."""
    words = [t.lower_ for t in question]
    if len(words) < 6 or words[0] != "would" or "have" not in words[1:5]:
        return ""
    so = next(
        (t for t in question if t.lower_ in ("so", "as") and t.head.pos_ in ("ADJ", "ADV")
         and t.head.i == t.i + 1),
        None,
    )
    if so is None:
        return ""
    cond = next((t for t in question[so.i - question.start :] if t.lower_ == "if"), None)
    root = question.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if cond is None or subject is None or not is_person(subject, default_lexicon()):
        return ""  # "Would the bridge have been so expensive if ...?": a thing, no double standard
    return (
        f"'Would ... have ... {so.text} {so.doc[so.i + 1].text} if ...?' asks the reader "
        "to agree that the answer is 'no': an accusation of double standards"
    )


def _echo_question(question: Span) -> str:
    """A verbless question in the writer's voice that throws back the sentence before
    it (issue 11, loadedP2): one word echoing a word of that sentence ('... "listened
    carefully to customers". Listened?'), or a noun phrase opened by "And"/"So"/"But"
    ("And the county's answer?", "So the cost to taxpayers?"). A heading or a form's
    label ("Opening hours?") echoes nothing and opens with no conjunction."""
    doc = question.doc
    words = [t for t in question if not (t.is_punct or t.is_space)]
    if not words or len(words) > 6 or question.start < 2:
        return ""
    before = doc[question.start - 1]
    conj = before.lower_ in ("and", "so", "but") and before.i >= question.sent.start
    if conj and any(t.pos_ in ("VERB", "AUX") for t in words):
        return ""
    if conj and words[-1].pos_ == "NOUN" and question.root.pos_ == "NOUN":
        return f"'{before.text} {question.text}' hints at the answer the writer expects"
    prev_end = question.start - 1
    while prev_end > 0 and (doc[prev_end].is_space or doc[prev_end].is_quote):
        prev_end -= 1
    if len(words) != 1 or doc[prev_end].text not in (".", "!", "?") or words[0].is_title is False:
        return ""
    word = words[0]
    earlier = doc[prev_end].sent
    if word.tag_ in ("VBN", "VBD", "JJ", "VBG") and any(
        t.lemma_.lower() == word.lemma_.lower() and t.i != word.i for t in earlier
    ):
        return f"'{word.text}?' echoes the claim before it to doubt it"
    return ""

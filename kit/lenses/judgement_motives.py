"""Motives, knowledge and indifference stated as fact: whole sentences in the writer's
own voice that claim what someone knows, cares about or acted to hide, what a promise
will be worth, or who runs something (word classes in
``kit/lexicons/judgement_motives.yaml``).

- :func:`known_claims`: "The paper sells more when it frightens readers, and it knows
  it." (not "She knows it by heart.", "I know it.");
- :func:`indifference_claims`: "They do not care about the high street", "The board
  has no interest in the tenants", "Ministers are deaf to the warnings" (not "I do not
  care", "The cat does not care about the rain", "Do not worry.");
- :func:`suppression_purposes`: "The minister went on the radio to close down the
  story." (not "went on the radio to explain the plan", "closed down the factory");
- :func:`reception_forecasts`: "The trust's promises will sound familiar", "The
  apology will ring hollow" (not "The tune will sound familiar");
- :func:`sweeping_verdicts`: "The cabinet is run by people who have never run a
  business." (not "The course is for people who have never sailed.").

Like the other claim rules they count only in the writer's own voice: the loaded lens
drops a find inside quotes, reported content or a sentence with a reporting cue.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    antecedent,
    default_lexicon,
    is_person,
    norm,
    phrase_end,
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    subject_or_none,
    verdict_lexicon,
)
from kit.lenses.judgement_voice import neighbour
from kit.lenses.wordlists import sentence_of

NEGATORS = {"not", "n't", "never", "no", "hardly", "barely", "scarcely", "little"}
HEDGES = {"may", "might", "could", "perhaps", "probably", "possibly", "seem", "appear"}


@cache
def motive_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_motives.yaml (read once)."""
    return verdict_lexicon("judgement_motives")


def _third_party(subject: Token | None, lex: JudgementLexicon, vx: VerdictLexicon) -> bool:
    """Someone other than the writer or the reader, who can be said to know or care."""
    if subject is None or norm(subject) in vx["self_subject"]:
        return False
    if subject.is_title or subject.pos_ == "PROPN":
        return True  # a name the tagger missed: "Fenwright went on the programme ..."
    if _nobody(subject):
        return True  # "nobody on the committee", "no one at the council"
    return is_person(subject, lex) or subject.lower_ in ("it", "both", "all", "each")


def _nobody(subject: Token) -> bool:
    """A subject that denies for a whole group: "nobody", "no one", "none of them", "no
    councillor"."""
    if subject.lower_ in ("nobody", "none") or (
        subject.lower_ == "one" and subject.i > 0 and subject.nbor(-1).lower_ == "no"
    ):
        return True
    if any(  # "Not one councillor", "not a single minister"
        c.dep_ in ("nummod", "det", "amod")
        and c.lower_ in ("one", "single")
        and any(g.lower_ == "not" for g in (*c.children, *c.lefts, subject.doc[c.left_edge.i]))
        for c in subject.children
    ):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in verb.children)


def _hedged(verb: Token) -> bool:
    return any(c.lemma_.lower() in HEDGES for c in verb.children if c.dep_ in ("aux", "advmod"))


def known_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "..., and X knows it": a clause joined to a claim that says someone else knows
    the claim is true; the writer vouches for the claim and for their mind at once."""
    lex, vx = lex or default_lexicon(), motive_lexicon()
    for verb in candidates(doc, frozenset({"know", "knows"})):
        if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBP"):
            continue
        kids = [c for c in verb.children if c.dep_ not in ("punct", "cc", "advmod")]
        objs = [c for c in kids if c.dep_ == "dobj"]
        if len(objs) != 1 or norm(objs[0]) not in vx["known_object"] or len(kids) != 2:
            continue  # "knows it by heart", "knows the area"
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if not _third_party(subject, lex, vx) or _negated(verb) or _hedged(verb):
            continue
        span = doc[sentence_of(verb).start : objs[0].i + 1]  # the claim and its knower
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' tells the reader what someone else "
            "knows, as a fact in the writer's own voice: it vouches for the claim before it "
            "and for their mind at once. Who says they know it?",
            "(say who makes the claim, or what shows it)",
            "known_claim",
        )


def indifference_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Indifference stated as fact about someone else: "They do not care about X",
    "has no interest in", "are deaf to", "could not care less"."""
    lex, vx = lex or default_lexicon(), motive_lexicon()
    words = vx["care_word"]
    for tok in candidates(doc, words):
        lemma = tok.lemma_.lower()
        span = None
        if lemma in vx.category("care_word", "verb") and tok.pos_ == "VERB":
            aimed = any(
                c.dep_ == "prep" and c.lower_ in ("about", "for", "what", "whether")
                for c in tok.children
            ) or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)
            less = any(c.lower_ == "less" for c in tok.children)  # "could not care less"
            subject = subject_or_none(tok)
            nobody = subject is not None and _nobody(subject)  # "nobody bothered to ask"
            if ((_negated(tok) or nobody) and aimed) or less:
                span = doc[tok.i : tok.i + 1]
        elif lemma in vx.category("care_word", "noun") and tok.pos_ == "NOUN":
            det_no = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
            prep = any(c.dep_ == "prep" and c.lower_ in ("in", "for", "to") for c in tok.children)
            verb = tok.head
            if not (det_no and prep and tok.dep_ == "dobj" and verb.lemma_ in ("have", "show")):
                continue
            span, subject = doc[verb.i : tok.i + 1], subject_or_none(verb)
            tok = verb
        elif lemma in vx.category("care_word", "adjective") and tok.pos_ == "ADJ":
            if tok.dep_ != "acomp" or tok.head.lemma_ != "be":
                continue
            if not any(
                c.dep_ == "prep" and c.lower_ in ("to", "about", "of", "towards")
                for c in tok.children
            ):
                continue  # "the plan is careless": a verdict on a thing, left to other rules
            span, subject = doc[tok.i : tok.i + 1], subject_or_none(tok.head)
            tok = tok.head
        else:
            continue
        if span is None or not _third_party(subject, lex, vx):
            continue
        if _hedged(tok) and not any(c.lower_ == "less" for c in tok.children):
            continue  # "may not care", but "could not care less" is the idiom
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in HEDGES:
            continue  # "It seems nobody bothered to ask": the writer hedges
        if tok.dep_ in ("advcl", "relcl") and any(c.lower_ == "if" for c in tok.children):
            continue  # "if they do not care"
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' states what someone else feels (that "
            "they do not care) as a fact in the writer's own voice. Feelings need a source "
            "who can know them: their own words, or what they did.",
            "(report what they did or said)",
            "indifference_claim",
        )


def suppression_purposes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A purpose of hiding or ending a story, stated as fact: "went on the programme to
    close down a story", "called the press conference to get ahead of the leak"."""
    lex, vx = lex or default_lexicon(), motive_lexicon()
    phrases, stories = vx["suppress_verb"], vx["story_noun"]
    firsts = frozenset(p.split()[0] for p in phrases)
    for verb in candidates(doc, firsts):
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp", "relcl"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        end = phrase_end(doc, verb.i, phrases)
        if end is None:
            continue
        objs = [  # what it acts on: "close down [a story]", "get ahead of [the leak]"
            t
            for t in doc[verb.i + 1 : min(end + 5, len(doc))]
            if t.pos_ in ("NOUN", "PRON") and verb in t.ancestors
        ]
        objs += [a for o in objs if (a := antecedent(o, stories)) is not None]  # "bury them"
        if not any(o.lemma_.lower() in stories or o.lower_ in stories for o in objs):
            continue
        main = verb.head
        if verb.dep_ == "xcomp" and main.lemma_.lower() not in ("try", "seek", "want", "hope"):
            continue  # "asked her to close down the story": someone else's request
        subject = subject_or_none(main)
        if subject is None and main.dep_ in ("xcomp", "advcl", "conj"):
            subject = subject_or_none(main.head)  # "have spent years [trying] to bury them"
        if not _third_party(subject, lex, vx) or _hedged(main):
            continue
        span = doc[min(subject.left_edge.i, verb.i - 1) : end]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' states a hidden purpose as fact, in the "
            "writer's own voice: that someone acted to stop a story or a question. A claim "
            "about motive needs a source who can know it.",
            "(report what they did, and who says why)",
            "suppression_purpose",
        )


def reception_forecasts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A forecast that words or promises will fail, stated as fact: "the trust's promises
    will sound familiar", "the apology will ring hollow", "the excuse will fool nobody"."""
    lex, vx = lex or default_lexicon(), motive_lexicon()
    phrases = vx["reception_phrase"]
    firsts = frozenset(p.split()[0] for p in phrases)
    pledges = vx["pledge_noun"]
    for tok in candidates(doc, firsts):
        end = phrase_end(doc, tok.i, phrases)
        if end is None:
            continue
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        subject = subject_or_none(verb)
        if subject is None and verb.dep_ in ("xcomp", "conj"):
            subject = subject_or_none(verb.head)
        if (
            subject is None
            or subject.lemma_.lower() not in pledges
            and subject.lower_ not in pledges
            and not _comfort_pointer(subject, doc[tok.i : end])
        ):
            continue  # "the tune will sound familiar"
        if _hedged(verb):
            continue
        span = doc[subject.left_edge.i : end]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' forecasts, in the writer's own voice, "
            "that the words will not be believed: it tells the reader to distrust them "
            "instead of showing why.",
            "(say what was promised before, and what happened)",
            "reception_forecast",
        )


#: Words that point back to an offer or news just told: "that is cold comfort".
POINTERS = frozenset({"that", "this", "it", "which"})


def _comfort_pointer(subject: Token, phrase: Span) -> bool:
    """ "cold comfort", "little consolation" have no literal sense: said of "that" or
    "this" (the offer just reported) they judge it inadequate as surely as of "the
    promise" ("For the couples, that is cold comfort"). "Sound familiar" said of "it"
    may be a tune, so only the comfort phrases are read through a pointer; "cold" and
    "scant comfort" are idioms whatever their subject ("The refund will be cold
    comfort to stranded passengers")."""
    words = {t.lower_ for t in phrase}
    if words & {"cold", "scant"} and words & {"comfort", "consolation"}:
        return True  # "cold comfort" has no literal sense, whatever it is said of
    return subject.lower_ in POINTERS and bool(words & {"comfort", "consolation"})


def sweeping_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A body described by the people who run it, as a sweeping verdict: "is run by
    people who have never made a payroll", "the board is people who never ..."."""
    vx = motive_lexicon()
    for tok in candidates(doc, vx["generic_people"]):
        if tok.pos_ not in ("NOUN", "PRON"):
            continue
        rel = next((c for c in tok.children if c.dep_ == "relcl"), None)
        if rel is None or not any(c.lower_ == "never" for c in rel.children):
            continue
        head = tok.head
        agent = (
            tok.dep_ == "pobj"
            and head.dep_ == "agent"
            and head.head.lemma_.lower() in (vx["run_verb"])
        )
        predicate = tok.dep_ == "attr" and head.lemma_ == "be"
        if not (agent or predicate):
            continue  # "a course for people who have never sailed"
        clause = head.head if agent else head
        subject = subject_or_none(clause)
        if subject is None or subject.lower_ in ("i", "we", "you"):
            continue
        sent = sentence_of(tok)
        span = Span(doc, subject.left_edge.i, sent.end)
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text.strip()}' sums up a whole group by what "
            "they have never done, as a fact in the writer's own voice: a sweeping verdict "
            "that needs evidence about each of them.",
            "(say who they are and what they have done)",
            "sweeping_verdict",
        )


#: Words after "Not" that make an answer a plain limit, not a denial: "Not everyone."
LIMITS = {"all", "every", "everyone", "everybody", "many", "much", "always", "quite", "yet",
          "really", "exactly", "necessarily", "only", "just", "so", "sure", "that", "entirely",
          "least", "until", "since", "before", "after", "if", "unless"}  # fmt: skip
WH_WORDS = {"who", "whose", "whom", "which", "what", "where"}


def denied_answers(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question the writer answers at once with a denial: "Whose books? Not the
    shopkeepers'.", "Who speaks for them? Not the council." (hypophora: a claim dressed
    as a question). Not "Who qualifies? Not everyone: ..." (a limit)."""
    for mark in candidates(doc, frozenset({"?"})):
        question = sentence_of(mark)
        first = next((t for t in question if not (t.is_punct or t.is_space)), None)
        if first is None or first.lower_ not in WH_WORDS or mark.i != question.end - 1:
            continue
        answer = neighbour(question, +1)
        words = [t for t in answer if not (t.is_punct or t.is_space)] if answer else []
        if len(words) < 2 or words[0].lower_ != "not" or words[1].lower_ in LIMITS:
            continue
        clause = []
        for t in answer:
            if t.text in (",", ";", ":", "—") and clause:
                break
            clause.append(t)
        if any(t.pos_ in ("VERB", "AUX") for t in clause):
            continue  # "Not decided yet": an answer with a verb is a report
        yield make_verdict(
            question,
            f"Whose judgement is this? The writer asks '{question.text.strip()}' and answers "
            f"at once with a denial ('{answer.text.strip()}'): a claim dressed as a question.",
            "(state the claim, and who makes it)",
            "denied_answer",
        )


def renaming_comparisons(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Something renamed by comparison in the writer's voice: "It is less a plan than a
    ceasefire", "The budget is more a wish list than a strategy", "not so much a reform
    as a retreat" (not "It is less than a mile", "costs more than a car")."""
    vx = motive_lexicon()
    for than in candidates(doc, frozenset({"than", "as"})):
        pred = than.head
        if than.dep_ != "prep" or pred.dep_ != "attr" or pred.pos_ != "NOUN":
            continue
        obj = next((c for c in than.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if obj is None or obj.like_num or not any(c.dep_ == "det" for c in pred.children):
            continue  # "less than a mile": a measure
        start = next((t.i for t in doc[pred.head.i + 1 : pred.i] if t.pos_ == "DET"), pred.i)
        degree = doc[pred.head.i + 1 : start].text.lower().strip(" ,")
        if degree not in vx["renaming_degree"] or pred.head.lemma_ != "be":
            continue
        if any(c.tag_ == "MD" for c in pred.head.children):
            continue  # "it may be less a plan than ...": hedged
        span = doc[pred.head.i : obj.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' renames what something is, in the "
            "writer's own voice: the second name is a verdict stated as fact.",
            "(describe what it does, and who calls it that)",
            "renaming_comparison",
        )


def only_readings(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """One reading declared the only one: "It is hard to read that offer as anything but
    an admission", "impossible to see it as anything other than a retreat"."""
    vx = motive_lexicon()
    phrases = vx["only_reading"]
    for tok in candidates(doc, frozenset(p.split()[0] for p in phrases)):
        end = phrase_end(doc, tok.i, phrases)
        if end is None:
            continue
        verb = next(
            (a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in vx["reading_verb"]),
            None,
        )
        if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue  # "she read it as anything but a joke": a report of someone's reading
        span = doc[sentence_of(tok).start : end]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' says only one reading is possible, "
            "in the writer's own voice: it hides a judgement behind what 'anyone' would see.",
            "(give the reading as the writer's, with the reasons)",
            "only_reading",
        )


def whoever_forecasts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verdict forecast on whoever acts: "Anyone who votes against the compact will be
    siding with the wreckers", "Every councillor who backs it will be remembered as ..."
    (not "Anyone who buys a ticket will be entered into the draw")."""
    vx = motive_lexicon()
    forecasts = vx["verdict_forecast"]
    for subject in candidates(doc, vx["whoever_subject"]):
        noun = subject.head if subject.dep_ == "det" else subject
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not any(c.dep_ == "relcl" for c in noun.children) and subject.lower_ != "whoever":
            continue
        verb = noun.head
        if not any(c.lower_ in ("will", "'ll", "would", "shall") for c in verb.children):
            continue
        words = {verb.lemma_.lower()}
        words |= {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "attr")}
        if not words & forecasts and not any(
            phrase_end(doc, verb.i, frozenset({f})) for f in forecasts if " " in f
        ):
            continue
        span = doc[noun.left_edge.i : sentence_of(verb).end]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text.strip()}' passes a verdict in advance on "
            "whoever acts, in the writer's own voice: it threatens instead of arguing.",
            "(say what the vote decides, and who thinks so)",
            "whoever_forecast",
        )


# -- insinuations (issue 11, loadedAD) ------------------------------------------------------
def knowing_intents(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "..., knowing exactly who would be stranded": a participle of knowing with a
    degree word and a clause, hung on what someone else did, tells the reader they acted
    on purpose to hurt (not "knowing the area well, she took the back road": no clause,
    nor "We booked early, knowing exactly what would happen": the writer's own mind)."""
    lex, vx = lex or default_lexicon(), motive_lexicon()
    for verb in candidates(doc, frozenset({"knowing"})):
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        clause = [c for c in verb.children if c.dep_ == "ccomp"]
        degree = [t for t in verb.subtree if norm(t) in vx["knowing_degree"] and t.i > verb.i]
        if not clause or not degree or min(d.i for d in degree) > clause[0].left_edge.i + 1:
            continue  # the degree word must sit before or at the start of what is known
        actor = subject_or_none(verb.head)
        if not _third_party(actor, lex, vx):
            continue
        span = doc[verb.i : verb.right_edge.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' tells the reader what someone knew "
            "when they acted, as a fact in the writer's own voice: it makes the act look "
            "deliberate and cruel without showing what they knew.",
            "(say what happened; say who accuses them of knowing)",
            "knowing_intent",
        )


def pointed_timings(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "chose this week of all weeks to warn ...", "he of all people": "X of all Xs" says
    the timing or the choice was pointed, an insinuation with no reason given."""
    vx = motive_lexicon()
    for all_ in candidates(doc, frozenset({"all"})):
        i = all_.i
        if i < 2 or i + 1 >= len(doc) or doc[i - 1].lower_ != "of":
            continue
        word, plural = doc[i - 2], doc[i + 1]
        same = word.lemma_.lower() == plural.lemma_.lower() and plural.tag_ == "NNS"
        stands = norm(word) in vx["pointed_subject"] and norm(plural) in vx["pointed_plural"]
        if not (same or stands):
            continue
        start = word.i
        if word.i > 0 and doc[word.i - 1].lower_ in ("this", "that", "the"):
            start -= 1
        head = word.head if word.dep_ in ("npadvmod", "dobj", "nsubj", "attr") else word
        if head.pos_ == "VERB" and head.i < start:
            start = head.i  # "chose this week of all weeks"
        span = doc[start : plural.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' says the choice or its timing was "
            "pointed, as if meant to hurt or to profit, without giving a reason: an "
            "insinuation in the writer's own voice.",
            "(give the date or the choice plainly; say who finds it pointed)",
            "pointed_timing",
        )


#: Relative words that open an aside about someone.
_RELATIVES = frozenset({"who", "whose", "which"})
#: Words one of which a sneering aside holds near its start ("never", "own", "I", "my").
_ASIDE_WORDS = frozenset({"never", "own", "i", "my"})


def aside_sneers(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sneer slipped into a relative clause set off by commas about a person or body:
    the writer's own guess ("who I'm fairly sure has never set foot in a gym", "has
    never, to my knowledge, swung a club"), an adverb of evidence with "never" ("who has
    clearly never sold anything"), a boast turned by a double denial ("which has never
    met a regulation it did not want to keep", "who has never let an application pass
    without a photo"), or a rival's own failing ("whose own log flume spent the summer
    under tarpaulin"). Not "who has never been charged", "whose own research found".
    """
    lex, vx = lex or default_lexicon(), motive_lexicon()
    for rel in candidates(doc, _RELATIVES):
        i = rel.i
        if i < 2 or doc[i - 1].text != "," or rel.tag_ not in ("WP", "WP$", "WDT"):
            continue
        window = {t.lower_ for t in doc[i + 1 : min(i + 16, len(doc))]}
        if window.isdisjoint(_ASIDE_WORDS):
            continue  # (most asides hold none of the words that make a sneer: a cheap test)
        owner = doc[i - 2]
        if not (is_person(owner, lex) or owner.ent_type_ in ("ORG", "PERSON", "FAC", "GPE")):
            continue
        aside = relative_aside(doc, i)
        if aside is None:
            continue
        words = [t.lower_ for t in aside]
        text = " " + " ".join(words) + " "
        never = "never" in words
        guess = any(f" {p} " in text for p in vx.category("writer_guess", "phrase")) or any(
            t.lower_ == "i" and _guess_near(doc, t, vx) for t in aside
        )
        evident = never and any(t.lower_ in vx["evidence_adverb"] for t in aside)
        denied_twice = never and any(
            t.i > aside[words.index("never")].i and (t.dep_ == "neg" or t.lower_ == "without")
            for t in aside
        )
        own = words[:2] == ["whose", "own"] and not any(
            t.lemma_.lower() in _FINDING for t in aside
        )
        if not (guess or evident or denied_twice or own):
            continue
        yield make_verdict(
            aside,
            f"Whose judgement is this? '{aside.text}' slips a sneer about {owner.text} "
            "into a relative clause, an aside the writer never argues: it asks the reader "
            "to discount them before hearing what they say.",
            "(leave the aside out, or give the facts it hints at and their source)",
            "aside_sneer",
        )


def _guess_near(doc: Doc, i_tok: Token, vx: VerdictLexicon) -> bool:
    """ "I'm fairly sure", "I suspect", "I would wager": the writer's guess just after "I"."""
    near = doc[i_tok.i + 1 : min(i_tok.i + 4, len(doc))]
    return any(t.lower_ in vx.category("writer_guess", "verb") for t in near)


#: Verbs that report what a rival's own work found: "whose own research found ...".
_FINDING = frozenset(
    {"find", "show", "say", "suggest", "report", "conclude", "estimate", "predict", "warn"}
)


def relative_aside(doc: Doc, i: int) -> Span | None:
    """The relative clause from ``doc[i]`` to the comma that closes it: the comma
    before the main clause's verb ("..., didn't ask me", "..., told the Echo"), else
    the sentence's end."""
    sent = sentence_of(doc[i])
    end = sent.end
    relcl = doc[i]
    while relcl.dep_ != "relcl" and relcl.head != relcl:
        relcl = relcl.head
    for t in doc[i + 1 : sent.end]:
        if t.text in (";", ":", "—", "–"):
            end = t.i
            break
        if t.text == "," and t.i + 1 < sent.end:
            nxt = doc[t.i + 1]
            verb = nxt.head if nxt.dep_ in ("aux", "auxpass", "neg") else nxt
            if relcl.dep_ == "relcl" and (verb == relcl or relcl in verb.ancestors):
                continue  # "who lives there and has never, to my knowledge, swung a club"
            if nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") or nxt.dep_ == "nsubj" or (
                nxt.dep_ == "det" and nxt.head.dep_ == "nsubj" and nxt.head.head.i > nxt.i
            ):
                end = t.i  # the main clause resumes: its verb, or a new subject
                break
    while end > i + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[i:end] if end - i >= 3 else None


#: The rules of this module, registered with the verdict rules in judgement_claims.
MOTIVE_RULES = (
    known_claims,
    indifference_claims,
    suppression_purposes,
    reception_forecasts,
    sweeping_verdicts,
    denied_answers,
    renaming_comparisons,
    only_readings,
    whoever_forecasts,
    knowing_intents,
    pointed_timings,
    aside_sneers,
)

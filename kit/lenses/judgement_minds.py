"""Minds, motives and verdicts on acts, stated in the writer's own voice as fact.

Companion of :mod:`kit.lenses.judgement_voice` (same lexicon,
``kit/lexicons/judgement_voice.yaml``); the loaded lens keeps only finds in the
writer's own voice:

- :func:`mind_reading`: what a third party knows, decides, wants or fears, read from
  their mind by an adverb ("The board has clearly decided that ...", "she privately
  fears a revolt") and not hedged;
- :func:`motive_adjectives`: "X, desperate to change the subject, ...", "eager to
  deflect blame": a desire or fear aimed at evasion;
- :func:`act_verdicts`: "The answer was telling.", "Her silence speaks volumes.";
- :func:`credibility_verdicts`: "X's certainty goes well beyond what the evidence shows".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_insinuations import _speaks_or_decides, insinuation_lexicon
from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    literal_context,
    norm,
    written_name,
)
from kit.lenses.judgement_mockery import SAYING, mock_portraits
from kit.lenses.judgement_motives import relative_aside
from kit.lenses.judgement_stance import money_people
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    subject_or_none,
)
from kit.lenses.judgement_voice import (
    COMPLEMENTS,
    hedged,
    in_class,
    voice_lexicon,
)
from kit.lenses.wordlists import sentence_of


def mind_reading(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """What a third party knows, decides, wants or fears, stated as fact with an adverb
    that claims to see into their mind: "The board has clearly decided that ...",
    "She privately fears a defeat", "He knows full well that ...", "had clearly been
    waiting for this moment" (a chance, not a bus). Knowledge of a thing
    ("clearly knows the area"), a decision on record ("decided to close the road"),
    "I"/"we" and hedged claims ("may have hoped") are left alone."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    for verb in candidates(doc, vx["mind_verb"]):
        if verb.pos_ != "VERB" or not in_class(verb, vx["mind_verb"]):
            continue
        if verb.dep_ not in ("ROOT", "conj") or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
            continue
        subject = subject_or_none(verb) or (
            subject_or_none(verb.head) if verb.dep_ == "conj" else None
        )
        if subject is None or norm(subject) in vx["self_subject"]:
            continue
        if not (is_person(subject, lex) or money_people(subject)):
            continue  # ("the developer's city suits have clearly decided": people)
        adverb = next((c for c in verb.children if _inference(c, vx)), None)
        if adverb is None or _mind_hedged(verb, vx):
            continue
        if any(c.tag_ == "MD" for c in verb.children):
            continue  # "will undoubtedly want": a forecast, not a reading of a mind
        knowledge = in_class(verb, vx.category("mind_verb", "knowledge"))
        # with an adverb of inference a wh-clause is a claim too ("clearly knew what it
        # was doing"); a plain object is knowledge of a thing ("clearly knows the area")
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None and _wh_clause(clause) and not _about_self(clause):
            clause = None  # "clearly knew where the penalty was going": a fact, not a mind
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        objekt = next((c for c in verb.children if c.dep_ == "dobj"), None)
        wanting = in_class(
            verb, vx.category("mind_verb", "desire") | vx.category("mind_verb", "fear")
        )
        waiting = in_class(verb, vx.category("mind_verb", "anticipation"))
        if waiting:
            clause = infinitive = objekt = None  # only "for" an opportunity counts
            wanting = _awaits_opportunity(verb, vx)
        if not (clause or (not knowledge and infinitive) or (wanting and (objekt or waiting))):
            continue  # "clearly chose the opposition": a reading of a vote, not of a mind
        start = min(adverb.left_edge.i, verb.i)
        yield make_verdict(
            doc[start : verb.i + 1],
            f"Whose judgement is this? '{doc[start : verb.i + 1].text}' tells the reader what "
            f"goes on in {subject.text}'s mind as a fact, in the writer's own voice. Nobody "
            "can see into a mind: such a claim needs the person's own words, documents, or a "
            "named source. A neutral text reports what they did or said.",
            "(report what they did or said, and who reads a motive into it)",
            "mind_reading",
        )


def belief_readings(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAO) A belief read into a third party's mind by the writer: "Ms Crantbridge
    clearly believes that if she smiles long enough, nobody will ask what anything costs",
    "She seems to believe that volume is a policy", "He apparently believes that boilers
    install themselves". Not the writer's or the reader's own belief ("I think", "you
    might think"), a question ("Does she really think ...?": a rhetorical question,
    marked by its own rule), a belief with no proposition ("seems to think so"), a
    forecast ("will clearly think"), nor a plain report of a belief ("The board believes
    the plan will work": no adverb, no seeming)."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    for verb in candidates(doc, vx["belief_verb"]):
        if verb.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        head = verb
        if verb.dep_ == "xcomp" and in_class(verb.head, vx["seeming_frame"]):
            head = verb.head  # "She seems to believe that ..."
        elif not any(
            _inference(c, vx) or (norm(c) in vx["belief_adverb"] and not _set_off(c))
            for c in verb.children
        ):
            continue  # "The board believes the plan will work": a report of a belief;
            # "Officials, apparently, believe ...": hearsay set off by commas reports it
        if head.dep_ not in ("ROOT", "conj") or any(c.tag_ == "MD" for c in head.children):
            continue
        sent = head.sent
        if sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?"):
            continue
        subject = subject_or_none(head)
        if subject is None or norm(subject) in vx["self_subject"]:
            continue
        if not (is_person(subject, lex) or subject.pos_ == "PROPN"):
            continue
        start = subject.left_edge.i
        end = sent.end
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
        span = doc[start:end]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' tells the reader what {subject.text} "
            "believes, read off their conduct by the writer, and makes the belief sound "
            "foolish. Nobody can see into a mind: such a claim needs the person's own words "
            "or a named source. A neutral text reports what they said or did.",
            "(report what they said or did, and who reads a belief into it)",
            "belief_reading",
        )


def _set_off(tok: Token) -> bool:
    """The word stands between commas ("Officials, apparently, believe ...")."""
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == ",") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
    )


def _mind_hedged(verb: Token, vx: VerdictLexicon) -> bool:
    """A hedge in the sentence keeps the claim about a mind open ("may have hoped",
    "perhaps she knows"), but not one inside what is hoped or feared: in "clearly hoped
    the town would shrug" the "would" is the hope's own future, not the writer's doubt."""
    content = {
        t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj") for t in c.subtree
    }
    return any(
        norm(t) in vx["hedge_word"] and t.pos_ != "PROPN" and t.i not in content
        for t in sentence_of(verb)
    )


def _awaits_opportunity(verb: Token, vx: VerdictLexicon) -> bool:
    """ "waiting for this moment", "spoiling for a fight", "angling for an excuse"."""
    chances = vx["opportunity_noun"]
    return any(
        in_class(o, chances)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _wh_clause(clause: Token) -> bool:
    return any(
        t.tag_ in ("WP", "WRB", "WDT") or t.lower_ in ("whether", "if")
        for t in clause.subtree
        if t.i < clause.i
    )


def _about_self(clause: Token) -> bool:
    """The clause is about the thinker's own doing: "what it was doing", "what she
    wants" (its subject a personal pronoun)."""
    subject = subject_or_none(clause)
    return subject is not None and subject.lower_ in ("he", "she", "it", "they")


def _inference(tok: Token, vx: VerdictLexicon) -> bool:
    """An adverb of inference on a mental verb: "clearly", "full well", "deep down"."""
    if tok.dep_ != "advmod":
        return False
    words, doc = vx["inference_adverb"], tok.doc
    pairs = [doc[i : i + 2] for i in (tok.i - 1, tok.i) if 0 <= i < len(doc) - 1]
    return norm(tok) in words or any(f"{norm(p[0])} {norm(p[1])}" in words for p in pairs)


def motive_adjectives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A desire or fear aimed at evasion, said of a third party as fact: "Vale,
    desperate to change the subject, ...", "ministers are eager to deflect blame".
    A plain aim ("desperate to find shelter", "keen to avoid a repeat") is left alone."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    for adj in candidates(doc, vx["motive_adjective"]):
        if adj.pos_ not in ("ADJ", "VERB") or not in_class(adj, vx["motive_adjective"]):
            continue
        aim = next(
            (
                c
                for c in adj.children
                if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if aim is None:
            continue
        objects = [c for c in aim.children if c.dep_ in ("dobj", "attr")]
        objects += [o for c in aim.children if c.dep_ == "prep" for o in c.children]
        scrutiny = any(in_class(o, vx["accountability_noun"]) for o in objects)
        if not (
            in_class(aim, vx.category("evasion_verb", "evade"))
            or (scrutiny and in_class(aim, vx.category("evasion_verb", "avoid")))
        ):
            continue  # "eager to pass the bill", "eager to answer questions": plain aims
        who = _holder(adj, lex)
        if who is None or norm(who) in vx["self_subject"] or hedged(sentence_of(adj), vx):
            continue
        span = doc[adj.i : aim.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' tells the reader what {who.text} "
            "wants and why, as a fact, in the writer's own voice: a motive of evasion is an "
            "accusation. It needs the person's own words or a named source; a neutral text "
            "reports what they did (e.g. 'turned to another subject').",
            "(report what they did, not why)",
            "motive_adjective",
        )


def _holder(adj: Token, lex: JudgementLexicon) -> Token | None:
    """Whom a desire adjective describes: its noun, the subject of its copula or of the
    clause it interrupts ("Vale, desperate to ..., came"). An evasive aim is a person's,
    so a name the entity recogniser missed ("Vossberg-Ames") counts."""
    head = adj.head
    candidates_ = [head] if adj.dep_ in ("amod", "appos") else []
    candidates_ += [subject_or_none(head), subject_or_none(sentence_of(adj).root)]
    return next((t for t in candidates_ if t is not None and _agent(t, lex)), None)


def _agent(tok: Token, lex: JudgementLexicon) -> bool:
    return is_person(tok, lex) or tok.pos_ == "PROPN" or (tok.is_title and tok.i > 0)


# -- verdicts on acts and claims ------------------------------------------------------
def act_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A meaning read into an act or a statement: "The answer was telling.", "Her
    silence was deafening.", "Her silence speaks volumes.", "The timing says it all"."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    acts = vx["act_noun"] | lex.set_of("act_noun")
    words = vx["revealing_adjective"] | vx["telling_verb"] | vx["revealing_adverb"]
    for tok in candidates(doc, words):
        span = None
        if norm(tok) in vx["revealing_adjective"]:
            verb = tok.head if tok.dep_ in ("acomp", "attr") else tok
            if tok.pos_ == "VERB" and (
                tok.dep_ != "ROOT" or any(c.dep_ in COMPLEMENTS for c in tok.children)
            ):
                continue  # "was telling the truth"
            subject = subject_or_none(verb) or next(
                (s for a in verb.children if a.dep_ == "aux" for s in [subject_or_none(a)] if s),
                None,
            )  # the parser may hang the subject on "was"
            if (
                subject is not None
                and in_class(subject, acts)
                and (
                    verb.lemma_ in ("be", "seem", "look", "sound", "prove", "remain")
                    or any(c.lemma_ == "be" for c in verb.children if c.dep_ == "aux")
                )
            ):
                span = doc[subject.left_edge.i : tok.i + 1]
        elif tok.pos_ == "VERB" and in_class(tok, vx["telling_verb"]):
            subject = subject_or_none(tok)
            said = [c for c in tok.children if c.dep_ in ("dobj", "advmod", "npadvmod")]
            said += [a for c in said for a in c.children if a.dep_ == "appos"]
            if (
                subject is not None
                and (in_class(subject, acts) or norm(subject) in vx["pointing_subject"])
                and not is_person(subject, lex)
                and any(in_class(c, vx["telling_object"]) for c in said)
            ):
                span = doc[subject.left_edge.i : tok.i + 1]
        elif norm(tok) in vx["revealing_adverb"]:
            span = _telling_omission(tok, vx)
        if span is None or hedged(sentence_of(tok), vx):
            continue
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' reads a hidden meaning into what "
            "someone did or said, in the writer's own voice, without saying what it "
            "reveals or who thinks so. A neutral text reports the act and lets the reader "
            "judge, or names who draws the conclusion.",
            "(report the act, and name who draws the conclusion)",
            "act_verdict",
        )


def telling_tackons(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAK) A "which" clause tacked on after a comma that reads a hidden meaning
    into the whole statement before it: "the government has so far refused one, which
    tells you everything", "pays the council £40,000 a year, which may explain a great
    deal". The relative stands for the act just told (the parser hangs it on the nearest
    noun), so the clause is the writer's verdict on that act. Not a thing that itself
    informs ("the leaflet, which explains everything"), a topic named ("which
    tells you everything about the bridge"), or a clause that is not the sentence's last
    word; a hedge does not soften it ("may explain" still points at a motive)."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    documents = lex.set_of("document_noun")
    for which in candidates(doc, WHICH):
        verb = which.head
        if which.dep_ != "nsubj" or verb.dep_ not in ("relcl", "advcl") or which.i == 0:
            continue
        if doc[which.i - 1].text != "," or not in_class(verb, vx["telling_verb"]):
            continue
        said = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
        if not any(in_class(c, vx["telling_object"]) for c in said):
            continue
        if any(t.dep_ == "prep" and t.lower_ in ("about", "on", "of") for t in verb.subtree):
            continue  # "which tells you everything about the bridge": a topic, literal
        noun = verb.head
        if noun.lemma_.lower() in documents:
            continue  # "the leaflet, which explains everything": it informs
        sent = sentence_of(which)
        end = verb.right_edge.i + 1
        if any(not (t.is_punct or t.is_space) for t in doc[end : sent.end]):
            continue  # a tack-on ends its sentence
        yield make_verdict(
            doc[which.i : end],
            f"Whose judgement is this? '{doc[which.i : end].text}' is tacked on to what "
            "the sentence reports and tells the reader it reveals something (a motive, "
            "a cause), in the writer's own voice, without saying what or who thinks so. "
            "A neutral text gives the fact and lets the reader judge.",
            "(end the sentence at the fact, or name who draws the conclusion)",
            "telling_tackon",
        )


WHICH = frozenset({"which"})
WITH = frozenset({"with"})
INDEFINITE = frozenset({"a", "an"})
PRONOUN_DOERS = frozenset({"it", "they", "he", "she", "we", "you", "i"})


def sneer_similes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAK) The mock simile "with (all) the <quality> of a <stock figure>" on what a
    person or body did or on who they are: "it served notice with all the warmth of a
    bailiff" (a claim: the writer's verdict on the manner), "the regulator, a body with
    the bite of a retired goldfish" (a label). The quality is theirs; the stock figure is
    nobody in the story, so the phrase judges instead of describing. Not what someone
    lent or a measure (``means_noun``: "with the help of a local charity", "with the
    price of a car"), a named or counted figure, a phrase on a thing ("the denial sits
    awkwardly with the account of a former aide"), nor a plain "with the <thing> of a
    <person>" ("walked in with the bag of a friend"): the mock form says "with all the"
    or, in an apposition, gives the stock figure a describing word."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    for with_ in candidates(doc, WITH):
        quality = next((c for c in with_.children if c.dep_ == "pobj"), None)
        if quality is None or quality.pos_ != "NOUN" or quality.tag_ != "NN":
            continue
        if in_class(quality, vx["means_noun"]):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in quality.children):
            continue
        of = next((c for c in quality.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        figure = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if figure is None or figure.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in figure.children):
            continue  # "with the help of the council": a party in the story
        head = with_.head
        end = quality.right_edge.i + 1
        every = any(c.dep_ == "predet" and c.lower_ == "all" for c in quality.children)
        vivid = any(c.dep_ == "amod" for c in figure.children)
        if not (every or vivid and head.dep_ == "appos"):
            continue  # "with the bag of a friend": "all the" or a vivid figure makes it mock
        if head.pos_ == "VERB":
            subject = subject_or_none(head) or (
                subject_or_none(head.head) if head.dep_ == "conj" else None
            )
            if subject is None or not (
                is_person(subject, lex)
                or subject.pos_ == "PROPN"
                or subject.lower_ in PRONOUN_DOERS
            ):
                continue
            yield make_verdict(
                doc[with_.i : end],
                f"Whose judgement is this? '{doc[with_.i : end].text}' is a mock "
                "comparison: it judges how they acted by likening them to a stock figure, "
                "in the writer's own voice, instead of saying what they did.",
                "(say what they did and how, plainly)",
                "sneer_simile",
            )
        elif head.pos_ == "NOUN" and head.dep_ == "appos" and is_person(head, lex):
            span = Span(doc, head.left_edge.i, end, label="labeling")
            yield Judgement(
                span,
                f"'{span.text}' is a mock comparison pinned on {written_name(head.head)}: a stock "
                "figure stands in for a description, a label instead of saying what they do.",
                "(say what they have or have not done)",
                "sneer_simile_label",
            )


NEGATORS = frozenset({"never", "not", "n't", "once"})
#: what comes before "once" in a negated record: "not once", "never once", "without once"
ONCE_NEGATORS = frozenset({"not", "never", "without"})
#: a relative clause reported by someone inside it is no record in the writer's voice
REPORTING = frozenset({"say", "tell", "claim", "insist", "write", "admit", "report"})


def _record_clause(verb: Token) -> Token | None:
    """The relative clause's verb that holds ``verb``: itself, or up through "and"
    ("who leads the group and has never ...") and "without" ("who has chaired it for
    years without once being ...")."""
    for _ in range(6):
        if verb.dep_ == "relcl":
            return verb
        if verb.dep_ not in ("conj", "pcomp", "prep", "xcomp"):
            return None
        verb = verb.head
    return None


def _negated_record(neg: Token, verb: Token) -> bool:
    """"has never ...", "has not ... since ...", "not once", "without once"."""
    doc = neg.doc
    if neg.lower_ == "once":
        return neg.i > 0 and doc[neg.i - 1].lower_ in ONCE_NEGATORS
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # "who never married": a life, not a record up to now
    if neg.lower_ == "never":
        return True
    return any(t.lower_ == "since" for t in verb.subtree if t.i > neg.i)


#: what a record of not doing leaves undone: an object ("has not blocked a takeover"), a
#: passive ("has not been seen there since"), or a clause ("has never bothered to ask")
_DONE_TO = frozenset({"dobj", "auxpass", "nsubjpass", "xcomp", "ccomp", "attr", "acomp"})
#: ... or a phrase saying where it stops ("has never extended beyond his dining table"),
#: which a phrase of time alone does not
_TIME_PREPS = frozenset({"since", "for", "in", "until", "till", "before", "after", "during"})


def negated_records(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAL) A record of not doing, handed down in a relative clause on a person or
    body set off from its sentence: "The Competition Office, which has not blocked a
    takeover since 2004, said ...", "the chamber, a lobby that has never met a charge it
    liked", "who has chaired it for eleven years without once being accused of reading
    the papers". The clause is the writer's verdict: it picks a failing out of the record
    to discredit whoever speaks or decides. Not a life ("who never married"), a record of
    never failing or a clean one (praise or defence: "who has never missed a meeting",
    "who has never been charged with any offence"), a firm's plain result
    ("which has never made a profit"), a life beside no act of theirs ("The author, who
    has never owned a car, cycles ...": the owner must speak or decide in the sentence,
    as for the insinuating asides, unless the record is pointed: "not once", "without
    once", "never knowingly"), restraint (praise: "which has not raised its fares since
    2015"), a clause someone reports ("who says she has not
    slept since"), a player's form in a sports report ("The striker, who has not scored
    since October, ..."), nor a restrictive clause with no comma ("the only mayor who has never
    lived in the town")."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    seen: set[int] = set()
    portraits: list[tuple[int, int]] | None = None
    for neg in candidates(doc, NEGATORS):
        verb = neg.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        rel = _record_clause(verb)  # (the cheap test first: most negations are no aside)
        if rel is None or not _negated_record(neg, verb):
            continue
        praise = in_class(verb, vx["praise_record_verb"]) and not (
            neg.lower_ == "once" and in_class(verb, vx.category("praise_record_verb", "clean"))
        )  # "without once being accused of reading the papers": pointed, no clean record
        if verb.lemma_ == "be" and any(c.dep_ == "prep" for c in verb.children):
            continue  # "who has never been to Leeds": a place, a plain description
        if praise or any(
            c.dep_ == "dobj" and in_class(c, vx["plain_record_noun"]) for c in verb.children
        ):
            continue
        if any(c.dep_ == "dobj" and _partitive_of_story(c) for c in verb.children):
            continue  # "a backbench member who has never attended one of the dinners": where
            # the source stands to the story's own events, not a failing picked out
        first, owner = rel.left_edge, rel.head
        if first.i in seen or first.i == 0 or norm(first) not in vx["record_relative"]:
            continue
        if doc[first.i - 1].text not in (",", "—", "–") and owner.dep_ != "appos":
            continue  # "the only mayor who has never lived in the town": which mayor
        top = owner.head if owner.dep_ == "appos" else owner
        if not (is_person(owner, lex) or is_person(top, lex) or owner.pos_ == "PROPN"):
            continue
        if any(t.pos_ == "VERB" and t.lemma_.lower() in REPORTING for t in doc[first.i : neg.i]):
            continue
        end = rel.right_edge.i + 1
        pointed = neg.lower_ == "once" or any(c.lower_ == "knowingly" for c in verb.children)
        if not pointed and not any(
            c.dep_ in _DONE_TO or (c.dep_ == "prep" and c.lower_ not in _TIME_PREPS)
            for c in verb.children
        ):
            continue  # "which has not met since 2019", "who has not worked since 1985": no
            # deed left undone, only how long since they were active
        if not pointed and not _speaks_or_decides(
            owner, doc[first.i : end], insinuation_lexicon()
        ):
            continue  # "The author, who has never owned a car, cycles ...": a life
        if literal_context(doc[min(top.left_edge.i, first.i) : end], lex, ("sport",)):
            continue  # "The striker, who has not scored since October, ...": a form guide
        start = first.i
        if verb.dep_ == "conj" and verb.head.i == rel.i:  # "who cut the ribbon in 2019 and has
            start = verb.left_edge.i  # not been seen there since": the record, not the act
            start -= doc[start - 1].dep_ == "cc"
            end = verb.right_edge.i + 1
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
        if portraits is None:  # "a man who has never met a ribbon he would not cut": a
            # mock portrait already, one mark
            portraits = [(j.span.start, j.span.end) for j in mock_portraits(doc, lex)]
        if any(a < end and start < b for a, b in portraits):
            continue
        seen.add(first.i)
        span = doc[start:end]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' hands down a record of what "
            f"{written_name(top)} has not done, chosen by the writer to discredit them in "
            "passing. It may be true, but picking the failing out is a verdict, with no "
            "source and no sign of what else they did. A neutral text gives the record "
            "where it bears on the story, with its source, or leaves it out.",
            "(give the record where it bears on the story, with its source, or leave it out)",
            "negated_record",
        )


def _partitive_of_story(obj: Token) -> bool:
    """(loadedAO) "one of the dinners", "any of the meetings": a part of a definite set the
    story is about, so the record places a source (an outsider to the events), as a plain
    identifying aside does."""
    if obj.lower_ not in ("one", "any"):
        return False
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return pobj is not None and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in pobj.children
    )


def _telling_omission(adverb: Token, vx: VerdictLexicon) -> Span | None:
    """An adverb that reads a meaning into an omission by a third party: "has
    conspicuously declined to publish them", "studiously did not mention the levy"."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ != "VERB":
        return None
    subject = subject_or_none(verb)
    if subject is None or norm(subject) in vx["self_subject"]:
        return None
    omits = in_class(verb, vx.category("omission_verb", "omit"))
    negated = any(c.dep_ == "neg" for c in verb.children)
    if not (omits or negated and in_class(verb, vx.category("omission_verb", "address"))):
        return None
    if not any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children):
        return None  # "carefully avoided": what was left out must be said
    return adverb.doc[adverb.i : verb.i + 1]


def credibility_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Someone's confidence or claim measured against the evidence, as a verdict:
    "The minister's certainty goes well beyond what the study shows", "Her optimism
    outruns the figures"."""
    vx = voice_lexicon()
    for noun in candidates(doc, vx["confidence_noun"]):
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or not in_class(noun, vx["confidence_noun"]):
            continue
        if verb.pos_ != "VERB" or not in_class(verb, vx["excess_verb"]):
            continue
        beyond = next(
            (
                t
                for t in verb.subtree
                if t.i > verb.i and (norm(t) in vx["excess_preposition"] or t.dep_ == "dobj")
            ),
            None,
        )
        if beyond is None or hedged(sentence_of(verb), vx):
            continue
        if not any(in_class(t, vx["evidence_noun"]) for t in verb.subtree if t.i >= beyond.i):
            continue
        span = doc[noun.left_edge.i : beyond.i + 1]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' weighs someone's claim against the "
            "evidence and finds it wanting, in the writer's own voice. That may be fair, but "
            "it is a verdict: a neutral text sets the claim beside what the evidence says, "
            "and names who makes the comparison.",
            "(set the claim beside the evidence, and say who compares them)",
            "credibility_verdict",
        )



def inferred_asides(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAP) A relative clause on a person or body in which the writer reads what they
    are like or what they think, through an adverb of inference or a seeming frame:
    "The foreman, a man in a cardigan who had clearly been looking forward to this moment
    all week, told the court ...", "Judge Oxenbrough, a judge who seems to regard
    white-collar crime as a kind of clerical error, ...", "Its project director, a smooth
    operator who has clearly rehearsed every answer in front of a mirror". Not a plain
    aside ("who has lived in the town since 1990"), a manner ("who spoke clearly", "which
    has clearly marked crossings"), a clause that reports speech, nor a restrictive clause
    on a definite noun ("the only member who clearly remembered the vote")."""
    lex = lex or default_lexicon()
    vx = voice_lexicon()
    for tok in candidates(doc, vx["inference_adverb"] | vx["seeming_frame"]):
        if in_class(tok, vx["seeming_frame"]):
            seeming = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                ),
                None,
            )
            if tok.pos_ not in ("VERB", "AUX") or seeming is None or _identity(seeming):
                continue  # "who appears in the film", "who appeared to be the colonel"
            subject = subject_or_none(tok)
            if subject is None or subject.tag_ not in ("WP", "WDT"):
                continue  # "a man whose idea of a holiday appears to be a week of
                # fishing": a taste described (older tests), not a mind read
            verb = tok
        elif _inference(tok, vx) and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
        else:
            continue
        if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
            verb = verb.head
        if verb.dep_ != "relcl" or any(c.tag_ == "MD" for c in verb.children):
            continue
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "with"):
            noun = noun.head.head  # "a man in a cardigan who had clearly ...": the man's
        if not (is_person(noun, lex) or noun.pos_ == "PROPN"):
            continue
        if not any(t.tag_ in ("WP", "WP$", "WDT") for t in doc[verb.left_edge.i : verb.i]):
            continue  # "where the rooms are clearly numbered": a place, not a person
        yield from _inferred(doc, noun, verb, tok, vx)


def _identity(seeming: Token) -> bool:
    """A seeming of who someone is ("who appeared to be the colonel"), not of what they
    are like: "be" with a definite or named complement."""
    if seeming.lemma_.lower() != "be":
        return False
    attr = next((c for c in seeming.children if c.dep_ == "attr"), None)
    return attr is not None and (
        attr.pos_ == "PROPN"
        or any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in attr.children)
    )


def _inferred(
    doc: Doc, noun: Token, verb: Token, marker: Token, vx: VerdictLexicon
) -> Iterator[Judgement]:
    """The judgement of :func:`inferred_asides`, once the clause is found."""
    first = verb.left_edge
    set_off = first.i > 0 and doc[first.i - 1].text in (",", "(", "—", "–")
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if not (set_off or indefinite or noun.dep_ == "appos"):
        return  # "the only member who clearly remembered the vote": which one, not a sketch
    words = [t for t in verb.subtree if t.i > marker.i]
    main = marker.head if marker.dep_ == "advmod" else verb
    if norm(main) in vx["manner_verb"] or any(norm(t) in vx["manner_verb"] for t in words[:1]):
        return  # "who spoke clearly", "who could clearly see the van": a manner
    start = first.i
    if noun.dep_ == "appos" and indefinite and not any(
        c.dep_ in ("amod", "compound", "nmod") for c in noun.children
    ):
        # a bare portrait noun ("a judge who seems to ...", "a man in a cardigan who
        # ...") is part of the sketch; a trade with its modifiers ("a former soap actress")
        # is a description, and the sketch is the clause
        start = next(c.i for c in noun.children if c.dep_ == "det")
    end = verb.right_edge.i + 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    span = doc[start:end]
    yield make_verdict(
        span,
        f"Whose judgement is this? '{span.text}' tells the reader what {noun.text} is like "
        f"or thinks, read off their conduct by the writer ('{marker.text}'), in an aside "
        "beside their name. Nobody can see into a mind: such a sketch needs their own "
        "words or a named source. A neutral text gives their role and what they did.",
        "(give their role, and what they did or said)",
        "inferred_aside",
    )


#: (loadedAP) Who looks, in the writer's "as far as I can tell": the writer, the paper,
#: anyone at all (a closed class of pronouns).
VANTAGE_SUBJECTS = frozenset({"i", "we", "anyone", "anybody", "any", "one", "everyone"})
#: The word that gates :func:`vantage_asides` ("as far as I can tell").
FAR = frozenset({"far"})
#: Relative words and clause openers after which the phrase starts an aside.
VANTAGE_OPENERS = frozenset({",", "which", "who", "whom", "that", "(", "—", "–"})


def vantage_asides(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAP) A claim about someone that rests on the writer's own limited view, set
    off in the clause: "The good doctor has, as far as we can tell, never owned a rental
    property", "a trade body for 240 cottage owners, most of whom, as far as I could tell
    from the car park, live several hundred miles from the nearest sheep", "dabbing at
    eyes that were, as far as I could see, perfectly dry". The phrase sounds like modesty
    but lets the writer state the sneer with no source. The mark is the relative clause
    that holds the phrase, or its sentence. Not "as far as possible", "as far as the
    bypass" (a distance), nor someone else's view ("as far as she could tell")."""
    vx = voice_lexicon()
    portraits: list[tuple[int, int]] | None = None
    for far in candidates(doc, FAR):
        i = far.i
        if i < 1 or i + 3 >= len(doc) or doc[i + 1].lower_ != "as":
            continue
        if doc[i - 1].lower_ not in ("as", "so"):
            continue
        who = doc[i + 2]
        if who.lower_ not in VANTAGE_SUBJECTS:
            continue
        j = i + 3
        if who.lower_ == "any" and doc[j].lower_ == "of":
            j += 2  # "as far as any of us can see"
        while j < len(doc) and (doc[j].tag_ == "MD" or doc[j].lower_ in ("am", "are")):
            j += 1
        if j >= len(doc) or not in_class(doc[j], vx["vantage_verb"]):
            continue
        start = i - 1
        if start > 0 and doc[start - 1].lower_ not in VANTAGE_OPENERS and not (
            doc[start].is_sent_start
        ):
            continue  # "it spreads as far as we can see": a distance, not an aside
        sent = sentence_of(far)
        if any(t.text == "?" for t in sent):
            continue
        span = _vantage_clause(doc, doc[j], start, sent)
        if span is None:
            continue
        if portraits is None:  # "a man who has never, as far as anyone can tell, ...": a
            # mock portrait marks it already (only read when the phrase is there)
            portraits = [(m.span.start, m.span.end) for m in mock_portraits(doc, lex)]
        if any(a < span.end and span.start < b for a, b in portraits):
            continue
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' rests a claim about them on the "
            f"writer's own view ('{doc[start : j + 1].text}'): it sounds modest, but it "
            "states the sneer with no source the reader can check.",
            "(give the fact with its source, or leave the aside out)",
            "vantage_aside",
        )


def _vantage_clause(doc: Doc, verb: Token, phrase: int, sent: Span) -> Span | None:
    """The relative clause that holds "as far as I can tell" (by the parse, or from the
    nearest relative word before it to the comma that closes the aside), or else its
    sentence."""
    clause = verb
    while clause.dep_ not in ("relcl", "ROOT") and clause.head != clause:
        clause = clause.head
    relative = next(
        (t for t in reversed(doc[sent.start : phrase]) if t.tag_ in ("WP", "WP$", "WDT")), None
    )
    if clause.dep_ == "relcl":
        start, end = min(clause.left_edge.i, verb.left_edge.i), clause.right_edge.i + 1
    elif relative is not None and (aside := relative_aside(doc, relative.i)) is not None:
        start, end = aside.start, aside.end
    elif any(t.lemma_ in SAYING and t.pos_ == "VERB" and t.i != verb.i for t in sent):
        return None  # "She said the mayor has, as far as I can tell, ...": a report
    else:
        return _trimmed(doc, sent.start, sent.end)
    close = next((t.i for t in doc[verb.i : sent.end] if t.text == ","), None)
    if close is not None and end <= close + 1:  # the aside goes on past the phrase
        rest = relative_aside(doc, close)
        end = rest.end if rest is not None else sent.end
        end = next((t.i for t in doc[close + 1 : end] if t.text == ","), end)
    return _trimmed(doc, start, end)


def _trimmed(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` without punctuation or blank space at either end."""
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


#: The rules of this module, registered with the verdict rules in judgement_claims.
MIND_RULES = (
    mind_reading,
    belief_readings,
    motive_adjectives,
    act_verdicts,
    telling_tackons,
    sneer_similes,
    credibility_verdicts,
    negated_records,
    inferred_asides,
    vantage_asides,
)

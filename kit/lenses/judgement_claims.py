"""Judgement rules whose marks are unattributed claims (see :mod:`kit.lenses.judgement`).

Sarcasm, rhetorical questions, hidden motives and insinuations: each rule yields the
words that make a sentence a verdict in disguise; the loaded lens keeps the ones in
the writer's own voice and marks their sentence.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import DEP, IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span, Token

from kit.lenses import judgement_verdicts as verdict_rules
from kit.lenses.judgement_asides import ASIDE_RULES
from kit.lenses.judgement_devices import DEVICE_RULES
from kit.lenses.judgement_glosses import GLOSS_RULES
from kit.lenses.judgement_insinuations import RULES as INSINUATION_RULES
from kit.lenses.judgement_juxtapositions import JUXTAPOSITION_RULES
from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    in_name,
    is_person,
    literal_context,
    make,
    norm,
    opens_sentence,
    scan,
)
from kit.lenses.judgement_minds import MIND_RULES
from kit.lenses.judgement_motives import MOTIVE_RULES
from kit.lenses.judgement_questions import expects_no_answer
from kit.lenses.judgement_reactions import players
from kit.lenses.judgement_reliance import RELIANCE_RULES
from kit.lenses.judgement_retorts import RETORT_RULES
from kit.lenses.judgement_sarcasm import CLAIM_RULES as SARCASM_RULES
from kit.lenses.judgement_silences import SILENCE_RULES
from kit.lenses.judgement_spin import SPIN_CLAIM_RULES
from kit.lenses.judgement_spin_words import SPIN_TAUNT_RULES
from kit.lenses.judgement_stance import CLAIM_RULES as STANCE_RULES
from kit.lenses.judgement_verdicts import (
    candidates,
    make_verdict,
    subject_or_none,
    verdict_lexicon,
)
from kit.lenses.judgement_voice import (
    VOICE_RULES,
    final_questions,
    neighbour,
    question_start,
)
from kit.lenses.judgement_writer import WRITER_RULES
from kit.lenses.shared import doc_array, sentence_bounds
from kit.lenses.wordlists import sentence_of


def sarcasm_markers(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Sarcasm: mock surprise or doubt opening a sentence ("How convenient.", "So much
    for transparency.") and mock praise anywhere ("in their infinite wisdom", "nothing
    says ... like"). The sentence is a verdict in disguise: an unattributed claim."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("sarcasm_phrase", ()):
        if hit.word.category.endswith("_opener") and not opens_sentence(doc, hit.start):
            continue
        yield make(doc, hit, lex, "sarcasm", "", label="unattributed_claim")


def rhetorical_questions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question that is really a verdict: it opens like one ("Is it any wonder",
    "Who could blame", "Isn't it time"), carries a judgement word found by the other
    rules' lexicons, or has the grammar of a question that expects no answer
    (:func:`kit.lenses.judgement_questions.expects_no_answer`). Signpost questions
    ("What happens next?", "Who is involved?", "Would she do it again?") are not marked."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    judged = sorted(
        h.start
        for cls in ("judgement_adjective", "people_label", "accusation_noun", "adverb", "noun",
                    "attack_verb", "attack_phrase", "capitulation_verb", "sarcasm_phrase")
        for h in hits.get(cls, ())
    )  # fmt: skip
    seen: set[int] = set()
    for sent, first, hit in final_questions(doc, hits):
        if sent.start in seen:
            continue
        words = tuple(norm(t) for t in doc[first : min(first + 6, sent.end)])
        opener = next((o for o in lex.openers if words[: len(o)] == o), None)
        judging = any(sent.start <= i < sent.end for i in judged) or any(
            sent.start <= h.start < sent.end and doc[h.start].dep_ == "advmod"
            for h in hits.get("doubt_adverb", ())
        )
        how = (
            f"it opens with '{' '.join(opener)}', which expects only one answer"
            if opener
            else "it carries a verdict or a doubt inside a question"
            if judging
            else expects_no_answer(doc[first : hit.end])
        )
        if not how:
            continue
        seen.add(sent.start)
        span = Span(doc, first, hit.end, label="unattributed_claim")
        explanation = (
            "Whose judgement is this? The writer asks a question that is really a claim: "
            f"{how}. A rhetorical question states a view without arguing for it or "
            "naming a source; ask what the writer is asserting, and on what evidence."
        )
        yield Judgement(
            span, explanation, "(state the claim plainly, with its source)", "rhetorical_question"
        )


def motive_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A hidden purpose stated as fact: a trick noun ("a ploy to", "the visit was a
    publicity stunt", "the council's latest wheeze is a levy") or a purpose that is
    itself an accusation ("in a bid to distract", "designed to deflect", "aimed at
    silencing critics"). Plain purposes ("in a bid to
    cut costs", "designed to carry 400 passengers") are not marked."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    copulas, frames = lex.set_of("copula"), lex.set_of("purpose_frame")
    for hit in hits.get("motive_noun", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(tok)
        if hit.word.unless and any(t.lemma_.lower() in hit.word.unless for t in sent):
            continue
        nxt = doc[tok.i + 1 : tok.i + 3]
        purpose = len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].tag_ == "VB"
        predicate = tok.dep_ == "attr" and tok.head.lemma_ in copulas
        # an owned trick as the subject: "The cabinet's latest wheeze is a parking levy"
        predicate = predicate or (
            tok.dep_ == "nsubj"
            and tok.head.lemma_ in copulas
            and any(c.dep_ == "poss" for c in tok.children)
        )
        if purpose or predicate or (len(nxt) and nxt[0].lower_ == "of" and tok.lower_ == "pretext"):
            yield make(doc, hit, lex, "motive_claim", "", label="unattributed_claim")
    for hit in hits.get("manipulation_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or literal_context(sentence_of(verb), lex, ("legal",)):
            continue
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        aimed = verb.tag_ == "VBG" and verb.head.lower_ == "at" and verb.head.head.lemma_ == "aim"
        if to is None and not aimed:
            continue
        frame = verb.head if verb.head.lemma_.lower() in frames else None
        if frame is None and aimed:
            frame = verb.head.head
        start = min(t.i for t in (frame, to, verb) if t is not None)
        if frame is not None and frame.head.lower_ == "in" and frame.head.i < start:
            start = frame.head.i  # "in a bid to silence"
        span = Span(doc, start, verb.i + 1, label="unattributed_claim")
        explanation = (
            f"Whose judgement is this? '{span.text}' states a hidden purpose as fact, in "
            "the writer's own voice: that someone acted to deceive, silence or buy off "
            "others. A claim about motive needs a source who can know it, e.g. the "
            "actor's own words, documents, or a named critic who makes the charge."
        )
        yield Judgement(span, explanation, None, "motive_claim")


def insinuations(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An adverb of concealment on what someone did, with the reason stated as fact:
    "Vance quietly dropped the shows because ...", "patrols were quietly cut to save
    money". Without a stated reason ("she spoke quietly") nothing is claimed."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("insinuation_adverb", ()):
        adv = doc[hit.start]
        verb = adv.head
        if adv.dep_ != "advmod" or verb.pos_ != "VERB":
            continue
        reason = next((c for c in verb.children if c.dep_ in ("advcl", "prep")), None)
        if reason is None or not (
            any(m.lower_ in ("because", "since", "so") for m in reason.children if m.dep_ == "mark")
            or any(a.lower_ == "to" for a in reason.children if a.dep_ == "aux")
            or (reason.lower_ == "because" and reason.dep_ == "prep")
        ):
            continue
        span = Span(doc, adv.i, verb.i + 1, label="unattributed_claim")
        explanation = (
            f"Whose judgement is this? '{adv.text}' hints that something was hidden, and the "
            "sentence states why it was done as a fact, in the writer's own voice. A claim "
            "about someone's reasons needs a source who can know them."
        )
        yield Judgement(span, explanation, None, "insinuation")


def sarcastic_asides(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sentence that opens with a sarcastic aside: "Not that the board will care.",
    "As if anyone asked.". The writer mocks instead of claiming."""
    vx = verdict_lexicon()
    openers = vx.phrases("sarcasm_opener")
    for tok in candidates(doc, frozenset(o[0] for o in openers)):
        after = tuple(norm(t) for t in doc[tok.i : tok.i + 3])
        if not any(after[: len(o)] == o for o in openers):
            continue  # (the cheap test first: few "as" or "not" open an aside)
        sent = sentence_of(tok)
        first = question_start(sent, sent.end)
        if first != tok.i:
            continue
        if first is None:
            continue
        words = tuple(norm(t) for t in doc[first : min(first + 3, sent.end)])
        opener = next((o for o in openers if words[: len(o)] == o), None)
        if opener is None or first + len(opener) >= sent.end - 1:
            continue
        span = doc[first : first + len(opener)]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text} ...' is a sarcastic aside in the "
            "writer's own voice: it mocks the people it names instead of showing evidence.",
            "(say plainly what is known about them, and who says so)",
            "sarcasm",
        )


def conduct_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A virtue or vice stated as the manner of an act: "Corvania acted with restraint",
    "the board behaved with contempt for residents"."""
    vx = verdict_lexicon()
    for verb in candidates(doc, vx["conduct_verb"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in vx["conduct_verb"]:
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            nouns = [o for o in prep.children if o.dep_ == "pobj"]
            nouns += [c for n in nouns for c in n.conjuncts]
            noun = next((n for n in nouns if n.lemma_.lower() in vx["conduct_noun"]), None)
            if noun is None:
                continue
            yield make_verdict(
                doc[verb.i : noun.i + 1],
                f"Whose judgement is this? '{doc[verb.i : noun.i + 1].text}' grades how "
                "someone behaved (a virtue or a vice) as a fact, in the writer's own voice. "
                "Describe what they did, or say who judges it so.",
                "(describe what they did)",
                "conduct_verdict",
            )
            break


def intent_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A hidden intent or insincerity stated as fact: "the council wants the ferry to
    fail", "whatever the minister likes to pretend", "conceded only to spare her party".
    Plain aims ("the council wants to build homes") and results ("arrived only to find
    the doors shut") are not marked."""
    vx = verdict_lexicon()
    belittled = [a.head for a in candidates(doc, vx["belittling_adverb"])]
    found = candidates(doc, vx["failure_verb"] | vx["pretence_verb"])
    for verb in sorted({*found, *belittled}, key=lambda t: t.i):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        span = None
        if lemma in vx["failure_verb"] and verb.dep_ in ("ccomp", "xcomp"):
            wanter = verb.head
            if wanter.lemma_.lower() in vx["intent_verb"] and any(
                c.dep_ == "nsubj" for c in verb.children
            ):
                span = doc[wanter.i : verb.i + 1]  # "wants the ferry to fail"
        elif lemma in vx["pretence_verb"]:
            # the subject of "pretended", or of the verb it hangs on ("wants to pretend",
            # "went on pretending", "kept pretending")
            held = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
            subject = next(
                (
                    c
                    for c in (*verb.children, *(verb.head.children if held else ()))
                    if c.dep_ == "nsubj"
                ),
                None,
            )
            if subject is not None and subject.lemma_.lower() not in players():
                span = doc[verb.i : verb.i + 1]  # (not "the children pretended": play)
        elif lemma not in vx["result_verb"] and verb.dep_ in ("advcl", "xcomp"):
            to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            adv = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "advmod" and c.lower_ in vx["belittling_adverb"]
                ),
                None,
            )
            if to is not None and adv is not None and adv.i == to.i - 1:
                span = doc[adv.i : verb.i + 1]  # "only to spare her party"
        if span is None:
            continue
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' states what someone secretly wants or "
            "means as a fact, in the writer's own voice. Intent is hard to know: it needs "
            "the person's own words, documents, or a named source who makes the charge.",
            "(report what they did and said, and who reads a motive into it)",
            "intent_claim",
        )


def blame_frames(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Blame laid as fact: "The blame starts with the director", "The fault lies with
    the board"."""
    vx = verdict_lexicon()
    for noun in candidates(doc, vx["blame_noun"]):
        verb = noun.head
        if (
            noun.dep_ != "nsubj"
            or noun.lemma_.lower() not in vx["blame_noun"]
            or verb.lemma_.lower() not in vx["blame_verb"]
            or not any(c.dep_ == "prep" and c.lower_ in ("with", "on") for c in verb.children)
        ):
            continue
        yield make_verdict(
            doc[noun.i : verb.i + 1],
            f"Whose judgement is this? '{doc[noun.i : verb.i + 1].text} ...' assigns blame "
            "in the writer's own voice: who decided it, and on what evidence?",
            "(say what each person did, and who blames them)",
            "blame_frame",
        )


def elliptical_echoes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sarcastic echo: a short sentence that ends on an auxiliary, answering the one
    before it ("Of course it hasn't.", "It should have.", "The apology has not been."),
    also with a habit and its occasion ("She rarely is when farmers come to call.").
    The writer answers a claim with a verdict, not with evidence."""
    vx = verdict_lexicon()
    aux, hedged, seldom = vx["echo_auxiliary"], vx["echo_hedge"], vx["echo_seldom"]
    ends = {sentence_of(t) for t in candidates(doc, aux) if _ends_sentence(t)}
    ends |= {s for t in candidates(doc, seldom) if (s := _seldom_echo(t, aux)) is not None}
    for sent in sorted(ends, key=lambda s: s.start):
        occasion = {t.i for c in sent.root.children if _occasion(c) for t in c.subtree}
        words = [t for t in sent if not (t.is_punct or t.is_space) and t.i not in occasion]
        if not words or sent.start == 0 or not sent.text.rstrip().endswith("."):
            continue
        last = words[-1]
        while last.dep_ == "neg" and last.i > sent.start:
            last = doc[last.i - 1]
        root = sent.root
        if last.lemma_.lower() not in aux or root.i != last.i and root.head != root:
            continue
        if any(
            t.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd", "advcl")
            for t in root.children
            if t.i not in occasion
        ) or any(t.pos_ == "VERB" and t.lemma_.lower() not in aux for t in words):
            continue
        if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in root.children):
            continue
        if any(t.lower_ in hedged for t in sent):
            continue  # "Maybe it will.": a concession, not a retort
        if occasion and root.i not in {c.head.i for c in words if c.lower_ in seldom}:
            continue  # "when ..." only after "She rarely is": the habit is the jibe
        if not any(t.dep_ == "neg" or t.tag_ == "MD" or t.lower_ in seldom for t in words):
            continue  # "It did.": a plain answer; a retort denies or counters
        if (prev := neighbour(sent, -1)) is not None and prev.text.rstrip().endswith("?"):
            continue  # "Will the trains run? Some will.": the answer to a question
        yield make_verdict(
            doc[words[0].i : words[-1].i + 1],
            "Whose judgement is this? The writer answers the sentence before with a clipped "
            "echo ('... it hasn't', '... it should have'): a sarcastic verdict in their own "
            "voice, given as if it needed no evidence.",
            "(say what is known, and who says so)",
            "elliptical_echo",
        )


def _seldom_echo(tok: Token, aux: frozenset[str]) -> Span | None:
    """The sentence of "She rarely is when farmers come to call.": an auxiliary root with
    "rarely", "seldom" or "never", a person as its subject (not "they" or "it", which may
    be trains or rivers), and nothing after it but a "when" clause."""
    root = tok.head
    if tok.dep_ != "advmod" or root.dep_ != "ROOT" or root.lemma_.lower() not in aux:
        return None
    if not any(_occasion(c) for c in root.children):
        return None
    subject = subject_or_none(root)
    if subject is None or subject.lower_ in ("they", "it", "this", "that"):
        return None  # "Trains are often late. They rarely are when it is dry.": a habit
    if not is_person(subject, default_lexicon()):
        return None
    return sentence_of(root)


def _occasion(tok: Token) -> bool:
    """A clause of time or condition hung on the main verb: "when farmers come to call"."""
    return tok.dep_ == "advcl" and any(
        c.lower_ in ("when", "whenever", "if") and c.dep_ in ("advmod", "mark")
        for c in tok.children
    )


def desert_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """The writer decides what people are owed or should feel: "Residents deserve better
    than this", "Everyone involved deserves a long think", "The board should be ashamed"."""
    vx = verdict_lexicon()
    for tok in candidates(doc, vx["desert_verb"] | vx["shame_adjective"]):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in vx["desert_verb"] and _main_clause(tok):
            span = doc[tok.i : tok.i + 1]
        elif (
            lemma in vx["shame_adjective"]
            and tok.dep_ == "acomp"
            and any(
                c.tag_ == "MD" and c.lower_ in ("should", "ought", "must")
                for c in tok.head.children
            )
        ):
            span = doc[tok.head.i : tok.i + 1]
        else:
            continue
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' tells the reader what people are owed "
            "or ought to feel: a moral verdict in the writer's own voice, with no source.",
            "(describe what happened, or name who makes the demand)",
            "desert_verdict",
        )


_TAIL: dict[str, object] = {}


def _ends_sentence(tok: Token) -> bool:
    """Only a negation and punctuation follow the token in its sentence (read from the
    document's ids, worked out once per document: no Token object per word)."""
    doc = tok.doc
    if _TAIL.get("doc") is not doc or _TAIL.get("n") != len(doc):
        neg = doc.vocab.strings.add("neg")
        ok = (
            (doc_array(doc, DEP) == neg) | (doc_array(doc, IS_PUNCT) == 1)
            | (doc_array(doc, IS_SPACE) == 1)
        ).tolist() if len(doc) else []  # fmt: skip
        _TAIL.update(doc=doc, n=len(doc), ok=ok)
    ok: list[bool] = _TAIL["ok"]  # type: ignore[assignment]
    bounds = sentence_bounds(doc)
    end = bounds[max(bisect_right(bounds, (tok.i, sys.maxsize)) - 1, 0)][1]
    return all(ok[tok.i + 1 : end])  # (a slice: no generator step per token)


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence (or a clause conjoined to it) and has a subject: the
    verdict is the sentence's point, not an aside in a relative clause."""
    root = verb.head if verb.dep_ == "conj" else verb
    return root.dep_ == "ROOT" and subject_or_none(verb) is not None


#: Every claim rule of the verdict family, registered in kit.lenses.judgement.
VERDICT_RULES = (
    *verdict_rules.VERDICT_RULES,
    elliptical_echoes,
    desert_verdicts,
    sarcastic_asides,
    conduct_verdicts,
    intent_claims,
    blame_frames,
    *VOICE_RULES,  # questions, sarcasm and retorts (kit/lenses/judgement_voice.py)
    *MIND_RULES,  # minds, motives and verdicts on acts (kit/lenses/judgement_minds.py)
    *JUXTAPOSITION_RULES,  # a gain set against a failing (judgement_juxtapositions.py)
    *SILENCE_RULES,  # a pointed adverb on a silence (judgement_silences.py)
    *MOTIVE_RULES,  # knowledge, indifference, purposes, forecasts (judgement_motives.py)
    *RELIANCE_RULES,  # bets on inattention, steered belief, not caring (judgement_reliance.py)
    *ASIDE_RULES,  # self-answering questions, absurd demands, echoes (judgement_asides.py)
    *INSINUATION_RULES,  # insinuating asides in a clause (judgement_insinuations.py)
    *DEVICE_RULES,  # fragments, disjuncts, kinds of people (judgement_devices.py)
    *RETORT_RULES,  # praise fragments, retorts, records, echo questions (judgement_retorts.py)
    *GLOSS_RULES,  # glosses, verdicts by kind, afterthoughts, bets (judgement_glosses.py)
    *SPIN_CLAIM_RULES,  # forgiven thoughts, futile forecasts, laments (judgement_spin.py)
    *SPIN_TAUNT_RULES,  # 'better than they ever will', near disasters (judgement_spin_words.py)
    *WRITER_RULES,  # 'perhaps' fragments, mock reactions, certain minds (judgement_writer.py)
    *SARCASM_RULES,  # 'that is, if you enjoy', false dilemmas (judgement_sarcasm.py)
    *STANCE_RULES,  # 'it seems' asides, litotes, rebuked doubters (judgement_stance.py)
)

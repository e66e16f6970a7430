"""Sarcasm frames, false dilemmas and idle figures in the writer's own voice (issue 11,
loadedP3; word classes in ``kit/lexicons/judgement_sarcasm.yaml``).

Claim rules (the loaded lens keeps a find only in the writer's own voice):

- :func:`withdrawn_concessions`: "Fair, that is, if you enjoy arguing with an automated
  email address." -- a word granted, then taken back by a condition of taste; not "the
  fee, that is, the charge for parking" (no condition);
- :func:`funny_ways`: "it has a funny way of showing it" -- a body's claimed care set
  against its conduct; not "a funny way of walking" (the object must be "it");
- :func:`granted_withdrawals`: "Of course they have listened. They simply have not heard
  a word." -- an act granted, then emptied by the next sentence ("simply/just/merely" and
  a negation); not "Of course, the library will be closed on Monday.";
- :func:`count_contrasts`: "Fourteen jobs. For a hill." -- a verbless count set against
  a verbless "For a ..." fragment, one sarcastic comparison; not "Nine spaces were added";
- :func:`styled_values`: "Justice, Hillbury style." -- a value (a bare singular noun)
  done a place's way, as a whole verbless sentence; not "Eggs, Florentine style.";
- :func:`false_dilemmas`: "Councillors have a simple choice: stand with the people, or
  roll over." -- two options framed as the only ones; not "a choice of fish or chicken".

Word rule:

- :func:`idle_figures`: "is understood to be sunning himself abroad", "swanned off to
  Dubai" -- idleness said of a person, to mock them; not "the cat was sunning itself".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    subject_of,
    target_of,
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    verdict_lexicon,
    writer_verdict,
)
from kit.lenses.judgement_voice import words_of
from kit.lenses.shared import sentence_of

NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "million", "billion", "half",
})  # fmt: skip

#: Burden verbs that need a cost as object: "pick up the bill", not "pick up the kids".
OBJECT_NEEDED = frozenset({"pick", "carry", "pay", "count", "bear", "swallow", "mop"})


@cache
def sarcasm_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_sarcasm.yaml (read once)."""
    return verdict_lexicon("judgement_sarcasm")


def _whole(doc: Doc, first: Span, last: Span) -> Span:
    """The sentences from ``first`` to ``last``, without trailing spaces."""
    end = last.end
    while end > first.start and doc[end - 1].is_space:
        end -= 1
    return doc[first.start : end]


# -- "Fair, that is, if you enjoy ..." --------------------------------------------------
def withdrawn_concessions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "<word>, that is, if you <enjoy/like ...>": the writer grants a claim and takes it
    back in the same breath with a condition of taste no one meets."""
    taste = sarcasm_lexicon()["taste_verb"]
    for that in candidates(doc, frozenset({"that"})):
        i = that.i
        if i + 3 >= len(doc) or doc[i + 1].lower_ != "is" or doc[i - 1].text != ",":
            continue
        after = doc[i + 2 : min(i + 7, len(doc))]
        cond = next((t for t in after if t.lower_ in ("if", "provided", "assuming")), None)
        if cond is None or not any(t.lemma_.lower() in taste for t in after[cond.i - i - 2 :]):
            continue
        sent = sentence_of(that)
        yield writer_verdict(
            _whole(doc, sent, sent),
            "grants a word and withdraws it with a condition of taste, to mock the claim",
            "(say what people found, or who thought it unfair)",
            "withdrawn_concession",
        )


# -- "has a funny way of showing it" ----------------------------------------------------
def funny_ways(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "<someone> has a funny/strange way of showing it": the writer sets a body's claim
    (to care, to be friendly) against its conduct and calls the claim false."""
    odd = sarcasm_lexicon()["odd_manner"]
    for way in candidates(doc, frozenset({"way"})):
        if not any(c.dep_ == "amod" and c.lower_ in odd for c in way.children):
            continue
        show = next((c for c in way.children if c.lemma_.lower() == "show"), None)
        if show is None:  # "a funny way of showing it": of -> showing
            show = next((g for c in way.children if c.lower_ == "of"
                         for g in c.children if g.lemma_.lower() == "show"), None)  # fmt: skip
        if show is None or not any(c.lower_ in ("it", "this", "that") for c in show.children):
            continue
        sent = sentence_of(way)
        # from the subject of "has": "For a park that bills itself as '...', it has ..."
        # keeps the quoted boast out of the claim
        subj = next((c for c in way.head.children if c.dep_ == "nsubj"), None)
        start = subj.left_edge.i if subj is not None and subj.i < way.i else sent.start
        yield writer_verdict(
            _whole(doc, doc[start : sent.end], sent),
            "says a body's claim is belied by its conduct, by sarcasm instead of evidence",
            "(report what the body claims and what it did)",
            "funny_way",
        )


# -- "Of course they have listened. They simply have not heard a word." -----------------
def granted_withdrawals(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sentence opened by "Of course" (no comma: granted, not a signpost) whose next
    sentence empties it with "simply/just/merely" and a negation or "ignore"."""
    vx = sarcasm_lexicon()
    for course in candidates(doc, vx["granting"]):
        sent = sentence_of(course)
        words = words_of(sent)
        if len(words) < 3 or course.i > sent.start + 1 or course.nbor(1).is_punct:
            continue
        if course.lower_ == "course" and course.nbor(-1).lower_ != "of":
            continue
        if sent.end >= len(doc):
            continue
        nxt = sentence_of(doc[sent.end])
        if nxt.start == sent.start or not any(t.lower_ in vx["withdrawal_adverb"] for t in nxt):
            continue
        if not any(t.dep_ == "neg" or t.lemma_.lower() == "ignore" for t in nxt):
            continue
        yield writer_verdict(
            _whole(doc, sent, nxt),
            "grants an act and empties it in the next breath, a sarcastic charge",
            "(say what was asked and what was done)",
            "granted_withdrawal",
        )


# -- "Fourteen jobs. For a hill." --------------------------------------------------------
def count_contrasts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verbless count ("Fourteen jobs.", "£2m.") followed by a verbless "For a ..."
    fragment: the price set against the loss, as a sneer."""
    for prep in candidates(doc, frozenset({"for"})):
        if not prep.is_sent_start or prep.i == 0:
            continue
        nxt = sentence_of(prep)
        if prep.i != nxt.start or nxt.start == 0:
            continue
        frag = words_of(nxt)
        if not 2 <= len(frag) <= 5 or any(t.pos_ in ("VERB", "AUX") for t in frag):
            continue
        prev = sentence_of(doc[nxt.start - 1])
        count = words_of(prev)
        if not 1 <= len(count) <= 4 or any(t.pos_ in ("VERB", "AUX") for t in count):
            continue
        if not (count[0].like_num or count[0].lower_ in NUMBER_WORDS or count[0].is_currency):
            continue
        yield writer_verdict(
            _whole(doc, prev, nxt),
            "sets a figure against what it costs in two verbless fragments, a sneer",
            "(give the figure and what it is for in one plain sentence)",
            "count_contrast",
        )


# -- "Justice, Hillbury style." ---------------------------------------------------------
def styled_values(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "Justice, Hillbury style.", "Consultation, council style.": a value (a bare
    singular or mass noun) and "<place or body> style" as a whole verbless sentence after
    the act it sums up; the writer names the value to say it was not delivered (not
    "Eggs, Florentine style.", a plural dish; not "in the Hillbury style", inside a
    sentence)."""
    for style in candidates(doc, frozenset({"style"})):
        sent = sentence_of(style)
        words = words_of(sent)
        if sent.start == 0 or not 3 <= len(words) <= 6 or words[-1].i != style.i:
            continue
        comma = next((t for t in sent if t.text == ","), None)
        if comma is None or not 1 <= comma.i - words[0].i <= 3:
            continue
        value = [t for t in words if t.i < comma.i]
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        # the value is a bare singular or mass noun ("Justice", "Fair play"), never a
        # plural thing or a dish with its determiner ("Eggs", "The pie")
        head = value[-1]
        common = head.tag_ == "NN" or (
            # a common noun the parser takes for a name at the start of a sentence
            head.tag_ == "NNP" and head.is_sent_start and not head.ent_type_
            and head.lower_.endswith(("tion", "ment", "ness", "ity", "ice", "acy", "ship"))
        )
        if not common or any(t.pos_ == "DET" for t in value):
            continue
        if not 1 <= style.i - comma.i - 1 <= 3:
            continue
        yield writer_verdict(
            _whole(doc, sent, sent),
            "names a value as done the way of a place or a body, to say it was not done, a "
            "sneer",
            "(say plainly what was wrong with the decision, and who says so)",
            "styled_value",
        )


# -- "a simple choice: A, or B" ---------------------------------------------------------
def false_dilemmas(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "<X> have/face a simple choice: A or B", "The choice is stark: A or B": two
    options told as the only ones, the writer's framing of the decision."""
    closed = sarcasm_lexicon()["dilemma_adjective"]
    for choice in candidates(doc, frozenset({"choice", "choices", "option", "options"})):
        adj = any(c.dep_ == "amod" and c.lower_ in closed for c in choice.children) or any(
            c.dep_ == "acomp" and c.lower_ in closed for c in choice.head.children
        )
        if not adj:
            continue
        sent = sentence_of(choice)
        colon = next((t for t in doc[choice.i + 1 : min(choice.i + 8, sent.end)]
                      if t.text in (":", "—", "–")), None)  # fmt: skip
        if colon is None:
            continue
        if not any(t.lower_ in ("or", "either") for t in doc[colon.i + 1 : sent.end]):
            continue
        yield writer_verdict(
            _whole(doc, sent, sent),
            "frames a decision as two options only, one of them shameful (a false dilemma)",
            "(report the options that were actually proposed)",
            "false_dilemma",
        )


# -- "have been left to pick up the bill" ----------------------------------------------
def left_to_bear(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People passively "left" to bear a cost ("have been left to pick up the bill",
    "are left licking their wounds", "left to foot the bill"): a loss told as abandonment
    by someone, in the writer's voice. Not "the children were left to play"."""
    lex = lex or default_lexicon()
    vx = sarcasm_lexicon()
    for verb in candidates(doc, frozenset({"leave", "left"})):
        if verb.lemma_.lower() != "leave" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None or not is_person(subj, lex):
            continue
        bear = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                     and c.lemma_.lower() in vx["burden_verb"]), None)  # fmt: skip
        if bear is None:
            continue
        objs = [c for c in bear.children if c.dep_ == "dobj"]
        if bear.lemma_.lower() in OBJECT_NEEDED and not any(
            o.lower_ in vx["burden_object"] for o in objs
        ):
            continue
        sent = sentence_of(verb)
        yield writer_verdict(
            _whole(doc, sent, sent),
            "tells a loss as people abandoned to bear it, which blames someone unnamed",
            "(say who pays what, and why)",
            "left_to_bear",
        )


# -- "will hardly trouble it" -------------------------------------------------------------
def hardly_bothered(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A forecast that something "will hardly" bother someone ("a petition of 500 names
    will hardly worry it", "the fine would hardly dent its profits"): understatement
    that sneers at a body's indifference, in the writer's voice. Not "hardly" of degree
    ("she could hardly hear the speaker", "hardly any rain fell"), nor a past report
    ("the noise hardly bothered the neighbours"): a verb of bothering, and a forecast."""
    bother = sarcasm_lexicon()["bother_verb"]
    for hardly in candidates(doc, frozenset({"hardly", "scarcely"})):
        verb = hardly.head
        if hardly.dep_ != "advmod" or verb.pos_ != "VERB" or verb.lemma_.lower() not in bother:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
            continue
        if verb.lemma_.lower() == "keep" and not any(
            t.lower_ in ("awake", "up") for t in verb.subtree
        ):
            continue  # "will hardly keep them awake at night", not "will hardly keep"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        first = subj.left_edge.i if subj is not None else hardly.i
        last = max(t.i for t in verb.subtree if not t.is_punct)
        yield writer_verdict(
            doc[first : last + 1],
            "forecasts that a protest or a cost will not even bother its target, a "
            "sarcastic understatement of indifference",
            "(say what the body has said or done in reply)",
            "hardly_bothered",
        )


# -- "They can already do that at home." ---------------------------------------------
def already_had(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An offer answered as something people can already do: "Pupils could watch the
    eclipse on a laptop. They can already do that at home." A short sentence with
    "can/could already" and a pro-form ("do that", "have one") right after a sentence
    that offers something with "could", "can" or "will": the writer deflates the offer
    as worthless. Not "already" in a plain account ("The council has already spent
    £2m"), with no modal and no pro-form."""
    proforms = sarcasm_lexicon()["proform_object"]
    for already in candidates(doc, frozenset({"already"})):
        verb = already.head
        sent = sentence_of(already)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("do", "have", "get"):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in proforms for c in verb.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
            continue
        if len(words_of(sent)) > 12 or sent.start == 0:
            continue
        prev = sentence_of(doc[sent.start - 1])
        if not any(t.tag_ == "MD" and t.lower_ in ("could", "can", "will") for t in prev):
            continue
        yield writer_verdict(
            _whole(doc, sent, sent),
            "answers an offer by saying people can already do it, to mock the offer as "
            "worth nothing",
            "(say what the offer adds, or who doubts it)",
            "already_had",
        )


# -- "sunning himself abroad" -----------------------------------------------------------
def _swaggers(verb: Token, lex: JudgementLexicon, vx: VerdictLexicon) -> bool:
    """A swagger ("sauntered", "waltzed") of a body, which cannot walk ("the board
    sauntered out"), or of a person into, out of or through an occasion ("waltzed into
    the job"); not a person walking in a place ("strolled into the park")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not is_person(subj, lex):
        return False
    body = subj.ent_type_ == "ORG" or subj.lemma_.lower() in lex.set_of("enterprise_noun") or (
        subj.lemma_.lower() in BODIES
    )
    if body:
        return True
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("into", "out", "through", "from", "to"):
            obj = next((o for o in prep.subtree if o.dep_ == "pobj"), None)
            if obj is not None and (
                obj.lemma_.lower() in vx["occasion_noun"] or obj.lower_ in vx["occasion_noun"]
            ):  # ("politics" has the lemma "politic")
                return True
    return False


#: Bodies of people that do not walk: "the board sauntered into its meeting".
BODIES = frozenset({"board", "council", "committee", "government", "trust", "authority",
                    "cabinet", "party", "management", "executive", "administration"})



def idle_figures(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Idleness said of a person, to mock them: "sunning himself" (a reflexive person),
    "swanned off to Dubai", "jetted off" (a person as subject). Not an animal ("the cat
    was sunning itself") or weather."""
    lex = lex or default_lexicon()
    vx = sarcasm_lexicon()
    for verb in candidates(doc, vx["idle_verb"] | vx["swagger_verb"]):
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        refl = next((c for c in verb.children if c.dep_ == "dobj"
                     and c.lower_ in vx["reflexive"]), None)  # fmt: skip
        prt = next((c for c in verb.children if c.dep_ in ("prt", "advmod")
                    and c.lower_ in ("off", "around", "about", "away")), None)  # fmt: skip
        if refl is not None:
            span = doc[verb.i : refl.i + 1]
        elif lemma in vx["swagger_verb"]:
            if not _swaggers(verb, lex, vx):
                continue
            yield Judgement(
                Span(doc, verb.i, verb.i + 1, label="emotive"),
                f"'{verb.text}' gives {target_of(subject_of(verb) or verb)} a swagger, to "
                "mock their ease, instead of saying that they came, went or were appointed.",
                "came, went, arrived, was appointed",
                "swagger_figure",
            )
            continue
        elif lemma in ("swan", "jet") and prt is not None:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or not is_person(subj, lex):
                continue
            span = doc[verb.i : prt.i + 1]
        else:
            continue
        yield Judgement(
            Span(doc, span.start, span.end, label="emotive"),
            f"'{span.text}' paints the person as idle or living it up, to make the reader "
            "resent them, instead of saying where they are or what they do.",
            "is abroad, is on holiday, went to",
            "idle_figure",
        )


CLAIM_RULES = (withdrawn_concessions, funny_ways, granted_withdrawals, count_contrasts,
               false_dilemmas, left_to_bear, hardly_bothered, already_had,
               styled_values)  # fmt: skip
WORD_RULES = (idle_figures,)

"""Stock verdict formulas in the writer's own voice (issue 12, loadedR1b; word classes in
``kit/lexicons/judgement_formulas.yaml``).

Opinion prose hands down verdicts in set phrases whose content words are in no list of
charged words. Each rule finds one family of such formulas and checks its frame in the
parse, so that the same words in a plain report are left alone:

- :func:`obvious_answers`: "It does not take a genius to work out why ..." (not "It
  took a team of divers to lift the anchor");
- :func:`ironic_marks`: a sentence that opens "Full marks for timing: ..." (not "Pupils
  who scored full marks for the essay ...");
- :func:`another_matter`: "Whether the bishop will find the time is another matter" (a
  clause as subject; not "Parking is a separate matter for the county");
- :func:`heard_before`: "Rowers have heard that before", "has heard the board's promises
  before" (not "Staff had heard the alarm before the smoke reached them");
- :func:`mind_formulas`: "has never knowingly passed up a chance to ...", "are in no
  mood to listen", "the ones who can least afford it", "a price worth paying", "the
  families of Corn Street are the price";
- :func:`bare_morals`: a bare abstract noun that "does not pay the bills" or "won't put
  food on the table" (not "The bank does not pay interest");
- :func:`confusions`: "mistakes boredom for depth", "confuses activity with progress",
  both bare abstract nouns (not "mistook the old path for the bridleway");
- :func:`weightless`: a short sentence denying something any weight, "One bad
  morning changes nothing." (not a long report of what a result changes);
- :func:`generic_wonder`: "Some may wonder whether ...", "Readers might ask why ...": a
  doubt raised through an unnamed crowd (not "Some may remember the old cinema");
- :func:`self_evident`: "The results speak for themselves.", "a loyalty that speaks for
  itself": a thing said to prove its own case (not people who "speak for themselves");
- :func:`wished_on_others`: "the federation would rather you did not read it", "some
  would rather the gangs were left in peace", "would rather not say why": a wish read
  from someone's mind (not the writer's own "I would rather wait"; the plain "would
  rather VERB" is a pattern in kit/lexicons/claims.yaml);
- :func:`seeming_verdicts`: "It seems a thin reason to rewrite the school day", "which
  seems a steep price": a thing's worth told as an impression (not "She seems a shy
  child": a person, nor "It seemed a good idea at the time": a past story);
- :func:`writer_pleasure`: "We are delighted to hear it.", "We are touched.", "I am
  pleased to report": the writer's own pleasure at the news, a mock-polite verdict (not a
  quoted "I was delighted");
- :func:`sum_up_verdicts`: "All told, the town has paid for this with its seafront and
  its patience": a balance sheet with no figure in it (not "All told, 46,655 ballots
  were cast": a count).

All are claim rules: the loaded lens keeps a find only in the writer's own voice (not
inside quotes, reported content or a sentence with a reporting cue). A rule looks at a
document only where the shared index of its words and lemmas (built once per document,
kit/lenses/judgement_verdicts.py: candidates) holds the formula's trigger word.
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
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    subject_or_none,
    verdict_lexicon,
    writer_verdict,
)
from kit.lenses.wordlists import sentence_of


@cache
def formula_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_formulas.yaml (read once)."""
    return verdict_lexicon("judgement_formulas")


@cache
def words(cls: str) -> frozenset[str]:
    """One word class of the formula lexicon (read once per class)."""
    return formula_lexicon()[cls]


NEUTRAL = "(say who holds this view, or give the facts and let the reader judge)"


def _prev(tok: Token, n: int = 1) -> str:
    """The lower-case form ``n`` tokens before ``tok`` ("" before the document)."""
    return tok.doc[tok.i - n].lower_ if tok.i - n >= 0 else ""


def _next(tok: Token) -> str:
    return tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in verb.children)


#: Endings of abstract nouns the small model may tag a name when they open a sentence
#: ("Sympathy does not pay the rent": PERSON).
ABSTRACT_ENDINGS = ("ity", "ness", "ism", "ment", "ence", "ance", "thy", "ship", "dom", "hood")


def _bare(tok: Token) -> bool:
    """A common noun with no determiner, owner or number: "boredom", "pride" (also one
    that opens a sentence and is tagged a name: "Goodwill won't ...")."""
    noun = tok.pos_ == "NOUN" or (
        tok.pos_ == "PROPN"
        and tok.is_sent_start
        and tok.n_lefts == 0
        and (not tok.ent_type_ or tok.lower_.endswith(ABSTRACT_ENDINGS))
    )
    return noun and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in tok.children
    )


def _clause(tok: Token) -> Span:
    """The sentence from ``tok`` on: the lens starts the mark at its subject."""
    return tok.doc[tok.i : sentence_of(tok).end]


# -- "It does not take a genius to see why ..." ------------------------------------------
def obvious_answers(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """'It does not take a genius (a rocket scientist, a detective) to ...': the writer
    says the answer is obvious and lets the reader supply it, without evidence."""
    for noun in candidates(doc, words("genius_noun")):
        if _prev(noun) not in ("a", "an") or noun.i < 2:
            continue
        verb = doc[noun.i - 2]
        if verb.lemma_ != "take" or not _negated(verb):
            continue
        yield writer_verdict(
            _clause(verb),
            "says the answer is too obvious to need proof and leaves the reader to supply "
            "the writer's suspicion",
            "(give the facts that point to the answer, or say who draws the conclusion)",
            "obvious_answer",
        )


# -- "Full marks for timing, then: ..." --------------------------------------------------
def ironic_marks(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sentence that opens by awarding marks ("Full marks for timing, then: ..."):
    ironic praise, a verdict on someone's conduct; a real mark has a verb of scoring."""
    for marks in candidates(doc, frozenset({"marks"})):
        if _next(marks) != "for" or marks.lower_ != "marks":
            continue
        first = marks.i - 1
        if first < 0 or doc[first].lower_ not in words("marks_word"):
            continue
        if doc[first].lower_ == "ten":
            continue  # "ten marks for each answer": a number
        sent = sentence_of(marks)
        if first != sent.start and not all(t.is_punct for t in doc[sent.start : first]):
            continue  # "Pupils who scored full marks for ...": an exam
        yield writer_verdict(
            doc[first : sent.end],
            "awards marks in irony: praise that means its opposite and judges what was done",
            "(say what was done and when, without the irony)",
            "ironic_marks",
        )


# -- "Whether X will do Y is another matter" ---------------------------------------------
def another_matter(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A question as subject ("Whether ...", "How ...") that "is another matter (a
    different story)": the writer casts doubt on it without saying why."""
    for noun in candidates(doc, words("matter_noun")):
        if _prev(noun) not in words("other_det") and _prev(noun, 2) not in words("other_det"):
            continue  # "another matter", "a different matter", "quite another story"
        verb = noun.head
        if noun.dep_ != "attr" or verb.lemma_ != "be":
            continue
        subject = next((c for c in verb.children if c.dep_ in ("csubj", "nsubj")), None)
        if subject is None or doc[subject.left_edge.i].lower_ not in words("wh_word"):
            continue
        yield writer_verdict(
            doc[subject.left_edge.i : sentence_of(noun).end],
            "doubts that something will happen without a source or a reason",
            "(say what is known about whether it will happen, and who doubts it)",
            "another_matter",
        )


# -- "Rowers have heard that before" ------------------------------------------------------
def heard_before(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People who "have heard that (it all, the board's promises) before": the writer
    tells the reader a promise is worthless, through the listeners' weariness."""
    for verb in candidates(doc, frozenset({"heard"})):
        if verb.lemma_ != "hear" or verb.pos_ not in ("VERB", "AUX"):
            continue
        sent = sentence_of(verb)
        before = next(
            (t for t in doc[verb.i + 1 : min(verb.i + 8, sent.end)] if t.lower_ == "before"),
            None,
        )
        if before is None or before.i == verb.i + 1:
            continue
        after = doc[before.i + 1] if before.i + 1 < len(doc) else None
        if after is not None and not after.is_punct and after.dep_ != "cc":
            continue  # "had heard the alarm before the smoke reached ...": a time clause
        heard = doc[verb.i + 1 : before.i]
        if not (
            heard[0].lower_ in words("demonstrative")
            or any(t.lemma_.lower() in words("promise_noun") for t in heard)
        ):
            continue
        subject = subject_or_none(verb)
        if subject is None or subject.lower_ in words("self_subject"):
            continue
        yield writer_verdict(
            _clause(verb),
            "tells the reader a promise is worthless through the listeners' weariness, "
            "which nobody is quoted as feeling",
            "(say what was promised before and what happened to it)",
            "heard_before",
        )


# -- "never knowingly", "in no mood to", "least afford", "the price" ------------------------
def mind_formulas(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Set phrases that read a mind or a cost as fact: "has never knowingly passed up a
    chance", "is in no mood to be gracious", "those who can least afford it", "a price
    worth paying", "the families of X are the price"."""
    lex = lex or default_lexicon()
    for adverb in candidates(doc, frozenset({"knowingly"})):
        if _prev(adverb) == "never" and adverb.head.pos_ == "VERB":
            yield writer_verdict(
                _clause(doc[adverb.i - 1]),
                "mocks a person's habits with a shop slogan ('never knowingly undersold') "
                "and reads their motives as fact",
                "(report what the person did, with dates and sources)",
                "never_knowingly",
            )
    for mood in candidates(doc, frozenset({"mood"})):
        if _prev(mood) != "no" or _prev(mood, 2) != "in":
            continue
        start = doc[mood.i - 2]
        verb = start.head
        if verb.tag_ not in ("VBZ", "VBP"):
            continue  # "was in no mood to ... at his press conference": a scene reported
        subject = subject_or_none(verb)
        if subject is not None and subject.lower_ not in words("self_subject"):
            yield writer_verdict(
                _clause(start),
                "tells the reader what mood someone is in, which only they could say",
                "(quote what they said or report what they did)",
                "no_mood",
            )
    for afford in candidates(doc, frozenset({"afford"})):
        if _prev(afford) == "least" and _prev(afford, 2) in ("can", "could"):
            yield writer_verdict(
                _clause(doc[afford.i - 1]),
                "says who suffers most as a fact, with no figures or source",
                "(give figures for who is affected, or say who says so)",
                "least_afford",
            )
    for price in candidates(doc, frozenset({"price"})):
        if price.lower_ != "price":
            continue
        worth = price.i + 2 < len(doc) and doc[price.i + 1].lower_ == "worth" and (
            doc[price.i + 2].lower_ == "paying"
        )
        subject = subject_or_none(price.head) if price.dep_ == "attr" else None
        people = (
            subject is not None
            and price.head.lemma_ == "be"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in price.children)
            and is_person(subject, lex)
        )
        if worth or people:
            yield writer_verdict(
                _clause(price),
                "weighs people's losses as a price someone else chose to pay, a motive "
                "stated as fact",
                "(say who decided, and what it costs whom)",
                "price_of",
            )


# -- "Pride does not pay the gas bill" ----------------------------------------------------
def bare_morals(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A bare abstract noun that does not keep a household: "Pride does not pay the gas
    bill", "Goodwill won't put food on the table": a moral told as a fact."""
    for obj in candidates(doc, words("livelihood_object")):
        verb = obj.head
        if obj.dep_ == "pobj" and obj.lemma_.lower() in words("table_noun"):
            verb = obj.head.head  # "put food on the table"
        elif obj.dep_ != "dobj":
            continue
        if verb.lemma_.lower() not in words("livelihood_verb") or not _negated(verb):
            continue
        if verb.tag_ not in ("VBZ", "VBP", "VB"):
            continue  # "did not pay the rent in May": a report
        subject = subject_or_none(verb)
        if subject is None or not _bare(subject):
            continue
        yield writer_verdict(
            doc[subject.left_edge.i : sentence_of(verb).end],
            "states a moral as a general truth, a verdict told in the present tense",
            "(say what it costs whom, or who says so)",
            "bare_moral",
        )


# -- "mistakes boredom for depth" ---------------------------------------------------------
def confusions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Taking one quality for another, both bare abstract nouns: "mistakes boredom for
    depth", "confuses activity with progress" (a verdict; "mistook the path for the
    bridleway" is a plain mistake)."""
    for verb in candidates(doc, words("confusion_verb")):
        if verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        prep = next(
            (
                c
                for c in (*verb.children, *obj.children)
                if c.dep_ == "prep" and c.lower_ in ("for", "with")
            ),
            None,
        )
        if prep is None or not _bare(obj):
            continue
        other = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if other is None or not _bare(other) or obj.ent_type_ or other.ent_type_:
            continue
        yield writer_verdict(
            _clause(verb),
            "judges that someone takes one quality for a better one",
            NEUTRAL,
            "confusion",
        )


# -- "One bad morning changes nothing." ---------------------------------------------------
#: The longest sentence (in words) that :func:`weightless` reads as a punchline.
SHORT = 8


def weightless(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A short sentence in the present that denies something any weight: "One bad
    morning changes nothing.", "The apology proves nothing." (a verdict; a longer
    report of what a result changes is left alone)."""
    for nothing in candidates(doc, frozenset({"nothing"})):
        verb = nothing.head
        if nothing.dep_ != "dobj" or verb.lemma_.lower() not in words("nothing_verb"):
            continue
        if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "ROOT":
            continue
        sent = sentence_of(verb)
        if sum(not t.is_punct for t in sent) > SHORT:
            continue
        subject = subject_or_none(verb)
        if subject is None or subject.lower_ in words("self_subject"):
            continue
        yield writer_verdict(
            doc[sent.start : sent.end],
            "denies something any weight in a short verdict, with no reason given",
            NEUTRAL,
            "weightless",
        )


# -- "Some may wonder whether ..." --------------------------------------------------------
def generic_wonder(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """"Some may wonder whether ...", "Readers might ask why ...": a doubt raised through
    an unnamed crowd, so that the writer need not own it."""
    for verb in candidates(doc, words("wonder_verb")):
        modal = _prev(verb, 2) if _prev(verb) == "well" else _prev(verb)
        if verb.pos_ != "VERB" or modal not in words("modal"):
            continue
        subject = subject_or_none(verb)
        if subject is None or subject.lower_ not in words("generic_wonderer"):
            continue
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl")), None)
        if clause is None:
            continue
        opener = doc[clause.left_edge.i]
        if opener.lower_ not in words("wh_word"):
            continue
        yield writer_verdict(
            doc[subject.left_edge.i : sentence_of(verb).end],
            "raises a doubt through an unnamed crowd, so the writer need not own it",
            "(say who asks, or give the facts behind the doubt)",
            "generic_wonder",
        )


# -- "The results speak for themselves." --------------------------------------------------
#: Words that make "for themselves" people acting on their own: "let them speak ...".
PERMITTING = frozenset({"let", "allow", "leave", "encourage", "invite", "ask", "want"})


def _wisher(verb: Token, before: int) -> Token | None:
    """The subject of ``verb`` left of token ``before`` (for a conjoined verb, its first
    verb's; for "who"/"that" in a relative clause, the noun the clause hangs on)."""
    subject = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < before), None
    )
    if subject is None and verb.dep_ == "conj":
        subject = subject_or_none(verb.head)
        verb = verb.head
    if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subject


def self_evident(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A thing that "speaks for itself" ("The results speak for themselves."): the writer
    declares the case proven without making it; people who "speak for themselves" (talk
    on their own behalf) are left alone."""
    lex = lex or default_lexicon()
    for refl in candidates(doc, words("reflexive")):
        prep = refl.head
        if refl.dep_ != "pobj" or prep.lower_ != "for":
            continue
        verb = prep.head
        if verb.lemma_.lower() not in words("evident_verb") or verb.pos_ != "VERB":
            continue
        if verb.head.lemma_.lower() in PERMITTING and verb.dep_ in ("xcomp", "ccomp"):
            continue  # "let the pupils speak for themselves"
        subject = _wisher(verb, verb.i)
        if subject is None or is_person(subject, lex):
            continue
        yield writer_verdict(
            doc[subject.left_edge.i : sentence_of(verb).end],
            "says the facts prove the case by themselves, so the writer need not make it",
            "(give the figures and say who draws the conclusion from them)",
            "self_evident",
        )


# -- "the federation would rather you did not read it" ------------------------------------
def wished_on_others(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """"would rather" followed by a clause or "not" ("would rather you forgot", "would
    rather the gangs were left in peace", "would rather not say why"): a preference read
    from someone else's mind; the writer's own "I would rather" is left alone."""
    for adv in candidates(doc, words("preference_adverb")):
        verb = adv.head
        if adv.dep_ != "advmod" or adv.i < 1 or adv.i + 1 >= len(doc) or verb.i <= adv.i:
            continue
        modal = doc[adv.i - 1]
        if modal.lower_ not in words("wish_modal") or modal.head != verb:
            continue
        between = doc[adv.i + 1 : verb.i]
        clause = any(t.dep_ in ("nsubj", "nsubjpass") and t.head == verb for t in between)
        if not clause and doc[adv.i + 1].lower_ not in words("negator"):
            continue  # "would rather sit": the pattern in claims.yaml
        wisher = _wisher(verb, modal.i) or subject_or_none(modal)  # "some would rather
        # the gangs were ...": the parser hangs "some" on "would"
        if wisher is None or wisher.lower_ in words("self_subject") | {"you"}:
            continue
        yield writer_verdict(
            doc[wisher.left_edge.i : sentence_of(verb).end],
            "tells the reader what someone wishes, read from their mind",
            "(say who holds this view, or report what was done and let the reader judge "
            "the motive)",
            "wished_on_others",
        )


# -- "It seems a thin reason to rewrite the school day." ---------------------------------
def seeming_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A thing that "seems a/an <adjective> <noun>" in the present: the writer's verdict
    on its worth, softened to an impression (a person who "seems a shy child" and a past
    "seemed" of a story are left alone)."""
    lex = lex or default_lexicon()
    for verb in candidates(doc, words("appearance_verb")):
        if verb.lemma_.lower() not in words("appearance_verb") or verb.tag_ not in ("VBZ", "VBP"):
            continue
        noun = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")), None)
        if noun is None or noun.pos_ != "NOUN" or noun.i < verb.i:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        if not any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < noun.i for c in noun.children):
            continue
        subject = subject_or_none(verb)
        if subject is None or is_person(_wisher(verb, verb.i) or subject, lex):
            continue
        yield writer_verdict(  # (to the noun: "a steep price for being told ..." reports no one)
            doc[subject.left_edge.i : noun.i + 1],
            "tells the reader what something is worth as the writer's impression, with no "
            "source",
            "(give the figures or the facts, and say who finds it so)",
            "seeming_verdict",
        )


# -- "We are delighted to hear it." --------------------------------------------------------
#: The children of a pleasure word that leave it a bare reaction ("We are so touched.").
PLEASURE_KIN = frozenset({"advmod", "auxpass", "nsubjpass", "punct"})


def writer_pleasure(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """The writer's own pleasure in the present ("We are delighted to hear it.", "We are
    touched.", "I am pleased to report"): a mock-polite reaction to the news; a pleasure
    "to help" and a past feeling told as a story are left alone."""
    for adj in candidates(doc, words("pleasure_adjective")):
        if adj.lower_ not in words("pleasure_adjective"):
            continue
        if adj.dep_ == "acomp":
            verb = adj.head
            if verb.lemma_ != "be" or verb.tag_ not in ("VBP", "VBZ"):
                continue
        elif adj.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in adj.children
        ):
            verb = adj  # "We are touched."
        else:
            continue
        subject = subject_or_none(verb)
        if subject is None or subject.lower_ not in words("self_subject"):
            continue
        rest = [c for c in adj.children if c.dep_ not in PLEASURE_KIN]
        if rest and not (
            len(rest) == 1 and rest[0].dep_ == "xcomp" and rest[0].lemma_ in words("news_verb")
        ):
            continue  # "delighted to help", "pleased with the result": a plain feeling
        if rest and _gives_news(rest[0]):
            continue  # "We are delighted to announce that ...": the news itself, sincerely
        yield writer_verdict(
            doc[subject.i : adj.i + 1],
            "is the writer's own mock-polite pleasure at the news, which means its opposite",
            "(report what was said or done without the writer's reaction)",
            "writer_pleasure",
        )


def _gives_news(verb: Token) -> bool:
    """ "pleased to report that the bridge reopened", "delighted to announce a record year":
    the pleasure verb carries the news itself (a clause or a noun object), as a club's
    newsletter or a firm's release does sincerely. A reaction is bare ("We are delighted to
    hear it.") or set off inside another sentence ("The bridge, I am pleased to report, has
    closed twice."); review of verdictsAT. A news clause that makes light of its own
    figure ("delighted to report that it cost *only* 3.1 million") is the mock reaction
    again: the pleasure is the irony."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            return not any(t.lower_ in words("minimiser") and t.dep_ == "advmod" for t in c.subtree)
        if c.dep_ == "dobj" and c.pos_ != "PRON":
            return True
    return False


# -- "All told, Pellisand has paid ... with its patience." --------------------------------
#: Entity types of a figure: with one, "All told, ..." is a count.
FIGURES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def sum_up_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sentence opened by "All told," or "All in all," whose clause holds no figure: the
    writer's sum of what something cost or was worth (a count is left alone)."""
    for first in candidates(doc, frozenset({"all"})):
        sent = sentence_of(first)
        if first.i != sent.start:
            continue
        opener = next(
            (
                p
                for p in formula_lexicon().phrases("sum_up_opener")
                if [t.lower_ for t in doc[first.i : first.i + len(p)]] == list(p)
            ),
            None,
        )
        if opener is None:
            continue
        start = first.i + len(opener)
        if start >= sent.end or doc[start].text != ",":
            continue
        clause = doc[start + 1 : sent.end]
        if any(t.like_num or t.ent_type_ in FIGURES or t.tag_ == "$" for t in clause):
            continue  # "All told, 46,655 ballots were cast": a count
        if len([t for t in clause if not t.is_punct]) < 4:
            continue
        yield writer_verdict(
            clause,
            "sums up what something cost or was worth as a settled account, with no figure "
            "or source",
            "(give the figures, and say who draws up the account)",
            "sum_up_verdict",
        )


RULES = (
    sum_up_verdicts,
    seeming_verdicts,
    writer_pleasure,
    self_evident,
    wished_on_others,
    obvious_answers,
    ironic_marks,
    another_matter,
    heard_before,
    mind_formulas,
    bare_morals,
    confusions,
    weightless,
    generic_wonder,
)

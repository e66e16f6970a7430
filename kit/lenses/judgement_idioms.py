"""Idioms, unreality, decline and figurative ranks (word classes in
``kit/lexicons/judgement_idioms.yaml``), added in issue 11, loadedN. Each rule marks a
word or phrase (emotive or labeling) by its frame in the parse, so the same word in a
literal sense stays unmarked:

- :func:`cut_corners`: "the builders cut corners" (a bare plural object; not "cut the
  corners off the pastry");
- :func:`shut_mouths`: "ministers stayed tight-lipped" (said of people after a verb of
  staying or being, or before a noun for people);
- :func:`unreal_claims`: "the numbers are a fantasy", "pure fiction" (predicated of a
  claim or figure; not "a fantasy film", "her new book is a fantasy");
- :func:`dying_trades`: "a dying industry", "a moribund high street" (not "a dying man");
- :func:`petty_critics`: "such nitpicking misses the point" (criticism named as petty;
  not combing lice);
- :func:`rank_labels`: "the spreadsheet barons", "the grasping ringleaders", "the
  desk-jockeys at head office" (not "Baron Ashworth", "drugs barons", "the ringleaders
  of the riot were charged", "a disc jockey");
- :func:`cheer_squads`: "a cheerleading squad for the owners" (not "the school's
  cheerleading squad won the title");
- :func:`treated_like`: "the rules treat them like shelf-stackers" (not "treat the burn
  like any other wound").
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
    norm,
    target_of,
)
from kit.lenses.judgement_verdicts import VerdictLexicon, candidates, verdict_lexicon
from kit.lenses.judgement_voice import in_class
from kit.lenses.wordlists import sentence_of


@cache
def idioms_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_idioms.yaml (read once)."""
    return verdict_lexicon("judgement_idioms")


def _mark(span: Span, label: str, explanation: str, neutral: str, rule: str) -> Judgement:
    return Judgement(
        Span(span.doc, span.start, span.end, label=label), " ".join(explanation.split()),
        neutral, rule,
    )


def _hyphenated(doc: Doc, words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of ``words`` in the text, one token or split at its
    hyphens ("tight-lipped" is "tight", "-", "lipped")."""
    for tok in candidates(doc, words):
        yield tok.i, tok.i + 1
    firsts: dict[str, list[str]] = {}
    for w in words:
        if "-" in w:
            firsts.setdefault(w.split("-")[0], []).append(w)
    for tok in candidates(doc, frozenset(firsts)):
        for word in firsts.get(norm(tok), ()):  # by its form: "pointed" is not "point-"
            parts = word.split("-")
            end = tok.i + 2 * len(parts) - 1
            if end <= len(doc) and [norm(t) for t in doc[tok.i : end]] == " - ".join(
                parts
            ).split():
                yield tok.i, end


def _head_of(doc: Doc, start: int, end: int) -> Token:
    """The token of a split word that the parse hangs the rest on."""
    span = doc[start:end]
    return span.root


# -- "cut corners" ----------------------------------------------------------------------
def cut_corners(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "cut corners": "cut" with the bare plural "corners" (no article, no owner), not
    on a road or a course ("the lorry cut corners on the narrow lanes")."""
    for verb in candidates(doc, frozenset({"cut"})):
        misread = verb.dep_ == "compound" and verb.head.dep_ == "ROOT"  # "committee cut corners."
        if verb.pos_ != "VERB" and not misread:
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lower_ == "corners"), None)  # fmt: skip
        if obj is None and verb.dep_ == "compound" and verb.head.i == verb.i + 1:
            obj = verb.head if verb.head.lower_ == "corners" else None  # "The committee cut
            # corners." read as one noun phrase by the parser
        if obj is None or any(c.dep_ in ("det", "poss", "nummod", "amod") and c.i > verb.i
                              for c in obj.children):  # fmt: skip
            continue  # "cut the corners off the pastry", "cut four corners"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "a committee that cut corners"
        road = idioms_lexicon()["road_context"]
        if (subject is not None and in_class(subject, road)) or any(
            in_class(o, road) for p in verb.children if p.dep_ == "prep" for o in p.children
        ):
            continue  # "the lorry cut corners", "cut corners on the narrow lanes": real corners
        yield _mark(
            doc[verb.i : obj.i + 1] if obj.i > verb.i else doc[obj.i : verb.i + 1],
            "emotive",
            f"'{verb.text} corners' accuses {target_of(obj.head)} of skimping on the work, "
            "in a charged idiom: it says the job was done badly on purpose without saying "
            "what was left out.",
            "skipped checks, saved money (say what was not done)",
            "cut_corners",
        )


# -- "stayed tight-lipped" --------------------------------------------------------------
def shut_mouths(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "stayed tight-lipped", "kept schtum": silence told as a shut mouth, said of
    people (after a verb of staying or being) or before a noun for people."""
    lex, ix = lex or default_lexicon(), idioms_lexicon()
    for start, end in _hyphenated(doc, ix["silence_adjective"]):
        word = _head_of(doc, start, end)
        if word.dep_ == "amod":
            who = word.head
        elif word.dep_ in ("acomp", "oprd", "attr", "xcomp") and in_class(
            word.head, ix["silence_verb"]
        ):
            who = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if who is None or not (is_person(who, lex) or in_class(who, ix["people_metonym"])):
            continue
        yield _mark(
            doc[start:end], "emotive",
            f"'{doc[start:end].text}' tells {target_of(who)}'s silence as a shut mouth: it "
            "suggests they are hiding something instead of saying that they did not comment.",
            "declined to comment", "shut_mouth",
        )


# -- "the numbers are a fantasy" --------------------------------------------------------
def unreal_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A claim, plan or figure called make-believe: the noun is the predicate of a copula
    ("the forecasts are a fantasy", "that is pure fiction") whose subject is not a work
    of fiction ("her new book is a fantasy")."""
    ix = idioms_lexicon()
    for start, end in _hyphenated(doc, ix["unreal_noun"]):
        noun = doc[end - 1] if doc[end - 1].dep_ == "attr" else _head_of(doc, start, end)
        if noun.dep_ != "attr" or noun.head.lemma_ not in ("be", "become", "remain"):
            continue
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None)  # fmt: skip
        if subject is None or in_class(subject, ix["unreal_subject_work"]):
            continue
        if any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ != "pure")
               for c in noun.children if c.i < noun.i and c.lower_ not in ("total", "complete",
                                                                          "utter", "sheer")):
            continue  # "a science-fiction story", "a dark fantasy"
        yield _mark(
            doc[start:end], "emotive",
            f"'{doc[start:end].text}' dismisses {target_of(subject)} as make-believe instead "
            "of saying what is wrong with it or who disputes it.",
            "unrealistic, disputed (say by how much, and who says so)", "unreal_claim",
        )


# -- "a dying industry" ------------------------------------------------------------------
def dying_trades(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "a dying industry", "a moribund high street": a trade or a place told as a body
    near death (a forecast stated as fact). A living thing dying is plain news."""
    ix = idioms_lexicon()
    for tok in candidates(doc, ix["dying_word"]):
        if tok.dep_ != "amod":
            continue
        noun = tok.head
        two = f"{norm(noun)} {norm(noun.doc[noun.i + 1])}" if noun.i + 1 < len(doc) else ""
        if not (in_class(noun, ix["decline_target"]) or two in ix["decline_target"]
                or any(c.dep_ == "compound" and in_class(c, ix["decline_target"])
                       for c in noun.children)):  # fmt: skip
            continue
        yield _mark(
            doc[tok.i : tok.i + 1], "emotive",
            f"'{tok.text}' tells a {noun.text} as a body near death: a charged forecast "
            "stated as fact instead of the figures that show a decline.",
            "declining, shrinking (give the figures)", "dying_trade",
        )


# -- "such nitpicking" ------------------------------------------------------------------
def petty_critics(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Criticism named as petty ("such nitpicking misses the point", "this hair-splitting"):
    the noun dismisses an objection instead of answering it. Nits combed out of hair are
    literal."""
    ix = idioms_lexicon()
    for start, end in _hyphenated(doc, ix["petty_noun"]):
        word = _head_of(doc, start, end)
        if word.pos_ == "VERB" and word.dep_ not in ("nsubj", "dobj", "pobj", "attr"):
            continue  # "they were quibbling over the bill": a verb, a report of what they did
        if any(in_class(t, ix["petty_literal"]) for t in sentence_of(word)
               if not start <= t.i < end):  # "hair-splitting" names no hair
            continue
        yield _mark(
            doc[start:end], "emotive",
            f"'{doc[start:end].text}' names criticism as petty: it dismisses the objection "
            "instead of answering it.",
            "criticism, objections (say what they are)", "petty_critic",
        )


# -- "the spreadsheet barons", "the desk-jockeys" ---------------------------------------
def rank_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People named by a figurative rank: a feudal one with a noun for their business
    before it ("the spreadsheet barons"), a criminal one not in a report of a crime ("the
    grasping ringleaders"), or a sneer at desk work ("the desk-jockeys"). A real title
    ("Baron Ashworth") is a name; "drugs barons" and a riot's ringleaders are crime news."""
    ix = idioms_lexicon()
    for tok in candidates(doc, ix["rank_noun"]):
        if tok.pos_ != "NOUN" or not tok.text.islower():
            continue  # "Baron Ashworth"
        sent = sentence_of(tok)
        if in_class(tok, ix.category("rank_noun", "feudal")):
            mods = [c for c in tok.children if c.dep_ == "compound" and c.text.islower()]
            if not mods or any(in_class(m, ix["literal_baron"]) for m in mods):
                continue
            start = min(m.i for m in mods)
        else:
            if any(in_class(t, ix["crime_context"]) for t in sent):
                continue
            start = tok.i
        yield _rank(doc[start : tok.i + 1])
    for agent in candidates(doc, ix["desk_agent"]):
        if agent.i < 2 or doc[agent.i - 1].text != "-" or agent.pos_ not in ("NOUN", "PROPN"):
            continue
        first = doc[agent.i - 2]
        if not first.is_alpha or in_class(first, ix["literal_jockey"]):
            continue
        yield _rank(doc[first.i : agent.i + 1])


def _rank(span: Span) -> Judgement:
    return _mark(
        span, "labeling",
        f"'{span.text}' names people by a figurative rank: it casts them as greedy, "
        "scheming or idle instead of saying who they are and what they did.",
        "executives, organisers, officials (name them)", "rank_label",
    )


# -- "a cheerleading squad for the owners" ----------------------------------------------
def cheer_squads(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People named as a cheering section for someone: a group noun with a cheering word
    before it and "for"/"of" a person or body after it ("a cheerleading squad for the
    owners", "the fan club of the developers"). A real squad ("the school's cheerleading
    squad won the title") has no one it cheers for."""
    lex, ix = lex or default_lexicon(), idioms_lexicon()
    for group in candidates(doc, ix["cheer_group"]):
        if group.pos_ != "NOUN":
            continue
        cheer = [c for c in group.children if c.dep_ in ("compound", "amod")
                 and in_class(c, ix["cheer_modifier"])]  # fmt: skip
        whom = next((o for p in group.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                     for o in p.children if o.dep_ == "pobj" and is_person(o, lex)),
                    None)  # fmt: skip
        if not cheer or whom is None:
            continue
        span = doc[min(c.i for c in cheer) : group.i + 1]
        yield _mark(
            span, "labeling",
            f"'{span.text}' names people as cheerleaders for {target_of(whom)}: a label "
            "that says they are partisans instead of saying who they are or what they argued.",
            "supporters (name them, or say what they said)", "cheer_squad",
        )


# -- "treat them like shelf-stackers" -----------------------------------------------------
def treated_like(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People treated "like" someone else: "the rules treat them like shelf-stackers",
    "treated like criminals". The simile charges how they are treated instead of saying
    what was done. Not a thing treated ("treat the burn like any other wound") nor a
    comparison with any other ("treated like any other patient")."""
    lex = lex or default_lexicon()
    for verb in candidates(doc, frozenset({"treat"})):
        if verb.pos_ != "VERB":
            continue
        people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        like = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "like"), None)
        if like is None or not any(is_person(p, lex) for p in people):
            continue
        kind = next((o for o in like.children if o.dep_ == "pobj"), None)
        if kind is None or kind.pos_ not in ("NOUN", "PROPN") or any(
            c.lower_ in ("any", "other", "every", "all", "everyone", "else")
            for c in kind.subtree
        ):
            continue
        yield _mark(
            doc[like.i : kind.i + 1], "emotive",
            f"'like {kind.text}' charges how people are treated with a likeness instead of "
            "saying what was done to them.",
            "say what the rules or the people did", "treated_like",
        )


IDIOM_RULES = (cut_corners, shut_mouths, unreal_claims, dying_trades, petty_critics,
               rank_labels, cheer_squads, treated_like)  # fmt: skip

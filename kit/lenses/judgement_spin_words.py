"""Spin figures said of people, bodies and their publicity (word classes in
``kit/lexicons/judgement_spin.yaml``, second part), added in issue 11, loadedN2 beside
:mod:`kit.lenses.judgement_spin`. Each rule reads its frame through the parse:

- :func:`slick_publicity`: "the developer's glossy brochure", "a slick video" (a
  sheen adjective on publicity; not "glossy hair", "a polished floor", "a glossy magazine");
- :func:`battle_figures`: "its owner is fighting back", "residents have taken up arms",
  "the council circled the wagons" (a dispute told as a battle, said of people or bodies;
  not in a real war or game, not "fought back tears", not "fought back against the
  mugger");
- :func:`communal_affection`: "Wrenstowe has long treasured its bells" (a place or a
  community said to love something, on everyone's behalf; not "She treasured the letters");
- :func:`outdo_taunts`: "X understands its customers better than its rivals ever will"
  (a claim; not "The new engine is quieter than the old one ever was");
- :func:`near_disasters`: "Such a stunt could easily have ended in a funeral" (a claim
  that frightens with what did not happen; reported or quoted, it is the speaker's).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    literal_context,
    norm,
)
from kit.lenses.judgement_spin import _claim, _human, _phrases, _subject, _word, spin_lexicon
from kit.lenses.judgement_verdicts import candidates


# -- "the glossy brochure" ---------------------------------------------------------------
def slick_publicity(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sheen adjective before a piece of publicity ("glossy brochure", "slick
    campaign", "polished presentation"): the look of the message stands in for a verdict
    that it is spin."""
    vx = spin_lexicon()
    for adj in candidates(doc, vx["slick_adjective"]):
        head = adj.head
        if adj.dep_ not in ("amod", "compound") or head.i < adj.i:
            continue
        if not (head.lemma_.lower() in vx["publicity_noun"] or norm(head) in vx["publicity_noun"]):
            continue
        yield _word(
            doc[adj.i : adj.i + 1],
            f"'{adj.text}' judges the {head.text} by its sheen: a hint that it is spin, "
            "not a description of what it says.",
            "(say what it says)",
            "slick_publicity",
        )


# -- "fighting back" ---------------------------------------------------------------------
def battle_figures(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A phrase of battle ("fight back", "take up arms", "circle the wagons") whose
    subject is a person or a body, in a sentence about no real war, game or attacker."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    for sent in doc.sents:
        if literal_context(sent, lex, ("war", "sport")):
            continue
        if any(t.lemma_.lower() in vx["battle_context"] for t in sent):
            continue  # "fought back tears", "fought back against the mugger"
        for span in _phrases(sent, "battle_phrase"):
            verb = span.root if span.root.pos_ in ("VERB", "AUX") else span[0]
            who = _subject(verb) or (verb.head if verb.dep_ in ("acl", "relcl") else None)
            if who is None and span.root.dep_ in ("prep", "pobj", "acomp", "attr"):
                who = _subject(span.root.head)
            if not _human(who, lex):
                continue
            yield _word(
                span,
                f"'{span.text}' tells a dispute as a battle, which makes one side the "
                "defender and the other the attacker.",
                "responding, objecting, campaigning",
                "battle_figure",
            )


# -- "has long treasured its bells" ------------------------------------------------------
def communal_affection(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of love ("treasure", "cherish", "adore") whose subject is a place or a
    whole community: an affection claimed on everyone's behalf."""
    vx = spin_lexicon()
    for verb in candidates(doc, vx["affection_verb"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in vx["affection_verb"]:
            continue
        who = _subject(verb)
        if who is None:
            continue
        if not (who.ent_type_ == "GPE" or who.lemma_.lower() in vx["community_noun"]
                or who.lower_ in vx["community_noun"]):  # fmt: skip
            continue
        yield _word(
            doc[verb.i : verb.i + 1],
            f"'{verb.text}' claims a whole community's affection without saying who "
            "said so.",
            "(say who values it, and how we know)",
            "communal_affection",
        )


# -- "better than its rivals ever will" --------------------------------------------------
def outdo_taunts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A comparison that ends on "than <people> ever will/could/did": a boast for one
    side and a sneer at the other, with people or bodies on both sides."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    for than in candidates(doc, frozenset({"than"})):
        rest = [t for t in doc[than.i + 1 : than.sent.end] if not t.is_punct]
        ever = next((k for k, t in enumerate(rest) if t.lower_ == "ever"), None)
        if ever is None or ever + 1 >= len(rest) or norm(rest[ever + 1]) not in vx["taunt_modal"]:
            continue
        if len(rest) > ever + 3:
            continue  # the "ever" clause must close the sentence
        rival = next((t for t in rest[:ever] if t.dep_ in ("nsubj", "pobj", "nsubjpass")
                      or (t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ != "poss")),
                     None)  # fmt: skip
        main = _subject(than.sent.root)
        if not (_human(rival, lex) and _human(main, lex)):
            continue
        yield _claim(
            than.sent,
            f"'than {' '.join(t.text for t in rest)}' boasts for one side and sneers at the "
            "other",
            "(compare what each has done)",
            "outdo_taunt",
        )


# -- "could easily have ended in a funeral" ----------------------------------------------
def near_disasters(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "could/might (easily) have" + a verb of outcome + a death or disaster: the
    writer frightens with what did not happen."""
    for have in candidates(doc, frozenset({"have"})):
        verb = have.head
        if have.dep_ != "aux" or verb.tag_ != "VBN":
            continue
        modal = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
        if not any(c.lower_ in ("could", "might", "may") for c in modal):
            continue
        sent = verb.sent
        loss = next((s for s in _phrases(sent, "near_disaster") if s.start > verb.i), None)
        if loss is None or verb.lemma_.lower() not in (
            "end", "lead", "result", "cost", "kill", "turn", "finish", "leave", "put", "mean",
        ):
            continue
        yield _claim(
            sent,
            f"'{doc[have.i - 1 : loss.end].text}' frightens with a disaster that did not "
            "happen",
            "(say what happened and what the risk was, with its source)",
            "near_disaster",
        )


#: Word rules, registered in kit.lenses.judgement.
SPIN_FIGURE_RULES = (slick_publicity, battle_figures, communal_affection)
#: Claim rules, registered in kit.lenses.judgement_claims.
SPIN_TAUNT_RULES = (outdo_taunts, near_disasters)

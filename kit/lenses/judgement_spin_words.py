"""Spin figures said of people, bodies and their publicity (word classes in
``kit/lexicons/judgement_spin.yaml``, second part), added in issue 11, loadedN2 beside
:mod:`kit.lenses.judgement_spin`. Each rule reads its frame through the parse:

- :func:`slick_publicity`: "the developer's glossy brochure", "a slick video" (a
  sheen adjective on publicity; not "glossy hair", "a polished floor", "a glossy magazine");
- :func:`battle_figures`: "its owner is fighting back", "residents have taken up arms",
  "the council circled the wagons" (a dispute told as a battle, said of people or bodies;
  not in a real war or game, not "fought back tears", not "fought back against the
  mugger"), "local traders have been under siege" (not "the castle was under siege");
- :func:`communal_affection`: "Wrenstowe has long treasured its bells" (a place or a
  community said to love something, on everyone's behalf; not "She treasured the letters");
- :func:`outdo_taunts`: "X understands its customers better than its rivals ever will"
  (a claim; not "The new engine is quieter than the old one ever was");
- :func:`near_disasters`: "Such a stunt could easily have ended in a funeral" (a claim
  that frightens with what did not happen; reported or quoted, it is the speaker's);
- :func:`critic_attacks`: "Critic X has torched the bistro" (a review told as arson or
  a killing; not "The arsonist torched the bistro");
- :func:`felt_forced`: "a community that already feels railroaded" (not "the old dairy
  was bulldozed");
- :func:`warmth_superlatives`: "the county's friendliest grocer" (not "voted the
  friendliest pub in a readers' poll", "the friendliest dog in the show").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    literal_context,
    norm,
)
from kit.lenses.judgement_spin import (
    _claim,
    _human,
    _in_doc,
    _phrases,
    _subject,
    _word,
    spin_lexicon,
)
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
    """A phrase of battle ("fight back", "take up arms", "circle the wagons") or of a
    siege ("under siege") whose subject is a person or a body, in a sentence about no
    real war, game or attacker."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    for cls, why, neutral in BATTLE_CLASSES:
        if not _in_doc(doc, cls):
            continue
        for sent in doc.sents:
            spans = list(_phrases(sent, cls))
            if not spans:
                continue
            if any(t.lemma_.lower() in vx["battle_context"] for t in sent):
                continue  # "fought back tears", "fought back against the mugger"
            for span in spans:
                own = span if cls == "siege_phrase" else None  # (not its own "siege")
                if literal_context(sent, lex, ("war", "sport"), skip=own):
                    continue
                who = _battler(span)
                if not _human(who, lex):
                    continue
                yield _word(span, f"'{span.text}' {why}", neutral, "battle_figure")


#: The phrase classes of a dispute told as a battle, what each tells and a plainer word.
BATTLE_CLASSES = (
    (
        "battle_phrase",
        "tells a dispute as a battle, which makes one side the defender and the other "
        "the attacker.",
        "responding, objecting, campaigning",
    ),
    (
        "siege_phrase",
        "tells the pressure on people as a siege in a war: a charged figure that makes "
        "them defenders and someone else the besieging army, where a plain account would "
        "say what is happening to them.",
        "under pressure, struggling (say what is happening to them)",
    ),
)


def _battler(span: Span) -> Token | None:
    """Who fights or is besieged: the verb's subject, the noun a relative clause or a
    phrase hangs on ("traders under siege"), or the subject of the verb a phrase of
    state completes ("they have been under siege")."""
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span[0]
    who = _subject(verb) or (verb.head if verb.dep_ in ("acl", "relcl") else None)
    if who is None and span.root.dep_ in ("prep", "pobj", "acomp", "attr"):
        head = span.root.head
        who = head if head.pos_ in ("NOUN", "PROPN") and span.root.dep_ == "prep" else None
        who = who or _subject(head)
    return who


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
            f"'{verb.text}' claims a whole community's affection without saying who said so.",
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
            f"'than {' '.join(t.text for t in rest)}' boasts for one side and sneers at the other",
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
        if not _in_doc(doc, "near_disaster"):
            return  # (asked only now: "could have" + a participle is rarer than the phrases)
        sent = verb.sent
        loss = next((s for s in _phrases(sent, "near_disaster") if s.start > verb.i), None)
        if loss is None or verb.lemma_.lower() not in (
            "end",
            "lead",
            "result",
            "cost",
            "kill",
            "turn",
            "finish",
            "leave",
            "put",
            "mean",
        ):
            continue
        yield _claim(
            sent,
            f"'{doc[have.i - 1 : loss.end].text}' frightens with a disaster that did not happen",
            "(say what happened and what the risk was, with its source)",
            "near_disaster",
        )


# -- "Critic X has torched the bistro" ---------------------------------------------------
def critic_attacks(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of arson, killing or wrecking whose active subject is a critic, reviewer or
    columnist ("Critic X has torched the bistro", "the columnist massacred the menu"):
    a review told as violence, whatever it was done to. Not "The arsonist torched the
    bistro" (no critic)."""
    vx = spin_lexicon()
    for verb in candidates(doc, vx["critic_blow"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in vx["critic_blow"]:
            continue
        who = _subject(verb)
        if who is None or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        named = [c for c in who.children if c.dep_ in ("compound", "amod", "appos")]
        if not any(t.lemma_.lower() in vx["critic_noun"] for t in (who, *named)):
            continue  # "Critic Jo Bloggs", "the restaurant critic", "Bloggs, a critic,"
        yield _word(
            doc[verb.i : verb.i + 1],
            f"'{verb.text}' tells a critic's review as violence: the verdict sounds like an "
            "attack, not an opinion.",
            "criticised, gave a poor review",
            "critic_attack",
        )


# -- "feels railroaded" ------------------------------------------------------------------
def felt_forced(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A participle of force ("railroaded", "steamrollered", "bounced", "gagged") after
    "feel"/"left" with people as the subject: a grievance told as being pushed about."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    for part in candidates(doc, vx["forced_participle"]):
        if part.tag_ != "VBN" or part.lemma_.lower() == "ignore":
            continue
        head = part.head
        feels = norm(head) in vx["feel_verb"] or head.lemma_.lower() in vx["feel_verb"]
        who = _subject(head) if feels and part.dep_ in ("acomp", "oprd", "xcomp", "ccomp") else None
        if any(c.dep_ == "auxpass" and norm(c) in vx["feel_verb"] for c in part.children):
            who = _subject(part)  # "the parish feels steamrollered", "feels" read as "is"
        elif who is None and _done_by_a_body(part, lex):
            who = _subject(part)  # "cabbies have been mugged off by the town hall"
        if not _human(who, lex):
            continue
        yield _word(
            doc[part.i : part.i + 1],
            f"'{part.text}' tells a grievance as being physically pushed about.",
            "overruled, not consulted",
            "felt_forced",
        )


#: Force words with a plain sense that people do to people: "a pensioner was mugged by
#: two youths", "ambushed by gunmen", "stitched up by a surgeon", "gagged by robbers".
PLAIN_FORCE = frozenset({"mug", "ambush", "stitch", "gag", "muzzle", "bounce", "bully",
                         "trample", "frogmarch", "strong-arm", "ignore", "shaft"})  # fmt: skip


def _done_by_a_body(part: Token, lex: JudgementLexicon) -> bool:
    """A passive of force with its doer named and a person or body ("have been mugged
    off by the town hall", "were railroaded by the planners"): the grievance told as
    force without any "feel". A word with a plain sense people do to people counts only
    with its figurative particle ("mugged off", not "mugged by two youths")."""
    if not any(c.dep_ == "auxpass" for c in part.children):
        return False
    agent = next((c for c in part.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if not (_human(doer, lex) or _seat_of_power(doer)):
        return False
    if part.lemma_.lower() in PLAIN_FORCE:
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in part.children)
    return True


def _seat_of_power(tok: Token | None) -> bool:
    """A building standing for the body in it: "the town hall", "City Hall", "Whitehall"."""
    if tok is None:
        return False
    if tok.lower_ in ("whitehall", "westminster", "downing"):
        return True
    return tok.lemma_.lower() == "hall" and any(
        c.dep_ == "compound" and c.lower_ in ("town", "city", "county") for c in tok.children
    )


# -- "the county's friendliest grocer" ---------------------------------------------------
def warmth_superlatives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A superlative of warmth or virtue ("friendliest", "most generous") given to a
    person or a business with no poll or award behind it: praise told as a ranking."""
    lex = lex or default_lexicon()
    vx = spin_lexicon()
    for tok in candidates(doc, vx["warmth_adjective"]):  # by form or lemma, indexed
        if tok.tag_ == "JJS":
            start = tok.i
        elif tok.pos_ == "ADJ" and tok.i and doc[tok.i - 1].lower_ == "most":
            start = tok.i - 1
        else:
            continue
        noun = tok.head
        if tok.dep_ != "amod" or not _human(noun, lex):
            continue
        if any(t.lemma_.lower() in vx["ranking_source"] for t in tok.sent):
            continue  # "voted the friendliest pub in a readers' poll": a source
        yield _word(
            doc[start : tok.i + 1],
            f"'{doc[start : tok.i + 1].text}' ranks a {noun.text} by its virtue with no poll "
            "or source behind it: praise told as a fact.",
            "(say what it did)",
            "warmth_superlative",
        )


#: Word rules, registered in kit.lenses.judgement.
SPIN_FIGURE_RULES = (
    slick_publicity,
    battle_figures,
    communal_affection,
    critic_attacks,
    felt_forced,
    warmth_superlatives,
)
#: Claim rules, registered in kit.lenses.judgement_claims.
SPIN_TAUNT_RULES = (outdo_taunts, near_disasters)

"""Judgement rules: loaded language found through the parse, not only through a list.

Each rule is a plain function over a parsed Doc that yields :class:`Judgement` records
(a labelled span, an explanation for the learner and a neutral alternative), in the
style of ``textacy.extract``. A word from the lexicons in ``kit/lexicons/judgement*.yaml``
counts only in a frame where it clearly judges a person, a group, or what they said or
did; the same word in a literal frame is left alone:

- :func:`judgement_adjectives`: "the feckless minister", "the board was spineless",
  "a reckless decision" (not "a cruel winter", "reckless driving");
- :func:`judgement_adverbs`: "recklessly ignored", derived from "reckless" (not
  "inflation stayed stubbornly high");
- :func:`judgement_nouns`: "his recklessness", "the arrogance of the board";
- :func:`figurative_attacks`: "hammered the proposal", "tore into the minister" (not
  "the storm battered the coast", "City hammered United 4-0", "crushed rock");
- :func:`capitulations`: "the council caved", "buckled under pressure from donors" (not
  "the roof caved in", "the bridge buckled", "rebels surrendered to the army");
- :func:`people_labels`: "the mayor is a coward", "Vale, a serial liar," (not "a circus
  clown", "a fitness fanatic");
- :func:`accusations`: "the cover-up", "his betrayal", "this power grab";
- :func:`sarcasm_markers`: "How convenient.", "in their infinite wisdom";
- :func:`rhetorical_questions`: "Is it any wonder voters are angry?" (unattributed claim);
- :func:`motive_claims`: "a ploy to", "designed to distract" (unattributed claim).

Sarcasm, rhetorical questions and motive claims count only in the writer's own voice;
the loaded lens checks that (it knows the quotations and attributions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_claims import (
    VERDICT_RULES,
    insinuations,
    motive_claims,
    rhetorical_questions,
    sarcasm_markers,
)
from kit.lenses.judgement_collectives import RULES as COLLECTIVE_RULES
from kit.lenses.judgement_figures import RULES as FIGURE_RULES
from kit.lenses.judgement_force import RULES as FORCE_RULES
from kit.lenses.judgement_formations import RULES as FORMATION_RULES
from kit.lenses.judgement_formulas import RULES as FORMULA_RULES
from kit.lenses.judgement_handling import RULES as HANDLING_RULES
from kit.lenses.judgement_idioms import IDIOM_RULES
from kit.lenses.judgement_lexicon import (
    FREE_ROLES,
    Hit,
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    forget_forms,
    in_name,
    is_person,
    is_plank,
    literal_context,
    make,
    norm,
    objects_of,
    scan,
    subject_of,
    target_of,
)
from kit.lenses.judgement_mockery import RULES as MOCKERY_RULES
from kit.lenses.judgement_quoted import RULES as QUOTED_RULES
from kit.lenses.judgement_reactions import CLAIM_RULES as REACTION_CLAIM_RULES
from kit.lenses.judgement_reactions import WORD_RULES as REACTION_WORD_RULES
from kit.lenses.judgement_redefinitions import RULES as REDEFINITION_RULES
from kit.lenses.judgement_repute import RULES as REPUTE_RULES
from kit.lenses.judgement_sarcasm import WORD_RULES as SARCASM_WORD_RULES
from kit.lenses.judgement_similes import RULES as SIMILE_RULES
from kit.lenses.judgement_spin import SPIN_WORD_RULES
from kit.lenses.judgement_spin_words import SPIN_FIGURE_RULES
from kit.lenses.judgement_stance import WORD_RULES as STANCE_WORD_RULES
from kit.lenses.judgement_stealth import RULES as STEALTH_RULES
from kit.lenses.judgement_things import THING_ADJECTIVE_RULES
from kit.lenses.judgement_traits import RULES as TRAIT_RULES
from kit.lenses.judgement_verdicts import forget_candidates
from kit.lenses.judgement_words import RULES as THING_RULES
from kit.lenses.judgement_works import RULES as WORK_RULES
from kit.lenses.shared import doc_array
from kit.lenses.wordlists import sentence_of


# -- the rules ------------------------------------------------------------------------
def judgement_adjectives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An appraisal adjective applied to a person or group, or to what they did:
    premodifying ("the feckless minister", "a reckless decision"), or the predicate
    of a person ("the board was spineless"), or conjoined to such an adjective."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    copulas, acts = lex.set_of("copula"), lex.set_of("act_noun")
    taken: dict[int, str] = {}
    for hit in sorted(hits.get("judgement_adjective", ()), key=lambda h: h.start):
        tok = doc[hit.end - 1]
        if tok.dep_ == "conj" and tok.head.i in taken and not tok.ent_type_:
            taken[tok.i] = taken[tok.head.i]  # "spineless and inept", whatever its tag
            yield make(doc, hit, lex, "judgement_adjective", taken[tok.i])
            continue
        # a rare adjective the small tagger reads as a noun before its noun ("the brazen
        # lout": brazen/compound; "the tireless former advertising man": tireless/nmod)
        # still premodifies it
        before = tok.dep_ == "nmod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN"
        if (
            tok.pos_ in ("NOUN", "PROPN", "VERB")
            and tok.dep_ not in ("amod", "compound")
            and not before
        ):
            continue  # "the evil" as a noun, "bumbling along" as a verb
        if in_name(doc[hit.start : hit.end]):
            continue
        if hit.word.unless and tok.head.lemma_.lower() in hit.word.unless:
            continue  # "loyal customers": the word's plain sense before this noun
        target = None
        # an adjective before its noun; the tagger sometimes calls it a compound
        # (or, right before its noun, a noun: "in a curt reply", curt/NOUN/compound)
        premodifies = tok.dep_ == "amod" or (
            tok.dep_ == "compound" and (tok.pos_ == "ADJ" or tok.head.i == tok.i + 1)
        )
        if tok.dep_ in ("amod", "nmod", "compound") and is_person(tok.head, lex):
            target = target_of(tok.head)
        elif premodifies and tok.head.lemma_.lower() in acts:
            if hit.word.text in FUTILE:
                continue  # "a vain attempt to reach the wreck": futile, not conceited
            owner = _owner(tok.head, lex)
            target = f"{owner} (through what they did)" if owner else "whoever did it"
        elif premodifies and tok.head.lemma_.lower() in lex.set_of("manner_noun"):
            target = _manner_owner(tok.head, lex)  # "their smug glow", not "a lazy look"
        elif tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in copulas:
            if hit.word.category == "devotion" and any(c.lower_ == "to" for c in tok.children):
                continue  # "he is devoted to steam engines": a plain fact of a hobby
            subject = subject_of(tok.head)
            if subject is not None and is_person(subject, lex):
                target = target_of(subject)
            elif subject is not None and subject.lemma_.lower() in acts:
                target = "whoever did it"
        elif (subject := next((c for c in tok.children if c.dep_ == "nsubj"), None)) and (
            is_person(subject, lex)
        ):
            target = target_of(subject)  # "found [the senator duplicitous]"
        if target is None:
            continue
        taken[tok.i] = target
        if (
            hit.word.category in ("dehumanising", "discrediting")
            and tok.dep_ == "amod"
            and tok.head.i > tok.i
        ):
            # "feral youths", "a disgruntled former employee": the adjective and its
            # noun together label a person or group
            hit = Hit(hit.word, hit.start, tok.head.i + 1)
            yield make(doc, hit, lex, "judgement_adjective", target, label="labeling")
            continue
        yield make(doc, hit, lex, "judgement_adjective", target)


#: Adjectives whose sense before an act is not a trait: "a vain attempt" (futile).
FUTILE = frozenset({"vain"})


def _owner(tok: Token, lex: JudgementLexicon) -> str | None:
    """Who a decision or remark belongs to: "the minister's decision", "his remarks"."""
    for c in tok.children:
        if c.dep_ == "poss" and (is_person(c, lex) or c.tag_ == "PRP$"):
            return target_of(c) if c.tag_ != "PRP$" else None
    return None


def _manner_owner(tok: Token, lex: JudgementLexicon) -> str | None:
    """Whose look or tone it is, when a person's: "their smug glow", "the mayor's tone"."""
    for c in tok.children:
        if c.dep_ == "poss" and (c.lower_ in PERSON_POSSESSIVES or is_person(c, lex)):
            return "the people it describes" if c.tag_ == "PRP$" else target_of(c)
    return None


#: Possessives that stand for a person ("its" is a thing's).
PERSON_POSSESSIVES = {"his", "her", "their", "my", "our", "your"}


def judgement_adverbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An adverb of an appraisal adjective's family ("recklessly", "cynically",
    "shamelessly") modifying what a person does: "the board recklessly ignored ..."."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    wc = lex.classes["judgement_adjective"]
    for hit in hits.get("adverb", ()):
        tok = doc[hit.start]
        verb = tok.head
        if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _antecedent(subject_of(verb), verb)
        if subject is None or not is_person(subject, lex):
            continue
        if literal_context(sentence_of(tok), lex, ("legal",)):
            continue  # "charged with driving recklessly": the legal term
        span = Span(doc, hit.start, hit.end, label="emotive")
        explanation = (
            f"'{tok.text}' (from '{hit.word.text}') judges how {target_of(subject)} acted "
            "instead of describing it: it tells the reader what to think of them."
        )
        neutral = hit.word.neutral or wc.neutral
        yield Judgement(span, explanation, neutral, "judgement_adverb")


def _adverbs(doc: Doc) -> Iterator[Token]:
    """The tokens tagged RB that modify their head as adverbs (dependency ``advmod``):
    two numpy comparisons, no Python pass over the doc (both rules below want only those)."""
    rb, advmod = doc.vocab.strings["RB"], doc.vocab.strings["advmod"]
    for i in np.flatnonzero((doc_array(doc, "TAG") == rb) & (doc_array(doc, "DEP") == advmod)):
        yield doc[int(i)]


def speech_manner_adverbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An "-ly" adverb of attitude on a person's verb of speech: "airily dismissed",
    "breezily assured parents", "sheepishly admitted", "grandly described it as ...".

    Read by its form, not from a list: any "-ly" adverb there counts except the closed
    class ``plain_manner`` (when, how publicly, how surely or how loudly the words came:
    "publicly said", "categorically denied", "quietly told", "tearfully said"). Not on a
    verb of a thing ("the report briefly describes") or one with no person as subject."""
    lex = lex or default_lexicon()
    speech, plain = lex.set_of("speech_act_verb"), lex.set_of("plain_manner")
    if not speech:
        return
    for tok in _adverbs(doc):
        if tok.dep_ != "advmod" or not tok.lower_.endswith("ly"):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in speech or verb.pos_ != "VERB":
            continue
        if any(t.is_quote for t in doc[min(tok.i, verb.i) + 1 : max(tok.i, verb.i)]):
            continue  # '"Absolutely," said the surveyor': the quoted words, not a manner
        low = tok.lower_
        if low in plain or len(low) < 6 or low.endswith(("ally", "ily")) and low[:-2] in plain:
            continue
        subject = _antecedent(subject_of(verb), verb)
        if subject is None or not is_person(subject, lex):
            continue
        span = Span(doc, tok.i, tok.i + 1, label="emotive")
        explanation = (
            f"'{tok.text}' tells the reader how {target_of(subject)} spoke and what to "
            "think of it: a verdict on their manner, not a report of what they said."
        )
        yield Judgement(span, explanation, f"'{verb.text}' alone", "speech_manner_adverb")


def ingly_intensifiers(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A degree adverb coined from an "-ing" word before an adjective: "thumpingly
    generous", "eye-wateringly steep", "jaw-droppingly ugly" (not "increasingly
    difficult", "seemingly simple": the closed class ``plain_ingly``)."""
    lex = lex or default_lexicon()
    plain, sizes = lex.set_of("plain_ingly"), lex.set_of("size_base")
    for tok in _adverbs(doc):
        ingly = tok.lower_.endswith("ingly") and tok.lower_ not in plain
        if not ingly and not _of_size(tok, sizes):
            continue
        if tok.dep_ != "advmod" or tok.head.pos_ != "ADJ" or tok.head.i != tok.i + 1:
            continue
        start = tok.i
        while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].is_alpha:
            start -= 2  # "mind-bogglingly": the whole coinage
        span = Span(doc, start, tok.i + 1, label="intensifier")
        explanation = (
            f"'{span.text}' amplifies '{tok.head.text}' to make the reader feel it, "
            "instead of giving the figure or fact that would show it."
        )
        yield Judgement(span, explanation, "drop it, or give the figure", "ingly_intensifier")


def _of_size(tok: Token, sizes: frozenset[str]) -> bool:
    """An "-ly" adverb made from an adjective of enormous size ("colossally",
    "epically"; the class ``size_base``)."""
    w = tok.lower_
    return w.endswith("ly") and (w[:-2] in sizes or w[:-4] in sizes)


#: Relative pronouns that stand for the noun their clause hangs on.
RELATIVES = frozenset({"which", "that", "who"})


def _antecedent(subject: Token | None, verb: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "the council, which has timidly
    waved through ..." is the council (any other subject is itself)."""
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return subject


def judgement_nouns(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun of an appraisal adjective's family owned by a person or group: "his
    recklessness", "the arrogance of the board", "the government's incompetence"."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("noun", ()):
        tok = doc[hit.start]
        if tok.dep_ == "compound" or in_name(doc[hit.start : hit.end]):
            continue
        owner = None
        for c in tok.children:
            if c.dep_ == "poss" and (c.tag_ == "PRP$" or is_person(c, lex)):
                owner = c
            elif c.dep_ == "prep" and c.lower_ == "of":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and is_person(obj, lex):
                    owner = obj
        who = None
        if owner is None and _act_of(tok, lex):
            owner, who = tok.head.head, "whoever did it"  # "an act of pure ingratitude"
        if owner is None or literal_context(sentence_of(tok), lex, ("legal",)):
            continue
        if who is None:
            who = "the people it describes" if owner.tag_ == "PRP$" else target_of(owner)
        span = Span(doc, hit.start, hit.end, label="emotive")
        explanation = (
            f"'{tok.text}' (from '{hit.word.text}') names the behaviour of {who} by a verdict, "
            "as a fact in the text: describe what they did, or say who judges it so."
        )
        yield Judgement(span, explanation, hit.word.neutral, "judgement_noun")


def _act_of(tok: Token, lex: JudgementLexicon) -> bool:
    """The noun names what an act shows: "an act of pure ingratitude", "a display of
    arrogance" (the act's doer is judged, whoever they are)."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in lex.set_of("display_noun")
    )


def figurative_attacks(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of violence used for criticism: its target is a person, a group or an
    argument ("hammered the proposal", "tore into the minister"), never a thing, and
    the sentence is not about a real war or game."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    physical, forces = lex.set_of("physical_noun"), lex.set_of("force_subject")
    arguments = lex.set_of("argument_noun")
    for hit in [*hits.get("attack_verb", ()), *hits.get("attack_phrase", ())]:
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(verb)
        if literal_context(sent, lex, ("war", "sport")):
            continue
        subject = subject_of(verb)
        if subject is not None and subject.lemma_.lower() in forces | physical:
            continue  # "the storm battered ...", "the door slammed behind him": no words
        objs = objects_of(verb, doc[hit.end - 1])
        if any(o.lemma_.lower() in physical for o in objs):
            continue
        if any(_thing_meant(o, lex, arguments) is not None for o in objs):
            continue  # "Halve the tomatoes, then roast them": the blow lands on food
        target = next(
            (
                o
                for o in objs
                if is_person(o, lex) or (o.lemma_.lower() in arguments and not is_plank(o))
            ),
            None,
        )
        if target is None:
            continue
        yield make(doc, hit, lex, "figurative_attack", target_of(target))


def _thing_meant(pronoun: Token, lex: JudgementLexicon, arguments) -> Token | None:
    """What "them" or "it" as the object stands for: the nearest noun object before it
    in the sentence ("slashed the tomatoes and roasted them", "Halve the peppers, then
    roast them"), kept only when it is a thing, neither a person nor an argument
    ("the critics read the plan and roasted it" still lands on the plan)."""
    if pronoun.lower_ not in ("them", "it") or pronoun.dep_ != "dobj":
        return None
    sent = pronoun.sent
    for tok in reversed(sent[: pronoun.i - sent.start]):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.pos_ == "NOUN":
            if is_person(tok, lex) or tok.lemma_.lower() in arguments:
                return None
            return tok
    return None


def capitulations(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of surrender or collapse said of a person or body changing position:
    "the council caved", "ministers buckled under pressure from donors". Collapse
    verbs ("crumble", "bow") need what they give way to ("to demands"); verbs of
    giving way ("fold", "back down") need it only when they act on or move into
    something ("folded into a chair")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    pressure = lex.set_of("pressure_noun")
    for hit in hits.get("capitulation_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or any(
            c.dep_ == "dobj" and not _after_break(verb, c) and not hit.start <= c.i < hit.end
            for c in verb.children
        ):
            continue  # "folded the letter", "surrendered his passport" ("bent the knee": ok)
        subject = subject_of(verb)
        if subject is None or not is_person(subject, lex):
            continue
        kinds = ("war", "sport") if hit.word.category == "give_way" else ("war", "sport", "legal")
        if literal_context(sentence_of(verb), lex, kinds):
            continue  # (no court makes "folded" literal: "subject to sea trials")
        if hit.word.category != "surrender":
            objs = objects_of(verb, doc[hit.end - 1])
            pressed = any(_pressure(o, pressure) for o in objs) or _unresisted(verb, lex)
            # giving way "for" a person or body: "roll over for a company"; or a body that
            # collapses, which no board or council can do but in a figure: "the board has
            # meekly rolled over" (loadedX)
            pressed = pressed or any(o.head.lower_ == "for" and is_person(o, lex) for o in objs)
            pressed = pressed or (
                hit.word.category == "collapse"
                and not objs
                and (_body(subject, lex) or _meek(verb, lex))
            )
            if not pressed and not (hit.word.category == "give_way" and _bare(objs)):
                continue
            if not pressed and subject.lemma_.lower() in lex.set_of("enterprise_noun"):
                continue  # "The company folded in 2019": it closed down
        yield make(doc, hit, lex, "capitulation", target_of(subject))


def _meek(verb: Token, lex: JudgementLexicon) -> bool:
    """ "The governors meekly rolled over": a manner of submission on the verb (the class
    ``meek_adverb``)."""
    meek = lex.set_of("meek_adverb")
    return any(c.dep_ == "advmod" and c.lower_ in meek for c in verb.children)


def _body(subject: Token, lex: JudgementLexicon) -> bool:
    """A body of people, not one person: "the board", "Harrowgate Council"."""
    return subject.ent_type_ == "ORG" or subject.lemma_.lower() in lex.set_of("body_name_head")


def _pressure(obj: Token, pressure: frozenset[str]) -> bool:
    """A noun of pressure, or a length or a weight of it: "bowed to demands", "bowed to
    a decade of pressure", "caved in to years of lobbying"."""
    if obj.lemma_.lower() in pressure:
        return True
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in pressure
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _unresisted(verb: Token, lex: JudgementLexicon) -> bool:
    """Giving way "without a fight", "without a whimper": the resistance not put up."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in lex.set_of("resistance_noun")
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "without"
        for o in p.children
    )


def _after_break(verb: Token, obj: Token) -> bool:
    """A colon or dash between a verb and its parsed object: "had folded: the ferry,
    he said, ..." (a new clause the parser hung on the verb, not what it acts on)."""
    return any(t.text in (":", ";", "—", "–") for t in verb.doc[verb.i + 1 : obj.i])


def _bare(objs: list[Token]) -> bool:
    """Giving way with nothing it acts on or moves into but a time or a likeness:
    "Within a minute the minister had folded", "knuckled under the moment the developer
    threatened", "folded like a deckchair" (not "folded into a chair", "backed down the
    lane")."""
    return all(
        o.ent_type_ in ("TIME", "DATE")
        or o.lemma_.lower() in MOMENTS
        or o.head.lower_ in ("like", "as")
        or _after_break(o.head, o)
        for o in objs
    )


#: Nouns of a moment, the object of "under"/"at" only by a misparse: "the moment ...".
MOMENTS = {"moment", "minute", "second", "instant", "day", "week", "time", "hour"}


#: Demonstratives that make an apposition an epithet: "the big funds, those placid
#: grazers of the share register, ...".
EPITHET_DETS = frozenset({"those", "these", "that", "this"})


def demonstrative_epithets(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An apposition that opens with a demonstrative and describes its noun: "The big
    funds, those placid grazers of the share register, waved it through", "the chairman,
    that great survivor of three mergers, ...". The writer renames the group with a
    description of their own; the demonstrative presents it as something the reader
    already agrees with. Read by its form: the appositive noun has a demonstrative and a
    describing word (an adjective or an "of" phrase); not "the two sites, those in Leeds
    and York" (the demonstrative is the head), nor a thing ("the winter of 1963, that
    long cold spell")."""
    lex = lex or default_lexicon()
    appos = doc.vocab.strings["appos"]
    for i in np.flatnonzero(doc_array(doc, "DEP") == appos):
        tok = doc[int(i)]
        if tok.pos_ != "NOUN" or tok.ent_type_:
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in EPITHET_DETS or det.i != tok.left_edge.i:
            continue
        if doc[det.i - 1].text not in (",", "—", "–", "("):
            continue
        if not (is_person(tok, lex) or is_person(tok.head, lex)):
            continue  # "the winter of 1963, that long cold spell": no one is named
        if not any(c.dep_ == "amod" or (c.dep_ == "prep" and c.lower_ == "of")
                   for c in tok.children):  # fmt: skip
            continue
        end = tok.right_edge.i + 1
        span = Span(doc, det.i, end, label="labeling")
        explanation = (
            f"'{span.text}' renames {target_of(tok.head)} with the writer's own description, "
            "and the demonstrative presents it as something the reader already agrees with."
        )
        neutral = f"'{tok.head.text}' (or say what they did)"
        yield Judgement(span, explanation, neutral, "demonstrative_epithet")


def people_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun that names a person by a verdict ("liar", "coward", "crook"), in a frame
    that applies it to someone: "the mayor is a coward", "Vale, a serial liar,",
    "liar Vale", "called him a coward", or any role for a word with no literal sense.
    A word with a common literal sense ("clown", "snake") needs one of the first frames."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    copulas, naming = lex.set_of("copula"), lex.set_of("naming_verb")
    for hit in hits.get("people_label", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ not in ("NOUN", "PROPN") or in_name(doc[hit.start : hit.end]):
            continue
        if (
            hit.end - hit.start > 1
            and not any(t.is_punct for t in doc[hit.start : hit.end])
            and any(not k < doc[k].head.i < hit.end for k in range(hit.start, hit.end - 1))
        ):
            continue  # "the ranch hired guns": the words of the label are no one phrase
        stances = lex.set_of("stance_modifier")
        if hit.word.unless and any(
            t.lemma_.lower() in hit.word.unless for t in sentence_of(tok)
        ):
            continue  # "cowboys" at a rodeo
        field = hit.word.text in lex.set_of("field_label")  # "coffee snobs"
        if tok.dep_ == "poss" or any(
            c.dep_ == "compound"
            and c.pos_ == "NOUN"
            and not is_person(c, lex)
            and norm(c) not in stances
            and not field
            for c in tok.children
            if c.i < hit.start
        ):
            continue  # "a fool's errand", "a fitness fanatic"
        target = None
        head = tok.head
        if tok.dep_ == "attr" and head.lemma_ in copulas:
            subject = subject_of(head)
            if subject is not None and is_person(subject, lex):
                target = target_of(subject)
        elif (tok.dep_ == "appos" and (is_person(head, lex) or head.pos_ == "PROPN")) or (
            tok.dep_ in ("compound", "nmod") and head.ent_type_ == "PERSON"
        ):
            target = target_of(head)
        elif any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
            target = target_of(next(c for c in tok.children if c.dep_ == "appos"))
        elif tok.dep_ in ("oprd", "dobj", "attr") and head.lemma_ in naming:
            target = "the person named"
        elif _contempt_count(tok, lex):
            target = "the people it counts"  # "a bunch of cowboys"
        elif (
            hit.word.strict
            and tok.dep_ in FREE_ROLES
            and any(c.dep_ in ("amod", "compound") and norm(c) in stances for c in tok.children)
        ):
            target = "the people it stands for"  # "the usual republican cranks"
        elif (
            not hit.word.strict
            and tok.dep_ in FREE_ROLES
            and not literal_context(sentence_of(tok), lex, ("sport",))
        ):
            target = "the people it stands for"
        if target is None:
            continue
        if tok.dep_ == "pobj" and head.lower_ in ("like", "as"):
            yield _simile(doc, hit, lex)  # "drove like a lunatic": a comparison
        else:
            yield make(doc, hit, lex, "people_label", target)


def _contempt_count(tok: Token, lex: JudgementLexicon) -> bool:
    """The label is what a count of contempt is made of: "a bunch of cowboys", "a
    shower of clowns" (the count, not the label, is the sentence's subject or object)."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in lex.set_of("contempt_count")
    )


def _simile(doc: Doc, hit: Hit, lex: JudgementLexicon) -> Judgement:
    span = Span(doc, hit.start - 1, hit.end, label="emotive")
    wc = lex.classes[hit.word.cls]
    explanation = (
        f"'{span.text}' compares someone to a '{hit.word.text}': a charged comparison "
        "that judges instead of describing what they did."
    )
    return Judgement(span, explanation, hit.word.neutral or wc.neutral, "people_label")


def accusations(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun that names an action by an accusation: "the cover-up", "his betrayal",
    "this power grab". It must refer (a determiner or owner, or the predicate of
    "is"), not modify another noun ("cover-up allegations") or head a name."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    physical = lex.set_of("physical_noun")
    for hit in hits.get("accusation_noun", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        if in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(tok)
        if hit.word.unless and any(t.lemma_.lower() in hit.word.unless for t in sent):
            continue
        if literal_context(sent, lex, ("legal",)):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(
            o.lemma_.lower() in physical for o in of.children if o.dep_ == "pobj"
        ):
            continue  # "the lie of the land", "a smear of paint"
        refers = any(c.dep_ in ("det", "poss") for c in tok.children) or tok.dep_ == "attr"
        if not refers and tok.tag_ != "NNS":
            continue
        owner = _owner(tok, lex)
        yield make(doc, hit, lex, "accusation", owner or "someone")


def accusation_verbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb that accuses a person of betrayal or trickery, done to people: "he
    betrayed them", "fleeced pensioners", "were duped by the firm"."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("accusation_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ == "VERB" and hit.word.category == "slang":
            yield make(doc, hit, lex, "accusation_verb", "the people cheated")
            continue  # "the man who bilked them": slang, never the word of a charge
        if verb.pos_ != "VERB" or literal_context(sentence_of(verb), lex, ("legal", "war")):
            continue
        if hit.word.unless and any(t.lemma_.lower() in hit.word.unless for t in sentence_of(verb)):
            continue  # "the magician bamboozled the children"
        if _denied(verb):
            continue  # "had never intended to deceive anyone": a denial, not an accusation
        victim = next((o for o in objects_of(verb, doc[hit.end - 1]) if is_person(o, lex)), None)
        if victim is not None:
            yield make(doc, hit, lex, "accusation_verb", target_of(victim))


#: Verbs of intent whose negation denies the act they govern ("never meant to mislead").
INTENT_VERBS = frozenset({"intend", "mean", "try", "want", "seek", "attempt", "set"})


def _denied(verb: Token) -> bool:
    """The act is denied (labelsAP): "did not deceive anyone", "had never intended to
    deceive anyone" (a defence's plain account; 1 false mark in the practice data, no keyed
    item lost)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in INTENT_VERBS
        and any(c.dep_ == "neg" for c in head.children)
    )


#: Rules whose marks are words (emotive, labeling): they count in any voice.
WORD_RULES: tuple[Callable[..., Iterator[Judgement]], ...] = (
    judgement_adjectives,
    judgement_adverbs,
    speech_manner_adverbs,  # loadedV2: "airily dismissed", by form
    ingly_intensifiers,  # loadedV2: "thumpingly generous", by form
    judgement_nouns,
    figurative_attacks,
    capitulations,
    people_labels,
    demonstrative_epithets,  # loadedV2: "those placid grazers of the register", by form
    accusations,
    accusation_verbs,
    *THING_RULES,  # judgements of works, groups and acts (kit/lenses/judgement_words.py)
    *TRAIT_RULES,  # hyphenated character compounds (kit/lenses/judgement_traits.py)
    *FIGURE_RULES,  # charged speech, acts told as figures, sneers (judgement_figures.py)
    *FORCE_RULES,  # acts of force and figures for processes (judgement_force.py)
    *IDIOM_RULES,  # idioms, unreality, decline, ranks, cheer squads (judgement_idioms.py)
    *SPIN_WORD_RULES,  # caught napping, left reeling (judgement_spin.py)
    *SARCASM_WORD_RULES,  # 'sunning himself', 'swanned off' (judgement_sarcasm.py)
    *SPIN_FIGURE_RULES,  # glossy brochures, battles, a town's love (judgement_spin_words.py)
    *STANCE_WORD_RULES,  # 'the money men', 'city suits' (judgement_stance.py)
    *QUOTED_RULES,  # 'had grown "petty and spiteful"' (judgement_quoted.py)
    *REACTION_WORD_RULES,  # 'County Hall flinched', 'armed with' (judgement_reactions.py)
    *MOCKERY_RULES,  # 'deigned to answer', 'with the calm of a man who' (judgement_mockery.py)
    *HANDLING_RULES,  # 'airbrushed the claims', 'an army of officers' (judgement_handling.py)
    *REPUTE_RULES,  # 'the mayor widely credited with' (judgement_repute.py, a phrase claim)
    *WORK_RULES,  # 'the kitchen murdered a rack of lamb' (judgement_works.py)
    *FORMATION_RULES,  # 'the sharpest minds', 'peerless', 'lobbed a dossier' (loadedZ)
    *COLLECTIVE_RULES,  # 'the epaulette set', 'the blazer brigade' (labelsAP)
    *STEALTH_RULES,  # 'smuggled out on a Friday', 'prised out of the trust' (labelsAP)
    *THING_ADJECTIVE_RULES,  # 'a snooty story', 'whose valiant efforts' (labelsAQ)
)
#: Rules whose marks are unattributed claims: the lens keeps those in the writer's own
#: voice (not in quotes, attributions or sentences with a reporting verb), one a sentence.
CLAIM_RULES: tuple[Callable[..., Iterator[Judgement]], ...] = (
    sarcasm_markers,
    rhetorical_questions,
    motive_claims,
    insinuations,
    *VERDICT_RULES,
    *REDEFINITION_RULES,  # "'Streamlining' is code for sacking" (judgement_redefinitions.py)
    *FORMULA_RULES,  # "It does not take a genius", "Full marks for" (judgement_formulas.py)
    *REACTION_CLAIM_RULES,  # "Perhaps X would like to explain" (judgement_reactions.py)
    *SIMILE_RULES,  # 'smiled like a dentist about to give bad news' (judgement_similes.py)
)


def judgements(
    doc: Doc,
    lex: JudgementLexicon | None = None,
    rules: tuple[Callable[..., Iterator[Judgement]], ...] = WORD_RULES + CLAIM_RULES,
    hits: Hits | None = None,
) -> list[Judgement]:
    """Every find of ``rules`` in ``doc``, after one shared pass over its tokens."""
    lex = lex or default_lexicon()
    forget_forms()  # (the forms and the candidate index are read afresh for each run)
    forget_candidates()
    hits = scan(doc, lex) if hits is None else hits
    return [j for rule in rules for j in rule(doc, lex, hits)]

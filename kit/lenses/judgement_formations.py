"""Loaded words found by their formation and their place in the parse (loadedZ).

A blind reader keys loaded words no list of this kit holds, so these rules look for the
way a loaded word is built, and for what the parse applies it to, with the word classes
of ``kit/lexicons/judgement_formations.yaml``:

- :func:`praise_superlatives`: a superlative of praise said of people or of a faculty
  that stands for them ("the sharpest minds in self-storage", "the most gifted songwriter
  of his generation"); not a measure ("the fastest lap", "the tallest member") nor a
  thing ("the sharpest knives in the drawer");
- :func:`privative_praise`: a praise adjective built with "-less" on a noun of a rival,
  a flaw, a fear or toil ("her peerless ear", "a faultless display by the crew"), said of
  a person, a faculty or a person's act; not of a thing ("stainless steel", "a flawless
  diamond");
- :func:`thrown_words`: a verb of throwing whose object is a document or an act of
  speech ("lobbed a dossier at the market", "hurled a complaint at the organisers");
  not a ball or a visor;
- :func:`furtive_exits`: a furtive verb of motion said of a body ("the office crept back
  into its suite", "the firm has since slunk off"), or, when every sense of the verb is
  furtive, of a person ("he slunk off"); not an animal ("the fox slunk off") nor a
  person's plain creeping ("she crept downstairs");
- :func:`habit_nominals`: a sneering "noun + -ing" habit compound standing as a noun
  ("after eleven weeks of paper-shuffling"): a body's work named as a pointless habit;
  not the "paper-shuffling machine" (a thing) nor a plain activity ("mask-wearing");
- :func:`vice_monuments`: a memorial raised to a vice ("a monument to the cabinet's
  ego", "a shrine to vanity"), in the writer's words or in a speaker's quoted ones (guide,
  section 4: a charged word inside a partial quote is still loaded); not "a monument to
  the fallen", "a testament to their hard work".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    in_name,
    is_person,
    subject_of,
    target_of,
)
from kit.lenses.judgement_spin import spin_lexicon
from kit.lenses.judgement_traits import traits_lexicon
from kit.lenses.judgement_verdicts import VerdictLexicon, candidates, verdict_lexicon


@cache
def formations() -> VerdictLexicon:
    """The classes of kit/lexicons/judgement_formations.yaml (read once)."""
    return verdict_lexicon("judgement_formations")


@cache
def _privatives() -> frozenset[str]:
    """The "-less" adjectives built on the praise stems ("peer" -> "peerless")."""
    return frozenset(f"{stem}less" for stem in formations()["privative_praise"])


def _faculty(tok: Token) -> bool:
    return tok.lower_ in formations()["faculty_noun"]


def _people(tok: Token, lex: JudgementLexicon) -> bool:
    """A person or group, or a faculty standing for one ("minds", "her ear")."""
    if is_person(tok, lex) or _faculty(tok):
        return True
    lemma = tok.lemma_.lower()  # a closed compound on a person noun: "songwriter"
    return tok.pos_ == "NOUN" and any(
        lemma.endswith(tail) and len(lemma) > len(tail) + 2 for tail in formations()["person_tail"]
    )


@cache
def _superlative_words() -> frozenset[str]:
    """The praise adjectives and their built "-est" forms: what the rule looks up."""
    return formations()["praise_superlative"] | frozenset(_superlative_forms())


@cache
def _superlative_forms() -> dict[str, str]:
    """The "-est" forms of the praise adjectives, built by the spelling rules ("sharp"
    -> "sharpest", "fine" -> "finest", "canny" -> "canniest"): the tagger does not
    always lemmatise a rare one ("cleverest" stays "cleverest")."""
    out = {}
    for base in formations()["praise_superlative"]:
        if " " in base or "-" in base:
            continue
        if base.endswith("e"):
            out[base + "st"] = base
        elif base.endswith("y") and len(base) > 3 and base[-2] not in "aeiou":
            out[base[:-1] + "iest"] = base
        else:
            out[base + "est"] = base
    return out


# -- "the sharpest minds in self-storage" ------------------------------------------------
def praise_superlatives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A superlative of praise before a person, a group or a faculty (see the module)."""
    lex = lex or default_lexicon()
    fx = formations()
    forms = _superlative_forms()
    ranking = spin_lexicon()["ranking_source"]
    for adj in candidates(doc, _superlative_words()):
        if adj.pos_ != "ADJ" or adj.dep_ not in ("amod", "compound", "nmod"):
            continue
        base = forms.get(adj.lower_, adj.lemma_.lower())
        noun = adj.head
        if noun.i < adj.i or noun.pos_ not in ("NOUN", "PROPN") or not _people(noun, lex):
            continue
        if noun.lemma_.lower() in fx["thing_collective"]:
            continue  # "the finest group ever found" (of torcs): a set of things
        if base in fx.category("praise_superlative", "capacity") and not (
            _faculty(noun) or _field(noun, fx)
        ):
            continue  # "the brightest pupils sat the paper early": a school's own sort
        most = next((c for c in adj.children if c.lower_ == "most" and c.dep_ == "advmod"), None)
        if adj.tag_ != "JJS" and most is None and adj.lower_ not in forms:
            continue
        if adj.i > 0 and doc[adj.i - 1].text == "-" and not doc[adj.i - 1].whitespace_:
            continue  # part of a longer compound
        if in_name(doc[adj.i : noun.i + 1]):
            continue
        if _ranked(noun, ranking):
            continue  # "voted the sharpest mind in a readers' poll": a ranking with a source
        start = most.i if most is not None else adj.i
        span = Span(doc, start, noun.i + 1, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' ranks {target_of(noun)} at the very top by praise, not by "
            "anything measured: a puff in the writer's voice that no source or figure backs.",
            "(name them and say what they have done)",
            "praise_superlative",
        )


def _ranked(noun: Token, ranking: frozenset[str]) -> bool:
    """The superlative has a source that ranks (the words of ``ranking_source`` in
    kit/lexicons/judgement_spin.yaml, read the same way by warmth_superlatives): a verb
    of ranking above the noun ("readers voted her the sharpest mind") or a poll, survey
    or guide in its sentence. An awards night named in the sentence ("the sharpest minds
    ... packed the ballroom for the Lockup Awards") is an occasion, not a ranking."""
    if any(a.pos_ == "VERB" and a.lower_ in ranking for a in noun.ancestors):
        return True
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in ranking and t.lemma_.lower() != "award"
        for t in noun.sent
    )


def _field(noun: Token, fx: VerdictLexicon) -> bool:
    """A field the ranking claims to span: "the most gifted songwriter of his
    generation", "the cleverest engineers in the paddock" (not "in the year", a cohort)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "on", "at"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() not in fx["cohort_noun"]:
                    return obj.pos_ in ("NOUN", "PROPN") and not obj.like_num
    return False


# -- "her peerless ear" ------------------------------------------------------------------
def privative_praise(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A praise adjective in "-less" (without a peer, a flaw, fear or tiring) said of a
    person, a faculty or a person's act (see the module)."""
    lex = lex or default_lexicon()
    listed = lex.set_of("judgement_adjective")  # "fearless", "tireless": the list's own
    acts = lex.set_of("act_noun")
    for adj in candidates(doc, _privatives()):
        if adj.lower_ in listed or adj.pos_ not in ("ADJ", "NOUN"):
            continue
        target = None
        if adj.dep_ in ("amod", "compound", "nmod") and adj.head.i > adj.i:
            noun = adj.head
            acted = noun.lemma_.lower() in acts and _owned_by_person(noun, lex)
            if _people(noun, lex) or acted:
                target = noun
        elif adj.dep_ in ("acomp", "attr") and adj.head.lemma_ in ("be", "seem", "look"):
            subject = subject_of(adj.head)
            if subject is not None and _people(subject, lex):
                target = subject
        if target is None or in_name(doc[adj.i : adj.i + 1]):
            continue
        yield Judgement(
            Span(doc, adj.i, adj.i + 1, label="emotive"),
            f"'{adj.text}' (\"without {adj.lower_[:-4]}\") praises {target_of(target)} as "
            "beyond compare or beyond fault: a verdict of the writer's, not a description "
            "of what was done.",
            "(say what they did well)",
            "privative_praise",
        )


def _owned_by_person(noun: Token, lex: JudgementLexicon) -> bool:
    """A person's act: "her faultless display", "the crew's flawless stop"."""
    return any(
        c.dep_ == "poss" and (c.tag_ == "PRP$" and c.lower_ != "its" or is_person(c, lex))
        for c in noun.children
    ) or any(
        p.dep_ == "prep" and p.lower_ == "by" and any(is_person(o, lex) for o in p.children)
        for p in noun.children
    )


# -- "lobbed a 60-page dossier at the market" --------------------------------------------
def thrown_words(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of throwing whose object is a document or an act of speech."""
    lex = lex or default_lexicon()
    fx = formations()
    for verb in candidates(doc, fx["throw_verb"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in fx["throw_verb"]:
            continue
        if any(c.dep_ == "prt" and c.lower_ in fx["throw_particle"] for c in verb.children):
            continue  # "tossed out a figure": a casual suggestion, no attack
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or not _said(obj, fx):
            continue
        around = [*verb.children, *obj.children]  # the parse may hang the path on the object
        shoot = verb.lemma_.lower() in fx.category("throw_verb", "shoot")
        volley = next((c for c in verb.children if _volley(c, verb, shoot, fx)), None)
        if volley is None and any(_path(c, verb, fx) for c in around):
            continue  # "chucked a letter over the wall": a real throw along a path
        if shoot and volley is None and not _aimed(around, lex):
            continue  # "fired a letter to the council", "shot a video": no one aimed at
        end = volley.i + 1 if volley is not None and volley.i == verb.i + 1 else verb.i + 1
        span = Span(doc, verb.i, end, label="emotive")
        how = "a volley of shots" if volley is not None else "a throw"
        yield Judgement(
            span,
            f"'{span.text}' tells the sending of '{obj.text}' as {how}, to make it look "
            "like an attack or a careless toss, instead of saying it was sent or published.",
            "sent, published, put out, made",
            "thrown_words",
        )


def _volley(prt: Token, verb: Token, shoot: bool, fx: VerdictLexicon) -> bool:
    """"fired off a press release", "shooting off angry emails": a verb of shooting with
    the particle "off" and words for its object tells the sending as a burst of fire
    (issue 11, loadedAD); not "fired off three shots" (the object is no document)."""
    return shoot and prt.dep_ == "prt" and prt.lower_ in fx["volley_particle"]


def _path(prep: Token, verb: Token, fx: VerdictLexicon) -> bool:
    """A path after the verb ("over the hotel wall", "into the bin"), not a time ("on
    Saturday night", "In March")."""
    if prep.dep_ not in ("prep", "prt") or prep.i < verb.i:
        return False
    if prep.lower_ not in fx["path_preposition"]:
        return False
    return not any(o.ent_type_ in ("DATE", "TIME") for o in prep.subtree)


def _aimed(around: list[Token], lex: JudgementLexicon) -> bool:
    """Aimed "at" a person or body: "fired a rulebook update at the teams"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "at" and any(is_person(o, lex) for o in p.children)
        for p in around
    )


@cache
def _documents() -> frozenset[str]:
    """The thrown words with the document nouns of kit/lexicons/source_types.yaml."""
    return formations()["thrown_word"] | frozenset(
        lexicon.words(lexicon.load("default", "source_types"), "document_heads")
    )


def _said(obj: Token, fx: VerdictLexicon) -> bool:
    words = _documents()
    if obj.lemma_.lower() in words or obj.lower_ in words:
        return True
    # "a 60-page dossier", "a barrage of accusations": the head's own noun
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and obj.lemma_.lower() in ("barrage", "volley", "salvo", "stream", "pile"):
        return any(o.lemma_.lower() in words for o in of.children if o.dep_ == "pobj")
    return False


#: What a field-superlative mark says of its boast; the loaded lens finds boasts by it
#: (an intensifier inside one is the boast's emphasis, kit/lenses/loaded.py).
BOAST_MARK = "crowns it the best in its whole field"


# -- "the best offer in the industry" -----------------------------------------------------
def field_superlatives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A superlative of praise crowning something the best in a whole field or place
    ("the best offer in the industry", "the finest in the north", "the most generous
    scheme in the country"): a claim of superiority in the writer's voice, with no
    source (issue 11, loadedAD). Not a measure ("the largest employer in the county"),
    not a ranking with its source ("voted the best pub in Britain")."""
    fx = formations()
    ranking = spin_lexicon()["ranking_source"]
    praise = fx["praise_superlative"]
    for adj in candidates(doc, fx["field_superlative"] | frozenset({"most"})):
        if adj.lower_ == "most":
            if adj.dep_ != "advmod" or adj.head.lemma_.lower() not in praise:
                continue
            adj = adj.head
        elif adj.tag_ != "JJS":
            continue
        if adj.i + 1 < len(doc) and doc[adj.i + 1].text == "-":
            continue  # "the best-selling car": a measure of sales
        head = adj.head if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN") else adj
        field = next(
            (o for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
             for o in p.children if o.dep_ == "pobj" and _field_word(o, fx)),
            None,
        )  # fmt: skip
        if field is None or in_name(doc[adj.i : field.i + 1]):
            continue
        if _ranked(head, ranking):
            continue  # "readers voted it the best pub in Britain": a ranking, with its source
        det = next((c for c in head.children if c.dep_ == "det" and c.i < adj.i), None)
        start = det.i if det is not None else adj.i
        first = min([start, *(c.i for c in adj.children if c.lower_ == "most")])
        span = Span(doc, first, field.right_edge.i + 1, label="unattributed_claim")
        yield Judgement(
            span,
            f"Whose judgement is this? '{span.text}' {BOAST_MARK}, "
            "as a fact in the writer's own voice: a boast no figure or source backs.",
            "(say what it offers, and compare it with a named rival or a published figure)",
            "field_superlative",
        )


def _field_word(tok: Token, fx: VerdictLexicon) -> bool:
    """A whole field or place: "the industry", "the country", "the north", "Britain"."""
    return tok.lemma_.lower() in fx["field_noun"] or tok.ent_type_ in ("GPE", "LOC")


# -- "Real people are voting with their wallets." ------------------------------------------
def genuine_claims(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "Real people are voting with their wallets", "That is what real leadership looks
    like": "real" or "true" on the subject, a kind of people or a virtue, tells the reader
    that whoever disagrees is not the genuine article (issue 11, loadedAD; the "no true
    Scotsman" move). Not "real wages fell", "the real problem is the roof", "in real life"."""
    fx = formations()
    for adj in candidates(doc, fx["genuine_adjective"]):
        if adj.dep_ != "amod" or adj.head.i != adj.i + 1:
            continue
        noun = adj.head
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if noun.lower_ not in fx["genuine_noun"] and not (
            noun.tag_ == "NNS" and is_person(noun, lex or default_lexicon())
        ):
            continue  # (the people as a plural: "a real customer wrote in" is one person;
            # any plural noun for people: "Real islanders are voting with their feet")
        span = Span(doc, adj.i, noun.i + 1, label="unattributed_claim")
        yield Judgement(
            span,
            f"Whose judgement is this? '{span.text}' tells the reader who the genuine "
            "ones are, so that anyone who disagrees is not: a verdict in the writer's "
            "own voice, with no source.",
            "(say which people, or what was done, and who judges it)",
            "genuine_claim",
        )


# -- "waded in, writing that ...", "a handful of academics have also piled in" -----------
def fray_entries(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of pushing bodily into a crowd or water, with "in" and nothing physical,
    said of a person who joins a dispute (issue 11, loadedAD)."""
    lex = lex or default_lexicon()
    fx = formations()
    for verb in candidates(doc, fx["fray_verb"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in fx["fray_verb"]:
            continue
        kids = list(verb.children)
        if any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in kids):
            continue  # "piled the plates", "was charged with": another sense
        into = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "into"), None)
        particle = next(
            (c for c in kids if c.i == verb.i + 1 and c.lower_ == "in"
             and c.dep_ in ("prt", "advmod", "prep") and not list(c.children)),
            None,
        )  # fmt: skip
        if into is not None:
            fray = [o for o in into.children if o.dep_ == "pobj"]
            if not fray or fray[0].lemma_.lower() not in fx["fray_noun"]:
                continue  # "waded into the river", "piled into the minibus": a real entry
            end = into.i + 1
        elif particle is not None:
            end = particle.i + 1
            if not _fray_words(kids, verb, fx) and not _fray_person(verb, kids, lex, fx):
                continue  # "waded in to rescue the dog", "the children piled in"
        else:
            continue
        span = Span(doc, verb.i, end, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' tells someone's joining a dispute as a body barging into a "
            "crowd or wading into water: it makes their comment look rash or "
            "aggressive instead of saying what they said.",
            "joined the debate, commented, responded",
            "fray_entry",
        )


def _fray_words(kids: list[Token], verb: Token, fx: VerdictLexicon) -> bool:
    """Words follow the entry: "waded in, writing that ...", "piled in with complaints"."""
    for c in kids:
        if c.i < verb.i:
            continue
        if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and (
            c.lemma_.lower() in fx["fray_speech"]
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(o.dep_ == "pobj" and _said(o, fx) for o in c.children)
        ):
            return True
    return False


def _fray_person(verb: Token, kids: list[Token], lex: JudgementLexicon, fx: VerdictLexicon) -> bool:
    """A bare "piled in" said of people who speak for a living or of a body, with
    nothing else after it: not a crowd, a family or rescuers getting in somewhere."""
    if any(c.i > verb.i + 1 and c.dep_ not in ("punct", "cc") for c in kids):
        return False  # "piled in through the gates", "waded in to rescue the dog"
    if any(c.dep_ == "conj" for c in kids):
        return False  # "the children piled in and we drove off"
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return False  # "they piled in": whose entry, into what, the sentence does not say
    head = subject
    if subject.lemma_.lower() in lex.set_of("quantity_noun"):
        head = next(
            (o for p in subject.children if p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj"),
            subject,
        )  # fmt: skip
    if head.lemma_.lower() in fx["crowd_noun"] or head.lower_ in fx["crowd_noun"]:
        return False
    return is_person(head, lex)


# -- "has since slunk off in search of another target" -----------------------------------
def furtive_exits(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A furtive verb of motion said of a body, or (every sense furtive) of a person."""
    lex = lex or default_lexicon()
    fx = formations()
    furtive = fx.category("furtive_verb", "furtive")
    for verb in candidates(doc, fx["furtive_verb"]):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in fx["furtive_verb"]:
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # "scuttled the deal", "shuffled its cabinet": another sense
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        # the nearest subject: the parse may give a verb two ("Pimm & Foxwell, whose
        # prices have crept up": "prices" crept, not the chain)
        subject = subjects[-1] if subjects else subject_of(verb)
        if subject is None:
            continue
        if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        body = _body(subject, lex, fx)
        if not body and not (lemma in furtive and is_person(subject, lex)):
            continue
        end = verb.i + 1
        prt = next((c for c in verb.children if c.dep_ in ("prt", "advmod")
                    and c.i == verb.i + 1 and c.lower_ in MOTION_PARTICLES), None)  # fmt: skip
        if prt is not None:
            end = prt.i + 1
        span = Span(doc, verb.i, end, label="emotive")
        who = target_of(subject)
        yield Judgement(
            span,
            f"'{span.text}' gives {who} the gait of a thief or a scolded animal, to make "
            "the reader despise the move, instead of saying that they left, withdrew or "
            "went quiet.",
            "left, withdrew, went back, said nothing more",
            "furtive_exit",
        )


#: Particles a verb of motion takes into its mark: "slunk off", "crept back".
MOTION_PARTICLES = frozenset({"off", "away", "back", "out", "in", "down", "up", "around"})


def _body(tok: Token, lex: JudgementLexicon, fx: VerdictLexicon) -> bool:
    """A body of people, which cannot walk: an organisation's name or a body noun."""
    if tok.ent_type_ == "ORG":
        return True
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.lower_ in fx["name_head"] | lex.set_of("body_name_head"):
        return True  # "Corveth Racing", "Glasswing Music": a body the parse took for a man
    return tok.pos_ in ("NOUN", "PROPN") and (
        lemma in fx["body_noun"] or tok.lower_ in fx["body_noun"]
        or lemma in lex.set_of("enterprise_noun")
    )


# -- "after eleven weeks of paper-shuffling" ---------------------------------------------
def habit_nominals(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sneering habit compound that stands as a noun (see the module)."""
    tx, fx = traits_lexicon(), formations()
    sneers = tx.category("habit_part", "sneer") - fx["literal_nominal"]
    for last in candidates(doc, sneers):
        i = last.i
        if last.lower_ not in sneers or i < 2 or doc[i - 1].text != "-":
            continue
        if doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
            continue
        if i >= 3 and doc[i - 3].text == "-" and not doc[i - 3].whitespace_:
            continue
        first = doc[i - 2]
        if not first.is_alpha or first.lower_ in tx["literal_first"] or first.ent_type_:
            continue
        if last.dep_ in ("amod", "compound", "nmod") and last.head.i > i:
            continue  # "the paper-shuffling machine": it describes a thing
        if last.dep_ not in NOMINAL_DEPS:
            continue
        if any(c.dep_ in ("dobj", "nsubj", "aux") for c in last.children):
            continue  # a verb with its own object or subject, not a noun
        span = Span(doc, i - 2, i + 1, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' names the work as a pointless habit, to mock whoever does it, "
            "instead of saying what they did.",
            "(say what work was done)",
            "habit_nominal",
        )


#: Where an "-ing" compound stands as a noun: "weeks of paper-shuffling", "the
#: navel-gazing has to stop".
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "ROOT"})


# -- "a monument to the cabinet's ego" ---------------------------------------------------
def vice_monuments(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A memorial raised "to" a vice: a scheme mocked as a monument to its makers'
    failing (see the module)."""
    fx = formations()
    for noun in candidates(doc, fx["monument_noun"]):
        if noun.pos_ != "NOUN":
            continue
        to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if to is None:
            continue
        vice = next((o for o in to.children if o.dep_ == "pobj"), None)
        if vice is None or (
            vice.lemma_.lower() not in fx["vice_noun"] and vice.lower_ not in fx["vice_noun"]
        ):
            continue
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        start = det.i if det is not None and det.i == noun.i - 1 else noun.i
        span = Span(doc, start, vice.i + 1, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' mocks the thing as a memorial raised to a failing: a charged "
            "label, not a description of what it is or does.",
            "(say what is wrong with it)",
            "vice_monument",
        )


RULES = (
    praise_superlatives,
    field_superlatives,
    genuine_claims,
    privative_praise,
    thrown_words,
    fray_entries,
    furtive_exits,
    habit_nominals,
    vice_monuments,
)

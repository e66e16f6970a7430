"""Judgement rules for force and figure: what a body, a public or a process does or
suffers, told as a physical act or as a place or disaster (word classes in
``kit/lexicons/judgement_force.yaml``).

Each rule checks on the parse that the word applies to what its figure needs; the same
word in its literal sense is left alone:

- :func:`force_verbs`: "the chain swallowed up its rivals", "squeezing drivers",
  "rules that strangle small firms", "a way to finish off the high street", "she
  attacked the plan" (not "the snake swallowed a mouse", "squeezed a lemon", "strangled
  his victim", "finished off the cake", "a dog attacked the postman");
- :func:`figure_nouns`: "a maze of web pages", "the process is an obstacle course", "a
  car-crash interview", "turned a slowdown into a stampede", "a warehouse for the old",
  "the latest raid on savers" (not "the hedge maze", "a car crash on the bypass", "a
  stampede of cattle", "the warehouse for frozen food", "the police raid").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kit.lenses.judgement_lexicon import (
    Hit,
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    in_name,
    is_person,
    literal_context,
    make,
    objects_of,
    scan,
    subject_of,
    target_of,
)
from kit.lenses.wordlists import sentence_of

#: Animals and plants that eat, sting, strangle or choke for real.
CREATURES = {
    "snake", "python", "whale", "shark", "fish", "bird", "gull", "fox", "cat", "dog", "wolf",
    "bear", "lion", "crocodile", "bee", "wasp", "hornet", "jellyfish", "nettle", "scorpion",
    "weed", "weeds", "ivy", "vine", "creature", "predator", "pest", "insect", "animal",
    "sea", "wave", "flood", "fire", "blaze", "storm", "smoke", "fumes",
}  # fmt: skip
#: Verb categories and the kinds of target that make them a figure.
TARGETS = {
    "consume": ("human", "body"),
    "squeeze": ("human", "body"),
    "choke": ("body", "public", "provision", "money"),
    "kill": ("body", "public", "provision", "money"),
    "attack": ("argument", "provision"),
    "override": ("human", "voice"),
    # (loadedY) discard_verb and ambush_verb: a plan thrown away, a plan or a person
    # dumped, an office-holder ambushed
    "plan": ("argument",),
    "person": ("human", "argument"),
    "ambush": ("office", "argument"),
}
#: The classes :func:`force_verbs` reads, besides ``force_verb``.
FIGURE_VERB_CLASSES = ("force_verb", "discard_verb", "ambush_verb")
#: Categories a court's plain phrase or a crime report makes literal ("the judge threw
#: out the case", "the robbers ambushed the guard").
LEGAL_LITERAL = frozenset({"attack", "plan", "ambush"})
#: Copulas and naming verbs whose predicate can be a figure: "the process is a maze".
PREDICATING = {"be", "become", "remain", "call", "describe", "label", "dub", "brand", "seem"}
#: Subjects that make "there is a car crash" a plain report, not a figure.
EXPLETIVES = {"there"}


def _institution(tok: Token, lex: JudgementLexicon, categories: tuple[str, ...]) -> bool:
    """A body, a part of public life or a sum of money of ``categories``: "schools",
    "the high street" (the word with the one before it), "small firms"."""
    wc = lex.classes.get("institution_noun")
    if wc is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    forms = {tok.lemma_.lower(), tok.lower_}
    if tok.i > 0:
        forms.add(f"{tok.nbor(-1).lower_} {tok.lemma_.lower()}")
    return any((w := wc.words.get(f)) is not None and w.category in categories for f in forms)


def _fits(tok: Token, lex: JudgementLexicon, kinds: tuple[str, ...]) -> bool:
    if "human" in kinds and (
        is_person(tok, lex)
        or tok.lemma_.lower() in lex.set_of("human_noun")
        or tok.lemma_.lower() in lex.set_of("collective_noun")
    ):
        return True
    if "body" in kinds and tok.ent_type_ == "ORG":
        return True
    if "office" in kinds and _office(tok, lex):
        return True
    if "argument" in kinds and (
        tok.lemma_.lower() in lex.set_of("argument_noun") and not is_person(tok, lex)
    ):
        return True
    if "provision" in kinds and _numbered_service(tok):
        return True
    return _institution(tok, lex, tuple(k for k in kinds if k not in ("human", "argument")))


def _numbered_service(tok: Token) -> bool:
    """A route or a service named by its number, as the object: "has strangled the 12",
    "killed off the X9" (a number with "the" and no noun of its own is the thing it names,
    never a living thing; "strangled the 12 hens" has its noun)."""
    return (
        tok.dep_ in ("dobj", "nsubjpass")
        and (tok.pos_ == "NUM" or (tok.pos_ == "PROPN" and any(ch.isdigit() for ch in tok.text)))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in ("compound", "amod") for c in tok.children)
    )


def _office(tok: Token, lex: JudgementLexicon) -> bool:
    """Someone in an office or a body ("the mayor", "his deputy", "the board", "the
    Tolleymouth Council"), not any person: an ambush of a patrol or a passer-by is real."""
    if tok.ent_type_ == "ORG":
        return True
    lemma = tok.lemma_.lower()
    for cls, categories in (("people_noun", ("office", "group")), ("human_noun", ("roles",))):
        wc = lex.classes.get(cls)
        word = wc.words.get(lemma) if wc else None
        if word is not None and word.category in categories:
            return True
    return False


def _targets(doc: Doc, hit: Hit) -> list[Token]:
    """What the verb acts on: its object or passive subject, the noun a relative clause
    hangs on, or a noun inside a clause object ("finish off [what is left of the high
    street]")."""
    verb = doc[hit.start]
    objs = [o for o in objects_of(verb, doc[hit.end - 1]) if o.dep_ != "pobj" or o.i >= hit.end]
    # "the schools swallowed by the trust"; an active participle's noun is its doer
    # ("left a pensioner bleeding"), not what it acts on
    if (
        verb.dep_ in ("acl", "relcl")
        and not any(c.dep_ == "dobj" for c in verb.children)
        and not (verb.dep_ == "acl" and verb.tag_ == "VBG")
    ):
        objs.append(verb.head)
    for c in verb.children:
        if c.dep_ in ("ccomp", "dobj") and c.i > verb.i:
            sub = list(c.subtree)
            if len(sub) <= 10:
                objs += [t for t in sub if t.pos_ in ("NOUN", "PROPN") and t not in objs]
    return objs


def _drained(verb: Token) -> list[Token]:
    """Whom a squeezing verb drains: the noun after "out of" ("squeezing the last drop
    out of people", "wringing every penny out of tenants")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "out"
        for of in c.children
        if of.lower_ == "of"
        for g in of.children
        if g.dep_ == "pobj"
    ]


def force_verbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of eating, squeezing, strangling, killing or attacking whose target is a
    body, a public or an argument: a figure for what a firm, a council or a critic did."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in [h for cls in FIGURE_VERB_CLASSES for h in hits.get(cls, ())]:
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(verb)
        if literal_context(sent, lex, ("war", "sport")):
            continue
        if hit.word.unless and any(t.lemma_.lower() in hit.word.unless for t in sent):
            continue
        if hit.word.only_with and not any(
            t.lemma_.lower() in hit.word.only_with or t.lower_ in hit.word.only_with for t in sent
        ):
            continue  # "who has been stung twice on the arm": no money, a real sting
        subject = subject_of(verb)
        if subject is None and verb.dep_ == "relcl":
            subject = verb.head  # "the trust, which has swallowed ..."
        if subject is not None and (
            subject.lemma_.lower() in CREATURES
            or subject.lemma_.lower() in lex.set_of("force_subject")
        ):
            continue  # "the snake swallowed", "the fire gutted"
        kinds = TARGETS.get(hit.word.category, ())
        if hit.word.category in LEGAL_LITERAL and literal_context(sent, lex, ("legal",)):
            continue  # "attacked the victim", "charged with attacking", "threw out the case"
        objs = _targets(doc, hit)
        if hit.word.cls in ("discard_verb", "ambush_verb"):
            # what is thrown away or ambushed, not where ("dumped the feathers in a bin")
            objs = [o for o in objs if o.dep_ != "pobj"]
        if hit.word.category == "squeeze":
            objs += _drained(verb)  # "squeezing the last drop out of people"
        if (
            hit.word.category in ("choke", "kill")
            and subject is not None
            and body_doer(subject, lex)
            and (said_of := next((o for o in objs if o.dep_ == "dobj" and o.pos_ == "PRON"), None))
        ):
            # (loadedAI) "the licensing board strangled it", "the council hobbled them to a
            # walk": a body cannot strangle or hobble anyone with its hands
            yield make(doc, hit, lex, hit.word.cls, target_of(said_of))
            continue
        if hit.word.category in ("choke", "kill", "attack", "plan", "ambush") and any(
            is_person(o, lex)
            and o.ent_type_ != "ORG"
            and not _institution(o, lex, kinds)
            and not ("office" in kinds and _office(o, lex))
            for o in objs
            if o.dep_ in ("dobj", "nsubjpass")
        ):
            continue  # "strangled his victim", "a dog attacked the postman": literal
        target = next((o for o in objs if _fits(o, lex, kinds)), None)
        if target is not None:
            yield make(doc, hit, lex, hit.word.cls, target_of(target))


def figure_nouns(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun that tells a process, a place or an event as a figure, in a frame that
    makes it one: a predicate ("the process is a maze"), "of" an abstract thing ("a
    maze of forms"), a modifier of an event ("a car-crash interview"), what something
    turned into ("into a stampede"), "for" people ("a warehouse for the forgotten"), or
    a raid "on" a public or its money."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("figure_noun", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(tok)
        if hit.word.unless and any(
            t.lemma_.lower() in hit.word.unless or t.lower_ in hit.word.unless for t in sent
        ):
            continue
        kinds: tuple[str, ...] = ("legal", "war")
        if hit.word.category == "raid" and (
            literal_context(sent, lex, kinds)
            or any(t.lemma_.lower() in lex.set_of("crime_scene") for t in sent)
        ):
            continue  # "the police raid", "armed men carried out the robbery"
        target = _figure_frame(tok, hit, lex)
        if target is not None:
            yield make(doc, hit, lex, "figure_noun", target)


def _figure_frame(tok: Token, hit: Hit, lex: JudgementLexicon) -> str | None:
    """What the figure is said of, when the noun stands in a figure's frame."""
    head = tok.head
    physical = lex.set_of("physical_noun")
    if tok.dep_ in ("attr", "oprd") and head.lemma_.lower() in PREDICATING:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        said_of = obj if tok.dep_ == "oprd" and obj is not None else subject
        if said_of is None or said_of.lower_ in EXPLETIVES:
            return None
        if (
            tok.dep_ == "attr"
            and said_of.lemma_.lower() in physical
            and hit.word.category != "squalor"
        ):
            return None  # "the garden is a maze"; but "the house is a pigsty" is a figure
        return target_of(said_of)
    if hit.word.category == "squalor" and (likened := _likened(tok)) is not None:
        return likened  # "the street looks like a war zone", "resembles a prison"
    if tok.dep_ in ("compound", "amod", "nmod"):
        if hit.word.category == "wreck" and head.lemma_.lower() in lex.set_of("figure_event"):
            return target_of(head)  # "a car-crash interview"
        return None
    if (
        tok.dep_ == "pobj"
        and head.lower_ == "into"
        and head.head.lemma_.lower() in lex.set_of("change_verb")
    ):
        return "what it turned into"
    if (
        hit.word.category == "dump"
        and tok.dep_ == "pobj"
        and head.lower_ in ("on", "onto", "to")
        and head.head.lemma_.lower() in CONSIGNING
    ):
        # (loadedAI) "will throw them on the scrapheap", "consigned the plan to the
        # dumping ground": people or a plan sent to the place the figure names
        thrown = next((c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return target_of(thrown) if thrown is not None else "what was sent there"
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if hit.word.category == "raid":
            if prep.lower_ in ("on", "upon") and any(
                _fits(o, lex, ("human", "body", "money")) for o in objs
            ):
                return target_of(objs[0])
            continue
        if (
            prep.lower_ == "of"
            and objs
            and not any(o.lemma_.lower() in physical or o.ent_type_ for o in objs)
        ):
            return target_of(objs[0])  # "a maze of forms"
        if prep.lower_ == "for" and any(_people(o, lex) for o in objs):
            return target_of(objs[0])  # "a warehouse for the forgotten"
    return None


#: Verbs that send people or a plan to a figure's place: "throw them on the scrapheap".
CONSIGNING = frozenset({"throw", "toss", "consign", "dump", "cast", "chuck", "fling",
                        "send", "condemn", "relegate"})
#: Verbs that liken their subject to a place: "looks like a war zone", "resembles a zoo".
LIKENING = {"look", "feel", "seem", "sound", "smell", "resemble", "become", "be"}
#: Verbs that name a thing "as" a figure: "described the wing as a pigsty".
NAMING_AS = {"describe", "brand", "label", "dub", "denounce", "condemn", "dismiss", "portray",
             "depict", "paint", "characterise", "characterize", "call"}
#: Places a building can really be described as (its use, not a figure).
USED_AS = {"prison", "dungeon", "sweatshop", "zoo", "battlefield", "sewer"}


def _likened(tok: Token) -> str | None:
    """What a place figure is likened to: the subject of "look/feel like", or of
    "resemble" ("the ward resembled a pigsty"); None when nothing is likened."""
    head = tok.head
    verb = None
    if tok.dep_ == "pobj" and head.lower_ == "like" and head.head.lemma_.lower() in LIKENING:
        verb = head.head
    elif tok.dep_ == "dobj" and head.lemma_.lower() == "resemble":
        verb = head
    elif tok.dep_ == "pobj" and head.lower_ == "as" and tok.lemma_.lower() not in USED_AS:
        namer = head.head.head if head.head.dep_ == "dobj" else head.head
        if namer.lemma_.lower() not in NAMING_AS:
            return None
        obj = next((c for c in namer.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return target_of(obj) if obj is not None else None  # "described the wing as a pigsty"
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return "the place it describes"  # a subject the parser lost to a clause before it
    return None if subject.lower_ in EXPLETIVES else target_of(subject)


def _people(tok: Token, lex: JudgementLexicon) -> bool:
    """People, or an adjective used as a noun for them ("the forgotten", "the old")."""
    if is_person(tok, lex) or tok.lemma_.lower() in lex.set_of("human_noun"):
        return True
    return tok.pos_ in ("ADJ", "VERB") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )


def fan_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People named as an organisation's fans or friends: "the company's fans in the
    council chamber", "the developer's friends on the committee", "cheerleaders for the
    industry" (not "the club's fans", "fans of the band", "her friends")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    owners = lex.set_of("institution_owner")
    for hit in hits.get("fan_noun", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ != "NOUN" or in_name(doc[hit.start : hit.end]):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next(
                (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None
            )
            owner = next((c for c in (of.children if of else ()) if c.dep_ == "pobj"), None)
        if owner is None or owner.lemma_.lower() not in owners:
            continue  # "the club's fans", "her friends", "fans of the band"
        start = min(owner.left_edge.i, hit.start) if owner.i < tok.i else hit.start
        hit = Hit(hit.word, start, hit.end)
        yield make(doc, hit, lex, "fan_label", target_of(owner), label="labeling")


#: Bodies that send in machines or a force only in a figure, besides organisations the
#: parser names: "the council sent in the bulldozers".
DEPLOYING_BODIES = frozenset({
    "council", "county", "borough", "district", "city", "parish", "trust", "board",
    "authority", "company", "firm", "developer", "landlord", "owner", "owners", "operator",
    "university", "college", "school", "academy", "club", "committee", "government",
    "ministry", "department", "agency", "corporation", "management", "estate",
})  # fmt: skip


def deployed_force(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A body's work told as sending in an armed force or a demolition crew: "the council
    sent in the bulldozers", "the landlord brought in the diggers" (not "the army sent
    in troops": a war; not "the contractor brought in two diggers": no body, a firm at its
    own trade; not "sent in a form": no machine or force)."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    instruments = lex.set_of("force_instrument")
    for hit in hits.get("deploy_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or literal_context(sentence_of(verb), lex, ("war",)):
            continue
        objs = [o for o in objects_of(verb, doc[hit.end - 1]) if o.i >= hit.end]
        force = next((o for o in objs if _instrument(o, instruments)), None)
        subject = subject_of(verb)
        if force is None or subject is None:
            continue
        if subject.ent_type_ != "ORG" and subject.lemma_.lower() not in DEPLOYING_BODIES:
            continue
        yield make(doc, Hit(hit.word, hit.start, force.i + 1), lex, "deploy_verb",
                   target_of(subject))


def _instrument(tok: Token, instruments: frozenset[str]) -> bool:
    """A machine of demolition or a hired force: "the bulldozers", "the wrecking crew"."""
    forms = {tok.lemma_.lower(), tok.lower_}
    if tok.i > 0:
        forms.add(f"{tok.nbor(-1).lower_} {tok.lower_}")
    return bool(forms & instruments)


def body_doer(tok: Token, lex: JudgementLexicon) -> bool:
    """A council, a board, a firm or a government as the doer: a common noun for a body
    ("the committee"), the head word of an organisation's name ("the Licensing Board"),
    or an organisation the parser names; never a person or a pronoun."""
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "NORP"):
        return False
    if tok.lemma_.lower() in lex.set_of("body_doer") or tok.lower_ in lex.set_of("body_doer"):
        return True
    return tok.ent_type_ == "ORG" and tok.pos_ == "PROPN" and not tok.is_sent_start


#: Particles that make "boot" a computer's word: "booted up the servers".
BOOT_LITERAL = frozenset({"up"})


def rough_verbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """What a body does to people, a charge or a motion told as rough handling: "slapped
    a forty per cent duty on imports", "the firm jettisoned 300 staff", "the committee
    booted them off the stage", "the board trampled the motion" (not "she slapped the
    table", "slapped a sticker on the door", "the pilot jettisoned fuel", "the horse
    trampled a steward", "he booted the ball", "the council booted up its computers")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    charges = lex.set_of("charge_noun")
    for hit in hits.get("rough_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(verb)
        if hit.word.unless and any(
            t.lemma_.lower() in hit.word.unless or t.lower_ in hit.word.unless for t in sent
        ):
            continue
        if any(c.dep_ == "prt" and c.lower_ in BOOT_LITERAL for c in verb.children):
            continue  # "booted up the servers"
        objs = [o for o in _targets(doc, hit) if o.dep_ != "pobj"]
        category = hit.word.category
        target: Token | None = None
        if category == "impose":
            # "slapped a duty on cheese", "slapped a ban on it": a charge, and what it is on
            placed = any(
                c.dep_ == "prep" and c.lower_ in ("on", "onto", "upon")
                for t in (verb, *objs)
                for c in t.children
            ) or any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
            target = next(
                (o for o in objs if o.lemma_.lower() in charges or o.lower_ in charges), None
            )
            if not placed:
                target = None
        else:
            doer = subject_of(verb)
            if doer is None and verb.dep_ == "relcl":
                doer = verb.head
            if doer is None:
                doer = next(
                    (
                        g
                        for c in verb.children
                        if c.dep_ == "agent"
                        for g in c.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
            if doer is not None and body_doer(doer, lex):
                target = next(iter(objs), doer)
            elif category in ("discard", "trample"):
                kinds = ("human", "argument", "voice") if category == "discard" else (
                    "argument", "voice"
                )
                target = next((o for o in objs if _fits(o, lex, kinds) or _many(o, lex)), None)
                if category == "trample" and target is not None and is_person(target, lex):
                    target = None  # "the horse trampled a steward": literal
        if target is not None:
            yield make(doc, hit, lex, "rough_verb", target_of(target))


def _many(tok: Token, lex: JudgementLexicon) -> bool:
    """A number of people: "340 of us", "200 of its staff" (a number with "of" people)."""
    return tok.pos_ == "NUM" and any(
        g.dep_ == "pobj" and (is_person(g, lex) or g.lemma_.lower() in lex.set_of("human_noun"))
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


RULES = (force_verbs, figure_nouns, fan_labels, deployed_force, rough_verbs)

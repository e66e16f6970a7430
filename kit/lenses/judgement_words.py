"""Judgement rules for words that judge things, groups and acts (``judgement_words.yaml``).

The rules in :mod:`kit.lenses.judgement` judge people's character; these judge what
people made or did, and name groups by a verdict. Each marks a word only in a frame
where it applies to people or their works; the literal frame is left alone:

- :func:`appreciation_adjectives`: "a shabby little measure", "a hammy performance",
  "the plan is half-baked" (not "a shabby coat"; "hollow" only as "utterly hollow");
- :func:`mock_titles`: "the self-styled expert", "a tin-pot dictator";
- :func:`group_verdicts`: "a fringe group", "the hawkish clique", "the landlord lobby",
  and "a militant blockade" (not "the hotel lobby", "the fire brigade");
- :func:`verdict_nouns`: "this circus", "a fairy tale", "cronyism", "the insult to our
  nation", "a ransom note to motorists" (not "at the circus", "a bedtime fairy tale",
  "the kidnappers left a ransom note");
- :func:`verdict_verbs`: "cosying up to the lobby", "inventing grievances", "the public
  has been robbed" (not "invented a new engine", "robbed a shop");
- :func:`sneer_adverbs`: "the streamer has conspicuously declined" (a person acting);
- :func:`degrading_similes`: "treated like criminals";
- :func:`disaster_hype`: "a monster blaze ripped through", "terrified families";
- :func:`dismissive_some`: "some clerk who has never left the building", "some
  bureaucrat in the capital" (not "some residents", "some staff", "some member of the
  public", "some time").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

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
from kit.lenses.judgement_verdicts import candidates
from kit.lenses.wordlists import sentence_of

#: Prepositions that make a show noun a place: "at the circus", "in theatre".
PLACE_PREPOSITIONS = {"at", "in", "into", "to", "inside", "outside", "from", "near", "for"}
#: Group nouns that are a label only with whose they are: "the landlord lobby".
#: Prefixes of a stance, parsed as modifiers: "the anti-camera brigade".
STANCE_PREFIXES = {"anti", "pro", "-"}
NEEDS_OWNER = {"lobby", "brigade", "machine"}
#: Pronouns that stand for a work or plan in a review or editorial: "It is hammy."
THING_PRONOUNS = {"it", "this", "that"}


def _unless(hit: Hit, sent: Span) -> bool:
    """The sentence holds a word that makes this one literal (the word's ``unless``)."""
    return bool(hit.word.unless) and any(
        t.lemma_.lower() in hit.word.unless or t.lower_ in hit.word.unless for t in sent
    )


def _works(lex: JudgementLexicon) -> frozenset[str]:
    return lex.set_of("work_noun") | lex.set_of("act_noun")


def _in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _is_work(tok: Token, lex: JudgementLexicon) -> bool:
    return tok.lemma_.lower() in _works(lex) or tok.lower_ in _works(lex)


def appreciation_adjectives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An adjective of appreciation applied to a work, plan or act: before it ("a shabby
    measure", "a performance so hammy"), or its predicate ("the plan is half-baked",
    "It is humourless"). A word with a literal sense (``strict``: "hollow", "cheap")
    counts only under an extreme amplifier ("utterly hollow"), beside a word taken, or
    before a word with no literal inside or price ("hollow promises", "empty words")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    copulas, degree = lex.set_of("copula"), lex.set_of("extreme_degree")
    taken: dict[int, str] = {}
    for hit in sorted(hits.get("appreciation_adjective", ()), key=lambda h: h.start):
        tok = doc[hit.end - 1]
        if tok.pos_ not in ("ADJ", "VERB", "NOUN") or in_name(doc[hit.start : hit.end]):
            continue
        if tok.pos_ == "NOUN" and tok.dep_ not in ("conj", "attr"):
            continue  # "the vulgar" as a noun (but "is vapid", mistagged, is a predicate)
        amplified = any(c.dep_ == "advmod" and c.lower_ in degree for c in tok.children)
        target = None
        if tok.dep_ == "conj" and tok.head.i in taken:
            target = taken[tok.head.i]
        elif hit.word.category == "character":
            target = _character_target(tok, hit, copulas)
        elif tok.dep_ in ("amod", "nmod") and _is_work(tok.head, lex):
            target = target_of(tok.head)
        elif tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in copulas:
            subject = subject_of(tok.head)
            if subject is not None and _is_work(subject, lex):
                target = target_of(subject)
            elif subject is not None and subject.lower_ in THING_PRONOUNS:
                target = "what the writer is describing"
        elif amplified and tok.dep_ == "conj" and tok.head.pos_ in ("ADJ", "NOUN", "VERB"):
            target = "what the writer is describing"  # "humourless and utterly hollow"
        empty_word = tok.dep_ == "amod" and _in(tok.head, lex.set_of("empty_word"))
        if target is None or (
            hit.word.strict and not amplified and not empty_word and tok.dep_ != "conj"
        ):
            continue
        taken[tok.i] = target
        yield make(doc, hit, lex, "appreciation_adjective", target)


def _character_target(tok: Token, hit: Hit, copulas: frozenset[str]) -> str | None:
    """What a verdict on character is said of, whatever it is ("a mean-spirited end",
    "the rota was small-minded"): a noun it premodifies or the subject of its copula;
    None in a literal term ("petty cash": the word's ``unless``)."""
    if _unless(hit, sentence_of(tok)):
        return None
    if tok.dep_ in ("amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return f"{target_of(tok.head)} (and whoever is behind it)"
    if tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in copulas:
        subject = subject_of(tok.head)
        return None if subject is None else f"{target_of(subject)} (and whoever is behind it)"
    return None


def mock_titles(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A modifier that mocks a title, with the noun it mocks: "the self-styled auteur",
    "a tin-pot dictator" (the "petty" ones only before a noun for a person)."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("mock_title", ()):
        tok = doc[hit.end - 1]
        head = tok.head
        if tok.dep_ not in ("amod", "compound", "nmod") or head.pos_ != "NOUN":
            continue
        if head.i < tok.i or head.i - tok.i > 3:
            continue
        if (
            hit.word.category != "self"
            and not is_person(head, lex)
            and head.lemma_.lower() not in lex.set_of("mock_figure_noun")
        ):
            continue  # "an armchair by the fire"; "keyboard warriors" are mocked
        if hit.word.unless and head.lemma_.lower() in hit.word.unless:
            continue  # "a keyboard player"
        span = Span(doc, hit.start, head.i + 1, label="labeling")
        wc = lex.classes["mock_title"]
        explanation = wc.explanation.replace("{text}", span.text).replace(
            "{target}", target_of(head)
        )
        yield Judgement(span, explanation, hit.word.neutral or wc.neutral, "mock_title")


def group_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A group named by a verdict: a verdict modifier on a noun for people ("a fringe
    group", "the hawkish clique": labeling) or on what they do ("a militant blockade":
    emotive); and a group noun of self-interest with a modifier naming whose ("the
    landlord lobby", "the party machine"), not a place ("the hotel lobby")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    groups = lex.set_of("group_noun_label")
    for hit in hits.get("verdict_modifier", ()):
        tok = doc[hit.end - 1]
        head = tok.head
        if tok.dep_ not in ("amod", "compound") or head.i < tok.i or head.pos_ != "NOUN":
            continue
        if in_name(doc[hit.start : head.i + 1]) or _at_war(tok, lex):
            continue  # "militant" fighters in a real war
        if is_person(head, lex) or head.lemma_.lower() in groups:
            span = Span(doc, hit.start, head.i + 1, label="labeling")
            yield Judgement(
                span,
                _explain(lex, "verdict_modifier", span, head),
                _neutral(lex, hit),
                "group_verdict",
            )
        elif _is_work(head, lex) or head.lemma_.lower() in lex.set_of("protest_noun"):
            span = Span(doc, hit.start, hit.end, label="emotive")
            explanation = (
                f"'{span.text}' labels the action by a verdict on the people behind it "
                f"(as extreme or warlike) instead of describing what they did."
            )
            yield Judgement(span, explanation, "describe what they did", "group_verdict")
    for hit in hits.get("group_noun_label", ()):
        tok = doc[hit.end - 1]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or _unless(hit, sentence_of(tok)):
            continue
        if in_name(doc[hit.start : hit.end]):
            continue  # "the Mafia", "the Hilton Lobby Bar"
        if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "in", "into", "through", "across"}:
            continue  # "waited in the lobby"
        whose = [
            c for c in tok.children
            if (c.dep_ in ("compound", "amod", "poss", "nmod") or _habit_compound(c))
            and c.i < tok.i
        ]  # fmt: skip
        if hit.word.text in NEEDS_OWNER and not any(
            c.dep_ in ("compound", "nmod")
            or c.ent_type_ in ("ORG", "NORP")
            or c.lower_ in STANCE_PREFIXES  # "the anti-camera brigade", "the pro-car lobby"
            or _habit_compound(c)  # "the latte-sipping brigade", "the nine-to-five brigade"
            for c in whose
        ):
            continue  # "the lobby" alone: a hall
        if hit.word.text == "machine" and not any(
            c.ent_type_ in ("ORG", "NORP") or c.lemma_.lower() in lex.set_of("political_owner")
            for c in whose
        ):
            continue  # "the cash machine", "an MRI machine"
        starts = [c.left_edge.i if _habit_compound(c) else c.i for c in whose if c.dep_ != "poss"]
        span = Span(doc, min([hit.start, *starts]), hit.end, label="labeling")
        yield Judgement(
            span, _explain(lex, "group_noun_label", span, tok), _neutral(lex, hit), "group_verdict"
        )


def _habit_compound(tok: Token) -> bool:
    """A hyphenated modifier that names a group by a habit or a way of life: a chain ending
    in an -ing verb ("latte-sipping", "hand-wringing") or joined by a preposition or "and"
    ("nine-to-five", "cashmere-and-pearls"), not a place or a size ("ground-floor",
    "two-storey")."""
    chain = list(tok.subtree)
    if len(chain) < 3 or not any(t.text == "-" and not t.whitespace_ for t in chain):
        return False
    if any(t.whitespace_ for t in chain[:-1]):
        return False  # one written word: "nine-to-five", not "five to nine - and"
    return tok.tag_ == "VBG" or any(t.dep_ in ("prep", "cc") for t in chain)


def _at_war(tok: Token, lex: JudgementLexicon) -> bool:
    """The sentence is about a real war, by words other than the verdict modifiers
    themselves ("militant" is both a verdict and a word of war)."""
    war = {w.text for w in lex.classes["literal_context"].words.values() if w.category == "war"}
    war -= lex.set_of("verdict_modifier")
    return any(t.lemma_.lower() in war or t.lower_ in war for t in sentence_of(tok))


def _explain(lex: JudgementLexicon, cls: str, span: Span, target: Token) -> str:
    wc = lex.classes[cls]
    return wc.explanation.replace("{text}", span.text).replace("{target}", target_of(target))


def _neutral(lex: JudgementLexicon, hit: Hit) -> str | None:
    return hit.word.neutral or lex.classes[hit.word.cls].neutral


def verdict_nouns(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun that names an act or a claim by a verdict: a show ("this circus", "gunboat
    theatre"), nonsense ("a fairy tale", "tittle-tattle"), corruption ("cronyism",
    "backbench bribes"), a raid, a vanity project, an offence ("the insult to our
    nation"), a hostile message to people ("a ransom note to motorists"). Not a
    modifier ("circus tent"), a name, a place ("at the theatre"), a court case (bribes
    in a trial) or a sentence with one of the word's literal words."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("verdict_noun", ()):
        tok = doc[hit.end - 1]
        category = hit.word.category
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.dep_ == "compound":
            continue
        if in_name(doc[hit.start : hit.end]):
            continue
        sent = sentence_of(tok)
        if _unless(hit, sent):
            continue
        if category in ("corruption", "raid") and literal_context(sent, lex, ("legal",)):
            continue  # "charged with taking bribes"
        if category == "spectacle" and not _staged(tok):
            continue  # "a night at the circus", "she loves theatre"
        if category == "offence" and not (
            tok.dep_ in ("attr", "oprd")
            or any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        ):
            continue  # "shouted insults" is a report of words; "an insult to X" a verdict
        if category == "message" and not _addressed(doc, hit, lex):
            continue  # "the kidnappers left a ransom note": no people it is aimed at
        if category == "authorship":
            sneer = _sneered_author(tok, lex)
            if sneer is not None:
                span = doc[hit.start : hit.end]
                yield Judgement(
                    Span(doc, hit.start, hit.end, label="emotive"),
                    f"'{span.text}' pins the plan on its authors, whom the sentence names "
                    f"by a sneer ('{sneer.text}'): the thing is judged by who thought of "
                    "it, as their pet invention, instead of by what it does.",
                    _neutral(lex, hit),
                    "sneered_authorship",
                )
            continue  # "the brainchild of two teachers": a plain credit
        yield make(doc, hit, lex, "verdict_noun", "someone")


#: Prepositions that address a hostile message to someone: "a ransom note to
#: motorists", "a declaration of war on small traders".
OFFENCE_PREPS = {"to", "on", "against", "for"}


#: Word classes that name people by a sneer: an author named by one is sneered at.
SNEER_CLASSES = ("people_label", "people_sneer", "trade_label")


def _sneered_author(tok: Token, lex: JudgementLexicon) -> Token | None:
    """The sneer that names the authors of a brainchild: a word of ``SNEER_CLASSES``
    after its "of" ("the brainchild of a handful of zealots"), or None."""
    sneers = frozenset().union(*(lex.set_of(c) for c in SNEER_CLASSES))
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for t in prep.subtree:
            if t.i != prep.i and (t.lemma_.lower() in sneers or t.lower_ in sneers):
                return t
    return None


def _addressed(doc: Doc, hit: Hit, lex: JudgementLexicon) -> bool:
    """A hostile message addressed to people or a body right after it ("a ransom note to
    motorists", "a declaration of war on small traders"), not to a country ("the
    declaration of war on Germany"); the parser may hang the preposition elsewhere, so
    the first noun after it stands in for its object."""
    if hit.end >= len(doc) or doc[hit.end].lower_ not in OFFENCE_PREPS:
        return False
    prep = doc[hit.end]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    after = doc[hit.end + 1 : hit.end + 5]
    objects = objects or [t for t in after if t.pos_ in ("NOUN", "PROPN")][:1]
    return any(
        o.ent_type_ not in ("GPE", "LOC") and o.tag_ != "NNP" and is_person(o, lex)
        for o in objects
    )


def _staged(tok: Token) -> bool:
    """A show noun used of politics: with a modifier ("gunboat theatre", "pure
    theatre"), a demonstrative ("this circus"), as a predicate ("it is theatre"), or set
    against what it replaces ("chose theatre over diplomacy"); never as a place."""
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS:
        return False
    if tok.dep_ in ("attr", "oprd"):
        return True
    if any(
        (c.dep_ in ("compound", "amod") and c.i < tok.i)
        or (c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "such"))
        for c in tok.children
    ):
        return True
    verb = tok.head if tok.dep_ == "dobj" else tok
    return any(c.dep_ == "prep" and c.lower_ in ("over", "instead") for c in verb.children)


def verdict_verbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb that tells an ordinary act as a vice: flattery of a person or group
    ("cosying up to the landlord lobby"), a claim as a fabrication ("inventing
    grievances", not "invented an engine"), a cost as theft from a whole public ("the
    public has been robbed", not "robbed a shop" or a report of a real robbery)."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    claims = lex.set_of("claim_noun")
    public = lex.set_of("collective_noun")
    works = lex.set_of("borrowed_noun")
    for cls in ("ingratiation_phrase", "fabrication_verb", "theft_verb"):
        for hit in hits.get(cls, ()):
            verb = doc[hit.start]
            if verb.pos_ != "VERB" or in_name(doc[hit.start : hit.end]):
                continue
            sent = sentence_of(verb)
            if literal_context(sent, lex, ("legal", "war")):
                continue
            if cls == "theft_verb" and hit.word.category != "copy" and any(
                t.lemma_.lower() in lex.set_of("crime_scene") for t in sent
            ):
                continue  # "armed men robbed residents": a real robbery
            objs = objects_of(verb, doc[hit.end - 1])
            if cls == "ingratiation_phrase":
                target = next((o for o in objs if is_person(o, lex)), None)
            elif cls == "fabrication_verb":
                target = next((o for o in objs if o.lemma_.lower() in claims), None)
            elif hit.word.category == "copy":
                # "pilfered the house's tailoring": a work taken, not a purse
                target = next((o for o in objs if o.lemma_.lower() in works), None)
            else:
                target = next(
                    (o for o in objs if o.lemma_.lower() in public or o.lower_ in public), None
                )
            if target is None:
                continue
            if cls == "fabrication_verb" and 0 < target.i - hit.end < 3:
                span = Span(doc, hit.start, target.i + 1, label="emotive")
                yield Judgement(
                    span, _explain(lex, cls, span, target), _neutral(lex, hit), "verdict_verb"
                )
                continue
            if hit.word.category == "copy":
                span = Span(doc, hit.start, hit.end, label="emotive")
                why = (
                    f"'{span.text}' tells the borrowing of a {target.lemma_} as theft: it accuses "
                    "instead of saying what was copied and from whom."
                )
                yield Judgement(span, why, "copied, borrowed from, drew on", "verdict_verb")
                continue
            yield make(doc, hit, lex, "verdict_verb", target_of(target))


def sneer_adverbs(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An adverb that sneers at how a person or group acted: "Green Ground, predictably,
    told a different story", "the board has conspicuously declined to publish" (not
    "prices rose predictably", "a conspicuously placed sign")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("sneer_adverb", ()):
        tok = doc[hit.start]
        verb = tok.head
        if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(verb)
        if subject is None or not is_person(subject, lex):
            continue
        yield make(doc, hit, lex, "sneer_adverb", target_of(subject))


def degrading_similes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A treatment compared with a degrading one: "treated like criminals", "herded
    like cattle" (not "treated like any other patient")."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    degrading = lex.set_of("degrading_noun")
    for hit in hits.get("simile_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in [*verb.children, *(c for o in objects for c in o.children)]:
            if prep.dep_ != "prep" or prep.lower_ not in ("like", "as"):
                continue
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is None or obj.i - hit.end > 6:
                continue
            pair = f"{obj.nbor(-1).lower_} {obj.lemma_.lower()}" if obj.i else ""
            # a hyphenated modifier read whole: "like second-class citizens"
            hyphened = (
                f"{doc[obj.i - 3 : obj.i].text.lower()} {obj.lemma_.lower()}"
                if obj.i >= 3 and doc[obj.i - 2].text == "-" else ""
            )
            if obj.lemma_.lower() not in degrading and pair not in degrading and (
                hyphened not in degrading
            ):
                continue  # "like mugs", "like his personal piggy bank"
            if prep.lower_ == "as" and obj.lemma_.lower() in ("suspect", "prisoner", "criminal"):
                continue  # "treated as a suspect" is a status, not a comparison
            span = Span(doc, hit.start, obj.i + 1, label="emotive")
            wc = lex.classes["simile_verb"]
            explanation = wc.explanation.replace("{text}", span.text).replace(
                "{target_noun}", obj.text
            )
            yield Judgement(span, explanation, wc.neutral, "degrading_simile")


def disaster_hype(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A disaster dramatised: a modifier of a fire, storm or flood ("a monster blaze",
    not "a killer whale"), a fire or storm that "rips through" a place (not "ripped
    through the paper"), people "terrified" in the writer's words before the noun."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    disasters = lex.set_of("disaster_noun")
    for hit in hits.get("disaster_hype", ()):
        tok = doc[hit.end - 1]
        if in_name(doc[hit.start : hit.end]):
            continue
        category, target = hit.word.category, None
        if category == "modifier":
            head = tok.head
            if tok.dep_ in ("amod", "compound") and head.lemma_.lower() in disasters:
                target = target_of(head)
        elif category == "spread":
            verb = doc[hit.start]
            subject = subject_of(verb) if verb.pos_ == "VERB" else None
            if subject is None and verb.dep_ == "acl":
                subject = verb.head  # "a blaze ripped through ..." parsed as a clause
            if subject is not None and subject.lemma_.lower() in disasters:
                target = target_of(subject)
        elif tok.dep_ == "amod" and is_person(tok.head, lex):
            target = target_of(tok.head)
        if target is not None:
            yield make(doc, hit, lex, "disaster_hype", target)


#: Nouns for a crowd or a body, never one person dismissed: "some staff were moved".
NOT_ONE_PERSON = {
    "staff", "police", "family", "people", "public", "team", "crew", "personnel", "youth",
    "management", "member", "other", "one", "body", "someone", "somebody", "folk",
}  # fmt: skip


_SOME = frozenset({"some"})


def dismissive_some(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "some" before ONE person named by their job makes them a nobody: "some clerk who
    has never left the building decides", "some consultant from the city" (issue 11,
    loadedL). Not a plural ("some residents"), a body or crowd ("some staff"), "some member
    of the public", nor a thing ("some time", "some volunteer help")."""
    lex = lex or default_lexicon()
    for tok in candidates(doc, _SOME):  # (forms and lemmas: the form is tested below)
        if tok.lower_ != "some" or tok.dep_ != "det":
            continue
        noun = tok.head
        if noun.i <= tok.i or noun.i - tok.i > 3 or noun.tag_ != "NN" or noun.ent_type_:
            continue  # a plural ("some residents"), a name, or "some" far from its noun
        if noun.lemma_.lower() in NOT_ONE_PERSON | lex.set_of("collective_noun"):
            continue
        if any(t.lower_ in ("other", "of") for t in doc[tok.i + 1 : noun.i + 2]):
            continue  # "some other councillor", "some member of the public"
        if not is_person(noun, lex) or in_name(doc[tok.i : noun.i + 1]):
            continue
        span = Span(doc, tok.i, noun.i + 1, label="labeling")
        explanation = (
            f"'{span.text}' dismisses a person as a nobody: 'some' before one person's job "
            "makes them anonymous and unimportant instead of saying who they are."
        )
        yield Judgement(span, explanation, f"an official, the {noun.text} (name them)",
                        "dismissive_some")


RULES = (
    appreciation_adjectives,
    mock_titles,
    group_verdicts,
    verdict_nouns,
    verdict_verbs,
    sneer_adverbs,
    degrading_similes,
    disaster_hype,
    dismissive_some,
)

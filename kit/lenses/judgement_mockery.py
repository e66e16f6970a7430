"""Mockery by form (loadedX): grand words for small acts, and mock portraits.

- :func:`mock_grandeur`: a grand verb for a small act by a person or body, to mock
  their airs: "the director deigned to answer two questions", "finally saw fit to
  apologise", "graced the meeting with her presence" (not "the judge saw fit to grant
  bail": a court's plain phrase; not "flowers graced the table": no presence);
- :func:`mock_manners`: a manner told through a mock likeness: "with the serene calm of
  a man who has never slept on a boat", "in the tone usually reserved for a wasp" (not
  "with the help of a man who lived nearby": help is no attitude; not "seats reserved
  for members": no tone);
- :func:`mock_portraits`: a person summed up as "a man who has never ...": "the site
  manager, a man who has never once worn a hi-vis vest without a photographer present"
  (not "Jo Hale, a farmer who has never sold land": a role, not a portrait).

The words of each class live in kit/lexicons/judgement_acts.yaml (``grand_verb``,
``attitude_noun``, ``portrait_noun``, ``portrait_adverb``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    literal_context,
    subject_of,
    target_of,
)
from kit.lenses.judgement_verdicts import candidates
from kit.lenses.wordlists import sentence_of

GRAND_NOTE = (
    "'{text}' dresses a small act in grand words to mock the airs of {who}: sarcasm in "
    "the writer's voice instead of saying plainly what they did."
)
MANNER_NOTE = (
    "'{text}' describes how someone behaved through a mocking likeness: the writer "
    "sneers instead of describing what they did or said."
)
PORTRAIT_NOTE = (
    "'{text}' sums a person up with a sneer in the writer's own voice, as if it were "
    "fact: say what they did, or who says so."
)


def mock_grandeur(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "deigned to answer", "saw fit to apologise", "graced ... with her presence"."""
    lex = lex or default_lexicon()
    grand = lex.set_of("grand_verb")
    for verb in candidates(doc, grand | GRACE):
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        subject = subject_of(verb)
        if subject is None or not is_person(subject, lex):
            continue
        end = verb.i + 1
        if lemma in GRACE:
            # "with ... presence" on the verb or on its object ("graced the opening
            # with his presence", however the parser hangs the "with")
            heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            presence = next(
                (
                    o
                    for h in heads
                    for p in h.children
                    if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() == "presence"
                ),
                None,
            )
            if presence is None:
                continue  # "flowers graced the table"
            span = Span(doc, verb.i, verb.i + 1, label="emotive")
        elif lemma == "see":
            if doc[verb.i + 1 : verb.i + 3].text.lower() != "fit to":
                continue  # "saw the report"
            if literal_context(sentence_of(verb), lex, ("legal",)):
                continue  # "the judge saw fit to grant bail"
            span = Span(doc, verb.i, verb.i + 2, label="emotive")
        else:
            if not any(c.dep_ == "xcomp" for c in verb.children):
                continue  # "condescended" alone
            span = Span(doc, verb.i, end, label="emotive")
        note = GRAND_NOTE.replace("{text}", span.text).replace("{who}", target_of(subject))
        yield Judgement(span, note, "agreed to, chose to, attended", "mock_grandeur")


#: "graced the meeting with her presence": the verb needs "with ... presence".
GRACE = frozenset({"grace", "graced", "gracing"})


def mock_manners(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "with the serene calm of a man who ...", "in the tone usually reserved for"."""
    lex = lex or default_lexicon()
    attitudes = lex.set_of("attitude_noun")
    for noun in candidates(doc, attitudes):
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if prep.lower_ == "with":
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            person = next((o for o in of.children if o.dep_ == "pobj"), None) if of else None
            if person is None or not is_person(person, lex):
                continue
            if not any(c.dep_ in ("relcl", "acl") for c in person.children):
                continue  # "with the calm of a nurse": a plain likeness
            span = Span(doc, prep.i, person.right_edge.i + 1, label="emotive")
        elif prep.lower_ == "in":
            reserved = _reserved_after(noun)
            if reserved is None:
                continue
            span = Span(doc, prep.i, reserved.right_edge.i + 1, label="emotive")
        else:
            continue
        yield Judgement(
            span,
            MANNER_NOTE.replace("{text}", span.text),
            "(describe what they did or said)",
            "mock_manner",
        )


def _reserved_after(noun: Token) -> Token | None:
    """ "the tone usually reserved for": "reserved" right after the noun (perhaps after
    an adverb), whatever the parser hung it on, with its "for"."""
    doc = noun.doc
    for i in range(noun.i + 1, min(noun.i + 3, len(doc))):
        tok = doc[i]
        if tok.lower_ == "reserved" and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
        ):
            return tok
        if tok.pos_ != "ADV":
            return None
    return None


def mock_portraits(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "X, a man who has never once ..." (see the module)."""
    lex = lex or default_lexicon()
    adverbs = lex.set_of("portrait_adverb")
    for noun in candidates(doc, lex.set_of("portrait_noun")):
        if noun.pos_ != "NOUN" or noun.dep_ != "appos":
            continue
        if not _indefinite(noun):
            continue
        clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
        if clause is None:
            continue
        sneers = [c for c in clause.children if c.dep_ in ("neg", "advmod") and c.lower_ in adverbs]
        if not sneers:
            continue  # "a man who lives nearby": no sneer in the clause
        start = next((c.i for c in noun.children if c.dep_ == "det"), noun.i)
        # "a woman who has plainly spent her career ...": an adverb of evidence asserts
        # the portrait as known fact, a claim in the writer's voice; "never" alone is the
        # sneer of the words chosen
        claim = any(c.lower_ in EVIDENT for c in sneers)
        label = "unattributed_claim" if claim else "emotive"
        span = Span(doc, start, clause.right_edge.i + 1, label=label)
        yield Judgement(
            span, PORTRAIT_NOTE.replace("{text}", span.text), "(say what they did)", "mock_portrait"
        )


#: (loadedAO) The sketch of an apposed portrait.
APPOSED_NOTE = (
    "Whose judgement is this? '{text}' sums {who} up in an aside in the writer's own "
    "voice: the bare 'a man who ...' or 'a woman who ...' puts a sketch where their role "
    "would stand, chosen to make the reader think less of them before they speak or act. "
    "A neutral text gives their role, and reports what they did where it bears on the story."
)
#: Determiners that leave the owner of the apposition unnamed and unknown ("Another
#: witness, a woman who works in a nearby bank"): a description of a source, not a sketch.
ANONYMOUS_DETS = frozenset({"a", "an", "another", "one", "some"})
#: A clause that reports speech gives the person's words, not the writer's sketch.
SAYING = frozenset({"say", "tell", "add", "explain", "confirm", "ask"})


def apposed_portraits(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAO) A person the article names or gives a role, summed up in an apposition by
    a bare portrait noun and a relative clause: "The First Minister, Cassavane Brumwithe,
    a woman who treats every question as a personal insult, arrived ..."; "The party's
    treasurer, Pentrevan Oskelbrandt, a man whose idea of transparency is a frosted window,
    said ..."; or by any person noun with a sweeping belittling comparison: "a former
    union lawyer who has never run anything larger than a picket line". Not a trade ("a
    retired dinner lady who has won the marrow class"), an anonymous source ("Another
    witness, a woman who works in a nearby bank, said"), a clause that reports speech
    ("a man who said he ..."), nor a portrait the sneer rule already marks."""
    lex = lex or default_lexicon()
    portrait = lex.set_of("apposed_portrait")
    sneers = lex.set_of("portrait_adverb")
    feats: list[tuple[int, int]] | None = None
    for noun in candidates(doc, portrait | lex.set_of("belittling_any")):
        # the cheap tests first: the word's class, then the apposition and its clause
        if noun.lower_ in portrait or noun.lemma_.lower() in portrait:
            if noun.pos_ != "NOUN" or noun.dep_ != "appos" or not _indefinite(noun):
                continue
            if any(c.dep_ in ("compound", "nmod") for c in noun.children):
                continue  # "a retired dinner lady": a trade
            clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
            if clause is None:
                continue
            if any(c.dep_ in ("neg", "advmod") and c.lower_ in sneers for c in clause.children):
                continue  # "a man who has never once ...": mock_portraits marks it
            if not _sweeps(clause):
                continue  # "a man who appears in the film", "a woman whose whole family
                # runs the farm": a plain description in the same frame (older tests)
        else:
            found = _belittled(noun, lex)
            if found is None:
                continue
            noun, clause = found
        if clause.lemma_.lower() in SAYING:
            continue  # "a man who said he had worked there for twenty years"
        if any(t.lower_ == "because" for t in clause.subtree):
            continue  # "a man who could not attend because of illness": a reason, not a sketch
        if _length_of_service(clause):
            continue  # "The captain, a man who has played for the club since 1998": a record
        top, named = noun, False
        while top.dep_ == "appos" and top.head != top:
            top = top.head
            named = named or top.pos_ == "PROPN"
        if not named and (
            not is_person(top, lex)
            or any(c.dep_ == "det" and c.lower_ in ANONYMOUS_DETS for c in top.children)
        ):
            continue  # "Another witness, a woman who ...": an unnamed source
        start = next((c.i for c in noun.children if c.dep_ == "det"), noun.left_edge.i)
        end = clause.right_edge.i + 1
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
        if feats is None:  # "a man who could bore a cathedral into silence": a mock feat
            feats = [(j.span.start, j.span.end) for j in mock_feats(doc, lex)]
        if any(a < end and start < b for a, b in feats):
            continue
        span = Span(doc, start, end, label="unattributed_claim")
        name = next(
            (t for t in top.subtree if t.pos_ == "PROPN" and t.dep_ != "compound" and t.i < noun.i),
            None,
        )
        who = f"'{doc[name.left_edge.i : name.i + 1].text}'" if name is not None else target_of(top)
        note = APPOSED_NOTE.replace("{text}", span.text).replace("{who}", who)
        yield Judgement(
            span,
            " ".join(note.split()),
            "(give their role, and what they did where it bears on the story)",
            "apposed_portrait",
        )


#: Words that make a length of service a sweeping sketch ("has voted for every motorway
#: ... since he arrived", "has changed her mind three times since August").
SWEEPING = frozenset({"every", "each", "all", "any", "anything", "times", "never"})


def _sweeps(clause: Token) -> bool:
    """The clause sweeps over everything the person does or measures them ("treats every
    question as a personal insult", "has changed her mind four times since June", "has cut
    more ribbons than he has visited crime scenes", "whose only known winter sport is
    dodging questions", "a man who could find a saving in a lifeboat"): the sketch judges.
    Without such a word the same frame is a plain description ("a man who appears in the
    film", "a man whose idea of a holiday appears to be a week of fishing")."""
    doc = clause.doc
    return any(
        t.lower_ in SWEEPING or t.lower_ in ("only", "than", "could")
        or t.tag_ in ("JJR", "JJS", "RBR", "RBS")
        for t in doc[clause.left_edge.i : clause.right_edge.i + 1]
    )


def _length_of_service(clause: Token) -> bool:
    """A clause that only says how long someone has done something ("who has played for
    the club since 1998", "who has lived in the town for forty years"): a plain record."""
    doc = clause.doc
    if any(t.lower_ in SWEEPING for t in doc[clause.left_edge.i : clause.right_edge.i + 1]):
        return False
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ in ("since", "for"):
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.like_num or obj.ent_type_ in ("DATE", "TIME")):
                return True
        if prep.dep_ == "advcl" and any(c.lower_ == "since" for c in prep.children):
            return True  # "since she arrived in the chamber"
    return False


def _belittled(word: Token, lex: JudgementLexicon) -> tuple[Token, Token] | None:
    """ "who has never run anything larger than a picket line": a negated relative clause
    on a person noun in apposition, whose object is "anything" with a comparison. Returns
    (the person noun, the clause)."""
    than = next((c for c in word.subtree if c.lower_ == "than"), None)
    if than is None or not any(c.tag_ in ("JJR", "RBR") for c in word.subtree):
        return None  # "anything he liked": no comparison
    clause = word.head
    while clause.dep_ not in ("relcl", "ROOT") and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "neg" for c in clause.children):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or not is_person(noun, lex):
        return None
    return noun, clause


#: (loadedY) A made-up feat set by a mock portrait: "a man who could bore a cathedral
#: into silence", "eight councillors who between them could not find Sluice Lane with a
#: satnav", "a woman who could not tell a claret from a cough syrup".
FEAT_NOTE = (
    "'{text}' sums {who} up by a comic exaggeration of what they can or cannot do: mockery "
    "in the writer's voice instead of saying what they did."
)
#: Verbs whose "could X a thing into a thing" is a real skill ("could turn a barn into a home").
MAKING_VERBS = frozenset({"turn", "convert", "transform", "make", "build", "change", "put", "get"})
#: Prepositions that set the absurd scene of a feat: "with a satnav", "in a brewery",
#: "from a cough syrup", "out of a paper bag".
FEAT_PREPS = frozenset({"with", "in", "from", "out", "at", "on", "inside"})
#: Time spans ("in a month"): a real deadline, not an absurd scene.
TIME_NOUNS = frozenset({"day", "week", "month", "year", "hour", "minute", "fortnight", "row"})


def mock_feats(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A person or body set off by commas and summed up by a made-up feat: a relative
    clause with "could" whose act is absurd for what it acts on, either a result forced
    on an indefinite thing ("could bore a cathedral into silence") or a failure at an easy
    task in a made-up scene ("could not find Sluice Lane with a satnav", "could not sell
    water in a desert"). Not a real skill ("a builder who could turn a barn into a home"),
    a real failure with no scene ("a woman who could not find a flat in the city", "a man
    who could not attend because of illness")."""
    lex = lex or default_lexicon()
    for could in candidates(doc, COULD):
        verb = could.head
        if could.dep_ != "aux" or verb.pos_ != "VERB":
            continue
        clause = verb
        while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
            clause = clause.head
        noun, end = clause.head, clause.right_edge.i + 1
        if clause.dep_ != "relcl":
            # the parser may take the clause for the sentence's own ("the committee, eight
            # councillors who between them could not find ..., tossed out"): the "who"
            # just after the noun, and the clause up to its closing comma
            noun, end = _relative_by_commas(could)
            if noun is None:
                continue
        if noun.pos_ != "NOUN" or not _set_off(noun):
            continue
        if not (is_person(noun, lex) or noun.lemma_.lower() in lex.set_of("portrait_noun")):
            continue
        if not _feat(verb):
            continue
        start = noun.left_edge.i
        span = Span(doc, start, end, label="labeling")
        top = noun
        while top.dep_ == "appos" and top.head != top:
            top = top.head  # "Ned Pask, the treasurer, a man who ...": Ned Pask
        who = target_of(top)
        note = FEAT_NOTE.replace("{text}", span.text).replace("{who}", who)
        yield Judgement(span, note, "(say what they did)", "mock_feat")


COULD = frozenset({"could"})


def _relative_by_commas(could: Token) -> tuple[Token | None, int]:
    """The noun before "who" a few words before ``could`` and the comma that closes the
    clause after it, when the parser did not attach the clause to the noun."""
    doc = could.doc
    who = next((t for t in reversed(doc[max(0, could.i - 4) : could.i]) if t.lower_ == "who"), None)
    if who is None or who.i == 0 or doc[who.i - 1].pos_ != "NOUN":
        return None, 0
    close = next((t for t in doc[could.i : could.i + 20] if t.text == ","), None)
    if close is None:
        return None, 0
    return doc[who.i - 1], close.i


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _set_off(noun: Token) -> bool:
    """The noun phrase stands after a comma, in apposition: "the committee, eight
    councillors who ..." (the parser does not always call it ``appos``)."""
    i = noun.left_edge.i
    return noun.dep_ == "appos" or (i > 1 and noun.doc[i - 1].text in (",", "\u2014", "-"))


def _feat(verb: Token) -> bool:
    # (a small object may be misparsed as a clause: "find [the village green] with a map")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if (
        verb.lemma_.lower() not in MAKING_VERBS
        and any(_indefinite(o) for o in objects)
        and any(p.lower_ == "into" for p in preps)
    ):
        return True  # "could bore a cathedral into silence"
    if not objects or not any(c.dep_ == "neg" for c in verb.children):
        return False
    # the scene may hang on the object: "could not boil [an egg in a kettle]"
    preps += [c for o in objects for c in o.children if c.dep_ == "prep"]
    for p in preps:
        if p.lower_ not in FEAT_PREPS:
            continue
        inner = [g for c in (p, *p.children) for g in c.children if g.dep_ == "pobj"]
        if any(_indefinite(g) and g.lemma_.lower() not in TIME_NOUNS for g in inner):
            return True  # "could not find Sluice Lane with a satnav"
    return False


#: Adverbs of evidence that turn a mock portrait into a claim of fact.
EVIDENT = frozenset({"plainly", "clearly", "evidently", "obviously", "apparently"})

RULES = (mock_grandeur, mock_manners, mock_portraits, mock_feats, apposed_portraits)

__all__ = [
    "RULES",
    "apposed_portraits",
    "mock_feats",
    "mock_grandeur",
    "mock_manners",
    "mock_portraits",
]

"""The loaded-language lens's sense rules, registered in :mod:`kit.lenses.rules`.

Each rule takes a candidate span and the token indices already marked loaded,
and returns True to keep the mark; word lists name rules with ``rule:``.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_ALPHA, IS_UPPER
from spacy.tokens import Span

from kit import lexicon
from kit.lenses.judgement_lexicon import default_lexicon, is_person
from kit.lenses.judgement_reactions import players
from kit.lenses.rules import rules_for, sense_rule
from kit.lenses.shared import (
    NAME_ENTITIES,
    depicts,
    doc_array,
    doc_text,
    exhibits,
    sentence_of,
    stance_adverb,
)

# -- sense rules -------------------------------------------------------------------------
WORKPLACE_WORDS = lexicon.word_set("loaded_senses", "workplace_words")
POLITICAL_WORDS = lexicon.word_set("loaded_senses", "political_words")
POLITICAL_ENTITIES = {"GPE", "NORP"}
#: Words of courts and crime, where "punished" is the plain word.
LEGAL_WORDS = lexicon.word_set("loaded_senses", "legal_words")
#: Decisions that can be "pushed through".
DECISION_WORDS = lexicon.word_set("loaded_senses", "decision_words")
#: Danger that makes "fled" the plain word.
DANGER_WORDS = lexicon.word_set("loaded_senses", "danger_words")
#: Reporting verbs: a sentence holding one is not in the writer's own voice.
REPORTING_LEMMAS = lexicon.word_set("loaded_senses", "reporting_lemmas")


def quarrel(verb) -> bool:
    """ "arguing with an automated email address": "argue with" someone, and nothing said
    (no clause, no object), is a quarrel, not a report of what was argued."""
    return (
        verb.lemma_.lower() == "argue"
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    )


@sense_rule("loaded", "political_label")
def _political_label(span: Span, loaded_tokens: set[int]) -> bool:
    """ "their boss" said of a country or government, not of a real employer."""
    sent = sentence_of(span)
    if any(t.lower_ in WORKPLACE_WORDS for t in sent):
        return False
    return any(t.ent_type_ in POLITICAL_ENTITIES or t.lower_ in POLITICAL_WORDS for t in sent)


@sense_rule("loaded", "amplifies_charge")
def _amplifies_charge(span: Span, loaded_tokens: set[int]) -> bool:
    """A common amplifier counts only when it strengthens a loaded word, or a word
    joined to a loaded one by "and" ("a senseless and completely unprovoked attack":
    the pair is one charge). A sentence-opening "So" is a connective ("So the club has
    thrown its manager overboard"), not an amplifier of the loaded verb it hangs on."""
    if span[0].is_sent_start and span[0].lower_ == "so":
        return False
    head = span[-1].head
    return head.i in loaded_tokens or (
        head.dep_ == "conj"
        and head.head.i in loaded_tokens
        and head.pos_ == head.head.pos_ == "ADJ"
        and span.end == head.i
    )


@sense_rule("loaded", "charged_lecture")
def _charged_lecture(span: Span, loaded_tokens: set[int]) -> bool:
    """ "lecturing" (scolding), not "a lecture at the university"."""
    tok = span[0]
    return tok.pos_ == "VERB" or tok.lower_.startswith("lecturing")


@sense_rule("loaded", "dramatic_flight")
def _dramatic_flight(span: Span, loaded_tokens: set[int]) -> bool:
    """ "fled her villa in tears", not people fleeing war, fire or persecution."""
    return not any(t.lemma_.lower() in DANGER_WORDS for t in sentence_of(span))


@sense_rule("loaded", "third_party_subject")
def _third_party_subject(span: Span, loaded_tokens: set[int]) -> bool:
    """Someone else's wish or aim ("the US wants to"), not the speaker's ("we want to")."""
    verb = next((t for t in span if t.pos_ == "VERB"), span[0])
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    if any(c.tag_ == "MD" for c in verb.children):
        return False  # "may have clearly hoped": the writer keeps the claim open
    subject = subjects[0]
    if verb.lemma_ in ("pretend", "feign") and subject.lemma_.lower() in players():
        return False  # "The children pretended to be dragons": make-believe, not deceit
    if designed_capacity(verb, subject):
        return False  # "The bridge was never intended to carry lorries": what it is built for
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "anyone who wants to read them": whoever wants to
    if (
        verb.dep_ == "relcl"
        and verb.sent.root.pos_ in ("NOUN", "PROPN")
        and any(c.lower_ == "where" for c in verb.children)
    ):
        return False  # a caption: "The ridge above the village, where the firm wants to ..."
    return subject.lower_ not in {"i", "we", "you", "one", "anyone", "anybody", "whoever"}


#: What a built thing is made to bear or hold: "intended to carry heavy lorries".
CAPACITY_VERBS = lexicon.word_set("loaded_senses", "capacity_verbs")


def designed_capacity(verb, subject) -> bool:
    """A passive "intended/meant/designed to" with a thing as its subject and a verb of
    capacity after it ("The pier was never meant to take cruise ships"): a design limit,
    not anyone's motive. A process that was "never intended to find anything" keeps its
    mark (kit/lexicons/claims.yaml)."""
    if subject.dep_ != "nsubjpass" or is_person(subject, default_lexicon()):
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False  # a body of people: "The council was never meant to ..."
    action = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return action is not None and action.lemma_.lower() in CAPACITY_VERBS


#: What a comparison with a poor country or a past century can describe (loadedY).
CONDITION_NOUNS = lexicon.word_set("loaded_senses", "condition_nouns")


@sense_rule("loaded", "describes_conditions")
def _describes_conditions(span: Span, loaded_tokens: set[int]) -> bool:
    """ "medieval conditions", "the wards are positively Dickensian", "third-world roads":
    the word describes conditions; not a thing of the period ("the coin was probably
    medieval", "a medieval church"), whatever else the sentence holds."""
    tok = span[-1]
    described = []
    if tok.dep_ in ("amod", "compound", "nmod"):
        described.append(tok.head)
    elif tok.dep_ in ("acomp", "attr", "oprd"):
        verb = tok.head
        described += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    elif tok.dep_ == "conj":
        return _describes_conditions(tok.doc[tok.head.i : tok.head.i + 1], loaded_tokens)
    return any(
        t.lemma_.lower() in CONDITION_NOUNS or t.lower_ in CONDITION_NOUNS for t in described
    )


#: Tools, gear and premises of a trade: "the butcher's knife", "a butcher's apron".
TRADE_THINGS = lexicon.word_set("loaded_senses", "trade_things")


def _listed_with_things(word) -> bool:
    """The word is one item of a list whose other items are things, not people ("a
    butcher, a cricket club, a primary school and a pub"): the trade names a shop
    (loadedY). A list of people ("the butcher, the baker and the mayor") is left alone."""
    top = word
    for _ in range(8):  # up to the list's first item
        if top.dep_ not in ("conj", "appos") or top.head.pos_ != "NOUN":
            break
        top = top.head
    members, todo = [], [top]
    while todo and len(members) < 12:
        item = todo.pop()
        members.append(item)
        todo += [c for c in item.children if c.dep_ in ("conj", "appos")]
    members = [m for m in members if m != word]
    lex = default_lexicon()
    return any(m.pos_ == "NOUN" and not is_person(m, lex) for m in members)


@sense_rule("loaded", "not_a_trade")
def _not_a_trade(span: Span, loaded_tokens: set[int]) -> bool:
    """A label that is also a trade ("the butcher of the valley") keeps its mark, but not
    the trade itself owning or naming its tools ("the butcher's knife", "a butcher's block",
    "butcher paper"), nor the shop ("queued at the butcher's")."""
    word = span[-1]
    doc = span.doc
    if word.dep_ in ("poss", "compound") and word.head.lemma_.lower() in TRADE_THINGS:
        return False
    if _listed_with_things(word):
        return False  # "a butcher, a cricket club, a school and a pub": a shop in a list
    after = doc[span.end] if span.end < len(doc) else None
    # "at the butcher's": the shop
    return not (after is not None and after.tag_ == "POS" and word.dep_ == "pobj")


#: Prepositions of time: what follows them is an event or a stretch of time, not people.
TIME_PREPOSITIONS = frozenset({"during", "throughout", "until", "till"})


@sense_rule("loaded", "names_people")
def _names_people(span: Span, loaded_tokens: set[int]) -> bool:
    """A label applies to people being judged ("the snowflakes who complained"), not to
    an event told by a preposition of time ("wept during the snowflakes": the
    dance in a Christmas show; "stayed until the trolls", a scene of a play)."""
    word = span[-1]
    return not (word.dep_ == "pobj" and word.head.lower_ in TIME_PREPOSITIONS)


@sense_rule("loaded", "predicate_label")
def _predicate_label(span: Span, loaded_tokens: set[int]) -> bool:
    """A crime word naming an action ("This is theft"), not a report ("car theft rose")
    nor a count of real crimes ("It was the third robbery in the underpass this year")."""
    tok = span[0]
    if any(c.ent_type_ == "ORDINAL" or c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.dep_ in ("attr", "oprd"):
        return True
    if tok.dep_ == "pobj" and tok.head.head.dep_ in ("attr", "oprd"):
        return True  # "an act of vandalism"
    # "calls it theft", "branded the move theft"
    return tok.head.lemma_ in {"call", "brand", "label", "describe", "denounce"}


@sense_rule("loaded", "not_legal")
def _not_legal(span: Span, loaded_tokens: set[int]) -> bool:
    """ "seriously punished by China", not a court punishing a crime, nor a machine or
    a body worn hard ("punished a worn set of tyres", "the climb punished his legs")."""
    objects = [c for c in span[0].children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for p in o.children if p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # fmt: skip  ("a set of tyres")
    if any(o.lemma_.lower() in STRAINED_THINGS for o in objects):
        return False
    return not any(t.lemma_.lower() in LEGAL_WORDS for t in sentence_of(span))


#: Adjectives of physical size, amount or state: "absolutely enormous, 30 metres across".
SIZE_WORDS = lexicon.word_set("loaded_senses", "size_words")


def measured(span: Span) -> bool:
    """A charged adjective, or an intensifier on an adjective of size, beside a physical
    measure: "the dome is absolutely enormous, 30 metres across", "an absolutely massive
    battery, weighing 12 kilograms", "a brutal climb of 600 metres". The words describe
    a thing that was measured; they turn up no charge. A sum of money or a percentage is
    no physical measure ("a brutal cut of 40 per cent" stays loaded)."""
    word = span[-1]
    if word.pos_ == "ADV":
        word = word.head
        if word.pos_ != "ADJ" or word.lemma_.lower() not in SIZE_WORDS:
            return False
        scope = word.head  # "is absolutely enormous, 30 metres across"
        if scope.pos_ in ("NOUN", "PROPN"):
            scope = scope.head  # "had an absolutely massive battery, weighing 12 kilograms"
    elif word.pos_ == "ADJ" and word.dep_ == "amod":
        scope = word.head  # the noun: "a brutal climb of 600 metres"
    elif word.pos_ == "ADJ" and word.dep_ == "acomp" and _thing_subject(word.head):
        scope = word.head  # said of a thing: 'the descent was "brutal", with 300 metres
        # of scree to cross' (trapsX: the measure may follow the predicate)
    else:
        return False
    return any(t.ent_type_ == "QUANTITY" for t in scope.subtree)


def _thing_subject(verb) -> bool:
    """The verb's subject is a thing (a climb, a descent), not a person ("the judge was
    brutal")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    return not is_person(subject, default_lexicon())


#: Machines, parts and bodies worn hard: "punished the tyres" (loaded_senses.yaml).
STRAINED_THINGS = lexicon.word_set("loaded_senses", "strained_things")


@sense_rule("loaded", "decision_object")
def _decision_object(span: Span, loaded_tokens: set[int]) -> bool:
    """ "pushed through a reform", "the vote was rushed through", "frogmarched the audit
    through" (the decision inside the phrase), not "pushed through the crowd"."""
    doc = span.doc
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in DECISION_WORDS for c in span[0].children):
        return True
    if any(t.lemma_.lower() in DECISION_WORDS for t in span[1:-1]):
        return True
    following = doc[span.end : min(span.end + 5, len(doc))]
    return any(t.lemma_.lower() in DECISION_WORDS for t in following)


@sense_rule("loaded", "third_party_mind")
def _third_party_mind(span: Span, loaded_tokens: set[int]) -> bool:
    """Someone else "knows (that) ..." as a fact, not "we know", "I fear" or a
    narrative "knew exactly what was waiting"."""
    verb = span[0]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    clause = clauses[0]
    opening = [t for t in clause.subtree if t.i < clause.i]
    if any(t.tag_ in ("WP", "WRB", "WDT") or t.lower_ in ("whether", "if") for t in opening):
        return False  # "knew exactly what was waiting": not a proposition
    after = [t for t in span.doc[verb.i + 1 : clause.i] if t.pos_ != "ADV"][:1]
    if after and (after[0].tag_ in ("WP", "WRB", "WDT") or after[0].lower_ == "whether"):
        return False  # "Nobody knows how many were sold": a question no one can answer
    return _third_party_subject(span, loaded_tokens)


#: A sentence that sets the one before it aside: "That is not the point.", "But that
#: is beside the point", "That was never the issue" (not "It is not a question of money").
_SET_ASIDE = re.compile(
    r"\s*(?:but\s+|yet\s+|still,\s+)?(?:that|this|it)(?:['\u2019]s|\s+is|\s+was)\s+"
    r"(?:not|never|hardly|beside)\s+(?:[\w'\u2019-]+\s+)?the\s+(?:point|issue|question|matter)\b",
    re.I,
)


def conceded(span: Span) -> bool:
    """The sentence is a concession the writer sets aside at once: "Moonraker is
    undoubtedly a handsome dog. That is not the point." The writer grants it to move
    on; it is not the claim the piece makes, so no sentence-wide claim is marked (its
    words keep their own marks: the booster "undoubtedly" stays a booster)."""
    sent = sentence_of(span)
    return bool(_SET_ASIDE.match(doc_text(span.doc), sent.end_char))


@sense_rule("loaded", "stance_booster")
def _stance_booster(span: Span, loaded_tokens: set[int]) -> bool:
    """ "is clearly a performance" (a judgement), not "is clearly visible" (manner)."""
    adverbs = [t for t in span if t.pos_ == "ADV"]
    return bool(adverbs) and stance_adverb(span.doc[adverbs[0].i : adverbs[0].i + 1])


@sense_rule("loaded", "dazzled_by")
def _dazzled_by(span: Span, loaded_tokens: set[int]) -> bool:
    """ "his head has been turned by the bright lights" (a lure); not "the patient's head
    was turned by nurses" (people doing it for real)."""
    by = span[-1]
    lures = [c for c in by.children if c.dep_ == "pobj"]
    return bool(lures) and not any(is_person(o, default_lexicon()) for o in lures)


@sense_rule("loaded", "denied_predicate")
def _denied_predicate(span: Span, loaded_tokens: set[int]) -> bool:
    """ "appears to be nothing of the kind", "was anything but independent" (what
    something is, or what someone did); not a subject ("Nothing of the kind has
    happened")."""
    return span[0].dep_ not in ("nsubj", "nsubjpass")


#: Things that are struck, slammed or blasted for real: "slammed the door".
PHYSICAL_OBJECTS = lexicon.word_set("loaded_senses", "physical_objects")
#: Words after a verb of striking that make the blow real.
LITERAL_PARTICLES = lexicon.word_set("loaded_senses", "literal_particles")
#: Forces of nature and machines as subjects: "the storm blasted the coast".
NATURE_SUBJECTS = lexicon.word_set("loaded_senses", "nature_subjects")
#: Scores and shots in a game: "hammered five sixes" is the play itself.
SPORT_SCORES = lexicon.word_set("loaded_senses", "sport_scores")
#: Heads that make "outright" plain: "bought the mill outright", "an outright majority".
PLAIN_OUTRIGHT = lexicon.word_set("loaded_senses", "plain_outright")
#: Amounts and economic figures whose rise or fall can be dramatised ("shares plunged").
ECONOMIC_WORDS = lexicon.word_set("loaded_senses", "economic_words")
#: Services a council or firm can close: "axed two of the town's pools".
PUBLIC_SERVICES = lexicon.word_set("loaded_senses", "public_services")
#: Words of policy and politics that make "regime" a label of a government.
POLITICAL_REGIME_WORDS = lexicon.word_set("loaded_senses", "political_regime_words")
#: A regime of rules, treatment or exercise, not a government.
TECHNICAL_REGIMES = lexicon.word_set("loaded_senses", "technical_regimes")
#: Heads an exaggerating amplifier leaves alone: measure words ("vary wildly").
MEASURE_HEADS = lexicon.word_set("loaded_senses", "measure_heads")


def _nature(subject) -> bool:
    """A force of nature as the subject: "the storm", or one with a name ("Storm Eldra",
    "Hurricane Ada", "the Ness wildfire")."""
    words = [subject] + [c for c in subject.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in NATURE_SUBJECTS for t in words)


@sense_rule("loaded", "criticism")
def _criticism(span: Span, loaded_tokens: set[int]) -> bool:
    """ "slammed the plan", "tore into the minister": words as blows, not a real blow
    ("slammed the door", "slammed into a wall", "blasted the ball", "the storm blasted")."""
    verb = span[0]
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in LITERAL_PARTICLES and span[-1].lower_ != "into":
        return False  # "slammed into a wall", "slammed shut", "blasted home"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _nature(subject):
        return False
    if subject is not None and subject.lemma_.lower() in PHYSICAL_OBJECTS:
        return False  # "the door slammed behind him": a thing, not words, hit something
    agent = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
    if any(t.lemma_.lower() in NATURE_SUBJECTS for t in agent):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if span[-1].lower_ == "into":
        objects += [c for c in span[-1].children if c.dep_ == "pobj"]
        nxt = doc[span.end : span.end + 3]
        objects += [t for t in nxt if t.pos_ == "NOUN"]
    if any(o.lemma_.lower() in SPORT_SCORES for o in objects):
        return False  # "hammered five sixes", "blasted a penalty over the bar": the game
    return not any(o.lemma_.lower() in PHYSICAL_OBJECTS | STRAINED_THINGS for o in objects)


@sense_rule("loaded", "not_plain_outright")
def _not_plain_outright(span: Span, loaded_tokens: set[int]) -> bool:
    """ "an outright lie", "outright contempt": scorn pushed to an extreme; not a whole
    purchase, ownership, win or ban ("bought the mill outright", "won outright", "an
    outright majority"), where "outright" only says "in full"."""
    head = span[-1].head
    heads = [head, head.head] if head.dep_ in ("xcomp", "conj") else [head]
    return not any(h.lemma_.lower() in PLAIN_OUTRIGHT for h in heads)


def caps_header(sent: Span) -> bool:
    """A box header or caption in capitals that addresses the reader with no subject of
    its own ("WORRIED ABOUT A STRAY ANIMAL?", "NEED HELP?"): a signpost to the box below,
    not a claim or a rhetorical question in the writer's running voice. A capitals line
    with a subject ("IS ANYONE REALLY SURPRISED?") is still read as one."""
    doc, i, j = sent.doc, sent.start, sent.end
    letters = doc_array(doc, IS_ALPHA)[i:j] != 0  # (the word flags as arrays: no Token a word)
    n = int(letters.sum())
    if n == 1:
        return heading_over_list(sent)
    if n < 2 or n > 10 or not doc_array(doc, IS_UPPER)[i:j][letters].all():
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in sent)


def heading_over_list(sent: Span) -> bool:
    """One word in capitals set over a list on the same line: "RESULTS. Open championship:
    1 ...", "FIXTURES. Saturday: ...". A section label (furniture), not a one-word
    verdict; "Progress." after a sentence, or a capitals word with no list after it,
    is still read as a comment."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) != 1 or not words[0].is_upper or len(words[0].text) < 3:
        return False
    after = sent.doc[sent.end : min(len(sent.doc), sent.end + 30)]
    line = after.text.split("\n", 1)[0]  # (the rest of the paragraph's line)
    return ":" in line


@sense_rule("loaded", "not_denied")
def _not_denied(span: Span, loaded_tokens: set[int]) -> bool:
    """A charge made, not one named to be denied in a contrast: "careful, not
    extravagant" and "modest, not lavish" reject the word ("not" hangs on the word
    itself); "a lavish refit" and "the refit was lavish" use it."""
    return not any(c.dep_ == "neg" for t in span for c in t.children)


@sense_rule("loaded", "not_exhibit")
def _not_exhibit(span: Span, loaded_tokens: set[int]) -> bool:
    """ "This shows that ...", "it proves ...": a conclusion told as proven; not a
    cinema or a gallery that shows a film or a painting ("It shows 300 films a year"),
    nor a photograph's scene ("It shows the mayor being pushed in")."""
    return not any(exhibits(t) or depicts(t) for t in span if t.pos_ in ("VERB", "AUX"))


@sense_rule("loaded", "whole_idiom")
def _whole_idiom(span: Span, loaded_tokens: set[int]) -> bool:
    """A stock idiom stands on its own; one whose last noun runs on into a longer noun
    is another phrase: "found dead in the water butt" (a death in a water butt, not
    "dead in the water"), "a red rag trader"."""
    last = span[-1]
    return not (
        last.pos_ in ("NOUN", "PROPN")
        and last.dep_ == "compound"
        and last.head.i >= span.end
        and last.head.pos_ in ("NOUN", "PROPN")
    )


@sense_rule("loaded", "actor_subject")
def _actor_subject(span: Span, loaded_tokens: set[int]) -> bool:
    """ "the government caved in": people or bodies giving way, not "the roof caved in"."""
    verb = span[0]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if subject.lower_ in ("he", "she", "they", "we", "i", "who"):
        return True
    return subject.lemma_.lower() in ACTOR_NOUNS


#: People and bodies that can give way under pressure.
ACTOR_NOUNS = lexicon.word_set("loaded_senses", "actor_nouns")


@sense_rule("loaded", "market_move")
def _market_move(span: Span, loaded_tokens: set[int]) -> bool:
    """ "shares plunged", "slashed prices": a figure dramatised, not "the car plunged
    into the river", "temperatures plunged" or "slashed his arm"."""
    verb = span[0]
    deps = ("dobj", "nsubjpass") if verb.lemma_ in ("slash", "axe", "ax", "gut") else (
        "nsubj", "nsubjpass")  # fmt: skip
    heads = [c for c in verb.children if c.dep_ in deps]
    if not heads and verb.dep_ == "conj":
        heads = [c for c in verb.head.children if c.dep_ in deps]
    for head in heads:
        if head.lemma_.lower() in ECONOMIC_WORDS:
            return True
        if verb.lemma_ in ("axe", "ax") and any(
            t.lemma_.lower() in PUBLIC_SERVICES for t in head.subtree
        ):
            return True  # "axed two pools", not "axed the old oak"
        if any(t.lemma_.lower() in ECONOMIC_WORDS for t in head.subtree):
            return True
        if head.ent_type_ == "ORG" and any(
            t.like_num or t.ent_type_ in ("PERCENT", "MONEY")
            for t in verb.doc[verb.i + 1 : verb.i + 5]
        ):
            return True  # "Fernvale plunged 12%"
    return False


@sense_rule("loaded", "political_regime")
def _political_regime(span: Span, loaded_tokens: set[int]) -> bool:
    """ "the regime jailed protesters", "the Orsenian regime"; not a regime of rules or
    treatment ("the tax regime", "a strict training regime")."""
    tok = span[0]
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(m.lemma_.lower() in TECHNICAL_REGIMES for m in modifiers):
        return False
    if any(m.tag_ in ("NN", "NNS") and m.dep_ == "compound" for m in modifiers):
        return False  # "the sanctions regime", "a watering regime"
    if any(m.ent_type_ in ("NORP", "GPE", "PERSON") or m.tag_ == "NNP" for m in modifiers):
        return True
    return any(t.lemma_.lower() in POLITICAL_REGIME_WORDS for t in sentence_of(span))


@sense_rule("loaded", "not_named_event")
def _not_named_event(span: Span, loaded_tokens: set[int]) -> bool:
    """ "a scandal" as a verdict, not the name of an event ("the expenses scandal",
    "the phone-hacking scandal"), which is how the event is known."""
    tok = span[0]
    return not any(
        c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and c.tag_ in ("NNP", "VBG"))
        for c in tok.children
    )


@sense_rule("loaded", "not_a_war")
def _not_a_war(span: Span, loaded_tokens: set[int]) -> bool:
    """ "a war on motorists" (a metaphor), not a real war on a country or people."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "the" and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    return nxt is None or not (nxt.tag_ in ("NNP", "NNPS") or nxt.ent_type_ in NAME_ENTITIES)


@sense_rule("loaded", "not_modifier")
def _not_modifier(span: Span, loaded_tokens: set[int]) -> bool:
    """A noun standing for people ("the elite"), not a modifier ("elite athletes")."""
    return span[-1].dep_ not in ("compound", "amod", "nmod") and span[-1].pos_ == "NOUN"


@sense_rule("loaded", "noun_ends_phrase")
def _noun_ends_phrase(span: Span, loaded_tokens: set[int]) -> bool:
    """ "the board lost its head" (the idiom's noun ends the phrase), not "the school lost
    its head of science" (the noun goes on with "of": a job title or a part of a thing).
    Not for idioms that take "of" themselves ("a hornets' nest of complaints")."""
    doc = span.doc
    return not (span.end < len(doc) and doc[span.end].lower_ == "of")


@sense_rule("loaded", "amplifies_evaluation")
def _amplifies_evaluation(span: Span, loaded_tokens: set[int]) -> bool:
    """ "hugely popular", "wildly optimistic": an exaggerating amplifier of a judgement,
    not of a measure ("vary wildly", "massively multiplayer")."""
    head = span[-1].head
    if head.i in loaded_tokens:
        return True
    if head.lemma_.lower() in MEASURE_HEADS or head.lower_ in MEASURE_HEADS:
        return False
    return head.pos_ in ("ADJ", "VERB", "ADV") and head is not span[-1]


@sense_rule("loaded", "amplifies_adjective")
def _amplifies_adjective(span: Span, loaded_tokens: set[int]) -> bool:
    """A manner-or-degree adverb as degree: before an adjective ("thoroughly ashamed",
    "relentlessly upbeat") or a loaded word; not as manner of a verb ("thoroughly
    tested", "campaigned relentlessly") or of a measure."""
    head = span[-1].head
    if head.i in loaded_tokens:
        return True
    if head.lemma_.lower() in MEASURE_HEADS or head.lower_ in MEASURE_HEADS:
        return False
    return head.tag_ == "JJ" and head.i > span[-1].i


RULES = rules_for("loaded")  # filled by the @sense_rule functions above


@sense_rule("loaded", "emphatic_aside")
def _emphatic_aside(span: Span, loaded_tokens: set[int]) -> bool:
    """ "She is, quite simply, the best", "is quite simply the best": emphasis set off by
    commas or before a noun phrase; not manner ("spoke quite simply to the children")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if (before is not None and before.text == ",") or (after is not None and after.text == ","):
        return True
    return after is not None and after.pos_ in ("DET", "NUM", "ADJ")


DOUBLE_QUOTES = {'"', "“", "”"}  # (not shared.QUOTE_MARKS: apostrophes are no quotes here)
#: Verbs that name what was said as something ("called the plan nonsense").
NAMING_VERBS = {"call", "dismiss", "brand", "label", "describe", "deem", "term"}
#: Dismissal nouns whose literal sense (waste) is common: only in quotation marks or
#: after a naming verb, never after "this"/"such".
LITERAL_WASTE = {"rubbish", "garbage", "bilge", "tripe", "waste"}


def _inside_quotes(tok) -> bool:
    """An odd number of quotation marks between the paragraph start and the token (a
    quotation may run over several sentences of its paragraph)."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    return sum(text.count(q, start, tok.idx) for q in DOUBLE_QUOTES) % 2 == 1


@sense_rule("loaded", "dismissal_word")
def _dismissal_word(span: Span, loaded_tokens: set[int]) -> bool:
    """Talk dismissed as worthless: inside a partial quote ('said the claim was
    "nonsense"'), named by a verb ("called the plan hogwash") or pointed at
    ("this drivel"); not the writer's bare verdict ("The plan is nonsense.", a claim the
    verdict rules mark whole) nor waste ("the rubbish was collected")."""
    tok = span[-1]
    if _inside_quotes(tok):
        return True
    if tok.dep_ in ("oprd", "dobj", "attr", "pobj") and any(
        h.lemma_.lower() in NAMING_VERBS for h in (tok.head, tok.head.head)
    ):
        return True
    return tok.lemma_.lower() not in LITERAL_WASTE and any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "such") for c in tok.children
    )


@sense_rule("loaded", "closing_emphasis")
def _closing_emphasis(span: Span, loaded_tokens: set[int]) -> bool:
    """ "It was spite, pure and simple": a tag after a comma that follows a noun phrase,
    shutting out doubt, in the writer's voice; not a list of adjectives ("clean, pure and
    simple lines"). Inside a quotation ("This is theft, pure and simple," she said) the
    keys score such a tag as the speaker's booster, so the loaded lens leaves it there."""
    doc = span.doc
    if _inside_quotes(span[0]):
        return False
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    if doc[span.start - 2].pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return span.end >= len(doc) or doc[span.end].is_punct or doc[span.end].pos_ == "CCONJ"


GRAB_OBJECTS = lexicon.word_set("loaded_senses", "grab_objects")
GRAB_PARTICLES = {"on", "onto", "upon", "in", "to"}


@sense_rule("loaded", "opportunist_grab")
def _opportunist_grab(span: Span, loaded_tokens: set[int]) -> bool:
    """ "seized on the findings", "latched on to it", "cashed in on the shortage": a
    person or body (not an animal) grabbing, right after the verb, at something said,
    found or going on (kit/lexicons/loaded_senses.yaml: grab_objects, or "it"/"this"/
    "that"); not "seized the boat on Friday", "jumped on the train"."""
    verb = span[0]
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and i <= verb.i + 3 and doc[i].lower_ in GRAB_PARTICLES:
        i += 1
    if i == verb.i + 1 or doc[verb.i + 1].lower_ not in ("on", "onto", "upon", "in"):
        return False
    if verb.lemma_.lower() == "cash" and doc[verb.i + 1].lower_ != "in":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_.lower() == "cash" and (i >= len(doc) or doc[i].is_punct):
        # "The fat cat has cashed in.": profit told as a grab, said of a person (or of
        # one already called names), with nothing after it
        lex = default_lexicon()
        labels = lex.set_of("people_label")
        return any(
            is_person(s, lex) or s.i in loaded_tokens or s.lemma_.lower() in labels
            or doc[s.left_edge.i : s.i + 1].text.lower().removeprefix("the ") in labels
            for s in subjects
        )
    if i >= len(doc):
        return False
    obj = doc[i] if doc[i].pos_ in ("NOUN", "PRON") else doc[i].head
    awarded = default_lexicon().set_of("award_noun")  # (quotesAG) "swooped on the franchise"
    lemma = obj.lemma_.lower()
    if not (obj.lower_ in ("it", "this", "that") or lemma in GRAB_OBJECTS or lemma in awarded):
        return False
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(is_person(s, default_lexicon()) for s in subjects)

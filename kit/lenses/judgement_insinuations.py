"""Insinuations slipped into a clause about a person or body (issue 11, asidesAE; word
classes in ``kit/lexicons/judgement_insinuations.yaml``).

A plain sentence ("X told the paper ...", "The firm has been asking about the lease")
can carry, in a relative clause, an apposition or a participle phrase about its subject,
an aside in the writer's own voice that discredits them or hints at a motive. The aside
is the claim, not the sentence: its voice is tested on the clause alone (``ASIDE_RULES``
in :mod:`kit.lenses.loaded`), so a reporting verb elsewhere in the sentence does not
make it reported. :func:`insinuating_asides` marks such a clause when it holds one of
these markers of insinuation:

- a coincidence the writer winks at: "PageHaus, the chain that just happens to be eyeing
  the unit next door"; "sits on two boards and, by happy accident, on a committee with
  the chief executive" (not "a nurse who happens to live nearby": a plain coincidence);
- "never" over a whole life, or with the writer's own guess or inference: "who have
  never had to drive a van in their lives", "a man who has never, as far as I can tell,
  bought a book", "who has apparently never been to a match" (not "who has never
  missed a meeting in her life": never failing is a record, not a sneer; not "who has
  never been to Leeds": no whole life, no guess);
- a price tag on a private possession: "a teacher who rides a £4,000 bike to her
  allotment" (not "a firm that won a £4m contract", "who bought a £300,000 house": a
  contract or a home is news, not a lifestyle);
- the deciders called the owner's friends: "a bonus of £740,000, handed to him by a
  committee of his old friends" (not "who went walking with his old friends");
- a count of photo opportunities: "who has posed for photographs at the school twice
  since the election" (not "a model who posed for photographs for the catalogue");
- luck credited with a wink on a gain (asidesAF): "who, by the purest good fortune, won
  the contract", "whose firm, by a coincidence nobody has explained, received a grant",
  "who conveniently owns the field beside the road" (not "a walker who, by chance, found
  the ring": no wink, no gain; not "who luckily won the raffle": luck is all there is);
- unfitness to judge (asidesAF): "three men who between them have not run a dog at a
  trial since the 1990s", "a former banker who by his own account has never set foot in a
  school", or "not ... since" a date in an aside on someone who decides (not "who between
  them have run the club for 60 years", not a record of never failing, not a quote);
- a body's own spending set against what it says (asidesAF): "The council, which spent
  £3 million on a new car park last year, said it had no money for the pier" (not "which
  spent £3m on repairs last year, said the work was done": a figure with no want set
  against it, or the upkeep of the thing itself).

- the writer's sketch of a speaker or decider (asidesAG): "the director, a man whose
  own children, I am reliably told, attend a school with no uniform, said", "a gentleman
  who drives to work in a car paid for by the fares of pensioners" (a bare word for a
  person set off as an apposition, turning on a lack, their own lot, their quoted words or
  what others pay for them; not "the captain, a man who has played for the club since
  1998", nor a witness "who did not want to be named");
- a body's own cut set against the credit it takes (asidesAG): "The council, which
  halved the grant last year, sent the mayor to present the trophy" (not "which cut the
  grant in 2019, restored it this year"); its spending above also counts against an
  unanswered question of money ("has yet to say how the repair will be paid for").

- the sketch's devices (asidesAH): the writer reads the person's mind ("a man whose idea
  of a day out appears to be a queue at a till"), pins an interest to the moment it paid
  ("who discovered the harbour about the time it became profitable", "roughly once every
  four years"), or shrinks a record to one small thing ("whose entire career consists of
  judging the cake stall"); not "who opened the cafe about the time the pier reopened in
  2003" (a dated chronology), nor "whose whole family runs the farm";
- a tie to another party (asidesAH): "whose chairman once shared a flat with the
  council's chief executive", "three of whose five members sit on the branch of the
  mayor's party", "whose firm sold the tractor that won" (not "whose father founded the
  club": nobody else in it; not "whose husband manages the band's tour": a thing);
- spending set against the same spending refused (asidesAH): "The council, which found
  £4,000 for a flagpole, says it cannot find £900 for a footpath".

- an interest set beside the act (asidesAI): a feigned coincidence, "whose brewery
  happens to sponsor the winners" (plain "happens to", or "coincidentally", on a holding,
  a payment or a relative, about anyone; not "a nurse who happens to live nearby"); in an
  aside on someone who speaks or decides, an interest timed to the event, "a man who took
  up the cause the week his brother bought the site", "which signed a supply deal during the
  talks", "who found a love of the sport the moment it became profitable" (a relative,
  a contract or a gain, timed by a moment that opens a clause, by "during" an event the
  story is about, or by "days after"; not "who opened the cafe the year the pier reopened
  in 2003"); a relative's holding, "whose son's firm holds the catering contract" (not
  "whose family yard will do the work"); money the owner took, set beside what the
  sentence has them say or do about money, "The diocese, which sold the palace for £5
  million, has pledged £50,000" (not a cost borne, "a trader who paid £400 for a pitch");
  a seat with another party, "who now sits on Brightco's advisory board" (a firm the
  story names elsewhere; not "who sits on the city's planning board").

- a judgement of the person in passing, set against time (asidesAJ): a stretch of the
  record summed up as talk alone, "a woman who spent two years promising 'no surprises'",
  "which has spent the summer arguing with itself" ("spend", a stretch of time and a verb
  of talk; not "who spent twenty years running the unit", "spent years campaigning for the
  hall", "spent the week arguing the case"); a sudden interest pinned to the occasion it
  served, "who discovered rural buses roughly when the by-election was called", "on the
  morning the cameras arrived", "only when she needed a stage" (not "who discovered the
  body when she left the path", "who discovered the leak in 2019"); a gain set against a
  loss to others by "while", "which paid its shareholders a record dividend while
  postponing the repairs", "which cut the cleaning budget while spending freely on signs"
  (not "who worked nights while raising three children", "which raised £2m while the
  market fell").

- the writer's asides of scorn beside a name (asidesAT): a photo-opportunity counted or
  dwelt on, "who has spent the summer posing for photographs", "who has been photographed
  at the developer's lodge on three occasions" (not "a model who has posed for photographs
  for the catalogue", "who was photographed at the opening"); a private comfort as the
  means of an active verb, "a man who commutes to town by helicopter", "who arrived in a
  motorcade", "who drives his own children to a private school" (not "who was airlifted by
  helicopter", "who sends her children to the village school"); a found passion timed by
  an approximator, "who discovered a passion for cricket roughly a month after losing his
  seat" (not "who discovered the leak about a week after moving in"); "never in fourteen
  years" (not "never in thirty years missed a morning"); a foreign source of money and
  nothing else, "a pressure group funded largely from abroad" (not "funded by several
  neighbouring councils"); the revolving door measured, "who left the ministry in 2023 and
  won the ferry contract nine weeks later" (not "joined the charity two years later"); a
  whole voting record swept one way on someone who speaks, "who has voted against every
  hospital budget since 2021" (not "who voted against the plan").

:func:`conflicted_decisions` marks a whole sentence: a conflict of interest stated flatly
and left for the reader, "The trustees, whose chairman owns the yard that will do the
work, approved the contract" (not "X, whose family yard will do the work, said ...": no
decision beside it).

A plain description of the same shape is left alone: "a retired teacher who has lived in
the town since 1990", "the chain, which has 40 shops".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import numpy as np
from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    phrase_end,
)
from kit.lenses.judgement_mockery import mock_feats, mock_portraits
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    verdict_lexicon,
)
from kit.lenses.shared import doc_array
from kit.lenses.wordlists import sentence_of


@cache
def insinuation_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_insinuations.yaml (read once)."""
    return verdict_lexicon("judgement_insinuations")


#: Named things that own an aside besides people: organisations, places, works.
OWNER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
#: The relative word of a tie: "whose chairman shared a flat with ...".
WHOSE = frozenset({"whose"})
#: Emphatic pronouns after a name: "Ms Vole herself, who ...".
EMPHATIC = frozenset({"himself", "herself", "themselves", "itself"})
#: Words that end a clause inside a sentence.
STOPS = frozenset({";", ":", "—", "–", "(", ")"})
#: Words that join a second verb or phrase inside a clause: "who chairs X and has posed".
JOINS = frozenset({"and", "but"})
#: Rare words of the coincidence phrases, to find them cheaply.
COINCIDENCE_ANCHORS = frozenset(
    {"happen", "happens", "happened", "accident", "coincidence", "luck", "funnily", "chance"}
)
#: The forms of "happen" in a feigned coincidence: "whose firm happens to sponsor ...".
HAPPEN = frozenset({"happens", "happened", "happen"})
#: Words before "happens to" that make it a set phrase of the "coincidence" kind.
HAPPEN_SET = frozenset({"just", "so"})
#: Seats a person holds with another party: "who sits on Brightco's advisory board".
SEATS = frozenset({"board", "payroll"})
#: Kinds whose explanation is another kind's.
_NOTE_OF = {"lapse": "fitness", "minimal": "fitness", "seat": "tie"}
#: Adverbs that give an aside's content a source of its own: "who reportedly earns ...".
REPORTED = frozenset({"reportedly", "allegedly", "reputedly", "supposedly", "purportedly"})
#: The word that sets a gain against a loss: "paid a dividend while postponing repairs".
WHILE = frozenset({"while", "whilst"})
#: Verbs of making a thing dearer: "while raising prices twice".
RAISE = frozenset({"raise", "increase", "hike", "double", "treble", "put"})
#: Kinds whose mark takes in the bare noun the aside hangs on: "a woman who ...".
SKETCHES = frozenset({"portrait", "talk", "discovery", "lifestyle", "revolving"})
#: The forms of "spend" a spell of talk hangs on: "who spent two years promising".
SPEND = frozenset({"spend", "spent", "spends", "spending"})
#: Verbs of a sudden interest: "who discovered the seaside roughly when ...".
DISCOVER = frozenset({"discover", "discovered", "discovers", "rediscover", "rediscovered"})
#: The words that time a clause to another: "roughly when", "only after".
WHEN_WORDS = frozenset({"when", "before", "after", "once", "as"})
#: The preposition that times an act to an event: "during the talks".
DURING = frozenset({"during"})
#: Words that time an act to an event after a measure: "days after", "weeks before".
AFTER_BEFORE = frozenset({"after", "before"})
#: Determiners of a moment an act is timed to: "the week ...", "that very day ...".
MOMENT_DETS = frozenset({"the", "that", "same", "very"})
#: Words that may stand between a moment and the clause on it: "the week that ...".
MOMENT_LINKS = frozenset({"that", "when", "in", "which"})
#: Relative words that open an aside ("whom" only after a quantifier: "many of whom").
RELATIVES = frozenset({"who", "whose", "which", "that", "whom"})
#: Words of negation that make an aside a lack: "have not run", "has never sat".
NEGATIONS = frozenset({"not", "n't", "never"})
#: Quotation marks: a lack in quotation marks is the owner's own words.
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
#: Words that say nobody has explained a coincidence: "a coincidence nobody has explained".
NOBODY = frozenset({"nobody", "none", "no-one"})
#: The last words of "by his own account", "by her own admission".
OWN_WORDS = frozenset({"account", "admission"})
#: Currency signs of a price tag.
CURRENCY = frozenset({"£", "$", "€", "¥"})
#: Possessives that make friends someone's own: "his old friends".
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})
#: The writer's own guess in an aside ("as far as I can tell", "to our knowledge").
GUESSES = frozenset(
    {
        "to my knowledge", "to our knowledge", "as far as i know", "as far as we know",
        "as far as i can tell", "as far as we can tell", "as far as i can see",
        "as far as we can see", "so far as i know", "so far as we know",
        "as far as anyone can tell", "as far as anyone knows", "so far as anyone knows",
        "as far as i am aware", "as far as we are aware", "i suspect", "we suspect",
        "i imagine", "we imagine", "i gather", "we gather", "i'd wager", "i would wager",
        # the writer's own hearsay (asidesAG): "whose own children, I am reliably told, ..."
        "i am told", "i'm told", "i am reliably told", "i'm reliably told", "we are told",
        "we are reliably told", "i hear", "we hear", "i understand", "we understand",
    }
)  # fmt: skip

#: Adverbs of evidence that state the writer's inference as known: "has apparently never",
#: "has presumably never needed to" (asidesAG: the writer's guess told as likely).
EVIDENT = frozenset(
    {"apparently", "evidently", "clearly", "plainly", "obviously", "presumably", "doubtless",
     "somehow"}
)  # fmt: skip
# ("has somehow never published it": the writer's disbelief that a failure was innocent)
#: A word each of those guesses holds.
GUESS_WORDS = frozenset(
    {"knowledge", "far", "suspect", "imagine", "gather", "wager", "told", "hear", "understand"}
)

NOTES = {
    "coincidence": (
        "winks at a coincidence the writer does not believe: it hints that {who} acted "
        "for their own gain, without saying so or showing it.",
        "(state the facts and who links them, or leave the hint out)",
    ),
    "never": (
        "claims to know what {who} has never done, an aside in the writer's own voice that "
        "discredits them before the reader hears them.",
        "(say what they do, or leave the aside out)",
    ),
    "price": (
        "puts a price tag on a private possession of {who}, an aside that invites the "
        "reader to think them rich and out of touch without saying so.",
        "(leave the price out, or say why it matters to the story)",
    ),
    "friends": (
        "calls the people who decided the owner's friends: it insinuates favouritism as "
        "fact, with no source.",
        "(name the body, and say how its members were chosen and by whom)",
    ),
    "luck": (
        "credits what {who} gained to luck or coincidence, with a wink: it hints that they "
        "were favoured, without saying so or showing it.",
        "(say how the decision was made and by whom, or leave the hint out)",
    ),
    "fitness": (
        "points to a gap in the record of {who}, an aside in the writer's own voice that "
        "questions their fitness to judge before the reader hears what they decided or said.",
        "(give their role and record plainly, or leave the aside out)",
    ),
    "spending": (
        "sets {who}'s own spending beside what the sentence reports them saying or "
        "deciding about money: a juxtaposition that insinuates hypocrisy, with no source.",
        "(give the spending in its own sentence, with what they say about it)",
    ),
    "cut": (
        "sets {who}'s own cut beside the credit the sentence reports them taking: a "
        "juxtaposition that insinuates hypocrisy, with no source.",
        "(give the cut in its own sentence, with what they say about it)",
    ),
    "tie": (
        "ties {who}'s own people or firm to another party in the story, set down as fact "
        "with no comment: it hints at favour or a conflict of interest without saying so "
        "or showing it.",
        "(say whether the tie was declared and what the rules require, and who says so)",
    ),
    "portrait": (
        "sketches {who} in the writer's own voice, between them and what they said or "
        "decided: the sketch hints at their motive or unfitness, with no source.",
        "(give their role plainly, or leave the sketch out)",
    ),
    "feigned": (
        "feigns a coincidence: the writer places an interest of {who} beside what they "
        "say or decide, so you infer a motive; the text gives no source for one.",
        "(state the interest plainly, say whether it was declared, and who raises it)",
    ),
    "timed": (
        "times an act of {who} to a gain of their own or of someone close to them: the "
        "writer places the two side by side so you infer a motive; the text gives no "
        "source for one.",
        "(give each date in its own sentence, with who links them, or leave the hint out)",
    ),
    "kin": (
        "places an interest held by {who}'s own family or firm beside what they say or "
        "decide, so you infer a motive; the text gives no source for one.",
        "(say whether the interest was declared and what the rules require, and who "
        "says so)",
    ),
    "takings": (
        "sets money {who} took beside what the sentence reports them saying or doing "
        "about money: the writer places the two side by side so you infer hypocrisy or "
        "greed; the text gives no source for one.",
        "(give the figure in its own sentence, with what they say about it)",
    ),
    "talk": (
        "sums up a stretch of {who}'s record as talk alone: the writer adds a judgement "
        "of the person in passing, setting their past words against what they do now, "
        "with no source.",
        "(say what they said and did, with dates, or leave the aside out)",
    ),
    "contrast": (
        "sets what {who} took or spent beside a loss to others, joined by 'while': the "
        "writer places the two side by side so you judge them in passing; the text gives "
        "no source for the link.",
        "(give each fact in its own sentence, with who links them)",
    ),
    "discovery": (
        "pins {who}'s new interest to the occasion it served: the writer adds a "
        "judgement of the person in passing, hinting that the interest is for show, "
        "with no source.",
        "(give the dates plainly, with who links them, or leave the hint out)",
    ),
    "photos": (
        "counts the times {who} posed for the cameras, or the time they spent on it, "
        "insinuating they come for the publicity and not the cause.",
        "(say what they did there)",
    ),
    "votes": (
        "sweeps {who}'s whole voting record into one direction, told as background before "
        "the reader hears them: it hints they oppose or back things by reflex, or now say "
        "the opposite; the text gives no source for the hint.",
        "(give the votes that bear on the story, with dates, or leave the aside out)",
    ),
    "revolving": (
        "measures the gap between {who} leaving a public post and winning a deal: the "
        "writer places the two side by side so you infer the post paid for the deal; the "
        "text gives no source for the link.",
        "(give each date in its own sentence, with who links them and what the rules "
        "require, or leave the hint out)",
    ),
    "funding": (
        "gives {who}'s money a foreign source and nothing else, an aside in the writer's "
        "own voice that hints they speak for outsiders, before the reader hears what they "
        "said; the text gives no source for the hint.",
        "(say who funds them and how much, with a source, or leave the aside out)",
    ),
    "lifestyle": (
        "sets a private comfort of {who} (a helicopter, a motorcade, a private school) "
        "beside their public role, an aside in the writer's own voice that invites the "
        "reader to think them rich and out of touch without saying so.",
        "(leave the detail out, or say why it matters to the story and who raises it)",
    ),
}


def insinuating_asides(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A relative clause, apposition or participle phrase about a person or body that
    holds a marker of insinuation (see the module)."""
    lex, vx = lex or default_lexicon(), insinuation_lexicon()
    seen: set[int] = set()
    portraits: list[tuple[int, int]] | None = None
    for kind, marker in _markers(doc, vx):
        found = _clause(marker, kind, lex)
        if found is None:
            continue
        span, owner = found
        if span.start in seen:
            continue
        if kind in ("lapse", "spending", "portrait", "minimal") and not _judges(
            owner, vx, kind != "lapse"
        ):
            continue  # the aside is on nobody who decides or speaks in the sentence
        if kind in ("feigned", "timed", "kin", "takings", "seat", "revolving") and any(
            t.lower_ in REPORTED for t in span
        ):
            continue  # "who reportedly collects a bonus of £60,000": the aside has a source
        if kind == "takings" and not _money_set_against(span, owner, vx):
            continue
        if kind in ("seat", "timed", "kin", "revolving", "votes") and not _speaks_or_decides(
            owner, span, vx
        ):
            continue  # an interest beside the act of someone who speaks or decides
        if kind in ("feigned", "timed") and not _interest(span, marker, kind, vx):
            continue  # (a feigned coincidence on an interest is the insinuation by itself:
            # "Then there is the sponsor, whose brewery happens to employ the judge's son.")
        if kind == "portrait" and not _sketch_turns(span, vx):
            continue
        if kind == "cut" and not _credit_claimed(span, owner, vx):
            continue
        if kind == "luck" and not _gains(span, marker, vx):
            continue
        if kind == "spending" and not _set_against(span, vx):
            continue
        if kind in ("never", "fitness", "lapse", "portrait", "minimal"):
            if portraits is None:  # "a man who has never once ...": a mock portrait already
                # ("eight councillors who between them could not find ... with a map": a
                # mock feat already)
                portraits = [
                    (j.span.start, j.span.end)
                    for rule in (mock_portraits, mock_feats)
                    for j in rule(doc, lex)
                ]
            if any(a < span.end and span.start < b for a, b in portraits):
                continue
        if (
            kind in SKETCHES
            and owner is not None
            and owner.left_edge.i < span.start
            and (kind == "portrait" or owner.i == span.start - 1)
        ):
            span = doc[owner.left_edge.i : span.end]  # "a cheerful young man who ..."
        seen.add(span.start)
        why, neutral = NOTES[_NOTE_OF.get(kind, kind)]
        top = _apposed_to(owner) if owner is not None else None
        who = _named(top) if top is not None else "the person it describes"
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' {why.replace('{who}', who)}",
            neutral,
            "aside_insinuation",
        )
    for span, owner in _foreign_funding(doc, vx):
        if span.start in seen or not _judges(owner, vx, True):
            continue  # the funding of a body that neither speaks nor decides here
        seen.add(span.start)
        why, neutral = NOTES["funding"]
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' "
            f"{why.replace('{who}', _named(_apposed_to(owner)))}",
            neutral,
            "aside_insinuation",
        )


def _foreign_funding(doc: Doc, vx: VerdictLexicon) -> Iterator[tuple[Span, Token]]:
    """(asidesAT) "The Collective, a campaign group funded largely from abroad, claimed
    ...", "The institute, which is bankrolled by foreign donors, said ...": an apposition or
    relative clause on a body that gives its money a foreign source and nothing else, a
    hint that it speaks for outsiders. Not "a monitoring group funded by several
    neighbouring governments" (no foreign word), nor "a charity funded by the lottery"."""
    for verb in candidates(doc, vx["fund_verb"]):
        if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "relcl"):
            continue
        places = vx.category("foreign_source", "place")
        adjectives = vx.category("foreign_source", "adjective")
        foreign = any(
            (w.lower_ in places and w.dep_ in ("pobj", "pcomp", "advmod"))
            or (w.lower_ in adjectives and w.dep_ == "amod")
            for w in verb.subtree
        )
        noun = verb.head
        if not foreign or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if verb.dep_ == "acl":
            start = noun.left_edge.i  # "a campaign group funded ..."
            if noun.dep_ != "appos" or start == 0 or doc[start - 1].text != ",":
                continue
        else:
            rel = verb.left_edge  # "which is funded ..."
            if rel.lower_ not in RELATIVES or rel.i == 0 or doc[rel.i - 1].text != ",":
                continue
            start = rel.i
        end = verb.right_edge.i + 1
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
        yield doc[start:end], noun


# -- the markers -------------------------------------------------------------------------
def _markers(doc: Doc, vx: VerdictLexicon) -> Iterator[tuple[str, Token]]:
    """(kind, the marker's first token), in text order within each kind."""
    phrases = vx["coincidence"]
    for anchor in candidates(doc, COINCIDENCE_ANCHORS):
        for k in range(max(0, anchor.i - 3), anchor.i + 1):
            end = phrase_end(doc, k, phrases)
            if end is not None and end > anchor.i:
                yield "coincidence", doc[k]
                break
    for noun in candidates(doc, vx["luck_noun"]):
        by = _winked_luck(noun, vx)
        if by is not None:
            yield "luck", by
    for adverb in candidates(doc, vx["convenience_adverb"]):
        if adverb.pos_ == "ADV":
            yield "luck", adverb  # "who, conveniently, owns the field"
    for never in candidates(doc, frozenset({"never"})):
        if _never_marker(never, vx):
            yield "never", never
    yield from _unfit_markers(doc, vx)
    for verb in candidates(doc, vx["spend_verb"] | {"find", "found"}):
        if verb.pos_ == "VERB" and _spending(verb, vx):
            yield "spending", verb
    for verb in candidates(doc, vx["cut_verb"]):
        if verb.pos_ == "VERB" and _cutting(verb, vx):
            yield "cut", verb
    for rel in candidates(doc, frozenset({"who", "whose"})):
        if _portrait(rel, vx) and rel.i + 1 < len(doc):
            yield "portrait", doc[rel.i + 1]
    if any(True for _ in candidates(doc, WHOSE)):  # (the cheap test first)
        for verb in candidates(doc, vx["social_tie"]):
            if verb.pos_ in ("VERB", "AUX") and _tie_to_other(verb, vx):
                yield "tie", verb
    for happen in candidates(doc, HAPPEN):
        if _feigned(happen):
            yield "feigned", happen
    for adverb in candidates(doc, vx["feigned_adverb"]):
        if adverb.pos_ == "ADV":
            yield "feigned", adverb  # "whose firm, coincidentally, sponsors the team"
    yield from _timing_markers(doc, vx)
    for spend in candidates(doc, SPEND):
        if spend.pos_ == "VERB" and _talk_spell(spend, vx):
            yield "talk", spend
    for while_ in candidates(doc, WHILE):
        if _gain_against_loss(while_, vx):
            yield "contrast", while_
    for find in candidates(doc, DISCOVER):
        if find.pos_ == "VERB" and _timed_discovery(find, vx):
            yield "discovery", find
    for noun in candidates(doc, vx["interest_noun"]):
        if noun.pos_ == "NOUN" and _kin_holds(noun, vx):
            yield "kin", noun
    for board in candidates(doc, SEATS):
        if board.pos_ == "NOUN" and _seat_with_other(board, vx):
            yield "seat", board
    if candidates(doc, CURRENCY) or any(e.label_ == "MONEY" for e in doc.ents):
        for verb in candidates(doc, vx["take_verb"]):  # (a sum first: the cheap test)
            if verb.pos_ == "VERB" and _takings(verb, vx):
                yield "takings", verb
    for sign in candidates(doc, CURRENCY):
        if _price_tag(sign, vx):
            yield "price", sign
    for friend in candidates(doc, vx["friend_noun"]):
        if friend.pos_ == "NOUN" and _deciding_friends(friend, vx):
            yield "friends", friend
    for photo in candidates(doc, vx["photo_noun"]):
        if photo.pos_ == "NOUN" and _posed_count(photo, vx):
            yield "photos", photo
    for every in candidates(doc, vx["sweep_word"]):
        if _swept_votes(every, vx):
            yield "votes", every  # "who has voted against every border budget since 2022"
    for verb in candidates(doc, vx["photographed"]):
        if verb.tag_ == "VBN" and _photo_dwelt_on(verb, verb, vx):
            yield "photos", verb  # "who has been photographed there on four occasions"
    for noun in candidates(doc, vx["luxury_noun"]):
        if noun.pos_ == "NOUN" and _luxury(noun, vx):
            yield "lifestyle", noun


def _never_marker(never: Token, vx: VerdictLexicon) -> bool:
    """ "never ... in their lives", "never once", "never ever", or "never" beside the
    writer's own guess ("has never, to our knowledge, ..."), on a verb that is no failing."""
    doc = never.doc
    sent = sentence_of(never)
    after = doc[never.i + 1 : min(never.i + 16, sent.end)]
    stop = next((t.i for t in after if t.text in STOPS), None)
    if stop is not None:
        after = doc[never.i + 1 : stop]
    verb = next((t for t in after if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass")), None)
    if verb is not None and verb.lemma_.lower() in vx["failure_verb"]:
        return False  # "never missed a meeting in her life": a record, not a sneer
    nxt = next((t for t in after if not t.is_punct), None)
    if nxt is not None and nxt.lower_ in vx.category("whole_life", "once"):
        return True
    if nxt is not None and nxt.lower_ == "in" and nxt.i + 2 < sent.end:
        count, unit = doc[nxt.i + 1], doc[nxt.i + 2]
        if count.like_num and unit.lower_ in vx.category("whole_life", "span"):
            return True  # "who has never in eleven years shortened a speech" (asidesAT)
    if any(
        t.lower_ in vx.category("whole_life", "life")
        and any(c.dep_ == "poss" for c in t.children)
        for t in after
    ):
        return True
    near = doc[max(sent.start, never.i - 2) : min(never.i + 2, sent.end)]
    if any(t.lower_ in EVIDENT and t.pos_ == "ADV" for t in near):
        return True  # "who has apparently never attended a concert": the writer's inference
    window = doc[max(sent.start, never.i - 2) : min(never.i + 10, sent.end)]
    if not any(t.lower_ in GUESS_WORDS for t in window):
        return False  # (a cheap test before the phrases are matched)
    return any(phrase_end(doc, t.i, GUESSES) is not None for t in window)


def _winked_luck(noun: Token, vx: VerdictLexicon) -> Token | None:
    """ "by the purest good fortune", "by a coincidence nobody has explained": "by", a
    determiner and a word of luck with an adjective that winks, or a clause after it saying
    nobody explained it; the "by" that opens it (the set phrases are matched apart)."""
    doc = noun.doc
    k = noun.i - 1
    winks = False
    while k >= 0 and doc[k].pos_ in ("ADJ", "ADV") and k > noun.i - 4:
        winks = winks or doc[k].lower_ in vx["wink_adjective"]
        k -= 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 0 or doc[k].lower_ != "by":
        return None
    nxt = doc[noun.i + 1 : noun.i + 3]
    unexplained = len(nxt) > 0 and (
        nxt[0].lower_ in NOBODY or (len(nxt) == 2 and nxt.text.lower() == "no one")
    )
    return doc[k] if winks or unexplained else None


def _gains(span: Span, marker: Token, vx: VerdictLexicon) -> bool:
    """The clause credits luck with a gain: a verb of gaining after the marker ("won the
    contract", "received a grant"), or a coincidence nobody has explained."""
    doc = span.doc
    after = doc[marker.i : span.end]
    if any(t.lower_ in NOBODY or t.lower_ == "no" for t in after[:6]):
        return True
    if any(t.lemma_.lower() in vx["game_of_chance"] for t in after):
        return False  # "by good fortune, won the raffle": luck is all there is to it
    return any(
        t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in vx["gain_verb"] for t in after
    )


def _lack_after(doc: Doc, start: int, vx: VerdictLexicon, limit: int = 12) -> bool:
    """A negation in the words after ``start`` up to the clause's next comma or stop,
    on a verb that is no failing, and not inside quotation marks."""
    sent = sentence_of(doc[start])
    words = doc[start : min(start + limit, sent.end)]
    for t in words:
        if t.text in STOPS or t.text in QUOTES:
            return False
        if t.text == "," and t.i > start + 1 and doc[t.i - 1].lower_ not in OWN_WORDS:
            return False  # (the comma after "by his own account" opens the lack)
        if t.lower_ in NEGATIONS:
            verb = t.head if t.dep_ == "neg" else next(
                (w for w in doc[t.i + 1 : t.i + 4] if w.pos_ == "VERB"), t.head
            )
            if verb.lemma_.lower() in vx["failure_verb"]:
                return False  # "have never missed a season": a record
            return not (verb.i + 1 < len(doc) and doc[verb.i + 1].text in QUOTES)
    return False


def _unfit_markers(doc: Doc, vx: VerdictLexicon) -> Iterator[tuple[str, Token]]:
    """ "between them have not ...", "by his own account has never ...", and "not ...
    since" a date (kind "lapse": kept only on someone who decides)."""
    for between in candidates(doc, frozenset({"between"})):
        them = between.i + 1 < len(doc) and doc[between.i + 1].lower_ == "them"
        if them and _lack_after(doc, between.i + 2, vx):
            yield "fitness", between
    phrases = vx["own_account"]
    for word in candidates(doc, OWN_WORDS):
        start = word.i - 3
        own = start >= 0 and phrase_end(doc, start, phrases) == word.i + 1
        if own and _lack_after(doc, word.i + 1, vx):
            yield "fitness", doc[start]
    for much in candidates(doc, frozenset({"much"})):
        if _minimised_lack(much):
            yield "minimal", much
    for since in candidates(doc, frozenset({"since"})):
        obj = next((c for c in since.children if c.dep_ == "pobj"), None)
        if obj is None or not (obj.ent_type_ == "DATE" or obj.like_num):
            continue
        sent = sentence_of(since)
        for t in reversed(doc[max(sent.start, since.i - 10) : since.i]):
            if t.text in STOPS or t.text == "," or t.lower_ in RELATIVES:
                break
            if t.lower_ in NEGATIONS:
                if _lapse(t, vx):
                    yield "lapse", t
                break


def _minimised_lack(much: Token) -> bool:
    """ "who has not bought so much as a cabbage on the square": "not ... so much as" on
    an act of the aside's owner (a verb other than "have" or "be": "a village without so
    much as a shop" tells what a place lacks, not what a person failed to do)."""
    doc = much.doc
    i = much.i
    if i < 3 or i + 1 >= len(doc) or doc[i - 1].lower_ != "so" or doc[i + 1].lower_ != "as":
        return False
    sent = sentence_of(much)
    for t in reversed(doc[max(sent.start, i - 8) : i - 1]):
        if t.text in STOPS or t.text == "," or t.lower_ in RELATIVES:
            return False
        if t.pos_ == "VERB" and t.lemma_.lower() in ("have", "be"):
            return False
        if t.lower_ in NEGATIONS:
            return any(w.pos_ == "VERB" for w in doc[t.i + 1 : i - 1])
    return False


def _lapse(neg: Token, vx: VerdictLexicon) -> bool:
    """ "who have not set foot in the town since 2010": a negated act on a thing (an
    object or a place), no failing, in a clause about people ("who", a few words back);
    "which has not met since 2019" tells a body's record, not a person's unfitness."""
    verb = neg.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in vx["failure_verb"]:
        return False
    if not any(c.dep_ in ("dobj", "prep") for c in verb.children if c.lower_ != "since"):
        return False
    doc = neg.doc
    return any(t.lower_ == "who" for t in doc[max(0, neg.i - 6) : neg.i])


def _spending(verb: Token, vx: VerdictLexicon) -> bool:
    """ "spent £3 million on ...", "has found room for four new posts", "found £2m for":
    spending with a sum, or told as finding room or money for something."""
    doc = verb.doc
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "find":
        # "for" on the verb, or on the sum ("found [£4,000 for a noticeboard]")
        near = [*verb.children, *(c for o in objs for c in o.children)]
        if not any(c.dep_ == "prep" and c.lower_ == "for" for c in near):
            return False
        return any(
            o.lower_ in vx["spend_room"] or o.ent_type_ == "MONEY" or _has_sum(o) for o in objs
        )
    if verb.lemma_.lower() not in vx["spend_verb"]:
        return False
    window = doc[verb.i + 1 : min(verb.i + 6, len(doc))]
    return any(t.text in CURRENCY or t.ent_type_ == "MONEY" for t in window)


def _has_sum(tok: Token) -> bool:
    return any(t.text in CURRENCY for t in tok.subtree)


def _named_head(owner: Token) -> Token:
    """The word the aside's owner stands in for, up through appositions and
    conjuncts ("the chair, Ms X," -> "chair"), at most three steps."""
    tok = owner
    for _ in range(3):
        if tok.dep_ not in ("appos", "conj"):
            break
        tok = tok.head
    return tok


def _judges(owner: Token | None, vx: VerdictLexicon, speaks: bool) -> bool:
    """The aside's owner is the subject of the sentence's verb of deciding (or, with
    ``speaks``, of speaking): "The committee, three men who ..., chose"; "The council,
    which spent ..., said"."""
    if owner is None:
        return False
    tok = _named_head(owner)
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    for _ in range(3):
        lemma = verb.lemma_.lower()
        if lemma in vx["decision_verb"] or (speaks and lemma in vx["speech_verb"]):
            return True
        # "has yet to say", "declined to explain", "is expected to decide"; or the verb
        # joined after it ("..., go to a school with no homework, told parents": a parse
        # that took the aside's verb for the main one)
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "conj")), verb)
    return False


def _set_against(span: Span, vx: VerdictLexicon) -> bool:
    """The rest of the sentence speaks of a cut or of want ("said it had no money",
    "told staff the closure was painful"), and the spending is not on upkeep."""
    if any(t.lemma_.lower() in vx["upkeep"] or t.lower_ in vx["upkeep"] for t in span):
        return False
    sent = sentence_of(span[0])
    scarcity = vx["scarcity"]
    return any(
        t.lemma_.lower() in scarcity
        or t.lower_ in scarcity
        or (t.lemma_.lower() == "pay" and any(c.lower_ == "for" for c in t.children))
        or _refused_sum(t, vx)
        for t in span.doc[span.end : sent.end]
    )  # ("how the repair will be paid for": who pays is in question)


def _refused_sum(verb: Token, vx: VerdictLexicon) -> bool:
    """ "says it cannot find £1,200 for a fence", "will not spend £500 on the hall": the
    same kind of spending, refused, with a sum of its own (asidesAH)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vx["spend_verb"] | {"find"}:
        return False
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or _has_sum(c)) for c in verb.children)


def _cutting(verb: Token, vx: VerdictLexicon) -> bool:
    """ "halved the contest's grant", "cut its funding for the festival", "axed the
    subsidy": a verb of cutting whose object is money or a service given to others."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    return obj.lemma_.lower() in vx["funding_noun"] or obj.lower_ in vx["funding_noun"]


def _credit_claimed(span: Span, owner: Token | None, vx: VerdictLexicon) -> bool:
    """The main clause, after the aside, has the owner take credit for or celebrate the
    thing it cut: "The council, which halved the grant, sent the mayor to present the
    trophy"; not "The council, which cut the grant in 2019, restored it this year"."""
    if owner is None:
        return False
    tok = _named_head(owner)
    if tok.dep_ != "nsubj" or tok.head.i < span.end:
        return False
    main = tok.head
    credit = vx["credit_verb"]
    return any(
        t.lemma_.lower() in credit and t.pos_ == "VERB"
        for t in main.subtree
        if t.i >= span.end
    )


def _sketch_turns(span: Span, vx: VerdictLexicon) -> bool:
    """The sketch turns on its owner: a lack ("who has not taken a train since 2015"),
    their own lot set apart ("whose own children"), their own words quoted back, or what
    they have paid for by others ("a car paid for by the fares of pensioners"); not a
    plain record ("a man who has played for the club since 1998") nor a witness's
    anonymity ("a woman who did not want to be named")."""
    if any(t.lemma_.lower() in vx["anonymity"] for t in span):
        return False
    for t in span:
        if t.lower_ in NEGATIONS or t.lower_ in QUOTES or t.lower_ in vx["sketch_turn"]:
            return True
        if t.lemma_.lower() in vx["paid_by"] and any(c.dep_ == "agent" for c in t.children):
            return True
        if _sketch_device(t, span, vx):
            return True
    return False


def _sketch_device(t: Token, span: Span, vx: VerdictLexicon) -> bool:
    """The devices of a mocking sketch (asidesAH): the writer reads the person's mind
    ("whose idea of a walk appears to be a lap of the car park"), pins their interest to
    the moment it paid ("who discovered the harbour about the time it became
    profitable", "roughly once every four years"), or shrinks a whole record to one
    small thing ("whose entire career consists of judging the cake stall")."""
    lemma = t.lemma_.lower()
    if lemma in vx["seeming_verb"] and t.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "xcomp" for c in t.children)
    if t.lower_ in vx["pinned_moment"] and t.pos_ == "NOUN":
        before = span.doc[max(span.start, t.i - 3) : t.i]
        clause = next((c for c in t.children if c.dep_ in ("relcl", "acl")), None)
        if clause is None or any(w.like_num or w.ent_type_ == "DATE" for w in clause.subtree):
            return False  # "about the time the pier reopened in 2003": a plain chronology
        return any(w.lower_ in vx["approximator"] for w in before)
    if t.lower_ == "once" and t.i + 1 < span.end and span.doc[t.i + 1].lower_ == "every":
        return True  # "roughly once every four years": an interest timed to the elections
    if t.lower_ in vx["whole_record"] and t.dep_ == "amod":
        verb = t.head.head  # "consists of", "amounts to" ("whose whole family runs the
        # farm" shrinks nothing)
        preps = any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in verb.children)
        return verb.lemma_.lower() in vx["shrinking_verb"] and t.head.dep_ == "nsubj" and preps
    return False


def _portrait(rel: Token, vx: VerdictLexicon) -> bool:
    """ "the director, a man who ...", "Ms X, a woman whose own ...": a relative clause on
    a bare noun for a person ("man", "gentleman"), set off as an apposition: the writer's
    own sketch of the person, between them and what they said or decided."""
    doc = rel.doc
    if rel.i < 3:
        return False
    noun = doc[rel.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in vx["portrait_noun"]:
        return False
    det = noun.left_edge
    if det.lower_ not in ("a", "an") or det.i == 0 or doc[det.i - 1].text != ",":
        return False
    return noun.dep_ == "appos" or doc[det.i - 2].pos_ in ("NOUN", "PROPN")


def _tie_to_other(verb: Token, vx: VerdictLexicon) -> bool:
    """ "whose chairman once shared a flat with the council's chief executive", "whose
    brewery happens to employ the president's son", "three of whose five members sit on
    the branch of the mayor's party", "whose firm sold the tractor that won": a "whose"
    clause whose verb ties the owner's own people or firm to someone else's (a person or
    body named by a possessive) or to the winner; not "whose father founded the club" (a
    tie to nobody else in the story) nor "whose husband manages the band's tour" (a
    thing, not a person or body, of the other party)."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        if clause.dep_ == "conj" and any(c.dep_ == "nsubj" for c in clause.children):
            return False  # "whose family sells X and who sits on ...": a clause of its own
        clause = clause.head  # "happens to employ", "trained and sold"
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(t.lower_ == "whose" for t in subject.subtree):
        return False
    lex = default_lexicon()
    # the subject, and a clause of its own joined on ("and who sits on ...")
    skip = {subject.i} | {
        c.i
        for c in verb.children
        if c.dep_ == "conj" and any(g.dep_ == "nsubj" for g in c.children)
    }
    for t in verb.subtree:
        if t.i <= verb.i or any(a.i in skip for a in (t, *t.ancestors) if a.i != verb.i):
            continue
        if t.dep_ == "poss" and t.tag_ != "PRP$" and any(c.tag_ == "POS" for c in t.children):
            other = t.head  # "the president's [son]", "Mr Hale's [party]"
            doc = verb.doc
            while other.i + 2 < len(doc) and doc[other.i + 1].text == "-":
                other = doc[other.i + 2]  # "co-owners" in three tokens: the last
            if is_person(other, lex) or other.lemma_.lower() in vx["tie_party"]:
                return True
        if t.dep_ == "relcl" and t.lemma_.lower() in vx["winning_verb"] and t.head.dep_ == "dobj":
            return True  # "sold the tractor that won the class"
    return False


def _feigned(happen: Token) -> bool:
    """ "happens to sponsor", "happened to own": "happen to" and a verb, not after "just"
    or "so" (the set phrases of the coincidence kind) nor "what happened to him"."""
    doc = happen.doc
    i = happen.i
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "to" or happen.pos_ not in ("VERB", "AUX"):
        return False
    if i > 0 and doc[i - 1].lower_ in HAPPEN_SET:
        return False
    return doc[i + 2].pos_ in ("VERB", "AUX")


def _timing_markers(doc: Doc, vx: VerdictLexicon) -> Iterator[tuple[str, Token]]:
    """The words that time an act to an event: a moment that opens a clause ("the week
    her cousin opened a plant", "roughly the moment it became profitable"), "during" an
    event the story speaks of elsewhere ("during the talks"), a measure with "after" or
    "before" ("days after the vote")."""
    for noun in candidates(doc, vx["timing_noun"]):
        if noun.pos_ == "NOUN" and _opens_clause(noun):
            yield "timed", noun
    for during in candidates(doc, DURING):
        if _during_event(during):
            yield "timed", during
    for unit in candidates(doc, vx["timing_unit"]):
        k = unit.i + 1
        if k < len(doc) and doc[k].lower_ in AFTER_BEFORE and unit.pos_ == "NOUN":
            yield "timed", unit  # "days after the vote", "a week before the deal"
        if k < len(doc) and doc[k].lower_ == "later" and _revolving(unit, vx):
            yield "revolving", unit  # "left government in 2025 and won the deal weeks later"


def _revolving(unit: Token, vx: VerdictLexicon) -> bool:
    """(asidesAT) "who left government in 2025 and won the Sorrelmont deal eleven weeks
    later": a public post left and a contract or deal won, the gap between them measured
    and set "later", so the reader infers the post paid for the deal. Not "who left the
    council in 2019 and joined the charity two years later" (no contract or deal), nor "who
    won the contract in 2019 and left the board two years later" (the gain first)."""
    doc = unit.doc
    sent = sentence_of(unit)
    window = []
    for t in reversed(doc[max(sent.start, unit.i - 20) : unit.i]):
        if t.text in STOPS or t.lower_ in RELATIVES:
            break
        window.append(t)
    window.reverse()
    left = next(
        (
            t.i
            for t in window
            if t.pos_ == "VERB"
            and t.lemma_.lower() in vx["leave_verb"]
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in vx["public_office"] for c in t.children
            )
        ),
        None,
    )
    if left is None:
        return False
    return any(t.i > left and t.lower_ in vx["interest_noun"] for t in window)


def _talk_spell(spend: Token, vx: VerdictLexicon) -> bool:
    """ "who spent two years promising no surprises", "which has spent the summer arguing
    with itself": "spend", a stretch of time as its object and a verb of talk in "-ing"
    (asidesAJ). The writer sums up the owner's record as words only, set against what
    they do now; "who spent twenty years running the unit", "spent the week campaigning"
    (deeds, or a cause) are a plain record."""
    span = next((c for c in spend.children if c.dep_ in ("dobj", "npadvmod")), None)
    if span is None or span.lemma_.lower() not in vx["time_stretch"]:
        return False
    talk = vx["talk_verb"]
    return any(
        c.lower_.endswith("ing")  # ("finger-wagging" parsed as a noun: its last part)
        and c.dep_ in ("xcomp", "advcl", "dep", "conj", "oprd")
        and (c.lemma_.lower() in talk or c.lower_ in talk)
        and _idle_talk(c)
        for c in (*spend.children, *span.children)
    )


def _idle_talk(verb: Token) -> bool:
    """The talk is idle, not a job: "arguing with itself", "arguing over a logo", not
    "arguing the case" (a lawyer's work); "describing its rivals as thugs", not
    "describing the findings"."""
    lemma = verb.lemma_.lower()
    if lemma == "argue":
        return not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    if lemma == "describe":
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return True


def _gain_against_loss(while_: Token, vx: VerdictLexicon) -> bool:
    """ "which paid its shareholders a record dividend while postponing the repairs",
    "who raised the hire charge by half while the roof still leaks", "which cut the
    cleaning budget while spending freely on signs": in a relative clause, money the owner
    took (a payout to its own side, a charge raised) set by "while" against a loss to
    others (a repair put off, a price raised, a thing left to rot), or a cut set against
    its own spending (asidesAJ). Not "who worked nights while raising three children", "who
    was paid £2m while numbers fell" (no payee of its own), nor "which raised £2m while
    the market fell" (a loss to nobody in particular)."""
    clause = while_.head
    if while_.dep_ not in ("mark", "advmod") or clause.dep_ != "advcl":
        return False
    verb = clause.head
    if verb.dep_ not in ("relcl", "conj") or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return False
    lemma, then = verb.lemma_.lower(), clause.lemma_.lower()
    if lemma in vx["cut_verb"]:
        cut = any(o.lemma_.lower() in vx["funding_noun"] for o in objects)
        return cut and then in vx["spend_verb"]
    if lemma not in vx["take_verb"]:
        return False
    if lemma in ("pay", "award") and not any(
        t.lemma_.lower() in vx["payee_noun"] or t.lower_ in vx["payee_noun"]
        for o in objects
        for t in o.subtree
    ):
        return False
    if then in vx["neglect_verb"]:
        return True
    dearer = then in RAISE and any(
        c.dep_ == "dobj" and c.lemma_.lower() in vx["money_word"] for c in clause.children
    )
    cut = then in vx["cut_verb"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in vx["funding_noun"] for c in clause.children
    )
    return dearer or cut


def _timed_discovery(find: Token, vx: VerdictLexicon) -> bool:
    """ "who discovered national security roughly when his poll numbers fell", "who found
    the province on the morning the cameras arrived", "only when she needed somewhere to
    park": a sudden interest pinned to the occasion it served, by an approximator or
    "only" before "when"/"before"/"after", or by a moment that opens a clause (asidesAJ).
    Not "a walker who discovered the body when she left the path" (a plain timing, with
    no wink), nor "who discovered the leak in 2019"."""
    doc = find.doc
    for c in find.children:
        if c.dep_ == "advcl":
            mark = next((m for m in c.children if m.lower_ in WHEN_WORDS), None)
            if mark is None or mark.dep_ not in ("mark", "advmod") or mark.i > c.i:
                continue  # ("roughly when": "roughly" and "when" both lean on the verb)
            before = doc[max(find.i + 1, mark.i - 4) : mark.i]
            if any(w.lower_ in vx["approximator"] or w.lower_ == "only" for w in before):
                return True
        if c.dep_ in ("prep", "npadvmod"):
            noun = c if c.dep_ == "npadvmod" else next(
                (g for g in c.children if g.dep_ == "pobj"), None
            )
            if (
                noun is not None
                and noun.lemma_.lower() in vx["timing_noun"]
                and (_opens_clause(noun) or any(g.dep_ == "relcl" for g in noun.children))
            ):
                return True
    return _found_passion_timed(find, vx)


def _found_passion_timed(find: Token, vx: VerdictLexicon) -> bool:
    """(asidesAT) "who discovered a passion for governance roughly a month after losing
    his job", "a deep interest in walls about a month before the elections": a found
    passion (not a thing found) timed by an approximator and a measure before or after an
    event. Not "who discovered the leak about a week after moving in" (a thing found, a
    plain timing), nor "a passion for walls a month before" with no approximator."""
    doc = find.doc
    obj = next((c for c in find.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in vx["found_passion"]:
        return False
    sent = sentence_of(find)
    for unit in doc[find.i + 1 : min(find.i + 16, sent.end)]:
        if unit.text in STOPS or unit.text == ",":
            return False
        if unit.lower_ not in vx["timing_unit"] or unit.i + 1 >= sent.end:
            continue
        if doc[unit.i + 1].lower_ not in AFTER_BEFORE:
            continue
        before = doc[max(find.i + 1, unit.i - 3) : unit.i]
        if any(w.lower_ in vx["approximator"] for w in before):
            return True
    return False


def _opens_clause(noun: Token) -> bool:
    """ "the week her cousin opened a plant", "the moment it became profitable": a moment
    with a determiner, followed by a clause of its own (a subject and its verb), with no
    more than "that" or "when" between."""
    doc = noun.doc
    if not any(t.lower_ in MOMENT_DETS for t in doc[max(0, noun.i - 2) : noun.i]):
        return False
    k = noun.i + 1
    if k < len(doc) and doc[k].lower_ in MOMENT_LINKS and doc[k].pos_ != "ADP":
        k += 1
    for t in doc[k : min(k + 4, len(doc))]:
        if t.dep_ in ("nsubj", "nsubjpass"):
            return t.head.i > t.i and t.head.pos_ in ("VERB", "AUX")
        if t.dep_ not in ("det", "poss", "amod", "compound", "case") or t.is_punct:
            return False
    return False


def _during_event(during: Token) -> bool:
    """ "during the talks", "during the second week of the summit": "during" an event
    (no date or number in it) that the story names outside this sentence too."""
    event = next((c for c in during.children if c.dep_ == "pobj"), None)
    while event is not None:
        of = next((c for c in event.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if inner is None:
            break
        event = inner  # "the second week of [the summit]"
    if event is None or event.pos_ != "NOUN" or event.ent_type_ == "DATE":
        return False
    if any(t.like_num for t in event.subtree):
        return False  # "during the 2019 season": a date
    sent = sentence_of(during)
    lemmas = doc_array(during.doc, "LEMMA")  # (read once per document)
    at = np.flatnonzero(lemmas == event.lemma)
    return bool(((at < sent.start) | (at >= sent.end)).any())


def _kin_holds(noun: Token, vx: VerdictLexicon) -> bool:
    """ "whose son's firm holds the catering contract", "whose wife won the lease": a
    contract or the like held or won by a relative of the aside's owner (or their firm)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "pobj", "attr"):
        return False
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue  # (a parse may give the verb the owner as a second subject)
        words = list(subject.subtree)
        if any(t.lower_ == "whose" for t in words) and any(
            t.lemma_.lower() in vx["kin_noun"] or t.lower_ in vx["kin_noun"] for t in words
        ):
            return True
    return False


def _seat_with_other(board: Token, vx: VerdictLexicon) -> bool:
    """ "who now sits on Brightco's advisory board", "who serves on the board of Gull
    Marine": a seat on the board or payroll of a firm that the story names outside this
    sentence (a party in it); not "who sits on the city's planning board" (a place's
    body: a role), nor a firm named nowhere else."""
    prep = board.head
    if board.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in ("sit", "serve", "be") or verb.dep_ not in ("relcl", "conj"):
        return False
    firm = next((c for c in board.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    if firm is None:
        of = next((c for c in board.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        firm = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if firm is None or firm.ent_type_ in ("GPE", "LOC", "NORP"):
        return False
    if not (firm.ent_type_ == "ORG" or firm.pos_ == "PROPN" or _firm(firm, vx)):
        return False
    if firm.pos_ != "PROPN" and firm.ent_type_ != "ORG":
        # "the board of the company that publishes his books" (a firm tied to someone
        # else), not "the board of the bank" (the story's own firm: a role)
        return any(c.dep_ in ("relcl", "acl") for c in firm.children)
    sent = sentence_of(board)
    return any(
        t.lower_ == firm.lower_ and not (sent.start <= t.i < sent.end) for t in board.doc
    )


def _takings(verb: Token, vx: VerdictLexicon) -> bool:
    """ "sold the palace for £5 million", "charges dealers £95 a stall", "paid £140m to
    its shareholders", "took home £2m": a verb of taking money with a sum on it, in a
    relative clause; a payout only to the owner's own side ("to its shareholders"), a
    "take" only "home"."""
    if verb.dep_ not in ("relcl", "conj") or not any(
        t.text in CURRENCY or t.ent_type_ == "MONEY" for t in verb.subtree
    ):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.lower_ == "home" for c in verb.children)
    if lemma in ("pay", "award"):
        return any(
            t.lemma_.lower() in vx["payee_noun"] or t.lower_ in vx["payee_noun"]
            for c in verb.children
            if c.dep_ in ("prep", "dative", "dobj")
            for t in c.subtree
        )
    return True


def _money_set_against(span: Span, owner: Token | None, vx: VerdictLexicon) -> bool:
    """The owner is the subject of the sentence's main verb, after the aside, and the rest
    of the sentence speaks of money: a sum, a word of money or of want ("has pledged
    £50,000", "said it was investing record sums"); not upkeep in the aside."""
    if owner is None:
        return False
    head = _named_head(owner)
    main_after = head.dep_ in ("nsubj", "nsubjpass") and head.head.i >= span.end
    if not (main_after or _speaks_or_decides(owner, span, vx)):
        return False
    if any(t.lemma_.lower() in vx["upkeep"] for t in span):
        return False
    sent = sentence_of(span[0])
    words = vx["money_word"] | vx["scarcity"]
    return any(
        t.text in CURRENCY
        or t.ent_type_ == "MONEY"
        or t.lemma_.lower() in words
        or t.lower_ in words
        for t in span.doc[span.end : sent.end]
    )


def _speaks_or_decides(owner: Token | None, span: Span, vx: VerdictLexicon) -> bool:
    """The aside's owner speaks or decides in the sentence (:func:`_judges`), also when
    the parser took the aside's own verb for the owner's and made it the clause reported
    by the main verb ("The chair, whose son holds the contract, said ...": "holds" as
    the complement of "said")."""
    if _judges(owner, vx, True):
        return True
    if owner is None:
        return False
    verb = _named_head(owner).head
    if not (span.start <= verb.i < span.end and verb.dep_ == "ccomp"):
        return False
    main = verb.head
    lemma = main.lemma_.lower()
    return main.i >= span.end and (lemma in vx["speech_verb"] or lemma in vx["decision_verb"])


def _interest(span: Span, marker: Token, kind: str, vx: VerdictLexicon) -> bool:
    """The aside holds an interest of its owner's: a feigned coincidence on a verb of
    holding or paying ("happens to sponsor the team") or on a relative ("whose wife
    happens to ..."); a timing with a contract, a gain or a relative in the aside and no
    date after it ("the week her cousin opened ...", not "the year the pier reopened in
    2003"). (A relative's holding, kind "kin", is one by how it was found.)"""
    kin = any(
        (t.lemma_.lower() in vx["kin_noun"] or t.lower_ in vx["kin_noun"])
        and any(c.dep_ == "poss" for c in t.children)
        for t in span
    )
    if kind == "feigned":
        return kin or any(
            t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in vx["interest_verb"]
            for t in span
            if t.i > marker.i
        ) or any(t.pos_ == "NOUN" and t.lower_ in vx["interest_noun"] for t in span)
    after = span.doc[marker.i + 1 : span.end]
    if any(t.pos_ == "NUM" or t.is_digit or (t.ent_type_ == "DATE" and t.is_title) for t in after):
        return False  # a dated chronology
    # a public act (a contract, a deal) only "during" an event of the story; a private
    # gain with any timing ("who signed the deal days after taking office": a chronology)
    during = marker.lower_ in DURING
    nouns = vx["interest_noun"] if during else vx.category("interest_noun", "private")
    return kin or any(t.lower_ in nouns or t.lower_ in vx["gain_word"] for t in span)


def _price_tag(sign: Token, vx: VerdictLexicon) -> bool:
    """ "a £4,000 electric bike": a currency sign whose amount modifies a possession,
    the object of a verb (not "a bonus of £740,000": a sum, not a thing owned)."""
    noun = sign
    for _ in range(3):
        if noun.pos_ == "NOUN":
            break
        noun = noun.head
    if noun.pos_ != "NOUN" or noun.i <= sign.i:
        return False
    if noun.lemma_.lower() not in vx["possession"] and noun.lower_ not in vx["possession"]:
        return False
    return noun.dep_ in ("dobj", "pobj", "attr", "conj")


def _deciding_friends(friend: Token, vx: VerdictLexicon) -> bool:
    """ "by a committee of his old friends", "a board stuffed with her cronies": the
    owner's own friends as the body that decides, or as the agent of a passive."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in friend.children):
        return False
    tok = friend
    for _ in range(4):
        head = tok.head
        if head == tok:
            return False
        if head.dep_ == "agent" or (head.lower_ == "by" and head.pos_ == "ADP"):
            return True  # "handed to him by his friends"
        if head.pos_ == "NOUN" and head.lemma_.lower() in vx["body_noun"]:
            return True  # "a committee of his old friends"
        if head.pos_ == "VERB":
            return False
        tok = head
    return False


def _posed_count(photo: Token, vx: VerdictLexicon) -> bool:
    """ "has posed for photographs in our corner twice since the election": a verb of
    posing over the photographs, and a count of the times in the same clause."""
    verb = photo.head
    poses = vx["pose_verb"]
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.lower_ not in poses:
        verb = verb.head  # (stopping at "posing" tagged a noun: "spent the spring posing")
    if verb.lemma_.lower() not in poses and verb.lower_ not in poses:
        return False
    return _photo_dwelt_on(photo, verb, vx)


def _photo_dwelt_on(after: Token, verb: Token, vx: VerdictLexicon) -> bool:
    """The photo-opportunity counted ("twice", "three times", "on four occasions", in the
    words after ``after``) or dwelt on (asidesAT): the verb of posing or of being
    photographed is what a stretch of time was spent on ("who has spent the year posing
    for photographs", "who spent the morning of the flood being photographed")."""
    sent = sentence_of(after)
    counts = vx["count_word"]
    for t in after.doc[after.i + 1 : min(after.i + 12, sent.end)]:
        if t.text in STOPS or t.text == ",":
            break
        if t.lower_ not in counts:
            continue
        if t.lower_ in ("twice", "thrice") or (t.i > 0 and t.nbor(-1).like_num):
            return True  # "twice", "three times", "on four occasions"
    spend = verb.head
    spent_on = verb.dep_ in ("xcomp", "advcl", "dep", "conj", "oprd") or (
        verb.dep_ == "dobj" and verb.lower_.endswith("ing")  # "spent the summer posing"
    )
    if not spent_on:
        # "spent the morning of the flood being photographed": the parser may hang the
        # participle on the stretch's own words; a few steps up to "spend"
        for _ in range(4):
            if spend.lower_ in SPEND or spend.head == spend:
                break
            if spend.dep_ not in ("acl", "pobj", "prep", "dobj"):
                return False
            spend = spend.head
        spent_on = verb.dep_ == "acl" and spend.lower_ in SPEND
    if not spent_on or spend.lower_ not in SPEND:
        return False
    stretch = next((c for c in spend.children if c.dep_ in ("dobj", "npadvmod")), None)
    return stretch is not None and stretch.lemma_.lower() in vx["time_stretch"]


def _swept_votes(every: Token, vx: VerdictLexicon) -> bool:
    """(asidesAT) "who has voted against every border budget since 2022", "who voted for
    every one of these limits": a whole voting record swept into one direction, the object
    of "for" or "against" after a verb of voting. Not "who voted against the plan" (one
    vote, a plain record), nor "whose members voted twice for strike action"."""
    noun = every.head
    if every.dep_ != "det" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    verb = prep.head
    return (
        prep.lower_ in ("for", "against")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in vx["vote_verb"]
    )


def _luxury(noun: Token, vx: VerdictLexicon) -> bool:
    """(asidesAT) A private comfort as the means of an active verb: "who commutes by
    helicopter", "who arrived in a motorcade", "who flew in on the company jet"; or a
    private school the owner sends their own children to ("who drives his own children
    to a private school"). Not "was airlifted by helicopter" (a passive: done to them),
    nor "a coastguard helicopter", "a yacht club" (no verb of theirs)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "flies to away games in a helicopter": hung on "games"
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if noun.lower_ in vx.category("luxury_noun", "school"):
        private = any(
            c.dep_ == "amod" and c.lower_ in vx["private_adjective"] for c in noun.children
        )
        own = any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in vx["kin_child"]
            and any(g.dep_ == "poss" for g in c.children)
            for c in verb.children
        )
        return private and own
    return prep.lower_ in vx["luxury_prep"]


# -- the clause that holds the marker ------------------------------------------------------
def _clause(marker: Token, kind: str, lex: JudgementLexicon) -> tuple[Span, Token | None] | None:
    """The relative clause (with its owner) or participle phrase that holds ``marker``."""
    doc = marker.doc
    sent = sentence_of(marker)
    start = None
    owner = None
    for t in reversed(doc[sent.start : marker.i]):
        if t.text in STOPS:
            return None
        if t.lower_ in RELATIVES and t.tag_ in ("WP", "WP$", "WDT"):
            owner, start = _owner(t, lex)
            if owner is None:
                return None
            break
        if t.text == "," and t.i + 1 < marker.i and _participle(doc[t.i + 1]):
            if kind not in ("friends", "price", "coincidence"):
                return None
            start = t.i + 1
            break
    if start is None:
        return None
    end = _clause_end(doc, start, marker, sent)
    if end <= marker.i:
        return None  # the marker is in the main clause, after the aside closed
    # a second verb or phrase joined inside the clause: "who chairs the group and has
    # posed ...", "sits on two boards and, by happy accident, on ...": the part that holds
    # the marker
    first = start
    for t in doc[start + 1 : marker.i]:
        if t.lower_ in JOINS and t.dep_ == "cc" and kind != "revolving":
            first = t.i + 1  # (the revolving door is both parts: "left ... and won ...")
    while first < marker.i and doc[first].is_punct:
        first += 1
    return doc[first:end], owner


def _owner(rel: Token, lex: JudgementLexicon) -> tuple[Token | None, int | None]:
    """The person or body a relative word speaks of, and where the aside starts: at the
    relative word after a comma ("Spokewise, who have never ..."), or at the
    determiner of a bare noun set off as an apposition ("the director, a man who ...",
    "PageHaus, the chain that ...")."""
    doc = rel.doc
    i = rel.i
    if rel.lower_ == "whom" or (rel.lower_ == "whose" and i >= 1 and doc[i - 1].lower_ == "of"):
        # "the critics, many of whom have never ...", "the jury, three of whose five
        # members ...": the aside starts at its quantifier
        if i < 4 or doc[i - 1].lower_ != "of" or doc[i - 3].text != ",":
            return None, None
        owner = _noun_before(doc[i - 4])
        return (owner, i - 2) if _person_or_body(owner, lex) else (None, None)
    if i < 2:
        return None, None
    if doc[i - 1].lower_ in JOINS:
        # "who run the barriers and who, by ...": the same owner as the first relative
        sent = sentence_of(rel)
        first = next(
            (
                t
                for t in reversed(doc[sent.start : i - 1])
                if t.lower_ in RELATIVES and t.tag_ in ("WP", "WP$", "WDT")
            ),
            None,
        )
        if first is None:
            return None, None
        owner, _ = _owner(first, lex)
        return (owner, i) if owner is not None else (None, None)
    if doc[i - 1].text == ",":
        owner = _noun_before(doc[i - 2])
        return (owner, i) if _person_or_body(owner, lex) else (None, None)
    noun = doc[i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None, None
    left = noun.left_edge.i if noun.left_edge.i < noun.i else noun.i
    while left < noun.i and doc[left].is_punct:
        left += 1
    if left == 0 or doc[left - 1].text not in (",", "—", "–"):
        return None, None  # not set off: "a teacher who ..." as a plain subject
    head = noun.head if noun.dep_ == "appos" else doc[left - 2] if left >= 2 else noun
    if not (_person_or_body(noun, lex) or _person_or_body(head, lex)):
        return None, None
    bare = noun.i - left == 1 and doc[left].lower_ in ("a", "an", "the")
    return noun, (left if bare else i)


def _apposed_to(owner: Token) -> Token:
    """The noun an apposition renames, to name the aside's owner as the sentence does:
    "the jury, three men who ..." -> the jury (also when the parser made the two nouns
    two subjects of one verb)."""
    top = owner
    while top.dep_ == "appos" and top.head != top:
        top = top.head
    left = top.left_edge.i
    doc = top.doc
    if top is owner and left >= 2 and doc[left - 1].text == ",":
        before = doc[left - 2]
        nouns = before.pos_ in ("NOUN", "PROPN") and before.dep_ == top.dep_ == "nsubj"
        if nouns and before.head == top.head:
            return before
    return top


def _noun_before(tok: Token) -> Token:
    """The noun a word before the comma belongs to: "the critics online, ..." -> critics;
    "the commentators on the radio, ..." -> commentators (a person or body as the phrase's
    head, when the last noun is none)."""
    if tok.pos_ not in ("NOUN", "PROPN", "PRON") and tok.head.i < tok.i:
        tok = tok.head
    if tok.lower_ in EMPHATIC and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
        return tok.head  # "Phelling-Draike himself, who ..." (asidesAT)
    head = tok
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i:
        head = head.head.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return tok
        if head.ent_type_ in OWNER_ENTITIES or head.pos_ == "PROPN":
            break
    return tok if tok.ent_type_ in OWNER_ENTITIES or tok.pos_ == "PROPN" else head


def _person_or_body(tok: Token, lex: JudgementLexicon) -> bool:
    """A person, a named thing, or a body that decides ("the trust, which ...")."""
    return (
        tok.ent_type_ in OWNER_ENTITIES
        or is_person(tok, lex)
        or (tok.pos_ == "PROPN" and tok.text[:1].isupper())
        or (tok.pos_ == "NOUN" and tok.lemma_.lower() in insinuation_lexicon()["body_noun"])
    )


def _participle(tok: Token) -> bool:
    """A participle opening a phrase set off by a comma: "..., handed to him by ..."."""
    return tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("advcl", "acl", "conj", "xcomp")


def _clause_end(doc: Doc, start: int, marker: Token, sent: Span) -> int:
    """The comma that closes the aside (from ``start``) before the main clause resumes
    (its verb, or a new subject), else a stop or the sentence's end; an end before the
    marker means the marker is in the main clause ("The charity, which ..., has never
    once asked")."""
    end = sent.end
    after_comma = None
    # the marker set off by commas of its own: "has, by sheer coincidence, complained"
    aside = marker.i > 0 and doc[marker.i - 1].text == ","
    for t in doc[start + 1 : sent.end]:
        if t.text in STOPS:
            end = t.i
            break
        if t.i <= marker.i and t.text == "," and doc[t.i + 1 : marker.i + 1].text == marker.text:
            continue  # the comma that sets off the marker: "has, by sheer coincidence"
        if t.text == "," and aside and t.i > marker.i:
            aside = False
            inside = doc[marker.i : t.i]
            if not any(w.pos_ in ("VERB", "AUX") for w in inside):
                continue
            if any(w.lower_ in NOBODY or w.lower_ == "no" for w in inside):
                continue  # "by a coincidence no one has mentioned, won the deal"
        closes = after_comma is not None and phrase_end(doc, after_comma, GUESSES) == t.i
        if t.text == "," and closes:
            after_comma = None
            continue  # the comma that closes "never, as far as I can tell, bought"
        if t.text == ",":
            after_comma = t.i + 1
        if t.text == "," and t.i + 1 < sent.end:
            nxt = doc[t.i + 1]
            if nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") and nxt.dep_ in ("ROOT", "aux", "conj"):
                end = t.i
                break
            if nxt.dep_ in ("nsubj", "aux") or (
                nxt.dep_ == "det" and nxt.head.dep_ == "nsubj" and nxt.head.head.i > nxt.i
            ):
                end = t.i
                break
            # (an adverb before the main verb: "..., now says it cannot afford")
            head = nxt.head if nxt.dep_ in ("aux", "auxpass", "neg", "advmod") else nxt
            if head.dep_ == "ROOT" and head.i > max(marker.i, t.i):
                end = t.i
                break
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return end


def conflicted_decisions(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sentence that sets a deciding body's tie to a firm beside its decision: "The
    trustees, whose chairman owns the yard that will do the work, approved the contract":
    a "whose" clause on the subject of a verb of deciding, in which someone close to it
    (its chairman, her brother) owns, runs or chairs a firm, and the decision is on a
    contract, grant, licence or the like. The conflict of interest is stated as fact and
    left for the reader to judge; the sentence is the claim."""
    vx = insinuation_lexicon()
    for whose in candidates(doc, frozenset({"whose"})):
        tie = whose.head
        if whose.dep_ != "poss":
            continue
        while tie.dep_ == "poss" and tie.head.lemma_.lower() in vx["associate_noun"]:
            tie = tie.head  # "whose chair's brother owns ...": the brother
        if tie.lemma_.lower() not in vx["associate_noun"]:
            continue
        holds = tie.head
        if tie.dep_ != "nsubj" or holds.lemma_.lower() not in vx["hold_verb"]:
            continue
        held = next((c for c in holds.children if c.dep_ == "dobj"), None)
        if held is None or not _firm(held, vx):
            continue
        owner = holds.head
        if holds.dep_ != "relcl" or owner.dep_ not in ("nsubj", "nsubjpass"):
            continue
        decision = owner.head
        if decision.lemma_.lower() not in vx["decision_verb"]:
            continue
        if not any(
            t.lemma_.lower() in vx["benefit_noun"] or t.lower_ in vx["benefit_noun"]
            for c in decision.children
            if c.dep_ in ("dobj", "prep", "dative")
            for t in c.subtree
            if t.pos_ == "NOUN"
        ):
            continue
        sent = sentence_of(whose)
        yield make_verdict(
            sent,
            f"Whose judgement is this? '{sent.text.strip()}' sets a tie of {_named(owner)} "
            f"('{doc[whose.i : held.i + 1].text}') beside the decision it took: a conflict "
            "of interest stated as fact and left for the reader to judge, with no source.",
            "(say whether the interest was declared and what the rules require, and "
            "who says so)",
            "conflict_aside",
        )


def deciders_ties(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A bare count of the deciders' past ties to the winner, set down with no comment:
    "Four of the association's seven committee members once played for Frumley." after
    "Frumley won the contest": a partitive of members of a deciding body ("four of the
    seven judges", "three of the panel's members") whose verb ties them to a name ("played
    for", "worked for", "sat on the board of") that an earlier sentence makes the winner of
    a contest, contract or award. The reader is left to infer bias; the sentence is the
    claim. Not the same tie to a name that won nothing ("Three of the five judges once
    worked for the BBC."), nor a count with no tie ("Four of the seven members voted")."""
    vx = insinuation_lexicon()
    for verb in candidates(doc, vx["tie_verb"]):
        if verb.pos_ != "VERB" or verb.tag_ != "VBD":
            continue  # a past tie: "once played for", "worked for"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _deciders_count(subject, vx):
            continue
        tied = _tied_name(verb)
        if tied is None or not _won_before(tied):
            continue
        sent = sentence_of(verb)
        yield make_verdict(
            sent,
            f"Whose judgement is this? '{sent.text.strip()}' sets the deciders' own ties "
            f"to {tied.text}, the winner, beside the result with no comment: it hints at "
            "bias without saying so or showing it, and names no source.",
            "(say whether the ties were declared and what the rules require, and who "
            "says so)",
            "conflict_aside",
        )


def _deciders_count(subject: Token, vx: VerdictLexicon) -> bool:
    """ "Four of the association's seven committee members", "three of the five judges":
    a number of members of a body that decides."""
    if not subject.like_num and subject.lower_ not in ("some", "several", "most", "all"):
        return False
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return members is not None and members.lemma_.lower() in vx["decider_noun"]


def _tied_name(verb: Token) -> Token | None:
    """The name a tie verb points to: "played for Frumley", "worked at Harwood & Co",
    "were members of the Rovers"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            while obj.dep_ == "pobj" and any(c.dep_ == "prep" for c in obj.children):
                inner = next(c for c in obj.children if c.dep_ == "prep")
                nxt = next((c for c in inner.children if c.dep_ == "pobj"), None)
                if nxt is None or obj.pos_ == "PROPN":
                    break
                obj = nxt  # "sat on the board of Harwood"
            if obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON"):
                return obj
    return None


def _won_before(name: Token) -> bool:
    """An earlier sentence makes ``name`` (or a name it opens) the winner: "Frumley Silver
    Band won the contest", "the contract was awarded to Harwood"."""
    doc = name.doc
    start = sentence_of(name).start
    vx = insinuation_lexicon()
    for t in doc[:start]:
        if t.lower_ != name.lower_:
            continue
        head = t
        while head.dep_ in ("compound", "poss", "nmod", "flat") and head.head != head:
            head = head.head
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ in ("prep", "dative", "agent"):
            verb = verb.head
        if verb.lemma_.lower() in vx["winning_verb"]:
            return True
        # the name and its verb read off the words when a caption before it spoiled the
        # parse: "Frumley Silver Band won ..."
        k = t.i + 1
        while k < start and doc[k].pos_ == "PROPN":
            k += 1
        if k < start and doc[k].tag_ == "VBD" and doc[k].lemma_.lower() in vx["winning_verb"]:
            return True
    return False


def _firm(tok: Token, vx: VerdictLexicon) -> bool:
    """A firm or a holding: "the boatyard", "a catering company", "Gull Marine"."""
    return (
        tok.lemma_.lower() in vx["firm_noun"]
        or tok.lower_ in vx["firm_noun"]
        or tok.ent_type_ == "ORG"
    )


#: The words of "all of": the minimiser's first word, and the word after it.
ALL_OF = frozenset({"all"})
#: Tags of a finite verb: a comma-bounded phrase with one is a clause, not an aside.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def belittled_counts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "Its new chief, in the job for all of seven months, said ...": "all of" and a
    small count of time or of visits, the ironic minimiser, in the writer's own voice;
    the whole aside when it is set off by commas and holds no verb of its own, else the
    phrase. Not "all of the seven members" (a whole), nor "all of 2019" (a date)."""
    vx = insinuation_lexicon()
    units = vx["belittled_unit"]
    for all_ in candidates(doc, ALL_OF):
        i = all_.i
        if i + 3 >= len(doc) or doc[i + 1].lower_ != "of":
            continue
        num, unit = doc[i + 2], doc[i + 3]
        if num.pos_ != "NUM" or unit.lower_ not in units:
            continue
        sent = sentence_of(all_)
        span = doc[i : i + 4]
        before = next(
            (t.i for t in reversed(doc[max(sent.start, i - 8) : i]) if t.text == ","), None
        )
        after = next((t.i for t in doc[i + 4 : min(sent.end, i + 8)] if t.text == ","), None)
        if before is not None and after is not None:
            inside = doc[before + 1 : after]
            if not any(t.tag_ in FINITE for t in inside):
                span = inside  # "in the job for all of seven months"
        yield make_verdict(
            span,
            f"Whose judgement is this? '{span.text}' says 'all of {num.text} {unit.text}' "
            "to make the count look laughably small: a sneer in the writer's own voice "
            "that discredits the person before you hear them, with no source.",
            f"(give the count plainly: '{num.text} {unit.text}')",
            "aside_insinuation",
        )


RULES = (insinuating_asides, conflicted_decisions, deciders_ties, belittled_counts)

__all__ = [
    "RULES",
    "belittled_counts",
    "conflicted_decisions",
    "deciders_ties",
    "insinuating_asides",
    "insinuation_lexicon",
]


#: The words before a noun that belong to its name in an explanation ("the contractor",
#: "the board's chair").
_NAME_PARTS = frozenset({"det", "poss", "compound", "amod", "case", "nmod"})


def _named(owner: Token) -> str:
    """The aside's owner as a learner would name it: the noun with its determiner,
    possessor and modifiers ("the contractor", "the board's chair"), not the bare noun."""
    start = min(
        (c.left_edge.i for c in owner.lefts if c.dep_ in _NAME_PARTS),
        default=owner.i,
    )
    words = owner.doc[start : owner.i + 1].text
    first = owner.doc[start]
    if first.dep_ == "det" and first.is_title:
        words = first.lower_ + words[len(first.text) :]
    return words


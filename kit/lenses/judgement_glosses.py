"""Glosses and verdicts by kind in the writer's own voice (word classes in
``kit/lexicons/judgement_glosses.yaml``), added in issue 11, loadedN. Each rule yields
the whole sentence as an unattributed claim; like the other claim rules, a find counts
only in the writer's own voice (the loaded lens drops one inside quotes, reported
content or a sentence with a reporting cue):

- :func:`restated_glosses`: "That is a polite way of saying nobody lifted a finger.", "It
  is a diplomatic way of putting it." (the writer re-reads a statement as meaning
  something worse); not "The Welsh way of saying hello is 'shwmae'";
- :func:`kind_verdicts`: "Those are not the books of a business on its knees.", "This is
  not the behaviour of a company with nothing to hide." (people judged by the kind
  their deeds are not the mark of); not "That is not the end of the story";
- :func:`verbless_afterthoughts`: "The right buyer, presumably, being whoever pays the
  most." (a mocking afterthought with a disjunct and no finite verb); not "Being a
  Friday, the market was busy";
- :func:`reckless_bets`: "The park's bosses appear to have gambled that the fences would
  hold." (a reckless bet read into a body's decision, even under "appear to"); not
  "Punters bet that the favourite would win";
- :func:`sincerity_verdicts`: "The organisers' apology seemed sincere enough." (not "The
  painting is genuine");
- :func:`predictable_critics`: "The doubters, naturally, have found something to grumble
  about." (not "Naturally, fans celebrated");
- :func:`spared_ones`: "Mr Crewdson will not be the one waiting in the rain." (not "She
  will not be the only one waiting").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    norm,
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    make_verdict,
    subject_or_none,
    verdict_lexicon,
)
from kit.lenses.judgement_voice import in_class
from kit.lenses.wordlists import sentence_of

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
NEGATIONS = ("not", "n't", "never")


@cache
def glosses_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_glosses.yaml (read once)."""
    return verdict_lexicon("judgement_glosses")


# -- "That is a polite way of saying ..." -------------------------------------------------
def restated_glosses(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "That is a polite way of saying ...": a pointing subject, a copula and "a [manner]
    way of saying/putting", which tells the reader what a statement really means."""
    gx = glosses_lexicon()
    for way in candidates(doc, frozenset({"way"})):
        if way.dep_ != "attr" or way.head.lemma_ != "be":
            continue
        subject = subject_or_none(way.head)
        if subject is None or norm(subject) not in gx["gloss_subject"]:
            continue
        manner = next((c for c in way.children if c.dep_ == "amod"
                       and in_class(c, gx["gloss_manner"])), None)  # fmt: skip
        saying = next(
            (g for p in way.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.tag_ == "VBG" and in_class(g, gx["gloss_verb"])),
            None,
        )  # fmt: skip
        if manner is None or saying is None:
            continue
        yield make_verdict(
            sentence_of(way),
            f"Whose judgement is this? '{manner.text} way of {saying.text}' tells the reader "
            "what a statement really means, in the writer's own voice: a reading of someone "
            "else's words offered as fact, with no source. A neutral text reports what was "
            "said and lets a named critic say what it means.",
            "(report what was said, and who reads it this way)",
            "restated_gloss",
        )


# -- "Those are not the books of a business on its knees." -------------------------------
def kind_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A pointing subject, a negated copula and "the [noun] of a [kind]": "Those are not
    the books of a business on its knees." The writer judges people by the kind their
    deeds are (not) the mark of. A definite "of the ..." is a plain fact ("That is not
    the end of the story")."""
    gx = glosses_lexicon()
    for be in candidates(doc, frozenset({"be"})):
        if be.dep_ != "ROOT" or not any(c.dep_ == "neg" or norm(c) in NEGATIONS
                                        for c in be.children):  # fmt: skip
            continue
        subject = subject_or_none(be)
        if subject is None or norm(subject) not in gx["gloss_subject"] | {"these", "those"}:
            continue
        attr = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in attr.children):
            continue
        kind = next(
            (o for p in attr.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"
             and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)),
            None,
        )  # fmt: skip
        if kind is None:
            continue
        yield make_verdict(
            sentence_of(be),
            f"Whose judgement is this? 'not the {attr.text} of a {kind.text} ...' judges "
            "people by the kind of people their deeds are not the mark of: a verdict in the "
            "writer's own voice, with no source. A neutral text gives the figures and lets "
            "a named critic draw the conclusion.",
            "(give the facts, and who draws the conclusion)",
            "kind_verdict",
        )


# -- "The right buyer, presumably, being whoever pays the most." -------------------------
def verbless_afterthoughts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A sentence whose head is "being" (no finite verb of its own) with an ironic
    disjunct: a mocking afterthought on the sentence before it."""
    gx = glosses_lexicon()
    for being in candidates(doc, frozenset({"being"})):
        sent = sentence_of(being)
        if being.tag_ != "VBG" or sent.start == 0:
            continue
        # the head of the sentence, or hung on a head noun with no verb of its own ("The
        # right buyer, presumably, being whoever ..."); "Being a Friday, the market was
        # busy" has a finite verb at its head
        root = sent.root
        if not (
            being.dep_ == "ROOT"
            or (
                being.dep_ == "acl"
                and being.head == root
                and root.pos_ in ("NOUN", "PROPN", "PRON")
            )
        ):
            continue
        if any(c.tag_ in FINITE_TAGS for c in root.children):
            continue
        words = [norm(t) for t in sent]
        pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        marker = next((w for w in words + pairs if w in gx["afterthought_adverb"]), None)
        if marker is None:
            continue
        yield make_verdict(
            sent,
            f"Whose judgement is this? A fragment with no verb of its own ('being ...') and "
            f"'{marker}' adds the writer's mocking guess to the fact before it, with no "
            "source.",
            "(leave the guess out, or say who makes it)",
            "verbless_afterthought",
        )


# -- "The park's bosses appear to have gambled that ..." ---------------------------------
def reckless_bets(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A person or body that "appears/seems to have gambled that ...": a reckless bet read
    into their decision. The "appear" does not make it sourced: the writer still tells
    the reader what the decision-makers were thinking. Literal bettors (punters, markets,
    investors) and bets with a stake ("bet £5 that") are left alone."""
    lex, gx = lex or default_lexicon(), glosses_lexicon()
    for verb in candidates(doc, gx["bet_verb"] | {"bank", "count"}):
        if verb.pos_ != "VERB" or verb.dep_ != "xcomp":
            continue
        raising = verb.head
        if not in_class(raising, gx["raising_verb"]):
            continue
        phrasal = any(f"{verb.lemma_} {p.lower_}" in gx["bet_verb"]
                      for p in verb.children if p.dep_ == "prep")  # fmt: skip
        if not (in_class(verb, gx["bet_verb"]) or phrasal):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None and not phrasal:
            continue
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue  # "appears to have bet £5 that ...": a stake, a real wager
        subject = subject_or_none(raising)
        if subject is None or not is_person(subject, lex) or in_class(subject, gx["bettor"]):
            continue
        yield make_verdict(
            sentence_of(verb),
            f"Whose judgement is this? '{raising.text} to have {verb.text}' reads a reckless "
            f"bet into what {subject.text} decided, in the writer's own voice: 'appear' "
            "softens it but names no source for the motive. A neutral text reports what "
            "was decided and who says it was a gamble.",
            "(report the decision, and who calls it a gamble)",
            "reckless_bet",
        )


# -- "The apology seemed sincere enough." ------------------------------------------------
def sincerity_verdicts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A speech act or gesture judged sincere or not by the writer: "The organisers'
    apology seemed sincere enough", "His regret sounded genuine", "The thanks were
    perfunctory". Only its speaker can know; a thing that is genuine ("The painting is
    genuine", "a genuine Rolex") is a plain fact."""
    gx = glosses_lexicon()
    for adj in candidates(doc, gx["sincerity_adjective"]):
        verb = adj.head
        if adj.dep_ == "advmod" and verb.lower_ == "enough" and verb.dep_ in ("advmod", "acomp"):
            verb = verb.head  # "sounded genuine enough", parsed as an adverb of "enough"
        elif adj.dep_ not in ("acomp", "attr", "oprd"):
            continue
        if not in_class(verb, gx["linking_verb"]):
            continue
        subject = subject_or_none(verb)
        if subject is None or not in_class(subject, gx["speech_act"]):
            continue
        yield make_verdict(
            sentence_of(adj),
            f"Whose judgement is this? '{verb.text} {adj.text}' judges whether "
            f"{subject.text} was meant, in the writer's own voice. Only the speaker can know "
            "that: a neutral text reports what was said and who doubts or believes it.",
            "(report what was said, and who judges it)",
            "sincerity_verdict",
        )


# -- "The doubters, naturally, have found something to grumble about." ------------------
def predictable_critics(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Critics named as a kind, an ironic disjunct set off by commas after them and their
    objection told as griping ("The doubters, naturally, have found something to grumble
    about", "The critics, as ever, are moaning"): the writer waves the objection away as
    predictable instead of reporting it. "Naturally, fans celebrated" (no critics) and
    "The doubters, naturally, are out in force" (no griping: "doubters" is a label) are
    left alone by this rule."""
    gx = glosses_lexicon()
    for critic in candidates(doc, gx["critic_noun"]):
        if critic.dep_ not in ("nsubj", "nsubjpass") or critic.i + 2 >= len(doc):
            continue
        if doc[critic.i + 1].text != ",":
            continue
        words = [norm(t) for t in doc[critic.i + 2 : critic.i + 6]]
        marker = next(
            (" ".join(words[:n]) for n in (3, 2, 1) if len(words) > n
             and " ".join(words[:n]) in gx["predictable_adverb"] and words[n] == ","),
            None,
        )  # fmt: skip
        sent = sentence_of(critic)
        gripe = next((t for t in sent if t.pos_ == "VERB" and in_class(t, gx["gripe_verb"])), None)
        if marker is None:
            continue
        if gripe is None:
            # "The doubters, naturally, are out in force": no griping told, but the
            # disjunct still files the critics under a predictable kind -- a label
            head = doc[critic.left_edge.i : critic.i + 1]
            yield Judgement(
                Span(doc, head.start, head.end, label="labeling"),
                f"'{head.text}, {marker},' files the critics under a predictable kind, in "
                "the writer's own voice: it waves their objection away before reporting it.",
                "(name the critics and report what they said)",
                "predictable_critic_label",
            )
            continue
        yield make_verdict(
            sent,
            f"Whose judgement is this? '{critic.text}, {marker},' and '{gripe.text}' wave the "
            "objection away as predictable griping, in the writer's own voice, instead of "
            "reporting what the critics said and letting the reader weigh it.",
            "(report the criticism, and who makes it)",
            "predictable_critic",
        )


# -- "Mr Crewdson will not be the one waiting in the rain." ------------------------------
def spared_ones(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A decision-maker said to be spared the cost of the decision: a person or body,
    "will not be the one(s)" and a hardship in "-ing" ("Mr Crewdson will not be the one
    waiting in the rain for the last bus", "Ministers will not be the ones queuing at the
    food bank"). The contrast accuses them of indifference, with no source. "She will
    not be the only one waiting" and "will not be the one chairing the inquiry" (no
    hardship) are left alone."""
    lex, gx = lex or default_lexicon(), glosses_lexicon()
    for one in candidates(doc, frozenset({"one", "ones"})):
        be = one.head
        if one.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "ROOT":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in one.children) or any(
            c.dep_ == "amod" for c in one.children
        ):
            continue  # "the only one", "the first one"
        if not any(c.dep_ == "neg" for c in be.children) or not any(
            c.tag_ == "MD" for c in be.children
        ):
            continue
        subject = subject_or_none(be)
        if subject is None or not (is_person(subject, lex) or subject.pos_ == "PROPN"):
            continue
        doing = next((c for c in one.children if c.dep_ in ("acl", "relcl")
                      and in_class(c, gx["hardship_verb"])), None)  # fmt: skip
        if doing is None:
            continue
        yield make_verdict(
            sentence_of(one),
            f"Whose judgement is this? '{be.text} not be the {one.text} {doing.text} ...' sets "
            f"{subject.text} apart from the people who bear the cost, in the writer's own "
            "voice: an accusation of indifference with no source. A neutral text reports "
            "who is affected and what the decision-maker said about it.",
            "(report who is affected, and what the decision-maker said)",
            "spared_one",
        )


GLOSS_RULES = (restated_glosses, kind_verdicts, verbless_afterthoughts, reckless_bets,
               sincerity_verdicts, predictable_critics, spared_ones)  # fmt: skip

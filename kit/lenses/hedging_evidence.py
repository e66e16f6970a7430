"""Sense rule for the booster verbs of proof: "shows that", "proves that", "the
records show" (ANNOTATION_GUIDE.md, section 3: booster `verb`).

A verb of proof is a booster when it presents what follows as proven. It is not one
when the proof is denied ("nobody has shown that ...", "no study has proved that
..."), hedged ("may show"), asked for ("must prove that"), an open question ("should
show whether ..."), or when a reporting verb only names the source after its content
("bills will rise, the regulator confirmed"). A document or a figure that "shows"
after the content ("She later apologised, the minutes show") still presents it as
proven: the evidence, not a speaker, vouches for it. :mod:`kit.lenses.hedging` uses
the rule by name (``rule: that_clause`` in ``kit/lexicons/boosters.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.hedging_frames import speaker_confirms
from kit.lenses.hedging_modals import is_person
from kit.lenses.hedging_registers import asked_proof, subject_of
from kit.lenses.rules import sense_rule
from kit.lenses.shared import EVIDENCE_VERBS, exhibits, noun_read_as_verb, scene

#: Reporting verbs (kit/lexicons/cues.yaml): after their content they give a source.
CUE_VERBS = frozenset(lexicon.words(lexicon.load("cues", "cues"), "verbs", "lemma"))
#: Verbs of proof that a document or a figure can do on its own ("the records show").
#: Subjects that deny any proof: "nobody has shown that", "no one has proved that".
NOBODY = frozenset({"nobody", "nothing", "none", "noone"})


def clause_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    return None


def _verb_like(word: Token) -> bool:
    """A verb, or a verb of proof the tagger read as a noun ("Figures released by the
    council show that ...", "..., the minutes show."): it has a subject or a clause."""
    if word.pos_ in ("VERB", "AUX"):
        return True
    if word.tag_ not in ("NN", "NNS") or word.lemma_ not in EVIDENCE_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "ccomp") for c in word.children):
        return True
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is None or word.i == 0:
        return False
    if word.dep_ == "appos" and after.text == ",":
        return True  # an aside: "Rents, the agency's files show, doubled"
    # "Emails seen by the Herald show that ...": a noun phrase before it, and a plural
    # noun right before "show" or a sentence left with no main verb; not "the quiz show
    # that everyone watched" nor "the show that ran" (a relative clause)
    plural = doc[word.i - 1].tag_ in ("NNS", "NNPS") and word.lower_ in ("show", "prove")
    rootless = word.sent.root.pos_ not in ("VERB", "AUX")
    then = doc[word.i + 2] if word.i + 2 < len(doc) else None
    relative = after.dep_ in ("nsubj", "nsubjpass") or (
        then is not None and then.pos_ in ("VERB", "AUX")
    )  # "the show that ran for years": a relative clause
    return (
        after.lower_ == "that"
        and not relative
        and (plural or rootless)
        and doc[word.i - 1].pos_ in ("NOUN", "PROPN")
    )


def _subject(verb: Token) -> Token | None:
    """The subject, or the noun the parser hung on the verb as a compound ("the
    minutes show", "Ticket sales, the accounts show, fell")."""
    subject = subject_of(verb)
    if subject is None:
        subject = next((c for c in verb.children if c.dep_ == "compound"), None)
    return subject


def denied(subject: Token | None) -> bool:
    """ "Nobody has shown that", "No study has proved that", "no one has demonstrated
    that": a subject that says nothing was shown, so no claim is made certain."""
    if subject is None:
        return False
    if subject.lower_ in NOBODY:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def evidence_after(verb: Token, subject: Token | None) -> bool:
    """ "She later apologised, the minutes show": a document or figure (not a person)
    that shows or proves the clause before it still vouches for it."""
    return verb.lemma_ in EVIDENCE_VERBS and subject is not None and not is_person(subject)


def aside(verb: Token, subject: Token | None) -> bool:
    """ "Patients, the records show, waited eleven hours": a document's proof set off
    by commas inside the claim it vouches for."""
    doc = verb.doc
    if verb.lemma_ not in EVIDENCE_VERBS or subject is None or is_person(subject):
        return False
    start = min(subject.left_edge.i, verb.left_edge.i)
    closed = verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","
    return start > 0 and doc[start - 1].text == "," and closed


@sense_rule("hedge", "that_clause")
def _that_clause(span: Span) -> bool:
    """A verb that introduces a claim ("proves that ..."), not an object ("show them")."""
    verb = span[0]
    if not _verb_like(verb) or noun_read_as_verb(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("seem", "appear"):
        return False  # "seems to show": the hedge, not the booster, sets the tone
    if exhibits(verb):
        return False  # "it shows 300 films a year": a cinema's programme, not a proof
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in verb.children):
        return False  # "may show": hedged
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "do not establish who holds it": no proof is claimed
    subject = _subject(verb)
    if denied(subject):
        return False  # "nobody has shown that the new one raised a grade": nothing shown
    if speaker_confirms(verb, subject):
        return False  # "the operator confirmed that ...": a source named, not proof
    if asked_proof(verb):
        return False  # "establish that there are no pipes", "must prove that": asked for
    clause = clause_of(verb)
    if (
        clause is not None
        and clause.i < verb.i
        and verb.lemma_ in CUE_VERBS
        and not evidence_after(verb, subject)
    ):
        return False  # "bills will rise, the regulator confirmed on Thursday": a cue
    if pseudo_cleft(verb):
        return True  # "What episode 41 proves is that nobody ...": the proof, put first
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and proved_claim_held(verb, after, clause):
        return True  # "the listing proved what the group had argued": a claim borne out
    if _wh_after(verb):
        return False  # "should show whether the carbon stays": an open question; "a
        # photograph shows where the number is printed": a place shown, no claim proved;
        # "has shown us exactly what it thinks of us": a mind laid bare, no claim proved
    if clause is not None and scene(clause):
        return False  # "a video that showed its fighters raising a flag": a picture of it
    return (
        clause is not None
        or (verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "that")
        or aside(verb, subject)
    )


def proved_claim_held(verb: Token, after: Token, clause: Token | None) -> bool:
    """ "the result proved what campaigners had said all along", "the ruling confirmed
    what residents suspected": "prove" or "confirm" with a "what" clause of saying or
    believing presents that claim as now proven (sensesAD). "Shows what happens next"
    (no claim) and "proved what a good player she was" (no saying) stay unmarked."""
    if verb.lemma_ not in ("prove", "confirm") or after.lower_ != "what" or clause is None:
        return False
    return clause.lemma_ in CUE_VERBS and any(
        c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "ccomp") for c in clause.children
    )


def _wh_after(verb: Token) -> bool:
    """The verb's next words open an indirect question ("shows where", "show whether"),
    past a person shown it and a degree word ("has shown us exactly what it thinks");
    "shows us that the plan failed" still puts a claim."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and (
        (doc[i].dep_ in ("dative", "dobj") and doc[i].pos_ == "PRON" and doc[i].head.i == verb.i)
        or (doc[i].pos_ == "ADV" and doc[i].lower_ not in _WH_WORDS)
    ):
        i += 1
    return i < len(doc) and doc[i].lower_ in _WH_WORDS


#: Words that open an indirect question or a place shown after "show" (no claim proved).
_WH_WORDS = frozenset({"whether", "if", "who", "what", "how", "why", "where", "when", "which"})


def pseudo_cleft(verb: Token) -> bool:
    """ "What episode 41 proves is that nobody was in a hurry", "What the figures show is
    that ...": the verb of proof heads a "what" clause that is the subject of "is", and
    the "that" clause after "is" is what is proved; the same booster as "proves that",
    turned round to put the proof first. "What the photograph shows is a crowded
    platform" (a noun after "is") claims no proof."""
    if verb.dep_ != "csubj" or verb.head.lemma_ != "be":
        return False
    if not any(t.lower_ in ("what", "all") for t in verb.doc[verb.left_edge.i : verb.i]):
        return False
    copula = verb.head
    after = verb.doc[copula.i + 1] if copula.i + 1 < len(verb.doc) else None
    return after is not None and after.lower_ == "that"  # (by the words: the parser may
    # read "that" as a determiner, "is that weekly dosing works ...")


#: Auxiliaries that leave a proof open: "may be shown to", "(yet) to be proven".
_NOT_CLAIMED = frozenset({"may", "might", "could", "to"})


@sense_rule("hedge", "proven_claim")
def _proven_claim(span: Span) -> bool:
    """ 'BrightBrew was "scientifically proven to sharpen young minds"', "the drug has
    been shown to cut the risk", "a clinically proven formula": a passive of proof with
    what it proves, or a participle a science vouches for. Not "the scheme has proven
    to be popular" (active: turned out), "was never proven to work", "may be shown to",
    "yet to be proven", nor a word mentioned ("the word proven")."""
    word = span[-1]
    if word.tag_ != "VBN":
        return False
    if any(
        c.dep_ == "neg" or c.lower_ == "never" or (c.dep_ == "aux" and c.lower_ in _NOT_CLAIMED)
        for c in word.children
    ):
        return False
    if len(span) > 1:
        return word.dep_ in ("amod", "acomp", "ccomp", "ROOT", "conj", "xcomp", "relcl")
    passive = any(c.dep_ == "auxpass" for c in word.children)
    return passive and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in word.children
    )


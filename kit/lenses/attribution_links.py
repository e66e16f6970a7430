"""Acts of reporting that hang on another part of the sentence (annotation guide,
section 1): a cue inside a relative clause ("the operator, which said ...",
"chips that the company said run ..."), a reported clause the parser split in two
("said a tram that struck a lorry, injuring two, was unconnected"), and a second
act that shares its subject with the first ("said ... and accused Y of ...").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Token

from kit import lexicon
from kit.lenses.attribution_documents import issuer
from kit.lenses.shared import children_by_dep, doc_text, person_heads, sentence_of
from kit.quotes import Quote

#: Relative words that can stand for the speaker of a relative clause.
RELATIVES = {"who", "which", "that"}
#: Subordinators of a concessive or contrasting clause: "..., although it cautioned that
#: ...", "..., while critics argued ...": the writer sets a second act beside the first.
CONTRAST_MARKS = lexicon.word_set("cues", "contrast_marks")


#: Particles of movement and nouns for things that cannot speak (kit/lexicons/cues.yaml)
MOTION_WORDS = lexicon.word_set("cues", "literal_motion_words")
SPEECHLESS = lexicon.word_set("cues", "speechless_things")


def literal_naming(verb: Token) -> bool:
    """A verb of naming or condemning in its literal sense: "whose gate slammed into a
    parked car", "the door slammed shut" (a thing moving), "a heading the system labels
    "idle time"" (a machine sorting): nobody's words are reported (guide, section 1:
    cue-like words that report nothing are not attributions)."""
    moving = ("prep", "prt", "advmod", "acomp", "oprd")
    for child in verb.children:
        if child.dep_ in moving and child.lower_ in MOTION_WORDS and not any(
            c.dep_ == "dobj" for c in verb.children
        ):
            return True  # (not "slammed the plan down as ...")
        subject = child.dep_ in ("nsubj", "nsubjpass") or (  # (the parser may hang the
            child.dep_ == "compound" and child.i < verb.i  # subject on a verb it read as a
        )  # noun: "a heading the system labels")
        if subject and child.lemma_.lower() in SPEECHLESS:
            return True
    return False


def relative_antecedent(verb: Token, subject: Token) -> Token | None:
    """The speaker a relative word stands for: "the operator, Ferrisham Metrolink,
    which said ..." -> *Metrolink*.

    Only a relative clause set off by a comma, or one hung on a name, reports a
    speaker's words; "anyone who says ..." and "people who believe ..." describe a
    kind of person by what they think and name no source.
    """
    if subject.lower_ not in RELATIVES or verb.dep_ != "relcl" or subject.head != verb:
        return None
    antecedent = _past_dated_aside(verb.head)
    if antecedent.pos_ not in ("NOUN", "PROPN") or antecedent.i > subject.i:
        return None
    doc = verb.doc
    set_off = subject.i > 0 and doc[subject.i - 1].text == ","
    # "Harlow Foods, the bakery chain that told shareholders ...": a description of a
    # name, so the clause reports what that named source said
    describes_name = (  # and what it reports is a clause, not a thing ("who released ...")
        antecedent.dep_ == "appos"
        and antecedent.head.pos_ == "PROPN"
        and (
            any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
            or clause_after_relative_listener(verb)
        )
    )
    if describes_name:
        return antecedent.head  # the name itself: "Ann Lee, a nurse who says ..."
    if set_off and subject.lower_ == "who" and antecedent.pos_ == "NOUN":
        antecedent = _outer_person(antecedent)
    return antecedent if set_off or antecedent.pos_ == "PROPN" or _past_act(verb) else None


def _past_act(verb: Token) -> bool:
    """A restrictive relative clause that tells of one past act of reporting: "most came
    from viewers who said the advert ...", "fans that told the club they ...": the past
    tense and a reported clause of its own say that these people spoke (unlike "anyone
    who says ...", "people who believe ...", a kind of person described by a view)."""
    return verb.tag_ == "VBD" and any(
        c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.i > verb.i and verb.lemma_ == "tell")
        for c in verb.children
    )


def _past_dated_aside(noun: Token) -> Token:
    """ "an internal memo, dated August, which describes ...": a participle phrase set off
    after a noun ("dated August", "signed in May") says when or how the thing was made;
    the relative word after it stands for the thing, never for the date."""
    head = noun.head
    dated = any(c.tag_ == "VBN" and c.i < noun.i for c in noun.children)
    if noun.dep_ == "appos" and head.i < noun.i and head.pos_ in ("NOUN", "PROPN") and dated:
        return head  # "memo, dated August,": the date in apposition, its participle
    if head.tag_ == "VBN" and head.dep_ in ("acl", "amod") and head.i < noun.i:
        thing = head.head  # "note, dated March,": the date the participle's object
        if thing.pos_ in ("NOUN", "PROPN") and thing.i < head.i:
            return thing
    return noun


def _outer_person(noun: Token) -> Token:
    """ "the cabinet member for parks, a former bank manager who has run the department
    through three budgets, two inquiries and one notorious heatwave, who told ...": a
    set-off "who" after a noun deep inside an earlier "who" clause (a list's last item)
    takes up the person that clause describes, and through an apposition the title
    before it, not the thing named last."""
    tok = noun
    while tok.dep_ in ("conj", "appos", "pobj", "prep", "dobj") and tok.head.i < tok.i:
        tok = tok.head
        if tok.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_.startswith("nsubj")
                                       for c in tok.children):  # fmt: skip
            person = tok.head
            return person.head if person.dep_ == "appos" and person.head.pos_ == "NOUN" else person
    return noun


def gap_start(clause: Token, frame: tuple[int, int]) -> int:
    """Where a reported clause starts when its first word was moved before the frame.

    "chips that the company said run twice as fast": *that* is the subject of
    *run* but stands before "the company said"; the content starts after the frame.
    """
    left = clause.left_edge.i
    if left < frame[0] and clause.i >= frame[1]:
        return frame[1]
    return left


def split_predicate(verb: Token) -> Token | None:
    """The predicate of a reported clause the parser cut off from its subject.

    "Metrolink said a tram that struck a lorry in May, injuring two passengers, was
    unconnected to the dispute": *tram* (with its relative clause) is read as the
    object of *said* and *was* as a verb or clause of its own. A finite verb with no
    subject and no "and"/"but" before it, after an object that carries a clause, is
    that object's predicate: the whole stretch is what was said.
    """
    objects = [c for c in children_by_dep(verb, ("dobj",)) if c.i > verb.i]
    if len(objects) != 1 or not children_by_dep(objects[0], ("relcl", "acl")):
        return None
    obj = objects[0]
    for conj in verb.children:
        if conj.dep_ not in ("conj", "ccomp") or conj.i <= obj.right_edge.i:
            continue
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
        joined = any(c.dep_ in ("cc", "preconj") and verb.i < c.i < conj.i for c in verb.children)
        if _finite(conj) and not subject and not joined:
            return conj
    return None


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("was", "runs", "had been left", "may close")."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ in finite:
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in finite for c in auxes):
        return True
    # "Several stallholders suspect the rents ...": a plural present the tagger read as a
    # base form (VB) heading the sentence with a subject of its own and no auxiliary
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and not auxes and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children
    )


#: Verbs that, set between commas inside a report, always frame it ("..., the bank said
#: in its monthly report, and ..."), never name an event of their own.
FRAME_VERBS = lexicon.word_set("cues", "frame_verbs")


def in_list(verb: Token, frame: tuple[int, int]) -> bool:
    """ "Kole won, Fenn conceded before one o'clock, and ...": a clause with a time or
    place of its own, in a list joined by "and", reports an event, not the clauses
    around it (unlike the frame set inside a report: "Ten were held, the force said,
    and two were charged")."""
    doc = verb.doc
    if verb.dep_ == "parataxis" or frame[1] + 1 >= len(doc) or doc[frame[1]].text != ",":
        return False
    if verb.lemma_.lower() in FRAME_VERBS:  # "Prices rose, the bank said in a note, and"
        return False
    listed = doc[frame[1] + 1].dep_ == "cc"
    return listed and any(c.dep_ in ("prep", "npadvmod") for c in verb.children)


def contrast_clause(verb: Token) -> bool:
    """ "..., although it cautioned that ...": a cue in a clause of contrast with a
    subject of its own is the writer's second act, not part of the first act's content."""
    if verb.dep_ != "advcl":
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children)
    return marked and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def contrast_cap(
    verb: Token,
    clauses: list[Token],
    is_cue: Callable[[Token], bool],
    advcl: tuple[list[int], list[int]] | None = None,
) -> int | None:
    """Where a content stops before a clause of contrast that is an act of its own
    ("... fell by a tenth, although it cautioned that ..."), as a character offset; the
    clause may hang on the content or on the cue itself. ``advcl``: the positions of the
    document's adverbial clauses of contrast and every token's head, if known (only an
    adverbial clause can be one of contrast), so that the clauses' subtrees need no walk."""
    if advcl is None:
        found = [t for c in clauses for t in c.subtree if t.i > c.i]
    else:
        doc = verb.doc
        positions, heads = advcl
        found = [
            t
            for t in (doc[i] for i in positions)
            if any(t.i > c.i and in_subtree(c, t, heads) for c in clauses)
        ]
    found += [c for c in verb.children if c.i > verb.i]
    starts = [t.left_edge.idx for t in found if contrast_clause(t) and is_cue(t)]
    return min(starts, default=None)


def in_subtree(top: Token, tok: Token, heads: list[int]) -> bool:
    """``tok in top.subtree`` without walking the subtree. spaCy reaches a word of a
    subtree through its head's children, which it looks for between the head's edges:
    so the chain of heads from ``tok`` (``heads``: each token's head, as positions) must
    reach ``top``, and each word on it lie within its head's edges."""
    chain = []
    at = tok.i
    while at != top.i:
        head = heads[at]
        if head == at:
            return False  # the root, and no ``top`` on the way
        if len(chain) >= len(heads):  # (a loop of heads: ask spaCy)
            return any(t.i == tok.i for t in top.subtree)
        chain.append(at)
        at = head
    doc = tok.doc
    for at in chain:
        head = doc[heads[at]]
        if not head.left_edge.i <= at <= head.right_edge.i:
            return False
    return True


#: Marks that close a clause off from a cue after it: "Read more: The reform explained",
#: "It asked its allies for help; it might find ...". Only a comma, a dash, or the end
#: of a quotation ("...," she said; "...?" she asked) joins a clause to a cue after it.
CLOSING_MARKS = {";", ":", "."}


def joined_before(clause: Token, frame: tuple[int, int]) -> bool:
    """True when a clause before the frame is joined to it as its content."""
    end = clause.right_edge.i
    if end >= frame[0]:
        return True
    between = clause.doc[end + 1 : frame[0]]
    return all(t.is_punct or t.is_space for t in between) and not any(
        t.text in CLOSING_MARKS for t in between
    )


def purpose_of(tok: Token) -> bool:
    """ "wrote to the Gazette last week to say that ...": a to-infinitive of a
    reporting verb that only says why the writer wrote (the act is *wrote*)."""
    return (
        tok.tag_ == "VB"
        and tok.dep_ in ("advcl", "xcomp")
        and tok.head.i < tok.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def letter_request(verb: Token) -> Token | None:
    """ "wrote to the council on Friday asking it to stop ...", "have written to the
    parish magazine demanding a review", "wrote to the committee to ask for a minibus":
    the participle (or "to"-infinitive) of a verb of asking (cues.yaml letter_requests)
    after the "to" listener of a verb of writing gives what the letter asked; the parser
    hangs it on the verb or, as a participle, on the listener. No "to" listener ("wrote
    a novel asking readers ..."), or "asking after" someone (a greeting): no request."""
    listener = next(
        (o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i
         for o in c.children if o.dep_ == "pobj"),
        None,
    )  # fmt: skip
    if listener is None:
        return None
    words = cue_words("letter_requests")
    found = [
        c for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and c.i > listener.i
        and (c.tag_ == "VBG" or purpose_of(c))
    ] + [c for c in listener.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > listener.i]
    return next(
        (c for c in found if c.lemma_.lower() in words
         and not any(p.dep_ == "prep" and p.lower_ == "after" for p in c.children)),
        None,
    )  # fmt: skip ("asking after her health": a greeting, no request)


# -- who can be a source ---------------------------------------------------------------
#: Pronouns that stand for people or bodies ("she suggested", "they expect").
SOURCE_PRONOUNS = {"he", "she", "they", "we", "i", "you"}
#: Entity types of a named source.
SOURCE_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
#: Endings of nouns for people by what they do ("economists", "forecasters",
#: "investors", "historians", "consultants"); in the singular only those that seldom
#: end a word for a thing ("the director", "the economist", "the historian"; not -er:
#: "the weather", "the number").
AGENT_ENDINGS = ("ists", "ers", "ors", "ians", "ants", "men")  # "-men": fishermen
AGENT_ENDINGS_SINGULAR = ("ist", "ian", "tor", "man")  # "-man": fisherman, chairwoman
#: Modal verbs under which a cue is advice or a possibility, not a report ("drivers
#: should expect delays", "the bank may suggest a cut").
MODALS = {"can", "could", "may", "might", "must", "should", "would", "will", "shall"}


@cache
def source_nouns() -> frozenset[str]:
    """Head nouns of people, bodies and documents that can be a source, from the
    sourcing lexicons (documents, organisations, groups, anonymous heads, titles,
    unnamed roles, spokespeople and everyday nouns for a person)."""
    types = lexicon.load("source_types", "source_types")
    anaphors = lexicon.load("anaphors", "anaphors")
    titles = lexicon.load("titles", "titles")
    words: set[str] = set()
    heads = ("document_heads", "anonymous_heads", "organization_heads", "group_heads")
    for key in heads:
        words |= set(lexicon.words(types, key))
    words |= person_heads()
    for key in ("organization_nouns", "unnamed_roles", "speaks_for_nouns"):
        words |= set(lexicon.words(anaphors, key))
    words |= set(lexicon.words(titles, "titles"))
    return frozenset(w.lower() for w in words) - {"it", "someone", "people", "person"}


@cache
def document_nouns() -> frozenset[str]:
    """Head nouns of documents that make statements (``source_types.yaml``): "the
    forecast", "the report"; not evidence such as "the figures" (``cues.yaml``)."""
    heads = lexicon.words(lexicon.load("source_types", "source_types"), "document_heads")
    return frozenset(heads) - lexicon.word_set("cues", "evidence_heads")


def source_like(subject: Token) -> bool:
    """True when a subject can be a source: a person, body or document ("she", "the
    bank", "analysts", "the forecast", "Ann Lee"), not a thing or a state of affairs
    ("the recipe calls for two eggs", "low prices encouraged buyers to return")."""
    if subject.lower_ in SOURCE_PRONOUNS:
        return True
    if subject.lower_ == "it" and subject.dep_ == "nsubj":
        return _body_spoke_before(subject)  # "The Trust said ... It called for a review"
    if subject.ent_type_ in SOURCE_ENTITIES or subject.pos_ == "PROPN":
        return True
    if subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    plural = subject.tag_ == "NNS" and subject.lower_.endswith(AGENT_ENDINGS)
    return lemma in source_nouns() or plural or subject.lower_.endswith(AGENT_ENDINGS_SINGULAR)


def _body_spoke_before(it: Token) -> bool:
    """ "it" opens a sentence right after one whose subject is a name or a document with a
    verb of its own (a person is never "it"): the body or the report that spoke ("... It
    called for an urgent review"), not a recipe or a rule ("It calls for two eggs")."""
    doc = it.doc
    sent = sentence_of(it)
    if it.i != sent.start or sent.start == 0:
        return False
    before = sentence_of(doc[sent.start - 1])
    return any(  # a name (the model's label for a body's name is unreliable: "Guild")
        t.dep_ == "nsubj" and t.head.pos_ == "VERB" and (t.pos_ == "PROPN" or _document(t))
        for t in before
    )


def _document(noun: Token) -> bool:
    """A document that reports ("The force's own evaluation ... found that ... It
    recommended "further calibration""): "it" after it is the document speaking again."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in document_nouns()


def realised(verb: Token) -> bool:
    """False under a modal: "drivers should expect delays" reports no one's view."""
    return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def by_a_source(verb: Token, subject: Token | None) -> bool:
    """The verb's active subject is a source, the verb has a tense of its own and no
    modal holds the act back ("have spent the week predicting disaster" describes what
    they did; "drivers should expect delays" is advice)."""
    if subject is None or not (realised(verb) and _finite(verb)):
        return False
    return source_like(subject) or _inverted_speaker(verb, subject)


def _inverted_speaker(verb: Token, subject: Token) -> bool:
    """ '"Give us a fair price," pleaded the fisherman': a noun right after a cue that
    follows a closing quotation mark is the one who spoke (the order is only used for
    speech), whatever the noun."""
    doc = verb.doc
    return (
        subject.i > verb.i
        and verb.i > 0
        and doc[verb.i - 1].is_quote
        and subject.pos_ in ("NOUN", "PROPN")
    )


def finding_subject(subject: Token | None) -> bool:
    """A study or the people who did it ("the researchers found a thin layer", "a trial
    in Norway reported similar results"): their noun object is a finding they report."""
    if subject is None:
        return False
    words = cue_words("research_subjects")
    return subject.lemma_.lower() in words or subject.lower_ in words


def evidence_subject(subject: Token | None) -> bool:
    """Published figures or data as a subject ("the figures", "the statistics"): their
    noun object is what they count (cues.yaml published_information; not "its
    disciplinary records show 14 red cards", a record kept, not figures put out)."""
    if subject is None or subject.pos_ != "NOUN":
        return False
    words = cue_words("published_information")
    return subject.lemma_.lower() in words or subject.lower_ in words


@cache
def cue_words(key: str) -> frozenset[str]:
    """One word category of ``cues.yaml``, read once (not from the file on each cue)."""
    return lexicon.word_set("cues", key)


def object_content(verb: Token, entry: dict[str, Any], subject: Token | None) -> list[Token]:
    """A noun object as content, for verbs whose object is a proposal, forecast or
    view only when a source acts ("she suggested a review", "analysts expect a loss";
    not "the name suggests a link", "drivers should expect delays")."""
    found = finding_subject(subject) and realised(verb) and _finite(verb)  # a study is one
    if entry.get("finding_object") and found:
        return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    evidence = evidence_subject(subject) and realised(verb) and _finite(verb)
    if entry.get("evidence_object") and evidence:
        # "the figures ... show 4,212 crossings": published figures report what they count
        # (a noun or a number, not "show little")
        return [c for c in verb.children
                if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "NUM")]
    if entry.get("claim_object") and by_a_source(verb, subject):
        return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and _claim(c)]
    wanted = entry.get("source_object")
    if not wanted or not by_a_source(verb, subject):
        return []
    if wanted == "document" and subject.lemma_.lower() not in document_nouns():
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c != subject]


#: Pronouns that stand for a claim just reported ("The director denied this.")
_CLAIM_PRONOUNS = frozenset({"this", "that", "it", "these", "those"})
#: Nouns for a claim ("denied the allegations"): cues.yaml claim_nouns, read once
_CLAIM_NOUNS = lexicon.word_set("cues", "claim_nouns")


def _claim(obj: Token) -> bool:
    """An object that stands for a claim made before: a bare "this"/"that"/"it" ("The
    director denied this.") or a noun for a claim ("denied the allegations"); not "denied
    bail", "denied any wrongdoing" (a plea the keys leave borderline)."""
    if obj.lower_ in _CLAIM_PRONOUNS:
        return obj.n_lefts == 0 and obj.n_rights == 0
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in _CLAIM_NOUNS


def prep_content(verb: Token, entry: dict[str, Any], subject: Token | None) -> list[Token]:
    """The object of the preposition a verb takes its content with ("called for the
    vote to be rerun", "boasts of "record investment""), when a source acts."""
    prep = entry.get("prep_content")
    doc = verb.doc
    if not prep or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != prep:
        return []
    if not by_a_source(verb, subject):
        return []
    word = doc[verb.i + 1]
    if word.head == verb:
        demand = entry.get("prep_demand")  # "called for a rerun", not "for a taxi"
        objects = [c for c in word.children if c.dep_ in ("pobj", "pcomp")]
        if demand == "clause":  # "asked for the report to be published", not "for water"
            return [c for c in objects if _clause_demand(c)]
        return [c for c in objects if _demand(c)] if demand else objects
    clause = word.head  # "for" read as the mark of a clause: "for the vote to be rerun"
    return [clause] if word.dep_ == "mark" and clause.head == verb else []


#: Endings of nouns for an action, state or quality ("resignation", "investment",
#: "independence", "unity", "secrecy"): what a speaker can demand or boast of, unlike
#: a thing one phones or shouts for ("called for a taxi", "called for a doctor").
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ence", "ity", "ism", "ness", "ship", "cy")
#: Prepositions that say what a demanded thing is about ("a ban on", "a review of").
ABOUT_PREPS = frozenset({"on", "of", "into", "about", "over", "against", "for", "to", "from"})


def _demand(obj: Token) -> bool:
    """An object that states a demand or claim: a clause, a quotation, an abstract
    noun, or a noun that says what it is about ("an inquiry into", "a ban on")."""
    if obj.pos_ in ("VERB", "AUX") or obj.left_edge.is_quote:
        return True
    about = any(  # "an inquiry into", "a ban on"; not "a taxi at midnight"
        c.dep_ == "prep" and c.i > obj.i and c.lower_ in ABOUT_PREPS for c in obj.children
    )
    demanded = obj.lemma_.lower() in cue_words("demand_nouns")  # "a review"
    return about or demanded or obj.lower_.endswith(ABSTRACT_ENDINGS)


def _clause_demand(obj: Token) -> bool:
    """An object of "asked for" that is a clause: a quotation, a verb, or a noun with a
    to-infinitive of its own ("the report to be published", "the vote to be rerun")."""
    if obj.pos_ in ("VERB", "AUX") or obj.left_edge.is_quote:
        return True
    return any(
        c.dep_ in ("acl", "relcl", "xcomp") and c.i > obj.i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in obj.children
    )  # fmt: skip


def phrase_range(tok: Token) -> tuple[int, int]:
    """Token range of a content phrase without a clause set off by a comma after it
    ("a scrappage grant, which is a lovely idea ...": the comment is the writer's)."""
    end = tok.right_edge.i + 1
    for t in tok.subtree:
        if t.i > tok.i and t.text == "," and t.i < end:
            end = t.i
    return tok.left_edge.i, end


def clause_after_time(verb: Token) -> list[Token]:
    """ "told a local paper at the time that the family would rather ...": the parser
    reads "the time that ..." as a relative clause; after a reporting verb, a clause
    whose "that" is neither its subject nor its object is what was said. The noun may sit
    deeper in the cue's phrase ("said in a decision published an hour after the race
    that ...", "told reporters in the paddock that Tranter would "never ask" its
    drivers"), and "that" may be read as the object of a verb that has an object of its
    own; or the clause hangs on the participle of the medium ("said in a note circulated
    after the meeting that ...")."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        clause = next((t for t in prep.subtree if _misread_that_clause(t)), None)
        if clause is not None:
            found.append(clause)
    return found


def _misread_that_clause(clause: Token) -> bool:
    """A clause opened by "that", with a subject of its own, that the parser hung on a
    noun (or on a participle describing a noun) inside a cue's prepositional phrase."""
    own_subject = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children
    )
    if not own_subject or clause.pos_ not in ("VERB", "AUX"):
        return False
    noun = clause.head
    if clause.dep_ == "relcl" and noun.dep_ == "pobj" and noun.i < clause.i:
        return that_not_relative(clause)
    return (
        clause.dep_ in ("ccomp", "advcl")
        and noun.dep_ == "acl"
        and noun.tag_ == "VBN"
        and noun.head.dep_ == "pobj"
        and clause.left_edge.lower_ == "that"
        and clause.left_edge.dep_ == "mark"
        and clause.i > noun.i
    )


def that_not_relative(clause: Token) -> bool:
    """A relative clause the parser hung on the noun right before it whose "that" cannot
    be the relative word: the clause has a subject of its own beside "that" ("the
    customers that hosepipes are banned"), "that" is read as a mark or adverb, or as the
    object of a verb that has an object of its own ("the race that Lanyon had left no
    room"): "that" opens a reported clause."""
    doc, noun = clause.doc, clause.head
    first = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if first is None or first.lower_ != "that" or first.head != clause:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children):
        return False
    if first.dep_ in ("advmod", "mark", "nsubj", "nsubjpass"):
        return True
    return first.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i != first.i for c in clause.children
    )


def clause_after_relative_listener(verb: Token) -> list[Token]:
    """ "Corvane Rail, the operator that told riders in May it had fixed the doors, is
    late": the parser hangs the told clause on the main verb after it. A relative
    *tell* with a listener and no clause of its own takes the clause with its own
    subject that starts right where the relative clause ends, before the main verb."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() != "tell":
        return []
    if not any(c.dep_ == "dobj" for c in verb.children) or any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children
    ):
        return []
    doc = verb.doc
    start = verb.right_edge.i + 1
    if start >= len(doc):
        return []
    for clause in (t for t in doc[start : start + 12] if t.dep_ == "ccomp"):
        starts = [  # its subject opens right there (the parser may give it a second one)
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == start
        ]
        if starts and clause.head.i > clause.i:
            return [clause]
    return []


#: Nouns that introduce the words of a post: "with the caption "..."".
CAPTION_WORDS = lexicon.word_set("cues", "caption_words")


def message_clause(verb: Token) -> Token | None:
    """ "posted a reminder that abusive comments would be reported": the that-clause of a
    message noun (cues.yaml message_nouns) that is the verb's object; the clause gives
    the message's words ("that" a conjunction, not the relative pronoun of "a photo that
    went viral")."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        if obj.lemma_.lower() not in cue_words("message_nouns"):
            return None
        return next(
            (c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
            None,
        )  # fmt: skip
    return None


def captioned(verb: Token) -> Token | None:
    """ "posted a photo with the caption "...": the caption word before a quotation (the
    quoted caption is the post's words, so a plain object such as "a photo" does not
    make the verb report nothing)."""
    doc = verb.doc
    for tok in verb.subtree:
        caption = tok.lemma_.lower() in CAPTION_WORDS or tok.lower_ in CAPTION_WORDS
        if caption and tok.head.lower_ == "with":  # ("words": its lemma is "word")
            k = tok.i + 1  # (a colon may stand between: 'with the caption: "..."')
            k += k < len(doc) and doc[k].text in (":", ",")
            return tok if k < len(doc) and doc[k].is_quote else None
    return None


def caption_quote(verb: Token, speech: list[Quote]) -> list[tuple[int, int]]:
    """The inside of the quotation right after a caption word ('with the caption "..."')."""
    word = captioned(verb)
    if word is None:
        return []
    start = word.idx + len(word.text)
    text = doc_text(verb.doc)
    after = [
        q for q in speech if q.start >= start and not text[start : q.start].strip(" :,\n")
    ]  # fmt: skip
    return [(after[0].inner_start, after[0].inner_end)] if after else []


#: What a learner is told about an act found by one of the rules above ({who}: the source).
ASIDES = {
    "second": "The sentence joins two things {who} did with 'and': each report is its own "
    "attribution, with the same source.",
    "relative": "'who', 'which' or 'that' stands for {who}, named just before it.",
    "issuer": "The words come from a statement {who} put out; the participle reports it.",
    "caption": "A caption is writing: the quoted words are {who}'s, posted with a picture.",
    "contrast": "The writer sets this second report beside the first ('although', "
    "'while'); it is {who}'s own act, not part of the first report.",
}


def aside_of(verb: Token, subject: Token, entry: dict[str, Any]) -> str:
    """Which of :data:`ASIDES` explains how the act was found ("" for a plain act)."""
    if contrast_clause(verb):
        return "contrast"
    if verb.dep_ == "relcl" and subject.i == verb.head.i:
        return "relative"
    if issuer(verb) is not None:
        return "issuer"
    if entry.get("speech_object") and captioned(verb) is not None:
        return "caption"
    return ""


def contrast_host(act_verb: Token, subject: Token, hosts: list[tuple[Token, Token]]) -> int | None:
    """The act a clause of contrast sets itself beside, when its pronoun subject can only
    be that act's speaker ("Roadwatch said ..., although it cautioned that ..."): the
    index in ``hosts`` ((cue verb, speaker head) of earlier acts) of the cue it hangs
    under, if the pronoun agrees with that speaker (it: no he or she, nor a plural;
    he/she: a person; they: a plural or a body)."""
    pronoun = subject.lower_
    if not contrast_clause(act_verb) or pronoun not in ("it", "he", "she", "they"):
        return None
    ancestors = {t.i for t in act_verb.ancestors}
    for k in range(len(hosts) - 1, -1, -1):
        verb, head = hosts[k]
        if verb.i not in ancestors:
            continue
        person = head.ent_type_ == "PERSON" or head.lower_ in ("he", "she")
        fits = {  # a name the model tags a person may be a body ("it" says it is one)
            "it": head.lower_ not in ("he", "she") and head.tag_ not in ("NNS", "NNPS"),
            "they": not person or head.tag_ in ("NNS", "NNPS"),
        }.get(pronoun, person)
        return k if fits else None
    return None

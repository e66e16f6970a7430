"""Reporting frames the attribution lens reads past the parser (annotation guide,
section 1): a cue in an "as" clause whose content is the clause it leans on ("the
money is ring-fenced, as the officer explained"), a subject the parser took for a
compound of the cue ("The brochure promises "..."") or a cue it took for a noun
("The manifesto pledges "...""), the reported clause of a cue inside a relative
clause ("a class which they said gave children ..."), the reported clause hung on
the listener of *tell* ("telling councillors they were ..."), and a second act of
a document after a passive clause ("found that X had been sent ... and called ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from kit import lexicon
from kit.lenses.attribution_links import RELATIVES, document_nouns, source_like
from kit.lenses.hedging_modals import is_person
from kit.lenses.shared import children_by_dep

#: Words that mark an "as" clause as a time or manner, not a report ("as soon as").
_NOT_ASIDE = {"soon", "long", "far", "much", "well"}


def as_aside(verb: Token) -> tuple[int, int] | None:
    """The token range a cue in an "as" clause reports: "the money is ring-fenced, as
    the council's transport officer explained", "As the mayor noted, the budget is
    tight". The clause has no object or reported clause of its own (the gap is what
    was said); "as she explained the plan, the lights went out" is a time."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"]
    if not marks or marks[0].i != verb.left_edge.i:
        return None
    doc = verb.doc
    if marks[0].i > 0 and doc[marks[0].i - 1].lower_ in _NOT_ASIDE:
        return None  # "as soon as she said it"
    own = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd")]
    if any(c.lower_ != "it" for c in own):
        return None  # "as she explained the plan": a time, not a report
    head = verb.head
    if verb.i > head.i:  # "..., as X explained."
        start, end = head.left_edge.i, verb.left_edge.i
    else:  # "As X noted, ..."
        start, end = verb.right_edge.i + 1, head.right_edge.i + 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end - start >= 2 else None


def compound_subject(verb: Token) -> Token | None:
    """A subjectless present-tense cue whose subject the parser read as a compound of
    it: "The glossy brochure promises "..."" (*brochure* hung on *promises*)."""
    if verb.tag_ not in ("VBZ", "NNS") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return None
    nouns = [c for c in verb.lefts if c.dep_ in ("compound", "npadvmod", "amod", "nmod")
             and c.pos_ == "NOUN"]  # fmt: skip
    return nouns[-1] if nouns and nouns[-1].i == verb.i - 1 else None


def subject_after_quote(verb: Token) -> Token | None:
    """The speaker named right after an inverted cue when the parser gave the name to
    the clause that describes it: '"...," said Gwilym Rhys-Arnott, who keeps 900 sheep'
    (*Rhys-Arnott* read as the subject of *keeps*). Only a subjectless cue right after a
    closing quotation, followed at once by a name whose own clause starts after a comma."""
    doc = verb.doc
    if verb.i < 2 or not (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == ","):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound":
        i += 1
    if i >= len(doc) or i == verb.i + 1 and doc[i].pos_ != "PROPN":
        return None
    name = doc[i]
    if name.pos_ != "PROPN" or name.dep_ not in ("nsubj", "nsubjpass") or name.head.i <= name.i:
        return None
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    return name if after is not None and after.text == "," else None


def noun_read_cue(tok: Token, lemmas: set[str] | dict) -> bool:
    """A cue the parser read as a plural noun heading the sentence: "The party's
    manifesto pledges "a fairer deal"" (*pledges* a noun, *manifesto* its compound).
    Only a sentence head with a noun before it and an opening quotation right after
    it is read as the verb; "The pledges were broken" keeps its noun. So is a sentence
    head the parser gave a subject before it and a clause after it ("Lawyers for the
    council claim the contract was never signed": *claim* a noun). So is a cue noun
    right after an infinitival "to" and right before "that" and a clause ("came by
    to coo that the yard was ...": *coo* a noun, the pobj of "to"); "a trip to Bray
    that week" and "the move to merge that the board ..." keep their nouns."""
    if tok.tag_ not in ("NN", "NNS") or tok.lemma_.lower() not in lemmas:
        return False
    if tok.dep_ != "ROOT":
        return _infinitive_noun(tok)
    subject = any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
    if subject and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return True
    if tok.tag_ != "NNS":
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "NOUN"]
    return nxt is not None and nxt.is_quote and bool(before) and before[-1].i == tok.i - 1


def _infinitive_noun(tok: Token) -> bool:
    """ "to coo that the yard was ...": "to" tagged the infinitive marker right before the
    cue noun (whether hung on it or read as a preposition), "that" right after it, and a
    clause the "that" opens, headed by a verb the parser hung on the noun (as its ccomp or
    acl). "The plan to merge that the board approved" has a verb after "to"; "a trip to
    Bray that week" no cue noun."""
    doc = tok.doc
    if tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i - 1].tag_ != "TO":
        return False
    that = doc[tok.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark":
        return False
    clause = that.head  # "to" may be read as a preposition and the clause as its acl
    return clause.head == tok and clause.dep_ in ("ccomp", "acl") and clause.i > that.i


def owned_document(verb: Token, subject: Token) -> str | None:
    """The name of a document whose owner the parser hung on a misread cue ("Pantrio's
    sleek advertising promises": *Pantrio's* on *promises*): "Pantrio's advertising",
    the owner word kept as the speaker lens keeps it for a document
    (annotation_rules.md, section 5). None when no owner stands before the subject or
    the subject is not a document."""
    owners = [c for c in verb.children if c.dep_ == "poss" and c.i < subject.i]
    if not owners or subject.lemma_.lower() not in document_nouns() | DOCUMENT_WORDS:
        return None
    owner = owners[0]
    words = [t.text for t in owner.subtree if t.dep_ not in ("case", "det", "punct")]
    return f"{' '.join(words)}'s {subject.lower_}"


#: Documents that speak for their maker in print or on screen ("the brochure promises").
DOCUMENT_WORDS = lexicon.word_set("cues", "maker_documents")


def relative_clause_content(verb: Token) -> list[Token]:
    """ "the class, which they said gave children ...": a cue inside a relative clause
    with a subject of its own; the relative word is the subject of the reported
    clause, which the parser may hang on the cue as an open complement (or the whole
    clause on the main verb: "rules that they say treat them ..."). Without a relative
    word ("an offer they say falls short"), a finite complement is the reported clause
    ("the plan they promised to deliver" is no clause: an infinitive)."""
    if aux_cue_subject(verb) is not None:  # "charges that they say leave them ..."
        return [verb.head]
    if verb.dep_ not in ("relcl", "advcl"):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    relative = len(subjects) >= 2 and any(s.lower_ in RELATIVES for s in subjects)
    contact = verb.dep_ == "relcl" and len(subjects) == 1 and subjects[0].i < verb.i
    if not relative and not contact:
        return []
    return [
        c for c in verb.children
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (relative or _finite(c))
    ]  # fmt: skip


_AUXILIARIES = frozenset({"be", "have", "do", "get", "use", "need", "dare", "ought"})


def aux_cue_subject(verb: Token) -> Token | None:
    """ "new charges that they say leave them worse off": the parser may read the
    reporting verb as an auxiliary of the reported verb and hang its subject there. A
    present or past reporting verb right after that subject, after a relative word,
    is the cue, and the subject is its own."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "aux" or verb.tag_ not in ("VBP", "VBZ", "VBD") or head.i <= verb.i:
        return None
    if verb.lemma_.lower() in _AUXILIARIES:  # "that it had brought in": a true auxiliary
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i == verb.i - 1]
    if not subjects or verb.i < 2 or doc[verb.i - 2].lower_ not in RELATIVES:
        return None
    return subjects[0]


def _finite(clause: Token) -> bool:
    """A verb with a tense of its own (or a modal), not an infinitive or participle."""
    if any(c.tag_ == "TO" for c in clause.children):
        return False
    return clause.tag_ in ("VBZ", "VBD", "VBP") or any(c.tag_ == "MD" for c in clause.children)


def listener_clause(listener: Token) -> list[Token]:
    """ "telling councillors they were selling the harbour": a clause with a subject of
    its own, hung on the listener as a modifier, is what was told."""
    found = []
    for clause in listener.children:
        if clause.dep_ != "acl" or clause.i < listener.i:
            continue
        first = clause.left_edge
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        if subject and first.tag_ not in ("WDT", "WP", "WP$", "WRB") and first.lower_ != "that":
            found.append(clause)
    return found


def after_passive(verb: Token, head: Token) -> bool:
    """A second reporting verb with an object of its own cannot share a passive clause's
    auxiliaries, nor its subject when that is a thing: "found that the coaster had been
    sent to sea and called the rescue "..."" (the inquiry called it; but "said he had
    been sacked and called the decision unfair": he called it)."""
    if head.tag_ != "VBN" or head.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children)
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    thing = bool(subjects) and not source_like(subjects[0]) and not is_person(subjects[0])
    own_object = any(c.dep_ == "dobj" for c in verb.children)
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return passive and thing and own_object and not own_aux


#: Words that join a second speaker's act to the first ("Most said A, and half said B").
_JOINS = {"and", "but", "while", "whereas", "whilst", "yet"}


#: Subjects that, after "said A, and", are the speaker's own words going on, never a
#: second speaker (news prose speaks of its sources in the third person).
_SPEAKERS_OWN = frozenset({"i", "we", "you"})


def next_speaker(conj: Token) -> bool:
    """A second act with a subject of its own, joined to the first by "and", "but" or
    "while": "Nine in ten said A, and more than half said B" (not "told the paper that
    A, so the US released the information": "so" joins what was told; not "said A, and
    we should not expect B": a first or second person goes on in the speaker's words)."""
    subjects = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ in _SPEAKERS_OWN for s in subjects):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" and c.i < conj.i for c in conj.children):
        return False  # "told us that A and that the page had shared B": a second clause
    joins = [c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i]
    if joins:
        return joins[-1].lower_ in _JOINS
    # "said A "...", and her guest, X, agreed": the parser hung "and" on A's verb
    before = conj.left_edge.i - 1
    return before > 0 and conj.doc[before].dep_ == "cc" and conj.doc[before].lower_ in _JOINS


# -- speakers named through another word -------------------------------------------------
#: Words for a share of a group ("more than half said", "two thirds of the tenants said",
#: "the majority argued"): the share speaks for its group (annotation_rules.md, section 5).
SHARE_WORDS = lexicon.word_set("cues", "share_words")


def share_group(subject: Token, verb: Token) -> Token | None:
    """The group a share of it speaks for: "two thirds of the tenants" -> *tenants*;
    "Nine in ten said A, and more than half said B" -> the first act's group. None for
    a subject that is no share ("the tenants", "one of them")."""
    if subject.lemma_.lower() not in SHARE_WORDS and subject.ent_type_ != "PERCENT":
        return None
    for prep in (c for c in subject.subtree if c.dep_ == "prep" and c.lower_ == "of"):
        groups = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        if groups:
            return groups[0]
    root = verb
    while root.head.i != root.i and root.dep_ in ("conj", "advcl", "ccomp"):
        root = root.head  # "..., and more than half said", "..., while a quarter argued"
    first = [c for c in root.children if c.dep_ == "nsubj" and c.i < subject.i]
    if root is verb or not first:
        return None
    if first[0].lemma_.lower() in SHARE_WORDS:
        return share_group(first[0], root)  # "Two thirds of the tenants said ..."
    return first[0] if first[0].tag_ in ("NNS", "NNPS") else None


def proportion_start(group: Token) -> int | None:
    """Where a group's name starts after a proportion counted on it ("Nine out of ten
    complainants", "nine in ten voters" -> *complainants*, *voters*; "Eleven of the
    fourteen volunteers" -> *volunteers*)."""
    share = group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.like_num
    for child in group.children:
        counted = child.dep_ == "nummod" and child.i < group.i
        ratio = any(t.pos_ == "ADP" or t.lower_ in ("out", "in") for t in child.subtree)
        if counted and (share or ratio):
            return child.right_edge.i + 1
    return None


def bound_pronoun(verb: Token, subject: Token) -> Token | None:
    """The subject of the main clause a pronoun in a relative clause stands for:
    "Inspectors praised the class, which they said gave children ..." (*they* are the
    inspectors: the relative word, not the pronoun, stands for the class), when the
    subject is a plural or a body. Only "they": the speaker lens follows a singular
    pronoun through the article itself and uses it to tie later descriptions ("the
    streamer") to the name, so it is left to that lens."""
    aux = aux_cue_subject(verb) is not None  # "charges that they say leave them"
    if subject.lower_ != "they" or verb.dep_ not in ("relcl", "advcl") and not aux:
        return None
    if verb.dep_ == "advcl" and not any(  # "rules that they say ...", hung on the main verb
        c.dep_ == "nsubj" and c.lower_ in RELATIVES and c.i < subject.i for c in verb.children
    ):
        return None
    host = verb.head.head if aux else verb.head
    for _ in range(4):
        if host.pos_ in ("VERB", "AUX") or host.head.i == host.i:
            break
        host = host.head
    mains = [c for c in host.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not mains or mains[0].pos_ == "PRON":
        return None
    main = mains[0]
    if main.like_num or main.pos_ == "NUM":  # "Eleven of the fourteen volunteers ... they say"
        groups = [o for p in main.children if p.lower_ == "of" for o in p.children]
        main = next((o for o in groups if o.dep_ == "pobj"), main)
    return main if main.tag_ in ("NNS", "NNPS") or main.ent_type_ in ("ORG", "NORP") else None


def participle_aside(verb: Token) -> Token | None:
    """ "The Kilbride chairman, asked whether the job was safe, told reporters: ...": the
    parser may read the passive participle set off by commas as the main verb with the
    subject before it, and the real cue as its clause. Returns that cue (a finite verb
    with no subject of its own, right after the comma that closes the aside); the
    participle reports nothing."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].right_edge.i not in (verb.i - 2, verb.i - 1):
        return None  # "The chairman, who was asked ..., told": not this misreading
    for cue in verb.children:
        if cue.i < verb.i or cue.dep_ not in ("ccomp", "conj") or cue.tag_ not in ("VBD", "VBZ"):
            continue
        if doc[cue.left_edge.i - 1].text != "," or cue.left_edge.i != cue.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return cue
    return None


def aside_subject(verb: Token) -> Token | None:
    """The subject of a cue the parser hung under a participle aside (see above)."""
    head = verb.head
    cue = participle_aside(head) if head.i != verb.i else None
    if cue is None or cue.i != verb.i:
        return None
    return next(c for c in head.children if c.dep_ == "nsubj" and c.i < head.i)


def split_title(subjects: list[Token]) -> list[Token]:
    """ "Chair of judges Professor Ann Lee said": a capitalised title phrase the parser made
    a second subject right before the name; the name speaks (never for a lower-case
    description, "The charity Roadwatch Denholm said")."""
    if (
        len(subjects) > 1 and subjects[1].ent_type_ == "PERSON"
        and subjects[0].is_title and not subjects[0].ent_type_
        and subjects[1].left_edge.i == subjects[0].right_edge.i + 1
    ):  # fmt: skip
        return subjects[1:]
    return subjects


#: Reflexive pronouns: "describes himself as a hobby breeder" is a claim about oneself
_REFLEXIVES = frozenset(
    {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
)


def self_description(verb: Token) -> Token | None:
    """ "Mr X describes himself on his website as a hobby breeder": a speaker's label for
    themselves is reported even without quotation marks; returns the object of "as"."""
    if not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return objects[0] if objects else None


def catenative_clauses(verb: Token) -> list[Token]:
    """ "keeps telling us we would be mad ...": the parser may hang the clause on "keeps",
    the verb the cue continues; it is the cue's content."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in head.children if c.dep_ == "ccomp" and c.i > verb.i]



def relative_before(verb: Token) -> Token | None:
    """ "In a column for the Weekly, Snodlake, who has judged restaurants for two decades
    and once fronted a show, said ...": the parser hangs the name and its "who" clause
    on the noun before them and leaves the cue with no subject. A subjectless main cue
    right after a "who" clause set off by commas takes the name before the "who"."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    clause = next((a for a in [doc[verb.i - 2], *doc[verb.i - 2].ancestors]
                   if a.dep_ == "relcl"), None)  # fmt: skip
    if clause is None or clause.i > verb.i:
        return None
    who = clause.left_edge
    if who.lower_ not in ("who", "which") or who.i < 2 or doc[who.i - 1].text != ",":
        return None
    name = doc[who.i - 2]
    speaks = name.pos_ == "PROPN" or is_person(name) or source_like(name)
    return name if speaks and not any(t.is_quote for t in doc[who.i : verb.i]) else None


#: Frames that carry out a cue's act in their subject's name (cues.yaml).
CONTROL_ADJECTIVES = lexicon.word_set("cues", "control_adjectives")
CONTROL_NOUNS = lexicon.word_set("cues", "control_nouns")
#: Verbs of taking an occasion ("found time to", "took the trouble to", "seized the chance").
TAKING_VERBS = frozenset({"find", "take", "seize", "use", "grab"})


def controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject is the speaker of a "to" cue under a frame of eagerness or
    occasion: "was quick to point out" (*was*), "was at pains to stress" (*was*), "did
    find time to tell" (*find*), "took the trouble to explain" (*took*). None otherwise
    ("the plan was easy to explain": the plan is explained, not explaining)."""
    head = verb.head
    if verb.dep_ == "pobj" and head.tag_ == "TO" and head.dep_ == "prep" and _infinitive_noun(verb):
        return head.head  # "came by to coo that ...", *to* read as a preposition: *came*
    if not any(c.lower_ == "to" for c in children_by_dep(verb, ("aux",))):
        return None
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in CONTROL_ADJECTIVES:
        return head.head
    if verb.dep_ not in ("relcl", "acl", "xcomp") or head.lemma_.lower() not in CONTROL_NOUNS:
        return None
    if head.dep_ == "dobj" and head.head.lemma_.lower() in TAKING_VERBS:
        return head.head  # "find time to tell" (not "passed up a chance to tell")
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        return head.head.head  # "was at pains to stress"
    return None


def depicted_speaker(verb: Token) -> Token | None:
    """The object of a verb that depicts someone as speaking: "quoted the chairman,
    Ann Lee, as saying the club was ...", "the minutes record her as warning that ...".
    The cue is the "as" participle and its speaker the object it is said of, not the
    subject of the depicting verb (who only passes the words on). A passive ("is quoted
    as saying") has no object: its subject speaks, as the climb to the host finds."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    prep = verb.head
    if prep.lower_ != "as" or prep.dep_ != "prep" or prep.i != verb.i - 1:
        return None
    host = prep.head
    if host.pos_ != "VERB" or host.i > prep.i:
        return None
    objects = [c for c in host.children if c.dep_ == "dobj" and c.i < prep.i]
    return objects[0] if objects and objects[0].pos_ in ("NOUN", "PROPN", "PRON") else None


def stranded_relative(verb: Token) -> Token | None:
    """ "Three buyers we spoke to said they had not": the parser read the preposition
    that ends a relative clause with no relative word as the "to" of an infinitive and
    hung the cue on the clause. A past form cannot follow an infinitive's "to", so the
    cue is the main verb and its subject the noun the relative clause describes."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1]
    clause = verb.head
    if not to or clause.dep_ != "relcl" or clause.i > verb.i:
        return None
    noun = clause.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < clause.i else None


def named_after_place(verb: Token, subject: Token) -> Token | None:
    """ "At Marrowcliffe Sixth Form College, where students collected their envelopes,
    Tobeyn Venndale, 18, said ...": a fronted "at"/"in" whose place the parser left
    without its object and took for the verb's subject, with a person's name hung inside
    that place's own description and running on to the verb (no more than an age or
    commas between), leaves the name as the speaker: the place is where, not who (guide,
    section 1: the speaker is who speaks)."""
    doc = verb.doc
    start = subject.left_edge.i
    if subject.pos_ != "PROPN" or start == 0 or subject.i > verb.i:
        return None
    prep = doc[start - 1]
    if prep.dep_ != "prep" or prep.head != verb or prep.lower_ not in ("at", "in"):
        return None
    if any(c.dep_ == "pobj" for c in prep.children):
        return None
    for name in subject.subtree:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            continue
        if name.head.i <= subject.i:
            continue  # "College, Ann Lee's ...": the place's own apposition is no newcomer
        between = doc[name.i + 1 : verb.i]
        if all(t.is_punct or t.like_num or t in set(name.subtree) for t in between):
            return name
    return None

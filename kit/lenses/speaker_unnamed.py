"""Unnamed speakers and bodies named with an aside (:mod:`kit.lenses.speakers`).

- A body's name ends where an aside opens after it: "The Tech Workers' Guild
  (TWG)", "The Department for Island Transport, or DIT as it likes to be known,".
- An unnamed speaker's relative clause that asks for anonymity: dropped in
  every shape ("League MP who asked not to be named" -> "League MP"), beside a
  description ("woman who has lived on X since 2009"), replaced by a reason that
  says who a bare "man"/"woman" is ("man who rents his flat from a board
  member"), dropped with a reason that only says why they cannot speak openly.
- "an internal memo seen by <the outlet>": the memo; a bare noun keeps the phrase
  ("emails seen by the Beacon"), which is all that tells those emails apart.
- "the ORP said" after "The Office for Rail Punctuality (ORP)": the full name.
- "the statement said" after "The man's family said in a statement" in the same
  paragraph: the document with its owner word ("family's statement").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import numpy as np
from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.lenses.shared import doc_arrays, doc_text
from kit.lenses.speaker_names import document_heads, in_conjunct, words_of

#: Punctuation that opens an aside after a body's name: "(TWG)", ", or DIT as ...", a dash
_ASIDE_OPENERS = frozenset({"(", "[", ",", ";", ":", "\u2013", "\u2014"})


def name_before_aside(span: Span) -> Span:
    """ "The Tech Workers' Guild (TWG)", "The Department for Island Transport, or DIT as
    it likes to be known,": a body's name ends where an aside opens after it (its short
    form, a gloss); the aside is no part of the canonical source (guide, section 1: the
    fullest *name*). A name that opens with the mark is left alone."""
    for tok in span[1:]:
        before = span[: tok.i - span.start]
        if tok.text in _ASIDE_OPENERS and any(t.pos_ == "PROPN" for t in before):
            return before
    return span


def name_after_descriptor(span: Span) -> Span:
    """ "Energy firm Valtra", "the tech giant Quorra": common nouns before a body's proper
    name describe it ("false titles" of news style) and are no part of the name; a name
    with common words inside it ("Farmers' Union", "Bank of England") is left alone."""
    common = [i for i, t in enumerate(span) if t.pos_ == "NOUN" and t.i < span.root.i]
    if not common or not (span[common[-1]].is_lower or _opening_plural(span[common[-1]])):
        return span  # "Ffion Llewyr-Pugh": a capitalised word the tagger called a noun
    rest = span[common[-1] + 1 :]
    named = all(t.pos_ == "PROPN" and t.is_title for t in rest)  # not "justice ministry"
    return rest if len(rest) and named and span.root in rest else span


def _opening_plural(tok: Token) -> bool:
    """ "Liquidators Ashcombe Partners confirmed ...": a plural common noun capitalised
    only because it opens the sentence describes the body named after it."""
    return tok.is_sent_start and tok.tag_ == "NNS" and tok.is_title


#: Nouns that say nothing of who a person is without what follows them: "a man, who did
#: not want to be named because he rents his flat from a board member" is known by the
#: reason, "a woman who has lived on X since 2009" by her clause
#: Verbs of a relative clause in the present that say where or for whom a role holder
#: works ("a gamekeeper who works on a neighbouring estate", "a porter who serves ...")
_EMPLOYED_VERBS = frozenset({"work", "serve", "volunteer", "teach"})

_BARE_PERSON_NOUNS = frozenset({
    "man", "woman", "person", "people", "boy", "girl", "someone", "somebody", "one",
    "guy", "lady", "gentleman", "individual", "anyone",
})  # fmt: skip


def asks_for_anonymity(words: list[Token]) -> bool:
    """ "asked not to be named", "spoke on condition of anonymity", "did not want to give
    her name" (a name withheld); not "gave her first name"."""
    withheld = any(t.dep_ == "neg" for t in words) or any(
        t.lemma_.lower() in ("decline", "refuse", "withhold") for t in words
    )
    asking = withheld or any(t.lemma_.lower() == "ask" for t in words)
    asks = {
        t.lemma_.lower() for t in words
        if t.lower_.startswith("anonym") or t.pos_ != "NOUN" and asking
    }  # ("who named his boat after his wife": his own act, no request)
    if asks & words_of("anonymity_words"):
        return True
    return withheld and any(t.lemma_.lower() == "name" and t.pos_ == "NOUN" for t in words)


def asks_anonymity(span: Span, root: Token) -> str | None:
    """What an unnamed speaker's relative clause that asks for anonymity adds to the
    name (guide, section 2; the keys' convention): nothing ("") when it only asks, in
    any shape ("League MP who asked not to be named" -> "League MP", "teacher who asked
    us not to name her" -> "teacher"); the rest of the clause
    when it also describes ("woman who has lived on X since 2009 and did not want
    to give her name" -> "woman who has lived on X since 2009"); a reason that says
    who the speaker is ("because he rents his flat from a board member" -> "man who
    rents his flat from a board member"); nothing ("") for a reason that only says
    why they cannot speak openly ("because they feared ...", "because whips do not
    speak in public"). None when the clause asks for no anonymity."""
    if root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ == "PERSON":
        return None
    clauses = _relative_clauses(root)
    if not clauses:
        return None
    parts = [  # "a vet who examined the puppies, and who asked not to be named": two clauses
        p for clause in clauses for p in [clause] + [
            c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        ]
    ]  # fmt: skip
    kept, asking, owning = [], [], False
    for part in parts:
        words = [
            t for t in part.subtree
            if (not t.is_punct or t.tag_ == "POS") and not in_conjunct(t, part)
        ]  # fmt: skip
        if asks_for_anonymity(words):
            asking.append(words)
        elif _whose(part):  # "One fund manager, whose firm holds a stake and who asked
            owning = True  # not to be named": what they own, for the description only
        elif not _of_experience(part, root):  # "a marine ecologist who has surveyed ...":
            kept.append(words)  # the role's experience, for the description only
    if not asking:
        return None
    if owning and not kept:
        return ""  # the role alone ("fund manager"), the clauses its description
    if kept:
        texts = ["".join(t.text_with_ws for t in w if t.tag_ not in ("WP", "WDT")).strip()
                 for w in kept]  # fmt: skip
        return "who " + " and ".join(texts)
    words = asking[0]
    reasons = [t for t in words if t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("because", "as", "since") for c in t.children
    )]  # fmt: skip
    if not reasons:  # "who asked not to be named", "who asked us not to name her", "who
        return ""  # spoke on condition of anonymity": the terms of the interview, never
    # who the source is; the keys drop the request in every shape (298 of 304 with a
    # comma before "who", 33 of 35 without; docs/annotation_rules.md)
    reason = [t for t in reasons[0].subtree if not t.is_punct]
    subject = next((t for t in reason if t.dep_ == "nsubj" and t.head == reasons[0]), None)
    own = subject is not None and subject.tag_ == "PRP" and subject.lower_ != "it"
    if not own or {t.lemma_.lower() for t in reason} & words_of("anonymity_reasons"):
        return ""  # why they cannot speak openly, not who they are
    if root.lemma_.lower() not in _BARE_PERSON_NOUNS:
        return ""  # "season-ticket holder": the noun describes them already
    mark = next(c for c in reasons[0].children if c.dep_ == "mark")
    return "who " + " ".join(t.text for t in reason if t not in (subject, mark))


def set_off(words: list[Token]) -> bool:
    """A relative clause set off by a comma before it ("The postman, who asked ..."): an
    aside about a speaker the words before it already name."""
    first = words[0] if words else None
    return first is not None and first.i > 0 and first.doc[first.i - 1].text == ","


def _whose(clause: Token) -> bool:
    """ "whose firm holds a sizeable stake": a relative clause opened by "whose" says what
    the speaker has (a source row's description), not which speaker it is."""
    return any(t.tag_ == "WP$" for t in clause.subtree if t.i < clause.i)


def only_asks_anonymity(noun: Token) -> bool:
    """ "One club member, a dentist who asked not to be named because he hopes to join
    the committee, said": the apposition's only clause asks for anonymity (its reason,
    if any, says why they cannot speak openly, not who they are), so it describes the
    speaker the role already names (the keys record "club member", the apposition as
    its description); "a woman who works in a bank and did not want to be named" says
    more, and is the name."""
    clauses = _relative_clauses(noun)
    parts = [p for c in clauses for p in [c] + [
        k for k in c.children if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX")
    ]]  # fmt: skip
    if not parts:
        return False
    asking = []
    for part in parts:
        words = [t for t in part.subtree if not t.is_punct and not in_conjunct(t, part)]
        if not asks_for_anonymity(words):
            return False
        asking.append(words)
    found = asks_anonymity(noun.doc[noun.i : noun.i + 1], noun)
    return found == "" or found == " ".join(t.text for t in asking[0])


_POST_PREPS = frozenset({"of", "at", "for", "on", "in", "from"})


def post_before_anonymity(span: Span, root: Token) -> Span | None:
    """ "A member of Hollins Green Bowls Club who asked not to be named": the parser hangs
    the clause on the body's name, but it asks anonymity for the member; the post ("member
    of X", "porter at the hospital", "retired nurse from X") already says who, so the name
    is the post alone (as the keys write "conservation officer at Haverlode District
    Council"), whatever reason follows ("because he feared for his job": why, not who)."""
    posts = [
        c for c in root.children
        if c.dep_ == "prep" and c.lower_ in _POST_PREPS and c.i > root.i
    ]  # fmt: skip
    if not posts:
        return None
    for tok in span:
        if tok.dep_ != "relcl" or tok.left_edge.i <= posts[0].i or tok.right_edge.i >= span.end:
            continue
        if tok.head != root and not any(tok.head in p.subtree for p in posts):
            continue
        words = [t for t in tok.subtree if not t.is_punct]
        if words[0].tag_ == "WP" and asks_for_anonymity(words):
            return span.doc[span.start : tok.left_edge.i]
    return None


def _relative_clauses(root: Token) -> list[Token]:
    """The relative clauses that are all that follows an unnamed speaker's noun: "a vet
    who examined the puppies, and who asked not to be named" (the second hung on the
    noun as a conjunct), or none when anything else follows it."""
    after = [c for c in root.children if c.i > root.i and not c.is_punct and c.dep_ != "cc"]
    clauses = [
        c for c in after
        if c.dep_ == "relcl" or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        and any(k.tag_ == "WP" and k.dep_.startswith("nsubj") for k in c.children)
    ]  # fmt: skip
    return clauses if clauses and len(clauses) == len(after) else []


def before_clauses(span: Span, root: Token) -> Span:
    """The speaker without the relative clauses it runs into (their words are taken
    up by :func:`asks_anonymity`): "A vet who examined ..., and who asked ..." -> "A vet"."""
    clauses = _relative_clauses(root)
    if not clauses:
        return span
    end = min(t.i for c in clauses for t in c.subtree)
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end] if span.start < end < span.end else span


def experience_clause(root: Token) -> bool:
    """ "a maintenance worker who has spent years on the estate", "a marine ecologist who
    has surveyed the seagrass beds": a present-perfect relative clause after an unnamed
    speaker's role noun tells the role's experience (the source row's description), not
    which source it is, so the canonical is the role alone ("maintenance worker"). A
    clause that picks out who spoke stays ("the steward who worked the exit", "a vet who
    examined the puppies": a past act), and so does any clause after a noun that says
    nothing alone ("a woman who has lived on X since 2009")."""
    clauses = _relative_clauses(root)
    return len(clauses) == 1 and _of_experience(clauses[0], root)


def _of_experience(clause: Token, root: Token) -> bool:
    """ "who has spent years on the estate" after a role noun (not "woman", "people")."""
    if root.pos_ != "NOUN" or {root.lemma_.lower(), root.lower_} & _BARE_PERSON_NOUNS:
        return False
    subject = any(c.tag_ == "WP" and c.dep_ == "nsubj" for c in clause.children)
    if clause.tag_ == "VBZ" and subject and clause.lemma_ in _EMPLOYED_VERBS:
        # "a gamekeeper who works on a neighbouring estate": where the role holder works,
        # not an act that picks out who spoke ("the steward who worked the exit", "a
        # resident who posts photos of the bridge")
        return not any(c.dep_ in ("aux", "neg") for c in clause.children)
    if clause.tag_ != "VBN":
        return False
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    return (
        subject
        and len(auxes) == 1
        and auxes[0].lemma_ == "have"
        and auxes[0].tag_ in ("VBZ", "VBP")
    )


def named_author(span: Span, root: Token) -> bool:
    """ "The report from the Office for School Quality", "the study by Ann Lee": a
    definite noun that names its author or maker inside the speaker is introduced
    in full, not pointing back to an earlier "the report"."""
    return any(
        prep.dep_ == "prep" and prep.i > root.i and prep.lower_ in ("from", "by")
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i < span.end for o in prep.children)
        for prep in root.children
    )  # fmt: skip


@cache
def _organization_heads() -> frozenset[str]:
    """Nouns that name a body (``source_types.yaml`` organization_heads)."""
    return frozenset(
        lexicon.words(lexicon.load("source_types", "source_types"), "organization_heads")
    )


def _author(span: Span, root: Token) -> Token | None:
    """The maker a document's name gives inside the speaker: a name after "from", "by" or
    "of" ("the report from the Office for School Quality", "the annual report of the X
    Commission"), or a body's noun after "from" or "by" ("a report by the district
    council's safety advisory group"); None otherwise ("a poll of likely voters")."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.i < root.i or prep.lower_ not in ("from", "by", "of"):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.i < span.end):
            if obj.pos_ == "PROPN" or (
                prep.lower_ != "of" and obj.lemma_.lower() in _organization_heads()
            ):
                return obj
    return None


def without_dated_participle(span: Span, root: Token) -> Span:
    """ "figures from the Housing Data Unit published on Tuesday" -> "figures from the
    Housing Data Unit", "a survey by the X Panel, published in April" -> "survey by the X
    Panel", "the annual report of the X Commission published on Tuesday" -> "annual report
    of the X Commission": a document that names its author is known by it, and a participle
    that only says when it came out is no part of the name; without the author the
    participle is what tells it apart ("data released on Friday") and stays."""
    author = _author(span, root)
    if author is None:
        return span
    # the parser hangs "published in April" on the document or on its author ("a survey by
    # the X Panel, published in April")
    hung = [*root.children, *author.children]
    for acl in (c for c in hung if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")):
        rest = [t for t in acl.subtree if t != acl and not t.is_punct]
        dated = rest and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" for t in rest)
        if dated and span.start < acl.i < span.end and acl.right_edge.i < span.end:
            end = acl.i
            while end > span.start + 1 and span.doc[end - 1].is_punct:
                end -= 1
            return span.doc[span.start : end]
    return span


def without_aside_clause(span: Span, root: Token) -> Span:
    """ "A noise survey by Fenwick Acoustics, which the council itself paid for, found":
    a document that names its maker is known by that name, and a clause set off by a
    comma after it ("which ...") only comments on it; without the maker the clause may
    be all that tells it apart ("a report which the council kept back") and stays."""
    if not named_author(span, root):
        return span
    doc = span.doc
    for tok in doc[root.i + 1 : span.end - 1]:
        if tok.text == "," and doc[tok.i + 1].lower_ in ("which", "whose"):
            return doc[span.start : tok.i]
    return span


def without_classifying_adjective(span: Span, root: Token) -> Span:
    """ "A structural survey by Ashby & Lane" -> "survey by Ashby & Lane": the keys write
    a document that names its maker by its head noun and maker, without an adjective
    that only says its kind (3 keys of 3); a noun before the head stays ("noise
    assessment by X", "viability study by X"), and so does an owner ("the trust's own
    survey")."""
    if not named_author(span, root) or root.i <= span.start:
        return span
    before = span.doc[span.start : root.i]
    adjectives = [t for t in before if kind_adjective(t, root)]
    kind_only = all(t.dep_ == "det" or t in adjectives for t in before)
    return span.doc[root.i : span.end] if adjectives and kind_only else span


def kind_adjective(tok: Token, root: Token) -> bool:
    """ "structural" in "a structural survey": a bare adjective before a document's head
    that says its kind; never "own", which says whose it is."""
    return (
        tok.dep_ == "amod" and tok.head == root and tok.pos_ == "ADJ"
        and tok.lower_ != "own" and not list(tok.children)
    )  # fmt: skip


def maker_commissioned_from(span: Span, root: Token) -> str | None:
    """ "A survey commissioned by the club from Ashby Research" -> "survey by Ashby
    Research": a document one body paid for and another made is known by its maker
    (the keys write "survey by X", 2 keys of 3); None unless both are in the speaker
    and the maker is a name."""
    for acl in (c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        payer = [o for o in agent.children if o.dep_ == "pobj"]  # "from X" may hang on it
        for prep in (c for h in [acl, *payer] for c in h.children if c.dep_ == "prep"
                     and c.lower_ == "from"):  # fmt: skip
            maker = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if maker is None or maker.pos_ != "PROPN" or maker.right_edge.i >= span.end:
                continue
            return _known_by_maker(span, root, maker)
    return None


def _known_by_maker(span: Span, root: Token, maker: Token) -> str:
    """A document named by its kind words, head noun and maker: "noise survey by X"."""
    doc = span.doc
    name = doc[maker.left_edge.i : maker.right_edge.i + 1]
    kinds = [t.text for t in doc[span.start : root.i] if t.dep_ == "compound"]
    return " ".join([*kinds, root.text, "by", name.text])


def maker_after_comma(span: Span, root: Token) -> str | None:
    """ "The club's own survey, carried out by Ashby Research in 2025, found": a document
    whose maker a participle of making names after a comma, outside the speaker, is
    known by its head noun and maker ("survey by Ashby Research", as "A survey by X");
    never a participle of paying for or issuing it ("commissioned by the club"), whose
    agent is no maker (``making_participles``), nor a survey the text names by whom it
    asked ("A survey of 900 guests, carried out by X,": the keys keep that name)."""
    doc = span.doc
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None  # "A survey of 900 guests, carried out by X,": known by whom it asked
    for acl in (c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if acl.i < span.end or acl.lemma_.lower() not in words_of("making_participles"):
            continue
        if doc[acl.left_edge.i - 1].text != "," and doc[acl.i - 1].text != ",":
            continue
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        maker = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        if maker is None or maker.pos_ != "PROPN":
            continue
        return _known_by_maker(span, root, maker)
    return None


def without_trailing_date(span: Span, root: Token) -> Span:
    """ "inspection report published by X Council in October" -> "inspection report
    published by X Council", "report commissioned by the museum last year" -> "report
    commissioned by the museum": a document's participle that names who made it is
    known by that, and a date phrase ending the speaker only says when (as a person's
    name is not "X on Monday"); without the maker the date may be what tells it apart
    ("study published on Wednesday in the Journal of X", "data released on Friday")."""
    acl = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                and any(a.dep_ == "agent" for a in c.children)), None)  # fmt: skip
    if acl is None or not span.start < acl.i < span.end:
        return span
    last = max((t for t in acl.children if t.i < span.end), key=lambda t: t.i)
    tail = [t for t in last.subtree if not t.is_punct]
    dated = last.dep_ in ("prep", "npadvmod", "tmod") and all(
        t.ent_type_ in ("DATE", "TIME") or t == last and t.dep_ == "prep" for t in tail
    )  # "in October", "last year", "on Tuesday"
    if (
        not dated
        or last.right_edge.i + 1 < span.end
        and not all(t.is_punct for t in span.doc[last.right_edge.i + 1 : span.end])
    ):
        return span
    return span.doc[span.start : last.left_edge.i]


def issued_in(
    head: Token, since: int = -1, body_of: Callable[[Token], str | None] | None = None
) -> str | None:
    """ "The man's family said in a statement that .... "...," the statement said": the
    document a body or group spoke *in* before, kept with its owner word ("family's
    statement"; guide: a document keeps the owner word) and the nouns that say which
    kind it is ("In a consultation paper ..., the commission says. The paper concedes":
    "commission's consultation paper"), when the same paragraph introduced it. A
    document introduced with its owner's pronoun ("In its decision, the ombudsman found
    ...") is taken up as "the decision" in any later paragraph too, up to the last act
    of a document of that kind (``since``): "the <document>" is its first mention. In a
    later paragraph, a document a body spoke in ("in a report") is taken up too when no
    other mention of the noun comes between; ``body_of`` says which body an "it" that
    spoke in one stands for (None: none)."""
    doc, lemma = head.doc, head.lemma_.lower()
    start = doc_text(doc).rfind("\n\n", 0, head.idx)
    between = False  # another mention of the noun between it and the document
    for tok in reversed(doc[max(since + 1, 0) : head.i]):
        if tok.lemma_.lower() != lemma:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            between = True
            continue
        owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
        if tok.idx < start and not owned and between:
            continue  # an earlier paragraph: a document its owner introduced, or the last
            # one of its kind the text named ("X said in a report published on Tuesday.
            # [new paragraph] The report found")
        if not owned and not any(c.lower_ in ("a", "an") for c in tok.children):
            return None
        verb = tok.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "it" and body_of is not None:
            body = body_of(subject)  # "for what it described in a statement as ...": the
            return f"{body}'s {tok.text}" if body else None  # body "it" stands for
        if (
            subject is None
            or subject.pos_ not in ("NOUN", "PROPN")
            or subject.ent_type_ == "PERSON"
        ):
            return None
        names = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
        end = _name_tail(subject) if subject.pos_ == "PROPN" else subject.i + 1
        owner = doc[(names[0].left_edge if names else subject).i : end].text
        plural = subject.tag_ in ("NNS", "NNPS") or subject.pos_ == "PROPN"  # "Harrowgill Voices'"
        mark = "'" if plural and owner.endswith("s") else "'s"
        kinds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        document = doc[kinds[0].left_edge.i if kinds else tok.i : tok.i + 1].text
        return f"{owner}{mark} {document}"  # "commission's consultation paper"
    return None


def _name_tail(name: Token) -> int:
    """Where a body's name ends: after its own phrase of capitalised words ("Select Panel
    on Public Spending", "Board of Trade"), or after its last word."""
    prep = next((c for c in name.rights if c.dep_ == "prep" and c.i == name.i + 1), None)
    if prep is None or prep.lower_ not in ("of", "on", "for"):
        return name.i + 1
    words = name.doc[prep.i + 1 : prep.right_edge.i + 1]
    if not words or not all(t.is_title or t.lower_ in ("and", "the", "of") for t in words):
        return name.i + 1
    return prep.right_edge.i + 1


def made_by_name(noun: Token) -> str | None:
    """ "a survey by the Norrowby Marine Wildlife Trust" -> "survey by the Norrowby Marine
    Wildlife Trust": a document noun with its maker named after "by", "of" or "from" (a
    proper name, or a noun with one before it: "the Kelmsgard summit"), its adjectives
    and count left out; None without such a maker."""
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")), None
    )
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.ent_type_ in ("PERSON", "DATE", "CARDINAL"):
        return None
    name = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
    if not name or not any(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    the = "the " if any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children) else ""
    words = noun.doc[name[0].i : obj.i + 1].text
    return f"{noun.text} {prep.text} {the}{words}"


#: Small words a body's initials skip ("Department for Island Transport" -> DIT)
_SKIPPED = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "&"})


def short_forms(doc: Doc) -> dict[str, str]:
    """ "The Office for Rail Punctuality (ORP)", "the Department for Island Transport, or
    DIT as it likes to be known,": the initials the text gives a body, mapped to its full
    name, so that "the ORP said" is the Office for Rail Punctuality (guide, section 1:
    the fullest name the article gives)."""
    found: dict[str, str] = {}
    if len(doc) < 3:
        return found
    flags = doc_arrays(doc, [IS_UPPER, IS_ALPHA, LENGTH])  # (the tokens' own flags, as ids)
    initials = (flags[:, 0] == 1) & (flags[:, 1] == 1) & (flags[:, 2] >= 2) & (flags[:, 2] <= 6)
    for i in np.flatnonzero(initials[2:]).tolist():
        tok = doc[i + 2]
        before = doc[tok.i - 1]
        if before.text == "(":
            end = tok.i - 1
        elif before.lower_ == "or" and doc[tok.i - 2].text == ",":
            end = tok.i - 2
        else:
            continue
        start = end
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in _SKIPPED):
            start -= 1
            if doc[start].is_sent_start:
                break
        words = [t for t in doc[start:end] if not t.is_punct]
        while words and _initials(words) != tok.text and len(words) > 1:
            words = words[1:]  # "The Office for ...": drop what the initials do not cover
        while words and words[-1].lower_ in _SKIPPED:
            words = words[:-1]
        if words and _initials(words) == tok.text:
            found.setdefault(tok.text, doc[words[0].i : words[-1].i + 1].text)
    return found


def _initials(words: list[Token]) -> str:
    return "".join(
        t.text[0].upper() for t in words if t.lower_ not in _SKIPPED and t.text[:1].isalpha()
    )


def seen_by_outlet(span: Span, root: Token, outlet: tuple[str, str] | None) -> Span | None:
    """ "according to an internal memo seen by Signal & Socket" (the outlet itself): the
    document is the "internal memo"; that the outlet saw it is the source row's
    outlet_exclusive, not its name. A bare noun keeps the phrase ("emails seen by the
    Beacon"): without it nothing tells the document apart (the keys of both rounds)."""
    if outlet is None or root.lemma_.lower() not in document_heads():
        return None
    if not any(c.dep_ in ("amod", "compound") and c.i < root.i for c in root.children):
        return None
    names = {re.sub(r"^the\s+", "", n, flags=re.IGNORECASE).lower() for n in outlet}
    for acl in (c for c in root.children if c.dep_ == "acl" and c.i > root.i):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            words = span.doc[obj.left_edge.i : obj.right_edge.i + 1].text if obj else ""
            if re.sub(r"^the\s+", "", words, flags=re.IGNORECASE).lower() in names:
                return span.doc[span.start : acl.left_edge.i]
    return None

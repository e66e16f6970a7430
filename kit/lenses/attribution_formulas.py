"""Reporting verbs that report no act (annotation guide, section 1: "cue-like words
that report nothing"): the writer's or speaker's own present statement ("I can tell
you that ...", "when I write that ..."), what anyone might say ("Some will say ..."),
a passive whose subject is the thing made
public ("the report was published"), a tally of what someone published ("has
published 140 reports"), and a photo caption.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from kit import lexicon
from kit.lenses.attribution_frames import _text
from kit.lenses.attribution_links import cue_words, document_nouns, source_nouns
from kit.lenses.shared import caption_at, children_by_dep, person_heads
from kit.lenses.speaker_unnamed import asks_for_anonymity

#: Pronouns of the one writing or speaking now.
FIRST_PERSON = {"i", "we"}
#: Verbs that put the statement in the past ("I said", "we had told", "I did say").
PAST_TAGS = {"VBD"}
def own_statement(verb: Token, subject: Token) -> bool:
    """The writer (or a speaker) saying something now in their own voice: "I can tell
    you that ...", "Let me say this", "I must admit ...", "when I write that a wing is
    unsafe, ...", "we argue that ...". The content is theirs, not a report of an act;
    "I told the council last year" (a past act) is still reported."""
    if subject.lower_ not in FIRST_PERSON or told_to_writer(verb):
        return False  # ("I am told ...": someone told the writer, an act reported)
    if verb.tag_ in PAST_TAGS or verb.tag_ == "VBN" and _has_aux(verb, ("had",)):
        return False
    if _has_aux(verb, ("did", "was", "were", "used")):
        return False
    return verb.tag_ in ("VB", "VBP", "VBZ", "VBG", "VBN")


#: The reader or the writer's side as the one told: "tell you", "tell us".
READER_LISTENERS = lexicon.word_set("cues", "reader_listeners")
#: Modals of a telling still to come or supposed ("will no doubt tell you").
TELLING_MODALS = frozenset({"will", "'ll", "would", "might", "may", "could", "shall"})


def reader_told(verb: Token) -> bool:
    """ "Let me tell you what the judgment leaves out", "The minister will no doubt tell
    you that the law is tougher than ever", "I am sure the trustees will tell us it is":
    "tell" with the reader ("you") or the writer's side ("us") as the one told, in the
    writer's announcement ("let me") or a telling still to come that the writer supposes
    (a modal), reports no act: the words are the writer's own (trapsAP: 4 traps from 4
    rounds, no keyed attribution; round AO's columnist). A past telling ("she told us
    on Monday that ...") and a quoted speaker's "I'll tell you" in a quote with its own
    cue are left to the other checks; "told the Courier" (a listener named) still
    reports."""
    if verb.lemma_ != "tell" or verb.tag_ in ("VBD", "VBN"):
        return False
    if not any(c.dep_ in ("dative", "dobj") and c.lower_ in READER_LISTENERS
               for c in verb.children):  # fmt: skip
        return False
    doc = verb.doc
    let = verb.head.lemma_ == "let" or any(
        t.lower_ == "let" for t in doc[max(verb.i - 2, 0) : verb.i]
    )
    return let or any(c.dep_ == "aux" and c.lower_ in TELLING_MODALS for c in verb.children)


#: What a publication calls itself: "this newspaper can reveal", "our website can disclose".
PRESS_SELF = frozenset(
    {"newspaper", "paper", "website", "site", "magazine", "programme", "program", "station",
     "channel", "publication", "newsroom"}
)  # fmt: skip
#: The verbs of the press's scoop formula.
SCOOP_VERBS = frozenset({"reveal", "disclose"})


def outlet_boast(verb: Token, subject: Token) -> bool:
    """ "The Echo can reveal that ...", "..., this newspaper can disclose.", "We can
    reveal": the outlet announcing its own story, not a source's act (the claim is the
    outlet's own). "The minister revealed that ..." and "Police can now reveal the name"
    (a body, not a title) are still reported."""
    if verb.lemma_.lower() not in SCOOP_VERBS or not _has_aux(verb, ("can",)):
        return False
    if subject.lower_ in FIRST_PERSON:
        return True
    if subject.lemma_.lower() in PRESS_SELF:
        return any(c.lower_ in ("this", "our") for c in subject.children)
    if subject.pos_ != "PROPN":
        return False
    name = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det"]
    outlet = (subject.doc._.kit_outlet or "").lower().split()
    if outlet:  # the outlet's name or its last word: "the Echo" for The Saltcombe Echo
        return all(t.lower_ in outlet for t in name)
    # no outlet given: a title with "the" and nothing else ("The Herald can reveal")
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


#: Modals that make a cue a prediction or a supposition, not an act.
UNREALISED_MODALS = {"will", "'ll", "might", "may", "could", "would", "shall"}
#: Subjects that stand for anyone: the reader, or people in general.
ANYONE = {"you", "one", "some", "many", "others", "few", "most", "people", "everyone"}


def hypothetical(verb: Token, subject: Token) -> bool:
    """ "Some will say I am being unfair", "You might think the council had learned",
    "Critics could argue ...": what anyone might say is the writer's supposition, not a
    report. A named or definite speaker keeps the act ("The minister will tell the
    conference that ...", "She would say only that ...": briefed or reported words).
    So is the reader's thought in a condition: "if you think someone is having a stroke,
    call 999" (advice for a case, no one's words)."""
    if _readers_condition(verb, subject):
        return True
    if not any(c.lower_ in UNREALISED_MODALS for c in children_by_dep(verb, ("aux",))):
        return False
    if subject.lower_ in ANYONE:
        return True
    bare = not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in subject.children)
    return subject.tag_ == "NNS" and bare and not subject.ent_type_


def _readers_condition(verb: Token, subject: Token) -> bool:
    """ "if you think ...", "unless you believe ...": "you" (the reader) in a clause of
    condition."""
    return subject.lower_ == "you" and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whenever") for c in verb.children
    )


def _has_aux(verb: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in verb.children)


def made_public(verb: Token, subject: Token, entry: dict[str, Any]) -> bool:
    """ "hours before the report was published", "the figures were released": the
    subject of a passive verb of making public is what was made public, not a speaker."""
    return bool(entry.get("object")) and subject.dep_ == "nsubjpass" and subject.head == verb


#: Works a publisher or label puts out (cues.yaml publications).
PUBLICATIONS = cue_words("publications")


def publishers_trade(verb: Token, entry: dict[str, Any]) -> bool:
    """ "the association, which publishes this bulletin", "the band released a new
    album": a verb of making public whose only content is a periodical, book or record
    names a trade, not a report ("published its findings", "released a statement" and
    "published a report that ..." are reports)."""
    if not entry.get("object") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and all(o.lemma_.lower() in PUBLICATIONS for o in objects)


#: Nouns for information as such (cues.yaml published_information).
PUBLISHED_INFORMATION = cue_words("published_information")


def thing_published(verb: Token, entry: dict[str, Any]) -> bool:
    """ "The council published its accounts", "the trust has now published three plans",
    "the review, which the board published only after a request": a verb of making public
    whose only content is a noun object for a thing (not information itself: "released
    the same information", "published its findings") says that the thing came out, not
    what it says. Kept when the verb has a clause of its own or the object a clause that
    gives its words ("published a report saying ...", "a report that found ...")."""
    if not entry.get("object") or verb.lemma_.lower() not in ("publish", "release"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "oprd") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if obj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        obj = verb.head  # "the review, which the board published": the review
    elif any(c.dep_ in ("acl", "relcl", "ccomp") for c in obj.children):
        return False  # "a report saying ...", "a statement that the talks had failed"
    if obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in PUBLISHED_INFORMATION:
        return False
    return obj.lemma_.lower() not in PUBLISHED_INFORMATION


#: Verbs of speech whose object is the listener: "X was told that ..." makes X the one
#: told, never the one who spoke
LISTENER_OBJECT = frozenset(
    {"tell", "warn", "remind", "urge", "advise", "caution", "assure", "reassure", "inform"}
)


def listener_passive(verb: Token, subject: Token) -> bool:
    """ "The inquest was told that ...", "Parents were warned that ...": the subject of a
    passive verb of telling is the listener (guide, section 1: the speaker is who is
    reported); the speaker is the agent after "by", if any."""
    return (
        subject.dep_ == "nsubjpass"
        and subject.head == verb
        and verb.lemma_.lower() in LISTENER_OBJECT
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def passive_agent(verb: Token) -> Token | None:
    """ "was told by residents": the noun after "by"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def tally(verb: Token, entry: dict[str, Any]) -> bool:
    """ "she has published 140 inspection reports", "released dozens of statements": a
    count of documents says how many were put out, not what any of them says."""
    if not entry.get("object"):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        head = obj
        if obj.lemma_.lower() in ("dozen", "hundred", "score", "number", "lot"):
            of = [g for p in obj.children if p.lower_ == "of" for g in p.children]
            head = of[0] if of else obj
        counted = any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in head.children)
        plural = head.tag_ in ("NNS", "NNPS")
        if plural and (counted or head is not obj) and head.lemma_.lower() in document_nouns():
            return True
    return False


def in_caption(verb: Token) -> bool:
    """The cue stands in a photo caption ("Pupils arrive ..., hours before the report
    was published. Picture: Advertiser"): a caption describes a picture."""
    return caption_at(verb.doc, verb.idx)


#: Modals of duty or of a guess: "Advisers must tell you", "it must be said", "the trust
#: may argue that ...": what someone has to or might say, not what anyone said.
DUTY_OR_GUESS = {"must", "should", "ought", "may", "might"}
#: Verbs over an infinitive that put the act ahead: "are expected to explain why".
AHEAD_VERBS = {"expect", "due", "set", "plan", "intend", "schedule", "hope", "want", "aim"}
#: Words that open a question left for later: "will explain what that means".
WH_WORDS = {"what", "why", "how", "when", "whether", "if", "where", "who", "which"}
#: Time clauses that make "find" an event of the story: "after inspectors found rust".
TIME_MARKS = {"after", "before", "when", "until", "once", "since", "while"}


def not_yet(verb: Token) -> bool:
    """No act of reporting has happened: a duty or a guess ("Landlords must tell tenants
    how ...", "The referee, it must be said, had a poor afternoon", "The trust may argue
    that ..."; not "may have told police", a past act); a future that leaves the content
    open ("Perhaps the board will explain what that means"; "will tell the conference
    that ..." is briefed content and stays); or an act only expected ("are expected to
    explain why the lido closed")."""
    auxes = {c.lower_ for c in children_by_dep(verb, ("aux", "auxpass"))}
    if auxes & DUTY_OR_GUESS and "have" not in auxes and "has" not in auxes:
        return True
    clauses = [c for c in children_by_dep(verb, ("ccomp", "xcomp")) if c.i > verb.i]
    if auxes & {"will", "'ll", "shall"} and '"' not in verb.sent.text:
        return not clauses or any(t.lower_ in WH_WORDS for c in clauses for t in c.subtree
                                  if t.i < c.i)  # fmt: skip
    ahead = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in AHEAD_VERBS
    return ahead and "to" in auxes or duty_passive(verb, auxes)


def writers_aside(verb: Token) -> bool:
    """ "the offer was, to put it kindly, an odd use of her talents", "To put it
    mildly, ...": a "to" infinitive of "put it" set off on its own is the writer's
    comment on their own wording, no report ("The coach put it bluntly: ..." has a
    subject and a tense)."""
    if verb.lemma_ != "put" or verb.i < 1:
        return False
    to = verb.doc[verb.i - 1]
    if to.lower_ != "to" or to.head != verb:
        return False
    before = verb.doc[to.i - 1] if to.i > 0 else None
    return before is None or before.is_punct or to.is_sent_start


def dummy_it_infinitive(verb: Token) -> bool:
    """ "It is hard to believe the council ...", "It is fair to say that ...", "found it
    hard to explain why ...": a "to" infinitive under an adjective whose subject (or
    object) is an empty "it" is the writer's verdict on saying or believing, no act of
    anyone's. "She was quick to say that ..." (a person is the subject) is still reported."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.pos_ == "ADJ":
        adjective, frame = head, head.head
    elif head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children):
        adjective, frame = next(c for c in head.children if c.dep_ == "acomp"), head
    else:
        return False
    holders = [*frame.children, *adjective.children]
    empty = ("nsubj", "expl", "dobj", "nsubjpass")
    return any(c.lower_ == "it" and c.dep_ in empty for c in holders)


#: Verbs of need over a passive infinitive: "It has to be said that ...".
NEED_VERBS = {"have", "need", "got"}


def duty_passive(verb: Token, auxes: set[str]) -> bool:
    """ "It has to be said that the road is better", "it needs to be admitted that ...":
    a present duty put on nobody in particular is the writer's own aside (like "it must
    be said"), not a report of anyone's words; "She had to admit that ..." (an act of
    hers, in the past) stays."""
    if verb.dep_ != "xcomp" or "to" not in auxes or "be" not in auxes:
        return False
    head = verb.head
    return head.lemma_.lower() in NEED_VERBS and head.tag_ in ("VBZ", "VBP")


def said_nothing(verb: Token) -> bool:
    """ "have said nothing about the trout": the object denies any content."""
    objects = [c.lower_ for c in children_by_dep(verb, ("dobj",))]
    return "nothing" in objects and not children_by_dep(verb, ("ccomp",))


def found_in_story(verb: Token) -> bool:
    """ "nine months after a retired postman found them", "closed after inspectors found
    mouse droppings": a "find" with a plain object in a time clause is a discovery that
    dates another event; "after the audit found that ..." still reports a finding."""
    if verb.lemma_ != "find" or verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    return bool(marks & TIME_MARKS) and not any(c.dep_ == "ccomp" for c in verb.children)


#: What a body asks for when it applies, not what it says: "asked for permission to".
GRANTS = {"permission", "consent", "approval", "leave", "licence", "license", "planning"}


#: Pronouns standing for the thing someone finds funny, hard or baffling.
FOUND_PRONOUNS = {"that", "it", "this", "them", "those", "these"}


def found_feeling(verb: Token) -> bool:
    """ "Families will find that hilarious", "Critics found it baffling": "find" with a
    pronoun and an adjective says how someone takes a thing (an experience), not what
    an inquiry found; "the audit found that the roof was unsafe" keeps its clause."""
    doc = verb.doc
    if verb.lemma_ != "find" or verb.i + 1 >= len(doc):
        return False
    after = doc[verb.i + 1]  # "found that hilarious", never "found that the quay was ..."
    if after.lower_ not in FOUND_PRONOUNS or after.dep_ == "mark":
        return False
    kids = list(verb.children)
    for clause in (c for c in kids if c.dep_ == "ccomp"):
        if clause.pos_ != "ADJ" or any(
            g.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for g in clause.children
        ):
            return False
    adjective = any(c.pos_ == "ADJ" and c.dep_ in ("dobj", "oprd", "acomp", "xcomp", "ccomp")
                    for c in kids)  # fmt: skip
    return adjective


#: Labels that open a line of page furniture: links to other stories.
FURNITURE = re.compile(
    r"\s*(?:related|read more|see also|more on this|also read|read next|most read|"
    r"recommended|watch|listen)\s*:",
    re.IGNORECASE,
)


def in_furniture(verb: Token) -> bool:
    """ "Share this story | Related: Playhouse announces spring season": a headline
    linked from the page's furniture reports no act in this story."""
    text = _text(verb.doc)
    line = text.rfind("\n", 0, verb.idx)  # (a bar searched for in the verb's line only)
    start = max(line, text.rfind("|", line + 1, verb.idx)) + 1
    return bool(FURNITURE.match(text, start, verb.idx))


def anonymity_request(verb: Token) -> bool:
    """ "The manager of one shop, who asked that the business not be identified, said":
    a request not to be named, inside the speaker's description, says why the speaker is
    unnamed; it reports no words."""
    if verb.lemma_ != "ask" or verb.dep_ != "relcl":
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return any(asks_for_anonymity(list(c.subtree)) for c in clauses)


def not_said(verb: Token) -> bool:
    """ "steamrollered the change through without asking a single volunteer what they
    thought": an act denied by "without" reports nothing; "has asked for permission to
    take water from the burn": an application for a grant, whose words are not given
    (the parser may hang a later verb on "asked" as if it were the content)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    if verb.lemma_ != "ask":
        return False
    asked = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    return any(g.lemma_.lower() in GRANTS for g in asked)


def passive_aside(verb: Token) -> bool:
    """ "Lady X, whose gala was mocked for its prices, insisted that ...": a cue verb in
    the passive inside a relative clause set off by commas, with no agent ("by ...")
    and no words of its own (no clause, no "as ...", no quotation), says only that the
    thing drew comment; the clause it interrupts is the main verb's content, not its."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in ("agent", "ccomp", "xcomp", "oprd", "dobj") for c in verb.children):
        return False
    if any(c.lower_ == "as" for c in verb.children) or any(t.is_quote for t in verb.subtree):
        return False  # "which was described as "reckless"": what it was called is given
    relative = [c for c in verb.subtree if c.i < verb.i and c.tag_ in ("WP", "WP$", "WDT")]
    return bool(relative) and verb.doc[relative[0].i - 1].text == ","


def no_act(verb: Token, subject: Token, entry: dict[str, Any]) -> bool:
    """True when a cue verb with this subject reports no act (see the module's rules)."""
    return (
        own_statement(verb, subject)
        or reader_told(verb)
        or outlet_boast(verb, subject)
        or hypothetical(verb, subject)
        or not_yet(verb)
        or writers_aside(verb)
        or dummy_it_infinitive(verb)
        or said_nothing(verb)
        or passive_aside(verb)
        or not_said(verb)
        or anonymity_request(verb)
        or found_feeling(verb)
        or in_furniture(verb)
        or found_in_story(verb)
        or made_public(verb, subject, entry)
        or publishers_trade(verb, entry)
        or thing_published(verb, entry)
        or tally(verb, entry)
        or in_caption(verb)
        or lesson_drawn(verb, subject)
        or guessed_mind(verb, subject)
        or unanswered_explain(verb)
    )


#: Verbs of telling a lesson: "the shortlist tells us everything", "history reminds us".
LESSON_VERBS = frozenset({"tell", "remind", "teach"})
#: The writer and the reader together, as the listener of a lesson.
READERS = frozenset({"us", "you"})


def lesson_drawn(verb: Token, subject: Token) -> bool:
    """ "The shortlist tells us everything we need to know", "Every spring the prize
    reminds us that ...", "That tells you everything": a thing or an event (not a person)
    that "tells" or "reminds" the writer and the reader, in the present, is the writer
    drawing a lesson from it; nobody spoke. "The coastguard told us ..." (a past act),
    "she reminds us that ..." (a person) and "the company tells us that ..." (a body, or
    any noun that can be a source) are still reported."""
    if verb.lemma_.lower() not in LESSON_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "the wood will tell you": a modal's own frame, left to its rules
    if not any(c.dep_ in ("dobj", "dative") and c.lower_ in READERS for c in verb.children):
        return False
    if subject.ent_type_ in ("PERSON", "NORP") or subject.lemma_.lower() in person_heads():
        return False
    if subject.pos_ == "PROPN":  # a body that tells us may be briefing the outlet; a
        return verb.lemma_.lower() != "tell"  # named prize or event that "reminds us" is not
    if subject.pos_ == "NOUN":  # "the company tells us", "the report tells us": a source
        return not {subject.lemma_.lower(), subject.lower_} & source_nouns()
    return subject.lower_ in ("that", "this")


#: The source of "I am told": someone the writer does not name (an anonymous source).
UNNAMED_INFORMANT = "unnamed informant of the writer"

#: "am" and its contraction: "I am told", "I'm told" (the writer's present hearsay).
_FIRST_PERSON_BE = frozenset({"am", "'m", "’m"})


def told_to_writer(verb: Token) -> bool:
    """ "I am told the festival can appeal ...", "The land, I am told, is worth ...": the
    writer reports what someone they do not name told them, an anonymous source like
    "it is reported" (annotation guide, section 2). First person singular and present
    only ("we are told this is progress" is often the writer's irony; "I was told to
    wait" an order), with no "by" naming the teller ("I am told by a former aide" names
    one), no infinitive ("I am told to wait"), and with a content clause or set off as
    a parenthetical (not a clause the parser hung elsewhere)."""
    if verb.lemma_.lower() != "tell" or verb.tag_ != "VBN" or passive_agent(verb) is not None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ != "i" or subject.i > verb.i:
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in _FIRST_PERSON_BE for c in verb.children):
        return False
    if any(c.dep_ == "xcomp" or c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ == "parataxis" and (_in_relative_clause(subject) or verb.head.lemma_ in _REPORTS):
        # "who charges, I am told, more per hour ...": a hearsay aside in a description
        # (the loaded lens's hearsay_asides); "Their report, I am told, concluded that
        # ...": the aside vouches for a report whose own source speaks
        return False
    # a content clause ("I am told the ...") or a parenthetical ("The land, I am told, is")
    clause = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return verb.dep_ == "parataxis" or clause


#: Relative words that open a description ("who charges, I am told, ...").
_RELATIVE_WORDS = frozenset({"who", "whose", "which", "whom"})


def _in_relative_clause(first: Token) -> bool:
    """The words from the comma before an aside back to the comma before them hold a
    relative word: "a man whose own children, I am told, attend ..."."""
    doc = first.doc
    i = first.i - 1
    if i < 0 or doc[i].text != ",":
        return False
    i -= 1
    while i >= first.sent.start and doc[i].text not in (",", ";", ":"):
        if doc[i].lower_ in _RELATIVE_WORDS:
            return True
        i -= 1
    return False


#: Verbs of reporting whose own subject speaks when "I am told" is set inside their clause.
_REPORTS = lexicon.word_set("cues", "frame_verbs") | {"conclude", "find", "show", "claim"}


def told_aside_clause(verb: Token) -> list[tuple[int, int]] | None:
    """The token ranges of the clause an "I am told" set off by commas interrupts: "The
    tombola, I am told, will be in the marquee" (the whole clause but the aside); "a man
    whose own children, I am told, attend a school with no uniform, said ..." (the
    relative clause only, not the sentence's own report). None when it is no aside."""
    if not told_to_writer(verb) or verb.dep_ != "parataxis":
        return None
    clause = verb.head
    doc = verb.doc
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    while start > clause.left_edge.i and doc[start - 1].is_punct:
        start -= 1
    while end <= clause.right_edge.i and doc[end].is_punct:
        end += 1
    last = clause.right_edge.i + 1
    while last > end and doc[last - 1].is_punct:
        last -= 1
    parts = [(clause.left_edge.i, start), (end, last)]
    return [p for p in parts if p[1] > p[0]] or None


def untold_passive(verb: Token) -> bool:
    """ "The hearing was told that ...", with no "by": nobody is named as the speaker, so
    no attribution is made (the keys list such acts as acceptable); the acts inside its
    content stay dropped as reported inside it."""
    if told_to_writer(verb):
        return False  # "I am told ...": the writer's unnamed informant speaks
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and listener_passive(verb, subject) and passive_agent(verb) is None


def asked_question(verb: Token) -> bool:
    """ "Q: Did you expect the backlash?", "Do you think it will close?": a verb whose
    auxiliary comes before its subject, in a sentence that ends with a question mark,
    asks; nothing is reported (guide, section 1: an attribution reports speech, writing
    or thought)."""
    if verb.dep_ != "ROOT":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not any(
        c.dep_ in ("aux", "auxpass") and c.i < max(subjects) and c.lower_ in _ASKING_AUX
        for c in verb.children
    ):
        return False
    doc, k = verb.doc, verb.right_edge.i  # the sentence's last word: "?" asks
    while k > verb.i and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    return doc[k].text == "?"


def writer_challenge(verb: Token) -> bool:
    """ "Perhaps she could tell us which gym her judge trains at", "The minister might
    explain to us why the bill doubled": a modal of suggestion with "tell"/"explain" and
    the writer and readers as listener, in the writer's own sentence (not reported by
    anyone), is a challenge to someone to speak, not a report that they did (guide,
    section 1: an attribution reports speech, writing or thought). A negated one ("she
    could not tell us when") is left to the rules for negation."""
    if verb.lemma_.lower() not in _CHALLENGE_VERBS or verb.dep_ not in ("ROOT", "conj"):
        return False
    if verb.dep_ == "conj" and verb.head.dep_ != "ROOT":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _SUGGESTING_MODALS for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return False
    listeners = [c for c in children if c.dep_ in ("dobj", "dative")]
    listeners += [g for c in children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(g.lower_ in ("us", "me") for g in listeners)


#: Verbs of speaking a writer challenges someone to do ("perhaps she could tell us")
_CHALLENGE_VERBS = frozenset({"tell", "explain"})
#: Modals that suggest rather than report ("could tell us" as a challenge)
_SUGGESTING_MODALS = frozenset({"could", "might", "should", "would"})


#: Auxiliaries that open a question when they come before the subject
_ASKING_AUX = frozenset({
    "do", "does", "did", "will", "would", "can", "could", "should", "have", "has", "had",
    "is", "are", "was", "were",
})  # fmt: skip


#: Verbs of believing and the writer's adverbs of guess on them (``cues.yaml``).
GUESSED_MIND_VERBS = lexicon.word_set("cues", "guessed_mind_verbs")
GUESSED_MIND_ADVERBS = lexicon.word_set("cues", "guessed_mind_adverbs")
#: Verbs whose subject only seems to hold the view: "He appears to believe that ...".
_SEEMING = frozenset({"appear", "seem"})


def guessed_mind(verb: Token, subject: Token) -> bool:
    """ "The board clearly thinks we will pay whatever it asks", "Perhaps the cabinet
    thinks tourists will flock ...", "He appears to believe that a dishwasher is a
    heritage project": a verb of believing with the writer's adverb of inference or
    guess on it, or under "appears to"/"seems to", is the writer guessing at a third
    party's mind, not a source speaking (trapsAQ: 8 false marks or traps from 5 rounds,
    no keyed attribution). "The board thinks ..." (no adverb: a view it made known) and
    "I clearly thought ..." (the writer's own) are left to the other checks."""
    if verb.lemma_.lower() not in GUESSED_MIND_VERBS:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SEEMING:
        holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return holder is not None and holder.lower_ not in FIRST_PERSON
    if subject.lower_ in FIRST_PERSON:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in GUESSED_MIND_ADVERBS for c in verb.children)


#: "Explain" and the question words of what was to be explained (``cues.yaml``).
UNANSWERED_VERBS = lexicon.word_set("cues", "unanswered_explain_verbs")
UNANSWERED_WORDS = lexicon.word_set("cues", "unanswered_question_words")
#: Modals under which an explanation is asked for, not given: "can explain how".
_ASKING_MODALS = frozenset({"can", "could", "might", "may", "would", "should", "will", "'ll"})
#: Verbs of watching a telling: "watched a minister explain why ...".
_WATCHING = frozenset({"watch", "see", "hear"})


def unanswered_explain(verb: Token) -> bool:
    """ "Perhaps the hotel can explain how a mistake turns into a receipt", "Nor has the
    minister explained why a ban is needed", "watched a minister explain to a roomful of
    sheep farmers why ...", "rises to explain why something has not happened":
    "explain" with a question clause under a modal, a denial, a verb of watching or a
    bare "to" gives no content anyone said (trapsAQ: 4 false marks or traps from 4
    rounds, no keyed attribution). "She explained why the road was shut" (a past act)
    and "explained that ..." (a content clause) still report."""
    if verb.lemma_.lower() not in UNANSWERED_VERBS:
        return False
    if not any(
        c.dep_ in ("ccomp", "dobj", "advcl", "xcomp")
        and any(t.lower_ in UNANSWERED_WORDS for t in c.subtree if t.i <= c.i)
        for c in verb.children
    ):
        return False
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in _ASKING_MODALS for c in kids):
        return True
    if any(c.dep_ == "neg" or c.lower_ in ("nor", "never") for c in kids):
        return True
    if verb.tag_ != "VB":
        return False
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _WATCHING:
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)

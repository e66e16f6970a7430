"""Sense rules for the modal verbs of the hedging lens: may, might, could, would, must.

A modal is a hedge only in its *epistemic* sense, where it says how likely a claim
is ("the plan could fail", "this would be significant", "this must be a mistake").
The same words also express ability ("she could swim"), capacity ("can carry 40
tonnes"), permission ("residents may apply"), a plain or reported future ("said the
dam would open in May"), a conditional consequence ("if it rains, the match would
be moved"), a habit ("he would walk to work") or a duty ("applicants must be over
18"); none of those is a hedge (ANNOTATION_GUIDE.md, section 3). The rules here
read the sense from the dependency parse; the word classes they consult are in
``kit/lexicons/hedge_senses.yaml``. :mod:`kit.lenses.hedging` uses them by name.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.hedging_abilities import (
    class_permission,
    counted_capacity,
    past_when_ability,
    reader_address,
    speed_before_change,
    time_clause_ability,
)
from kit.lenses.hedging_arrangements import (
    announced_permission,
    arranged_permission,
    rule_giver,
)
from kit.lenses.hedging_frames import (
    ORGANIZATION_HEADS,
    clause_words,
    compared_amount,
    if_condition,
    open_question,
    past_time,
)
from kit.lenses.hedging_limits import (
    UNDERGO_VERBS,
    banned_class,
    by_channel,
    counterfactual,
    entitled_from,
    figure_of_speech,
    granted,
    licensed,
    money_capacity,
    past_availability,
    senser,
)
from kit.lenses.hedging_plain import (
    ability_contrast,
    compared_ability,
    denied_subject,
    former_role,
    handed_in,
    limited_capacity,
    means_given,
    most_done,
    past_span,
    qualifying_ability,
    rule_terms,
    scheme_scope,
    seen_afar,
    sensed_at_place,
    unreal_ability,
)
from kit.lenses.hedging_registers import (
    FURTHER_ADVERBS,
    SERVICE_ACTIONS,
    SERVICE_USERS,
    free_choice_wish,
    offered_class,
    offered_option,
    permission_may,
    slot_only,
    standing_offer,
    subject_of,
    worked_amount,
)
from kit.lenses.hedging_straight import barred_act, permission_beside_bar, work_rate
from kit.lenses.judgement_lexicon import COURTESY_TITLES
from kit.lenses.rules import sense_rule
from kit.lenses.shared import (
    QUOTE_MARKS,
    doc_array,
    doc_text,
    person_heads,
    sentence_of,
    strings_of,
)

#: Skills: "could swim", "could read" is ability whoever the subject is.
SKILL_VERBS = lexicon.word_set("hedge_senses", "skill_verbs")
#: Senses and mental abilities: ability when a person is the subject ("she could see").
ABILITY_VERBS = lexicon.word_set("hedge_senses", "ability_verbs")
#: Verbs of capacity, ability when the object is an amount: "can carry 40 tonnes".
CAPACITY_VERBS = lexicon.word_set("hedge_senses", "capacity_verbs")
#: Weather and running totals whose "could reach 80mph" forecasts a level.
FORECAST_SUBJECTS = lexicon.word_set("hedge_senses", "forecast_subjects")
#: A thing's load and the yardsticks it is measured by: "could have carried a tractor".
LOAD_VERBS = lexicon.word_set("hedge_senses", "load_verbs")
LOAD_YARDSTICKS = lexicon.word_set("hedge_senses", "load_yardsticks")
#: Adverbs that rate a load as borne within a margin: "could carry crowds safely".
LOAD_RATINGS = lexicon.word_set("hedge_senses", "load_ratings")
#: Frames that put a sentence in the past: "when she was young she could swim".
PAST_FRAMES = lexicon.ordered_words("hedge_senses", "past_frames")
#: Words that make "would" a plain if-then consequence or a habit, not a hedge.
CONDITIONAL_WORDS = lexicon.word_set("hedge_senses", "conditional_words")
HABIT_WORDS = lexicon.word_set("hedge_senses", "habit_words")
ASKING_VERBS = lexicon.word_set("hedge_senses", "asking_verbs")
#: Past reporting verbs that turn "will" into "would" ("said it would be ready").
BACKSHIFT_VERBS = lexicon.word_set("hedge_senses", "backshift_verbs")
#: Verbs through which a speaker softens their own view: "I would argue that".
SOFT_OPINION_VERBS = lexicon.word_set("hedge_senses", "soft_opinion_verbs")
#: Nouns for people and bodies that make proposals (subjects of "suggested").
PEOPLE_NOUNS = lexicon.word_set("hedge_senses", "people_nouns")
#: Verbs that report or weigh the clause under them ("said it could fail", "knew she
#: could win"): the clause below keeps its own sense.
CLAUSE_VERBS = (
    BACKSHIFT_VERBS
    | lexicon.word_set("hedge_senses", "clause_verbs")
    | frozenset(lexicon.words(lexicon.load("cues", "cues"), "verbs", "lemma"))
)
#: Words that put a clause in the future ("could recover next year").
FUTURE_WORDS = lexicon.word_set("hedge_senses", "future_words")
#: Subordinators that set one event in time against another.
TIME_MARKS = frozenset({"before", "after", "until", "when", "once", "since", "while"})
AMOUNT_ENTITIES = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}


# -- sense rules -----------------------------------------------------------------
#: Actions that "may" permits rather than predicts: "residents may apply for permits".
PERMISSION_VERBS = lexicon.word_set("hedge_senses", "permission_verbs")


#: Activities that rules permit, with a limit: "vans may stop for up to twenty minutes".
REGULATED_ACTIVITIES = lexicon.word_set("hedge_senses", "regulated_activities")
LIMIT_WORDS = lexicon.ordered_words("hedge_senses", "limit_words")
PERMITTED = PERMISSION_VERBS | REGULATED_ACTIVITIES


@sense_rule("hedge", "modal")
def _modal(span: Span) -> bool:
    """A modal verb, not a name or a month ("May", "Will"), nor a request ("May I ask?")."""
    modal = span[0]
    if modal.tag_ != "MD" or _mentioned(modal) or _month(modal):
        return False
    verb = _verb_of(modal)
    subject = subject_of(verb)
    if boilerplate_notice(modal):
        return False  # "which may differ materially from actual results": a page's notice
    if reader_address(modal, verb, subject):
        return False  # "You may remember the estate", "you might ask": the reader addressed
    if as_well_idiom(modal) or own_concession(modal, verb, subject):
        return False  # "might as well have stayed at home": no better course; "We may be
        # a small club, but ...": the speaker grants a point about themselves
    if modal.lower_ == "may" and (_conditional_bar(verb) or _terms_for_you(verb, subject)):
        return False  # "may not be shown again unless ...", "We may earn a fee if you buy"
    if modal.lower_ == "may" and not _has_perfect(verb, modal) and (
        barred_act(verb, subject, is_person) or permission_beside_bar(verb, subject, is_person)
    ):
        return False  # a bar: "may not compete", "may not leave until every deficiency ...",
        # and the permission beside it: "may train with her club but may not compete"
    if (
        modal.lower_ == "may"
        and verb.lemma_ in PERMISSION_VERBS
        and not _has_perfect(verb, modal)
        and _permitted_class(verb, subject)
    ):
        return False  # permission: "residents may apply", "runners may enter", "those with
        # a blue badge may apply" (but "the storm may bring rain")
    if modal.lower_ == "may" and not _has_perfect(verb, modal) and (
        licensed(verb) or banned_class(subject) or (entitled_from(verb) and is_person(subject))
    ):
        return False  # "under the Act it may not spend", "no further flights may take place"
    if (
        modal.lower_ == "may"
        and verb.lemma_ in REGULATED_ACTIVITIES
        and _in_sentence(span, LIMIT_WORDS)
    ):
        return False  # a rule: "delivery vans may stop for up to twenty minutes"
    if modal.lower_ == "may" and not _has_perfect(verb, modal) and free_choice_leave(verb, subject):
        return False  # "members may withdraw at any time", "may choose to pay monthly"
    if modal.lower_ == "may" and permission_may(verb, subject, PERMITTED):
        return False  # a rule: "leftovers may be frozen", "ticket holders may travel free"
    if modal.lower_ == "may" and (
        standing_offer(verb, subject, is_person) or free_choice_wish(verb) or slot_only(verb)
    ):
        return False  # an offer's terms: "Patients may call the helpline between 8am and
        # 8pm", "may publish it whenever he likes", "may only take place on weekdays"
    if modal.lower_ in ("may", "might") and in_purpose_clause(modal):
        return False
    if modal.lower_ == "may" and not _has_perfect(verb, modal) and _by_the_rules(verb):
        return False  # "the rules say a contestant may not bring stocks": a rule's bar
    if modal.lower_ == "may" and not _has_perfect(verb, modal) and rule_terms(
        verb, subject, _people_or_body, UNDERGO_VERBS, PERMITTED
    ):
        return False  # a rule's terms: "may close the lane for up to three days at a time",
        # "Owners may ask for a review within 28 days", "may not dig without permission"
    if modal.lower_ == "may" and arranged_permission(verb, subject, is_person, PERMITTED):
        return False  # an arrangement's terms: "exporters may apply for loans of up to
        # 20,000", "teams may register by 31 May", "investors may place orders from 8am"
    if modal.lower_ == "may" and announced_permission(verb, subject, is_person):
        return False  # one item of an announced arrangement: "Members may bring a guest,
        # and the hall will open at six"
    if modal.lower_ == "may" and further_option(verb, subject):
        return False  # "you may also write to your councillor": one more way on offer
    if modal.lower_ == "may" and _policy_notice(verb, subject):
        return False  # a standing notice: "Letters may be edited for length"
    if modal.lower_ == "may" and not _has_perfect(verb, modal) and on_terms(verb):
        return False  # "visitors may see the garden by appointment", "weddings may go
        # ahead with the vicar's permission": the terms of a permission on offer
    if asked(verb) or _granted(modal, verb, subject):
        return False  # a question put: "Asked whether ..."; a power or a permission
    if modal.lower_ == "may" and not _has_perfect(verb, modal) and class_permission(
        verb, subject, CLASS_ACTS, _class_of_people, UNDERGO_VERBS
    ):
        return False  # "Spectators may walk the course until dusk": a class's permission
    return not (
        subject is not None and subject.i > modal.i and sentence_of(modal).text.rstrip()[-1:] == "?"
    )


def further_option(verb: Token, subject: Token | None) -> bool:
    """ "Forms are at the library, and you may also write to the clerk", "you may
    instead pay by card": "you may also/instead" with an act a service or a rule lets
    people do (apply, book, write, pay) offers the reader one more way, a permission.
    "You may also be charged" (passive, what befalls you) and "you may also find the
    roads busy" (no such act) stay hedges."""
    if subject is None or subject.lower_ != "you":
        return False
    if any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in FURTHER_ADVERBS for c in verb.children):
        return False
    return verb.lemma_.lower() in PERMITTED | SERVICE_ACTIONS


def as_well_idiom(modal: Token) -> bool:
    """ "The two teams might as well have stayed at home", "we may as well sell the
    hall": "might/may as well" before its verb says there is no better course (or that
    a thing came to nothing), not that something is possible. "Prices might rise as
    well" (the "as well" after the verb) and "may as well as ..." stay as they were."""
    doc = modal.doc
    if modal.lower_ not in ("might", "may") or modal.i + 3 >= len(doc):
        return False
    nxt, well, after = doc[modal.i + 1], doc[modal.i + 2], doc[modal.i + 3]
    return nxt.lower_ == "as" and well.lower_ == "well" and after.lower_ != "as"


#: What a speaker concedes about themselves: "We may be small", "I may be old".
_OWN = frozenset({"i", "we"})


def own_concession(modal: Token, verb: Token, subject: Token | None) -> bool:
    """ "We may be a small council, but we are not a cash machine", "I may be old, but I
    still read the minutes": "I/we may be ..." with a "but" clause after it is a
    concession (the speaker grants what they know to be true of themselves, to set the
    point after "but" against it), not a doubt. "We may be late, but ..." stays marked
    when the "but" clause itself has a modal ("... but we may still win"), and so do
    "Prices may be high, but ..." (not the speaker's own state) and "We may be asked
    to pay" (no "but")."""
    if modal.lower_ != "may" or subject is None or subject.lower_ not in _OWN:
        return False
    if verb.lemma_ != "be" or any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return False
    if not any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return False
    return any(
        c.dep_ == "conj" and c.i > verb.i
        and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)
        for c in verb.children
    )


#: Terms a permission is given on, after "by" or "with" (``hedge_senses.yaml``).
PERMISSION_TERMS = lexicon.word_set("hedge_senses", "permission_terms")


#: Verbs of what befalls people that are a service when terms are given for them.
_SERVED = frozenset({"see", "hear", "get", "receive", "have"})


def on_terms(verb: Token) -> bool:
    """ "Visitors may see the garden by appointment", "the hut may be viewed by
    arrangement", "weddings may go ahead after six with the vicar's permission": the
    verb's own "by" or "with" names the terms on which it is allowed, so "may" gives a
    permission on offer (sensesAG). "The road may close with little warning" and "prices
    may rise by 5%" name no terms and stay guesses; what befalls people ("may face
    fines with ...") is no permission, though seeing or getting a thing on terms is a
    service ("may see the garden by appointment")."""
    if verb.lemma_.lower() in UNDERGO_VERBS and verb.lemma_.lower() not in _SERVED:
        return False
    for prep in verb.subtree:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("by", "with"):
            continue
        if not any(o.dep_ == "pobj" and o.lemma_.lower() in PERMISSION_TERMS
                   for o in prep.children):  # fmt: skip
            continue
        head = prep.head  # (the parser may hang it on the object: "see the garden by ...")
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return True
    return False


def _month(modal: Token) -> bool:
    """ "May 1927", "May 21": the month (a heading's date the tagger read as a modal),
    a capital "May" with a number after it."""
    if modal.text != "May":
        return False
    doc = modal.doc
    after = next((t for t in doc[modal.i + 1 : modal.i + 3] if not t.is_space), None)
    return after is not None and after.like_num


#: Subordinators of the condition that lifts a bar: "may not be shown again unless ...".
_LIFTING = frozenset({"unless", "if", "until", "once", "after", "when"})


def _conditional_bar(verb: Token) -> bool:
    """ "The advert may not be broadcast again unless the claim is removed", "the nets may
    only be set once the season opens": "may not"/"may only" on a passive act done to a
    thing, with the condition that lifts the bar, is a rule; "the road may not reopen
    until Friday" (no passive act) and "the match may not be played" (no condition) stay
    guesses."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    barred = any(c.dep_ == "neg" for c in verb.children)
    only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)
    if not (barred or only):
        return False
    marks = {m.lower_ for c in verb.children if c.dep_ == "advcl"
             for m in c.children if m.dep_ == "mark"}  # fmt: skip
    return bool(marks & ({"unless"} if barred and not only else _LIFTING))


def _terms_for_you(verb: Token, subject: Token | None) -> bool:
    """A business's standing terms to the reader: "Nestwise may earn a commission if you
    buy through these links", "we may share your details if you enter": a body (a name,
    "we", an organisation) and an "if you ..." condition the reader sets off. Not "the
    river may burst its banks if the rain continues" (no "you"), not "you may face delays
    if you travel" (what befalls the reader)."""
    if subject is None or subject.lower_ == "you" or verb.lemma_.lower() in UNDERGO_VERBS:
        return False
    named = subject.tag_ == "NNP" or (
        subject.text[:1].isupper() and subject.pos_ not in ("NOUN", "PRON", "DET")
    )  # (a made-up brand name the tagger reads as an adverb: "Tidewise may earn")
    body = subject.lower_ == "we" or subject.ent_type_ == "ORG" or (
        named and subject.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")
    )
    if not body:
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and any(s.dep_ == "nsubj" and s.lower_ == "you" for s in c.children)
        for c in verb.children
    )


#: Pronouns of an open class, the people a rule or an offer is for: "anyone could join".
OPEN_CLASSES = frozenset({"anyone", "anybody", "everyone", "everybody"})


def _granted(modal: Token, verb: Token, subject: Token | None = None) -> bool:
    echoed = _echoed(modal, verb)
    if echoed is not None:
        return _granted(echoed, _verb_of(echoed))  # "... that the club could apply. Could apply!"
    subject = subject if subject is not None else subject_of(verb)
    member = subject is not None and (subject.lemma_.lower() in SERVICE_USERS or (
        subject.tag_ == "NNS" and is_person(subject)) or (
        subject.lemma_.lower() in ORGANIZATION_HEADS and verb.lemma_ in PERMISSION_VERBS
    ) or subject.lower_ in OPEN_CLASSES)  # "said parents could apply", "that anyone could join"
    if modal.lower_ == "may" and _go_ahead(verb) and not _has_perfect(verb, modal):
        return True  # "Skylinq may now begin work": the go-ahead a decision gives
    offered = verb.lemma_ in PERMITTED or by_channel(verb) or handed_in(verb)
    # ("could pay online", "said people could drop off food at the hall")
    if member and offered and not _has_perfect(verb, modal) and any(
        c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children
    ):
        return True  # a chance newly open: "the club could now apply for a grant"
    return granted(modal, verb, is_person(subject), member and offered)


#: Verbs of starting an undertaking and the undertakings a decision lets go ahead.
GO_AHEAD_VERBS = lexicon.word_set("hedge_senses", "go_ahead_verbs")
UNDERTAKINGS = lexicon.word_set("hedge_senses", "undertakings")


def _go_ahead(verb: Token) -> bool:
    """ "Skylinq may now begin work", "the council may now proceed with the sale", "work
    may now start on the bridge": "now" on a verb of starting an undertaking, with the
    undertaking as its object, its "with" or its subject, is the go-ahead a decision
    gives (a permission), not a guess. "Prices may now rise" (no undertaking), "the firm
    may now begin to cut jobs" (a "to" clause, no undertaking) stay hedges."""
    if verb.lemma_.lower() not in GO_AHEAD_VERBS:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    named += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "on")
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return any(n.lemma_.lower() in UNDERTAKINGS for n in named)


def _echoed(modal: Token, verb: Token) -> Token | None:
    """A subjectless "Could apply!" that opens a sentence and echoes the modal and verb
    of the sentence before ("... said the club could apply. Could apply, mind you, ..."):
    the earlier modal, whose sense the echo repeats; None when it echoes nothing."""
    sent = sentence_of(modal)
    if verb.dep_ != "ROOT" or subject_of(verb) is not None or sent.start == 0:
        return None
    if any(not (t.is_space or t.is_punct) for t in modal.doc[sent.start : modal.i]):
        return None
    before = sentence_of(modal.doc[sent.start - 1])
    return next((t for t in before if t.lower_ == modal.lower_ and t.tag_ == "MD"
                 and _verb_of(t).lemma_ == verb.lemma_), None)  # fmt: skip



def asked(verb: Token) -> bool:
    """The modal's clause is a "whether"/"if" question under a verb of asking, or any
    open question ("did not say whether it would appeal", :func:`open_question`)."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
    put = marked and verb.dep_ in ("ccomp", "advcl") and verb.head.lemma_ in ASKING_VERBS
    return put or open_question(verb)


def _who_could(verb: Token) -> bool:
    """ "Who, watching the cranes, could blame him?": a question whose subject is "who"
    or "what" asks nothing about how likely anything is (a rhetorical question)."""
    subject = subject_of(verb)
    ends = sentence_of(verb).text.rstrip()[-1:] == "?"
    return ends and subject is not None and subject.lower_ in ("who", "what")


def _permitted_class(verb: Token, subject: Token | None) -> bool:
    """Who a permission is given to: people but not one person ("residents", "you"), a
    bare plural class of people or animals that offers are made to ("runners", "dogs"),
    or "those" marked off by a phrase ("those with a blue badge", "those who live
    here")."""
    if subject is None:
        return False
    if subject.lower_ == "those":
        return any(c.dep_ in ("prep", "relcl", "acl") for c in subject.children)
    if is_person(subject):
        return not _one_individual(subject)
    return offered_class(verb, subject, is_person)


#: Deliberate acts a rule or a service lets a class of people do (hedgeAO): the
#: permission verbs and the service, visiting, access and leaving acts.
CLASS_ACTS = PERMISSION_VERBS.union(
    *(lexicon.word_set("hedge_senses", name)
      for name in ("service_actions", "visiting_actions", "access_acts", "leave_verbs"))
)  # fmt: skip


def _class_of_people(subject: Token | None) -> bool:
    """A plural noun for people: by the lens's test ("residents", "children") or a noun
    of those who do a job ("skippers", "spectators", "pharmacists"; not "factors")."""
    if subject is None or subject.tag_ != "NNS":
        return False
    return is_person(subject) or (
        _people_or_body(subject)
        and subject.lemma_.lower().endswith(("er", "ist", "ian", "ant", "ent"))
    )


def _one_individual(subject: Token) -> bool:
    """One named or singled-out person ("the striker may return from injury", "he may
    return"): rules permit classes of people ("residents", "you", "anyone"), so "may"
    said of one person weighs what will happen."""
    if subject.lower_ in ("he", "she"):
        return True
    generic = any(c.dep_ == "det" and c.lower_ in ("each", "every", "any", "no", "a", "an")
                  for c in subject.children)  # fmt: skip  ("each pupil may bring a guest")
    return subject.tag_ in ("NN", "NNP") and not generic


#: What an institution's standing notice allows it to do to what it is sent or holds:
#: "Letters may be edited for length", "Calls may be recorded for training".
POLICY_ACTIONS = lexicon.word_set("hedge_senses", "policy_actions")


def _policy_notice(verb: Token, subject: Token | None) -> bool:
    """ "may be edited", "may be recorded": a passive of a notice's action on a thing
    (permission, not a doubt); "homes may be flooded" and "the figures may be wrong"
    stay hedges."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    thing = subject is not None and subject.pos_ in ("NOUN", "PROPN") and not is_person(subject)
    return passive and thing and verb.lemma_.lower() in POLICY_ACTIONS


#: Texts that lay down rules: "the rules say a contestant may not bring ...".
RULE_TEXTS = lexicon.word_set("hedge_senses", "rule_texts")


def _by_the_rules(verb: Token) -> bool:
    """The "may" clause is what a rule book says ("The rules say a contestant may not bring
    stocks", "the regulations state that riders may use ..."): a permission or a bar the
    text lays down, not a guess. "The report says prices may rise" stays a hedge."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    content = clause.dep_ == "acl" or (
        clause.dep_ == "relcl" and any(c.dep_ == "mark" for c in clause.children)
    )  # a "that" clause telling the noun's content, not a relative clause
    if content and clause.head.lemma_.lower() in RULE_TEXTS:
        return True  # "a rule that members may bring one guest" (and "the rules ... state
        # that bakers may use", where the parser reads "state" as a noun)
    if clause.dep_ != "ccomp":
        return False
    speaker = subject_of(clause.head)
    return speaker is not None and speaker.lemma_.lower() in RULE_TEXTS


def _mentioned(modal: Token) -> bool:
    """A modal with no verb and nothing but punctuation: the word mentioned, not used
    ("Could. Up to." repeats a study's words to mock them); or the word alone in quotation
    marks and governing no verb ('Note the little "may" in the letter'): named, not used."""
    if modal.dep_ == "ROOT" and all(c.is_punct for c in modal.children):
        return True
    doc = modal.doc
    if modal.dep_ in ("aux", "auxpass") or modal.i == 0 or modal.i + 1 >= len(doc):
        return False
    return doc[modal.i - 1].text in QUOTE_MARKS and doc[modal.i + 1].text in QUOTE_MARKS


def _verb_of(modal: Token) -> Token:
    return modal.head if modal.dep_ in ("aux", "auxpass") else modal


def _in_sentence(span: Span, words: set[str] | tuple[str, ...]) -> bool:
    sent = sentence_of(span)
    if isinstance(words, tuple):
        low = sent.text.lower()
        return any(w in low for w in words)
    # the sentence's own words only: this is the hedging lens's one reader of the
    # tokens' lower-case texts, and a whole-document read cost more than its few sentences
    lowers = strings_of(doc_array(sent.doc, LOWER)[sent.start : sent.end].tolist(), sent.doc)
    return not words.isdisjoint(lowers)


def _has_perfect(verb: Token, modal: Token) -> bool:
    return any(c.lemma_ == "have" and c.dep_ == "aux" and c.i > modal.i for c in verb.children)


def _past_frame(verb: Token, span: Span) -> bool:
    """The clause is set in the past: a "when ... was" clause (also in the passive, "which
    could be put up when a storm was forecast": a device's use, sensesAE) or a past-time
    phrase."""
    for child in verb.children:
        past = child.tag_ == "VBD" or (child.tag_ == "VBN" and any(
            a.dep_ == "auxpass" and a.tag_ == "VBD" for a in child.children
        ))  # fmt: skip
        if child.dep_ == "advcl" and past and child.lemma_ != "do":
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")}
            if marks & {"when", "while", "as", "until", "before", "after", "once"}:
                return True  # (but "could rise, as they did last year" compares)
    return _in_sentence(span, PAST_FRAMES)


def _people_or_body(tok: Token) -> bool:
    """Who acts under a rule or a scheme: people by the lens's test, a plural noun of those
    who do a job ("paramedics", "tenants", "drivers") or an organisation ("the trust")."""
    lemma = tok.lemma_.lower()
    if is_person(tok) or lemma in ORGANIZATION_HEADS:
        return True
    return tok.tag_ == "NNS" and len(lemma) > 5 and lemma.endswith(
        ("er", "or", "ist", "ian", "ic", "ant", "ent")
    )


def is_person(tok: Token | None) -> bool:
    """The word names a person or people (its animacy, from the parse and word classes):
    a person's name, a personal pronoun, a noun for a role or a relation ("volunteers",
    "the coach"), or a noun that a "who" clause describes ("the men who ...")."""
    if tok is None:
        return False
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    if tok.lemma_.lower() in PEOPLE_NOUNS or tok.lemma_.lower() in PERSON_WORDS:
        return True
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)
        for c in tok.children
    )


PERSON_PRONOUNS = frozenset({
    "i", "you", "he", "she", "we", "they", "who", "whoever", "someone", "somebody",
    "anyone", "anybody", "everyone", "everybody", "nobody",
})  # fmt: skip
#: People by role or relation: the descriptors and titles the speaker lens reads
#: before a name ("pensioner", "nurse", "volunteer"), plain words for people, and
#: gatherings and jobs (``person_roles``: "the audience", "the vet").
PERSON_WORDS = (
    frozenset(
        lexicon.words(lexicon.load("titles", "titles"), "descriptors")
        + lexicon.words(lexicon.load("titles", "titles"), "titles")
    )
    | person_heads()
    | lexicon.word_set("hedge_senses", "person_roles")
)


#: Heads of a relative clause that ask what can be done with something: "anything we
#: could check", "evidence that could be verified" (capacity, not a doubt).
_SOUGHT = lexicon.word_set("hedge_senses", "sought_things")


def _checkable(verb: Token) -> bool:
    """ "neither offering evidence that could be checked", "anything we could check": a
    relative clause telling what can be done with a thing sought or missing."""
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    sought = head.lemma_.lower() in _SOUGHT
    quantified = any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in head.children)
    return sought or quantified


@sense_rule("hedge", "epistemic_could")
def _epistemic_could(span: Span) -> bool:
    """ "could" of possibility ("it could become ...", "the plan could fail"), not of
    (past) ability ("she could swim"), capacity ("could carry 220 people"), an option
    given ("told they could keep their tickets") or a counterfactual ("we could have
    walked away": the speaker knows it did not happen)."""
    modal = span[0]
    if modal.tag_ != "MD" or _mentioned(modal):
        return False
    if stranded_ability(modal) or boilerplate_notice(modal):
        return False  # "did what we could": the most they were able to do; a notice's words
    verb = _verb_of(modal)
    if figure_of_speech(verb):
        return False  # "you could have heard a pin drop": hyperbole
    if if_condition(verb):
        return False  # "she would move him if she could find a bed": the condition itself
    if in_purpose_clause(modal) or asked(verb) or _who_could(verb) or _granted(modal, verb):
        return False  # "so that residents could judge": a purpose; "wondered if it could"
    if _wished(verb) or _doubted_means(verb, modal):
        return False  # "he hoped we could remain on good terms": part of the hope;
        # "doubted they could raise the money": the doubt is the verb's
    perfect = _has_perfect(verb, modal)
    subject = subject_of(verb)
    if past_when_ability(modal, verb) or speed_before_change(modal, verb):
        return False  # "could cross the border in under an hour when the war began",
        # "Before the slip, the bus could reach Scaurbeck in 20 minutes": a past moment
    if _negated(verb):
        return False  # "no coach could teach"; "nobody could have predicted": impossible
    if any(c.lower_ in BARELY_WORDS for c in verb.children if c.dep_ == "advmod"):
        return False  # "could barely be heard": (in)ability, not a doubt
    if _told_option(verb):
        return False  # "fans were told they could keep their tickets": an option given
    if _past_description(verb):
        return False  # "she was the last coxswain who could navigate by compass": ability
    if _plain_could(modal, verb):
        return False  # "could be returned by post", "not a single hole could be played"
    if _checkable(verb) or past_availability(verb):
        return False  # "evidence that could be checked"; "which could be had anywhere"
    if _fits(verb, subject):
        return False  # "a smaller cabin, which could fit in the plant room": its size
    if verb.lemma_ in LOAD_VERBS and load_capacity(verb, subject):
        return False  # "the other plank could have carried a tractor": what it could bear
    if perfect:
        return not counterfactual(verb)
    if offered_option(verb):
        return False  # "you could swap the beef for lentils if you prefer": an option
    if money_capacity(verb, subject):
        return False  # "the £3m could instead pay for 90 teaching assistants": enough for
    if time_clause_ability(modal, verb, subject, _class_of_people):
        return False  # "It was over before I could take my coat off": a point in time
    if counted_capacity(verb, subject, CAPACITY_VERBS, is_person, FORECAST_SUBJECTS,
                        FUTURE_WORDS):
        return False  # "the overflow could hold 3 million litres": what it can bear
    if verb.lemma_ in ("be", "become"):
        return True
    if unreal_ability(verb, subject, UNDERGO_VERBS):
        return False  # "I could switch to a new van tomorrow if someone lent me the money"
    if any(t.lower_ in ("if", "unless") for t in verb.subtree):
        return True  # its own condition ("could rise if demand holds"), not another's
    if work_rate(verb, subject, is_person):
        return False  # "Carrbeck could run 140 trains a week": an agent's rate of work
    if standing_offer(verb, subject, is_person, "could"):
        return False  # "Residents could collect water at the hall on Saturday": an offer
    if rule_giver(verb) and arranged_permission(verb, subject, is_person, PERMITTED):
        return False  # "Under the old scheme, exporters could apply for loans of up to
        # 20,000": what an arrangement let a class do (the past of permission "may"; in a
        # past frame the test below says so anyway)
    if _past_frame(verb, span) or past_time(verb):
        return False  # "in the 1990s the town could boast three cinemas": past ability
    if _past_narrative(verb) or _ability_pair(verb):
        return False
    if any(c.lower_ == "already" for c in verb.children if c.dep_ == "advmod"):
        return False  # "could already make ...": an ability reached, not a possibility
    if verb.lemma_ in SKILL_VERBS:
        return False
    subject = senser(verb, subject)  # (not a bare verb the parser made subject)
    if capacity_reached(verb, subject) or free_choice_ability(verb, subject):
        return False  # "engineers could now see ...", "he could open any lock": ability
    if verb.lemma_ in ABILITY_VERBS and is_person(subject) and not _group_undergoes(verb, subject):
        return False
    if _discerned(verb, subject):
        return False  # "I could tell straight away something was off": discerning
    return not _capacity(verb, subject)


def _discerned(verb: Token, subject: Token | None) -> bool:
    """ "I could tell straight away something was off", "she could tell the difference":
    "tell" of a person with no one and nothing told (no indirect object, no object but
    "the difference") is discerning, an ability. "She could tell the police" and "I
    could tell you a story" (someone or something told) stay hedges."""
    if verb.lemma_ != "tell" or not is_person(subject):
        return False
    return not any(
        c.dep_ == "dative" or (c.dep_ == "dobj" and c.lemma_.lower() != "difference")
        for c in verb.children
    )


def _fits(verb: Token, subject: Token | None) -> bool:
    """ "a smaller cabin, which could fit in the old plant room", "the piano could fit
    through the door": a thing's size against a space (capacity, not a doubt). Not a
    person ("she could fit in well here") nor "fit in with" a plan."""
    if verb.lemma_ != "fit" or subject is None or is_person(subject):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "inside", "through", "under")
               and any(o.dep_ == "pobj" for o in c.children) for c in verb.children)  # fmt: skip


def _plain_could(modal: Token, verb: Token) -> bool:
    """The past of "can" read from its clause (:mod:`kit.lenses.hedging_plain`): a means
    open to people, a denied subject, an ability set against an inability, a comparison
    with what someone was able to do, a past time or a former role the clause describes,
    the most that was done, a capacity with its limit, a scheme's scope ("a scheme in
    which paramedics could treat patients at home"), the test a person must pass ("to
    anyone who could name ...") or how far a thing was sensed ("could be seen from X,
    nine miles away", told among past events)."""
    subject = subject_of(verb)
    return (
        compared_ability(modal)
        or means_given(verb, subject, SERVICE_USERS)
        or denied_subject(verb)
        or ability_contrast(modal, verb, is_person)
        or past_span(verb)
        or former_role(verb)
        or most_done(verb, subject)
        or limited_capacity(verb)
        or scheme_scope(verb, subject, _people_or_body, UNDERGO_VERBS)
        or qualifying_ability(verb)
        or seen_afar(verb, CLAUSE_VERBS)
        or sensed_at_place(verb, is_person)
    )


#: Verbs of hoping and asking for whose clause holds the "could" (``hope_verbs``).
HOPE_VERBS = lexicon.word_set("hedge_senses", "hope_verbs")


def _wished(verb: Token) -> bool:
    """The "could" clause is what someone hopes for or asks for ("he hoped we could
    remain on good terms", "wished the two clubs could share the ground"): the wish is
    reported, no likelihood is weighed. "Feared the roof could fall" stays a hedge."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in HOPE_VERBS


#: Verbs of doubting whose clause holds a backshifted "can" (``doubt_verbs``).
DOUBT_VERBS = lexicon.word_set("hedge_senses", "doubt_verbs")


def _doubted_means(verb: Token, modal: Token) -> bool:
    """ "though she doubted they could raise the money", "he doubts the volunteers could
    run it alone": the "could" clause under a verb of doubting tells what people were (or
    are) able to do, and the doubt is the verb's own. Not a perfect ("doubted he could
    have known": a view of the past), nor what befalls someone or a thing ("doubted the
    wall could hold", "doubted they could lose")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in DOUBT_VERBS:
        return False
    if _has_perfect(verb, modal) or verb.lemma_ == "be" or verb.lemma_ in UNDERGO_VERBS:
        return False
    return is_person(subject_of(verb))


def _group_undergoes(verb: Token, subject: Token | None) -> bool:
    """ "commuters could see delays", "households could feel the squeeze": a group
    that may live through something (a plural noun with "see" or "feel"), not one
    person's senses ("she could see smoke")."""
    return verb.lemma_ in ("see", "feel") and subject is not None and subject.tag_ == "NNS"


def _negated(verb: Token) -> bool:
    """The clause is denied: "not", "never", or a subject that names no one ("no coach",
    "nobody", "nothing")."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
            return True
        if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
            return True  # "the bridge could no longer carry buses": a capacity lost
    subject = subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ in ("nobody", "nothing", "none", "noone", "neither", "few"):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def _past_narrative(verb: Token) -> bool:
    """The "could" clause is one of a run of plain past statements ("Rovers could play a
    bit in October: they won at ..."), so it tells what someone was able to do. A
    reporting or thinking verb above it ("said it could fail"), a "but" or a future
    time ("could recover next year, but fell") keep the possibility."""
    if _reported(verb):
        return False  # "warned that the scheme could collapse (and ...)": reported
    linked = [c for c in verb.children if c.dep_ in ("conj", "parataxis")]
    if verb.dep_ in ("parataxis", "ccomp") and verb.i < verb.head.i:
        linked.append(verb.head)  # "Rovers could play a bit: they won at ..." (after a colon)
    narrative = [
        v for v in linked
        if v.tag_ == "VBD" and v.lemma_ not in CLAUSE_VERBS and not _reported(v)
        and not _has_but(v, verb)
    ]  # fmt: skip
    if not narrative:
        return False
    return not any(t.lower_ in FUTURE_WORDS for t in clause_words(verb))


def _reported(verb: Token) -> bool:
    """The clause (or the first of its coordinated clauses) is what a reporting or
    thinking verb reports: "said the bypass was late and the delay could cost ..."."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_ in CLAUSE_VERBS


def _has_but(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.lower_ in ("but", "yet", "although", "though") for t in a.doc[lo:hi])


def _ability_pair(verb: Token) -> bool:
    """Two abilities set in time against each other: "she could sail before she could
    walk" (a "before/when/until" clause with its own "could", the main one a person's)."""
    pairs = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ == "advcl":
        pairs.append(verb)
    for clause in pairs:
        main = clause.head if clause.i == verb.i else verb
        marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod")}
        both_could = all(any(a.lower_ == "could" for a in v.children) for v in (clause, main))
        if both_could and marks & TIME_MARKS and is_person(subject_of(main)):
            return True
    return False


def load_capacity(verb: Token, subject: Token | None) -> bool:
    """What a thing could bear, judged from evidence: "the other, which the Crier has
    examined, could have carried a tractor", "could have held the weight of a
    carthorse", "could have borne forty cars": a verb of bearing a load, a subject that
    is no person, and a yardstick load (any one heavy thing, its weight, or an amount).
    So does a load rated as borne within a margin ("the survey said the deck could carry
    crowds safely", ``load_ratings``) and a load told by its measure in a phrase the
    parser hangs on the verb ("the channel could take boats with a draught of two
    metres"): what the thing can bear, a capacity (modalsAF).
    Not a guess at what happened: "the van could have carried the stolen paintings"
    (one known load), "he could have carried the bag" (a person), "repairs could take
    two years" (a time, not a load), "the deck could carry crowds safely next year" (a
    forecast)."""
    if verb.lemma_ not in LOAD_VERBS or subject is None or is_person(subject):
        return False
    if _duration(verb) or any(
        t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ == "dobj"
        for t in c.subtree
    ):
        return False  # "repairs could take up to two years": a guess at how long
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and _rated_or_measured(verb, objects[0]):
        return True
    for obj in objects:
        if any(c.dep_ == "nummod" or c.like_num for c in obj.children):
            return True  # "forty cars", "40 tonnes"
        dets = [c.lower_ for c in obj.children if c.dep_ in ("det", "poss")]
        if obj.lemma_.lower() in LOAD_YARDSTICKS and dets in (["a"], ["an"], []):
            return True  # "a tractor"; "the weight of ..." comes next
        if obj.lemma_.lower() in ("weight", "load") and any(
            p.lower_ == "of" for p in obj.children
        ):
            return True  # "the weight of a carthorse"
    return False


def _rated_or_measured(verb: Token, obj: Token) -> bool:
    """The load a verb of bearing takes is rated ("carry crowds safely", "comfortably
    seat 400") or told by its measure in a "with"/"of" phrase after it that the parser
    hangs on the verb ("take boats with a draught of two metres") or by its size ("take
    boats up to 20 metres long"); none in a clause
    with a future word ("could carry crowds safely next year": a forecast)."""
    if any(t.lower_ in FUTURE_WORDS for t in verb.subtree):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in LOAD_RATINGS for c in verb.children):
        return True
    return any(
        ((c.dep_ == "prep" and c.lower_ in ("with", "of")) or c.lower_ in _SIZES)
        and c.i > obj.i and any(t.ent_type_ == "QUANTITY" for t in c.subtree)
        for c in verb.children
    )  # (and a size: "boats up to 20 metres long"; but "carry boats 20 metres inland")


#: Adjectives of size that give a load's measure: "boats up to 20 metres long".
_SIZES = frozenset({"long", "wide", "deep", "high", "tall", "heavy", "broad"})


def _duration(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    return any(t.ent_type_ in ("DATE", "TIME") for o in objects for t in o.subtree)


def _amount_in(verb: Token, deps: tuple[str, ...]) -> bool:
    """An amount among the objects; a bare time phrase beside the verb ("this year, your
    vote could make the difference") is when, not how much."""
    objects = [c for c in verb.children if c.dep_ in deps]
    return any(
        (c.ent_type_ in AMOUNT_ENTITIES or c.like_num)
        and not (o.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and not c.like_num)
        for o in objects
        for c in o.subtree
    )


def _capacity(verb: Token, subject: Token | None) -> bool:
    """What something can hold or do as an amount: "the bridge can carry 40 tonnes",
    "two nurses could cover 40 beds" (counted people against a counted object; but
    "three strikes could delay 2,000 operations" and "could cost 3 million" forecast)."""
    if worked_amount(verb, subject):
        return True  # "mixers could knead a tonne of dough an hour"
    if not _amount_in(verb, ("dobj", "npadvmod")) and not compared_amount(verb):
        return False  # (an amount, or one given as a comparison: "far more objects")
    if verb.lemma_ == "take" and _duration(verb):
        return False  # "a case could take six months": a guess at how long, not capacity
    if subject is not None and subject.lemma_.lower() in FORECAST_SUBJECTS:
        return False  # "gusts could reach 80mph overnight": a forecast level, no capacity
    if verb.lemma_ in CAPACITY_VERBS:
        return True
    counted = subject is not None and (
        subject.like_num or any(c.dep_ == "nummod" for c in subject.children)
    )
    money = any(
        t.ent_type_ == "MONEY" for c in verb.children if c.dep_ == "dobj" for t in c.subtree
    )
    return counted and is_person(subject) and not money


#: Adverbs that make "could" a statement of (in)ability: "could barely be heard".
BARELY_WORDS = frozenset({"barely", "hardly", "scarcely", "only", "just"})
#: Verbs that hand someone an option: "were told they could keep their tickets".
OPTION_VERBS = frozenset({"tell", "inform", "assure", "promise", "advise", "allow", "permit"})


def _told_option(verb: Token) -> bool:
    """The "could" clause reports an option someone was given ("told they could keep
    their tickets", "told us that ... and that customers could cancel online"), not a
    possibility ("told her she could miss the season")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # the second of two reported clauses
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_ in OPTION_VERBS
        and verb.lemma_ in PERMISSION_VERBS
        and is_person(subject_of(verb))
    )


def in_purpose_clause(modal: Token) -> bool:
    """The modal sits in a "so that ..." / "in order that ..." clause: a purpose."""
    verb = _verb_of(modal)
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if any(m.lower_ == "that" and m.i > 0 and m.doc[m.i - 1].lower_ in ("so", "order")
           for m in marks):  # fmt: skip
        return True
    return any(m.lower_ == "so" and not _after_comma(m) for m in marks)


def _after_comma(mark: Token) -> bool:
    """ ", so ride leaders might switch": "so" after a comma gives a result, not a purpose."""
    return mark.i > 0 and mark.doc[mark.i - 1].text == ","


def _past_description(verb: Token) -> bool:
    """ "could" in a relative clause that describes a person in a past-tense sentence
    ("She was the last coxswain who could navigate by compass", "He had a brother who
    could mend anything"): what the person was able to do. A present sentence ("a
    leader who could win") or a future word keeps the possibility."""
    if verb.dep_ != "relcl":
        return False
    relative = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")]
    if not relative or (relative[0].lower_ == "that" and not is_person(verb.head)):
        return False
    host = verb.head
    while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        host = host.head  # the clause the described person stands in
    if host.dep_ == "ccomp" or _reported(host):
        return False  # "said it was a lifeline for members who could ...": backshifted
    past = host.tag_ == "VBD" or any(
        c.dep_ == "aux" and (c.tag_ == "VBD" or (c.lemma_ == "have" and host.tag_ == "VBN"))
        for c in host.children
    )  # (and a perfect: "she may have been the last person who could mend ...")
    words = {t.lower_ for t in clause_words(verb)}
    return past and not words & (FUTURE_WORDS | CONDITIONAL_WORDS | {"otherwise"})


# -- plain senses of "could" and "may" (sensesZ) -----------------------------------------
#: Phrases of a page's standing legal or financial notice (``notice_boilerplate``).
NOTICE_BOILERPLATE = lexicon.ordered_words("hedge_senses", "notice_boilerplate")
#: How a page's line of links to other stories opens: "Related: ..." (``link_line_openers``).
LINK_LINE_OPENERS = lexicon.ordered_words("hedge_senses", "link_line_openers")
#: What a stranded "could" hangs from: "did what we could" (``free_relative_heads``).
FREE_RELATIVE_HEADS = lexicon.word_set("hedge_senses", "free_relative_heads")


def boilerplate_notice(modal: Token) -> bool:
    """The modal stands in a sentence of a standing legal or financial notice ("This
    letter contains forward-looking statements, which may differ materially from actual
    results", "The value of investments may go down as well as up", "The firm may, at its
    discretion, offer a replacement"): the notice is furniture printed on every page of
    its kind, a term or a disclaimer, and weighs no claim of the story. The notice is
    known by its set phrases (``notice_boilerplate``) anywhere in its paragraph (a notice
    is a paragraph of its own: "This notice does not affect your statutory rights. Stock
    may vary."); "analysts say profits may fall" has none and stays a hedge. A paragraph
    that opens as a line of links to other stories ("Related: Why your river may be
    dirtier than you think", ``link_line_openers``) is furniture too."""
    text = doc_text(modal.doc)  # (joined once per Doc; Doc.text joins anew each time)
    start = text.rfind("\n", 0, modal.idx) + 1
    end = text.find("\n", modal.idx)
    low = text[start : end if end >= 0 else len(text)].lower()
    if low.lstrip().startswith(LINK_LINE_OPENERS):
        return True  # "Related: Why your river may be dirtier than you think": a link line
    return any(phrase in low for phrase in NOTICE_BOILERPLATE)


def stranded_ability(modal: Token) -> bool:
    """A "could" with no verb of its own that measures an effort by what someone was able
    to do: "(did) what we could", "(did) everything they could", "(ran) as fast as she
    could". The free relative or the "as ... as" comparison names the most that was
    possible for them, their ability; no claim is weighed. A stranded "could" with none
    of these ("Could it close? It could.", "I think it could") stays a hedge."""
    if modal.lower_ != "could" or modal.dep_ in ("aux", "auxpass"):
        return False
    if any(
        c.pos_ in ("VERB", "AUX") and c.dep_ in ("xcomp", "ccomp")
        and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in modal.children
    ):  # fmt: skip
        return False  # (a verb after all: the parser hung it under the modal; "all it could
        # to include ..." is a purpose after the stranded modal, no verb of its own)
    if modal.dep_ == "relcl" and modal.head.lower_ in FREE_RELATIVE_HEADS:
        return True  # "everything they could", "all we could"
    if any(c.dep_ == "dobj" and c.lower_ in FREE_RELATIVE_HEADS for c in modal.children):
        return True  # "what we could"
    return modal.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in modal.children
    )  # "as fast as she could", "as much as we could"


def capacity_reached(verb: Token, subject: Token | None) -> bool:
    """ "(said that) engineers could now see alarm users on their job lists", "customers
    could now pay by card": "now" with a person's verb of perceiving, a skill or a thing
    a service lets its users do tells of an ability gained after a change (the past of
    "can now"), not a guess. "Patients could now face longer waits" (what befalls
    them) and "the bridge could now close" (no person) stay hedges."""
    if not any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return False
    doable = verb.lemma_ in ABILITY_VERBS or verb.lemma_ in SKILL_VERBS or verb.lemma_ in PERMITTED
    return doable and is_person(subject) and verb.lemma_ not in UNDERGO_VERBS - {"see", "hear"}


def free_choice_ability(verb: Token, subject: Token | None) -> bool:
    """ "Kettleborough could open any lock in Pellbrook in under a minute", "she could
    name any bird on the estuary", "her crew could find the leak in any hull": one known
    person (a name, "he", "she", a definite
    noun) and an object with free-choice "any" tell what that person was able to do with
    whichever one came along: a skill, not a guess. "The storm could damage any roof"
    (no person) and "a burglar could open any of these locks" (anyone at all: a risk)
    stay hedges."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for h in (verb, *objects) for c in h.children if c.dep_ == "prep"
                for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    # ("could find the fault in any engine", the "in" under the verb or its object)
    if subject is None or not any(
        c.lower_ in ("anything", "anyone", "anybody")  # "she could mend anything"
        or any(d.dep_ == "det" and d.lower_ == "any" for d in c.children)
        for c in objects
    ):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some") for c in subject.children):
        return False  # "a burglar could open any lock": a risk, anyone at all
    if subject.lower_ in ("anyone", "anybody", "someone", "somebody", "you", "one"):
        return False
    if any(t.lower_ in ("if", "unless") for t in verb.subtree):
        return False  # "could fix any fault if the parts arrive": its own condition
    return animate(subject)


def animate(tok: Token) -> bool:
    """A person by the words, not by the entity tagger (which takes "Brexit" or "Storm
    Ciara" for a person and a surname for a firm): a personal pronoun, a noun for a
    person's role, or a surname the article also gives with a first name or a title."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    if tok.lemma_.lower() in PEOPLE_NOUNS or tok.lemma_.lower() in PERSON_WORDS:
        return True
    return _named_person(tok)


def _named_person(tok: Token) -> bool:
    """A surname ("Kettleborough could open ...") that the article also gives after a
    first name ("Osian Kettleborough") or a title ("Mr Kettleborough")."""
    if tok.tag_ != "NNP":
        return False
    doc = tok.doc
    for t in doc:
        if t.text != tok.text or t.i == 0:
            continue
        before = doc[t.i - 1]
        if before.lower_.rstrip(".") in COURTESY_TITLES:
            return True
        if before.tag_ == "NNP" and before.dep_ == "compound" and before.head.i == t.i:
            return before.ent_type_ != "GPE" and before.is_title
    return False


#: Free-choice times, verbs of choosing and acts of leaving that a text leaves to people
#: (``free_choice_times``, ``choice_verbs``, ``leave_verbs``).
_ANY_TIME = lexicon.ordered_words("hedge_senses", "free_choice_times")
_CHOICE_VERBS = lexicon.word_set("hedge_senses", "choice_verbs")
_LEAVE_VERBS = lexicon.word_set("hedge_senses", "leave_verbs")


def free_choice_leave(verb: Token, subject: Token | None) -> bool:
    """ "Members may withdraw from the scheme at any time", "tenants may choose to pay
    monthly", "parents may continue to use the seat": a class of people (not one person)
    given a freedom by the text, with a free-choice time or a verb of choosing before an
    act a rule allows. "Patients may relapse at any time" (not a chosen act), "the dam may
    fail at any time" (no person) and "he may withdraw from the race" (one person) stay
    hedges."""
    if subject is None or not is_person(subject) or _one_individual(subject):
        return False
    act = verb
    if verb.lemma_ in _CHOICE_VERBS:
        act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if act is None:
            return False
        return act.lemma_ in PERMITTED or act.lemma_ in _LEAVE_VERBS
    if act.lemma_ not in PERMITTED and act.lemma_ not in _LEAVE_VERBS:
        return False
    low = sentence_of(verb).text.lower()
    return any(phrase in low for phrase in _ANY_TIME)

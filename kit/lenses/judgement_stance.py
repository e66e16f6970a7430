"""Verdicts told through stance markers, and names for people built from money (issue 12,
loadedQ1; word classes in ``kit/lexicons/judgement_stance.yaml``). The rules read the
shape of a sentence, not its content words, so they reach charged prose whose words are
in no list:

- :func:`stance_asides`: a comment set off by commas about what people did or meant,
  "The board, it seems, has decided that fishermen can wait", "The trustees,
  naturally, blamed the weather", "Its lawyers will no
  doubt find another loophole", "Presumably the consultants were paid by the page" (not
  "The ferry, it seems, will run on Sunday": no person; not inside a quote);
- :func:`mock_exemplars`: litotes on an exemplar, "is not exactly a paragon of clarity",
  "hardly a beacon of openness" (not "a model of Victorian tailoring");
- :func:`facts_kept_out`: "never lets the facts get in the way of a good launch" (not
  "let the pupils spoil the surprise");
- :func:`doubters_rebuked`: "Those who scoffed at the bakery should be queueing for its
  bread" (not "Those who booked tickets should arrive by seven");
- :func:`money_labels`: people named by their money or their city office, "the money
  men", "city suits", "cash-rich buyers", "the yacht people" (a label, word rule; not
  "city officials", "three city suits" worn, "cash-rich companies");
- :func:`carping_labels`: critics named by a verb of carping, "the knockers", "a few
  begrudgers" (a label; not "brass door knockers", "hecklers", "snipers").

The first four are claim rules (they count only in the writer's own voice: the loaded
lens drops a find inside quotes, reported content or a sentence with a reporting cue);
:func:`money_labels` is a word rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
)
from kit.lenses.judgement_verdicts import (
    VerdictLexicon,
    candidates,
    subject_or_none,
    verdict_lexicon,
    writer_verdict,
)
from kit.lenses.wordlists import sentence_of

#: "by the look(s) of it" around "look": the words two before and two after.
LOOK = ["by", "the", "of", "it"]
#: Two-word litotes before "a model of": "not exactly", "far from".
LITOTES_PAIRS = (("not", "exactly"), ("not", "quite"), ("far", "from"), ("n't", "exactly"))
#: The writer and the reader: an aside about them reads no one's conduct.
READER = frozenset({"i", "we", "you", "one"})


@cache
def stance_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_stance.yaml (read once)."""
    return verdict_lexicon("judgement_stance")


@cache
def stance_words(cls: str) -> frozenset[str]:
    """One word class of the stance lexicon (read once per class)."""
    return stance_lexicon()[cls]


def _at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _opens_quote(sent: Span) -> bool:
    return any(t.is_quote for t in sent[:2])


# -- "The board, it seems, has decided ..." -------------------------------------------
def _aside(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """(first, last) token of a stance aside built on ``tok``, or None."""
    i, word = tok.i, tok.lower_
    if word in ("seems", "appears") and _at(doc, i - 1) == "it":
        first, last = i - 1, i
    elif word == "turns" and _at(doc, i - 1) == "it" and _at(doc, i + 1) == "out":
        first, last = i - 1, i + 1
    elif word in ("look", "looks") and [_at(doc, j) for j in (i - 2, i - 1, i + 1, i + 2)] == LOOK:
        first, last = i - 2, i + 2
    elif word == "doubt" and _at(doc, i - 1) == "no":
        if _at(doc, i - 2) in stance_words("modal"):
            return i - 1, i  # "will no doubt find": no commas needed
        first, last = i - 1, i
    elif word == "course" and _at(doc, i - 1) == "of":
        first, last = i - 1, i  # ", of course,"
    elif word in stance_words("comment_word") and tok.pos_ == "ADV":
        first, last = i, i
        sent = sentence_of(tok)
        if word == "presumably" and first == sent.start:
            return first, last  # "Presumably the money bought something."
    else:
        return None
    if _at(doc, first - 1) != ",":
        return None
    after = _at(doc, last + 1)
    if after == "," or (after in (".", "!") and last + 2 >= sentence_of(tok).end):
        return first, last  # "X, it seems, did Y" or "X did Y, it seems."
    return None


def _about_people(sent: Span, lex: JudgementLexicon) -> bool:
    """The sentence's main clause is about a person or body: its verb is one of will or
    mind ("wanted", "decided"), or its subject (or the subject's owner, or the agent of
    a passive) names one."""
    root = sent.root
    if root.lemma_.lower() in ("seem", "appear", "turn", "suspect", "imagine"):
        # "X did Y, it seems.": the parse heads the sentence with the aside
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    if root.lemma_.lower() in stance_words("mind_verb"):
        return True
    subject = subject_or_none(root)
    if subject is None and root.dep_ != "ROOT":
        return False
    tokens = [subject] if subject is not None else []
    if subject is not None:
        tokens += [c for c in subject.children if c.dep_ == "poss"]
    tokens += [
        o for c in root.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    # not the writer or the reader: "As you will no doubt have heard, ..."
    return any(is_person(t, lex) and t.lower_ not in READER for t in tokens)


def stance_asides(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A stance comment set off by commas ("it seems", "apparently", "it turns out",
    "by the look of it", "no doubt", "of course", "naturally"), or closing the sentence
    after a comma ("..., it seems."), or "Presumably" opening the sentence, in a sentence
    about what a person or body did or meant: the writer's reading offered as fact."""
    lex = lex or default_lexicon()
    seen: set[int] = set()
    for tok in candidates(doc, stance_words("comment_word")):
        span = _aside(doc, tok)
        if span is None:
            continue
        sent = sentence_of(tok)
        if sent.start in seen or _opens_quote(sent) or len(sent) < 5:
            continue
        if tok.lower_ != "presumably" and not _about_people(sent, lex):
            continue
        if tok.lower_ == "naturally" and sent.root.lemma_ == "be":
            continue  # "The doubters, naturally, are out in force": who is there, not a verdict
        seen.add(sent.start)
        aside = doc[span[0] : span[1] + 1].text
        yield writer_verdict(
            sent,
            f"states what people did or meant, and the aside '{aside}' offers it as the "
            "writer's own reading (a sly comment, not a report)",
            "(say what was done and who says why)",
            "stance_aside",
        )


# -- "is not exactly a paragon of clarity" ------------------------------------------------
def mock_exemplars(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """An exemplar noun ("model", "paragon", "beacon") after "a" and a litotes ("hardly",
    "not exactly", "far from"), before "of": praise denied in irony."""
    for noun in candidates(doc, stance_words("exemplar_noun")):
        i = noun.i
        if _at(doc, i + 1) != "of" or _at(doc, i - 1) not in ("a", "an"):
            continue
        before = (_at(doc, i - 3), _at(doc, i - 2))
        if before[1] not in stance_words("litotes_adverb") and before not in LITOTES_PAIRS:
            continue
        sent = sentence_of(noun)
        if _opens_quote(sent):
            continue
        yield writer_verdict(
            sent,
            f"denies, in ironic understatement, that someone is 'a {noun.text} of' a virtue",
            "(give the record that is in question)",
            "mock_exemplar",
        )


# -- "never lets the facts get in the way" ---------------------------------------------------
def facts_kept_out(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A negated "let" whose object is the facts or the truth, kept from spoiling or
    getting in the way of something: a charge of bad faith told as a habit."""
    for verb in candidates(doc, frozenset({"let", "lets", "letting"})):
        negators = stance_words("negator")
        if verb.pos_ != "VERB" or not any(
            c.lower_ in negators for c in verb.children if c.dep_ in ("neg", "advmod")
        ):
            continue
        window = doc[verb.i + 1 : min(verb.i + 5, len(doc))]
        fact = next((t for t in window if t.lemma_.lower() in stance_words("facts_noun")), None)
        if fact is None or fact.i + 1 >= len(doc):
            continue
        if doc[fact.i + 1].lemma_.lower() not in stance_words("facts_verb"):
            continue
        yield writer_verdict(
            sentence_of(verb),
            f"says someone never lets {fact.text} get in the way: a charge of bad faith "
            "stated as a habit",
            "(show a claim and the fact it leaves out)",
            "facts_kept_out",
        )


# -- "Those who doubted her should be raising a glass." -----------------------------------
def doubters_rebuked(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "Those who" doubted or mocked (a past verb of doubt) as the subject of a modal
    of advice: the writer rebukes the doubters as if events had proved them wrong."""
    for those in candidates(doc, frozenset({"those"})):
        if _at(doc, those.i + 1) != "who" or those.dep_ != "nsubj":
            continue
        rel = next((c for c in those.children if c.dep_ == "relcl"), None)
        if rel is None or rel.tag_ not in ("VBD", "VBN"):
            continue
        if rel.lemma_.lower() not in stance_words("doubt_verb"):
            continue
        main = those.head
        if not any(c.tag_ == "MD" and c.lower_ in ("should", "might", "may", "must", "ought")
                   for c in main.children):  # fmt: skip
            continue
        yield writer_verdict(
            sentence_of(those),
            f"rebukes 'those who {rel.text}' as if events had proved them wrong",
            "(report what changed and who had objected)",
            "doubters_rebuked",
        )


# -- "the money men", "city suits" ----------------------------------------------------------
def _worn(head: Token) -> bool:
    """A suit that is clothing: counted or owned ("three city suits", "his suits") or
    worn, bought or made."""
    if any(c.dep_ == "nummod" or (c.dep_ == "poss" and c.pos_ == "PRON") for c in head.children):
        return True
    return head.head.lemma_.lower() in stance_words("clothing_verb") or (
        head.dep_ == "pobj" and head.head.lower_ == "in"
    )


def money_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A noun for people with a money, city-office or lifestyle modifier ("the money
    men", "city suits", "cash-rich buyers", "the yacht people"): a label that reduces
    people to their wealth or their way of life."""
    money, goods = stance_words("money_modifier"), stance_words("lifestyle_modifier")
    for mod in candidates(doc, money | goods | frozenset({"rich", "pocketed"})):
        start = mod.i
        word = mod.lower_
        if word in ("rich", "pocketed"):
            if start < 2 or doc[start - 1].text != "-":
                continue
            first = doc[start - 2].lower_
            if f"{first}-{word}" not in money:
                continue
            start, word = start - 2, f"{first}-{word}"
        if mod.dep_ not in ("compound", "amod", "nmod") or mod.head.i <= mod.i:
            continue
        head = mod.head
        if head.i - mod.i > 1 or head.pos_ != "NOUN":
            continue
        lemma = head.lemma_.lower()
        people = stance_words("person_head")
        if lemma not in people and head.lower_ not in people:
            continue
        if word in ("city", "money", "cash") and lemma in stance_words("plain_person"):
            continue  # "city residents", "cash buyers" (a term of the trade)
        if word in goods and lemma in stance_words("plain_person"):
            continue  # "yacht buyers", "polo tourists": literal
        if lemma == "suit" and _worn(head):
            continue
        span = Span(doc, start, head.i + 1, label="labeling")
        yield Judgement(
            span,
            f"'{span.text}' names people by their money or their way of life: a label "
            "that sneers at a group instead of saying who they are and what they did.",
            "investors / executives / buyers / visitors (say who they are)",
            "money_label",
        )


def money_people(tok: Token) -> bool:
    """``tok`` heads a money or lifestyle label for people ("the developer's city suits",
    "the money men"): people, for rules that ask who a subject is."""
    people = stance_words("person_head")
    if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in people and tok.lower_ not in people):
        return False
    mods = stance_words("money_modifier") | stance_words("lifestyle_modifier")
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.i == tok.i - 1 and c.lower_ in mods
        for c in tok.children
    ) and not (tok.lemma_.lower() == "suit" and _worn(tok))


# -- "the knockers", "a few begrudgers" -------------------------------------------------
@cache
def _carpers() -> frozenset[str]:
    """The plural doer nouns of the carping verbs: "knockers", "scoffers", "naggers"."""
    out: set[str] = set()
    for verb in stance_words("carping_verb"):
        if verb.endswith("e"):
            out.add(verb + "rs")
        else:
            out.add(verb + "ers")
            if (
                len(verb) > 2
                and verb[-1] not in "aeiouwy"
                and verb[-2] in "aeiou"
                and verb[-3] not in "aeiou"
            ):
                out.add(verb + verb[-1] + "ers")  # "nag" -> "naggers"
    return frozenset(out)


def carping_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A plural noun made from a verb of carping ("knockers", "begrudgers", "scoffers"):
    critics named by their carping. Not a thing ("brass door knockers": a noun before
    it) nor the verb itself."""
    for noun in candidates(doc, _carpers()):
        if noun.pos_ != "NOUN" or noun.lower_ not in _carpers():
            continue
        if any(c.dep_ in ("compound", "nmod") for c in noun.children):
            continue  # "brass door knockers"
        things = stance_lexicon().by_category.get(("object_sense", noun.lower_), frozenset())
        if things and any(t.lower_ in things for t in sentence_of(noun)):
            continue  # "the old knockers on the church doors"
        span = Span(doc, noun.i, noun.i + 1, label="labeling")
        yield Judgement(
            span,
            f"'{noun.text}' names critics by their carping: a label that dismisses their "
            "objection instead of saying who they are and what they object to.",
            "critics / opponents",
            "carping_label",
        )


# -- "left by a side door, presumably to count her options" ---------------------------------
GUESS_NOTE = (
    "Whose guess is this? '{text}' reads a motive, a thought or a whereabouts into {who} "
    "with '{adverb}', the writer's own inference offered as if it were known: a claim with "
    "no source. A neutral text reports what they did, and gives a reason only with who "
    "gave it."
)
#: Pronouns that stand for a person in the main clause ("She presumably believes it").
GUESS_PRONOUNS = frozenset({"he", "she", "they"})


def guessed_motives(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAQ) A guess adverb ("presumably", "doubtless") not set off by commas on
    both sides, in the writer's guess about a person or body: a phrase it opens after a
    comma (", presumably to count her options", ", presumably from the back of the
    council car"), a relative clause on a person ("who has presumably sat through
    worse"), or a clause whose subject is a person ("She presumably believes it", "the
    company's accountants are doubtless already choosing the paint"). The mark is the
    phrase or clause. Not the commas' aside ("The board, presumably, ...": the stance
    aside), a guess about a thing ("the fire was presumably started by a spark": no
    person), nor a quotation or a report (the loaded lens tests the voice)."""
    lex = lex or default_lexicon()
    for tok in candidates(doc, stance_words("guess_adverb")):
        if tok.pos_ != "ADV" or tok.dep_ != "advmod":
            continue
        before, after = _at(doc, tok.i - 1), _at(doc, tok.i + 1)
        if after == ",":
            continue  # "The board, presumably, ...", "Another coincidence, presumably.": asides
        sent = sentence_of(tok)
        head = tok.head
        if before == "," and (head.dep_ != "relcl" or head.i > tok.i):
            # ", presumably to count her options": the phrase it opens, to its comma, on
            # the act told before it
            main = head
            while (main.i > tok.i or main.pos_ not in ("VERB", "AUX")) and main.head != main:
                main = main.head
            start = tok.i
            end = next((t.i for t in doc[tok.i + 1 : sent.end] if t.text == ","), sent.end)
            owner = _guess_subject(main, lex)
        elif head.dep_ == "relcl":
            owner = head.head if is_person(head.head, lex) else None
            start, end = head.left_edge.i, head.right_edge.i + 1
        elif head.dep_ in ("ROOT", "conj") and head.pos_ in ("VERB", "AUX"):
            owner = _guess_subject(head, lex)
            first = subject_or_none(head)
            start = first.left_edge.i if first is not None else head.i
            end = head.right_edge.i + 1
        else:
            continue
        if owner is None or before != "," and tok.i <= sent.start:
            continue  # "Presumably ..." opening a sentence: the stance aside's
        end = min(end, sent.end)
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        span = Span(doc, start, end, label="unattributed_claim")
        note = (
            GUESS_NOTE.replace("{text}", span.text)
            .replace("{who}", owner.text if owner.pos_ == "PRON" else f"'{owner.text}'")
            .replace("{adverb}", tok.text)
        )
        yield Judgement(
            span,
            " ".join(note.split()),
            "(report what they did; give a reason only with who gave it)",
            "guessed_motive",
        )


def _guess_subject(verb: Token, lex: JudgementLexicon) -> Token | None:
    """The person or body who acts in the clause of ``verb`` (its subject, or the subject
    of the verb it is joined to)."""
    subject = subject_or_none(verb)
    if subject is None and verb.dep_ == "conj":
        subject = subject_or_none(verb.head)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WP", "WDT")):
        return verb.head if is_person(verb.head, lex) else None  # "a manager who bought ..."
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        return subject if subject.lower_ in GUESS_PRONOUNS else None
    return subject if is_person(subject, lex) else None


#: Claim rules (registered in kit.lenses.judgement_claims.VERDICT_RULES).
CLAIM_RULES = (
    stance_asides,
    mock_exemplars,
    facts_kept_out,
    doubters_rebuked,
    guessed_motives,
)
#: Word rules (registered in kit.lenses.judgement.WORD_RULES).
WORD_RULES = (money_labels, carping_labels)

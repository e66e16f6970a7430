"""Quotation marks classified for the loaded-language lens (guide, section 4).

A quotation is speech, a partial quote, a scare quote, a title, a nickname or a
term, from the words around it; only scare quotes in the writer's own voice are
marked. See :func:`classify_quotes`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import DEP, IDX, LENGTH
from spacy.tokens import Doc, Span

from kit import lexicon
from kit.lenses.shared import (
    WRITERS_ARTICLE,
    doc_array,
    doc_text,
    sentence_bounds,
    short_lowercase_label,
    tokens_where,
)
from kit.quotes import find_quotes

if TYPE_CHECKING:  # pragma: no cover
    from kit.annotated import AnnotatedArticle


QUOTE_KINDS = ("speech", "partial", "scare", "title", "nickname", "term")

DISTANCE_NOTE = (
    " The word is in quotation marks inside a report of what someone said: they are "
    "the speaker's words, but quotation marks around one charged word can also signal "
    "the writer's distance from it."
)
SCARE_NOTE = (
    " The writer also puts it in quotation marks in their own voice (scare quotes), "
    "distancing themselves from it without saying why."
)
PARTIAL_NOTE = " These are the speaker's own words, quoted inside a report of what they said."

# -- quotation marks, classified -----------------------------------------------------
_SCARE_BEFORE = re.compile(
    r"\b(so-called|so called|supposed|alleged|self-styled|self-proclaimed|self-described|"
    r"purported|"
    r"would-be|quote-unquote|quote unquote)\s*$",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"\b(film|movie|book|novel|song|single|album|report|show|series|play|poem|article|"
    r"essay|documentary|column|podcast|episode|exhibition|opera|musical|painting|study|"
    r"paper|editorial|op-ed|headline|programme|program|titled|entitled|headlined)"
    r"\s*[,:]?\s*$",
    re.I,
)
_NICKNAME_BEFORE = re.compile(
    r"\b(dubbed|nicknamed|known(?:\s+[\w'\u2019-]+){0,4}?\s+as|called|named|styled|"
    r"christened|hailed as|"
    r"referred to as|went by|goes by)\s*$",
    re.I,
)
_TERM_BEFORE = re.compile(
    r"\b(term|terms|word|words|phrase|expression|slogan|motto|label|concept|notion|"
    r"name|hashtag|acronym|catchphrase|buzzword|mantra|termed|coined|spelled|spelt|"
    r"labels|tags)"  # "a heading the system labels "idle time"": a term the machine uses
    r"\s*(of\s*)?[,:]?\s*$",
    re.I,
)
#: A record's entry named by a verb of listing or filing, with "as": 'was catalogued as
#: "circle of ..."', 'is listed as "unimproved pasture"', 'was entered as "novice"' (the
#: term the catalogue, register or programme gives, not the writer's doubt).
_RECORDED_AS_BEFORE = re.compile(
    r"\b(catalogued|cataloged|listed|registered|recorded|entered|filed|logged|"
    r"indexed|designated|certified|licensed|described\s+in\s+the\s+\w+)"
    r"(\s+[\w'\u2019-]+){0,3}?\s+as\s*$",
    re.I,
)
#: (wordsAH) Words written on a thing, or a word a reader is told to write: 'a sign reading
#: "..."', 'placards saying "..."', 'mark your envelope "objection"', 'a folder stamped
#: "urgent"', 'an email headed "..."'. The quotation gives the words on the thing, a term
#: named, not the writer's doubt. Not 'labelled the plan "a disaster"' (someone's label).
_WRITTEN_ON_BEFORE = re.compile(
    r"(?:\b(?:signs?|placards?|banners?|posters?|notices?|boards?|t-shirts?|badges?|"
    r"stickers?|stamps?|headings?|envelopes?)(?:\s+[\w'\u2019-]+){0,3}?\s+"
    r"(?:reading|reads|read|saying|says|said|that\s+reads?|that\s+said|bearing)|"
    r"\b(?:mark|marks|marked|marking|stamp|stamped|stamping|headed|tick|ticks|ticked)"
    r"(?:\s+(?:it|them)|(?:\s+(?:your|the|a|an|each|every|their|our|his|her|its))?"
    r"(?:\s+(?!(?:a|an|the)\b)[\w'\u2019-]+){1,2})|"
    r"\b(?:a|an|the|some|two|three|[\w-]+s)\s+(?:[\w-]+\s+)?(?:stamped|marked|headed))"
    r"\s*[,:]?\s*$",
    re.I,
)
#: The classes a system or a rule sorts things into: 'sorts every payment into "pots"',
#: 'splits the week into "blocks"', 'bands earners into three "tiers"' (the classes'
#: own names, a feature or a rule named, not the writer's doubt). Not "turned into"
#: or "made into": a thing changed into something is where a scare quote doubts.
_SORTED_INTO_BEFORE = re.compile(
    r"\b(sorts?|sorted|sorting|divides?|divided|dividing|splits?|splitting|groups?|grouped|"
    r"grouping|separates?|separated|separating|classif(?:y|ies|ied|ying)|"
    r"categori[sz](?:es?|ed|ing)|bands?|banded|banding|buckets?|bucketed)"
    r"(\s+[\w'\u2019-]+){0,4}?\s+into(\s+(two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+|separate|different))?\s*$",
    re.I,
)
#: An amount after the quoted noun: 'a "tax-free lump sum" of 25%', 'a "loyalty bonus"
#: of £50', 'a "cooling-off period" of 14 days': a rule's term given with its value.
_AMOUNT_AFTER = re.compile(
    r"\s+of\s+(?:up\s+to\s+|at\s+least\s+|at\s+most\s+)?[£$€]?\d", re.I
)
#: A grade given by an inspector or a scheme: 'rated "inadequate"', 'a rating of "good"',
#: 'downgraded to "requires improvement"' (the grade's own words, not the writer's doubt).
_RATING_BEFORE = re.compile(
    r"\b(rated|re-rated|graded|regraded|downgraded\s+to|upgraded\s+to|scored|ranked|"
    r"classed|classified|categori[sz]ed|assessed|"
    r"rating|grade|grading|score)"
    r"\s*(of|as|at)?\s*$"
    # a grade placed against another: 'two grades below the "outstanding" it had',
    # 'a band above "good"', 'down from "gold"' (a step on the scheme's own scale)
    r"|\b(?:(?:grades?|ratings?|bands?|levels?|notch(?:es)?|steps?|tiers?)\s+"
    r"(?:above|below|under|short\s+of)|(?:down|up)(?:graded)?\s+from)"
    r"(?:\s+(?:the|its|their|his|her|an?))?\s*$",
    re.I,
)
#: (trapsAR) A grade or a status a report, a survey or a screen gives a thing named between
#: the verb and the quotation: 'rated both lifts "poor"', 'rates the academy "inadequate"',
#: 'showed the app as "operational"', 'rated three rooms as "critical"', 'any woman judged
#: "high-risk"', 'a position paper clearly marked "confidential"'. The quotation gives the
#: scheme's or the screen's own word, a term named, not the writer's doubt (8 traps from 7
#: rounds, no keyed scare quote).
_GRADED_THING_BEFORE = re.compile(
    r"(?:\b(?:rated|rates|rate|graded|grades|judged|shows?|showed|shown|listed|lists|"
    r"classed|classified)(?:\s+(?!(?:that|as|it|is|was|were|are|had|have|will)\b)"
    r"[\w'\u2019-]+){0,4}?\s+as"
    r"|\b(?:rated|rates|graded|grades)"
    r"(?:\s+(?!(?:as|that|it|is|was|were|are|had|have|will|be|been|by)\b)[\w'\u2019-]+){1,3}"
    r"|\bjudged"
    r"|\b(?:clearly|plainly|boldly|prominently)\s+(?:marked|labell?ed|stamped|headed))\s*$",
    re.I,
)
#: The grade named before the noun of grading: 'the school's "outstanding" verdict',
#: 'a "five-star" rating', 'its "gold" award': the scheme's own word for a grade.
_RATING_AFTER = re.compile(
    r"\s+(rating|ratings|grade|grades|grading|verdict|judgement|judgment|ranking|banding|"
    r"classification|category|designation|award|badge|certificate|certification|kitemark)\b",
    re.I,
)
#: Words that praise how a verdict was reached, not a grade it gives: 'their "independent"
#: verdict', 'a "rigorous" judgement' stay scare quotes.
_PROCESS_WORDS = frozenset(
    ["independent", "impartial", "fair", "objective", "unbiased", "balanced", "thorough",
     "rigorous", "expert", "careful", "considered", "robust", "transparent", "honest"]
)  # fmt: skip
#: Reporting verbs just before a quote make it a partial quote of someone's words.
_REPORTING_BEFORE = re.compile(
    r"\b(said|says|say|saying|described\s+[\w\s'’-]{0,40}?\s+as|describing\s+[\w\s'’-]{0,40}?"
    r"\s+as|calls?\s+[\w\s'’-]{0,30}?|calling\s+[\w\s'’-]{0,30}?|called\s+(it|them|him|her|"
    r"this|that)|warned\s+(of|against|about)?|promised|pledged|vowed|urged|told|"
    r"branded\s+[\w\s'’-]{0,30}?\s*(as)?|labell?ed\s+[\w\s'’-]{0,30}?\s*(as)?|"
    r"denounced\s+[\w\s'’-]{0,30}?\s*(as)?|praised\s+[\w\s'’-]{0,30}?\s*(as)?|"
    r"criticized|criticised|condemned|accused\s+[\w\s'’-]{0,30}?\s*of|"
    # a verb of belittling with "as" gives the belittler's own word: 'derided the supper
    # as "twee"', 'dismissed the report as "a stunt"' (round Z4's chef's reply)
    r"(derided|dismissed|ridiculed|mocked|sneered\s+at)\s+[\w\s'’-]{0,40}?\s+as|"
    # (loadedY) thanks or congratulations for a thing named in the thanker's own words:
    # 'thanked me for my "years of service"' quotes the one who thanked
    r"(thanked|congratulated|commended)\s+[\w\s'’-]{0,30}?\s*(for|on)"
    r"(\s+(my|his|her|their|your|our|its))?|"
    # a reason or a source cited in the citer's own words: 'froze withdrawals, citing
    # "unprecedented market turbulence"', 'quoting "people close to the minister"'
    r"(citing|cited|cites|quoting|quoted|quotes)(\s+the)?|"
    # a figure a source puts on something, then its own gloss: 'It put the case fatality
    # rate at 2.2 per cent, "clearly above" the threshold' (the source's estimate)
    r"\b(put|puts|putting)\s+(the|its|their|his|her)\s+[\w\s'’-]{0,40}?\s+at\s+"
    r"[\w\s.,£$€%'’-]{0,30}?)\s*$",
    re.I,
)
#: A reporting verb earlier in the sentence, a few words before the quote:
#: 'slammed what she described as a "reckless gamble"'.
_REPORTING_EARLIER = re.compile(
    r"\b(said|says|saying|told|described|describing|calls|calling|warned|promised|pledged|"
    r"vowed|urged|branded|labell?ed|denounced|praised|criticized|criticised|condemned|"
    r"accused|slammed|insisted|claimed|argued|wrote|tweeted|posted|according|briefing|"
    r"briefed)\b"
    r"(\W+\w+){0,8}\W*$",
    re.I,
)
#: A reporting verb anywhere in the sentence: a short quote there is someone's words.
_REPORTING_IN_SENTENCE = re.compile(
    r"\b(said|says|told|tells|according to|stated|added|noted|announced|argued|warned|"
    r"wrote|claimed|insisted|in a statement|statement)\b",
    re.I,
)
#: Before the quote, the source is said NOT to have said it: 'The statement did not
#: mention the "premium" seats' quotes the writer, not the statement.
_NOT_SAID = re.compile(
    r"\b(did\s+not|didn't|does\s+not|doesn't|never|made\s+no|makes\s+no|without)\s+"
    r"(mention|mentioned|mentioning|say|said|saying|refer|referring|address|addressing)\b",
    re.I,
)
_DETERMINER_BEFORE = re.compile(r"\b(a|an|the|this|that|its|their|his|her)\s*$", re.I)
#: (quotesAG) A thing promised, offered or announced, named by the writer: the verb, then
#: an article of the writer's own (perhaps with a word or two), then the quotation: 'the
#: council also promised a "hedgerow plan" in May', 'unveiled a "heritage experience"';
#: or the participle before it: 'the firm's promised "community jobs"', 'its much-trumpeted
#: "dialogue"'. (The attribution lens gives such a promise no content: kit/lenses/
#: attribution_content.py, _thing_named.)


def _inflected(lemma: str, past_only: bool = False) -> str:
    """A pattern for a regular verb's forms: 'promis(?:e|es|ed|ing)', 'vow(?:s|ed|ing)?',
    'launch(?:es|ed|ing)?'; with ``past_only`` its past participle ('promised')."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if past_only:
        return stem + "ed"
    if lemma.endswith("e"):
        return stem + "(?:e|es|ed|ing)"
    plural = "es" if lemma.endswith(("ch", "sh", "s", "x")) else "s"
    return stem + f"(?:{plural}|ed|ing)?"


_THING_VERBS = lexicon.ordered_words("cues", "thing_verbs")
_PROMISED_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(_inflected(v) for v in _THING_VERBS)
    + ")"
    + WRITERS_ARTICLE
    + r"\s*$",
    re.I,
)
_PROMISED_PARTICIPLE = re.compile(
    r"\b(?:an?|the|its|their|his|her|our|[\w-]+['’]s?)\s+(?:long-|much-)?(?:"
    + "|".join(_inflected(v, True) for v in lexicon.ordered_words("cues", "thing_participles"))
    + r")\s*$",
    re.I,
)
#: An owner just before the quote: 'his "clean contracts" pledge', 'the chairman's
#: "vision"'. A quoted word after an owner is that owner's claimed quality or name
#: for it, repeated in the writer's voice, not a kind of thing being named.
_OWNER_BEFORE = re.compile(r"(\b(its|their|his|her|our|your|my)|\w['’]s?)\s*$", re.I)
#: Sarcastic formulas that echo someone's words to mock them: 'So much for his
#: "clean contracts"', 'nothing says "I need to rest" like ...'.
_SARCASM_BEFORE = re.compile(
    r"\b(so much for|nothing says|nothing said|nothing screams|what a)"
    r"(\s+(the|a|an|his|her|its|their|our|this|that|[\w-]+['’]s?)){0,2}\s*$",
    re.I,
)
#: The quoted words name who speaks, as the subject of a reporting verb right after
#: them: 'Some "retail strategists" have told us to move online', 'the "experts" say'
#: (a label the writer doubts for the speakers, not words anyone is quoted saying).
_LABEL_BEFORE = re.compile(
    r"\b(some|the|these|those|our|their|many|several|various|certain|a\s+few|a\s+couple"
    r"\s+of|a\s+handful\s+of|two|three|four|self-appointed)\s*$",
    re.I,
)
_REPORTS_AFTER = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|is|will|would|did|do|does|also|now|then|all|"
    r"even|never|once|duly|helpfully|kindly)\s+)*"
    r"(?:said|say|says|told|tell|tells|claim|claims|claimed|argue|argues|argued|insist|"
    r"insists|insisted|warn|warns|warned|suggest|suggests|suggested|advise|advises|"
    r"advised|assure|assures|assured|urge|urges|urged|inform|informs|informed|"
    r"reckon|reckons|reckoned|predict|predicts|predicted|explain|explains|explained)\b",
    re.I,
)
#: A short quoted phrase set against a deed, right after it: 'has spoken warmly of
#: "community resilience" while freezing housing support' (a body's own slogan, its
#: quotation marks doubting it by what the body does).
_CONTRAST_AFTER = re.compile(
    r"\s*,?\s*(?:while|whilst|even\s+as|at\s+the\s+same\s+time\s+as)\s+([a-z]+ing)\b", re.I
)
_CONTRAST_DEEDS = lexicon.word_set("loaded_senses", "contrast_deeds")
_NOT_A_NOUN = lexicon.word_set("loaded_senses", "not_a_noun")
_NUMBER_WORDS = lexicon.word_set("loaded_senses", "number_words")
_PROMISE_WORDS = lexicon.word_set("loaded_senses", "promise_words")
_JARGON_HEADS = lexicon.word_set("loaded_senses", "jargon_heads")


@dataclass(frozen=True)
class QuoteContext:
    """What classifying quotation marks needs, as plain character ranges."""

    text: str
    contents: list[tuple[int, int]]
    cues: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    #: reporting verbs used as a participle that names a thing ("the scheme announced to
    #: staff on Monday"): they report nothing, so a quote near them is not someone's words
    naming: tuple[int, ...] = ()


#: A word and "that" ("whingeing that", "sneered that"): read against the verbs of attitude.
_WORD_THAT = re.compile(r"\b([A-Za-z]+)\s+that\b")


@lru_cache(maxsize=1)
def _attitude_verbs() -> frozenset[str]:
    """The speech verbs that frame their speaker (cues.yaml verbs with ``stance: loaded``)."""
    verbs = lexicon.load("cues", "cues").get("verbs", [])
    return frozenset(str(v["lemma"]).lower() for v in verbs if v.get("stance") == "loaded")


#: Adjectives of insisting: "The firm is adamant that its fee is "standard"" reports what
#: the subject maintains, so a quotation in the clause is the subject's words.
_INSISTING = frozenset({"adamant", "insistent", "emphatic", "categorical"})


def _attitude_that(before: str) -> bool:
    """A verb of attitude in any form, or an adjective of insisting, then "that", before
    the quote in its sentence: 'spent July whingeing that the town had "poached" its
    trade' gives the complainer's word, even where the tagger reads a rare "-ing" form as
    a noun and no cue is found."""
    verbs = _attitude_verbs()
    for m in _WORD_THAT.finditer(before):
        word = m.group(1).lower()
        if word in _INSISTING:
            return True
        stems = {word}
        for ending in ("ing", "ed", "es", "s", "d"):
            if word.endswith(ending):
                stem = word[: -len(ending)]
                stems |= {stem, stem + "e", stem[:-1]}  # "moaning", "whingeing", "sniping"
        if stems & verbs:
            return True
    return False


def _sentence_of(ctx: QuoteContext, start: int) -> tuple[int, int]:
    for s, e in ctx.sentences:
        if s <= start < e:
            return s, e
    return 0, len(ctx.text)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def classify_quote(ctx: QuoteContext, start: int, end: int) -> str:
    """The kind of one quotation (marks at ``start`` and ``end - 1``): one of QUOTE_KINDS.

    - ``speech``: a quotation that is (most of) an attribution's content, or a
      long quoted sentence;
    - ``partial``: a fragment quoted inside an attribution's content, or after a
      reporting verb ("described the talks as "candid"") — never a scare quote;
    - ``title`` (a work: 'the film "..."'), ``nickname`` ('dubbed "the Iron Lady"'),
      ``term`` (a term being named: 'a "2+2" meeting', 'the word "reform"'):
      neither speech nor loaded;
    - ``scare``: a short word or phrase in the writer's own voice, in quotation
      marks to doubt or mock it ('the so-called "reform"').
    """
    text = ctx.text
    inner = text[start + 1 : end - 1].strip()
    words = re.findall(r"[\w'’-]+", inner)
    sent_start, _ = _sentence_of(ctx, start)
    before = text[max(sent_start, start - 80) : start]
    sarcasm = _SARCASM_BEFORE.search(before)
    if sarcasm and _short_fragment(words, inner):
        formula = (start - len(before) + sarcasm.start(), start)
        if not any(_overlaps(c, (start, end)) for c in ctx.contents) or any(
            _overlaps(c, formula) for c in ctx.cues
        ):
            return "scare"  # the "cue" is the formula itself: 'nothing says "..." like'
    inside = [c for c in ctx.contents if _overlaps(c, (start, end))]
    if _slogan_against_deed(ctx, start, end, words, inner, inside):
        return "scare"  # 'spoke warmly of "community resilience" while freezing support'
    if _jargon_named(words, inner, before, inside):
        return "scare"  # 'will hold a "resident engagement" evening'
    if inside:
        longest = max(e - s for s, e in inside)
        return "speech" if (end - start) >= 0.8 * longest else "partial"
    after = text[end : end + 30]
    if _promised_thing(words, inner, before, after):
        return "scare"  # 'the council also promised a "hedgerow plan" in May'
    if _SCARE_BEFORE.search(before):
        return "scare"
    if _TITLE_BEFORE.search(before):
        return "title"
    if _NICKNAME_BEFORE.search(before):
        return "nickname" if any(w[:1].isupper() for w in words) else "term"
    if _TERM_BEFORE.search(before) or _RECORDED_AS_BEFORE.search(before):
        return "term"  # 'the word "reform"', 'catalogued as "circle of ..."'
    if _WRITTEN_ON_BEFORE.search(before):
        return "term"  # 'a sign reading "..."', 'mark your letter "objection"'
    graded = _RATING_AFTER.match(text, end) and not _PROCESS_WORDS & set(inner.lower().split())
    short = _short_fragment(words, inner) and len(words) <= 3
    if short and (_RATING_BEFORE.search(before) or graded or _GRADED_THING_BEFORE.search(before)):
        return "term"  # 'was rated "inadequate"', its "outstanding" verdict: a grade named
    if _SORTED_INTO_BEFORE.search(before) and _short_fragment(words, inner) and len(words) <= 3:
        return "term"  # 'sorts every payment into "pots"': the classes a feature names
    if not words or any(ch.isdigit() for ch in inner) or not re.search(r"[A-Za-z]", inner):
        return "term"  # "2+2", "G7", "6%"
    if len(words) == 1 and words[0].lower() in _NUMBER_WORDS:
        return "term"  # gestures a "six"
    if len(words) in (2, 3) and words[-1].lower() in _NUMBER_WORDS:
        return "term"  # a score or a placing named: gave it a "perfect ten", a "top three"
    if len(words) == 1 and re.fullmatch(r"(\w+)-stars?", words[0].lower()):
        return "term"  # a "five-star" hotel, a "two-star" review: a grade named
    nxt = re.match(r"\s*([A-Za-z][\w-]*)", after)
    owned = bool(_OWNER_BEFORE.search(before))
    promise = (
        inner.islower()
        and words[0] in _PROMISE_WORDS
        and (len(words) == 1 or (len(words) == 2 and words[1].endswith("ing")))
    )  # the "free" first box; a service sold: the "premium viewing" wristbands, the
    # "priority boarding" fee (not a "free text" box)
    if (
        _DETERMINER_BEFORE.search(before)
        and not owned
        and not promise
        and len(words) <= 4
        and _AMOUNT_AFTER.match(after)
    ):
        return "term"  # 'a "tax-free lump sum" of 25%': a rule's term and its value
    if (
        _DETERMINER_BEFORE.search(before)
        and not owned
        and not promise  # after the "free" first box: a promise doubted, not a term
        and nxt
        and after[:1] == " "
        and nxt.group(1).islower()
        and nxt.group(1) not in _NOT_A_NOUN
    ):
        return "term"  # a "2+2" meeting: the quotation names a kind of thing
    if (
        0 < len(words) <= 3
        and inner.islower()
        and _LABEL_BEFORE.search(before)
        and _REPORTS_AFTER.match(after)
    ):
        return "scare"  # 'Some "retail strategists" have told us': the speakers' label
    if _REPORTING_BEFORE.search(before) or _REPORTING_EARLIER.search(before):
        return "partial"
    sentence = _sentence_of(ctx, start)
    if _attitude_that(text[sentence[0] : start]):
        return "partial"  # 'whingeing that the town had "poached" it': the complainer's
    cues = [c for c in ctx.cues if _overlaps(c, sentence)]
    if cues and not _before_report(ctx, cues, start, end, words):
        return "partial"  # a cue in the same sentence: the words are someone's
    if not _NOT_SAID.search(text[sentence[0] : start]) and any(
        sentence[0] + m.start() not in ctx.naming
        for m in _REPORTING_IN_SENTENCE.finditer(text[sentence[0] : sentence[1]])
    ):
        return "partial"  # a reporting verb the attribution lens may have missed
    if len(words) > 4 or (re.search(r"[.!?]\W*$", inner) and not owned):
        return "speech"  # after an owner, a final stop is the sentence's: 'his "vision."'
    if len(words) >= 2 and re.search(r"[,!?]$", inner) and not text[sentence[0] : start].strip():
        return "speech"  # '"Not my problem," shrugged the owner': words said, set off
        # by their own comma at the head of the sentence, whatever verb follows
    if owned and words[0][:1].isupper():
        return "term"  # a name after an owner: 'the council's "Green Streets" scheme'

    if all(w[:1].isupper() for w in words):
        return "term"  # a capitalised name: the "Quad", "Belt and Road"
    if _title_case(words):
        return "title"  # a work named in title case: closed with "Burn the Orchard"
    if len(words) >= 2 and words[0] == "the" and _title_case(["The", *words[1:]]):
        return "term"  # a named move, dance or place with its article: "the Devil's Knot"
    return "scare"


#: Short function words a title leaves in lower case ("Gone with the Wind").
_TITLE_SMALL = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
     "by", "with", "from", "as", "into", "over"]
)  # fmt: skip


def _slogan_against_deed(
    ctx: QuoteContext,
    start: int,
    end: int,
    words: list[str],
    inner: str,
    inside: list[tuple[int, int]],
) -> bool:
    """A short quoted phrase in lower case set against a deed right after it ('has spoken
    warmly of "community resilience" while freezing housing support'): the writer holds
    the slogan up against what its owner does. Not a quotation inside a longer report
    that goes on past it (the speaker's own contrast), nor a plain "while" of time
    ('spoke of "resilience" while visiting the hall')."""
    if not 0 < len(words) <= 4 or not inner.islower():
        return False
    if any(e > end + 1 for _, e in inside):
        return False
    m = _CONTRAST_AFTER.match(ctx.text, end)
    return m is not None and m.group(1).lower() in _CONTRAST_DEEDS


def _jargon_named(
    words: list[str],
    inner: str,
    before: str,
    inside: list[tuple[int, int]],
) -> bool:
    """An official's or a marketer's jargon in quotation marks after a determiner the
    writer chose, in the writer's own voice: 'The council will hold a "resident
    engagement" evening'. The quoted words end in a jargon head noun (loaded_senses.yaml,
    jargon_heads), in lower case, at most four words. Not inside any report ('said a
    "resident engagement" evening would follow', 'promised a "..."' as the kit reads
    it, keep their partial quote: guide, section 4), nor after an owner ('its
    "customer journey"', the owner's name for it)."""
    if inside or not 0 < len(words) <= 4 or not inner.islower():
        return False
    if words[-1] not in _JARGON_HEADS or _OWNER_BEFORE.search(before):
        return False
    return _DETERMINER_BEFORE.search(before) is not None


def _promised_thing(words: list[str], inner: str, before: str, after: str) -> bool:
    """A short quoted name in lower case for a thing promised, offered or announced, after
    the writer's own article, outside any report of words (the caller has checked): 'the
    council also promised a "hedgerow plan" in May', 'launched a "kindness fund"',
    'Its promised "community jobs" turn out to be ...'. The writer holds the promise at arm's
    length. Not a quotation that holds its own article ('promised "a full review"', the
    speaker's words), a name in capitals ('a "Green Streets" scheme'), a figure or a grade
    ('a "five-star" service'), nor a quoted word before the noun it qualifies ('offered a
    "pay as you go" tariff': a kind of thing named)."""
    if not short_lowercase_label(inner) or any(ch.isdigit() for ch in inner):
        return False
    if words[0].lower() in ("a", "an", "the"):
        return False
    if _PROMISED_PARTICIPLE.search(before):
        return True  # 'its promised "community jobs"': the quotation is the noun phrase's head
    if not _PROMISED_BEFORE.search(before):
        return False
    nxt = re.match(r" ([a-z][\w-]*)", after)
    return nxt is None or nxt.group(1) in _NOT_A_NOUN or nxt.group(1).endswith("ly")


def _title_case(words: list[str]) -> bool:
    """Title case: the first and last words and at least two in all capitalised, the
    others short function words ("Burn the Orchard", "A Song for the Road")."""
    capped = [w for w in words if w[:1].isupper()]
    return (
        len(capped) >= 2
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)
    )


def _before_report(
    ctx: QuoteContext, cues: list[tuple[int, int]], start: int, end: int, words: list[str]
) -> bool:
    """A quoted lower-case word or pair in the writer's account of a deed, before the
    sentence reports anyone: 'lobbed a 60-page "dossier" at the market claiming that
    ...' (loadedZ). Every cue of the sentence comes after it and every reported content
    after that, so the quotation marks are not the speaker's but the writer's own."""
    if not 0 < len(words) <= 2 or not all(w.islower() for w in words):
        return False
    nxt = re.match(r"[\s,]*([A-Za-z][\w-]*)", ctx.text[end : end + 30])
    if len(words) > 1 and (
        not nxt or nxt.group(0)[:1] != " " or nxt.group(1) not in _NOT_A_NOUN
    ):
        return False  # 'its glossy "green winters" brochure': a slogan before its noun
    sentence = _sentence_of(ctx, start)
    if any(s < end for s, _ in cues):
        return False
    return all(s >= end for s, e in ctx.contents if _overlaps((s, e), sentence))


def _short_fragment(words: list[str], inner: str) -> bool:
    """A word or short phrase (at most five words), not a quoted sentence."""
    return 0 < len(words) <= 5 and not re.search(r"[.!?]\W*\S", inner)


def quote_context(doc: Doc) -> QuoteContext:
    """A :class:`QuoteContext` from a Doc and its ``attributions`` span group."""
    text = doc_text(doc)  # Doc.text joins every token: read it once
    contents, cues = [], []
    for span in doc.spans.get("attributions", []):
        cues.append((span.start_char, span.end_char))
        content = span._.kit_content
        if content:
            contents.append((int(content[0]), int(content[1])))
    # each sentence's first character and the end of its last token, read from the ids
    # (two flat lists: a list of [idx, length] pairs costs a list object per token)
    idx = doc_array(doc, IDX).tolist() if len(doc) else []
    length = doc_array(doc, LENGTH).tolist() if len(doc) else []
    sentences = [
        (idx[start], idx[end - 1] + length[end - 1]) if end > start else (0, 0)
        for start, end in sentence_bounds(doc)
    ]
    if not doc.has_annotation("SENT_START"):
        sentences = [(0, len(text))]
    naming = tuple(
        t.idx
        for t in (doc[i] for i in tokens_where(doc, DEP, lambda dep: dep == "acl"))
        if t.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("ccomp", "dobj") for c in t.children)
    )
    return QuoteContext(text, contents, cues, sentences, naming)


def classify_quotes(source: Doc | AnnotatedArticle) -> list[tuple[int, int, str]]:
    """Every quotation in a Doc or AnnotatedArticle as ``(start, end, kind)``.

    ``start``/``end`` are character offsets including the quotation marks;
    ``kind`` is one of :data:`QUOTE_KINDS` (see :func:`classify_quote`).
    """
    if isinstance(source, Doc):
        ctx = quote_context(source)
    else:
        attrs = source.attributions
        ctx = QuoteContext(
            source.text,
            [(a.content.start, a.content.end) for a in attrs if a.content is not None],
            [(a.cue.start, a.cue.end) for a in attrs if a.cue is not None],
            list(source.sentences) or [(0, len(source.text))],
        )
    return [(q.start, q.end, classify_quote(ctx, q.start, q.end)) for q in find_quotes(ctx.text)]


#: A speaker label opening a paragraph of a Q&A transcript: "Dromgoole: ...", "Q: ...".
LABEL = re.compile(r"(?:^|\n\n)([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}): (?=\S)")
#: Labels that are the interviewer's, the outlet's own voice.
ASKER_LABELS = {"q", "question", "interviewer"}


def transcript_answers(text: str, outlet: str | None) -> list[tuple[int, int]]:
    """The paragraphs a Q&A transcript gives to the person interviewed: a speaker label
    that opens two paragraphs or more ("Dromgoole: ...") and is not the outlet's own
    ("Argus:" in The Sunday Argus, "Q:"). What follows such a label is that person's
    speech, not the writer's voice (guide, section 4)."""
    found = [(m.group(1), m.start(1)) for m in LABEL.finditer(text)]
    counts: dict[str, int] = {}
    for label, _ in found:
        counts[label] = counts.get(label, 0) + 1
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return []  # not a transcript: two voices take turns, each more than once
    outlet_words = {w.lower() for w in re.findall(r"[\w'’-]+", outlet or "")} - {"the"}
    out = []
    for label, start in found:
        words = {w.lower() for w in label.split()}
        if counts[label] < 2 or words & outlet_words or words & ASKER_LABELS:
            continue
        end = text.find("\n\n", start)
        out.append((start, len(text) if end < 0 else end))
    return out


#: A reader's letter signed at its end with initials and a place, as advice columns and
#: letters pages print them: "Is he right? - D.K., Pellingham", "— R.T., Millbrook".
SIGNATURE = re.compile(r"[-\u2013\u2014]\s*(?:[A-Z]\.\s?){1,3},?\s+[A-Z][\w'\u2019 -]{1,40}$")


def signed_letters(text: str) -> list[tuple[int, int]]:
    """The paragraphs that end with a reader's signature ("- D.K., Pellingham"): the
    reader's own letter, printed for the column to answer, not the writer's voice."""
    if "." not in text or not re.search(r"[-\u2013\u2014]\s*[A-Z]\.", text):
        return []  # (no signature anywhere: the common case costs one search)
    out, start = [], 0
    for para in text.split("\n\n"):
        if SIGNATURE.search(para.rstrip()):
            out.append((start, start + len(para)))
        start += len(para) + 2
    return out


#: The predicates of a verdict built on a scare-quoted subject: "Istrand's "coast guard"
#: is three gunboats", "the "voluntary" scheme appears to be nothing of the kind".
VERDICT_VERBS = frozenset({"be", "appear", "seem", "become", "prove", "remain"})
#: A purpose told of it that failed: 'Her "listening tour" was supposed to win back ...'.
PURPOSE_VERBS = frozenset({"suppose", "mean", "intend", "design"})


def scare_quote_verdicts(doc: Doc, quotes: list[tuple[int, int, str]]) -> list[tuple[str, Span]]:
    """Sentences whose subject holds the writer's own scare quote and whose main verb says
    what it is (a form of "be", "appears", "seems") or what it was meant to do: the
    sentence is built to mock the quoted label ('Istrand's "coast guard" is three grey
    gunboats and a press office', 'Her "listening tour" was supposed to win back ...').
    A plain event told of it ('Their "peace initiative" lasted eleven days', 'the
    "wellbeing day" was organised by pupils') is left to the scare quote alone, and so
    is a quote after "so-called" (that word is the mark). Returns
    (explanation, main verb) pairs for the loaded lens's claim marks."""
    out = []
    for start, end, kind in quotes:
        span = doc.char_span(start, end, alignment_mode="expand") if kind == "scare" else None
        words = [t for t in span if not t.is_punct] if span is not None else []
        if not words:
            continue
        head = words[-1]
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            head = head.head  # 'the "voluntary" departure scheme'
        verb = head.head
        main = verb.dep_ == "ROOT" or (
            verb.dep_ in ("ccomp", "conj") and verb.head.dep_ == "ROOT"
        )  # also the first of two clauses joined by ";", which the parser hangs on the second
        if head.dep_ not in ("nsubj", "nsubjpass") or not main:
            continue
        if verb.lemma_ not in VERDICT_VERBS and not (
            verb.lemma_ in PURPOSE_VERBS
            and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)
        ):
            continue  # 'the "wellbeing day" was organised by pupils': an event told of it
        if re.search(r"so[- ]called\W*$", doc_text(doc)[max(0, start - 12) : start], re.I):
            continue  # 'the so-called "blue zone" is an area ...': "so-called" is the mark
        label = doc_text(doc)[start + 1 : end - 1].strip(" ,.;:")
        out.append(
            (
                f"Whose judgement is this? The sentence is built on the writer's own scare "
                f"quotes around '{label}': it tells the reader the label is false, as a "
                "verdict in the writer's own voice. Say what the thing is and does, and who "
                "disputes the name.",
                doc[verb.i : verb.i + 1],
            )
        )
    return out


def slogan_contrasts(doc: Doc, quotes: list[tuple[int, int, str]]) -> list[tuple[str, Span]]:
    """Sentences that hold a body's own phrase up against what it does ('has spoken warmly
    of "community resilience" while freezing housing support'): besides the scare quote,
    the contrast charges hypocrisy in the writer's own voice. Returns (explanation, verb
    the phrase hangs on) pairs for the loaded lens's claim marks."""
    out = []
    text = doc_text(doc)
    for start, end, kind in quotes:
        if kind != "scare":
            continue
        m = _CONTRAST_AFTER.match(text, end)
        if m is None or m.group(1).lower() not in _CONTRAST_DEEDS:
            continue
        deed = doc.char_span(m.start(1), m.end(1))
        if deed is None:
            continue
        verb = deed[0].head if deed[0].dep_ == "advcl" else deed[0]
        label = text[start + 1 : end - 1].strip(" ,.;:")
        clause = m.group(1)
        out.append(
            (
                f"Whose judgement is this? The writer sets '{label}', in quotation marks, "
                f"against what its owner does ('{clause} ...'): the sentence charges "
                "hypocrisy in the writer's own voice. Report the words and the decision "
                "separately, and say who draws the contrast.",
                doc[verb.i : verb.i + 1],
            )
        )
    return out

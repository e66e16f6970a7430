"""The loaded-language lens: words and claims that push a view (guide, section 4).

Marks, in ``doc.spans["loaded"]``, each with ``span._.kit_explanation`` and
``span._.kit_neutral``:

- ``emotive``, ``intensifier``, ``labeling``: words from ``kit/lexicons/loaded.yaml``;
- ``scare_quote``: quotation marks in the writer's own voice that doubt or mock
  a word (see :func:`classify_quotes`);
- ``unattributed_claim``: a claim of motive, sincerity or proof in the
  writer's own voice, from the patterns in ``kit/lexicons/claims.yaml``.

The lens reads the ``attributions`` span group (cue spans and their
``_.kit_content``), never the attribution lens's internals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kit.labels import LOADED_LABELS
from kit.lenses import (
    judgement,
    loaded_hidden,  # noqa: F401  (registers its sense rules)
    loaded_outcry,  # noqa: F401  (registers its sense rules)
    loaded_quips,  # noqa: F401  (registers its sense rules)
    loaded_staged,  # noqa: F401  (registers its sense rules)
)
from kit.lenses.attribution_frames import suggested
from kit.lenses.judgement_formations import BOAST_MARK
from kit.lenses.judgement_lexicon import LEXICON_FILES, JudgementLexicon
from kit.lenses.judgement_repute import PHRASE_CLAIM_RULES
from kit.lenses.judgement_voice import MOCK_ECHO, voice_lexicon
from kit.lenses.judgement_writer import extraposed, extraposed_cue
from kit.lenses.loaded_adverbs import charged_adverbs
from kit.lenses.loaded_clauses import writer_clause
from kit.lenses.loaded_commentary import (
    COMMENT_NEUTRAL,
    CommentaryModel,
    comments,
    parser_of,
    retort_follows,
)
from kit.lenses.loaded_commentary import context_of as commentary_context
from kit.lenses.loaded_quotes import (
    DISTANCE_NOTE,
    PARTIAL_NOTE,
    QUOTE_KINDS,
    SCARE_NOTE,
    QuoteContext,
    _overlaps,
    classify_quote,
    classify_quotes,
    quote_context,
    scare_quote_verdicts,
    signed_letters,
    slogan_contrasts,
    transcript_answers,
)
from kit.lenses.loaded_replies import join_short_replies
from kit.lenses.loaded_rules import (
    REPORTING_LEMMAS,
    RULES,
    caps_header,
    conceded,
    measured,
    quarrel,
)
from kit.lenses.press_idioms import compile_idioms, inside_claims, named
from kit.lenses.rules import check_rule
from kit.lenses.shared import (
    bare_reply,
    caption_at,
    doc_quotes,
    forget_sentences,
    furniture_lines,
    is_name,
    keep_longest,
    sentence_of,
    within,
)
from kit.lenses.wordlists import Entry, WordList
from kit.lexicon import LexiconComponent

__all__ = [
    "QUOTE_KINDS",
    "RULES",
    "LoadedComponent",
    "QuoteContext",
    "classify_quote",
    "classify_quotes",
    "make_loaded",
    "quote_context",
]


# -- the component ----------------------------------------------------------------------
@Language.factory(
    "kit_loaded",
    default_config={
        "words": "default",
        "claims": "default",
        "merge_intensifiers": False,
        "writer_comments": True,
        "spans_key": "loaded",
    },
    requires=["token.lemma", "token.tag", "token.dep", "token.is_sent_start", "doc.ents"],
    assigns=["doc.spans", "span._.kit_explanation", "span._.kit_neutral"],
)
def make_loaded(
    nlp: Language,
    name: str,
    words: str,
    claims: str,
    merge_intensifiers: bool,
    writer_comments: bool,
    spans_key: str,
) -> LoadedComponent:
    """The loaded-language lens; ``words``/``claims``: "default" or a path to a word list.

    ``merge_intensifiers``: mark "extreme hostility" as one emotive span instead of
    an intensifier and an emotive word (the answer keys mark them apart).
    ``writer_comments``: also mark whole sentences the writer's-comment model
    (``kit/lenses/loaded_commentary.py``) takes for comment rather than report.
    """
    return LoadedComponent(nlp, words, claims, merge_intensifiers, spans_key, writer_comments)


@dataclass
class _Mark:
    start: int  # character offsets
    end: int
    label: str
    explanation: str
    neutral: str | None
    copula_claim: bool = True  # may make an "is/are" sentence an unattributed claim


class LoadedComponent(LexiconComponent):
    """Marks loaded words, scare quotes and unattributed claims of motive."""

    def __init__(
        self,
        nlp: Language,
        words: str = "default",
        claims: str = "default",
        merge_intensifiers: bool = False,
        spans_key: str = "loaded",
        writer_comments: bool = True,
    ) -> None:
        self.nlp = nlp
        self.merge_intensifiers = merge_intensifiers
        self.writer_comments = writer_comments
        self.spans_key = spans_key
        self._use_lexicons(
            {
                "words": (words, "loaded"),
                "claims": (claims, "claims"),
                "idioms": ("default", "press_idioms"),
                "commentary": ("default", "commentary"),
                # the judgement rules' word classes (kit/lenses/judgement.py), saved alike
                **{name: ("default", name) for name in LEXICON_FILES},
            }
        )

    def _build(self) -> None:
        words = self.store.data("words")  # with the press idioms (kit/lenses/press_idioms.py)
        words["entries"] += compile_idioms(self.store.data("idioms"))["entries"]
        # the "-ly" adverbs of the charged adjectives, as degree (kit/lenses/loaded_adverbs.py)
        words["entries"] += charged_adverbs(words, self.store.data("judgement"))
        self.words = WordList(self.nlp, "loaded", LOADED_LABELS, words)
        self.claims = WordList(self.nlp, "claims", LOADED_LABELS, self.store.data("claims"))
        self.commentary = CommentaryModel.from_data(self.store.data("commentary"))
        # the model's context columns were learned from one parse model's vectors; another
        # model's vectors mean something else, so they are left out (the columns then push
        # neither way, and the readable features and words decide alone)
        self.context = self.commentary.parser == parser_of(self.nlp)
        self.judgement = JudgementLexicon.for_pipeline(
            self.nlp, {name: self.store.data(name) for name in LEXICON_FILES}
        )
        for wl in (self.words, self.claims):
            for entry in wl.entries.values():
                check_rule("loaded", entry.rule, f"{wl.name}.yaml")

    def __call__(self, doc: Doc) -> Doc:
        self._require_lexicons()
        ctx = quote_context(doc)
        quotes = [
            (q.start, q.end, classify_quote(ctx, q.start, q.end)) for q in doc_quotes(doc)
        ]
        judged = judgement.judgements(doc, self.judgement)  # one token pass, every rule
        # a phrase claim ("the mayor widely credited with ...") only in the writer's words
        judged = [j for j in judged if j.rule not in PHRASE_CLAIM_RULES or _own(ctx, quotes, j)]
        marks = self._words(doc, ctx.text, quotes, _judged_words(judged))
        speech = [j.span.start_char for j in judged if j.rule == "charged_speech"]
        marks += self._scare_quotes(ctx.text, quotes, marks, speech)
        marks += _quoted_labels(doc, ctx.text, quotes, marks)
        claims = [
            (j.explanation, j.span)
            for j in judged
            if j.span.label_ == "unattributed_claim" and j.rule not in PHRASE_CLAIM_RULES
        ]
        clauses = {
            (j.span.start, j.span.end, j.rule in ASIDE_RULES)
            for j in judged
            if j.rule in CLAUSE_RULES
        }
        opening = {(j.span.start, j.span.end) for j in judged if j.rule in OPENING_VOICE_RULES}
        # a transcript's answers and a reader's signed letter are not the writer's voice
        # and page furniture ("THE CRIER | Free to every household | No. 211") is the page's
        furniture = furniture_lines(doc)
        others = transcript_answers(ctx.text, doc._.kit_outlet) + signed_letters(ctx.text)
        others += furniture
        marks = inside_claims(
            marks + self._claims(doc, ctx, quotes, marks, others, claims, clauses, opening)
        )
        marks = _inside_insinuations(marks, judged)
        if self.writer_comments:
            marks += self._comments(doc, ctx.text, quotes, marks, others)
        if furniture:
            marks = [m for m in marks if not within(m.start, m.end, furniture)]
        marks = [m for m in marks if not caption_at(doc, m.start)]  # a photo caption's
        marks = [m for m in marks if not self._conceded(doc, m)]
        marks = _join_echoes(ctx.text, marks)
        marks = _join_questions(ctx.text, marks)
        marks = join_short_replies(doc, marks)
        marks = _boast_emphasis(marks)
        spans = []
        for m in sorted(marks, key=lambda m: (m.start, m.end)):
            span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is None:
                continue
            span._.kit_explanation = m.explanation
            span._.kit_neutral = m.neutral
            spans.append(span)
        doc.spans[self.spans_key] = spans
        forget_sentences(doc)
        return doc

    @staticmethod
    def _conceded(doc: Doc, mark: _Mark) -> bool:
        """A claim the writer grants and sets aside at once ("... is undoubtedly a
        handsome dog. That is not the point."): no claim of the piece's own."""
        if mark.label != "unattributed_claim":
            return False
        span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and conceded(span)

    # -- the writer's comment, sentence by sentence ----------------------------------------
    def _comments(
        self,
        doc: Doc,
        text: str,
        quotes: list[tuple[int, int, str]],
        marks: list[_Mark],
        others: list[tuple[int, int]],
    ) -> list[_Mark]:
        """Sentences the writer's-comment model judges comment, where no mark is yet
        (not box headers in capitals, nor a transcript's answers)."""
        ctx = commentary_context(doc, [(s, e) for s, e, _ in quotes])
        taken = [(m.start, m.end) for m in marks] + others
        claims = sorted(
            (m for m in marks if m.label == "unattributed_claim"), key=lambda m: m.start
        )
        out = []
        for c in comments(doc, self.commentary, ctx, taken, self.context):
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None or caps_header(span):
                continue
            retort = next((m for m in claims if retort_follows(text, c, m.start)), None)
            if retort is not None:  # "A fair deal? Try telling that to ...": one claim
                retort.start = c.start
                continue
            lead = next((m for m in claims if _leads_into(text, m, c.start)), None)
            if lead is not None:  # "Was anyone listening? Clearly not.": one claim
                lead.end = c.end
                lead.explanation += (
                    f" The sentence after it ('{text[c.start : c.end].strip()}') is part of "
                    "the same retort, in the writer's voice."
                )
                continue
            out.append(_Mark(c.start, c.end, "unattributed_claim", c.explanation, COMMENT_NEUTRAL))
        for m in [*claims, *out]:
            asked = question_before(text, m.start, quotes, taken)
            if asked is not None:  # "A fair compromise? Try telling that to ...": one claim
                question = text[asked : m.start].strip()
                m.start = asked
                m.explanation += (
                    f" The short question before it ('{question}') opens the same retort."
                )
        return out

    # -- words -------------------------------------------------------------------------
    def _words(
        self,
        doc: Doc,
        text: str,
        quotes: list[tuple[int, int, str]],
        judged: Iterable[tuple[Entry, Span]] = (),
    ) -> list[_Mark]:
        found = [(e, s) for e, s in self.words(doc) if not _name_word(s, e)]
        found = [(e, s) for e, s in found if not _idiom_pleaded(e, s, quotes)]
        found += self._quoted_words(doc, quotes, found)
        charged = [(e, s) for e, s in found if e.label != "intensifier"]
        charged = [(e, s) for e, s in charged if self._accept(e, s, set())]
        listed = {i for _, s in charged for i in range(s.start, s.end)}  # the list wins
        charged += [(e, s) for e, s in judged if listed.isdisjoint(range(s.start, s.end))]
        charged = keep_longest(charged)
        loaded_tokens = {i for _, s in charged for i in range(s.start, s.end)}
        amplifiers = [
            (e, s)
            for e, s in found
            if e.label == "intensifier"
            and not any(i in loaded_tokens for i in range(s.start, s.end))
            and self._accept(e, s, loaded_tokens)
        ]
        amplifiers = _chains(keep_longest(amplifiers))
        marks = []
        merged: set[int] = set()
        for entry, span in charged:
            start, explanation = span.start_char, entry.explain(span.text)
            if self.merge_intensifiers:
                for i, (_amp_entry, amp) in enumerate(amplifiers):
                    if amp.end == span.start and amp[-1].head.i in range(span.start, span.end):
                        merged.add(i)
                        start = amp.start_char
                        explanation += f" '{amp.text}' makes the charge even stronger."
            marks.append(self._in_quotes(text, quotes, start, span.end_char, entry, explanation))
        for i, (entry, span) in enumerate(amplifiers):
            if i not in merged:
                explanation = entry.explain(span.text)
                head = span[-1].head
                if head.i in loaded_tokens:
                    explanation += f" Here it strengthens '{head.text}'."
                marks.append(
                    self._in_quotes(
                        text, quotes, span.start_char, span.end_char, entry, explanation
                    )
                )
        return marks

    def _quoted_words(
        self, doc: Doc, quotes: list[tuple[int, int, str]], found: list[tuple[Entry, Span]]
    ) -> list[tuple[Entry, Span]]:
        """A listed word alone in quotation marks, whatever its tag: the tagger often
        reads a quoted adjective as a noun ('called the rise "obscene"'), and the word
        is still the speaker's charged word (guide, section 4)."""
        taken = {s.start for _, s in found}
        out = []
        for qs, qe, _kind in quotes:
            span = doc.char_span(qs + 1, qe - 1, alignment_mode="contract")
            while span is not None and len(span) > 1 and span[-1].is_punct:
                span = span[:-1]  # '"obscene,"'
            if span is None or len(span) != 1 or span.start in taken:
                continue
            tok = span[0]
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                continue
            for key in self.words.lemma_index.get(tok.lemma, ()):
                entry = self.words.entries[key]
                if entry.pos and tok.pos_ not in entry.pos and entry.fits_context(span):
                    out.append((entry, span))
                    break
        return out

    @staticmethod
    def _accept(entry: Entry, span: Span, loaded_tokens: set[int]) -> bool:
        if entry.label == "intensifier" and bare_reply(span):
            return False  # '"Absolutely," he said': a plain yes turns nothing up
        if entry.label in ("intensifier", "emotive") and measured(span):
            return False  # "absolutely enormous, 30 metres across": a thing measured
        rule = RULES.get(entry.rule) if entry.rule else None
        return rule is None or rule(span, loaded_tokens)

    @staticmethod
    def _in_quotes(
        text: str,
        quotes: list[tuple[int, int, str]],
        start: int,
        end: int,
        entry: Entry,
        explanation: str,
    ) -> _Mark:
        """A word mark; a word alone in quotation marks takes the marks into its span.

        Inside a partial quote the word keeps its label and the explanation says whose
        words they are; alone in scare quotes (the writer's own voice) it becomes a
        ``scare_quote`` whose explanation also names the charged word.
        """
        label = entry.label
        for qs, qe, kind in quotes:
            if qs < start and end <= qe:
                alone = text[qs + 1 : qe - 1].strip(" ,.;:") == text[start:end]
                if kind == "partial":
                    explanation += DISTANCE_NOTE if alone else PARTIAL_NOTE
                elif kind == "scare":
                    explanation += SCARE_NOTE
                    label = "scare_quote" if alone else label
                if alone and kind in ("partial", "scare"):
                    start, end = qs, qe
                break
        return _Mark(
            start,
            end,
            label,
            _with_neutral(explanation, entry.neutral),
            entry.neutral,
            copula_claim=entry.extra.get("copula_claim", True) is not False,
        )

    # -- scare quotes ------------------------------------------------------------------
    @staticmethod
    def _scare_quotes(
        text: str, quotes: list[tuple[int, int, str]], marks: list[_Mark], speech: list[int]
    ) -> list[_Mark]:
        """Scare quotes; not a quotation just before a charged verb of speaking
        ('"Nobody wants them," fumed one resident'), which is speech."""
        out = []
        for start, end, kind in quotes:
            if kind != "scare":
                continue
            if any(v >= end and not text[end:v].strip(" ,.!?") for v in speech):
                continue
            if any(m.start <= start and end <= m.end for m in marks):
                continue  # the charged word inside already took the marks
            word = text[start + 1 : end - 1].strip()
            explanation = (
                f"The writer puts '{word}' in quotation marks in their own voice, not to "
                "report anyone's words: scare quotes suggest the word is doubtful, false or "
                "ridiculous without saying why."
            )
            neutral = f"{word} (without quotation marks), or say who uses the word"
            out.append(
                _Mark(start, end, "scare_quote", _with_neutral(explanation, neutral), neutral)
            )
        return out

    # -- unattributed claims -----------------------------------------------------------
    def _claims(
        self,
        doc: Doc,
        ctx: QuoteContext,
        quotes: list[tuple[int, int, str]],
        word_marks: list[_Mark],
        others: list[tuple[int, int]],
        judged: Iterable[tuple[str, Span]] = (),
        clauses: set[tuple[int, int, bool]] | None = None,
        opening: set[tuple[int, int]] | None = None,
    ) -> list[_Mark]:
        """``clauses``: judged claims that are a clause of their own (start, end token,
        and whether the mark is that clause alone): their voice is tested on the clause.
        ``opening``: of those, the ones whose voice is tested on their first word alone."""
        clauses, opening = clauses or set(), opening or set()
        found = [(e.explain(s.text), s) for e, s in self.claims(doc) if self._accept(e, s, set())]
        found += self._evaluative_copulas(doc, ctx.text, word_marks)
        found += scare_quote_verdicts(doc, quotes)
        found += slogan_contrasts(doc, quotes)
        found += judged
        marks, seen_sents = [], set()
        for explanation, span in sorted(found, key=lambda m: (m[1].start, -len(m[1]))):
            sent = sentence_of(span)
            if sent.start in seen_sents or caps_header(sent):
                continue  # (a box header in capitals is a signpost, not a claim)
            clause = None  # a stance clause beside a cue (kit/lenses/loaded_clauses.py)
            own = (span.start, span.end, True) in clauses
            if own or not _writer_voice(ctx, quotes, span, sent):
                clause = writer_clause(ctx, quotes, span, sent, _writer_voice)
                if own or (clause is None and (span.start, span.end, False) in clauses):
                    # an aside or a clause of its own ("..., who I'm fairly sure has never
                    # set foot in a gym, told ...", "chose this week of all weeks to warn
                    # that ..."): the writer's, whatever the rest of the sentence reports
                    clause = None
                    voiced = span[:1] if (span.start, span.end) in opening else span
                    if _writer_voice(ctx, quotes, voiced, voiced):
                        clause = (span.start_char, span.end_char)
                if clause is None:
                    continue
            if any(a <= span.start_char < b for a, b in others):
                continue
            seen_sents.add(sent.start)
            start, end = _claim_start(span), sent.end_char
            if RETORT_MARK in explanation or STANDS_ALONE_MARK in explanation:
                # a question and its reply, a reply and the counter-claim, or a fragment and
                # the stance fragment after it ("A review. Of course."): one claim
                end = max(end, sentence_of(span[-1]).end_char)
            if clause is not None:
                start, end = max(start, clause[0]), clause[1]
            while end > span.end_char and ctx.text[end - 1].isspace():
                end -= 1
            marks.append(_Mark(start, end, "unattributed_claim", explanation, None))
        return marks

    def _evaluative_copulas(
        self, doc: Doc, text: str, word_marks: list[_Mark]
    ) -> list[tuple[str, Span]]:
        """A charged word in the predicate of "is"/"are": 'It is a shameful act'."""
        template = self.claims.header.get("evaluative_copula_explanation")
        if not template:
            return []
        out = []
        for m in word_marks:
            if m.label not in ("emotive", "labeling") or not m.copula_claim:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            for _ in range(4):
                if tok.dep_ == "appos":
                    break  # "X is Y as the villain, a performance so hammy": an aside
                if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
                    verb = tok.head
                    word = text[m.start : m.end].strip('"“”')
                    explanation = " ".join(template.split()).replace("{text}", word)
                    out.append((explanation, doc[verb.i : verb.i + 1]))
                    break
                if tok.head == tok:
                    break
                tok = tok.head
        return out


#: A verb of naming, its object, and then the quotation: 'called the plan "a monument to
#: the cabinet's ego"', 'described our plans as "a folly on stilts"' (loadedZ).
_NAMING_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ling|ed|ing)?"
    r"|describ(?:e|es|ed|ing)\s+[\w'’ -]{1,40}?\s+as)\s+"
    r"(?!as\b)([\w'’-]+(?:\s+[\w'’-]+){0,3})\s*$",
    re.I,
)


def _quoted_labels(
    doc: Doc, text: str, quotes: list[tuple[int, int, str]], marks: list[_Mark]
) -> list[_Mark]:
    """A speaker's quoted label for someone or something, set as the object complement of
    a verb of naming: 'called the plan "a monument to the cabinet's ego"' (guide,
    section 4: a charged word inside a partial quote is still loaded). Not a term or a
    name given with no object ('a scheme called "community windfall"'), not a capitalised
    name ('dubbed him "the Wall"'), not a verdict told by an adjective ('calls the ruling
    "two seasons late"': a plain complaint of timing, not a label), not a quotation
    already marked inside."""
    out = []
    for start, end, kind in quotes:
        if kind != "partial":
            continue
        inner = text[start + 1 : end - 1].strip()
        words = re.findall(r"[\w'’-]+", inner)
        if not 1 <= len(words) <= 12 or not inner[:1].islower():
            continue
        if any(w[:1].isupper() for w in words):
            continue  # 'dubbed their drummer "the Wall"': a nickname
        window = max(0, start - 90)
        naming = _NAMING_BEFORE.search(text[window:start])
        if naming is None or naming.group(1).split()[-1].lower() in ("a", "an", "the"):
            continue  # 'what her camp call a "creative sabbatical"': no object named
        verb = doc.char_span(window + naming.start(), window + naming.start() + 1,
                             alignment_mode="expand")  # fmt: skip
        if verb is None or verb[0].pos_ != "VERB":
            continue  # 'the brand had "fallen head over heels"': a noun, no naming
        if any(m.start < end and start < m.end for m in marks):
            continue
        span = doc.char_span(start + 1, end - 1, alignment_mode="contract")
        if span is None or not len(span):
            continue
        if span[0].lower_ not in ("a", "an", "the") and span.root.pos_ not in ("NOUN", "PROPN"):
            continue  # a label is a noun phrase: "a sticking plaster", "concrete coffins"
        last = next((t for t in reversed(span) if not t.is_punct), span[-1])
        if span[0].like_num or last.pos_ in ("ADJ", "ADV"):
            continue  # "two seasons late": a measure and an adjective, not a label
        explanation = (
            f"'{inner}' is the speaker's charged label, quoted after a verb of naming: the "
            "quotation marks show whose words they are, and the words still judge." + PARTIAL_NOTE
        )
        neutral = "(say what the speaker objected to, in plain words)"
        out.append(
            _Mark(start, end, "emotive", _with_neutral(explanation, neutral), neutral, False)
        )
    return out


#: Quotation marks a writer's own short question does not hold (apostrophes may: "Who's?")
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u2018")
#: What may stand between the end of the sentence before and the question: space and the
#: closing marks of a quotation that ended that sentence
_CLOSING = " \t\"\u201d\u2019'"


def question_before(
    text: str, start: int, quotes: list[tuple[int, int, str]], taken: list[tuple[int, int]]
) -> int | None:
    """Where a short question in the writer's voice opens, when it stands right before
    ``start`` in the same paragraph with no mark of its own: the question and the claim
    after it are one retort ("A fair compromise? Try telling that to the nurses."), even
    when the comment model scores the bare question just under its threshold. None when
    the sentence before is no question, is longer than five words, holds or sits in a
    quotation (a speaker's question), or is marked already."""
    gap_start = len(text[:start].rstrip())
    if gap_start == 0 or text[gap_start - 1] != "?" or "\n" in text[gap_start:start]:
        return None
    head = text[:gap_start - 1]
    opens = max(head.rfind(c) for c in ".!?\n") + 1
    # past the closing quotation mark of a sentence that ended inside one ('... deliver." Really?')
    opens += len(text[opens:gap_start]) - len(text[opens:gap_start].lstrip(_CLOSING))
    asked = text[opens:gap_start]
    if not asked or len(asked.split()) > 5 or any(q in asked for q in _QUOTE_MARKS):
        return None
    if any(a < gap_start and opens < b for a, b, _ in quotes):
        return None
    if any(a < gap_start and opens < b for a, b in taken):
        return None
    return opens


def _leads_into(text: str, claim: _Mark, start: int) -> bool:
    """A claim that is a short question or a clipped mocking echo, and the writer's
    comment starting at ``start`` right after it in the same paragraph: the two are one
    retort ("Was anyone listening? Clearly not.", "Of course it does. Excuses cost
    nothing."), as the comment model joins a question to the comment after it."""
    gap = text[claim.end : start]
    if start < claim.end or gap.strip() or "\n" in gap:
        return False
    said = text[claim.start : claim.end]
    short = len(said.split()) <= 5
    return short and (said.rstrip().endswith("?") or MOCK_ECHO in claim.explanation)


def _join_echoes(text: str, marks: list[_Mark]) -> list[_Mark]:
    """An echoed quotation ('... "working through the detail". Working through the
    detail.') followed in its paragraph by a claim of the writer's ("It is what a council
    says when it has lost the file.") is one comment: the echo joins that claim."""
    echoes = [m for m in marks if m.label == "unattributed_claim" and ECHO_MARK in m.explanation]
    if not echoes:
        return marks
    claims = [m for m in marks if m.label == "unattributed_claim"]
    gone = []
    for echo in echoes:
        after = min((c for c in claims if c.start >= echo.end), key=lambda c: c.start, default=None)
        if after is not None and not text[echo.end : after.start].strip() and (
            "\n" not in text[echo.end : after.start]
        ):
            after.start = echo.start
            gone.append(echo)
    return [m for m in marks if not any(m is g for g in gone)]


def _join_questions(text: str, marks: list[_Mark]) -> list[_Mark]:
    """A short question of the writer's marked as a claim, and a short claim right after
    it in the same paragraph, are one retort ("Coincidence? You decide.", "An accident?
    Hardly."): the question joins the claim that answers it (labelsAF)."""
    claims = sorted(
        (m for m in marks if m.label == "unattributed_claim"), key=lambda m: m.start
    )
    gone = []
    for question, answer in zip(claims, claims[1:], strict=False):
        asked = text[question.start : question.end].rstrip()
        gap = text[question.end : answer.start]
        if not asked.endswith("?") or len(asked.split()) > 5 or gap.strip() or "\n" in gap:
            continue
        if len(text[answer.start : answer.end].split()) > 8 or any(g is question for g in gone):
            continue
        answer.explanation += (
            f" The question before it ('{asked}') is part of the same retort, in the "
            "writer's voice."
        )
        answer.start = question.start
        gone.append(question)
    return [m for m in marks if not any(m is g for g in gone)]


def _boast_emphasis(marks: list[_Mark]) -> list[_Mark]:
    """An intensifier inside a claim that crowns a thing the best in its field ("Our
    surgeons are, quite simply, the finest in the north") is that boast's emphasis: the
    claim's mark holds it, and its explanation names the boast (issue 11, loadedAD)."""
    boasts = [(m.start, m.end) for m in marks if BOAST_MARK in m.explanation]
    if not boasts:
        return marks
    return [
        m for m in marks
        if not (m.label == "intensifier" and any(s <= m.start and m.end <= e for s, e in boasts))
    ]  # fmt: skip



#: What the retort rule says of a clipped reply (kit/lenses/judgement_voice.py), whose
#: claim runs from the writer's question before it, or to the counter-claim after it.
RETORT_MARK = "is a clipped retort"
#: What the echo-fragment rule says of a stance fragment ("Of course.", "Naturally.")
#: (kit/lenses/judgement_devices.py), joined to the fragment before it ("A cousin. Of
#: course."): the pair is one claim (asidesAG).
STANDS_ALONE_MARK = "stands alone to tell the reader the fact before it was only to be"
#: What the echo-fragment rule says of a quotation repeated to mock it
#: (kit/lenses/judgement_devices.py).
ECHO_MARK = "repeats the words quoted before it"


def _chains(amplifiers: list[tuple[Entry, Span]]) -> list[tuple[Entry, Span]]:
    """Amplifiers in a row that strengthen the same word are one mark: "so
    relentlessly hammy" is one intensifier, explained by its last word."""
    out: list[tuple[Entry, Span]] = []
    for entry, span in amplifiers:
        if out:
            prev_entry, prev = out[-1]
            if prev.end == span.start and prev[-1].head.i in (span[-1].i, span[-1].head.i):
                out[-1] = (entry, span.doc[prev.start : span.end])
                continue
        out.append((entry, span))
    return out


#: Clause claims whose words are one mark with them: a word inside an apposed portrait is
#: the sketch the claim explains (loadedAO), and one inside a guessed motive is the guess
#: ("presumably for the next glossy brochure": loadedAQ).
WHOLE_ASIDES = ("apposed_portrait", "guessed_motive")


def _inside_insinuations(marks: list[_Mark], judged: list[judgement.Judgement]) -> list[_Mark]:
    """Without an intensifier inside a marked insinuating aside: "sheer" in "has, by
    sheer coincidence, complained ..." belongs to the set phrase the claim explains."""
    asides = [
        (j.span.start_char, j.span.end_char, j.rule in WHOLE_ASIDES)
        for j in judged
        if j.rule in ("aside_insinuation", *WHOLE_ASIDES)
    ]
    if not asides:
        return marks
    held = [
        (s, e, whole)
        for s, e, whole in asides
        if any(m.label == "unattributed_claim" and m.start <= s and e <= m.end for m in marks)
    ]
    # (loadedAO) a word mark inside an apposed portrait ("a man who treats every microphone
    # as a personal enemy") is the sketch the claim already explains: one mark
    return [
        m
        for m in marks
        if not any(
            s <= m.start
            and m.end <= e
            and (m.label == "intensifier" or (whole and m.label != "unattributed_claim"))
            for s, e, whole in held
        )
    ]


def _claim_start(span: Span) -> int:
    """Where a claim starts: the subject of the clause holding the cue ("Their outrage
    is clearly ...", "who are using ... to distract"), else the cue itself."""
    tok = span[0]
    for _ in range(8):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return min(subject.left_edge.idx, span.start_char)
        if tok.head == tok or tok.dep_ in ("ccomp", "advcl"):
            break
        tok = tok.head
    return span.start_char


def _writer_voice(
    ctx: QuoteContext, quotes: Iterable[tuple[int, int, str]], span: Span, sent: Span
) -> bool:
    """Not inside reported content or quotation marks, and no reporting cue in the sentence.

    Besides the attribution lens's cues, a sentence with a plain reporting verb ("said",
    "told", "according to") is never the writer's own voice: its claim is the reported's.
    """
    here, sentence = (span.start_char, span.end_char), (sent.start_char, sent.end_char)
    cues = [c for c in ctx.cues if _overlaps(c, sentence)]
    if any(not extraposed_cue(sent, c) for c in cues):
        return False
    # a cue that reports nobody ("it is fair to say") brings no content in its sentence
    if any(
        _overlaps(c, here) and not (cues and sentence[0] <= c[0] < sentence[1])
        for c in ctx.contents
    ):
        return False
    # scare quotes are the writer's own marks: a claim around them ('Funny how her
    # "impartial" advice always ends with a link to her shop.') is still the writer's
    if any(_overlaps((s, e), here) for s, e, kind in quotes if kind != "scare"):
        return False
    return not any(
        (t.lemma_ in REPORTING_LEMMAS and t.pos_ == "VERB" and _reports(t))
        or (t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to")
        for t in sent
    )


#: What "says it all" and "tells you everything" say: nothing reported.
TELLING = voice_lexicon()["telling_object"]
PRONOUNS = frozenset({"it", "you", "us"})


def _name_word(span: Span, entry: Entry | None = None) -> bool:
    """The span belongs to a name. A lower-case word outside any entity that the small
    tagger calls a proper noun ("the brazen lout" with "lout" as NNP) is a common noun
    it did not know: names are capitalised. (A longer phrase keeps the old test: its
    figure may be matched whole by a judgement rule, "like his piggy bank".) A press
    idiom is a name only by its own words (``press_idioms.named``)."""
    if entry is not None and (phrase := entry.extra.get("idiom")):
        return named(span, str(phrase))
    if len(span) == 1 and span[0].text.islower() and not span[0].ent_type_:
        return False
    return is_name(span)


def _idiom_pleaded(entry: Entry, span: Span, quotes: list[tuple[int, int, str]]) -> bool:
    """A stock idiom of the press as a plea under "don't" in someone's quoted words:
    '"Don't shoot the messenger," he said', 'She told us, "A porter said to me, 'Don't
    move the goalposts.'"' The speaker asks that it not be done: nobody is said to have
    done it, so the idiom judges no one (its figure accuses only when someone is said to
    do it: '"They moved the goalposts," she said' stays marked)."""
    if not entry.extra.get("idiom") or not len(span):
        return False
    verb = span[0]
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if not any(c.dep_ == "neg" for c in verb.children) or not any(
        c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children
    ):
        return False
    start, end = span.start_char, span.end_char
    return any(qs < start and end < qe for qs, qe, _ in quotes)


def _in_set(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _reports(verb: Token) -> bool:
    """A reporting verb that reports something: not a phrasal verb ("the numbers do not
    add up"), not an adjective ("was telling"), not "nothing says ... like" or "says it
    all", and not one in a subordinate clause whose only content is "what" or nothing
    ("beyond what the authors are prepared to claim", "refused to say")."""
    if any(c.dep_ == "prt" for c in verb.children) or quarrel(verb):
        return False
    if any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    ):
        return False  # "Who would argue the cut is fair?": a speaker asked for, not reported
    content = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp", "prep", "dative")]
    if suggested(verb):
        return False  # "Perhaps the minister would like to explain ...": nothing said yet
    if any(c.dep_ == "nsubj" and c.lower_ == "nothing" for c in verb.children):
        return False  # "nothing says 'rest' like a chat show": a sneer, not a report
    if any(c.dep_ in ("dobj", "dative") and c.lower_ == "nothing" for c in verb.children):
        return False  # "Readers were told nothing of it", "has said nothing": no speech
    if any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "ccomp" and any(m.lower_ in ("whether", "if") for m in c.children)
        for c in verb.children
    ):
        return False  # "has not said whether it will extend the fund": nothing said
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    ):
        return False  # "the scheme announced to staff on Monday": a name for a thing
    said = [*content, *(a for c in content for a in c.children if a.dep_ == "appos")]
    if (
        content
        and all(c.dep_ in ("dobj", "dative") and _in_set(c, TELLING | PRONOUNS) for c in content)
        and any(_in_set(c, TELLING) for c in said)
    ):
        return False  # "The timing says it all", "That tells you everything": a verdict
    if (
        verb.tag_ in ("VB", "VBG")
        and not any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lower_ in ("that", "this") for c in verb.children)
    ):
        return False  # "Tell that to the tenants.": a retort to the reader, no speaker
    if verb.tag_ == "VBG" and not content:
        return False  # "The answer was telling.": an adjective, not a report
    if extraposed(verb):
        return False  # "It is hard to argue with the numbers": nobody speaks
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return False  # "a chance to tell other people how to live": nothing was said
    if verb.dep_ == "pcomp" and verb.head.head.lemma_ == "way":
        return False  # "a polite way of saying ...": the writer's gloss, nobody speaks
    subordinate = verb.dep_ in ("xcomp", "relcl", "acl", "pcomp", "advcl")
    return not (subordinate and all(c.tag_ in ("WP", "WDT") for c in content))


#: Claim rules whose mark is a clause alone: a sneering or insinuating relative clause,
#: apposition or participle phrase (judgement_motives, judgement_insinuations), and the
#: writer's mock portrait told as fact ("X, a woman who has plainly never ..., told the
#: paper": judgement_mockery; asidesAH).
ASIDE_RULES = frozenset(
    {
        "aside_sneer",
        "aside_insinuation",
        "mock_portrait",
        "apposed_portrait",
        "telling_tackon",
        "sneer_simile",
        "negated_record",
        "gain_against_failing",
        "hearsay_aside",
        "inferred_aside",
        "vantage_aside",
        "guessed_motive",
    }
)
#: Those and the other claim rules whose find is a clause of its own, whose voice is
#: tested on that clause alone (issue 11, loadedAD): a reporting verb elsewhere in the
#: sentence does not make "chose this week of all weeks" or "knowing exactly who would be
#: stranded" reported.
#: (verdictsAT) A thing that "speaks for itself", a wish "would rather you forgot", the
#: writer's "I am delighted to report", "which seems a steep price": the
#: clause is the writer's though the sentence reports ("Let me tell you what the decision
#: says, because the federation would rather you did not read it").
CLAUSE_RULES = ASIDE_RULES | {
    "pointed_timing",
    "knowing_intent",
    "belief_reading",
    "self_evident",
    "wished_on_others",
    "writer_pleasure",
    "seeming_verdict",
    "sum_up_verdict",
}
#: Of those, the ones whose voice is tested on the aside's first word: the marker of
#: insinuation is the writer's ("has, by sheer coincidence, complained about the
#: noise three times"), even when the act it insinuates about is a report.
#: (loadedAO) A belief the writer reads into a mind ("She seems to believe that volume is
#: a policy") is the writer's voice from its first word, though the attribution lens takes
#: "believe" for a cue: the belief is imputed, not reported.
OPENING_VOICE_RULES = frozenset(
    {
        "aside_insinuation",
        "negated_record",
        "gain_against_failing",
        "hearsay_aside",
        "belief_reading",
        "vantage_aside",
        "guessed_motive",
    }
)


#: Rules whose label names a track record ("a serial seller", "the rule-tickers"): the
#: label is the loaded word, and "X is a serial seller" is not by itself a claim of
#: motive (the record it sums up is usually given next, and checkable).
HABIT_LABEL_RULES = frozenset({"habit_label", "habit_agent"})
#: Judged words that never make an "is/are" sentence a claim of their own: habit labels,
#: and a brainchild pinned on sneered authors (the sneer is marked; "the lane was the
#: brainchild of ..." reports whose idea it was).
#: (labelsAQ) "It is a preening document": the adjective on a thing is the mark, not the
#: whole sentence (the keys mark the word)
NO_COPULA_RULES = HABIT_LABEL_RULES | {"sneered_authorship", "judgement_adjective_thing"}


def _judged_words(judged: list[judgement.Judgement]) -> list[tuple[Entry, Span]]:
    """The judgement rules' word marks as word-list entries, so that they join the
    listed words' dedup."""
    out = []
    for j in judged:
        if j.span.label_ == "unattributed_claim" and j.rule not in PHRASE_CLAIM_RULES:
            continue
        entry = Entry(f"judgement:{j.rule}", j.span.label_, j.explanation, neutral=j.neutral)
        if j.rule in NO_COPULA_RULES:
            entry.extra["copula_claim"] = False
        out.append((entry, j.span))
    return out


def _own(ctx: QuoteContext, quotes: list[tuple[int, int, str]], j: judgement.Judgement) -> bool:
    """A judged span outside quotation marks and outside any attribution's content."""
    here = (j.span.start_char, j.span.end_char)
    return not any(_overlaps((s, e), here) for s, e, _ in quotes) and not any(
        _overlaps(c, here) for c in ctx.contents
    )


def _with_neutral(explanation: str, neutral: str | None) -> str:
    if not neutral or neutral.startswith("("):
        return explanation if not neutral else f"{explanation} Neutral: {neutral.strip('()')}."
    return f"{explanation} Neutral: *{neutral}*."

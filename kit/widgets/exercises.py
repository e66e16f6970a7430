"""The exercises' logic, in plain Python (no ipywidgets): answers in, feedback HTML out.

Each class takes the learner's answer as a plain dict (the same dict that is
saved in the :class:`~kit.progress.ProgressStore`) and returns a
:class:`Feedback` whose ``html`` is what the learner reads. The ipywidgets
shells in :mod:`kit.widgets.shells` only move values between controls and
these classes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.annotated import AnnotatedArticle, Source
from kit.errors import KitError
from kit.evaluate import Key
from kit.labels import MARK_CATEGORIES
from kit.progress import ProgressStore
from kit.widgets.render import (
    count,
    esc,
    highlight,
    in_context,
    label_explanation,
    plural,
    quote,
    sentence_span,
)
from kit.widgets.truth import Mark, Said, Span, Truth, truth_for

CATEGORIES = (*MARK_CATEGORIES, "attribution")  # the order the widgets offer them
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "you"}


@dataclass
class Feedback:
    """The result of checking an answer."""

    score: str
    html: str
    correct: int = 0
    total: int = 0
    details: dict[str, Any] = field(default_factory=dict)


def article_id(annotated: AnnotatedArticle) -> str:
    """A stable name for an article: its practice stem, else a short hash of its text."""
    stem = annotated.meta.get("stem")
    if stem:
        return str(stem)
    return "text-" + hashlib.sha1(annotated.text.encode("utf-8")).hexdigest()[:10]


class Exercise:
    """What every exercise shares: its truth, its id and its saved answer."""

    kind = "exercise"

    def __init__(
        self,
        source: str | AnnotatedArticle,
        *,
        key: Key | str | Path | None = None,
        store: ProgressStore | None = None,
        exercise_id: str | None = None,
    ) -> None:
        self.truth: Truth = truth_for(source, key)
        self.annotated = self.truth.annotated
        self.store = store
        self.exercise_id = exercise_id or self.default_id()
        self.checked = False

    def default_id(self) -> str:
        return f"{self.kind}:{article_id(self.annotated)}"

    @property
    def against(self) -> str:
        """What the learner is compared with, in words."""
        return "the answer key" if self.truth.origin == "key" else "the kit"

    def saved(self) -> dict[str, Any] | None:
        """The learner's previous answer, if the store has one."""
        return self.store.get(self.exercise_id) if self.store is not None else None

    def save(self, answer: dict[str, Any]) -> None:
        if self.store is not None:
            self.store.set(self.exercise_id, answer)

    def notice_html(self) -> str:
        """A warning for the learner about their saved answers (empty when all is well)."""
        if self.store is None or not self.store.warning:
            return ""
        return f'<p class="kit-warning">⚠ {esc(self.store.warning)}</p>'

    def explain_mark(self, mark: Mark) -> str:
        """The kit's explanation of a mark when it has one, else the label's explanation."""
        kit = self.truth.kit_mark(mark.category, mark.start, mark.end)
        if kit is not None and kit.explanation:
            return kit.explanation
        return label_explanation(mark.category, mark.label)


def _sentence_label(i: int) -> str:
    return f"Sentence {i + 1}"


# -- 1. predict, then reveal --------------------------------------------------
class PredictExercise(Exercise):
    """Mark the sentences (or type the words) you think hold a category's marks."""

    kind = "predict"

    def __init__(
        self,
        source: str | AnnotatedArticle,
        category: str = "hedge",
        *,
        mode: str = "sentences",
        sentences: Iterable[int] | None = None,
        **kwargs: Any,
    ) -> None:
        if category not in CATEGORIES:
            raise KitError(f"category must be one of {', '.join(CATEGORIES)} (got {category!r})")
        if mode not in ("sentences", "words"):
            raise KitError(f"mode must be 'sentences' or 'words' (got {mode!r})")
        self.category, self.mode = category, mode
        super().__init__(source, **kwargs)
        n = len(self.annotated.sentences)
        self.sentence_ids = sorted(set(sentences)) if sentences is not None else list(range(n))
        bad = [i for i in self.sentence_ids if not 0 <= i < n]
        if bad:
            raise KitError(f"the article has sentences 0..{n - 1}; no sentence {bad[0]}")
        shown = set(self.sentence_ids)
        self.targets = [m for m in self._all_targets() if self._sentence(m) in shown]

    def default_id(self) -> str:
        return f"{self.kind}:{self.category}:{self.mode}:{article_id(self.annotated)}"

    def _all_targets(self) -> list[Mark]:
        if self.category == "attribution":
            return [
                Mark(s.cue.start, s.cue.end, s.cue.text, label=s.kind, category="attribution")
                for s in self.truth.attributions
            ]
        return self.truth.of(self.category)

    def _sentence(self, span: Span) -> int:
        return self.annotated.sentence_of(span.start)

    def sentence_text(self, i: int) -> str:
        return self.annotated.sentence_text(i).strip()

    @property
    def noun(self) -> str:
        return count(2, self.category).split(" ", 1)[1]

    def question_html(self) -> str:
        what = {
            "hedge": "a hedge (a word that makes the claim sound less certain)",
            "booster": "a booster (a word that makes the claim sound certain)",
            "loaded": "a loaded word or claim (it pushes a view)",
            "attribution": "an attribution (someone is reported as saying something)",
        }[self.category]
        how = (
            "Tick each sentence that contains"
            if self.mode == "sentences"
            else "Type the words you think are"
        )
        return f"<p>{how} {what}. Then press <b>Check</b>.</p>"

    # -- checking ------------------------------------------------------------
    def check(self, answer: dict[str, Any], save: bool = True) -> Feedback:
        """Compare ``{"sentences": [...]}`` or ``{"words": "a, b"}`` with the truth."""
        if self.mode == "sentences":
            fb = self._check_sentences([int(i) for i in answer.get("sentences", [])])
        else:
            fb = self._check_words(str(answer.get("words", "")))
        self.checked = True
        if save:
            self.save(answer)
        return fb

    def explain(self, mark: Mark) -> str:
        if self.category == "attribution":
            said = next(s for s in self.truth.attributions if s.cue.start == mark.start)
            kind = label_explanation("attribution", said.kind)
            return f"‘{mark.text}’ reports {said.canonical or 'someone'} ({said.kind}: {kind})"
        return self.explain_mark(mark)

    def _miss_html(self, missed: list[Mark]) -> str:
        if not missed:
            return ""
        items = []
        for m in missed:
            label = f" <i>({esc(m.label)})</i>" if m.label else ""
            # a long mark (a whole claim) is shown once, highlighted in its sentence
            head = (
                f"<b>{esc(m.text)}</b>{label} in: "
                if len(m.text) <= 60
                else f"{label[1:]} the highlighted passage: "
            )
            items.append(
                f"<li>{head}{in_context(self.annotated, m.start, m.end)}"
                f"<br><span class='kit-why'>{esc(self.explain(m))}</span></li>"
            )
        return f"<p>What you missed:</p><ul>{''.join(items)}</ul>"

    def _score(self, found: int, total: int, false_alarms: int) -> str:
        if total == 0:
            head = f"{self.against.capitalize()} has no {self.noun} here"
        else:
            head = f"You found {found} of {count(total, self.category)}"
        return f"{head}; {plural(false_alarms, 'false alarm')}."

    def _check_sentences(self, picked: list[int]) -> Feedback:
        shown = set(self.sentence_ids)
        chosen = sorted({i for i in picked if i in shown})
        by_sentence: dict[int, list[Mark]] = {}
        for m in self.targets:
            by_sentence.setdefault(self._sentence(m), []).append(m)
        found = [m for m in self.targets if self._sentence(m) in chosen]
        missed = [m for m in self.targets if self._sentence(m) not in chosen]
        false_alarms, borderline = [], []
        for i in chosen:
            if i in by_sentence:
                continue
            lo, hi = self.annotated.sentences[i]
            if self.truth.is_acceptable(self.category, lo, hi):
                borderline.append(i)
            else:
                false_alarms.append(i)
        score = self._score(len(found), len(self.targets), len(false_alarms))
        parts = [f"<p class='kit-score'><b>{esc(score)}</b></p>"]
        if found:
            words = ", ".join(f"‘{esc(m.text)}’" for m in found)
            parts.append(f"<p>Right: your sentences hold {words}.</p>")
        parts.append(self._miss_html(missed))
        if false_alarms:
            items = "".join(
                f"<li>{_sentence_label(i)}: {quote(self.sentence_text(i))}</li>"
                for i in false_alarms
            )
            parts.append(
                f"<p>False alarms: {self.against} marks no {self.category} in these "
                f"sentences. Which word made you think so?</p><ul>{items}</ul>"
            )
        if borderline:
            names = ", ".join(_sentence_label(i) for i in borderline)
            parts.append(f"<p>Borderline (neither right nor wrong): {esc(names)}.</p>")
        return Feedback(
            score,
            "".join(parts),
            len(found),
            len(self.targets),
            {"found": found, "missed": missed, "false_alarms": false_alarms},
        )

    def _occurrences(self, phrase: str) -> list[tuple[int, int]]:
        text = self.annotated.text
        pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
        out = []
        for m in re.finditer(pattern, text, flags=re.IGNORECASE):
            if self._sentence(Span(m.start(), m.end(), "")) in set(self.sentence_ids):
                out.append((m.start(), m.end()))
        return out

    def _check_words(self, words: str) -> Feedback:
        phrases = [p.strip() for p in re.split(r"[,;\n]", words) if p.strip()]
        found: list[Mark] = []
        false_alarms: list[tuple[int, int]] = []
        not_there: list[str] = []
        for phrase in dict.fromkeys(phrases):
            spots = self._occurrences(phrase)
            if not spots:
                not_there.append(phrase)
            for start, end in spots:
                hits = [m for m in self.targets if m.overlaps(start, end)]
                found += [m for m in hits if m not in found]
                if not hits and not self.truth.is_acceptable(self.category, start, end):
                    false_alarms.append((start, end))
        found.sort(key=lambda m: m.start)
        missed = [m for m in self.targets if m not in found]
        score = self._score(len(found), len(self.targets), len(false_alarms))
        parts = [f"<p class='kit-score'><b>{esc(score)}</b></p>"]
        if found:
            words_html = ", ".join(f"‘{esc(m.text)}’" for m in found)
            parts.append(f"<p>Right: {words_html}.</p>")
        parts.append(self._miss_html(missed))
        if false_alarms:
            items = []
            for start, end in false_alarms:
                other = [
                    c
                    for c in CATEGORIES
                    if c != self.category and any(m.overlaps(start, end) for m in self.truth.of(c))
                ]
                extra = f" ({self.against} marks it as a {other[0]})" if other else ""
                if self.truth.is_trap(self.category, start, end):
                    extra += " (a trap: the same word, used in another sense here)"
                items.append(f"<li>{in_context(self.annotated, start, end)}{esc(extra)}</li>")
            parts.append(
                f"<p>False alarms: here {self.against} sees no {self.category}. "
                f"Is the word used in another sense?</p><ul>{''.join(items)}</ul>"
            )
        if not_there:
            names = ", ".join(f"‘{esc(p)}’" for p in not_there)
            parts.append(f"<p>Not in the text: {names}.</p>")
        return Feedback(
            score,
            "".join(parts),
            len(found),
            len(self.targets),
            {"found": found, "missed": missed, "false_alarms": false_alarms},
        )

    # -- revealing -----------------------------------------------------------
    def reveal_html(self) -> str:
        """The kit's own marks of this category in the sentences shown (after a check)."""
        if not self.checked:
            return "<p>Commit your answer first: press <b>Check</b>, then reveal.</p>"
        marks = [a for a in self.annotated.of(self.category) if self._in_shown(a.start)]
        head = f"<p>The kit marks {count(len(marks), self.category)} here" + (
            f"; the answer key has {len(self.targets)}.</p>"
            if self.truth.origin == "key"
            else ".</p>"
        )
        rendered = _render_with_views(self.annotated, self.category)
        if rendered is not None:
            return head + rendered
        spans = [(a.start, a.end) for a in marks]
        paras = []
        for i in self.sentence_ids:
            lo, hi = self.annotated.sentences[i]
            if any(lo <= s < hi for s, _ in spans):
                paras.append(f"<p>{highlight(self.annotated.text, spans, lo, hi)}</p>")
        items = "".join(
            f"<li><b>{esc(a.cue.text if a.cue else a.text)}</b> <i>({esc(a.label)})</i>: "
            f"{esc(a.explanation or label_explanation(a.category, a.label))}</li>"
            for a in marks
        )
        return head + "".join(paras) + (f"<ul>{items}</ul>" if items else "")

    def _in_shown(self, offset: int) -> bool:
        return self.annotated.sentence_of(offset) in set(self.sentence_ids)


def _render_with_views(annotated: AnnotatedArticle, category: str) -> str | None:
    """The views' highlighter (:func:`kit.views.html.render_html`) for one lens, if present."""
    try:
        from kit.views.html import render_html
    except ImportError:  # the views are an optional part of the kit
        return None
    return render_html(annotated, [category])


# -- 2. who said it? --------------------------------------------------------------
def _bare(name: str) -> str:
    """A name without case, spacing or a leading article, for comparing."""
    name = " ".join(name.casefold().split())
    return re.sub(r"^(the|a|an) ", "", name)


class WhoSaidItExercise(Exercise):
    """Pick the canonical source of each quoted or paraphrased passage."""

    kind = "who_said_it"

    def __init__(
        self, source: str | AnnotatedArticle, *, limit: int | None = None, **kwargs: Any
    ) -> None:
        super().__init__(source, **kwargs)
        items = [s for s in self.truth.attributions if s.content is not None and s.canonical]
        self.items: list[Said] = items[:limit] if limit else items
        if not self.items:
            raise KitError("this article has no attributions with content to practise on")
        names = {s.canonical for s in self.truth.sources} | {s.canonical for s in items}
        self.options = sorted(n for n in names if n)

    def item_html(self, i: int) -> str:
        said = self.items[i]
        return f"<p><b>{i + 1}.</b> {quote(said.content.text, 300)}</p>"

    def cue_phrase(self, said: Said) -> str:
        """The words that name the speaker: ``"he said"``, ``"Li told the press conference"``."""
        text = self.annotated.text
        sp, cue = said.speaker, said.cue
        if sp is None:
            return f"‘{cue.text}’"
        lo, hi = sorted([(sp.start, sp.end), (cue.start, cue.end)])
        gap = text[lo[1] : hi[0]]
        if len(gap) <= 3 and "\n" not in gap:
            return f"‘{' '.join(text[lo[0] : hi[1]].split())}’"
        return f"‘{sp.text}’ … ‘{cue.text}’"

    def why(self, said: Said) -> str:
        """Why the passage belongs to its speaker, in words."""
        who = said.canonical
        sp = said.speaker
        phrase = self.cue_phrase(said)
        if sp is None:
            return (
                f"This passage has no cue of its own ({phrase} comes later or earlier): "
                f"a quotation with no cue belongs to the last speaker, {who}."
            )
        spoken = " ".join(sp.text.split())
        if spoken.lower() in PRONOUNS:
            return f"The cue {phrase} points back to {who}, the person the text was just about."
        if _bare(spoken) == _bare(who):
            return f"The speaker is named in the cue {phrase}."
        if spoken in who.split():
            namesakes = sorted(n for n in self.options if spoken in n.split())
            careful = (
                f" Careful: the article names {len(namesakes)} sources called {spoken} "
                f"({', '.join(namesakes)}); read which one the paragraph is about."
                if len(namesakes) > 1
                else ""
            )
            return (
                f"In the cue {phrase}, ‘{spoken}’ is a short name: it refers to {who}, "
                f"the person with that name whom the article last quoted or introduced.{careful}"
            )
        words = spoken.split()
        if words[0].lower() in ("the", "this", "that") and words[-1].lower() in _bare(who).split():
            return (
                f"In the cue {phrase}, ‘{spoken}’ points back to a source introduced "
                f"earlier: {who}."
            )
        return f"In the cue {phrase}, ‘{spoken}’ refers to {who}."

    def check(self, answer: dict[str, Any], save: bool = True) -> Feedback:
        """Compare ``{"0": "Source name", ...}`` (item index -> pick) with the truth."""
        rows, right = [], 0
        for i, said in enumerate(self.items):
            pick = answer.get(str(i))
            ok = pick == said.canonical
            right += ok
            if pick in (None, ""):
                verdict = f"No answer. It was {esc(said.canonical)}."
            elif ok:
                verdict = f"✔ Right: {esc(said.canonical)}."
            else:
                verdict = f"✘ Not {esc(pick)}: it was {esc(said.canonical)}."
            rows.append(
                f"<li>{quote(said.content.text, 120)}<br>{verdict} "
                f"<span class='kit-why'>{esc(self.why(said))}</span></li>"
            )
        score = f"{right} of {len(self.items)} right."
        self.checked = True
        if save:
            self.save(answer)
        return Feedback(
            score,
            f"<p class='kit-score'><b>{esc(score)}</b></p><ol>{''.join(rows)}</ol>",
            right,
            len(self.items),
        )


# -- 3. source map (IMVAIN) -----------------------------------------------------
SUBJECTIVE = {
    "independent": (
        "Independent",
        "Would {name} gain or lose from how the story turns out? Who pays them?",
    ),
    "multiple": (
        "Multiple",
        "Does anyone else in the article back the same claim? The article has {n}.",
    ),
    "verifies": (
        "Verifies or asserts",
        "Does the article show {name} giving evidence the reader could check (documents, "
        "data, what they saw), or only asserting?",
    ),
    "authoritative": (
        "Authoritative / informed",
        "The article describes {name} as {description}. Is that a reason to know about this topic?",
    ),
}
SUBJECTIVE_CHOICES = ("yes", "no", "can't tell")


class SourceMapExercise(Exercise):
    """Judge each source with IMVAIN; the objective parts are checked, the rest discussed."""

    kind = "source_map"

    def __init__(self, source: str | AnnotatedArticle, **kwargs: Any) -> None:
        super().__init__(source, **kwargs)
        self.sources: list[Source] = list(self.truth.sources)
        if not self.sources:
            raise KitError("this article has no sources to map")

    def cues_of(self, src: Source) -> list[Said]:
        return [s for s in self.truth.attributions if s.canonical == src.canonical]

    def check(self, answer: dict[str, Any], save: bool = True) -> Feedback:
        """``answer[canonical]`` = {named, type, outlet_exclusive, attributions, independent,
        multiple, verifies, authoritative}."""
        right = total = 0
        blocks = []
        for src in self.sources:
            mine = answer.get(src.canonical) or {}
            cues = self.cues_of(src)
            cue_list = ", ".join(f"‘{esc(' '.join(s.cue.text.split()))}’" for s in cues)
            checks = [
                (
                    "Named",
                    mine.get("named"),
                    "named" if src.named else "unnamed",
                    f"its type is {src.type.replace('_', ' ')}",
                ),
                ("Type", mine.get("type"), src.type, src.description or "no credential given"),
                (
                    "Spoke to this outlet",
                    _as_bool(mine.get("outlet_exclusive")),
                    src.outlet_exclusive,
                    f"its cues: {cue_list}" if cue_list else "no cue names the outlet",
                ),
                (
                    "Attributions",
                    _as_int(mine.get("attributions")),
                    src.attributions,
                    f"its cues: {cue_list}" if cue_list else "",
                ),
            ]
            items = []
            for name, given, expected, why in checks:
                total += 1
                ok = given == expected
                right += ok
                mark = "✔" if ok else "✘"
                shown = _show(expected)
                yours = "" if ok else f" (you: {esc(_show(given))})"
                why_html = why if "‘" in why else esc(why)
                items.append(
                    f"<li>{mark} {name}: {esc(shown)}{yours}. <span class='kit-why'>"
                    f"{why_html}</span></li>"
                )
            for field_name, (title, prompt) in SUBJECTIVE.items():
                given = mine.get(field_name) or "no answer"
                text = prompt.format(
                    name=src.canonical,
                    n=plural(len(self.sources), "source"),
                    description=f"‘{src.description}’" if src.description else "nothing at all",
                )
                items.append(
                    f"<li>◇ {title}: you said <i>{esc(given)}</i>. No single right answer: "
                    f"{esc(text)}</li>"
                )
            blocks.append(f"<li><b>{esc(src.canonical)}</b><ul>{''.join(items)}</ul></li>")
        score = f"{right} of {total} checkable answers agree with {self.against}."
        self.checked = True
        if save:
            self.save(answer)
        return Feedback(
            score,
            f"<p class='kit-score'><b>{esc(score)}</b></p><ul>{''.join(blocks)}</ul>",
            right,
            total,
        )


def _as_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _as_int(value: Any) -> int | None:
    try:
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None


def _show(value: Any) -> str:
    if value is None:
        return "no answer"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("_", " ")


# -- 4. certainty meter ---------------------------------------------------------
RATINGS = {
    -2: "very unsure",
    -1: "a bit unsure",
    0: "neither",
    1: "fairly sure",
    2: "very sure",
}


class CertaintyExercise(Exercise):
    """Rate how sure a few sentences sound (-2..2); compared with their hedges and boosters."""

    kind = "certainty"

    def __init__(
        self,
        source: str | AnnotatedArticle,
        *,
        sentences: Iterable[int] | None = None,
        n: int = 5,
        **kwargs: Any,
    ) -> None:
        super().__init__(source, **kwargs)
        total = len(self.annotated.sentences)
        chosen = sorted(set(sentences)) if sentences is not None else self._pick(n)
        bad = [i for i in chosen if not 0 <= i < total]
        if bad:
            raise KitError(f"the article has sentences 0..{total - 1}; no sentence {bad[0]}")
        self.sentence_ids = chosen

    def _marks_in(self, i: int, category: str) -> list[Mark]:
        lo, hi = self.annotated.sentences[i]
        return [m for m in self.truth.of(category) if lo <= m.start < hi]

    def _pick(self, n: int) -> list[int]:
        """Sentences with hedges or boosters, evenly spread, plus one plain sentence."""
        total = len(self.annotated.sentences)
        marked = [
            i for i in range(total) if self._marks_in(i, "hedge") or self._marks_in(i, "booster")
        ]
        plain = [
            i
            for i in range(total)
            if i not in marked and len(self.annotated.sentence_text(i).split()) >= 8
        ]
        want = max(n - (1 if plain else 0), 1)
        if len(marked) > want:
            step = len(marked) / want
            marked = [marked[int(k * step)] for k in range(want)]
        return sorted(marked + plain[:1])[:n] if marked or plain else list(range(min(n, total)))

    def level(self, i: int) -> int:
        """How sure the sentence sounds by its cues: boosters minus hedges, in -2..2."""
        score = len(self._marks_in(i, "booster")) - len(self._marks_in(i, "hedge"))
        return max(-2, min(2, score))

    def check(self, answer: dict[str, Any], save: bool = True) -> Feedback:
        """``answer[str(sentence)]`` = rating -2..2."""
        rows, agree = [], 0
        for i in self.sentence_ids:
            given = _as_int(answer.get(str(i)))
            hedges, boosters = self._marks_in(i, "hedge"), self._marks_in(i, "booster")
            level = self.level(i)
            same = given is not None and (given > 0) - (given < 0) == (level > 0) - (level < 0)
            agree += same
            cue_bits = []
            for name, marks in (("hedges", hedges), ("boosters", boosters)):
                words = ", ".join(f"‘{esc(m.text)}’" for m in marks) or "none"
                cue_bits.append(f"{name}: {words}")
            spans = [(m.start, m.end) for m in hedges + boosters]
            lo, hi = self.annotated.sentences[i]
            yours = "no rating" if given is None else f"{given:+d} ({RATINGS.get(given, '?')})"
            yours = yours.replace("+0", "0")
            tone = (
                "more sure than unsure"
                if level > 0
                else "more unsure than sure"
                if level < 0
                else "neither (no cues, or they balance)"
            )
            verdict = "✔ you agree" if same else "✘ you differ"
            rows.append(
                f"<li>{highlight(self.annotated.text, spans, lo, hi)}<br>"
                f"You: {esc(yours)}. {esc(self.against.capitalize())} marks {'; '.join(cue_bits)}"
                f" → the text sounds {tone}. {verdict}.</li>"
            )
        score = f"Your sense of certainty agrees on {agree} of {len(self.sentence_ids)} sentences."
        self.checked = True
        if save:
            self.save(answer)
        return Feedback(
            score,
            f"<p class='kit-score'><b>{esc(score)}</b></p><ol>{''.join(rows)}</ol>",
            agree,
            len(self.sentence_ids),
        )


# -- 5. rewrite challenge ---------------------------------------------------------
NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*")
#: Capitalised only because they open a sentence: not names.
OPENERS = {
    "a", "an", "the", "this", "that", "these", "those", "but", "and", "or", "so", "if", "in",
    "on", "at", "as", "when", "while", "it", "he", "she", "they", "we", "i", "you", "there",
    "however", "normally", "by", "for", "with", "from", "after", "before", "since", "even",
}  # fmt: skip


def facts_in(text: str) -> list[str]:
    """The numbers and names in a sentence (the facts a rewrite must keep)."""
    found = [m.group() for m in NUMBER.finditer(text)]
    for m in NAME.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in OPENERS:
            words.pop(0)
        if words:
            found.append(" ".join(words))
    return list(dict.fromkeys(found))


def fact_kept(fact: str, text: str) -> bool:
    """A number must stay as written; a name counts as kept when its last word stays
    (``"Mayor Lena Ortiz"`` is kept by ``"Ortiz"``)."""
    needle = fact if NUMBER.fullmatch(fact) else fact.split()[-1]
    return (
        re.search(r"(?<![\w.,])" + re.escape(needle) + r"(?![\w]|[.,]\d)", text, re.I) is not None
    )


class RewriteExercise:
    """Rewrite a loaded sentence neutrally; the kit re-annotates the rewrite at once."""

    kind = "rewrite"

    def __init__(
        self,
        text: str | AnnotatedArticle,
        *,
        sentence: int | None = None,
        store: ProgressStore | None = None,
        exercise_id: str | None = None,
        annotate: Callable[[str], AnnotatedArticle] | None = None,
    ) -> None:
        if annotate is None:
            from kit.annotate import annotate
        self._annotate = annotate
        if isinstance(text, AnnotatedArticle):
            if sentence is None:
                raise KitError("give the sentence number to rewrite: sentence=<index>")
            if not 0 <= sentence < len(text.sentences):
                raise KitError(f"the article has sentences 0..{len(text.sentences) - 1}")
            # a sentence split can straddle a paragraph break: keep the main block
            blocks = text.sentence_text(sentence).split("\n\n")
            original = max(blocks, key=lambda b: len(b.strip())).strip()
        elif isinstance(text, str):
            original = text.strip()
        else:
            raise KitError(f"a rewrite needs a sentence (str), not {type(text).__name__}")
        if not original:
            raise KitError("there is no sentence to rewrite")
        self.before = annotate(original)
        self.original = self.before.text  # the marks' offsets refer to the cleaned text
        self.store = store
        digest = hashlib.sha1(original.encode("utf-8")).hexdigest()[:10]
        self.exercise_id = exercise_id or f"{self.kind}:{digest}"
        self.checked = False

    @property
    def loaded(self) -> list:
        return self.before.of("loaded")

    def saved(self) -> dict[str, Any] | None:
        return self.store.get(self.exercise_id) if self.store is not None else None

    def notice_html(self) -> str:
        if self.store is None or not self.store.warning:
            return ""
        return f'<p class="kit-warning">⚠ {esc(self.store.warning)}</p>'

    def question_html(self) -> str:
        marked = highlight(
            self.original, [(a.start, a.end) for a in self.loaded], 0, len(self.original)
        )
        n = count(len(self.loaded), "loaded")
        return (
            f"<p>{marked}</p><p>The kit marks {n}. Rewrite the sentence so it reports "
            f"the same facts without pushing a view.</p>"
        )

    def check(self, answer: dict[str, Any], save: bool = True) -> Feedback:
        """``{"rewrite": "..."}`` -> which loaded words remain, went, or came in."""
        rewrite = str(answer.get("rewrite", "")).strip()
        if not rewrite:
            return Feedback("No rewrite yet.", "<p>Write your version first, then check.</p>")
        after = self._annotate(rewrite)
        before_words = {a.text.lower(): a for a in self.loaded}
        after_words = {a.text.lower(): a for a in after.of("loaded")}
        remaining = [a for w, a in before_words.items() if w in after_words]
        removed = [a for w, a in before_words.items() if w not in after_words]
        added = [a for w, a in after_words.items() if w not in before_words]
        facts = facts_in(self.original)
        kept = [f for f in facts if fact_kept(f, rewrite)]
        lost = [f for f in facts if not fact_kept(f, rewrite)]
        score = (
            f"{len(removed)} of {count(len(before_words), 'loaded')} removed; "
            f"{len(kept)} of {len(facts)} facts kept."
        )

        def words(items: list) -> str:
            return ", ".join(f"‘{esc(a.text)}’" for a in items) or "none"

        parts = [
            f"<p class='kit-score'><b>{esc(score)}</b></p>",
            f"<p>Removed: {words(removed)}.</p>",
            f"<p>Still loaded: {words(remaining)}.</p>",
        ]
        for a in remaining:
            hint = f" Neutral: ‘{esc(a.neutral)}’." if a.neutral else ""
            parts.append(f"<p class='kit-why'>‘{esc(a.text)}’: {esc(a.explanation)}{hint}</p>")
        if added:
            parts.append(f"<p>New loaded words in your version: {words(added)}.</p>")
            parts += [
                f"<p class='kit-why'>‘{esc(a.text)}’: {esc(a.explanation)}</p>" for a in added
            ]
        if facts:
            lost_html = ", ".join(f"‘{esc(f)}’" for f in lost)
            parts.append(
                "<p>All the facts (numbers, names) are still there.</p>"
                if not lost
                else f"<p>Facts missing from your version: {lost_html}. "
                f"A neutral rewrite keeps what happened and who did it.</p>"
            )
        self.checked = True
        if save and self.store is not None:
            self.store.set(self.exercise_id, {"rewrite": rewrite})
        return Feedback(
            score,
            "".join(parts),
            len(removed),
            len(before_words),
            {"remaining": remaining, "removed": removed, "added": added, "lost": lost},
        )


# -- 6. explorer ------------------------------------------------------------------
LENS_TITLES = {
    "attribution": "Attributions",
    "hedge": "Hedges",
    "booster": "Boosters",
    "loaded": "Loaded language",
    "sources": "Sources",
}


class Explorer:
    """Browse an annotated article mark by mark, by lens and label."""

    def __init__(self, annotated: AnnotatedArticle | str) -> None:
        if isinstance(annotated, str):
            from kit.annotate import annotate

            annotated = annotate(annotated)
        if not isinstance(annotated, AnnotatedArticle):
            raise KitError(f"the explorer needs an article, not {type(annotated).__name__}")
        self.annotated = annotated

    def lenses(self) -> list[tuple[str, str]]:
        """(title with count, lens) pairs for a dropdown."""
        out = [(f"{LENS_TITLES[c]} ({len(self.annotated.of(c))})", c) for c in CATEGORIES]
        out.append((f"Sources ({len(self.annotated.sources)})", "sources"))
        return out

    def labels(self, lens: str) -> list[str]:
        if lens == "sources":
            return sorted({s.type for s in self.annotated.sources})
        return sorted({a.label for a in self.annotated.of(lens)})

    def html(self, lens: str, label: str | None = None) -> str:
        """Each mark of ``lens`` (and ``label``): its text, its sentence, its explanation."""
        if lens == "sources":
            rows = [s for s in self.annotated.sources if label in (None, "", "all", s.type)]
            if not rows:
                return "<p>No sources of this kind.</p>"
            items = "".join(
                f"<li><b>{esc(s.canonical)}</b> — {esc(s.type.replace('_', ' '))}"
                f"{', ' + esc(s.description) if s.description else ''}; "
                f"{plural(s.attributions, 'attribution')}"
                f"{'; spoke to this outlet' if s.outlet_exclusive else ''}</li>"
                for s in rows
            )
            return f"<ul>{items}</ul>"
        if lens not in CATEGORIES:
            raise KitError(f"no lens {lens!r}; choose one of {', '.join(LENS_TITLES)}")
        marks = [a for a in self.annotated.of(lens) if label in (None, "", "all", a.label)]
        if not marks:
            return f"<p>No {count(2, lens).split(' ', 1)[1]} of this kind in this article.</p>"
        items = []
        for a in marks:
            head = esc(a.cue.text if a.cue else a.text)
            extra = ""
            if a.category == "attribution":
                who = a.canonical or (a.speaker.text if a.speaker else "?")
                extra = f" — speaker: {esc(who)}"
                if a.content:
                    extra += f"; says: {quote(a.content.text, 160)}"
            if a.neutral:
                extra += f" — neutral: ‘{esc(a.neutral)}’"
            why = a.explanation or label_explanation(a.category, a.label)
            if a.cue is not None:  # an attribution: its cue's sentence, speaker and cue marked
                lo, hi = sentence_span(self.annotated, a.cue.start, a.cue.end)
                parts = [(p.start, p.end) for p in (a.speaker, a.cue) if p is not None]
                context = highlight(self.annotated.text, parts, lo, hi)
            else:
                context = in_context(self.annotated, a.start, a.end)
            items.append(
                f"<li><b>{head}</b> <i>({esc(a.label)})</i>{extra}<br>{context}<br>"
                f"<span class='kit-why'>{esc(why)}</span></li>"
            )
        return f"<p>{count(len(marks), lens)}</p><ol>{''.join(items)}</ol>"

"""Predict, then reveal: mark the sentences (or type the words) that hold a category's marks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.widgets.exercises.base import CATEGORIES, Exercise, Feedback, article_id
from kit.widgets.render import count, esc, highlight, in_context, label_explanation, plural, quote
from kit.widgets.truth import Mark, Span


def _sentence_label(i: int) -> str:
    return f"Sentence {i + 1}"


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

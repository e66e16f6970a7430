"""Certainty meter: rate how sure sentences sound; compared with their hedges and boosters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.widgets.exercises.base import Exercise, Feedback, as_int
from kit.widgets.render import esc, highlight
from kit.widgets.truth import Mark

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
            given = as_int(answer.get(str(i)))
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

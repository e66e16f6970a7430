"""Rewrite challenge: rewrite a loaded sentence neutrally, keeping its facts."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.progress import ProgressStore
from kit.widgets.exercises.base import Feedback
from kit.widgets.render import count, esc, highlight

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

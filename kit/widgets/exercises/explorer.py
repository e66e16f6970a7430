"""Explorer: browse an annotated article mark by mark, by lens and label."""

from __future__ import annotations

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.widgets.exercises.base import CATEGORIES
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
                    extra += f"; says: {quote(a.reported or a.content.text, 160)}"
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

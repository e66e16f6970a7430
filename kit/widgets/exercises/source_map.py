"""Source map: judge each source with IMVAIN; the objective parts are checked."""

from __future__ import annotations

from typing import Any

from kit.annotated import AnnotatedArticle, Source
from kit.errors import KitError
from kit.widgets.exercises.base import Exercise, Feedback, as_int
from kit.widgets.render import esc, plural
from kit.widgets.truth import Said

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
                    as_int(mine.get("attributions")),
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


def _show(value: Any) -> str:
    if value is None:
        return "no answer"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("_", " ")

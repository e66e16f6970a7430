"""Who said it? Pick the canonical source of each quoted or paraphrased passage."""

from __future__ import annotations

import re
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.widgets.exercises.base import Exercise, Feedback
from kit.widgets.render import esc, quote
from kit.widgets.truth import Said

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "you"}


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

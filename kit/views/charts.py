"""Charts (matplotlib, no pyplot state): who gets quoted, certainty, marks per lens.

Every chart returns a :class:`matplotlib.figure.Figure` that reads in greyscale
too (hatching and markers as well as colour). :func:`figure_to_svg` turns a
figure into inline SVG text that is the same on every run.
"""

from __future__ import annotations

import io
import re
from html import escape

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.views.html import lens_order, lens_styles
from kit.views.tables import _check, certainty_table

NAMED = ("#1d4ed8", "")  # colour, hatch
UNNAMED = ("#e5e7eb", "///")
HEDGE = ("#f59e0b", "o")
BOOSTER = ("#7e22ce", "xx")
FONT = 8


def _plain(text: str, limit: int = 38) -> str:
    """Label text that matplotlib shows as written (no mathtext), clipped."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig


def _empty(fig: Figure, message: str) -> Figure:
    ax = fig.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=FONT + 1, color="#444")
    return fig


def who_gets_quoted(annotated: AnnotatedArticle, top: int = 12) -> Figure:
    """Attributions and quoted words per source; unnamed sources hatched and grey."""
    annotated = _check(annotated)
    ranked = sorted(
        annotated.sources, key=lambda s: (-s.attributions, -s.quoted_words, s.canonical)
    )
    sources = ranked[:top]
    shown = f"top {len(sources)} of {len(ranked)} sources" if len(ranked) > len(sources) else ""
    height = 0.65 + 0.13 * max(len(sources), 2)
    fig = _figure(4.1, height)
    if not sources:
        return _empty(fig, "No sources found in this article.")
    axes = fig.subplots(1, 2, sharey=True, width_ratios=[1, 1])
    names = [_plain(s.canonical, 30) for s in sources]
    y = list(range(len(sources)))[::-1]
    for ax, field, title in (
        (axes[0], "attributions", "Attributions"),
        (axes[1], "quoted_words", "Words quoted"),
    ):
        values = [getattr(s, field) for s in sources]
        for yi, s, v in zip(y, sources, values, strict=True):
            colour, hatch = NAMED if s.named else UNNAMED
            ax.barh(yi, v, color=colour, hatch=hatch, edgecolor="#111", linewidth=0.6)
            ax.text(v, yi, f" {v}", va="center", fontsize=FONT - 1)
        ax.set_title(title, fontsize=FONT + 1)
        ax.set_xlim(0, max(values + [1]) * 1.25)
        ax.tick_params(labelsize=FONT)
        ax.spines[["top", "right"]].set_visible(False)
        ax.xaxis.get_major_locator().set_params(integer=True)
    axes[0].set_yticks(y, names)
    if shown:
        fig.suptitle(shown, fontsize=FONT - 1, x=0.99, ha="right", color="#444")
    fig.legend(
        handles=[
            Patch(facecolor=NAMED[0], edgecolor="#111", label="named"),
            Patch(facecolor=UNNAMED[0], hatch=UNNAMED[1], edgecolor="#111", label="unnamed"),
        ],
        loc="outside lower center",
        ncols=2,
        fontsize=FONT,
        frameon=False,
    )
    return fig


def certainty_chart(
    annotated: AnnotatedArticle, by: str = "sentence", width: float = 6.0, height: float = 2.0
) -> Figure:
    """Hedges (down) and boosters (up) per sentence or paragraph, with the certainty line.

    ``width`` and ``height`` are in inches.
    """
    annotated = _check(annotated)
    if by not in ("sentence", "paragraph"):
        raise KitError(f"the certainty chart runs by 'sentence' or 'paragraph', not {by!r}")
    frame = certainty_table(annotated, by=by)
    fig = _figure(width, height)
    if frame.empty:
        return _empty(fig, "No text to chart.")
    ax = fig.add_subplot()
    x = list(range(1, len(frame) + 1))
    hedges = [int(v) for v in frame["hedges"]]
    boosters = [int(v) for v in frame["boosters"]]
    for values, sign, (colour, hatch) in ((boosters, 1, BOOSTER), (hedges, -1, HEDGE)):
        bars = [(xi, sign * v) for xi, v in zip(x, values, strict=True) if v]  # no empty bars
        if bars:
            ax.bar(
                [b[0] for b in bars],
                [b[1] for b in bars],
                color=colour,
                hatch=hatch,
                edgecolor="#111",
                linewidth=0.5,
            )
    ax.axhline(0, color="#555", linewidth=0.6)
    ax.set_xlabel(f"{by} in the article", fontsize=FONT)
    ax.set_ylabel("cues", fontsize=FONT)
    ax.tick_params(labelsize=FONT)
    ax.spines[["top"]].set_visible(False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0.3, len(frame) + 0.7)
    top = max(boosters + hedges + [1]) + 0.5
    ax.set_ylim(-top, top)
    score = ax.twinx()  # the lens's certainty score, from -1 to 1
    values = [float(v) for v in frame["certainty"]]
    score.plot(x, values, color="#111", lw=0.9)
    marked = [(xi, v) for xi, v in zip(x, values, strict=True) if v]  # dots only where cues are
    score.plot([m[0] for m in marked], [m[1] for m in marked], "o", color="#111", markersize=2.5)
    score.set_ylim(-1.05, 1.05)
    score.set_yticks([-1, 0, 1], ["-1 unsure", "0", "+1 sure"])
    score.tick_params(labelsize=FONT - 1)
    score.spines[["top"]].set_visible(False)
    fig.legend(
        handles=[
            Patch(facecolor=BOOSTER[0], hatch=BOOSTER[1], edgecolor="#111", label="boosters (up)"),
            Patch(facecolor=HEDGE[0], hatch=HEDGE[1], edgecolor="#111", label="hedges (down)"),
            Line2D([], [], color="#111", marker="o", markersize=2.5, lw=0.9, label="certainty"),
        ],
        fontsize=FONT - 1,
        loc="outside lower center",
        ncols=3,
        frameon=False,
        handlelength=1.5,
        columnspacing=1,
    )
    ax.set_title(f"Certainty, {by} by {by}", fontsize=FONT + 1)
    return fig


def lens_counts(annotated: AnnotatedArticle) -> Figure:
    """How many marks each lens found (new lenses included)."""
    annotated = _check(annotated)
    lenses = lens_order(annotated)
    fig = _figure(2.7, 0.8 + 0.22 * max(len(lenses), 2))
    if not lenses:
        return _empty(fig, "No marks found.")
    styles = lens_styles(lenses)
    ax = fig.add_subplot()
    y = list(range(len(lenses)))[::-1]
    for yi, cat in zip(y, lenses, strict=True):
        n = len(annotated.of(cat))
        st = styles[cat]
        ax.barh(yi, n, color=st.tint, hatch=st.hatch, edgecolor=st.strong, linewidth=1)
        ax.text(n, yi, f" {n}", va="center", fontsize=FONT)
    ax.set_yticks(y, [_plain(styles[c].name, 26) for c in lenses])
    ax.set_xlim(0, max(len(annotated.of(c)) for c in lenses) * 1.25 + 0.5)
    ax.tick_params(labelsize=FONT)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Marks per lens", fontsize=FONT + 1)
    return fig


_PROLOG = re.compile(r"^\s*<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", re.S)
_COMMENT = re.compile(r"<!--.*?-->\s*|<metadata>.*?</metadata>\s*", re.S)


def figure_to_svg(fig: Figure, title: str | None = None) -> str:
    """The figure as inline SVG text: no XML prolog, no date, the same on every run."""
    buf = io.StringIO()
    with mpl.rc_context({"svg.hashsalt": "kit", "svg.fonttype": "path"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = _COMMENT.sub("", _PROLOG.sub("", buf.getvalue()))
    svg = svg.replace("<svg ", '<svg role="img" ', 1)
    if title:
        svg = re.sub(
            r"(<svg[^>]*>)", lambda m: m.group(1) + f"<title>{escape(title)}</title>", svg, count=1
        )
    return svg

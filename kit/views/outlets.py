"""Charts that compare outlets across many articles (tables from :mod:`kit.corpus`).

Each chart returns a :class:`matplotlib.figure.Figure` (no pyplot state) that
reads in greyscale too: every outlet has its own hatching as well as its colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from kit.errors import KitError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: (colour, hatch) per outlet, in the table's row order.
STYLES = (("#1d4ed8", ""), ("#f59e0b", "///"), ("#15803d", "xx"), ("#7e22ce", ".."))
FONT = 8


def outlet_bars(table: pd.DataFrame, title: str, unit: str = "") -> Figure:
    """Grouped bars: one group per column of ``table``, one bar per outlet (row).

    ``table`` is a :func:`kit.corpus.compare_outlets` table (its count columns
    ``articles``, ``attributions`` and ``words`` are left out) or a
    :func:`kit.corpus.by_event` table transposed (outlets as rows).
    """
    columns = [c for c in table.columns if c not in ("articles", "attributions", "words")]
    if table.empty or not columns:
        raise KitError("there is nothing to chart: the table has no rows or no figures")
    outlets = [str(i) for i in table.index]
    if len(outlets) > len(STYLES):
        raise KitError(f"a chart compares at most {len(STYLES)} outlets")
    width = 0.8 / len(outlets)
    fig = Figure(figsize=(max(4.0, 1.1 * len(columns) + 1.5), 2.8), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    for i in range(len(outlets)):
        colour, hatch = STYLES[i]
        xs = [c + (i - (len(outlets) - 1) / 2) * width for c in range(len(columns))]
        values = [float(table.loc[table.index[i], col]) for col in columns]
        bars = ax.bar(xs, values, width, color=colour, hatch=hatch, edgecolor="#111", lw=0.5)
        ax.bar_label(bars, fmt="%.1f", fontsize=FONT - 1, padding=1)
    ax.set_xticks(range(len(columns)))
    ax.set_xticklabels([_label(c) for c in columns], fontsize=FONT)
    ax.tick_params(axis="y", labelsize=FONT)
    ax.set_ylabel(unit, fontsize=FONT)
    ax.set_title(title, fontsize=FONT + 1)
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(y=0.15)
    handles = [
        Patch(facecolor=STYLES[i][0], hatch=STYLES[i][1], edgecolor="#111", label=outlet)
        for i, outlet in enumerate(outlets)
    ]
    ax.legend(handles=handles, fontsize=FONT, frameon=False)
    return fig


def _label(column: str) -> str:
    """A short axis label: "% ordinary people" -> "ordinary\\npeople"."""
    text = str(column).removeprefix("% ").replace(" per 1,000 words", "")
    words = text.split()
    if len(text) > 12 and len(words) > 1:
        half = (len(words) + 1) // 2
        return " ".join(words[:half]) + "\n" + " ".join(words[half:])
    return text

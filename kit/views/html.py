"""The highlighted article as one self-contained block of HTML.

:func:`render_html` turns an :class:`~kit.annotated.AnnotatedArticle` into HTML
with inline CSS and no script: a colour legend with one on/off switch per lens,
the text with every mark highlighted (explanation on hover and, on click, in a
bubble), and a numbered list of every mark's explanation.

The lens list comes from the annotations themselves, so a new category shows up
with a fallback colour and no code change. Marks may overlap: the HTML is built
from sorted boundary events so that elements always nest. Every piece of
article text, metadata and explanation is escaped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from importlib import resources

from kit.annotated import AnnotatedArticle, Annotation, Source
from kit.errors import KitError


@dataclass(frozen=True)
class LensStyle:
    """How one lens looks: its name for people, colours and underline style."""

    name: str
    strong: str
    tint: str
    line: str  # CSS text-decoration-style, so the lens reads in greyscale too
    hatch: str  # matplotlib hatch pattern for charts


#: The colours of the known lenses.
PALETTE: dict[str, LensStyle] = {
    "attribution": LensStyle("Who said what", "#1d4ed8", "#dbeafe", "solid", "//"),
    "hedge": LensStyle("Hedges (less sure)", "#b45309", "#fef3c7", "dotted", "o"),
    "booster": LensStyle("Boosters (more sure)", "#7e22ce", "#f3e8ff", "double", "xx"),
    "loaded": LensStyle("Loaded language", "#b91c1c", "#fee2e2", "wavy", "\\\\"),
}
#: Colours for lenses the kit does not know yet, handed out in order.
FALLBACK = (
    ("#0f766e", "#ccfbf1", "--"),
    ("#be185d", "#fce7f3", "++"),
    ("#4d7c0f", "#ecfccb", "|"),
    ("#475569", "#e2e8f0", "-\\\\"),
)
#: Colours that tie an attribution's speaker, cue and content together.
GROUP_COLOURS = (
    "#1d4ed8",
    "#0f766e",
    "#9333ea",
    "#c2410c",
    "#0369a1",
    "#be123c",
    "#4d7c0f",
    "#92400e",
)
#: Marks longer than this are underlined only, so that long claims stay readable.
LONG_MARK = 80

SOURCE_TYPES = {
    "named_person": "named person",
    "named_organization": "named organisation",
    "document": "document",
    "unnamed_group": "unnamed group",
    "anonymous": "anonymous",
}


def lens_order(annotated: AnnotatedArticle) -> list[str]:
    """The categories present in ``annotated``: known lenses first, then new ones A-Z."""
    present = {a.category for a in annotated.annotations}
    known = [c for c in PALETTE if c in present]
    return known + sorted(present - set(PALETTE))


def lens_styles(categories: Iterable[str]) -> dict[str, LensStyle]:
    """A style for every category, using the fallback colours for unknown ones."""
    styles: dict[str, LensStyle] = {}
    spare = 0
    for cat in categories:
        if cat in PALETTE:
            styles[cat] = PALETTE[cat]
        else:
            strong, tint, hatch = FALLBACK[spare % len(FALLBACK)]
            spare += 1
            styles[cat] = LensStyle(lens_title(cat), strong, tint, "dashed", hatch)
    return styles


def lens_title(category: str) -> str:
    """A category's name for people ("scare_quote" -> "Scare quote")."""
    if category in PALETTE:
        return PALETTE[category].name
    return category.replace("_", " ").strip().capitalize() or "(unnamed lens)"


def label_title(label: str) -> str:
    return label.replace("_", " ")


def source_type_title(kind: str, short: bool = False) -> str:
    """A source type for people ("named_person" -> "named person", or "person" if short)."""
    title = SOURCE_TYPES.get(kind, kind.replace("_", " "))
    return title.removeprefix("named ") if short else title


def css_text() -> str:
    """The view's static style sheet."""
    return resources.files("kit.views").joinpath("style.css").read_text(encoding="utf-8")


@dataclass
class _Mark:
    start: int
    end: int
    order: int  # tie-breaker: stable, deterministic nesting
    lens: int  # index in the lens list
    note: int  # number of the explanation in the list
    part: str | None = None  # speaker / cue / content of an attribution
    group: int | None = None  # attribution number
    label: str = ""
    expl: str = ""
    opened: bool = False


def describe(annotation: Annotation, sources: dict[str, Source] | None = None) -> str:
    """The plain-text explanation of one mark, as a learner reads it."""
    a = annotation
    lines = [f"{lens_title(a.category)}: {label_title(a.label)}"]
    if a.category == "attribution" or a.speaker or a.cue or a.content:
        if a.speaker:
            who = a.speaker.text
            if a.canonical and a.canonical != a.speaker.text:
                who += f" (= {a.canonical})"
            lines.append(f"Speaker: {who}")
            src = (sources or {}).get(a.canonical or "")
            if src is not None:
                desc = source_type_title(src.type)
                if src.description:
                    desc += f"; {src.description}"
                if src.outlet_exclusive:
                    desc += "; spoke to this outlet"
                lines.append(f"Source: {desc}")
        else:
            lines.append("Speaker: not found")
        if a.cue:
            lines.append(f"Cue: {a.cue.text}")
        if a.content:
            lines.append(f"Content: {_clip(a.reported or a.content.text, 160)}")
    else:
        lines.append(f"“{_clip(a.text, 160)}”")
    if a.explanation:
        lines.append(a.explanation)
    if a.neutral:
        lines.append(f"Neutral wording: {a.neutral}")
    return "\n".join(lines)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _uid(annotated: AnnotatedArticle, lenses: list[str]) -> str:
    digest = hashlib.sha1(
        (annotated.text + "\x00" + "\x00".join(lenses)).encode("utf-8"), usedforsecurity=False
    )
    return "kv" + digest.hexdigest()[:10]


def _check_lenses(annotated: AnnotatedArticle, lenses: Iterable[str] | None) -> list[str]:
    present = lens_order(annotated)
    if lenses is None:
        return present
    if isinstance(lenses, str):
        lenses = [lenses]
    wanted = list(dict.fromkeys(lenses))
    for lens in wanted:
        if not isinstance(lens, str):
            raise KitError(f"a lens is named by a string such as 'hedge', not {lens!r}")
    return [c for c in present if c in wanted] + [c for c in wanted if c not in present]


def _marks(annotated: AnnotatedArticle, lenses: list[str]) -> tuple[list[_Mark], list[tuple]]:
    """Marks to draw and the numbered notes: (number, annotation, group, explanation)."""
    index = {c: i for i, c in enumerate(lenses)}
    sources = {s.canonical: s for s in annotated.sources}
    n_text = len(annotated.text)
    marks: list[_Mark] = []
    notes: list[tuple] = []
    group = 0
    # a mark's number is its place in the article's list, whichever lenses are shown
    chosen = [(i, a) for i, a in enumerate(annotated.annotations, 1) if a.category in index]
    chosen.sort(key=lambda ia: (ia[1].start, ia[1].end, ia[1].category, ia[1].label, ia[0]))
    for note, a in chosen:
        expl = describe(a, sources)
        parts = [(n, p) for n in ("speaker", "cue", "content") if (p := getattr(a, n))]
        lens, text = index[a.category], f"[{note}] {expl}"
        g = None
        if parts:
            group += 1
            g = group
            for name, p in parts:
                marks.append(_Mark(p.start, p.end, len(marks), lens, note, name, g, a.label, text))
        else:
            marks.append(_Mark(a.start, a.end, len(marks), lens, note, None, None, a.label, text))
        notes.append((note, a, g, expl))
    marks = [m for m in marks if 0 <= m.start < m.end <= n_text]
    return marks, sorted(notes, key=lambda n: n[0])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-") or "x"


def _open_tag(m: _Mark) -> str:
    classes = ["m", f"c{m.lens}", f"l-{_slug(m.label)}"]
    if m.part:
        classes += [f"p-{m.part}", f"g{m.group}"]
    elif m.end - m.start > LONG_MARK:
        classes.append("long")
    # role + aria-label: a screen reader names the mark and reads its explanation,
    # so no lens relies on colour (or on the underline style) alone
    kind = " ".join(w for w in (label_title(m.label), m.part) if w)
    attrs = (
        f'class="{" ".join(classes)}" data-n="{m.note}" tabindex="0" role="note" '
        f'aria-label="{escape(f"{kind}: {m.expl}" if kind else m.expl)}" '
        f'title="{escape(m.expl)}" data-expl="{escape(m.expl)}"'
    )
    badge = ""
    if m.part and not m.opened:
        badge = f'<span class="badge" aria-hidden="true">{m.group}</span>'
    m.opened = True
    return f"<span {attrs}>{badge}"


def _text(fragment: str) -> str:
    return escape(fragment).replace("\n", "<br>\n")


def _paragraph_html(text: str, start: int, end: int, marks: list[_Mark]) -> str:
    """One paragraph; marks are clipped to it and nested by boundary events."""
    inside = [m for m in marks if m.start < end and m.end > start]
    points = {start, end}
    for m in inside:
        points.add(max(m.start, start))
        points.add(min(m.end, end))
    cuts = sorted(points)
    out: list[str] = []
    stack: list[_Mark] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = sorted(
            (m for m in inside if m.start <= a and m.end >= b),
            key=lambda m: (m.start, -m.end, m.order),
        )
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        stack = stack[:keep]
        for m in active[keep:]:
            out.append(_open_tag(m))
            stack.append(m)
        out.append(_text(text[a:b]))
    out.append("</span>" * len(stack))
    return "<p>" + "".join(out) + "</p>"


def _lens_css(uid: str, styles: list[LensStyle], groups: int) -> str:
    rules = []
    for i, st in enumerate(styles):
        on = f"#{uid} .kit-t{i}:checked ~ .kit-body"
        lab = f"#{uid} .kit-t{i}:checked ~ .kit-legend label[for={uid}-t{i}]::before"
        rules.append(f'{lab} {{ content: "\\2611\\00a0"; }}')
        rules.append(f"#{uid} .kit-legend .sw{i} {{ background: {st.tint}; ")
        rules[-1] += f"border-bottom: 3px {st.line} {st.strong}; padding: 0 0.3em; }}"
        rules.append(
            f"{on} .c{i}:not([class*=p-]) {{ background: {st.tint}; "
            f"text-decoration: underline {st.line} {st.strong}; "
            "text-decoration-thickness: 2px; text-underline-offset: 3px; "
            "text-decoration-skip-ink: none; }"
        )
        rules.append(f"{on} .c{i}.long {{ background: none; }}")
        rules.append(
            f"{on} .c{i}.p-speaker {{ font-weight: bold; border-bottom: 2px solid var(--g); }}"
        )
        rules.append(f"{on} .c{i}.p-cue {{ outline: 1.5px solid var(--g); outline-offset: 0; }}")
        rules.append(
            f"{on} .c{i}.p-content {{ background: {st.tint}; "
            "border-bottom: 1.5px dashed var(--g); }"
        )
        rules.append(f"{on} .c{i} > .badge {{ display: inline; background: var(--g); }}")
    for g in range(1, groups + 1):
        colour = GROUP_COLOURS[(g - 1) % len(GROUP_COLOURS)]
        rules.append(f"#{uid} .g{g} {{ --g: {colour}; }}")
        rules.append(
            f"#{uid} .kit-body:has(.g{g}:hover) .g{g} {{ box-shadow: 0 0 0 2px {colour}; }}"
        )
    return "\n".join(rules)


def render_html(
    annotated: AnnotatedArticle,
    lenses: Iterable[str] | None = None,
    *,
    toggles: bool = True,
    notes: bool = True,
    uid: str | None = None,
    include_css: bool = True,
) -> str:
    """The highlighted article as one self-contained HTML block (inline CSS, no script).

    ``lenses`` picks the categories to show (default: every category present).
    ``toggles`` adds one on/off switch per lens (pure CSS); ``notes`` adds the
    numbered list of explanations under the text.
    """
    if not isinstance(annotated, AnnotatedArticle):
        raise KitError("render_html needs an AnnotatedArticle (use kit.annotate first)")
    shown = _check_lenses(annotated, lenses)
    uid = uid or _uid(annotated, shown)
    if not re.fullmatch(r"[A-Za-z][\w-]*", uid):
        raise KitError(f"a view id must be letters, digits, '-' or '_', not {uid!r}")
    marks, note_list = _marks(annotated, shown)
    styles = lens_styles(shown)
    counts = {c: len(annotated.of(c)) for c in shown}
    groups = max((m.group or 0 for m in marks), default=0)

    out = [f'<div class="kit-view" id="{uid}">']
    if include_css:
        out.append("<style>\n" + css_text() + "</style>")
    out.append("<style>\n" + _lens_css(uid, [styles[c] for c in shown], groups) + "\n</style>")
    for i, _ in enumerate(shown):
        out.append(
            f'<input type="checkbox" class="kit-toggle kit-t{i}" id="{uid}-t{i}" checked'
            f' aria-label="show {escape(lens_title(shown[i]))}">'
        )
    out.append(_legend(uid, shown, styles, counts, toggles))
    out.append('<div class="kit-body">')
    paragraphs = annotated.paragraphs or [(0, len(annotated.text))]
    for start, end in paragraphs:
        out.append(_paragraph_html(annotated.text, start, end, marks))
    out.append("</div>")
    if notes:
        out.append(_notes_html(note_list, styles))
    out.append("</div>")
    return "\n".join(out)


def _legend(
    uid: str, shown: list[str], styles: dict[str, LensStyle], counts: dict[str, int], toggles: bool
) -> str:
    if not shown:
        return '<div class="kit-legend"><span class="kit-empty">No marks found.</span></div>'
    keys = []
    for i, cat in enumerate(shown):
        name = escape(styles[cat].name)
        inner = f'<span class="sw{i}">{name}</span> <span class="kit-count">({counts[cat]})</span>'
        if toggles:
            keys.append(f'<label class="kit-key kit-switch" for="{uid}-t{i}">{inner}</label>')
        else:
            keys.append(f'<span class="kit-key">{inner}</span>')
    if "attribution" in shown:
        keys.append(
            '<span class="kit-key"><b>speaker</b> · <span style="outline:1.5px solid #555;'
            'padding:0 .15em">cue</span> · <span style="background:#dbeafe">content</span>'
            " share a number</span>"
        )
    hint = "Click a switch to hide a lens; hover or click a mark to read why."
    if not toggles:
        hint = "Hover or click a mark to read why."
    keys.append(f'<span class="kit-hint">{hint}</span>')
    return '<div class="kit-legend">' + "".join(keys) + "</div>"


def _notes_html(note_list: list[tuple], styles: dict[str, LensStyle]) -> str:
    if not note_list:
        return ""
    items = []
    for number, a, group, expl in note_list:
        head, _, rest = expl.partition("\n")
        tag = f" (attribution {group})" if group else ""
        items.append(
            f'<li value="{number}" style="border-left:4px {styles[a.category].line} '
            f'{styles[a.category].strong};padding-left:.4em">'
            f'<span class="kit-cat">{escape(head)}</span>{escape(tag)}<br>'
            + escape(rest).replace("\n", "<br>")
            + "</li>"
        )
    return (
        '<details class="kit-notes"><summary>Every mark explained ('
        f"{len(note_list)})</summary><ol>" + "".join(items) + "</ol></details>"
    )

"""The course's offline HTML edition: nbconvert pages with static widget snapshots.

nbconvert's templates load require.js, MathJax and the widget html-manager from a
CDN, which fails offline. Here each widget view output is replaced by a disabled,
read-only HTML snapshot rendered from the notebook's saved widget state (all text
escaped), the saved state is dropped, and every remote ``<script>``/``<link>`` is
removed, so a page needs no network.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from kit.errors import KitError

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_REF = "IPY_MODEL_"
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_URL = re.compile(r"(?:https?:)?//[\w.-]+\.\w+", re.I)
_EMPTY_SRC = re.compile(r"\bsrc\s*=\s*(?:\"\s*\"|'\s*')", re.I)
_UNSAFE_TAGS = ("script", "iframe", "object", "embed")

SNAPSHOT_CSS = """
.kit-widget-snapshot { border-left: 3px solid #c8c8c8; padding: 4px 8px; margin: 4px 0; }
.kit-widget-snapshot .kit-w-note { color: #666; font-size: 0.8em; font-style: italic; }
.kit-w-hbox { display: flex; flex-direction: row; flex-wrap: wrap; gap: 6px;
  align-items: flex-start; }
.kit-w-vbox { display: flex; flex-direction: column; gap: 4px; }
.kit-w-desc { margin-right: 6px; font-weight: 600; }
.kit-w-radio label, .kit-w-check label { display: block; }
.kit-w-toggles button[aria-pressed="true"] { font-weight: bold; background: #ddd; }
.kit-w-unknown { color: #666; font-style: italic; }
.kit-widget-snapshot button, .kit-widget-snapshot select, .kit-widget-snapshot input,
.kit-widget-snapshot textarea { cursor: not-allowed; }
/* WCAG AA contrast (4.5:1) for nbconvert's prompts and code comments */
.jp-InputPrompt, .jp-OutputPrompt { color: #3d3d3d !important; opacity: 1 !important; }
pre .c, pre .c1, pre .ch, pre .cm, pre .cp, pre .cpf, pre .cs { color: #2d5c5c !important; }
pre .m, pre .mi, pre .mf, pre .mh, pre .mo, pre .il { color: #006000 !important; }
"""


# --------------------------------------------------------------------------- snapshot


class Snapshot:
    """Render widget views from a notebook's saved widget state."""

    def __init__(self, state: dict[str, Any]):
        self.state = state

    def model(self, ref: Any) -> dict[str, Any] | None:
        if not isinstance(ref, str):
            return None
        model_id = ref[len(_REF) :] if ref.startswith(_REF) else ref
        return self.state.get(model_id)

    def view(self, model_id: str) -> str:
        """The snapshot of one widget view output."""
        body = self.render(model_id, depth=0)
        if not body:
            body = '<span class="kit-w-unknown">(a widget whose state was not saved)</span>'
        return (
            '<div class="kit-widget-snapshot" aria-disabled="true">'
            f"{body}"
            '<div class="kit-w-note">Snapshot of an interactive widget: '
            "open the notebook in Jupyter to use it.</div></div>"
        )

    def render(self, ref: Any, depth: int) -> str:
        entry = self.model(ref)
        if entry is None or depth > 50:
            return ""
        st = entry.get("state", {})
        if self._hidden(st):
            return ""
        name = st.get("_model_name") or entry.get("model_name", "")
        method = getattr(self, "_" + name.removesuffix("Model").lower(), None)
        inner = method(st, depth) if method else self._unknown(name)
        return inner

    # -- helpers
    def _hidden(self, st: dict[str, Any]) -> bool:
        layout = self.model(st.get("layout"))
        if layout is None:
            return False
        ls = layout.get("state", {})
        return ls.get("display") == "none" or ls.get("visibility") == "hidden"

    @staticmethod
    def _desc(st: dict[str, Any]) -> str:
        desc = st.get("description") or ""
        return f'<span class="kit-w-desc">{html.escape(str(desc))}</span>' if desc else ""

    @staticmethod
    def _labels(st: dict[str, Any]) -> list[str]:
        return [str(x) for x in st.get("_options_labels", [])]

    def _children(self, st: dict[str, Any], depth: int) -> list[str]:
        return [self.render(c, depth + 1) for c in st.get("children", [])]

    def _unknown(self, name: str) -> str:
        label = html.escape(name.removesuffix("Model") or "widget")
        return f'<span class="kit-w-unknown">(interactive {label})</span>'

    # -- containers
    def _box(self, st: dict[str, Any], depth: int, cls: str = "kit-w-vbox") -> str:
        return f'<div class="{cls}">{"".join(self._children(st, depth))}</div>'

    def _vbox(self, st: dict[str, Any], depth: int) -> str:
        return self._box(st, depth)

    def _hbox(self, st: dict[str, Any], depth: int) -> str:
        return self._box(st, depth, "kit-w-hbox")

    def _gridbox(self, st: dict[str, Any], depth: int) -> str:
        return self._box(st, depth, "kit-w-hbox")

    def _accordion(self, st: dict[str, Any], depth: int) -> str:
        titles = list(st.get("titles") or [])
        selected = st.get("selected_index")
        parts = []
        for i, child in enumerate(self._children(st, depth)):
            title = html.escape(str(titles[i])) if i < len(titles) and titles[i] else f"{i + 1}"
            is_open = " open" if selected == i else ""
            parts.append(f"<details{is_open}><summary>{title}</summary>{child}</details>")
        return f'<div class="kit-w-vbox">{"".join(parts)}</div>'

    def _tab(self, st: dict[str, Any], depth: int) -> str:
        titles = list(st.get("titles") or [])
        parts = []
        for i, child in enumerate(self._children(st, depth)):
            title = html.escape(str(titles[i])) if i < len(titles) and titles[i] else f"{i + 1}"
            parts.append(f'<section><h4 class="kit-w-tab">{title}</h4>{child}</section>')
        return f'<div class="kit-w-vbox">{"".join(parts)}</div>'

    def _stack(self, st: dict[str, Any], depth: int) -> str:
        children = self._children(st, depth)
        index = st.get("selected_index")
        return children[index] if isinstance(index, int) and 0 <= index < len(children) else ""

    # -- text and output
    def _html(self, st: dict[str, Any], depth: int) -> str:
        value = clean_html(str(st.get("value") or ""))
        return f'<div class="kit-w-html">{self._desc(st)}{value}</div>'

    _htmlmath = _html

    def _label(self, st: dict[str, Any], depth: int) -> str:
        return f'<span class="kit-w-label">{html.escape(str(st.get("value") or ""))}</span>'

    def _output(self, st: dict[str, Any], depth: int) -> str:
        return "".join(render_output(o, self, depth + 1) for o in st.get("outputs", []))

    # -- controls (all disabled)
    def _button(self, st: dict[str, Any], depth: int) -> str:
        text = html.escape(str(st.get("description") or ""))
        style = html.escape(str(st.get("button_style") or ""))
        return f'<button type="button" class="kit-w-button {style}" disabled>{text}</button>'

    def _togglebutton(self, st: dict[str, Any], depth: int) -> str:
        text = html.escape(str(st.get("description") or ""))
        pressed = "true" if st.get("value") else "false"
        return f'<button type="button" aria-pressed="{pressed}" disabled>{text}</button>'

    def _checkbox(self, st: dict[str, Any], depth: int) -> str:
        checked = " checked" if st.get("value") else ""
        text = html.escape(str(st.get("description") or ""))
        box = f'<input type="checkbox" disabled{checked}>'
        return f'<label class="kit-w-check">{box} {text}</label>'

    def _dropdown(self, st: dict[str, Any], depth: int) -> str:
        index = st.get("index")
        opts = "".join(
            f"<option{' selected' if i == index else ''}>{html.escape(label)}</option>"
            for i, label in enumerate(self._labels(st))
        )
        return f"<label>{self._desc(st)}<select disabled>{opts}</select></label>"

    def _select(self, st: dict[str, Any], depth: int, multiple: bool = False) -> str:
        index = st.get("index")
        chosen = set(index) if isinstance(index, list) else {index}
        opts = "".join(
            f"<option{' selected' if i in chosen else ''}>{html.escape(label)}</option>"
            for i, label in enumerate(self._labels(st))
        )
        rows = int(st.get("rows") or 5)
        multi = " multiple" if multiple else ""
        select = f'<select size="{rows}"{multi} disabled>{opts}</select>'
        return f"<label>{self._desc(st)}{select}</label>"

    def _selectmultiple(self, st: dict[str, Any], depth: int) -> str:
        return self._select(st, depth, multiple=True)

    def _radiobuttons(self, st: dict[str, Any], depth: int) -> str:
        index = st.get("index")
        items = "".join(
            f'<label><input type="radio" disabled{" checked" if i == index else ""}> '
            f"{html.escape(label)}</label>"
            for i, label in enumerate(self._labels(st))
        )
        return f'<fieldset class="kit-w-radio" disabled>{self._desc(st)}{items}</fieldset>'

    def _togglebuttons(self, st: dict[str, Any], depth: int) -> str:
        index = st.get("index")
        items = "".join(
            f'<button type="button" aria-pressed="{"true" if i == index else "false"}" disabled>'
            f"{html.escape(label)}</button>"
            for i, label in enumerate(self._labels(st))
        )
        return f'<div class="kit-w-toggles">{self._desc(st)}{items}</div>'

    def _text(self, st: dict[str, Any], depth: int) -> str:
        value = html.escape(str(st.get("value") if st.get("value") is not None else ""))
        hint = html.escape(str(st.get("placeholder") or ""))
        return (
            f'<label>{self._desc(st)}<input type="text" value="{value}" '
            f'placeholder="{hint}" disabled readonly></label>'
        )

    _combobox = _text
    _inttext = _text
    _floattext = _text
    _boundedinttext = _text
    _boundedfloattext = _text

    def _password(self, st: dict[str, Any], depth: int) -> str:
        return f'<label>{self._desc(st)}<input type="password" disabled readonly></label>'

    def _textarea(self, st: dict[str, Any], depth: int) -> str:
        value = html.escape(str(st.get("value") or ""))
        hint = html.escape(str(st.get("placeholder") or ""))
        rows = int(st.get("rows") or 4)
        return (
            f'<label>{self._desc(st)}<textarea rows="{rows}" placeholder="{hint}" '
            f"disabled readonly>{value}</textarea></label>"
        )

    def _slider(self, st: dict[str, Any], depth: int) -> str:
        value = st.get("value")
        shown = html.escape(" – ".join(map(str, value)) if isinstance(value, list) else str(value))
        return (
            f'<label>{self._desc(st)}<input type="range" min="{html.escape(str(st.get("min")))}" '
            f'max="{html.escape(str(st.get("max")))}" value="{html.escape(str(value))}" disabled>'
            f" <output>{shown}</output></label>"
        )

    _intslider = _slider
    _floatslider = _slider
    _intrangeslider = _slider
    _floatrangeslider = _slider
    _floatlogslider = _slider

    def _selectionslider(self, st: dict[str, Any], depth: int) -> str:
        labels = self._labels(st)
        index = st.get("index")
        shown = labels[index] if isinstance(index, int) and 0 <= index < len(labels) else ""
        return f"<label>{self._desc(st)}<output>{html.escape(shown)}</output></label>"

    def _progress(self, st: dict[str, Any], depth: int) -> str:
        value, top = st.get("value", 0), st.get("max", 100)
        return (
            f'<label>{self._desc(st)}<progress value="{html.escape(str(value))}" '
            f'max="{html.escape(str(top))}"></progress></label>'
        )

    _intprogress = _progress
    _floatprogress = _progress

    def _valid(self, st: dict[str, Any], depth: int) -> str:
        mark = "✔" if st.get("value") else "✘"
        return f"<span>{self._desc(st)}{mark}</span>"


def render_output(output: dict[str, Any], snap: Snapshot, depth: int) -> str:
    """One saved output (inside an Output widget) as static HTML."""
    kind = output.get("output_type")
    if kind == "stream":
        return f"<pre>{html.escape(str(_join(output.get('text', ''))))}</pre>"
    if kind == "error":
        text = f"{output.get('ename', '')}: {output.get('evalue', '')}"
        return f'<pre class="kit-w-error">{html.escape(text)}</pre>'
    data = output.get("data", {})
    if WIDGET_VIEW in data:
        return snap.render(data[WIDGET_VIEW].get("model_id"), depth)
    if "text/html" in data:
        return clean_html(_join(data["text/html"]))
    for mime in ("image/png", "image/jpeg"):
        if mime in data:
            payload = _join(data[mime]).replace("\n", "")
            return f'<img alt="figure" src="data:{mime};base64,{html.escape(payload)}">'
    if "text/plain" in data:
        return f"<pre>{html.escape(_join(data['text/plain']))}</pre>"
    return ""


def _join(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def clean_html(fragment: str) -> str:
    """HTML from a widget value with scripts, frames and event handlers removed."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, "html.parser")
    for tag in soup.find_all(_UNSAFE_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        for attr in list(tag.attrs):
            value = str(tag.attrs[attr])
            if attr.lower().startswith("on") or value.strip().lower().startswith("javascript:"):
                del tag.attrs[attr]
    return str(soup)


# --------------------------------------------------------------------------- pages


def snapshot_notebook(nb: Any) -> Any:
    """A copy of ``nb`` whose widget views are static snapshots and without widget state."""
    import copy

    out = copy.deepcopy(nb)
    state = out.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    snap = Snapshot(state)
    for cell in out.cells:
        for output in cell.get("outputs", []):
            data = output.get("data")
            if not data or WIDGET_VIEW not in data:
                continue
            model_id = data[WIDGET_VIEW].get("model_id", "")
            plain = data.get("text/plain")
            data.clear()
            data["text/html"] = snap.view(model_id)
            if plain is not None:
                data["text/plain"] = plain
    out.metadata.pop("widgets", None)
    return out


def offline_page(body: str) -> str:
    """Remove scripts and stylesheets that load from the network; add the snapshot style."""

    def script(match: re.Match[str]) -> str:
        attrs, code = match.group(1), match.group(2)
        remote = _URL.search(attrs) or _EMPTY_SRC.search(attrs) or _URL.search(code)
        return "" if remote else match.group(0)

    def link(match: re.Match[str]) -> str:
        return "" if _URL.search(match.group(0)) else match.group(0)

    body = _LINK.sub(link, _SCRIPT.sub(script, body))
    style = f"<style>{SNAPSHOT_CSS}</style>"
    return body.replace("</head>", style + "\n</head>", 1) if "</head>" in body else style + body


def page(nb: Any, title: str) -> str:
    """One notebook as an offline HTML page."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.require_js_url = ""
    exporter.mathjax_url = ""
    exporter.widget_renderer_url = ""
    nb = snapshot_notebook(nb)
    nb.metadata["title"] = title
    try:
        body, _ = exporter.from_notebook_node(nb)
    except Exception as err:  # nbconvert raises many kinds
        raise KitError(f"cannot convert {title} to HTML: {err}") from None
    return offline_page(body)


def _title(nb: Any, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip() or fallback
    return fallback


def _link_pages(body: str, notebooks: dict[str, Any]) -> str:
    """Links to other course notebooks point to their pages."""
    for name in notebooks:
        stem = html.escape(Path(name).stem)
        body = re.sub(
            rf'href="(\./)?{re.escape(stem)}\.ipynb(#[^"]*)?"', rf'href="{stem}.html\2"', body
        )
    return body


def write_html_edition(notebooks: dict[str, Any], out: Path, src: Path) -> list[Path]:
    """Write one page per notebook and an ``index.html`` into ``out``."""
    import shutil

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for path in src.iterdir():  # images and other files the pages may show
        if path.is_file() and path.suffix.lower() in (".png", ".jpg", ".jpeg", ".svg", ".gif"):
            shutil.copy2(path, out / path.name)
    written = []
    entries = []
    for name, nb in notebooks.items():
        title = _title(nb, Path(name).stem)
        target = out / (Path(name).stem + ".html")
        target.write_text(_link_pages(page(nb, title), notebooks), encoding="utf-8")
        written.append(target)
        entries.append(f'<li><a href="{html.escape(target.name)}">{html.escape(title)}</a></li>')
    index = out / "index.html"
    index.write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Reading the news critically: the course</title></head><body>"
        "<h1>Reading the news critically</h1>"
        "<p>The course as read-only pages. Widgets show a snapshot; open the notebooks "
        "in JupyterLab to use them.</p>"
        f"<ol>{''.join(entries)}</ol></body></html>\n",
        encoding="utf-8",
    )
    written.append(index)
    return written

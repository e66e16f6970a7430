"""Corpus mode: annotate a folder of articles into one JSON line per article, then
compare outlets with pandas.

>>> summary = annotate_many("data/outlets/articles", out="outlets.jsonl", jobs=2)
>>> print(summary)                       # annotated 12, skipped 0, failed 0
>>> frame = load_jsonl("outlets.jsonl")  # one row per article
>>> compare_outlets(frame, "roles")      # who gets quoted, per outlet

Each line of the output is the article's ``kit.annotations/1`` document
(:meth:`~kit.annotated.AnnotatedArticle.to_dict`, front-matter meta included)
with its ``file`` name first. The run is resumable: articles already in the
output are skipped, and a half-written last line left by a killed run is cut
off and its article annotated again. A file the kit cannot read (empty,
binary, undecodable, too large) is reported in one line and skipped; the run
goes on. ``python -m kit annotate-many FOLDER --out FILE.jsonl [--jobs N]``
is the same from the command line.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kit.annotated import SCHEMA, AnnotatedArticle, check_body
from kit.article import HTML_SUFFIXES, MARKDOWN_SUFFIXES, Article
from kit.errors import KitError
from kit.roles import ROLES, role_names, source_role

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: The fictional practice articles from two outlets (``data/outlets/``).
DATA = Path(__file__).resolve().parents[1] / "data"
#: The files a folder is searched for (the formats ``Article.from_path`` reads).
SUFFIXES = tuple(sorted(MARKDOWN_SUFFIXES | HTML_SUFFIXES | {".txt"}))
#: Articles handed to each worker process at a time with ``jobs > 1``.
BATCH = 4
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

Log = Callable[[str], None]


@dataclass
class CorpusSummary:
    """What one ``annotate_many`` run did."""

    out: Path
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"annotated {len(self.done)}, skipped {len(self.skipped)} "
            f"(already in {self.out.name}), failed {len(self.failed)}"
        )


# --------------------------------------------------------------------------- input


def article_files(paths_or_folder: str | Path | Iterable[str | Path]) -> list[tuple[str, Path]]:
    """(name, path) of every article to read, in a stable order.

    A folder gives its ``.md``, ``.txt`` and ``.html`` files (sub-folders too,
    hidden ones left out), each named by its path inside the folder; a file or
    a list of files gives each file under the path as written.
    """
    items = [paths_or_folder] if isinstance(paths_or_folder, str | Path) else list(paths_or_folder)
    found: list[tuple[str, Path]] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                raise KitError(f"no articles ({', '.join(SUFFIXES)}) in the folder {path}")
            found.extend((p.relative_to(path).as_posix(), p) for p in files)
        elif path.is_file():
            found.append((path.as_posix(), path))
        else:
            raise KitError(f"no such file or folder: {path}")
    names = [name for name, _ in found]
    if len(set(names)) != len(names):
        raise KitError("two articles have the same name; give one folder or distinct files")
    return found


def outlets_folder() -> Path:
    """The practice articles from two outlets on the same events: ``data/outlets/articles``.

    ``$KIT_DATA_DIR`` (a folder laid out like ``data/``) wins, as for the other practice data.
    """
    return Path(os.environ.get("KIT_DATA_DIR") or DATA) / "outlets" / "articles"


# --------------------------------------------------------------------------- output file


def _scan(path: Path) -> tuple[list[dict[str, Any]], int | None]:
    """The records of an output file, and where a half-written last line starts (if any)."""
    data = path.read_bytes()
    records: list[dict[str, Any]] = []
    lines = data.split(b"\n")
    pos = 0
    for number, line in enumerate(lines, start=1):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        is_last = not any(rest.strip() for rest in lines[number:])
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            if is_last:
                return records, start
            raise KitError(
                f"{path} line {number} is not valid JSON; it is not an annotate-many "
                "output, or it was damaged. Choose another output file."
            ) from None
        if not (isinstance(record, dict) and record.get("schema") == SCHEMA and "file" in record):
            raise KitError(
                f"{path} line {number} is not an annotate-many record; choose another output file."
            )
        records.append(record)
    return records, None


def _prepare_output(out: Path, log: Log) -> set[str]:
    """The names already in ``out``; cut off a half-written last line first."""
    if out.is_dir():
        raise KitError(f"{out} is a folder; give a file name for the output (.jsonl)")
    if not out.exists():
        return set()
    records, cut = _scan(out)
    if cut is not None:
        with out.open("r+b") as fh:
            fh.truncate(cut)
        log(f"kit: {out.name}: removed a half-written last line; that article is annotated again")
    elif out.stat().st_size and not out.read_bytes().endswith(b"\n"):
        with out.open("ab") as fh:
            fh.write(b"\n")
    return {str(r["file"]) for r in records}


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Every complete record of an ``annotate-many`` output (not a half-written last line)."""
    path = Path(path)
    if not path.is_file():
        raise KitError(f"no such file: {path}")
    return _scan(path)[0]


# --------------------------------------------------------------------------- the run


def _stderr(message: str) -> None:
    from tqdm import tqdm

    tqdm.write(message, file=sys.stderr)


def annotate_many(
    paths_or_folder: str | Path | Iterable[str | Path],
    out: str | Path,
    jobs: int = 1,
    *,
    progress: bool = True,
    log: Log | None = None,
    nlp: Any = None,
) -> CorpusSummary:
    """Annotate every article of a folder (or a list of files) into the JSON-lines file ``out``.

    ``jobs`` worker processes run ``nlp.pipe`` (``n_process=jobs``); ``progress``
    shows a tqdm bar on standard error; ``log`` receives each one-line message
    (a skipped bad file, a repaired output), by default printed to standard error.
    """
    from tqdm import tqdm

    from kit.pipeline import load_pipeline

    if not isinstance(jobs, int) or jobs < 1:
        raise KitError(f"jobs must be a whole number of at least 1 (got {jobs!r})")
    log = log or _stderr
    files = article_files(paths_or_folder)
    out = Path(out)
    done = _prepare_output(out, log)
    summary = CorpusSummary(out=out, skipped=[name for name, _ in files if name in done])
    todo = [(name, path) for name, path in files if name not in done]
    if not todo:
        return summary
    nlp = nlp or load_pipeline()
    bar = tqdm(
        total=len(files),
        initial=len(summary.skipped),
        unit="article",
        desc="kit annotate-many",
        disable=not progress,
        file=sys.stderr,
        dynamic_ncols=True,
    )

    def docs() -> Iterator[tuple[Any, tuple[str, dict[str, Any]]]]:
        for name, path in todo:
            try:
                article = Article.from_path(path)
                body = check_body(article.body)
            except KitError as err:
                summary.failed.append((name, str(err)))
                log(f"kit: skipped {name}: {err}")
                bar.update()
                continue
            doc = nlp.make_doc(body)
            doc._.kit_outlet = article.meta.get("outlet")
            yield doc, (name, article.meta)

    try:
        with out.open("a", encoding="utf-8") as fh:
            for doc, (name, meta) in nlp.pipe(
                docs(), as_tuples=True, n_process=jobs, batch_size=BATCH
            ):
                record = {"file": name, **AnnotatedArticle.from_doc(doc, meta).to_dict()}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                fh.flush()
                summary.done.append(name)
                bar.update()
    finally:
        bar.close()
    return summary


# --------------------------------------------------------------------------- frames


def word_count(text: str) -> int:
    """Words in ``text`` ("don't" and "well-known" are one word each)."""
    return len(_WORD.findall(text))


def article_row(record: dict[str, Any]) -> dict[str, Any]:
    """The per-article figures of one record (see :func:`load_jsonl`)."""
    meta = record.get("meta") or {}
    annotations = record.get("annotations") or []
    sources = {s["canonical"]: s for s in record.get("sources") or []}
    attributions = [a for a in annotations if a["category"] == "attribution"]
    words = word_count(record.get("text", ""))
    row: dict[str, Any] = {
        "file": record["file"],
        "outlet": meta.get("outlet"),
        "event": meta.get("event"),
        "headline": meta.get("headline"),
        "published": meta.get("published"),
        "words": words,
        "sources": len(sources),
        "attributions": len(attributions),
    }
    roles = dict.fromkeys(ROLES, 0)
    for a in attributions:
        canonical = (a.get("speaker") or {}).get("canonical")
        roles[source_role(sources.get(canonical) or {"canonical": canonical or ""})] += 1
    row.update(roles)
    for kind in ("direct", "indirect", "mixed"):
        row[kind] = sum(a["label"] == kind for a in attributions)
    for category, column in (("hedge", "hedges"), ("booster", "boosters"), ("loaded", "loaded")):
        row[column] = sum(a["category"] == category for a in annotations)
    for column in ("hedges", "boosters", "loaded"):
        row[f"{column}_per_1000"] = round(1000 * row[column] / words, 1) if words else 0.0
    return row


def load_jsonl(path: str | Path) -> pd.DataFrame:
    """One row per article of an ``annotate-many`` output.

    Columns: ``file``, ``outlet``, ``event``, ``headline``, ``published``,
    ``words``, ``sources``, ``attributions``; attributions by the role of their
    source (``official``, ``expert``, ``ordinary``, ``anonymous``, ``other``;
    see :mod:`kit.roles`); by kind (``direct``, ``indirect``, ``mixed``);
    ``hedges``, ``boosters``, ``loaded`` and each of them per 1,000 words.
    """
    import pandas as pd

    rows = [article_row(r) for r in read_records(path)]
    frame = pd.DataFrame(rows, columns=_COLUMNS)
    return frame.sort_values(["event", "outlet", "file"], kind="stable").reset_index(drop=True)


_COLUMNS = [
    "file", "outlet", "event", "headline", "published", "words", "sources", "attributions",
    *ROLES, "direct", "indirect", "mixed", "hedges", "boosters", "loaded",
    "hedges_per_1000", "boosters_per_1000", "loaded_per_1000",
]  # fmt: skip


def quotes_frame(path: str | Path) -> pd.DataFrame:
    """One row per attribution: outlet, event, source, its type and role, and the kind."""
    import pandas as pd

    rows = []
    for record in read_records(path):
        meta = record.get("meta") or {}
        sources = {s["canonical"]: s for s in record.get("sources") or []}
        for a in record.get("annotations") or []:
            if a["category"] != "attribution":
                continue
            canonical = (a.get("speaker") or {}).get("canonical") or ""
            source = sources.get(canonical) or {"canonical": canonical}
            rows.append(
                {
                    "file": record["file"],
                    "outlet": meta.get("outlet"),
                    "event": meta.get("event"),
                    "source": canonical,
                    "type": source.get("type", ""),
                    "description": source.get("description", ""),
                    "role": source_role(source),
                    "kind": a["label"],
                }
            )
    columns = ["file", "outlet", "event", "source", "type", "description", "role", "kind"]
    return pd.DataFrame(rows, columns=columns)


MEASURES = ("roles", "kinds", "certainty", "loaded")


def compare_outlets(
    frame: pd.DataFrame, measure: str = "roles", by: str = "outlet"
) -> pd.DataFrame:
    """One row per outlet (or ``by`` column), summed over its articles.

    ``measure``: ``roles`` (percent of attributions by source role), ``kinds``
    (percent direct, indirect, mixed), ``certainty`` (hedges and boosters per
    1,000 words) or ``loaded`` (loaded marks per 1,000 words). Rates come from
    the totals, so a long article counts for more than a short one.
    """
    import pandas as pd

    if measure not in MEASURES:
        raise KitError(f"unknown measure {measure!r}: choose from {', '.join(MEASURES)}")
    if by not in frame.columns:
        raise KitError(f"the frame has no column {by!r}")
    totals = frame.groupby(by, sort=True).sum(numeric_only=True)
    table = pd.DataFrame(index=totals.index)
    table["articles"] = frame.groupby(by, sort=True).size()
    if measure in ("roles", "kinds"):
        table["attributions"] = totals["attributions"]
        names = role_names() if measure == "roles" else {}
        columns = ROLES if measure == "roles" else ("direct", "indirect", "mixed")
        for col in columns:
            share = 100 * totals[col] / totals["attributions"].where(totals["attributions"] > 0)
            table[f"% {names.get(col, col)}"] = share.fillna(0).round(1)
    else:
        table["words"] = totals["words"]
        wanted = ("hedges", "boosters") if measure == "certainty" else ("loaded",)
        for col in wanted:
            rate = 1000 * totals[col] / totals["words"].where(totals["words"] > 0)
            table[f"{col} per 1,000 words"] = rate.fillna(0).round(1)
    return table


def by_event(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """``column`` per event (rows) and outlet (columns): the same story, side by side."""
    if column not in frame.columns:
        raise KitError(f"the frame has no column {column!r}")
    return frame.pivot_table(index="event", columns="outlet", values=column, aggfunc="sum")

"""``python -m kit doctor``: check the set-up and explain each problem in one line.

Each check returns ``None`` when all is well or one sentence saying what is wrong
and what to do. The checks use the kit's own resolution functions
(:data:`kit.pipeline.MODEL_PACKAGES`, :func:`kit.widgets.truth.data_dir`,
:func:`kit.progress.default_folder`), so they see what the course will see.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

#: The spaCy release line the kit, its components and its model are built for.
SPACY_SERIES = (3, 8)
FIX_INSTALL = "run `make install` (or `pip install -r requirements/dev.txt`)"


def spacy_version() -> str:
    """The installed spaCy's version, without importing the whole library."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("spacy")
    except PackageNotFoundError:
        return ""


def check_spacy() -> str | None:
    found = spacy_version()
    want = ".".join(map(str, SPACY_SERIES))
    if not found:
        return f"spaCy is not installed; the kit needs spaCy {want}.x: {FIX_INSTALL}"
    parts = found.split(".")
    if tuple(int(p) if p.isdigit() else -1 for p in parts[:2]) != SPACY_SERIES:
        return f"spaCy {found} is installed but the kit needs spaCy {want}.x: {FIX_INSTALL}"
    return None


def installed_model() -> str | None:
    """The first of the kit's model packages that is installed, or ``None``."""
    from kit.pipeline import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            if importlib.util.find_spec(name) is not None:
                return name
        except (ImportError, ValueError):
            continue
    return None


def check_model() -> str | None:
    from kit.pipeline import INSTALL_HINT

    if installed_model() is None:
        return INSTALL_HINT
    return None


def check_pipeline() -> str | None:
    """Load the model and the kit's components (only when the checks above passed)."""
    from kit.errors import KitError
    from kit.pipeline import load_pipeline

    try:
        load_pipeline()
    except KitError as exc:
        return str(exc)
    except Exception as exc:  # a model from another spaCy release, a broken install
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"the spaCy model could not be loaded ({first}): {FIX_INSTALL}"
    return None


def check_data(folder: Path | None = None) -> str | None:
    """The practice articles and answer keys can be listed and read."""
    from kit.widgets.truth import data_dir

    base = Path(folder) if folder is not None else data_dir()
    hint = "set KIT_DATA_DIR to the kit's data/ folder, or unset it to use the default"
    try:
        if not base.is_dir():
            return f"the data folder {base} does not exist or is not a folder: {hint}"
        for sub, pattern in (("articles", "*.md"), ("answers", "*.yaml")):
            files = sorted((base / sub).glob(pattern)) if (base / sub).is_dir() else []
            if not files:
                return f"the data folder {base} has no {sub}/{pattern} files: {hint}"
            files[0].read_bytes()
    except OSError as exc:
        return f"the data folder {base} cannot be read ({exc.strerror or exc}): {hint}"
    return None


def check_progress(folder: Path | None = None) -> str | None:
    """Answers can be saved: the progress folder (or the folder it will be made in) is
    writable. Nothing is left behind."""
    from kit.progress import ENV_DIR, default_folder

    base = Path(folder) if folder is not None else default_folder()
    hint = f"set {ENV_DIR} to a folder you can write to"
    existing = base
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        if not existing.is_dir():
            return f"the progress folder {base} cannot be made ({existing} is a file): {hint}"
        fd, probe = tempfile.mkstemp(prefix=".kit-doctor-", dir=existing)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return f"the progress folder {base} is not writable ({exc.strerror or exc}): {hint}"
    return None


CHECKS: tuple[tuple[str, Callable[[], str | None]], ...] = (
    ("spacy", check_spacy),
    ("model", check_model),
    ("pipeline", check_pipeline),
    ("data", check_data),
    ("progress", check_progress),
)


def comment_model_note(nlp: object) -> str:
    """One line on the writer's-comment model: whether it reads the parser's context
    columns (only under the parse model it was trained with) or words and features alone."""
    loaded = nlp.get_pipe("kit_loaded")  # type: ignore[attr-defined]
    model = loaded.commentary
    if not model.context:
        return "writer's-comment model: words and features only (trained without context columns)"
    if loaded.context:
        return f"writer's-comment model: context columns in use (learned with {model.parser})"
    from kit.lenses.loaded_commentary import parser_of

    return (
        f"writer's-comment model: context columns not in use (learned with {model.parser}, "
        f"this pipeline parses with {parser_of(nlp)}); words and features decide alone, so "
        "loaded marks may differ a little from the figures in docs/evaluation.md"
    )


def diagnose() -> dict[str, str | None]:
    """Every check's problem (``None`` if fine); the pipeline is loaded only if spaCy
    and the model are right."""
    problems: dict[str, str | None] = {}
    for name, check in CHECKS:
        if name == "pipeline" and (problems["spacy"] or problems["model"]):
            continue
        problems[name] = check()
    return problems

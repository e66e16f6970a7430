"""The one lexicon loader: every YAML word list of the kit is read here.

A component option names a lexicon the same way everywhere (as medspaCy's
ConText does): ``"default"`` for the file that ships in ``kit/lexicons/``, a
bare name such as ``"hedges"`` for ``kit/lexicons/hedges.yaml``, or a path to
a YAML file. Each file must open with a comment header that says where the
list's idea comes from (a line containing "where the idea comes from").
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

import yaml

from kit.errors import KitError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
PROVENANCE = "where the idea comes from"

#: libyaml's parser where PyYAML was built with it (its wheels are): the same safe
#: constructor and resolver as ``yaml.SafeLoader``, so the same values (compared on every
#: YAML file and front matter in the project), and about nine times faster on the large
#: lexicons and answer keys, which every pipeline load and key reading parses
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the fastest safe loader this PyYAML has."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


def lexicon_path(spec: str | Path, default: str) -> Path:
    """The file a lexicon option names: "default", a bare name, or a path."""
    text = str(spec)
    if text == "default":
        text = default
    if "/" not in text and "\\" not in text and not text.endswith((".yaml", ".yml")):
        return LEXICON_DIR / f"{text}.yaml"
    return Path(text)


def read_text(spec: str | Path, default: str) -> str:
    """The lexicon's YAML text, with a clear error if the file is missing."""
    path = lexicon_path(spec, default)
    if not path.is_file():
        raise KitError(f"the lexicon {path} is missing")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=64)
def parse(text: str, where: str) -> dict[str, Any]:
    """Parse a lexicon's YAML text (checked for its provenance header); cached by text."""
    header = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    if PROVENANCE not in header.lower():
        raise KitError(
            f"the lexicon {where} needs a header comment saying where the list's idea "
            f"comes from (a line with 'Where the idea comes from:')"
        )
    try:
        data = load_yaml(text)
    except yaml.YAMLError as err:
        raise KitError(f"the lexicon {where} is not valid YAML: {err}") from err
    if not isinstance(data, dict):
        raise KitError(f"the lexicon {where} must be a YAML mapping")
    return data


def load(spec: str | Path, default: str) -> dict[str, Any]:
    """Read and parse the lexicon an option names."""
    return parse(read_text(spec, default), lexicon_path(spec, default).name)


def words(data: dict[str, Any], key: str, field: str = "word") -> list[str]:
    """The lower-cased ``field`` of every entry under ``key``."""
    return [str(e[field]).lower() for e in data.get(key) or []]


class LexiconStore:
    """The YAML texts a component was built from, saved beside it by ``nlp.to_disk``.

    ``texts`` maps each lexicon option to its text; ``None`` when the file named
    in the config is absent (a pipeline loaded elsewhere fills it ``from_disk``).
    """

    def __init__(self, specs: dict[str, tuple[str, str]]) -> None:
        self.specs = specs  # option -> (spec, default name)
        self.texts: dict[str, str | None] = {}
        self.missing: dict[str, str] = {}
        for option, (spec, default) in specs.items():
            try:
                self.texts[option] = read_text(spec, default)
            except KitError as err:
                self.texts[option] = None
                self.missing[option] = str(err)

    @property
    def ready(self) -> bool:
        return not self.missing

    def data(self, option: str) -> dict[str, Any]:
        text = self.texts[option]
        if text is None:
            raise KitError(self.missing[option])
        return parse(text, lexicon_path(*self.specs[option]).name)

    def to_disk(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for option, text in self.texts.items():
            if text is None:
                raise KitError(self.missing[option])
            (path / f"{option}.yaml").write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path) -> None:
        path = Path(path)
        for option in self.specs:
            file = path / f"{option}.yaml"
            if file.is_file():
                self.texts[option] = file.read_text(encoding="utf-8")
                self.missing.pop(option, None)



class LexiconComponent(ABC):
    """What the four lens components share: the lexicons they are built from travel with
    the pipeline (``nlp.to_disk`` / ``spacy.load``), and a component whose lexicon file is
    missing says so clearly when it first runs.

    A subclass calls :meth:`_use_lexicons` in ``__init__`` and compiles its word lists in
    ``_build`` (at creation, or again after ``from_disk``).
    """

    store: LexiconStore

    def _use_lexicons(self, specs: dict[str, tuple[str, str]]) -> None:
        self.store = LexiconStore(specs)
        if self.store.ready:
            self._build()

    @abstractmethod
    def _build(self) -> None:
        """Compile the component's word lists from ``self.store`` (each lens its own)."""

    def _require_lexicons(self) -> None:
        """Raise the clear error of the first lexicon that could not be read."""
        if not self.store.ready:
            self.store.data(next(iter(self.store.missing)))

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        """Save the lexicons beside the component (``nlp.to_disk``)."""
        self.store.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> Self:
        """Load the saved lexicons (``spacy.load``)."""
        self.store.from_disk(path)
        self._build()
        return self


def _category(name: str, key: str) -> list[str]:
    data = load(name, name)
    entry = data.get(key)
    if not isinstance(entry, dict) or not isinstance(entry.get("words"), list):
        raise KitError(f"the lexicon {name}.yaml has no word category {key!r}")
    return [str(word) for word in entry["words"]]


def word_set(name: str, key: str) -> frozenset[str]:
    """One category of a word-class lexicon (``kit/lexicons/<name>.yaml``), as a set."""
    return frozenset(_category(name, key))


def ordered_words(name: str, key: str) -> tuple[str, ...]:
    """One category of a word-class lexicon, in the order the file lists it."""
    return tuple(_category(name, key))


def verbs_with_preps(name: str, *keys: str) -> dict[str, frozenset[str]]:
    """Categories of verb entries ("ask for", "explain"): each verb with the prepositions
    it needs (an empty set: any use of it), merged over ``keys``."""
    verbs: dict[str, frozenset[str]] = {}
    for key in keys:
        for entry in _category(name, key):
            verb, *preps = entry.split()
            verbs[verb] = verbs.get(verb, frozenset()) | set(preps)
    return verbs


def load_entries(spec: str | Path) -> dict[str, Any]:
    """A word list ("hedges" or a path) that must hold a top-level ``entries:`` list."""
    data = load(spec, str(spec))
    if not isinstance(data.get("entries"), list):
        where = lexicon_path(spec, str(spec)).name
        raise KitError(f"word list {where} needs a top-level 'entries:' list")
    return data

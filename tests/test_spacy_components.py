"""The lenses as ordinary spaCy components: built from a config, saved, loaded elsewhere.

Tested the way spaCy's span_ruler and negspacy test themselves: a pipeline from
a config string, run on a real article, saved with ``nlp.to_disk`` and loaded
in a fresh process (``sys.executable``) that must give identical spans.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from thinc.api import Config

from kit.article import Article
from kit.errors import KitError
from kit.lexicon import LEXICON_DIR
from kit.pipeline import (
    KIT_COMPONENTS,
    MODEL_PACKAGES,
    POST_MODEL_COMPONENTS,
    PRE_MODEL_COMPONENTS,
    PRE_PARSER_COMPONENTS,
    load_model,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "data" / "articles" / "wire_aren_dam_filling.md"
GROUPS = ("attributions", "hedges", "boosters", "loaded")

CONFIG = """
[components]

[components.kit_lemmas]
factory = "kit_lemmas"

[components.kit_joined_names]
factory = "kit_joined_names"

[components.kit_attribution]
factory = "kit_attribution"
cues = "default"
titles = "default"
min_speech_words = 4
spans_key = "attributions"

[components.kit_sourcing]
factory = "kit_sourcing"
types = "default"
titles = "default"
attributions_key = "attributions"

[components.kit_hedging]
factory = "kit_hedging"
hedges = "default"
boosters = "default"
hedges_key = "hedges"
boosters_key = "boosters"

[components.kit_loaded]
factory = "kit_loaded"
words = "default"
claims = "default"
merge_intensifiers = false
spans_key = "loaded"
"""

#: Run in a fresh interpreter: load a saved pipeline, annotate, print the spans.
LOAD_AND_DUMP = f"""
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(open(sys.argv[2], encoding="utf-8").read())
print(json.dumps({{g: [[s.start_char, s.end_char, s.label_] for s in doc.spans[g]]
                  for g in {GROUPS!r}}}))
"""

#: Run in a fresh interpreter that never imports kit: spaCy finds the factories
#: through the package's ``spacy_factories`` entry points.
ADD_WITHOUT_IMPORT = f"""
import importlib, spacy
for name in {MODEL_PACKAGES!r}:
    try:
        nlp = importlib.import_module(name).load()
        break
    except ImportError:
        continue
for component in {PRE_MODEL_COMPONENTS!r}:
    nlp.add_pipe(component, first=True)
for component in {PRE_PARSER_COMPONENTS!r}:
    nlp.add_pipe(component, before="parser")
for component in {POST_MODEL_COMPONENTS!r} + {KIT_COMPONENTS!r}:
    nlp.add_pipe(component)
doc = nlp("Officials said the plan might fail, a shameful outcome.\\n\\nNo date was set. "
          "The warden, Dr Ilse Brannagh-Tully, said it was late.")
print(len(doc.spans["attributions"]), len(doc.spans["hedges"]), len(doc.spans["loaded"]),
      len(list(doc.sents)), doc.spans["attributions"][-1]._.kit_canonical.replace(" ", "_"))
"""


def spans_of(doc) -> dict[str, list[list]]:
    return {g: [[s.start_char, s.end_char, s.label_] for s in doc.spans[g]] for g in GROUPS}


def pipeline_from_config(text: str):
    """The English model plus the kit's components as the config string describes them."""
    nlp = load_model()
    for name, settings in Config().from_str(text)["components"].items():
        settings = dict(settings)
        nlp.add_pipe(settings.pop("factory"), name=name, config=settings)
    return nlp


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_config_pipeline_saves_and_loads_in_a_fresh_process(tmp_path):
    nlp = pipeline_from_config(CONFIG)
    body = Article.load(ARTICLE).body
    doc = nlp(body)
    expected = spans_of(doc)
    assert expected["attributions"] and expected["hedges"] and expected["loaded"]
    assert doc._.kit_sources and all(s["canonical"] for s in doc._.kit_sources)

    out = tmp_path / "pipeline"
    nlp.to_disk(out)
    config = (out / "config.cfg").read_text(encoding="utf-8")
    assert str(LEXICON_DIR) not in config and str(ROOT) not in config
    for component, files in {
        "kit_attribution": ("cues.yaml", "titles.yaml"),
        "kit_sourcing": ("types.yaml", "titles.yaml"),
        "kit_hedging": ("hedges.yaml", "boosters.yaml"),
        "kit_loaded": ("words.yaml", "claims.yaml"),
    }.items():
        for file in files:
            assert (out / component / file).read_text(encoding="utf-8").startswith("#")

    (tmp_path / "body.txt").write_text(body, encoding="utf-8")
    done = run(LOAD_AND_DUMP, str(out), str(tmp_path / "body.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected


def test_saved_pipeline_keeps_a_custom_lexicon_it_no_longer_finds(tmp_path):
    custom = tmp_path / "my_hedges.yaml"  # a path ending in .yaml (no ".yaml.yaml")
    custom.write_text(
        (LEXICON_DIR / "hedges.yaml").read_text(encoding="utf-8")
        + "  - term: in all likelihood\n    label: phrase\n"
        "    explanation: \"'{text}' marks a probability.\"\n",
        encoding="utf-8",
    )
    nlp = pipeline_from_config(CONFIG.replace('hedges = "default"', f'hedges = "{custom}"'))
    text = "In all likelihood the vote will pass."
    doc = nlp(text)
    assert [s.text for s in doc.spans["hedges"]] == ["In all likelihood"]
    out = tmp_path / "pipeline"
    nlp.to_disk(out)
    custom.unlink()  # the saved pipeline carries its own copy of the word list
    (tmp_path / "body.txt").write_text(text, encoding="utf-8")
    done = run(LOAD_AND_DUMP, str(out), str(tmp_path / "body.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["hedges"] == [[0, 17, "phrase"]]


def test_a_missing_lexicon_is_a_clear_error_when_the_lens_runs(tmp_path):
    nlp = pipeline_from_config(
        CONFIG.replace('hedges = "default"', f'hedges = "{tmp_path / "nothere.yaml"}"')
    )
    with pytest.raises(KitError, match="nothere.yaml is missing"):
        nlp("Officials said the plan might fail.")


def test_add_pipe_works_in_a_process_that_never_imports_kit(tmp_path):
    done = run(ADD_WITHOUT_IMPORT, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    *counts, canonical = done.stdout.split()
    attributions, hedges, loaded, sentences = map(int, counts)
    assert attributions == 2 and hedges == 1 and loaded == 1
    assert sentences == 3  # kit_paragraphs: the blank line ends the first sentence
    assert canonical == "Ilse_Brannagh-Tully"  # kit_joined_names: the joined name is a name


def test_analyze_pipes_shows_what_each_lens_needs_and_writes():
    nlp = pipeline_from_config(CONFIG)
    analysis = nlp.analyze_pipes()
    summary = analysis["summary"]
    assert "doc._.kit_speakers" in summary["kit_attribution"]["assigns"]
    assert "doc._.kit_speakers" in summary["kit_sourcing"]["requires"]
    assert "doc._.kit_sources" in summary["kit_sourcing"]["assigns"]
    assert "token.dep" in summary["kit_attribution"]["requires"]
    assert "span._.kit_neutral" in summary["kit_loaded"]["assigns"]
    assert not analysis["problems"]["kit_sourcing"]  # attribution assigns what it needs
    assert all(analysis["problems"][name] == [] for name in KIT_COMPONENTS)


def test_the_lenses_leave_no_working_caches_on_the_doc(nlp):
    # sentence bounds and the joined text are kept only while a lens runs: a doc sent
    # between processes or saved carries the marks, not the lenses' scratch data
    doc = nlp('The mayor said the plan was "a disgrace". Surely nobody believes that?')
    assert not [k for k in doc.user_data if isinstance(k, str) and k.startswith("kit_")]

"""kit.lexicon.load_yaml (libyaml's safe loader) reads the kit's data as yaml.safe_load does."""

from __future__ import annotations

import pytest
import yaml

from kit.errors import KitError
from kit.lexicon import LEXICON_DIR, load_yaml, parse


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_lexicon_reads_the_same_as_with_the_python_loader(path):
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_tricky_scalars_read_the_same():
    text = (
        "a: no\nb: 'no'\nc: 2021-03-18\nd: 1e3\ne: ~\nf: 0o17\ng: 'It''s'\n"
        "h: \"caf\\u00e9 \\u201cquoted\\u201d\"\ni: [yes, On, off]\nj: |\n  two\n  lines\n"
    )
    assert load_yaml(text) == yaml.safe_load(text)
    assert load_yaml(text)["a"] is False and load_yaml(text)["b"] == "no"


def test_no_python_objects_are_built():
    with pytest.raises(yaml.YAMLError):
        load_yaml("x: !!python/object/apply:os.system ['true']\n")


def test_a_broken_lexicon_is_a_clear_error_naming_the_file():
    text = "# Where the idea comes from: a test.\nentries:\n  - word: [unclosed\n"
    where = r"(?s)the lexicon broken\.yaml is not valid YAML.*line 3, column 11"
    with pytest.raises(KitError, match=where):
        parse(text, "broken.yaml")

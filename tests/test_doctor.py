"""``python -m kit doctor``: each failure it can detect, explained in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kit.doctor
import kit.pipeline
from kit import cli


def run_doctor(capsys) -> tuple[int, str, str]:
    code = cli.main(["doctor"])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(code: int, err: str, *words: str) -> str:
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kit: error: ")
    assert "Traceback" not in err
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def test_a_healthy_set_up_says_what_it_checked(capsys, nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(tmp_path / "progress"))
    code, out, err = run_doctor(capsys)
    assert (code, err) == (0, "")
    assert out.startswith("kit: model en_core_web_sm") and "-3.8.0; pipeline: " in out
    assert "kit_attribution" in out and "kit_loaded" in out
    assert f"progress {tmp_path / 'progress'}: ok" in out
    assert not (tmp_path / "progress").exists()  # the check leaves nothing behind
    assert "writer's-comment model: context columns in use (learned with core_web_sm 3.8.0)" in out


def test_a_different_parse_model_is_named(nlp, monkeypatch):
    """Under a parse model other than the one the comment model learned from, the doctor
    says its context columns are left out, naming both models."""
    loaded = nlp.get_pipe("kit_loaded")
    monkeypatch.setattr(loaded, "context", False)
    monkeypatch.setitem(nlp.meta, "version", "3.9.9")
    note = kit.doctor.comment_model_note(nlp)
    assert note.startswith("writer's-comment model: context columns not in use")
    assert "learned with core_web_sm 3.8.0" in note and "parses with core_web_sm 3.9.9" in note


def test_no_model(capsys, monkeypatch):
    monkeypatch.setattr(kit.pipeline, "MODEL_PACKAGES", ("no_such_model_pkg",))
    code, _, err = run_doctor(capsys)
    one_error_line(code, err, "No English spaCy model is installed", "make install")


@pytest.mark.parametrize("version", ["3.7.5", "4.0.0", "2.3.9", ""])
def test_wrong_spacy_version(capsys, monkeypatch, version):
    monkeypatch.setattr(kit.doctor, "spacy_version", lambda: version)
    code, _, err = run_doctor(capsys)
    line = one_error_line(code, err, "the kit needs spaCy 3.8.x", "make install")
    assert (version or "not installed") in line


def test_a_model_that_does_not_load(capsys, monkeypatch):
    def broken():
        raise OSError("[E050] Can't find model 'en_core_web_sm'")

    # the doctor loads the pipeline through kit.pipeline.load_pipeline (cached per
    # process); replacing it keeps the session's cached pipeline intact for other tests
    monkeypatch.setattr(kit.pipeline, "load_pipeline", broken)
    code, _, err = run_doctor(capsys)
    one_error_line(code, err, "could not be loaded", "E050")


@pytest.mark.parametrize("kind", ["missing", "a file", "no articles", "articles is a file"])
def test_unreadable_data_folder(capsys, monkeypatch, tmp_path, nlp, kind):
    folder = tmp_path / "data"
    if kind == "a file":
        folder.write_text("not a folder")
    elif kind == "no articles":
        (folder / "answers").mkdir(parents=True)
    elif kind == "articles is a file":
        folder.mkdir()
        (folder / "articles").write_text("oops")
    monkeypatch.setenv("KIT_DATA_DIR", str(folder))
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(tmp_path / "progress"))
    code, _, err = run_doctor(capsys)
    one_error_line(code, err, f"the data folder {folder}", "KIT_DATA_DIR")


def test_data_folder_without_permission(capsys, monkeypatch, tmp_path, nlp):
    """A data folder whose files cannot be opened (as root, chmod cannot show it)."""
    folder = tmp_path / "data"
    (folder / "articles").mkdir(parents=True)
    (folder / "answers").mkdir()
    (folder / "articles" / "a.md").write_text("x")
    (folder / "answers" / "a.yaml").write_text("x")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setenv("KIT_DATA_DIR", str(folder))
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(tmp_path / "progress"))
    code, _, err = run_doctor(capsys)
    one_error_line(code, err, "cannot be read (Permission denied)", "KIT_DATA_DIR")


def test_progress_folder_not_writable(capsys, monkeypatch, tmp_path, nlp):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(blocker / "progress"))
    code, _, err = run_doctor(capsys)
    one_error_line(code, err, "the progress folder", "KIT_PROGRESS_DIR")


def test_every_problem_at_once_in_a_subprocess(tmp_path, root):
    """A fresh process with bad folders in the environment and no model: one line each."""
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    env = {
        "PYTHONPATH": str(root),
        "PATH": "/usr/bin:/bin",
        "KIT_DATA_DIR": str(tmp_path / "nowhere"),
        "KIT_PROGRESS_DIR": str(blocker / "progress"),
    }
    code = (
        "import sys, kit.pipeline as p; p.MODEL_PACKAGES = ('no_such_model_pkg',); "
        "from kit.cli import main; sys.exit(main(['doctor']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 3, result.stderr
    assert all(line.startswith("kit: error: ") for line in lines)
    assert "No English spaCy model" in lines[0]
    assert "the data folder" in lines[1] and "the progress folder" in lines[2]

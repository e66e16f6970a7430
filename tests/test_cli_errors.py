"""Bad input through ``python -m kit annotate``: one clear line, non-zero exit, no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kit import cli
from kit.annotated import MAX_CHARS


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, words: str) -> None:
    assert code != 0
    assert out == ""
    assert err.startswith("kit: error: ") and err.endswith("\n")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert words in err


def test_missing_file(capsys, tmp_path):
    code, out, err = run_main(capsys, "annotate", str(tmp_path / "nope.txt"))
    assert_one_line_error(code, out, err, "no such file")


def test_directory(capsys, tmp_path):
    code, out, err = run_main(capsys, "annotate", str(tmp_path))
    assert_one_line_error(code, out, err, "is a directory")


@pytest.mark.parametrize("content", ["", "   \n\n\t  \n"])
def test_empty_or_whitespace_file(capsys, tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    code, out, err = run_main(capsys, "annotate", str(path))
    assert_one_line_error(code, out, err, "empty")


def test_binary_file(capsys, tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    code, out, err = run_main(capsys, "annotate", str(path))
    assert_one_line_error(code, out, err, "looks like a binary file")


def test_undecodable_file(capsys, tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("北京市政府周一宣布了新的交通规定。".encode("gb18030"))
    code, out, err = run_main(capsys, "annotate", str(path))
    assert_one_line_error(code, out, err, "could not decode")


def test_text_over_the_size_limit(capsys, tmp_path, nlp):
    sentence = "The council met again on Monday to discuss the budget. "
    path = tmp_path / "long.txt"
    path.write_text(sentence * (MAX_CHARS // len(sentence) + 10), encoding="utf-8")
    code, out, err = run_main(capsys, "annotate", str(path))
    assert_one_line_error(code, out, err, f"{MAX_CHARS:,}")


def test_subprocess_never_shows_a_traceback(tmp_path, root):
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x00\x01\x02GIF89a" * 20)
    result = subprocess.run(
        [sys.executable, "-m", "kit", "annotate", str(path)],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("kit: error: ") and "binary" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1

"""Time the whole course build and its nbval run (target: under 3 minutes on 2 cores).

    python benchmarks/course_bench.py [--src notebooks] [--out DIR]

Builds every edition with ``kit.course.build_course`` into a temporary folder (or
``--out``), then runs strict nbval on the source notebooks and on both built editions,
as ``make test`` does, and prints the wall-clock time of each step.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 180.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=str(ROOT / "notebooks"))
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kit.course import build_course

    src = Path(args.src)
    with tempfile.TemporaryDirectory(prefix="kit-bench-") as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "build"
        env = dict(os.environ, KIT_PROGRESS_DIR=str(Path(tmp) / "progress"), PYTHONHASHSEED="0")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        os.environ.update(env)
        notebooks = sorted(src.glob("*.ipynb"))
        print(f"course: {len(notebooks)} notebooks in {src}; {os.cpu_count()} cores")

        start = time.perf_counter()
        build_course(out, src=src)
        build_s = time.perf_counter() - start
        print(f"build (student + teacher executed, html): {build_s:6.1f} s")

        start = time.perf_counter()
        cmd = [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
            "--nbval-sanitize-with", str(ROOT / "notebooks" / "sanitize.cfg"),
            str(src), str(out / "student"),  # the teacher edition is src byte for byte
        ]  # fmt: skip
        run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        nbval_s = time.perf_counter() - start
        summary = (run.stdout.strip().splitlines() or ["(no output)"])[-1]
        print(f"nbval (source = teacher, student):      {nbval_s:6.1f} s  [{summary}]")
        total = build_s + nbval_s
        verdict = "within" if total < TARGET_S else "OVER"
        print(
            f"total:                                   {total:6.1f} s  ({verdict} {TARGET_S:.0f} s)"
        )
        return run.returncode


if __name__ == "__main__":
    sys.exit(main())

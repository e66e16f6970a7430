"""Command line: ``python -m kit annotate | evaluate | course | doctor``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit.errors import KitError


def _annotate(args: argparse.Namespace) -> int:
    from kit.annotated import annotate
    from kit.article import Article

    annotated = annotate(Article.from_path(args.path))
    if args.format == "json":
        out = annotated.to_json(indent=2)
    elif args.format == "csv":
        out = annotated.annotations_frame().to_csv(index=False)
    else:
        from kit.views.report import report

        out = report(annotated).html
    _write(out, args.output)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from kit.evaluate import main as evaluate_main

    if args.update_ratchet:
        from kit.ratchet import RATCHET, key_id, update

        changes, added = update(args.keys)
        for line in [*map(str, changes), *(f"{key}: added to the gated keys" for key in added)]:
            print(f"kit: {line}", file=sys.stderr)
        print(f"kit: {key_id(RATCHET)} updated ({len(changes)} figures changed)", file=sys.stderr)
        return 0
    return evaluate_main(args.keys, threshold=args.min_f1)


def _course(args: argparse.Namespace) -> int:
    from kit.course import build_course, refresh_notebooks

    src = Path(args.src) if args.src else None
    if args.refresh:
        for path in refresh_notebooks(src):
            print(f"kit: refreshed {path}", file=sys.stderr)
    else:
        build_course(Path(args.out), only=args.only, src=src)
    return 0


def _doctor(args: argparse.Namespace) -> int:
    from kit.pipeline import load_pipeline, model_name

    nlp = load_pipeline()
    print(f"kit: model {model_name(nlp)}; pipeline: {', '.join(nlp.pipe_names)}")
    return 0


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kit", description="The media-literacy teaching kit.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("annotate", help="annotate an article (.txt, .md or .html)")
    p.add_argument("path")
    p.add_argument("--format", choices=("json", "html", "csv"), default="json")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.set_defaults(func=_annotate)

    p = sub.add_parser("evaluate", help="score the kit against answer keys in data/answers/")
    p.add_argument("keys", nargs="*", help="answer-key files (default: all)")
    p.add_argument("--min-f1", type=float, default=None, help="exit 1 if any F1 is lower")
    p.add_argument(
        "--update-ratchet",
        action="store_true",
        help="rewrite data/ratchet.json from today's scores (adds KEYS to the gated set)",
    )
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("course", help="build the student, teacher and HTML editions")
    p.add_argument("--out", default="build")
    p.add_argument("--only", choices=("student", "teacher", "html"), default=None)
    p.add_argument(
        "--refresh", action="store_true", help="re-execute notebooks/*.ipynb in place (authors)"
    )
    p.add_argument("--src", default=None, help="the notebooks folder (default: notebooks/)")
    p.set_defaults(func=_course)

    p = sub.add_parser("doctor", help="check that the model and the kit's components load")
    p.set_defaults(func=_doctor)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KitError as err:
        print(f"kit: error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # e.g. -o into a folder that does not exist
        print(
            f"kit: error: {err.strerror or err}: {err.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

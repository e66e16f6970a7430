"""Command line: ``python -m kit annotate | annotate-many | evaluate | agree | course | doctor``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit.errors import KitError


def _annotate(args: argparse.Namespace) -> int:
    from kit.annotate import annotate
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


def _annotate_many(args: argparse.Namespace) -> int:
    from kit.corpus import annotate_many

    summary = annotate_many(args.folder, out=args.out, jobs=args.jobs, progress=not args.quiet)
    print(f"kit: {summary} -> {summary.out}", file=sys.stderr)
    return 1 if summary.failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    from kit.evaluate import main as evaluate_main

    if args.update_ratchet:
        from kit.ratchet import RATCHET, key_id, update

        changes, added = update(args.keys)
        for line in [*map(str, changes), *(f"{key}: added to the gated keys" for key in added)]:
            print(f"kit: {line}", file=sys.stderr)
        print(f"kit: {key_id(RATCHET)} updated ({len(changes)} figures changed)", file=sys.stderr)
        return 0
    return evaluate_main(args.keys, threshold=args.min_f1, show_details=args.details)


def _agree(args: argparse.Namespace) -> int:
    from kit.agreement import main as agree_main

    return agree_main(args.first, args.second, show_details=args.details, as_json=args.json)


def _course(args: argparse.Namespace) -> int:
    from kit.course import build_course, refresh_notebooks

    src = Path(args.src) if args.src else None
    if args.refresh:
        for path in refresh_notebooks(src):
            print(f"kit: refreshed {path}", file=sys.stderr)
    elif args.zip:
        from kit.handout import write_student_zip

        build_course(Path(args.out), only="student", src=src)
        path = write_student_zip(args.zip, Path(args.out) / "student")
        print(f"kit: student edition packed in {path}", file=sys.stderr)
    else:
        build_course(Path(args.out), only=args.only, src=src)
    return 0


def _doctor(args: argparse.Namespace) -> int:
    """One line per problem found (``kit: error: ...``, exit 2), else what was checked."""
    from kit.doctor import diagnose

    problems = [p for p in diagnose().values() if p]
    for problem in problems:
        print(f"kit: error: {problem}", file=sys.stderr)
    if problems:
        return 2
    from kit.doctor import comment_model_note
    from kit.pipeline import load_pipeline, model_name
    from kit.progress import default_folder
    from kit.widgets.truth import data_dir

    nlp = load_pipeline()
    print(f"kit: model {model_name(nlp)}; pipeline: {', '.join(nlp.pipe_names)}")
    print(f"kit: {comment_model_note(nlp)}")
    print(f"kit: data {data_dir()}; progress {default_folder()}: ok")
    return 0


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _train_commentary(args: argparse.Namespace) -> int:
    from kit.commentary_training import main as train_main
    from kit.evaluate import answer_keys

    return train_main(args.keys or [str(p) for p in answer_keys()], write=args.write)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kit", description="The media-literacy teaching kit.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("annotate", help="annotate an article (.txt, .md or .html)")
    p.add_argument("path")
    p.add_argument("--format", choices=("json", "html", "csv"), default="json")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.set_defaults(func=_annotate)

    p = sub.add_parser(
        "annotate-many",
        help="annotate a folder of articles into one JSON line per article (resumable)",
        description="Annotate every .md, .txt and .html file of FOLDER into one JSON line "
        "per article. Articles already in the output are skipped; a file the kit cannot "
        "read is reported and skipped. Exit code 1 if any file was skipped as bad.",
    )
    p.add_argument("folder", nargs="+", help="a folder of articles (or article files)")
    p.add_argument("--out", required=True, help="the JSON-lines file to write or resume")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_annotate_many)

    p = sub.add_parser("evaluate", help="score the kit against answer keys in data/answers/")
    p.add_argument("keys", nargs="*", help="answer-key files (default: all)")
    p.add_argument("--min-f1", type=float, default=None, help="exit 1 if any F1 is lower")
    p.add_argument(
        "--details",
        action="store_true",
        help="after each article, list what the kit missed, marked in excess, gave to "
        "another speaker, or marked on a trap (to check a key of your own)",
    )
    p.add_argument(
        "--update-ratchet",
        action="store_true",
        help="rewrite data/ratchet.json from today's scores (adds KEYS to the gated set)",
    )
    p.set_defaults(func=_evaluate)

    p = sub.add_parser(
        "agree",
        help="compare two answer keys of the same articles, category by category",
        description="Score SECOND's keys against FIRST's with the matching of 'kit evaluate' "
        "(pairwise F1, symmetric). Keys pair up by their 'article:' stem; the second key's "
        "spans are placed in the first key's article, so SECOND needs no article copies.",
    )
    p.add_argument("first", help="a key file or a folder of keys (e.g. the teacher's)")
    p.add_argument("second", help="a key file or a folder of keys (e.g. a learner's)")
    p.add_argument(
        "--details",
        action="store_true",
        help="after each article, list the items only one key has, other labels or "
        "speakers, and items one key requires on the other's traps",
    )
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=_agree)

    p = sub.add_parser("course", help="build the student, teacher and HTML editions")
    p.add_argument("--out", default="build")
    p.add_argument("--only", choices=("student", "teacher", "html"), default=None)
    p.add_argument(
        "--refresh", action="store_true", help="re-execute notebooks/*.ipynb in place (authors)"
    )
    p.add_argument("--src", default=None, help="the notebooks folder (default: notebooks/)")
    p.add_argument(
        "--zip", default=None, metavar="FILE", help="build the student edition and pack it in FILE"
    )
    p.set_defaults(func=_course)

    p = sub.add_parser(
        "train-commentary",
        help="learn the writer's-comment model from answer keys (course maintainers)",
        description="Fit the writer's-comment model (kit/lexicons/commentary.yaml) on the "
        "given answer keys and print its figures with each practice round held out in turn. "
        "--write saves the model.",
    )
    p.add_argument("keys", nargs="*", help="answer-key files (default: all practice keys)")
    p.add_argument("--write", action="store_true", help="save kit/lexicons/commentary.yaml")
    p.set_defaults(func=_train_commentary)

    p = sub.add_parser(
        "doctor", help="check spaCy, the model, the kit's components, data and progress folders"
    )
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

"""The ``spamguard`` command line: a thin layer over the library.

``main(argv)`` is the test seam: it returns the exit code instead of exiting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .check import add_check_parser, run_check
from .detector import Detector
from .errors import SpamGuardError
from .options import add_model_options, config_from_args
from .readers import decode_text, decoding_problem

EPILOG_CLEAN = """example:
  spamguard clean fixtures/pages/en_news_zh_adult_footer.txt
  spamguard clean --json page.txt > result.json
  cat page.txt | spamguard clean - --rejected removed.jsonl
"""
EPILOG_EXPLAIN = """example:
  spamguard explain fixtures/pages/en_news_zh_adult_footer.txt
"""


def _read_input(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            raise SpamGuardError(f"cannot read {path}: {e.strerror}") from None
        name = path
    try:
        return decode_text(data)
    except UnicodeDecodeError as e:
        raise SpamGuardError(f"{name}: byte {e.start}: {decoding_problem(e)}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spamguard", description="Find spam injected into scraped web pages and cut it out."
    )
    parser.add_argument("--version", action="version", version=f"spamguard {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "clean", help="print the clean text of a page", epilog=EPILOG_CLEAN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", nargs="?", default="-", help="a text file (UTF-8, or UTF-16 or UTF-32 with a byte order mark), or - for stdin (default)")
    out = p.add_argument_group("output")
    out.add_argument("--json", action="store_true", help='print {"text", "removed", "spam_ratio"} as JSON')
    out.add_argument("--rejected", metavar="FILE", help="write the removed spans as JSON lines to FILE")
    add_model_options(p)

    p = sub.add_parser(
        "explain", help="show every block with its scores, labels and reasons", epilog=EPILOG_EXPLAIN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", nargs="?", default="-", help="a text file (UTF-8, or UTF-16 or UTF-32 with a byte order mark), or - for stdin (default)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the labels")
    add_model_options(p)

    add_check_parser(sub)
    return parser


def _cmd_clean(args: argparse.Namespace, out: TextIO) -> int:
    text = _read_input(args.file)
    result = Detector(config_from_args(args)).clean(text)
    if args.rejected:
        with open(args.rejected, "w", encoding="utf-8") as fh:
            for s in result.removed:
                fh.write(json.dumps({"source": args.file, **s.to_dict(text)}, ensure_ascii=False) + "\n")
    if args.json:
        out.write(json.dumps(result.to_dict(text), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(result.text)
    return 0


def _cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    text = _read_input(args.file)
    rows = Detector(config_from_args(args)).explain(text)
    color = args.color == "always" or (args.color == "auto" and out.isatty())
    red, green, dim, reset = ("\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[0m") if color else ("", "", "", "")
    out.write(f"{'line':>5} {'start':>7} {'end':>7} {'model':>5} {'score':>5}  {'first':<9} {'final':<9} text | reasons\n")
    for r in rows:
        shown = r.text if len(r.text) <= 48 else r.text[:45] + "..."
        c = green if r.final == "clean" else red
        why = ",".join(r.reasons) or ",".join(r.findings)
        model = "    -" if r.model_score is None else f"{r.model_score:5.2f}"
        out.write(
            f"{r.line:>5} {r.start:>7} {r.end:>7} {model} {r.spam_score:5.2f}  {r.first_pass:<9} "
            f"{c}{r.final:<9}{reset} {shown} {dim}| {why}{reset}\n"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 contaminated for ``check``, 2 errors)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "clean":
            return _cmd_clean(args, sys.stdout)
        if args.command == "explain":
            return _cmd_explain(args, sys.stdout)
        return run_check(args, parser)
    except SpamGuardError as e:
        print(f"spamguard: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0

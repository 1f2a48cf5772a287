"""``spamguard check``: scan corpora and give a verdict (placeholder until the corpus issue)."""

from __future__ import annotations

import argparse


def add_check_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("check", help="scan corpora and exit 1 when contaminated")
    p.add_argument("paths", nargs="+", help="files or folders")


def run_check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    parser.error("check is not implemented yet")
    return 2

"""``spamguard check``: scan corpora, write what was found, and give a verdict by exit code.

Reading, cleaning and writing stream: documents are read one at a time, cleaned in batches (in
worker processes with ``--jobs``), and written in input order, so memory stays flat however large
the corpus is. Every input record ends up either cleaned (in the figures and the ``--output``) or
listed as an error with its location.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .detector import Config, Detector
from .options import add_model_options, config_from_args
from .errors import InputError, SpamGuardError
from .readers import SUPPORTED, Document, ReadError, check_path, read_inputs
from .report import CorpusReport
from .result import Result
from .writers import Writer, json_line, open_text, open_writer

EPILOG = f"""reads: {SUPPORTED}; - reads standard input.

exit codes: 0 when the share of documents with spam is at or under --fail-above,
            1 when it is over, 2 on a usage or input error (or any read error with --strict).

examples:
  spamguard check corpus/ --fail-above 0.01
  spamguard check crawl.warc.gz --report report.json --output clean.warc.gz
  spamguard check pages/ --output cleaned/ --rejected removed.jsonl
  spamguard check data.jsonl.zst --field content --markdown "$GITHUB_STEP_SUMMARY"
"""


def add_check_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check", help="scan corpora and exit 1 when contaminated", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean every document of the given files and folders and report what was removed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    inp = p.add_argument_group("input")
    inp.add_argument("--field", default="text", help="JSON field holding the text (default: text)")
    inp.add_argument("--stdin-format", choices=("text", "jsonl"), default="text", help="what - holds (default: one text)")
    inp.add_argument("--strict", action="store_true", help="stop at the first unreadable record (exit 2)")
    out = p.add_argument_group("output")
    out.add_argument("--report", metavar="FILE", help="write the figures as JSON")
    out.add_argument("--output", metavar="PATH",
                     help="write cleaned documents with their spans: a .jsonl[.gz|.zst] or .warc[.gz] file, or a folder of .txt files")
    out.add_argument("--rejected", metavar="FILE", help="write every removed span as JSON lines")
    out.add_argument("--markdown", metavar="FILE", help="append a Markdown summary (e.g. $GITHUB_STEP_SUMMARY)")
    out.add_argument("--quiet", "-q", action="store_true", help="no summary and no progress bar")
    verdict = p.add_argument_group("verdict and speed")
    verdict.add_argument("--fail-above", type=float, default=0.0, metavar="SHARE",
                         help="largest share of documents with spam that still passes (default: 0)")
    verdict.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    verdict.add_argument("--batch-size", type=int, default=64, help="documents sent to a worker at a time")
    add_model_options(p)


class _Progress:
    """One status line on stderr, redrawn at most twice a second (only on a terminal)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = self.last = time.monotonic()

    def update(self, report: CorpusReport, final: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not final and now - self.last < 0.5):
            return
        self.last = now
        rate = report.bytes / 1e6 / max(now - self.start, 1e-9)
        sys.stderr.write(
            f"\r{report.documents:,} docs  {report.bytes / 1e6:,.1f} MB  {rate:.1f} MB/s  "
            f"{report.contaminated:,} with spam  {len(report.errors)} errors"
        )
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _cleaned(items: Iterator[Document | ReadError], config: Config, jobs: int, batch_size: int) -> Iterator[tuple[Document | ReadError, Result | None]]:
    """Pair every item with its result (None for read errors), in input order.

    The documents' texts stream through ``Detector.clean_many`` (worker processes with ``jobs``);
    the items read so far wait in a queue, so read errors come out where they were in the input.
    """
    queue: deque[Document | ReadError] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            queue.append(item)
            if isinstance(item, Document):
                yield item.text

    for result in Detector(config).clean_many(texts(), n_jobs=jobs, batch_size=batch_size):
        while isinstance(queue[0], ReadError):
            yield queue.popleft(), None
        yield queue.popleft(), result
    while queue:  # read errors after the last document
        yield queue.popleft(), None


def run_check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if not 0.0 <= args.fail_above <= 1.0:
        parser.error("--fail-above is a share between 0 and 1")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.paths.count("-") > 1:
        parser.error("- (stdin) can be given once")
    for p in args.paths:
        if p != "-":
            check_path(Path(p))  # InputError -> exit 2 before any work
    config = config_from_args(args)
    Detector(config)  # load the model once here: a broken model is an error before the run

    report = CorpusReport()
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    writer: Writer | None = None
    rejected: IO[str] | None = None
    try:
        if args.output:
            writer = open_writer(args.output, args.paths, args.field)
        if args.rejected:
            rejected = open_text(args.rejected)
        items = read_inputs(args.paths, args.field, args.stdin_format, report.skipped_files)
        for item, result in _cleaned(items, config, args.jobs, args.batch_size):
            if isinstance(item, ReadError):
                report.add_error(item)
                if args.strict:
                    raise InputError(f"{item} (stopped by --strict)")
                continue
            assert result is not None
            report.add(item, result)
            if writer is not None:
                writer.write(item, result)
            if rejected is not None:
                for s in result.removed:
                    rejected.write(json_line({"source": item.source, "location": item.location, **s.to_dict(item.text)}))
            progress.update(report)
    except OSError as e:
        raise SpamGuardError(f"cannot write output: {e}") from None
    finally:
        for out in (writer, rejected):
            if out is not None:
                out.close()
    progress.update(report, final=True)

    code = 1 if report.contaminated_share > args.fail_above else 0
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            json.dump(report.to_dict(args.fail_above, code), fh, ensure_ascii=False, indent=2)
    if args.markdown:
        with open(args.markdown, "a", encoding="utf-8") as fh:
            fh.write(report.markdown(args.fail_above, code))
    if not args.quiet:
        sys.stdout.write(report.human(args.fail_above, code))
    return code

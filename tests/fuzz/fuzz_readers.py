"""atheris fuzz target for the corpus readers: arbitrary bytes as .jsonl, .jsonl.gz, .warc, .txt,
.html. Readers must yield documents or located errors and never raise.

    python tests/fuzz/fuzz_readers.py -max_total_time=600
"""

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["spamguard"]):
    from spamguard.readers import Document, ReadError, read_path

SUFFIXES = (".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".txt", ".html")
TMP = Path(tempfile.mkdtemp(prefix="spamguard-fuzz-"))


def check(data: bytes) -> None:
    if not data:
        return
    path = TMP / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    skipped: list[str] = []
    for item in read_path(path, "text", skipped):
        if not isinstance(item, (Document, ReadError)):
            raise AssertionError(f"unexpected item {item!r}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()

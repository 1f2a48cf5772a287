"""Writers for ``spamguard check --output``: cleaned documents with their spans.

The output's name chooses its format, so a corpus can be written back in the format it came in:

* ``*.jsonl``, ``*.jsonl.gz``, ``*.jsonl.zst``: one JSON object per document. A JSON-lines input
  record keeps all its fields, its text field replaced by the clean text, plus a ``spamguard``
  key with the removed spans; other documents get ``source``, ``location`` and ``text``.
* ``*.warc``, ``*.warc.gz``: per document a ``conversion`` record holding the clean text (as
  Common Crawl's WET files do) and a ``metadata`` record (``application/json``) with the spans,
  pointing at it with ``WARC-Refers-To``. A conversion record made from a WARC input record
  refers to that record's ``WARC-Record-ID``.
* a name without a suffix, or ending in ``/``, is a folder: one ``.txt`` file per document,
  laid out like the input (the files of an input folder keep their relative paths, records of a
  JSON-lines or WARC file go into a ``<file>-docs/`` folder named by their location), and
  ``spamguard.jsonl`` listing every file with its source, location and spans.

A writer never overwrites what it did not write: a folder output must be new or empty, and no
output may be one of the inputs.

>>> output_format("clean.warc.gz"), output_format("out.jsonl.zst"), output_format("cleaned/")
('warc', 'jsonl', 'folder')
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from .errors import InputError
from .readers import Document
from .result import Result

MANIFEST = "spamguard.jsonl"


def output_format(path: str) -> str:
    """``jsonl``, ``warc`` or ``folder`` for an ``--output`` name; raises InputError for other files."""
    name = path.lower().rstrip("/")
    if name.endswith((".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    is_folder = path.endswith(("/", os.sep)) or os.path.isdir(path) or not Path(path).suffix
    if not is_folder:
        raise InputError(
            f"--output {path}: name a .jsonl[.gz|.zst] file, a .warc[.gz] file, or a folder (cleaned .txt files)"
        )
    return "folder"


class Writer(Protocol):
    """Where cleaned documents go, one at a time, in input order."""

    def write(self, doc: Document, result: Result) -> None: ...

    def close(self) -> None: ...


def open_text(path: str) -> IO[str]:
    """A text file for writing, compressed by its suffix (``.gz``, ``.zst``)."""
    if path.endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8")
    if path.endswith(".zst"):
        import zstandard

        raw = open(path, "wb")
        return io.TextIOWrapper(zstandard.ZstdCompressor().stream_writer(raw, closefd=True), encoding="utf-8")
    return open(path, "w", encoding="utf-8")


def encode_text(text: str) -> bytes:
    """UTF-8 bytes of ``text``, keeping what a strict encoder would refuse.

    Lone surrogates reach us from ``surrogateescape``-decoded bytes and from JSON ``\\ud800``
    escapes; both are written back as the bytes they stand for rather than lost.
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return text.encode("utf-8", "surrogatepass")


def json_line(obj: dict[str, Any]) -> str:
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: JSON escapes them losslessly
        line = json.dumps(obj)
    return line + "\n"


def _spans_info(doc: Document, result: Result) -> dict[str, Any]:
    return {"removed": [s.to_dict(doc.text) for s in result.removed], "spam_ratio": round(result.spam_ratio, 6)}


class JsonlWriter:
    def __init__(self, path: str, field_name: str) -> None:
        self.fh = open_text(path)
        self.field_name = field_name

    def write(self, doc: Document, result: Result) -> None:
        info = _spans_info(doc, result)
        if doc.fmt == "jsonl" and doc.record is not None:
            rec = {**doc.record, self.field_name: result.text, "spamguard": info}
        else:
            rec = {"source": doc.source, "location": doc.location, "text": result.text, "spamguard": info}
            if doc.record:
                rec.update(doc.record)
        self.fh.write(json_line(rec))

    def close(self) -> None:
        self.fh.close()


class WarcWriter:
    def __init__(self, path: str) -> None:
        try:
            from warcio.warcwriter import WARCWriter
        except ImportError:
            raise InputError("writing WARC needs the warcio package: pip install 'spamguard[corpus]'") from None
        from . import __version__

        self.fh = open(path, "wb")
        self.writer = WARCWriter(self.fh, gzip=path.lower().endswith(".gz"))
        info = self.writer.create_warcinfo_record(
            os.path.basename(path), {"software": f"spamguard/{__version__}", "description": "text cleaned by spamguard"}
        )
        self.writer.write_record(info)

    def _uri(self, doc: Document) -> str:
        if doc.record and doc.record.get("url"):
            return str(doc.record["url"])
        if doc.source == "<stdin>":
            return "urn:spamguard:stdin"
        uri = Path(doc.source).resolve().as_uri()
        return f"{uri}#{doc.location.replace(' ', '-')}" if doc.location else uri

    def write(self, doc: Document, result: Result) -> None:
        uri = self._uri(doc)
        data = encode_text(result.text)
        headers = {"WARC-Spamguard-Source": f"{doc.source}:{doc.location}" if doc.location else doc.source}
        if doc.record and doc.record.get("warc_record_id"):
            headers["WARC-Refers-To"] = str(doc.record["warc_record_id"])
        text_rec = self.writer.create_warc_record(
            uri, "conversion", payload=io.BytesIO(data), length=len(data),
            warc_content_type="text/plain; charset=utf-8", warc_headers_dict=headers,
        )
        self.writer.write_record(text_rec)
        meta = json_line(_spans_info(doc, result)).encode("utf-8")
        meta_rec = self.writer.create_warc_record(
            uri, "metadata", payload=io.BytesIO(meta), length=len(meta), warc_content_type="application/json",
            warc_headers_dict={"WARC-Refers-To": text_rec.rec_headers.get_header("WARC-Record-ID")},
        )
        self.writer.write_record(meta_rec)

    def close(self) -> None:
        self.fh.close()


def _slug(location: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", location).strip("-") or "document"


class FolderWriter:
    def __init__(self, path: str, inputs: Sequence[str]) -> None:
        self.root = Path(path)
        if self.root.exists() and (not self.root.is_dir() or any(self.root.iterdir())):
            raise InputError(f"--output {path}: a folder output must be new or empty")
        self.root.mkdir(parents=True, exist_ok=True)
        self.dirs = [Path(p) for p in inputs if p != "-" and Path(p).is_dir()]
        self.used: set[str] = {MANIFEST}
        self.manifest = open(self.root / MANIFEST, "w", encoding="utf-8")

    def _relative(self, source: str) -> Path:
        src = Path(source)
        for d in self.dirs:
            try:
                return src.relative_to(d)
            except ValueError:
                continue
        return Path(src.name)

    def _name(self, doc: Document) -> str:
        if doc.source == "<stdin>":
            rel = Path("stdin.txt")
        elif doc.fmt in ("jsonl", "warc"):
            container = self._relative(doc.source)
            rel = container.parent / f"{container.name}-docs" / f"{_slug(doc.location)}.txt"
        else:
            rel = self._relative(doc.source)
            if rel.suffix.lower() not in (".txt", ".text"):
                rel = rel.with_name(rel.name + ".txt")
        name, n = rel.as_posix(), 1
        while name in self.used:  # the same name given twice on the command line
            n += 1
            name = (rel.parent / f"{rel.stem}-{n}{rel.suffix}").as_posix()
        self.used.add(name)
        return name

    def write(self, doc: Document, result: Result) -> None:
        name = self._name(doc)
        target = self.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(encode_text(result.text))
        row = {"file": name, "source": doc.source, "location": doc.location, **_spans_info(doc, result)}
        self.manifest.write(json_line(row))

    def close(self) -> None:
        self.manifest.close()


def _check_not_an_input(path: str, inputs: Sequence[str]) -> None:
    out = Path(path).resolve()
    for p in inputs:
        if p == "-":
            continue
        src = Path(p).resolve()
        if out == src or (src.is_dir() and src in out.parents):
            raise InputError(f"--output {path}: would write into the input {p}")


def open_writer(path: str, inputs: Sequence[str], field_name: str = "text") -> Writer:
    """The writer for an ``--output`` name (see the module docstring for the formats)."""
    fmt = output_format(path)
    _check_not_an_input(path, inputs)
    if fmt == "jsonl":
        return JsonlWriter(path, field_name)
    if fmt == "warc":
        return WarcWriter(path)
    return FolderWriter(path, inputs)

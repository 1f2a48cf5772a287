"""Corpus readers: folders of .txt/.html, JSON lines (plain, .gz, .zst), WARC, stdin.

Readers stream: they yield one :class:`Document` or one :class:`ReadError` at a time and never
hold a corpus in memory. Nothing is dropped silently: a record that cannot be read becomes a
``ReadError`` naming its file and line or byte offset, and reading goes on with the next record
(or the next file, when the rest of a file cannot be reached, as after a truncated gzip stream).

>>> import io, json
>>> stream = io.BytesIO(b'{"text": "hello"}\\nnot json\\n{"id": 3}\\n')
>>> [type(x).__name__ for x in read_jsonl(stream, "corpus.jsonl", "text")]
['Document', 'ReadError', 'ReadError']
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .html import decode_html, html_to_text

SUPPORTED = ".txt, .text, .html, .htm, .jsonl, .ndjson, .jsonl.gz, .jsonl.zst, .warc, .warc.gz, and folders of them"


@dataclass(frozen=True)
class Document:
    """One document to clean.

    Attributes:
        source: the file it came from (``<stdin>`` for standard input).
        location: where in the file (``line 12``, ``record at byte 3456``), empty for a whole file.
        text: the text to clean.
        fmt: ``text``, ``html``, ``jsonl`` or ``warc``.
        record: the original JSON object of a JSON-lines document, or the ``url`` and
            ``warc_record_id`` of a WARC record (kept for the output).
    """

    source: str
    location: str
    text: str
    fmt: str
    record: dict[str, Any] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ReadError:
    """A record that could not be read, and where it was."""

    source: str
    location: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.location}" if self.location else self.source
        return f"{where}: {self.message}"


Item = Document | ReadError


def format_of(path: str) -> str | None:
    """The reader for a file name, or None when the format is not supported.

    >>> format_of("a/b.jsonl.zst"), format_of("x.warc.gz"), format_of("page.HTML"), format_of("x.pdf")
    ('jsonl', 'warc', 'html', None)
    """
    name = path.lower()
    for suffix, fmt in (
        (".jsonl.gz", "jsonl"), (".jsonl.zst", "jsonl"), (".ndjson.gz", "jsonl"), (".jsonl", "jsonl"),
        (".ndjson", "jsonl"), (".warc.gz", "warc"), (".warc", "warc"), (".txt", "text"), (".text", "text"),
        (".html", "html"), (".htm", "html"),
    ):
        if name.endswith(suffix):
            return fmt
    return None


def _zstd_lines(path: Path, chunk: int = 1 << 20) -> Iterator[bytes]:
    """Lines of a .zst file; a stream that stops inside a frame raises EOFError (truncated file).

    zstandard's stream reader returns a short read at a truncated end instead of failing, so the
    frames are decoded here with a decompression object whose ``eof`` says whether a frame ended.
    """
    try:
        import zstandard
    except ImportError:
        raise InputError(f"{path}: reading .zst needs the zstandard package: pip install 'spamguard[corpus]'") from None
    dctx = zstandard.ZstdDecompressor()
    pending = b""
    with open(path, "rb") as fh:
        obj = dctx.decompressobj()
        in_frame = False
        while data := fh.read(chunk):
            while data:
                out = obj.decompress(data)
                in_frame = True
                pending += out
                data = obj.unused_data if obj.eof else b""
                if obj.eof:
                    obj, in_frame = dctx.decompressobj(), False
            *lines, pending = pending.split(b"\n")
            for line in lines:
                yield line + b"\n"
        if in_frame and not obj.eof:
            raise EOFError("zstd stream ends inside a frame")
    if pending:
        yield pending


def _open_binary(path: Path) -> Iterable[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    if path.name.lower().endswith(".zst"):
        return _zstd_lines(path)
    return open(path, "rb")


def _stream_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [EOFError, OSError, zlib.error]
    try:
        import zstandard

        errors.append(zstandard.ZstdError)
    except ImportError:
        pass
    return tuple(errors)


def read_jsonl(stream: Iterable[bytes], source: str, field_name: str) -> Iterator[Item]:
    """Documents of a JSON-lines stream; the text is in ``field_name``."""
    lineno = 0
    try:
        for raw in stream:
            lineno += 1
            if not raw.strip():
                continue
            where = f"line {lineno}"
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield ReadError(source, where, f"invalid UTF-8 at byte {e.start} of the line")
                continue
            except json.JSONDecodeError as e:
                yield ReadError(source, where, f"invalid JSON ({e.msg})")
                continue
            if not isinstance(obj, dict):
                yield ReadError(source, where, "a JSON line must be an object")
            elif field_name not in obj:
                yield ReadError(source, where, f"no {field_name!r} field (choose the field with --field)")
            elif not isinstance(obj[field_name], str):
                yield ReadError(source, where, f"field {field_name!r} is {type(obj[field_name]).__name__}, not a string")
            else:
                yield Document(source, where, obj[field_name], "jsonl", obj)
    except _stream_errors() as e:
        yield ReadError(source, f"after line {lineno}", f"the file is corrupt or truncated ({e}); the rest of it cannot be read")


# Byte order marks that name an encoding: what Windows editors and PowerShell's redirection write
# (UTF-16 little-endian with its mark). The UTF-32 marks come first: FF FE 00 00 begins FF FE too.
_MARKED = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
           (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(raw: bytes) -> str:
    """The text of a text file: UTF-16 or UTF-32 when it opens with that byte order mark (the mark
    is dropped), UTF-8 otherwise (a UTF-8 mark is kept, as the character U+FEFF).

    Raises:
        UnicodeDecodeError: the bytes are not valid in that encoding; its ``encoding`` says which.

    >>> decode_text("Grüße".encode("utf-16")), decode_text("Grüße".encode("utf-8"))
    ('Grüße', 'Grüße')
    """
    return raw.decode(_marked_encoding(raw) or "utf-8")


def _marked_encoding(raw: bytes) -> str | None:
    """The encoding a byte order mark at the start of ``raw`` names, or None."""
    return next((encoding for mark, encoding in _MARKED if raw.startswith(mark)), None)


def decoding_problem(e: UnicodeDecodeError) -> str:
    """What to tell the user about bytes ``decode_text`` could not read."""
    if e.encoding.startswith("utf-8"):
        return "invalid UTF-8; convert the file first, e.g. iconv -f latin1 -t utf-8"
    return f"invalid {e.encoding.upper()} after its byte order mark"


def read_text_file(path: Path, fmt: str) -> Iterator[Item]:
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield ReadError(source, "", f"cannot read ({e.strerror})")
        return
    if b"\x00" in raw[:8192] and fmt == "text" and _marked_encoding(raw) is None:
        yield ReadError(source, "", "binary file (NUL bytes), not text; UTF-16 text needs its byte order mark")
        return
    if fmt == "html":
        try:
            text = html_to_text(decode_html(raw))
        except Exception as e:  # never lose the run to one page's markup
            yield ReadError(source, "", f"cannot turn the HTML into text ({type(e).__name__}: {e})")
            return
        yield Document(source, "", text, "html")
        return
    try:
        text = decode_text(raw)
    except UnicodeDecodeError as e:
        yield ReadError(source, f"byte {e.start}", decoding_problem(e))
        return
    yield Document(source, "", text, "text")


def read_warc(path: Path) -> Iterator[Item]:
    """Response records (HTML turned into text) and conversion records (WET text) of a WARC."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise InputError(f"{path}: reading WARC needs the warcio package: pip install 'spamguard[corpus]'") from None
    source = str(path)
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield ReadError(source, "", f"cannot read ({e.strerror})")
        return
    class QuietIterator(ArchiveIterator):  # type: ignore[misc, valid-type]
        # warcio writes a warning to stderr for each record whose Content-Length looks wrong;
        # the record is still read, and a CLI's output should not be flooded with it.
        INC_RECORD = ""

    with fh:
        records = QuietIterator(fh)
        offset = 0
        try:
            for record in records:
                kind = record.rec_type
                try:
                    body = record.content_stream().read() if kind in ("response", "conversion", "resource") else b""
                    error = None
                except Exception as e:  # a damaged payload: report this record, keep going
                    body, error = b"", e
                # warcio knows a record's offset only once its payload has been read
                offset = records.get_record_offset()
                where = f"record at byte {offset}"
                if error is not None:
                    yield ReadError(source, where, f"unreadable payload ({error})")
                    continue
                if kind not in ("response", "conversion", "resource"):
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                    record.rec_headers.get_header("Content-Type") or ""
                )
                if kind == "response" and "html" not in ctype.lower():
                    continue
                text = html_to_text(decode_html(body)) if "html" in ctype.lower() else body.decode("utf-8", "replace")
                meta = {
                    "url": record.rec_headers.get_header("WARC-Target-URI"),
                    "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
                }
                yield Document(source, where, text, "warc", {k: v for k, v in meta.items() if v} or None)
        except (ArchiveLoadFailed, *_stream_errors()) as e:
            yield ReadError(source, f"after byte {offset}", f"broken WARC record ({e}); the rest of the file cannot be read")


def _walk(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


def check_path(path: Path) -> str:
    """The format of a file named on the command line; raises InputError when it cannot be read."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    fmt = format_of(path.name)
    if fmt is None and not path.is_dir():
        raise InputError(f"{path}: unsupported format; spamguard check reads {SUPPORTED}")
    return fmt or "folder"


def read_path(path: Path, field_name: str, skipped: list[str]) -> Iterator[Item]:
    """Every document under ``path`` (a file or a folder)."""
    if path.is_dir():
        for p in _walk(path):
            if format_of(p.name) is None:
                skipped.append(str(p))
                continue
            yield from read_path(p, field_name, skipped)
        return
    fmt = check_path(path)
    if fmt == "jsonl":
        try:
            stream = _open_binary(path)
        except OSError as e:
            yield ReadError(str(path), "", f"cannot read ({e.strerror})")
            return
        try:
            yield from read_jsonl(stream, str(path), field_name)
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
    elif fmt == "warc":
        yield from read_warc(path)
    else:
        yield from read_text_file(path, fmt)


def read_inputs(paths: Iterable[str], field_name: str = "text", stdin_format: str = "text", skipped: list[str] | None = None) -> Iterator[Item]:
    """Every document of every path, in order; ``-`` is standard input (text or JSON lines)."""
    import sys

    skipped = [] if skipped is None else skipped
    for p in paths:
        if p == "-":
            if stdin_format == "jsonl":
                yield from read_jsonl(sys.stdin.buffer, "<stdin>", field_name)
            else:
                raw = sys.stdin.buffer.read()
                try:
                    text = decode_text(raw)
                except UnicodeDecodeError as e:
                    yield ReadError("<stdin>", f"byte {e.start}", decoding_problem(e))
                else:
                    yield Document("<stdin>", "", text, "text")
        else:
            yield from read_path(Path(p), field_name, skipped)

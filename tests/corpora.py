"""Small corpora in every format `spamguard check` reads, written by the tests themselves."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from support import load_cases, page_text


def pages() -> list[tuple[str, bool]]:
    """(text, has spam) of every fixture page the detector is expected to get right (known
    failures left out, so a "clean" corpus is one the detector leaves alone)."""
    return [(page_text(c), bool(c["spam"])) for c in load_cases() if c["expect"] == "pass"]


def write_jsonl(path: Path, texts: list[str], field: str = "text") -> None:
    lines = [json.dumps({"id": i, field: t}, ensure_ascii=False) for i, t in enumerate(texts)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def write_warc(path: Path, texts: list[str], html: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for i, t in enumerate(texts):
            uri = f"http://example.test/page{i}"
            if html:
                body = "".join(f"<p>{line}</p>" for line in t.splitlines()).encode("utf-8")
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            else:
                data = t.encode("utf-8")
                rec = writer.create_warc_record(
                    uri, "conversion", payload=io.BytesIO(data), length=len(data), warc_content_type="text/plain"
                )
            writer.write_record(rec)
        # a request record is not a document and must not be counted
        writer.write_record(writer.create_warc_record("http://example.test/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def write_folder(path: Path, texts: list[str]) -> None:
    path.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts):
        (path / f"page{i:04d}.txt").write_text(t, encoding="utf-8")

"""`spamguard check` over corpora of every supported format, clean and corrupt."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spamguard.cli import main

from corpora import pages, write_folder, write_jsonl, write_warc

CLEAN = [t for t, spam in pages() if not spam]
SPAM = [t for t, spam in pages() if spam]


def run(capsys, *argv):
    code = main(["check", "--quiet", "--jobs", "1", *map(str, argv)])
    return code, capsys.readouterr()


def report(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz", "c.jsonl.zst", "c.warc", "c.warc.gz", "folder"])
def test_every_format_is_read_and_judged(tmp_path, capsys, name):
    texts = CLEAN[:4] + SPAM[:2]
    path = tmp_path / name
    if name == "folder":
        write_folder(path, texts)
    elif "warc" in name:
        write_warc(path, texts, html=name.endswith(".gz"))
    else:
        write_jsonl(path, texts)
    code, _ = run(capsys, path, "--report", tmp_path / "r.json")
    r = report(tmp_path / "r.json")
    assert r["documents"] == 6 and r["error_count"] == 0
    assert r["contaminated_documents"] == 2
    assert code == 1


def test_clean_corpus_passes_and_fail_above_sets_the_verdict(tmp_path, capsys):
    write_jsonl(tmp_path / "clean.jsonl", CLEAN)
    assert run(capsys, tmp_path / "clean.jsonl")[0] == 0
    write_jsonl(tmp_path / "mixed.jsonl", CLEAN[:8] + SPAM[:2])  # 20% contaminated
    assert run(capsys, tmp_path / "mixed.jsonl", "--fail-above", "0.25")[0] == 0
    assert run(capsys, tmp_path / "mixed.jsonl", "--fail-above", "0.1")[0] == 1


def test_bad_records_are_reported_with_their_location(tmp_path, capsys):
    good = json.dumps({"text": CLEAN[0]})
    lines = [good, "{not json", json.dumps({"id": 1}), json.dumps({"text": 42}), good]
    raw = ("\n".join(lines) + "\n").encode() + b'{"text": "caf\xe9"}\n'
    (tmp_path / "bad.jsonl").write_bytes(raw)
    code, _ = run(capsys, tmp_path / "bad.jsonl", "--report", tmp_path / "r.json", "--output", tmp_path / "out.jsonl")
    r = report(tmp_path / "r.json")
    assert r["documents"] == 2 and r["error_count"] == 4
    assert [e["location"] for e in r["errors"]] == ["line 2", "line 3", "line 4", "line 6"]
    assert "invalid JSON" in r["errors"][0]["message"] and "UTF-8" in r["errors"][3]["message"]
    out = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(out) == r["documents"]
    assert code == 0


def test_truncated_gzip_keeps_what_was_read(tmp_path, capsys):
    write_jsonl(tmp_path / "full.jsonl.gz", CLEAN[:5])
    data = (tmp_path / "full.jsonl.gz").read_bytes()
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    code, _ = run(capsys, tmp_path / "cut.jsonl.gz", "--report", tmp_path / "r.json")
    r = report(tmp_path / "r.json")
    assert r["error_count"] == 1 and "truncated" in r["errors"][0]["message"]
    assert r["documents"] < 5


def test_truncated_zstd_is_an_error_not_a_crash(tmp_path, capsys):
    write_jsonl(tmp_path / "full.jsonl.zst", CLEAN[:5])
    data = (tmp_path / "full.jsonl.zst").read_bytes()
    (tmp_path / "cut.jsonl.zst").write_bytes(data[: len(data) // 2])
    run(capsys, tmp_path / "cut.jsonl.zst", "--report", tmp_path / "r.json")
    assert report(tmp_path / "r.json")["error_count"] == 1


def test_broken_warc_record(tmp_path, capsys):
    write_warc(tmp_path / "w.warc", CLEAN[:3], html=True)
    data = (tmp_path / "w.warc").read_bytes()
    cut = data.index(b"WARC/1.0", 10)  # start of the second record
    (tmp_path / "broken.warc").write_bytes(data[:cut] + b"garbage that is not a record\r\n\r\n" + data[cut + 40 :])
    run(capsys, tmp_path / "broken.warc", "--report", tmp_path / "r.json")
    r = report(tmp_path / "r.json")
    assert r["documents"] >= 1 and r["error_count"] == 1


def test_folder_with_binary_invalid_and_unknown_files(tmp_path, capsys):
    write_folder(tmp_path / "f", CLEAN[:3])
    (tmp_path / "f" / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "f" / "latin1.txt").write_bytes("café".encode("latin-1"))
    (tmp_path / "f" / "notes.pdf").write_bytes(b"%PDF")
    run(capsys, tmp_path / "f", "--report", tmp_path / "r.json")
    r = report(tmp_path / "r.json")
    assert r["documents"] == 3 and r["error_count"] == 2
    assert r["skipped_files"] == [str(tmp_path / "f" / "notes.pdf")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_files_with_a_byte_order_mark_are_read_in_their_encoding(tmp_path, capsys, encoding):
    # what Windows editors and PowerShell's redirection write: the mark names the encoding
    page = SPAM[0]
    data = page.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + page.encode(encoding)
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "windows.txt").write_bytes(data)
    (tmp_path / "f" / "unmarked.txt").write_bytes(page.encode("utf-16-le"))
    run(capsys, tmp_path / "f", "--report", tmp_path / "r.json", "--rejected", tmp_path / "rej.jsonl")
    r = report(tmp_path / "r.json")
    assert r["documents"] == 1 and r["contaminated_documents"] == 1
    removed = [json.loads(line)["text"] for line in (tmp_path / "rej.jsonl").read_text(encoding="utf-8").splitlines()]
    assert removed and all(t in page for t in removed)
    assert [e["message"] for e in r["errors"]] == ["binary file (NUL bytes), not text; UTF-16 text needs its byte order mark"]


def test_strict_stops_at_the_first_error(tmp_path, capsys):
    (tmp_path / "bad.jsonl").write_text('{"text": "ok"}\n{oops\n{"text": "ok"}\n', encoding="utf-8")
    code, captured = run(capsys, tmp_path / "bad.jsonl", "--strict")
    assert code == 2 and "line 2" in captured.err


def test_usage_errors_exit_2(tmp_path, capsys):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    code, captured = run(capsys, tmp_path / "x.pdf")
    assert code == 2 and "reads .txt" in captured.err
    code, captured = run(capsys, tmp_path / "missing.jsonl")
    assert code == 2 and "no such file" in captured.err
    with pytest.raises(SystemExit) as e:
        main(["check", str(tmp_path), "--fail-above", "2"])
    assert e.value.code == 2


def test_output_keeps_the_input_format_and_spans(tmp_path, capsys):
    write_jsonl(tmp_path / "c.jsonl", SPAM[:3], field="body")
    run(capsys, tmp_path / "c.jsonl", "--field", "body", "--output", tmp_path / "out.jsonl.gz", "--rejected", tmp_path / "rej.jsonl")
    with gzip.open(tmp_path / "out.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert [r["id"] for r in rows] == [0, 1, 2]
    for row, original in zip(rows, SPAM[:3]):
        spans = row["spamguard"]["removed"]
        assert spans
        kept, pos = [], 0
        for s in spans:
            kept.append(original[pos : s["start"]])
            pos = s["end"]
        assert "".join(kept) + original[pos:] == row["body"]
    rejected = (tmp_path / "rej.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rejected) == sum(len(r["spamguard"]["removed"]) for r in rows)


def _splice(original, spans):
    kept, pos = [], 0
    for s in spans:
        kept.append(original[pos : s["start"]])
        pos = s["end"]
    return "".join(kept) + original[pos:]


def test_folder_output_mirrors_the_input_folder(tmp_path, capsys):
    texts = CLEAN[:2] + SPAM[:2]
    write_folder(tmp_path / "in" / "sub", texts)
    (tmp_path / "in" / "page.html").write_text("<p>" + SPAM[2].replace("\n", "</p><p>") + "</p>", encoding="utf-8")
    run(capsys, tmp_path / "in", "--output", tmp_path / "out", "--report", tmp_path / "r.json")
    manifest = [json.loads(line) for line in (tmp_path / "out" / "spamguard.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [m["file"] for m in manifest] == ["page.html.txt"] + [f"sub/page{i:04d}.txt" for i in range(4)]
    assert len(manifest) == report(tmp_path / "r.json")["documents"]
    for m, original in zip(manifest[1:], texts):
        assert (tmp_path / "out" / m["file"]).read_text(encoding="utf-8") == _splice(original, m["removed"])
    assert [bool(m["removed"]) for m in manifest] == [True, False, False, True, True]
    # the written folder is a corpus in its own right, and the spam is gone from it
    code, _ = run(capsys, tmp_path / "out", "--report", tmp_path / "r2.json")
    assert report(tmp_path / "r2.json")["documents"] == 5 and code == 0


def test_warc_output_holds_clean_text_and_spans(tmp_path, capsys):
    from warcio.archiveiterator import ArchiveIterator

    write_warc(tmp_path / "in.warc.gz", CLEAN[:2] + SPAM[:2], html=False)
    run(capsys, tmp_path / "in.warc.gz", "--output", tmp_path / "out.warc.gz")
    with open(tmp_path / "out.warc.gz", "rb") as fh:
        records = [(r.rec_type, dict(r.rec_headers.headers), r.content_stream().read()) for r in ArchiveIterator(fh)]
    assert [k for k, _, _ in records] == ["warcinfo"] + ["conversion", "metadata"] * 4
    conversions = records[1::2]
    metas = records[2::2]
    for i, ((_, head, body), (_, mhead, mbody), original) in enumerate(zip(conversions, metas, CLEAN[:2] + SPAM[:2])):
        assert head["WARC-Target-URI"] == f"http://example.test/page{i}"
        assert head["WARC-Refers-To"].startswith("<urn:uuid:")
        assert mhead["WARC-Refers-To"] == head["WARC-Record-ID"]
        spans = json.loads(mbody)["removed"]
        assert body.decode("utf-8") == _splice(original, spans)
        assert bool(spans) == (i >= 2)
    # spamguard reads its own WARC output back: the same documents, now clean
    code, _ = run(capsys, tmp_path / "out.warc.gz", "--report", tmp_path / "r.json")
    assert report(tmp_path / "r.json")["documents"] == 4 and code == 0


def test_output_never_overwrites_what_it_did_not_write(tmp_path, capsys):
    write_folder(tmp_path / "in", CLEAN[:2])
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine", encoding="utf-8")
    for target, message in [
        (tmp_path / "busy", "must be new or empty"),
        (tmp_path / "in" / "out", "would write into the input"),
        (tmp_path / "out.pdf", "name a .jsonl"),
    ]:
        code, captured = run(capsys, tmp_path / "in", "--output", target)
        assert code == 2 and message in captured.err
    assert (tmp_path / "busy" / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "in" / "out").exists()


def test_lone_surrogates_survive_the_output(tmp_path, capsys):
    (tmp_path / "c.jsonl").write_text('{"text": "broken \\ud800 text"}\n', encoding="utf-8")
    run(capsys, tmp_path / "c.jsonl", "--output", tmp_path / "out.jsonl", "--report", tmp_path / "r.json")
    (row,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert row["text"] == "broken \ud800 text"


def test_markdown_summary(tmp_path, capsys):
    write_jsonl(tmp_path / "c.jsonl", CLEAN[:2] + SPAM[:1])
    run(capsys, tmp_path / "c.jsonl", "--markdown", tmp_path / "summary.md")
    md = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "### spamguard check" in md and "| documents | 3 |" in md


def test_two_thousand_documents_in_three_formats_with_two_jobs(tmp_path, capsys):
    """Records in == records out + errors, across formats, in worker processes."""
    texts = [t for t, _ in pages()]
    corpus = [f"{texts[i % len(texts)]}\nDocument {i}." for i in range(2000)]
    write_jsonl(tmp_path / "a.jsonl.gz", corpus[:800])
    write_warc(tmp_path / "b.warc.gz", corpus[800:1400])
    write_folder(tmp_path / "c", corpus[1400:])
    (tmp_path / "c" / "broken.txt").write_bytes(b"\xff\xfe broken")
    code = main(["check", "--quiet", "--jobs", "2", str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.warc.gz"),
                 str(tmp_path / "c"), "--report", str(tmp_path / "r.json"), "--output", str(tmp_path / "out.jsonl")])
    r = report(tmp_path / "r.json")
    out_lines = sum(1 for _ in open(tmp_path / "out.jsonl", encoding="utf-8"))
    assert r["documents"] == out_lines == 2000
    assert r["error_count"] == 1
    assert r["documents"] + r["error_count"] == 2001
    spam_share = sum(1 for t, s in pages() if s) / len(pages())
    assert abs(r["contaminated_share"] - spam_share) < 0.1
    assert code == 1
    code = main(["check", "--quiet", "--jobs", "2", str(tmp_path / "a.jsonl.gz"), "--fail-above", "0.9"])
    assert code == 0


def test_markup_the_html_parser_refuses_is_still_read(tmp_path, capsys):
    """Found by the readers fuzz target: the stdlib parser raises on a broken marked section."""
    import base64

    from spamguard.html import html_to_text

    crash = base64.b64decode(
        "+7w8vDxCci8+OzxCci/7PEIvcj48QnIvPjxCci8+QkL7PEJyPjxCcj48cD6++9lC+2BCPjxCci8+PEL/////////AzxCMTs8PDw8PDw8PDw7"
        "PC8+Ozs8PDw8PDw8PDw7PEJyPkJyPpH7W/s8QnIvPvs8QnIvQkJbGz77W2h0bWz7PPs8QnI+PDxCcj48QnIvcD4v+zw8IVs8PQ=="
    )
    assert isinstance(html_to_text(crash.decode("cp1252", "replace")), str)
    assert html_to_text("<p>kept</p><![<=") .startswith("kept")
    (tmp_path / "broken.html").write_bytes(crash)
    run(capsys, tmp_path / "broken.html", "--report", tmp_path / "r.json")
    r = report(tmp_path / "r.json")
    assert r["documents"] + r["error_count"] == 1


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300), min_size=1, max_size=4),
       fmt=st.sampled_from(["out.jsonl", "out.warc.gz", "outdir"]))
def test_output_round_trips_through_the_readers(tmp_path_factory, capsys, texts, fmt):
    """Whatever the text, what --output writes reads back as exactly the clean text, one record
    per document (the WARC and folder writers included)."""
    import spamguard
    from spamguard.readers import Document, read_inputs

    tmp = tmp_path_factory.mktemp("rt")
    write_jsonl(tmp / "in.jsonl", texts)
    code, _ = run(capsys, tmp / "in.jsonl", "--output", tmp / fmt, "--report", tmp / "r.json")
    assert code in (0, 1)
    if fmt == "outdir":
        manifest = [json.loads(line) for line in (tmp / fmt / "spamguard.jsonl").read_text(encoding="utf-8").splitlines()]
        back = [(tmp / fmt / m["file"]).read_bytes().decode("utf-8") for m in manifest]
    else:
        items = list(read_inputs([str(tmp / fmt)]))
        assert all(isinstance(x, Document) for x in items)
        back = [x.text for x in items]
    assert back == [spamguard.clean(t).text for t in texts]

from __future__ import annotations

import json

from spamguard.cli import main

from support import FIXTURES

PAGE = FIXTURES / "pages" / "en_news_zh_adult_footer.txt"


def test_clean_prints_clean_text(capsys):
    assert main(["clean", str(PAGE)]) == 0
    out = capsys.readouterr().out
    assert "City council approves" in out
    assert "无码" not in out


def test_clean_json_follows_the_contract(capsys):
    assert main(["clean", "--json", str(PAGE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"text", "removed", "spam_ratio"}
    original = PAGE.read_text(encoding="utf-8")
    for span in data["removed"]:
        assert set(span) == {"start", "end", "label", "score", "reasons", "text"}
        assert original[span["start"] : span["end"]] == span["text"]


def test_clean_reads_stdin(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.read_bytes()), encoding="utf-8"))
    assert main(["clean", "-"]) == 0
    assert "无码" not in capsys.readouterr().out


def test_rejected_writes_jsonl(tmp_path, capsys):
    out = tmp_path / "rejected.jsonl"
    assert main(["clean", str(PAGE), "--rejected", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all("无码" in r["text"] for r in rows)


def test_explain_lists_blocks(capsys):
    assert main(["explain", str(PAGE)]) == 0
    out = capsys.readouterr().out
    assert "first" in out and "final" in out and "clean" in out
    assert "\x1b[" not in out  # no colour when not a terminal


def test_missing_file_is_a_clear_error(capsys, tmp_path):
    assert main(["clean", str(tmp_path / "nope.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_invalid_utf8_is_a_clear_error(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    assert main(["clean", str(bad)]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_clean_reads_utf16_with_its_byte_order_mark(capsys, tmp_path):
    windows = tmp_path / "windows.txt"
    windows.write_bytes(PAGE.read_text(encoding="utf-8").encode("utf-16"))
    assert main(["clean", str(windows)]) == 0
    out = capsys.readouterr().out
    assert "City council approves" in out and "无码" not in out
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfeA\x00\x00\xd8")  # a lone surrogate
    assert main(["clean", str(broken)]) == 2
    assert "UTF-16" in capsys.readouterr().err


def test_explain_shows_the_classifiers_score_of_blocks_that_stay(capsys):
    import spamguard

    text = PAGE.read_text(encoding="utf-8")
    rows = spamguard.Detector().explain(text)
    assert all(r.model_score is not None and 0.0 <= r.model_score <= 1.0 for r in rows)
    kept = [r for r in rows if r.final == "clean"]
    assert kept and all(r.spam_score == 0.0 for r in kept) and any(r.model_score > 0.0 for r in kept)
    assert all(r.model_score is None for r in spamguard.Detector(spamguard.Config(use_model=False)).explain(text))
    assert main(["explain", str(PAGE)]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:5] == ["line", "start", "end", "model", "score"]

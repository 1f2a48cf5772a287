"""The model file format: round trip, and a clear error for every kind of broken file."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

import spamguard
from spamguard.errors import ModelFormatError
from spamguard.model import LinearModel, shipped_model_path


@pytest.fixture()
def model_copy(tmp_path):
    stem = shipped_model_path()
    assert stem is not None, "the shipped model is missing from the package"
    for suffix in (".json", ".npz"):
        shutil.copy(stem.with_suffix(suffix), tmp_path / f"m{suffix}")
    return tmp_path / "m"


def test_shipped_model_is_small_and_loads_without_pickle():
    stem = shipped_model_path()
    assert stem.with_suffix(".npz").stat().st_size <= 8 * 1024 * 1024
    with np.load(stem.with_suffix(".npz"), allow_pickle=False) as npz:
        assert set(npz.files) == {"weights", "bias"}
        assert all(npz[k].dtype != object for k in npz.files)
    model = LinearModel.load(stem)
    header = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
    assert header["format_version"] == 1 and header["labels"][0] == "clean"
    assert model.featurizer.params() == header["featurizer"]


def test_round_trip(tmp_path, model_copy):
    model = LinearModel.load(model_copy)
    model.save(tmp_path / "again")
    again = LinearModel.load(tmp_path / "again")
    assert np.array_equal(again.weights, model.weights) and np.array_equal(again.bias, model.bias)
    assert again.labels == model.labels and again.decision == model.decision
    text = "News.\nMore news.\n人妻无码 | 在线观看 | 免费视频 | 成人网站"
    a = spamguard.Detector(spamguard.Config(model_path=str(model_copy))).clean(text)
    b = spamguard.Detector(spamguard.Config(model_path=str(tmp_path / "again"))).clean(text)
    assert a == b


def _expect_error(stem, match):
    from spamguard.detector import _load_model

    _load_model.cache_clear()
    with pytest.raises(ModelFormatError, match=match):
        LinearModel.load(stem)


def test_wrong_format_version(model_copy):
    header = json.loads(model_copy.with_suffix(".json").read_text(encoding="utf-8"))
    header["format_version"] = 99
    model_copy.with_suffix(".json").write_text(json.dumps(header), encoding="utf-8")
    _expect_error(model_copy, "format_version 99")


def test_corrupt_header(model_copy):
    model_copy.with_suffix(".json").write_text("{not json", encoding="utf-8")
    _expect_error(model_copy, "not valid JSON")


def test_truncated_weights(model_copy):
    data = model_copy.with_suffix(".npz").read_bytes()
    model_copy.with_suffix(".npz").write_bytes(data[: len(data) // 2])
    _expect_error(model_copy, "unreadable")


def test_tampered_weights_fail_the_digest(model_copy):
    with np.load(model_copy.with_suffix(".npz"), allow_pickle=False) as npz:
        weights, bias = npz["weights"].copy(), npz["bias"]
    weights[0, 0] += 1
    np.savez_compressed(model_copy.with_suffix(".npz"), weights=weights, bias=bias)
    _expect_error(model_copy, "digest")


def test_pickled_array_is_refused(model_copy):
    with np.load(model_copy.with_suffix(".npz"), allow_pickle=False) as npz:
        bias = npz["bias"]
    np.savez(model_copy.with_suffix(".npz"), weights=np.array([object()], dtype=object), bias=bias)
    _expect_error(model_copy, "unreadable")


def test_missing_files(tmp_path):
    _expect_error(tmp_path / "nothing", "not found")


def test_wrong_shape(model_copy):
    with np.load(model_copy.with_suffix(".npz"), allow_pickle=False) as npz:
        bias = npz["bias"]
    np.savez_compressed(model_copy.with_suffix(".npz"), weights=np.zeros((4, 2), dtype=np.float16), bias=bias)
    _expect_error(model_copy, "do not match the header")


def test_cli_reports_a_broken_model(model_copy, capsys, tmp_path):
    from spamguard.cli import main
    from spamguard.detector import _load_model

    _load_model.cache_clear()
    model_copy.with_suffix(".json").write_text("[]", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Some text.", encoding="utf-8")
    assert main(["clean", "--model-path", str(model_copy), str(page)]) == 2
    assert "not a JSON object" in capsys.readouterr().err


def test_reading_no_spans_gives_no_rows():
    """Found by the mixed-pages property in CI: a caller whose candidates were all filtered out
    asked for the sums of no spans, and the concatenation of nothing raised."""
    import numpy as np

    from spamguard import default_detector

    model = default_detector().model
    sums, counts = model.span_sums(np.zeros(5, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    assert sums.shape == (0, len(model.labels)) and counts.shape == (0,)
    assert model.span_probabilities(np.zeros(5, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)).shape == (0, len(model.labels))

"""atheris fuzz target for spamguard.clean: any text, the invariant must hold.

    python tests/fuzz/fuzz_clean.py -max_total_time=600

A crash, an exception, or a result whose text is not the original minus its spans is a finding.
"""

import sys

import atheris

with atheris.instrument_imports(include=["spamguard"]):
    import spamguard

DETECTOR = spamguard.Detector()


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicode(len(data))  # includes lone surrogates
    result = DETECTOR.clean(text)
    if spamguard.remove_spans(text, result.removed) != result.text:
        raise AssertionError("invariant broken")
    prev = 0
    for s in result.removed:
        if not (prev <= s.start < s.end <= len(text)) or not 0.0 <= s.score <= 1.0:
            raise AssertionError(f"bad span {s}")
        prev = s.end


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()

"""The benchmark's stage timing (``benchmarks.stages``): it times the detector's own calls, they
add up to ``clean()``, and the package is left as it was."""

from __future__ import annotations

import importlib

from benchmarks import stages

PAGES = [
    "Home | News | Contact\nCouncil approves park\nThe town council met on Tuesday and approved the plan "
    "for the new park.\n人妻无码 | 在线观看 | 免费视频 | 成人网站\nThe mayor thanked the residents.",
    "Weather news for today.\nRain is expected in the afternoon, with sun returning by Friday.",
]


def test_every_stage_is_timed_on_the_detector_s_path():
    """Each stage names functions the detector calls where it calls them: a stage whose functions
    were patched where the detector does not look them up would stay at zero."""
    times = stages.stage_times(PAGES)
    assert set(times) == set(stages.STAGES) | {"other"}
    assert all(t > 0 for name, t in times.items() if name != "other"), times
    assert times["other"] >= 0


def test_the_package_s_functions_are_restored():
    before = {(m, c, n): _lookup(m, c, n) for places in stages.STAGES.values() for m, c, n in places}
    stages.stage_times(PAGES[:1])
    assert all(_lookup(*place) is fn for place, fn in before.items())


def _lookup(module: str, cls: str, name: str):
    owner = importlib.import_module(module)
    return getattr(owner, cls).__dict__[name] if cls else getattr(owner, name)

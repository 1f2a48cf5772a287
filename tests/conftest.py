"""Hypothesis profiles for the default run and for exploration.

The default run is CI's gate, so its property tests draw the same examples on every run
(``derandomize``): a failure reproduces on the next run instead of vanishing, and a green run
means the same thing twice. Exploration with fresh random examples is a separate, deliberate run:

    HYPOTHESIS_PROFILE=explore python -m pytest tests/test_robustness.py tests/test_api.py
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

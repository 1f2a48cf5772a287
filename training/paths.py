"""Where the outside data lives: ``../shared/data/external`` beside the repository (by path only)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXTERNAL = Path(os.environ.get("SPAMGUARD_EXTERNAL", REPO.parent / "shared" / "data" / "external"))
WORK = REPO / "training" / "work"

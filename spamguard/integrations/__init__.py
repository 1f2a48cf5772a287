"""Thin layers over the library for the tools users already run: Scrapy, datatrove, Spark.

Each lives in its own module, imports its framework only when that module is imported, and says
which extra to install when the framework is missing (``pip install 'spamguard[scrapy]'``).
"""

from __future__ import annotations

import importlib
from types import ModuleType


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` or raise an ImportError naming the spamguard extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise ImportError(
            f"spamguard.integrations.{extra} needs {module.split('.')[0]}: pip install 'spamguard[{extra}]'"
        ) from e

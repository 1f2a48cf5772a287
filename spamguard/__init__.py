"""spamguard: find spam injected into scraped web pages and cut it out.

>>> import spamguard
>>> r = spamguard.clean("Local news.\\nCity council met today.\\n人妻无码 | 在线观看 | 免费视频 | 成人网站")
>>> r.text
'Local news.\\nCity council met today.\\n'
>>> spamguard.remove_spans("Local news.\\nCity council met today.\\n人妻无码 | 在线观看 | 免费视频 | 成人网站", r.removed) == r.text
True
"""

from __future__ import annotations

from functools import lru_cache

from .detector import Config, Detector, Explanation
from .errors import InputError, ModelFormatError, SpamGuardError
from .reasons import Reason
from .result import Result, Span, remove_spans

__all__ = [
    "Config",
    "Detector",
    "Explanation",
    "InputError",
    "ModelFormatError",
    "Reason",
    "Result",
    "Span",
    "SpamGuardError",
    "clean",
    "default_detector",
    "remove_spans",
]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The shared detector with the default configuration and the shipped model."""
    return Detector()


def clean(text: str) -> Result:
    """Remove injected spam from ``text`` with the default detector.

    Args:
        text: the page text (``str``; bytes raise ``TypeError``).

    Returns:
        A :class:`Result`: ``.text`` (clean), ``.removed`` (spans), ``.spam_ratio``.
    """
    return default_detector().clean(text)

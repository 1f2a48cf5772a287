"""The one error hierarchy of spamguard."""

from __future__ import annotations


class SpamGuardError(Exception):
    """Base class of every error spamguard raises on purpose."""


class ModelFormatError(SpamGuardError):
    """A model file is missing, corrupt, or of a format version this spamguard cannot read."""


class InputError(SpamGuardError):
    """An input file or record cannot be read; the message names where and what to try."""

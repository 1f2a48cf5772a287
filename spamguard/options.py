"""Command-line options shared by every command that runs a detector (one name per option)."""

from __future__ import annotations

import argparse

from .detector import Config
from .errors import SpamGuardError


def add_model_options(p: argparse.ArgumentParser) -> None:
    """Add ``--no-model``, ``--model-path`` and ``--spam-threshold`` (the fields of Config)."""
    g = p.add_argument_group("model")
    g.add_argument("--no-model", dest="use_model", action="store_false", help="rules only, no classifier")
    g.add_argument("--model-path", metavar="STEM", help="model stem (STEM.json + STEM.npz); default: shipped model")
    g.add_argument("--spam-threshold", type=float, metavar="P", help="classifier probability that removes a block")


def config_from_args(args: argparse.Namespace) -> Config:
    """The :class:`Config` the model options describe."""
    if args.spam_threshold is not None and not 0.0 <= args.spam_threshold <= 1.0:
        raise SpamGuardError("--spam-threshold must be between 0 and 1")
    return Config(use_model=args.use_model, model_path=args.model_path, spam_threshold=args.spam_threshold)

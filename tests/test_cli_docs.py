"""docs/cli.md is generated from the parser; it must match the current options."""

import importlib.util

from support import ROOT


def test_cli_docs_match_the_parser():
    spec = importlib.util.spec_from_file_location("gen_cli_md", ROOT / "docs" / "gen_cli_md.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == module.render(), "docs/cli.md is stale: run python docs/gen_cli_md.py"


def test_every_command_help_shows_an_example():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("clean", "explain", "check"):
        section = text.split(f"## spamguard {command}", 1)[1].split("## spamguard", 1)[0]
        assert "example" in section and f"spamguard {command}" in section

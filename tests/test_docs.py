"""Documentation stays complete: every command and every setting is documented."""

from pathlib import Path

import pytest

from dateline.config import default_text, defaults
from dateline.serve.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"dateline {command}" in README


def test_readme_gives_the_two_commands() -> None:
    assert "bash scripts/demo.sh" in README and "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("key", sorted(defaults()["pipeline"]))
def test_every_pipeline_setting_has_a_comment(key: str) -> None:
    lines = default_text().splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key} ="))
    assert lines[index - 1].startswith("#")

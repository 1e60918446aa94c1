"""The documentation stays true: every command is documented, and README examples are real."""

from pathlib import Path

import pytest
import typer
from cogapp import Cog

from accord.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _commands(group, prefix=()):
    for name, sub in group.commands.items():
        if hasattr(sub, "commands"):
            yield from _commands(sub, (*prefix, name))
        else:
            yield " ".join((*prefix, name))


COMMANDS = sorted(_commands(typer.main.get_command(app)))


def test_every_command_has_a_section_in_the_cli_reference():
    reference = (ROOT / "docs" / "cli-reference.md").read_text("utf-8")
    missing = [c for c in COMMANDS if f"## accord {c}\n" not in reference]
    assert not missing, f"run `cog -r docs/cli-reference.md`; undocumented: {missing}"


def test_every_command_has_help_text():
    command = typer.main.get_command(app)
    for name in COMMANDS:
        sub = command
        for part in name.split():
            sub = sub.commands[part]
        assert (sub.help or "").strip(), f"accord {name} has no help text"


COGGED = sorted(
    p.relative_to(ROOT).as_posix()
    for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    if "[[[cog" in p.read_text("utf-8")
)


@pytest.mark.slow
@pytest.mark.parametrize("page", COGGED)
def test_page_shows_what_the_code_prints_today(page):
    assert Cog().main(["cog", "--check", str(ROOT / page)]) == 0, f"stale: run `cog -r {page}`"

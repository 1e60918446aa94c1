import re
from pathlib import Path

from accord.cli import app

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "simulate.md"


def test_every_simulate_option_and_strategy_is_documented():
    import typer.main

    from accord.simulate import ACCEPTANCE_RULES, STRATEGIES

    text = DOC.read_text(encoding="utf-8")
    command = next(c for c in typer.main.get_command(app).commands.values() if c.name == "simulate")
    options = {o for p in command.params for o in getattr(p, "opts", []) if o.startswith("--")}
    assert options
    for name in sorted(
        options | {f"`{s}`" for s in STRATEGIES} | {f"`{a}`" for a in ACCEPTANCE_RULES}
    ):
        assert name in text, name


def test_docs_show_no_error_output():
    assert not re.search(r"^Error:", DOC.read_text(encoding="utf-8"), re.M)

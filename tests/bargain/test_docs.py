from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bargain_docs_name_every_command():
    text = (ROOT / "docs" / "bargain.md").read_text()
    for command in (
        "accord bargain",
        "accord case init",
        "accord case check",
        "accord case schema",
        "accord case export",
        "accord case import",
        "--genius",
        "--geniusweb",
        "--from",
    ):
        assert command in text, command


def test_public_names_are_exported():
    import accord.bargain as b

    for name in (
        "OutcomeSpace",
        "utilities",
        "pareto_frontier",
        "nash",
        "kalai_smorodinsky",
        "egalitarian",
        "utilitarian",
        "analyse",
        "BargainReport",
        "Outcome",
    ):
        assert name in b.__all__ and hasattr(b, name), name

import json

import pytest
from typer.testing import CliRunner

from accord.bargain import OutcomeSpace
from accord.bargain.draft import draft_case_yaml
from accord.cases import parse_case
from accord.cli import app
from accord.model import Evidence, GapRow, GapTable, PartyPosition, Provision


def prov(holder, issue, stance, text, modality="demand"):
    return Provision(
        holder=holder,
        issue=issue,
        stance=stance,
        modality=modality,
        evidence=Evidence(start=0, end=len(text), text=text),
    )


def position(*provisions, stance=None):
    return PartyPosition(
        stance=stance or provisions[0].stance,
        modality=provisions[0].modality,
        provisions=list(provisions),
    )


TABLE = GapTable(
    parties=["RUS", "UKR"],
    rows=[
        GapRow(
            issue="alignment.alliance_membership",
            status="conflict",
            positions={
                "RUS": position(
                    prov("RUS", "alignment.alliance_membership", "oppose", "No NATO for Kyiv."),
                    prov("RUS", "alignment.alliance_membership", "oppose", "Never NATO."),
                ),
                "UKR": position(
                    prov(
                        "UKR",
                        "alignment.alliance_membership",
                        "support",
                        "We seek NATO.",
                        modality="position",
                    )
                ),
            },
        ),
        GapRow(
            issue="humanitarian.prisoner_exchange",
            status="agreement",
            positions={
                "RUS": position(prov("RUS", "humanitarian.prisoner_exchange", "support", "Swap.")),
                "UKR": position(prov("UKR", "humanitarian.prisoner_exchange", "support", "Swap.")),
            },
        ),
        GapRow(
            issue="economy.reparations",
            status="one_sided",
            positions={
                "UKR": position(prov("UKR", "economy.reparations", "support", "Russia must pay."))
            },
        ),
    ],
)


def test_draft_has_one_issue_per_contested_or_one_sided_row():
    case = parse_case(draft_case_yaml(TABLE))
    assert [i.name for i in case.issues] == ["alignment.alliance_membership", "economy.reparations"]
    assert [p.name for p in case.parties] == ["RUS", "UKR"]


def test_draft_ideals_follow_stances_and_weights_modality_and_prominence():
    case = parse_case(draft_case_yaml(TABLE))
    rus, ukr = case.preferences["RUS"], case.preferences["UKR"]
    assert rus.ideal == {"alignment.alliance_membership": "no"}
    assert ukr.ideal["alignment.alliance_membership"] == "yes"
    assert rus.weights["alignment.alliance_membership"] == 3.5  # demand + one more provision
    assert ukr.weights["alignment.alliance_membership"] == 1.0  # a plain position
    assert "economy.reparations" not in rus.weights


def test_draft_comments_quote_the_source_sentences():
    text = draft_case_yaml(TABLE)
    assert '# oppose: "No NATO for Kyiv."' in text
    assert '# support: "Russia must pay."' in text
    assert "# silent on: economy.reparations" in text


def test_draft_is_a_case_accord_can_bargain_over():
    space = OutcomeSpace.from_case(parse_case(draft_case_yaml(TABLE)))
    assert space.size == 9


def test_case_init_from_gap_table_json(tmp_path):
    gaps = tmp_path / "gaps.json"
    gaps.write_text(TABLE.model_dump_json())
    out = tmp_path / "case.yaml"
    result = CliRunner().invoke(app, ["case", "init", str(gaps), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert parse_case(out.read_text()).issues[0].name == "alignment.alliance_membership"


@pytest.mark.parametrize("fmt", ["genius", "geniusweb"])
def test_case_export_then_import_round_trips(tmp_path, fmt):
    from pathlib import Path

    example = (
        Path(__file__).resolve().parents[2] / "examples" / "cases" / "russia-ukraine-2025.yaml"
    )
    runner = CliRunner()
    result = runner.invoke(app, ["case", "export", str(example), "--to", fmt, "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    files = result.stdout.split()
    back = tmp_path / "back.yaml"
    result = runner.invoke(
        app, ["case", "import", *(files if fmt == "genius" else files[1:]), "-o", str(back)]
    )
    assert result.exit_code == 0, result.output
    case = parse_case(back.read_text())
    assert [p.name for p in case.parties] == ["Russia", "Ukraine"]
    data = json.loads(runner.invoke(app, ["bargain", str(back), "--format", "json"]).stdout)
    orig = json.loads(runner.invoke(app, ["bargain", str(example), "--format", "json"]).stdout)
    assert len(data["frontier"]) == len(orig["frontier"])


def test_case_init_from_texts_end_to_end(tmp_path):
    from pathlib import Path

    texts = sorted(
        (Path(__file__).resolve().parents[2] / "examples" / "istanbul-2025").glob("*.md")
    )
    out = tmp_path / "case.yaml"
    result = CliRunner().invoke(app, ["case", "init", *map(str, texts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    case = parse_case(out.read_text())
    assert {p.name for p in case.parties} >= {"RUS", "UKR"}
    assert case.issues
    assert OutcomeSpace.from_case(case).size == 3 ** len(case.issues)

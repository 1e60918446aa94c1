import json

from rich.console import Console

from accord.codebook import load_codebook
from accord.compare import compare
from accord.model import Document, DocumentMeta, Evidence, Explanation, Fact, Provision
from accord.render import (
    codebook_dict,
    document_dict,
    document_markdown,
    document_table,
    gaps_dict,
    gaps_markdown,
    gaps_table,
    to_yaml,
)

TEXT = "Moscow demands that Kyiv stay neutral. Kyiv wants NATO | EU membership."


def provision(holder, issue, stance, start, end, **kw):
    return Provision(
        holder=holder,
        issue=issue,
        stance=stance,
        subject="UKR",
        evidence=Evidence(start=start, end=end, text=TEXT[start:end]),
        **kw,
    )


DOC = Document(
    meta=DocumentMeta(name="talks.txt", title="Talks", author="RUS"),
    text=TEXT,
    provisions=[
        provision("RUS", "alignment.neutrality", "support", 0, 38, modality="demand"),
        provision(
            "UKR",
            "alignment.alliance_membership",
            "support",
            39,
            72,
            explanation=Explanation(rule="cue.membership", cues=["NATO"], score=0.9),
        ),
    ],
    facts=[Fact(kind="venue", text="Talks in Istanbul", evidence=Evidence(start=0, end=5))],
)


def ansi(renderable) -> str:
    console = Console(force_terminal=True, color_system="standard", width=120)
    with console.capture() as cap:
        console.print(renderable)
    return cap.get()


def plain(renderable) -> str:
    console = Console(width=120)
    with console.capture() as cap:
        console.print(renderable)
    return cap.get()


def test_document_dict_is_json_serialisable_and_omits_explanations_by_default():
    data = json.loads(json.dumps(document_dict(DOC)))
    assert "explanation" not in data["provisions"][1]
    assert data["document"]["chars"] == len(TEXT)
    assert data["facts"][0]["kind"] == "venue"


def test_document_dict_with_explain_carries_each_explanation_or_null():
    provisions = document_dict(DOC, explain=True)["provisions"]
    assert provisions[0]["explanation"] is None
    assert provisions[1]["explanation"]["cues"] == ["NATO"]


def test_evidence_names_its_document_only_in_a_gap_table():
    assert "document" not in document_dict(DOC)["provisions"][0]["evidence"]
    issues = gaps_dict(compare([DOC]))["issues"]
    assert issues[0]["positions"]["RUS"]["evidence"][0]["document"] == "talks.txt"


def test_gaps_dict_positions_list_subjects_and_evidence():
    row = gaps_dict(compare([DOC]))["issues"][1]
    assert row["issue"] == "alignment.alliance_membership"
    position = row["positions"]["UKR"]
    assert (position["stance"], position["subjects"]) == ("support", ["UKR"])
    assert position["evidence"][0]["text"] == TEXT[39:72]


def test_markdown_escapes_pipes_in_evidence():
    md = document_markdown(DOC)
    assert "NATO \\| EU membership" in md
    assert "NATO | EU" not in md


def test_markdown_lists_facts_and_explanations_when_asked():
    md = document_markdown(DOC, explain=True)
    assert "cue.membership score 0.90 cues: NATO" in md
    assert "- Talks in Istanbul (venue, 0–5)" in md


def test_gaps_markdown_quotes_the_evidence_with_its_document():
    md = gaps_markdown(compare([DOC]))
    assert "RUS support (talks.txt 0–38): “Moscow demands that Kyiv stay neutral.”" in md


def test_terminal_tables_color_stances_and_statuses():
    out = ansi(gaps_table(compare([DOC])))
    assert "\x1b[32msupport" in out  # green
    assert "\x1b[33mone-sided" in out  # yellow
    assert "\x1b[31m" not in out  # no red: nothing opposed or in conflict


def test_conflict_is_red_in_the_terminal():
    doc = DOC.model_copy(
        update={
            "provisions": [
                *DOC.provisions,
                provision("RUS", "alignment.alliance_membership", "oppose", 0, 38),
            ]
        }
    )
    out = ansi(gaps_table(compare([doc])))
    assert "\x1b[1;31mconflict" in out


def test_plain_tables_have_no_escape_codes():
    for renderable in (document_table(DOC, explain=True), gaps_table(compare([DOC]))):
        out = plain(renderable)
        assert "\x1b[" not in out
        assert "alignment.alliance_membership" in out


def test_empty_gap_table_says_so():
    assert "No provisions found" in plain(gaps_table(compare([])))
    assert gaps_markdown(compare([])).startswith("No provisions found")


def test_codebook_dict_round_trips_through_yaml():
    import yaml

    data = codebook_dict(load_codebook())
    assert yaml.safe_load(to_yaml(data)) == data
    assert len(data["tensions"]) == len(load_codebook().tensions)

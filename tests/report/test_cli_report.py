"""``accord report FILE... -o report.html``: the real reader, extractor and comparison."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app

MEMO = Path(__file__).parent.parent / "fixtures" / "web" / "memo.txt"
SRC = Path(__file__).parent.parent.parent / "src"


def test_report_command_writes_one_self_contained_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(MEMO), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in result.output.replace("\n", "")
    html = out.read_text("utf-8")
    assert re.search(r'<tr class="conflict" id="issue-alignment.alliance_membership">', html)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<script" not in html and "<link" not in html
    assert "Positions before the third round" in html


def test_report_of_a_missing_file_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    proc = subprocess.run(
        [sys.executable, "-m", "accord", "report", str(tmp_path / "nope.txt"), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Error: {tmp_path / 'nope.txt'}: no such file or directory"
    assert not out.exists()

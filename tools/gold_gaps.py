"""Write the ``gaps:`` section of gold files: what :func:`accord.compare.compare` makes of their
required provisions (the convention ``tests/test_examples_eval.py`` checks).

Usage: ``python tools/gold_gaps.py FILE.gold.yaml...``; each file is rewritten in place, its
comments and other sections kept. An existing top-level ``gaps:`` block is replaced; otherwise the
block goes before ``facts:``, or at the end.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from accord.evaluate import load_gold

_TOP_KEY = re.compile(r"[A-Za-z_]+:")


def gaps_block(path: Path) -> list[str]:
    """The ``gaps:`` lines for the gold file at ``path``."""
    gaps = load_gold(path).required_gaps()
    lines = ["gaps:"]
    for status in ("conflict", "agreement"):
        if getattr(gaps, status):
            lines.append(f"  {status}: [{', '.join(getattr(gaps, status))}]")
    if gaps.one_sided:
        lines.append("  one_sided:")
        lines += [f"    {party}: [{', '.join(codes)}]" for party, codes in gaps.one_sided.items()]
    if gaps.cross_issue:
        lines.append("  cross_issue:")
        lines += [
            "    - {" + ", ".join(f"{k}: {v}" for k, v in row.items()) + "}"
            for row in gaps.cross_issue
        ]
    return [*lines, ""]


def rewrite(path: Path) -> None:
    """Replace or insert the ``gaps:`` block of the gold file at ``path``."""
    lines = path.read_text("utf-8").splitlines()
    block = gaps_block(path)
    if "gaps:" in lines:
        start = lines.index("gaps:")
        end = start + 1
        while (
            end < len(lines)
            and not _TOP_KEY.match(lines[end])
            and not (
                lines[end].startswith("#")
                and end + 1 < len(lines)
                and not lines[end + 1].startswith(" ")
            )
        ):
            end += 1
        lines[start:end] = block
    elif "facts:" in lines:
        at = lines.index("facts:")
        while at > 0 and lines[at - 1].startswith("#"):
            at -= 1
        lines[at:at] = block
    else:
        lines += ["", *block]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", "utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        rewrite(Path(name))

"""Read and analyse every GENIUS domain under a folder; report each file read or refused, and why.

    python benchmarks/genius_domains.py DIR [--max-points N]

A folder holding a domain file and at least two linear profiles is analysed with all its
profiles as parties (exact frontier, Nash point, time). A file that cannot be read is listed
with the reason (not XML, non-linear utility space, ...). Exit status 1 if a linear domain
fails to load or to be analysed.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from accord.bargain import analyse
from accord.bargain.genius import genius_space, read_domain, read_profile
from accord.errors import AccordError


def kind(path: Path) -> str:
    """``domain``, ``profile`` or ``other`` (by content)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return "other"
    if root.find(".//weight") is not None or root.find(".//hyperRectangle") is not None:
        return "profile"
    if root.find(".//item[@evaluation]") is not None:
        return "profile"
    if root.find(".//issue") is not None:
        return "domain"
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--max-points", type=int, default=5_000_000)
    args = parser.parse_args()
    folders = sorted({p.parent for p in args.root.rglob("*.xml")})
    counts = {"analysed": 0, "refused_files": 0, "failed": 0, "read_files": 0}
    for folder in folders:
        rel = folder.relative_to(args.root)
        files = sorted(folder.glob("*.xml"))
        kinds = {f: kind(f) for f in files}
        domains = [f for f in files if kinds[f] == "domain"]
        profiles = []
        for f in files:
            if kinds[f] == "other":
                try:
                    ET.parse(f)
                    why = "neither a domain nor a profile"
                except ET.ParseError as exc:
                    why = f"not XML ({exc})"
                print(f"REFUSED  {rel}/{f.name}: {why}")
                counts["refused_files"] += 1
        if len(domains) != 1:
            print(f"SKIPPED  {rel}: {len(domains)} domain files")
            continue
        try:
            domain = read_domain(domains[0])
            counts["read_files"] += 1
        except AccordError as exc:
            print(f"FAILED   {rel}/{domains[0].name}: {exc.problem}")
            counts["failed"] += 1
            continue
        for f in files:
            if kinds[f] != "profile":
                continue
            try:
                read_profile(f, domain)
                profiles.append(f)
                counts["read_files"] += 1
            except AccordError as exc:
                print(f"REFUSED  {rel}/{f.name}: {exc.problem}")
                counts["refused_files"] += 1
        if len(profiles) < 2:
            print(f"SKIPPED  {rel}: {len(profiles)} linear profiles, need 2")
            continue
        start = time.perf_counter()
        try:
            space = genius_space(domains[0], profiles)
            report = analyse(space, max_points=args.max_points, max_count=0)
        except AccordError as exc:
            print(f"FAILED   {rel}: {exc.problem}")
            counts["failed"] += 1
            continue
        took = time.perf_counter() - start
        nash = report.solutions["nash"]
        nash_text = (
            "none"
            if nash is None
            else "(" + ", ".join(f"{u:.3f}" for u in nash.utilities.values()) + ")"
        )
        print(
            f"OK       {rel}: {len(space.parties)} parties, {len(space.issues)} issues, "
            f"{space.size:,} outcomes, frontier {len(report.frontier):,}, Nash {nash_text}, "
            f"{took:.3f} s"
        )
        counts["analysed"] += 1
    print(
        f"\n{counts['analysed']} domains analysed, {counts['read_files']} files read, "
        f"{counts['refused_files']} files refused, {counts['failed']} failures"
    )
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

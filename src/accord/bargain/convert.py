"""Move cases between accord's YAML and other tools' formats (GENIUS XML, GeniusWeb JSON)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from accord.errors import CaseError

__all__ = ["export_case", "import_case"]


def export_case(case_path: str | Path, to: str, directory: str | Path) -> list[Path]:
    """Write the case in ``case_path`` as ``genius`` or ``geniusweb`` files; return their paths."""
    from accord.cases import load_case

    case = load_case(case_path)
    if to == "genius":
        from accord.bargain.genius import write_genius

        return write_genius(case, directory)
    if to == "geniusweb":
        from accord.bargain.geniusweb import write_geniusweb

        return write_geniusweb(case, directory)
    raise CaseError(str(case_path), f"unknown export format {to!r} (genius, geniusweb)")


def import_case(files: Sequence[str | Path]) -> str:
    """Case YAML from a GENIUS domain and profiles (``.xml``) or GeniusWeb profiles (``.json``)."""
    from accord.cases import dump_case

    paths = [Path(f) for f in files]
    if paths and all(p.suffix.lower() == ".json" for p in paths):
        from accord.bargain.geniusweb import read_geniusweb_case

        return dump_case(read_geniusweb_case(paths))
    if len(paths) >= 2 and all(p.suffix.lower() == ".xml" for p in paths):
        from accord.bargain.genius import read_genius_case

        return dump_case(read_genius_case(paths[0], paths[1:]))
    raise CaseError(
        str(paths[0]) if paths else None,
        "give DOMAIN.xml PROFILE.xml... (GENIUS) or PROFILE.json... (GeniusWeb)",
    )

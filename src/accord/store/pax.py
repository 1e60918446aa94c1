"""PA-X, the Peace Agreements Database (University of Edinburgh): import and export.

:func:`import_pax` loads a PA-X CSV in its wide layout (one row per agreement: metadata columns
such as ``AgtId``, ``Agt``, ``Dat``, ``Con``, ``Stage``, then about 240 category columns coded
0-3 or 0/1). A category column is any column outside the known metadata whose values are all
0-3; a value of 1 or more means the agreement addresses the category (zeros are not stored).
Agreements are keyed by ``AgtId``: importing another release updates them, so the coded release
and the release with descriptions combine. Dates are ISO (``2019-07-08``) or ``DD/MM/YYYY``.

:func:`export_pax` writes accord's own coding in the same layout: one row per stored document,
and one column per PA-X category that the codebook maps an issue to (``pax:`` in
``issues.yaml``), 1 where a live provision of the document is on such an issue.

Reference: Bell, C., & Badanjak, S. (2019). Introducing PA-X: A new peace agreement database
and dataset. Journal of Peace Research, 56(3), 452-466.

>>> parse_date("15/02/1990"), parse_date("2019-07-08"), parse_date("")
(datetime.date(1990, 2, 15), datetime.date(2019, 7, 8), None)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from accord.codebook import load_codebook
from accord.errors import FormatError
from accord.store.schema import DocumentRow, PaxAgreementRow, PaxCodeRow

if TYPE_CHECKING:
    from accord.store.store import Store

#: Columns of the PA-X releases that describe an agreement rather than code a category.
METADATA = {
    "Con", "Contp", "PP", "PPName", "Reg", "AgtId", "Ver", "Agt", "Dat", "Status", "Lgt",
    "N_characters", "Agtp", "Stage", "StageSub", "Part", "ThrdPart", "OthAgr", "Loc1ISO",
    "Loc2ISO", "Loc1GWNO", "Loc2GWNO", "UcdpCon", "UcdpAgr", "PamAgr", "CowWar", "Interim",
    "description", "stage_label", "stage - sort", "stage_short", "agt_type", "agt_dat", "year",
    "PAX_Hyperlink", "PDF_Hyperlink", "stage_display", "substage_label",
}  # fmt: skip
FIELDS = {
    "Agt": "name",
    "Con": "country",
    "Reg": "region",
    "PPName": "process",
    "Stage": "stage",
    "StageSub": "stage_sub",
    "Agtp": "agreement_type",
    "Status": "status",
    "Loc1ISO": "loc1",
    "Loc2ISO": "loc2",
    "description": "description",
}
CODE_VALUES = {"0", "1", "2", "3"}


def parse_date(value: str) -> dt.date | None:
    """A PA-X date: ``YYYY-MM-DD`` or ``DD/MM/YYYY`` (None when empty or unreadable)."""
    value = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", value):
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value):
        d, mo, y = (int(x) for x in m.groups())
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _int(value: str) -> int | None:
    try:
        return int(float(value))
    except ValueError:
        return None


def read_pax(path: str | Path) -> tuple[list[dict[str, str]], list[str]]:
    """The rows of a PA-X CSV and its category columns; :class:`FormatError` if it is not one."""
    name = str(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            rows = list(reader)
    except FileNotFoundError:
        raise FormatError(name, "no such file") from None
    except UnicodeDecodeError:
        raise FormatError(name, "not UTF-8 text") from None
    except (OSError, csv.Error) as exc:
        raise FormatError(name, f"cannot read: {exc}") from None
    if "AgtId" not in header or "Agt" not in header:
        raise FormatError(name, "not a PA-X file: no AgtId and Agt columns")
    categories = [
        c
        for c in header
        if c and c not in METADATA and all(r.get(c, "").strip() in CODE_VALUES | {""} for r in rows)
    ]
    for line, r in enumerate(rows, start=2):
        if _int(r["AgtId"] or "") is None:
            raise FormatError(name, f"line {line}: AgtId {r['AgtId']!r} is not a number")
    return rows, categories


def import_pax(store: Store, path: str | Path) -> dict[str, int]:
    """Load (or update) the agreements of a PA-X CSV, in one transaction.

    Returns counts: ``agreements`` in the file, ``added``, ``updated``, ``categories`` (columns).
    """
    rows, categories = read_pax(path)
    added = updated = 0
    with store.session(f"cannot import {path}") as s:
        ids = [_int(r["AgtId"]) for r in rows]
        existing = {
            a.agt_id: a
            for a in s.scalars(
                select(PaxAgreementRow)
                .where(PaxAgreementRow.agt_id.in_(ids))
                .options(selectinload(PaxAgreementRow.codes))
            )
        }
        for r, agt_id in zip(rows, ids, strict=True):
            assert agt_id is not None
            row = existing.get(agt_id)
            if row is None:
                row = PaxAgreementRow(agt_id=agt_id, name="", description="")
                s.add(row)
                existing[agt_id] = row
                added += 1
            else:
                updated += 1
            values: dict[str, Any] = {
                field: r[col].strip() for col, field in FIELDS.items() if r.get(col, "").strip()
            }
            for field, value in values.items():
                setattr(row, field, value[:3] if field in ("loc1", "loc2") else value)
            if (date := parse_date(r.get("Dat", ""))) is not None:
                row.date = date
            if (ver := _int(r.get("Ver", "") or "x")) is not None:
                row.version = ver
            if categories:
                row.codes = [
                    PaxCodeRow(code=c, value=int(r[c]))
                    for c in categories
                    if r.get(c, "").strip() not in ("", "0")
                ]
    return {
        "agreements": len(rows),
        "added": added,
        "updated": updated,
        "categories": len(categories),
    }


def pax_columns() -> list[str]:
    """The PA-X categories the codebook maps issues to, in first-mention order."""
    return list(dict.fromkeys(code for i in load_codebook().issues for code in i.pax))


def export_pax(store: Store) -> str:
    """accord's coding of every stored document as PA-X-style CSV (see module docstring)."""
    cb = load_codebook()
    columns = pax_columns()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["AgtId", "Agt", "Dat", "Con", "Part", "Stage", "Status", *columns])
    with store.session("cannot export") as s:
        docs = s.scalars(
            select(DocumentRow)
            .options(selectinload(DocumentRow.provisions))
            .order_by(DocumentRow.id)
        )
        for d in docs:
            live = [p for p in d.provisions if p.status != "deleted"]
            coded = {code for p in live if p.issue in cb for code in cb.issue(p.issue).pax}
            parties = list(dict.fromkeys(p.holder for p in live))
            writer.writerow(
                [
                    d.id,
                    d.title or d.name,
                    d.date.isoformat() if d.date else "",
                    d.author or "",
                    "/".join(parties),
                    "",
                    "accord",
                    *(1 if c in coded else 0 for c in columns),
                ]
            )
    return out.getvalue()


__all__ = ["export_pax", "import_pax", "parse_date", "pax_columns", "read_pax"]

"""PA-X: importing the real releases' layout, combining releases, exporting accord's coding."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from accord.errors import FormatError
from accord.store import Store
from accord.store.pax import export_pax, import_pax, pax_columns
from accord.store.schema import PaxAgreementRow

from .helpers import document, provision

PAX = Path(__file__).resolve().parents[1] / "fixtures" / "pax"
CODED = PAX / "pax_coded_slice.csv"
META = PAX / "pax_metadata_v10_slice.csv"


def agreement(store: Store, agt_id: int) -> PaxAgreementRow:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    with store.session() as s:
        return s.scalar(
            select(PaxAgreementRow)
            .where(PaxAgreementRow.agt_id == agt_id)
            .options(selectinload(PaxAgreementRow.codes))
        )


def test_the_coded_release_loads_240_categories_and_metadata(store):
    counts = import_pax(store, CODED)
    assert counts == {"agreements": 20, "added": 20, "updated": 0, "categories": 240}
    minsk = agreement(store, 1364)
    assert (minsk.date, minsk.country, minsk.stage, minsk.loc1) == (
        dt.date(2015, 2, 12), "Ukraine", "Imp", "UKR"
    )  # fmt: skip
    codes = {c.code: c.value for c in minsk.codes}
    assert codes["Ce"] == 2 and codes["TjAm"] == 2 and "GCh" not in codes  # zeros not stored


def test_the_newer_release_adds_descriptions_to_the_same_agreements(store):
    import_pax(store, CODED)
    counts = import_pax(store, META)
    assert counts == {"agreements": 24, "added": 4, "updated": 20, "categories": 0}
    minsk = agreement(store, 1364)
    assert "Minsk" in minsk.name + minsk.description and minsk.description
    assert {c.code for c in minsk.codes} >= {"Ce", "TjAm"}  # kept: that release has no codes
    assert agreement(store, 2872).date == dt.date(2025, 12, 5)  # DD/MM/YYYY
    assert store.stats()["pax_agreements"] == 24


def test_importing_the_same_file_twice_changes_nothing(store):
    import_pax(store, CODED)
    assert import_pax(store, CODED)["added"] == 0
    assert store.stats()["pax_agreements"] == 20


def test_export_writes_accords_coding_as_pax_category_columns(store):
    text = "Both sides agree to a ceasefire. Russia demands recognition."
    doc_id, _ = store.add(
        document(text, provision("JOINT", "ceasefire.general", end=31),
                 provision("RUS", "territory.recognition", start=33, end=60),
                 provision("RUS", "forces.withdrawal", start=33, end=60),
                 name="talks.txt", title="Talks", date=dt.date(2025, 6, 2))
    )  # fmt: skip
    withdrawal = store.document(doc_id).provisions[2].id
    store.delete_provision(withdrawal, "ana")
    rows = list(csv.DictReader(io.StringIO(export_pax(store))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["AgtId"], row["Agt"], row["Dat"], row["Part"]) == (
        str(doc_id), "Talks", "2025-06-02", "JOINT/RUS"
    )  # fmt: skip
    coded = {c for c in pax_columns() if row[c] == "1"}
    assert coded == {"Ce", "CeProv", "CeGen", "StDef", "StBor"}  # not SsrFf: deleted


def test_export_then_import_is_a_round_trip(store, tmp_path):
    text = "A ceasefire is agreed. Prisoners are exchanged."
    store.add(
        document(text, provision("JOINT", "ceasefire.general", end=22),
                 provision("JOINT", "humanitarian.prisoner_exchange", start=23, end=46),
                 name="a.txt", date=dt.date(2024, 1, 2))
    )  # fmt: skip
    out = tmp_path / "accord-pax.csv"
    out.write_text(export_pax(store), "utf-8")
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        counts = import_pax(other, out)
        assert counts["categories"] == len(pax_columns())
        hits = other.search(category="TjPrire").agreements
        assert [(h.date, sorted(h.codes)) for h in hits] == [
            (dt.date(2024, 1, 2), ["Ce", "CeGen", "CeProv", "TjPrire"])
        ]
        assert export_pax(other).count("\n") == 1  # header only: agreements are not documents


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a,b\n1,2\n", "not a PA-X file: no AgtId and Agt columns"),
        ("AgtId,Agt,Ce\nx12,Peace,1\n", "line 2: AgtId 'x12' is not a number"),
    ],
)
def test_a_file_that_is_not_pax_is_a_one_line_format_error(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store, pytest.raises(FormatError) as err:
        import_pax(store, path)
    assert str(err.value) == f"{path}: {message}"


def test_a_missing_file_is_a_format_error(store, tmp_path):
    with pytest.raises(FormatError, match="no such file"):
        import_pax(store, tmp_path / "none.csv")

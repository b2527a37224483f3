"""Exports of the ledger: ACLED columns in the CSV, JSONL, GeoJSON and Parquet that load back, filters."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import ledger_fixtures
from ledger_fixtures import result_for, shelling_result
from newsledger.errors import NewsLedgerError
from newsledger.export.acled import ACLED_COLUMNS
from newsledger.export.ledger_export import export_ledger
from newsledger.store import Store
from newsledger.store.canonical import merge_events
from newsledger.store.query import EventFilter
from newsledger.store.write import save_result

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL


def _fill(store: Store) -> None:
    save_result(store, shelling_result(), source="a.txt")
    save_result(store, result_for("Rebels ambushed an army convoy near Quillon on Friday, killing three soldiers.",
                                  event_type="Battles", sub_event_type="Armed clash", actor1="Quillon Rebels",
                                  place="Quillon", country="Kenya", lat=1.0, lon=36.0, killed=3,
                                  published="2024-05-11", date=dt.date(2024, 5, 10)), source="b.txt")


def _text(store: Store, **kw: object) -> str:
    out = io.StringIO()
    export_ledger(store, stream=out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_events_csv_starts_with_acled_columns_in_order(store: Store) -> None:
    _fill(store)
    merge_events(store)
    rows = list(csv.DictReader(io.StringIO(_text(store, what="events", fmt="csv"))))
    header = _text(store, what="events", fmt="csv").splitlines()[0].split(",")
    assert header[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert {"fatalities_low", "fatalities_high", "claim_ids", "report_ids"} <= set(header[len(ACLED_COLUMNS):])
    assert len(rows) == 2
    kenya = next(r for r in rows if r["country"] == "Kenya")
    assert kenya["iso"] == "404" and kenya["disorder_type"] == "Political violence" and kenya["fatalities"] == "3"
    shelling = next(r for r in rows if r["country"] == "Freedonia")
    assert shelling["event_date"] == "2024-03-03" and shelling["year"] == "2024"
    assert shelling["source"] == "Valdoro Times" and shelling["claim_ids"].endswith(":c1")


def test_events_need_a_merge_first(store: Store) -> None:
    _fill(store)
    with pytest.raises(NewsLedgerError, match="no canonical events") as info:
        _text(store, what="events", fmt="csv")
    assert "newsledger merge" in (info.value.hint or "")
    assert len(_text(store, what="reports", fmt="csv").splitlines()) == 3


def test_filters_by_date_country_actor_and_type(store: Store) -> None:
    _fill(store)
    merge_events(store)

    def count(**kw: object) -> int:
        return len(_text(store, what="reports", fmt="jsonl", filters=EventFilter(**kw)).splitlines())  # type: ignore[arg-type]

    assert count() == 2
    assert count(country="kenya") == 1
    assert count(actor="northern") == 1
    assert count(event_type="Battles") == 1
    assert count(date_from=dt.date(2024, 4, 1)) == 1
    assert count(date_from=dt.date(2024, 6, 1)) == 0
    assert count(date_to=dt.date(2024, 3, 3)) == 1
    claims = _text(store, what="claims", fmt="jsonl", filters=EventFilter(country="Freedonia"))
    assert [json.loads(line)["value"] for line in claims.splitlines()] == [5]


def test_jsonl_geojson_and_parquet_load_back(store: Store, tmp_path: Path) -> None:
    _fill(store)
    merge_events(store)
    lines = [json.loads(x) for x in _text(store, what="events", fmt="jsonl").splitlines()]
    assert len(lines) == 2 and all(list(x)[:len(ACLED_COLUMNS)] == ACLED_COLUMNS for x in lines)
    geo = json.loads(_text(store, what="events", fmt="geojson"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert sorted(f["geometry"]["coordinates"] for f in geo["features"]) == [[20.0, 10.0], [36.0, 1.0]]
    for what in ("events", "claims", "statements", "victims"):
        path = tmp_path / f"{what}.parquet"
        n = export_ledger(store, what=what, fmt="parquet", output=path)
        table = pq.read_table(path)
        assert table.num_rows == n
    assert pq.read_table(tmp_path / "events.parquet").column_names[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    with pytest.raises(NewsLedgerError, match="GeoJSON needs coordinates"):
        _text(store, what="claims", fmt="geojson")

"""The SQLite ledger opens in Datasette as it is, with datasette/metadata.json describing every table
and column of the schema."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from newsledger.store import open_store
from newsledger.store import schema as t
from web_fixtures import fill_ledger

METADATA = Path(__file__).resolve().parent.parent / "datasette" / "metadata.json"


def _tables() -> dict:
    return json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["ledger"]["tables"]


def test_metadata_describes_every_table_and_column_of_the_schema() -> None:
    described = _tables()
    assert set(described) == set(t.metadata.tables)
    for name, table in t.metadata.tables.items():
        assert described[name]["description"]
        assert set(described[name]["columns"]) == {c.name for c in table.c}, name
        assert all(described[name]["columns"].values()), name


def test_datasette_serves_the_ledger_with_the_descriptions(tmp_path: Path) -> None:
    datasette_app = pytest.importorskip("datasette.app")
    db = tmp_path / "ledger.db"
    with open_store(db) as store:
        fill_ledger(store)
    ds = datasette_app.Datasette([str(db)], metadata=json.loads(METADATA.read_text(encoding="utf-8")))

    async def fetch() -> tuple[dict, str]:
        rows = await ds.client.get("/ledger/events.json?_shape=array&event_type=Battles")
        page = await ds.client.get("/ledger/claims")
        return rows.json(), page.text

    rows, page = asyncio.run(fetch())
    assert [r["location"] for r in rows] == ["Lorvik"]
    assert "never adjudicated" in page

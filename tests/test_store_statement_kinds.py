"""Statements keep their kind (speech, belief, ...) in the ledger (on SQLite and PostgreSQL); a SQLite ledger
written before kinds existed is migrated with its statements counted as speech."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, text

import ledger_fixtures
from ledger_fixtures import shelling_result
from newsledger.store import Store, open_store
from newsledger.store import schema as t
from newsledger.store.migrations import applied_versions
from newsledger.store.query import list_statements
from newsledger.store.write import save_result

store = ledger_fixtures.store


def test_statement_kind_round_trips_and_filters(store: Store) -> None:
    result = shelling_result()
    result.statements[0].kind = "belief"
    save_result(store, result, source="a.txt")
    assert [s["kind"] for s in list_statements(store).items] == ["belief"]
    assert list_statements(store, kind="belief").total == 1
    assert list_statements(store, kind="speech").total == 0


def test_ledger_from_before_kinds_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as fresh:
        save_result(fresh, shelling_result(), source="a.txt")
        with fresh.begin() as conn:  # make it look like a ledger written by the version before kinds
            conn.execute(text("ALTER TABLE statements DROP COLUMN kind"))
            conn.execute(delete(t.schema_migrations).where(t.schema_migrations.c.version == 3))
    with open_store(path) as migrated:
        with migrated.connect() as conn:
            assert 3 in applied_versions(conn)
        assert [s["kind"] for s in list_statements(migrated).items] == ["speech"]

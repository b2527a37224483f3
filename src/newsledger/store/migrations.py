"""Versioned schema migrations: an ordered list of functions, each applied once and recorded in
``schema_migrations``.  Add a new migration by appending ``(version, name, function)``; never edit
an applied one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select, text

from newsledger.store.schema import merge_splits, metadata, schema_migrations


def _initial_schema(conn: Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


def _merge_splits(conn: Connection) -> None:
    merge_splits.create(conn, checkfirst=True)


def _statement_kind(conn: Connection) -> None:
    """Statements record every attribution with its kind; rows written before were all speech."""
    if "kind" not in {c["name"] for c in inspect(conn).get_columns("statements")}:
        conn.execute(text("ALTER TABLE statements ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'speech'"))


Migration = tuple[int, str, Callable[[Connection], None]]

MIGRATIONS: list[Migration] = [
    (1, "initial schema: articles, sources, events, claims, statements, victims, places, evidence, "
        "canonical events, merge decisions, failures", _initial_schema),
    (2, "merge_splits: pairs of events a user kept apart", _merge_splits),
    (3, "statements.kind: speech, belief, intention, stance or finding", _statement_kind),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def applied_versions(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return set(conn.execute(select(schema_migrations.c.version)).scalars())


def migrate(conn: Connection) -> list[int]:
    """Apply the migrations not yet applied, in order; return the versions applied now."""
    schema_migrations.create(conn, checkfirst=True)
    done = applied_versions(conn)
    applied: list[int] = []
    for version, name, function in MIGRATIONS:
        if version in done:
            continue
        function(conn)
        conn.execute(schema_migrations.insert().values(
            version=version, name=name, applied_at=dt.datetime.now(dt.UTC)))
        applied.append(version)
    return applied

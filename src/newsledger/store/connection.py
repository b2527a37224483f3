"""Opening the ledger: a SQLite file (default, WAL mode) or a PostgreSQL URL, migrated on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError, SQLAlchemyError

from newsledger.errors import StoreError
from newsledger.store.migrations import migrate

DEFAULT_DB = "newsledger.db"


def database_url(db: str | Path) -> str:
    """Turn a path, ``sqlite:///…`` or ``postgresql://…`` into a SQLAlchemy URL (psycopg 3 driver)."""
    text = str(db)
    for prefix in ("postgresql://", "postgres://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text[len(prefix):]
    if text.startswith(("postgresql+", "sqlite:")):
        return text
    if "://" in text:
        raise StoreError(f"unsupported database URL {text!r}",
                         hint="use a file path (SQLite) or postgresql://user@host:port/dbname")
    return f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def describe_db_error(exc: BaseException, where: str) -> StoreError:
    """A StoreError naming the database problem (locked, full, unreachable …)."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreError(f"{where}: the database is locked ({text})",
                          hint="another process holds a write lock; wait for it or use PostgreSQL for "
                               "concurrent writers", code="store_locked")
    if "full" in low or "no space" in low or "disk" in low:
        return StoreError(f"{where}: the disk or database is full ({text})",
                          hint="free some space and rerun: what is stored is kept", code="store_full")
    if "connect" in low or "could not" in low:
        return StoreError(f"{where}: cannot reach the database ({text})",
                          hint="check the --db URL and that the server runs", code="store_unreachable")
    return StoreError(f"{where}: {text}")


@dataclass
class Store:
    """An open ledger database.  ``begin()`` gives one transaction; errors become StoreError."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self, where: str = "database") -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except (OperationalError, DBAPIError) as exc:
            raise describe_db_error(exc, where) from exc

    @contextmanager
    def connect(self, where: str = "database") -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except (OperationalError, DBAPIError) as exc:
            raise describe_db_error(exc, where) from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | Path = DEFAULT_DB, *, timeout: float = 30.0) -> Store:
    """Open (and create or migrate) the ledger at ``db``: a file path or a PostgreSQL URL."""
    url = database_url(db)
    try:
        if url.startswith("sqlite"):
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:" and not Path(path).parent.exists():
                raise StoreError(f"cannot create the database {path}: the folder does not exist")
            engine = create_engine(url, connect_args={"timeout": timeout})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, connect_args={"connect_timeout": int(timeout)}, pool_pre_ping=True)
        store = Store(engine=engine, url=url)
        try:
            with store.begin("migrating the schema") as conn:
                migrate(conn)
        except (StoreError, IntegrityError, ProgrammingError):
            # another process migrated the same database at the same moment: its work is done, check again
            with store.begin("migrating the schema") as conn:
                migrate(conn)
        return store
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise describe_db_error(exc, f"opening {db}") from exc

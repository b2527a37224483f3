"""A locked database: every source fails alone with a clear message, nothing is half-written, and a
rerun once the lock is gone stores everything exactly once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event

from ledger_fixtures import article_only_extraction, invented_article
from newsledger.ingest.runner import FailureNote, ingest
from newsledger.store import open_store
from newsledger.store.query import ledger_summary


def test_locked_sqlite_database_fails_each_source_then_resumes(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(invented_article(n))
    db = tmp_path / "ledger.db"
    open_store(db).close()
    locker = sqlite3.connect(db)
    seen: list[FailureNote] = []
    with open_store(db, timeout=0.1) as store:
        locker.execute("BEGIN EXCLUSIVE")
        report = ingest([str(p) for p in sorted(tmp_path.glob("*.txt"))], store, progress=False,
                        extract=article_only_extraction, on_failure=seen.append)
        locker.rollback()
        assert report.stored == 0
        assert seen and all(note.code == "store_locked" for note in seen)
        assert all("locked" in note.message for note in seen)
        assert ledger_summary(store)["articles"] == 0
        again = ingest([str(tmp_path)], store, progress=False, extract=article_only_extraction)
        assert (again.stored, again.failed) == (3, 0)
        assert ledger_summary(store)["articles"] == 3
    locker.close()


def test_full_database_fails_alone_and_keeps_what_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(invented_article(1))
    with open_store(db) as store:
        assert ingest([str(small)], store, progress=False, extract=article_only_extraction).stored == 1
        with store.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    big = tmp_path / "big"
    big.mkdir()
    for n in range(2):
        (big / f"{n}.txt").write_text(invented_article(n + 10) * 400)  # ~80 kB each

    def cap(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # the database cannot grow: it is full

    store = open_store(db)
    event.listen(store.engine, "connect", cap)
    store.engine.dispose()
    seen: list[FailureNote] = []
    report = ingest([str(big)], store, progress=False, extract=article_only_extraction, on_failure=seen.append)
    store.close()
    assert report.stored == 0 and {note.code for note in seen} == {"store_full"}
    assert all("full" in note.message for note in seen)
    with open_store(db) as store:  # no cap: the rerun stores the rest; the first article is intact
        assert ledger_summary(store)["articles"] == 1
        assert ingest([str(big)], store, progress=False, extract=article_only_extraction).stored == 2
        assert ledger_summary(store)["articles"] == 3

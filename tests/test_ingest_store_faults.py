"""A locked database: every source fails alone with a clear message, nothing is half-written, and a
rerun once the lock is gone stores everything exactly once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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

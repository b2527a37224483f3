"""A killed ingest loses nothing already stored and a rerun completes it exactly (no duplicates)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import func, select

from ledger_fixtures import article_only_extraction, invented_article
from newsledger.ingest.runner import ingest
from newsledger.store import open_store
from newsledger.store import schema as t

N = 40

# the ingest library run in a child process, with an extraction that takes 50 ms per article
CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from ledger_fixtures import article_only_extraction
    from newsledger.ingest.runner import ingest
    from newsledger.store import open_store

    def slow(records, **kw):
        for result in article_only_extraction(records, **kw):
            time.sleep(0.05)
            yield result

    ingest([{folder!r}], open_store({db!r}), progress=False, extract=slow)
""")


def _count(db: Path) -> int:
    with open_store(db) as store, store.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.articles)).scalar_one()


def test_killed_ingest_is_completed_exactly_by_a_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(N):
        (folder / f"{n:03d}.txt").write_text(invented_article(n))
    db = tmp_path / "ledger.db"
    open_store(db).close()
    script = CHILD.format(tests=str(Path(__file__).parent), folder=str(folder), db=str(db))
    child = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and child.poll() is None:
        stored = _count(db)
        if stored >= 5:
            break
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, child.stderr.read().decode() if child.stderr else ""
    killed_at = _count(db)
    assert 5 <= killed_at < N, "the child was killed mid-run"

    with open_store(db) as store:
        report = ingest([str(folder)], store, progress=False, extract=article_only_extraction)
        assert report.failed == 0
        assert report.duplicates == killed_at and report.stored == N - killed_at
        with store.connect() as conn:
            assert conn.execute(select(func.count()).select_from(t.articles)).scalar_one() == N
            assert conn.execute(select(func.count()).select_from(t.sources)).scalar_one() == N
            locations = conn.execute(select(t.sources.c.location)).scalars().all()
    assert sorted(Path(p).name for p in locations) == [f"{n:03d}.txt" for n in range(N)]

"""End to end through the real CLI and the real pipeline: `newsledger ingest`, `merge`, `export`.
These assert what holds whatever the extraction quality: articles stored once, idempotence, failures
recorded, exit codes, a killed ingest completed exactly by a rerun, exports that load."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ledger_fixtures import invented_article
from newsledger.export.acled import ACLED_COLUMNS
from newsledger.store import open_store
from newsledger.store import schema as t
from newsledger.store.query import ledger_summary, list_failures

pytestmark = pytest.mark.slow
NEWSLEDGER = str(Path(sys.executable).parent / "newsledger")

HTML = """<!doctype html><html><head><title>Convoy ambushed near Quillon</title>
<meta property="og:site_name" content="Quillon Star"><meta name="date" content="2024-05-11"></head><body>
<article><p>Rebels ambushed an army convoy near Quillon on Friday, killing three soldiers, the army said.</p>
<p>A spokesman for the rebels said the fighters had seized two trucks before withdrawing into the hills.</p>
</article></body></html>"""


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NEWSLEDGER, *args], capture_output=True, text=True, timeout=timeout)


def test_ingest_twice_merge_and_export(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    records = [{"id": f"r{n}", "text": invented_article(n), "published": f"2024-05-1{n}", "publisher": "Lorvik Daily"}
               for n in range(3)]
    (src / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n")
    (src / "page.html").write_text(HTML)
    (src / "copy.txt").write_text(invented_article(0))  # same text as r0: one article, two sources
    (src / "blob.txt").write_bytes(b"\x00\x00binary")
    db = tmp_path / "ledger.db"

    first = cli("ingest", str(src), "--db", str(db), "-j", "1", "--no-progress")
    assert first.returncode == 1, first.stderr  # some sources failed
    assert "4 stored, 1 already in the ledger, 2 failed" in first.stderr
    second = cli("ingest", str(src), "--db", str(db), "-j", "1", "--no-progress")
    assert second.returncode == 1 and "0 stored, 5 already in the ledger, 2 failed" in second.stderr
    with open_store(db) as store:
        summary = ledger_summary(store)
        assert summary["articles"] == 4 and summary["failures"] == 2
        assert sorted(f["code"] for f in list_failures(store).items) == ["bad_record", "not_text"]

    assert cli("merge", "--db", str(db)).returncode == 0
    out = tmp_path / "events.csv"
    done = cli("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with out.open() as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames is not None and reader.fieldnames[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
        rows = list(reader)
    with open_store(db) as store:
        assert len(rows) == ledger_summary(store)["canonical_events"]
    missing = cli("export", "--db", str(tmp_path / "nope.db"))
    assert missing.returncode == 1 and "no such ledger" in missing.stderr


def _articles(db: Path) -> int:
    with open_store(db) as store, store.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.articles)).scalar_one()


def test_killed_cli_ingest_is_completed_exactly(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    n_articles = 24
    for n in range(n_articles):
        (src / f"{n:03d}.txt").write_text(invented_article(n) * 2)
    db = tmp_path / "ledger.db"
    open_store(db).close()
    child = subprocess.Popen([NEWSLEDGER, "ingest", str(src), "--db", str(db), "-j", "1", "--no-progress"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None and _articles(db) < 3:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    killed_at = _articles(db)
    assert 3 <= killed_at < n_articles, "the ingest was killed mid-run"
    rerun = cli("ingest", str(src), "--db", str(db), "-j", "1", "--no-progress")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n_articles - killed_at} stored, {killed_at} already in the ledger, 0 failed" in rerun.stderr
    with open_store(db) as store, store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.articles)).scalar_one() == n_articles
        assert conn.execute(select(func.count()).select_from(t.sources)).scalar_one() == n_articles
        unextracted = conn.execute(select(func.count()).select_from(t.articles)
                                   .where(t.articles.c.extracted_at.is_(None))).scalar_one()
        assert unextracted == 0

"""End to end through the real CLI and the real pipeline: `newsledger ingest` (killed mid-run, rerun,
run again), `merge`, `export`.  It asserts what holds whatever the extraction quality: a killed ingest
is completed exactly by a rerun, articles are stored once, failures are recorded, exit codes reflect
them, and the export loads with ACLED's columns."""

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
N_TEXT = 40

HTML = """<!doctype html><html><head><title>Convoy ambushed near Quillon</title>
<meta property="og:site_name" content="Quillon Star"><meta name="date" content="2024-05-11"></head><body>
<article><p>Rebels ambushed an army convoy near Quillon on Friday, killing three soldiers, the army said.</p>
<p>A spokesman for the rebels said the fighters had seized two trucks before withdrawing into the hills.</p>
</article></body></html>"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NEWSLEDGER, *args], capture_output=True, text=True, timeout=300)


def _articles(db: Path) -> int:
    with open_store(db) as store, store.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.articles)).scalar_one()


def _sources(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(N_TEXT):
        (src / f"{n:03d}.txt").write_text(invented_article(n))
    records = [{"id": f"r{n}", "text": invented_article(100 + n), "published": f"2024-05-1{n}",
                "publisher": "Lorvik Daily"} for n in range(3)]
    (src / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n")
    (src / "page.html").write_text(HTML)
    (src / "zz_copy.txt").write_text(invented_article(0))  # same text as 000.txt: one article, two sources
    (src / "blob.txt").write_bytes(b"\x00\x00binary")
    return src


def test_killed_ingest_rerun_idempotence_merge_and_export(tmp_path: Path) -> None:
    src = _sources(tmp_path)
    expected = N_TEXT + 3 + 1
    db = tmp_path / "ledger.db"
    open_store(db).close()
    child = subprocess.Popen([NEWSLEDGER, "ingest", str(src), "--db", str(db), "-j", "1", "--no-progress"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and child.poll() is None and _articles(db) < 3:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    killed_at = _articles(db)
    assert 3 <= killed_at < expected, "the ingest was killed mid-run"

    rerun = cli("ingest", str(src), "--db", str(db), "-j", "1", "--no-progress")
    assert rerun.returncode == 1, rerun.stderr  # two sources are bad
    assert f"{expected - killed_at} stored" in rerun.stderr and "2 failed" in rerun.stderr
    again = cli("ingest", str(src), "--db", str(db), "-j", "1", "--no-progress")
    assert again.returncode == 1 and f"0 stored, {expected + 1} already in the ledger, 2 failed" in again.stderr
    with open_store(db) as store:
        assert ledger_summary(store)["articles"] == expected
        assert sorted(f["code"] for f in list_failures(store).items) == ["bad_record", "not_text"]
        with store.connect() as conn:
            assert conn.execute(select(func.count()).select_from(t.sources)).scalar_one() == expected + 1
            assert conn.execute(select(func.count()).select_from(t.articles)
                                .where(t.articles.c.extracted_at.is_(None))).scalar_one() == 0

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

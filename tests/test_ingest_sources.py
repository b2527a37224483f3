"""Ingest of text files, HTML pages, folders and JSONL: stored once, metadata kept, bad input recorded."""

from __future__ import annotations

import json
from pathlib import Path

import ledger_fixtures
from ledger_fixtures import article_only_extraction, invented_article
from newsledger.ingest.runner import ingest
from newsledger.store import Store
from newsledger.store.query import get_article, ledger_summary, list_articles, list_failures

HTML = """<!doctype html><html><head><title>Raid on Tessel</title>
<meta property="og:site_name" content="Tessel Post"><meta name="date" content="2024-02-02"></head>
<body><nav>Home | World | Sport</nav><article><h1>Raid on Tessel</h1>
<p>Soldiers raided the hill village of Tessel on Thursday and arrested eleven men, residents said.</p>
<p>The army said the men were suspected of supplying weapons to rebels hiding in the forest above the village.</p>
</article><footer>Copyright Tessel Post</footer></body></html>"""

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL


def run(sources: list[str], store: Store):
    return ingest(sources, store, processes=1, progress=False, extract=article_only_extraction)


def test_folder_of_text_and_html_is_stored_with_metadata(tmp_path: Path, store: Store) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(invented_article(1))
    (tmp_path / "in" / "sub" / "b.html").write_text(HTML)
    report = run([str(tmp_path / "in")], store)
    assert (report.stored, report.duplicates, report.failed) == (2, 0, 0)
    arts = {a["title"]: a for a in list_articles(store).items}
    page = arts["Raid on Tessel"]
    assert page["publisher"] == "Tessel Post" and str(page["published"]) == "2024-02-02"
    assert page["content_type"] == "text/html"
    full = get_article(store, page["id"])
    assert full is not None and "arrested eleven men" in full["text"] and "Copyright" not in full["text"]


def test_ingest_twice_stores_each_article_once(tmp_path: Path, store: Store) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(invented_article(n))
    (tmp_path / "copy.txt").write_text(invented_article(0))
    first = run([str(tmp_path)], store)
    assert (first.stored, first.duplicates) == (3, 1)
    second = run([str(tmp_path), str(tmp_path / "1.txt")], store)
    assert (second.stored, second.duplicates) == (0, 5)
    assert ledger_summary(store)["articles"] == 3
    art = get_article(store, list_articles(store).items[0]["id"], with_records=False)
    assert art is not None and art["sources"]


def test_jsonl_bad_lines_fail_alone(tmp_path: Path, store: Store) -> None:
    lines = [json.dumps({"id": "r1", "text": invented_article(1), "published": "2024-01-05", "publisher": "Brannock FM"}),
             "this is not json",
             json.dumps({"id": "r2", "text": ""}),
             json.dumps({"id": "r3", "text": invented_article(3), "published": "05/01/2024"}),
             json.dumps({"id": "r4", "text": invented_article(4)})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = run([str(path)], store)
    assert report.stored == 2
    codes = sorted(f.code for f in report.failures)
    assert codes == ["bad_date", "bad_record", "empty_text"]
    stored = list_failures(store).items
    assert sorted(f["code"] for f in stored) == codes
    assert any(f["source"] == f"{path}:2" for f in stored)
    assert all(f["message"] for f in stored)


def test_binary_missing_and_html_as_text_are_recorded(tmp_path: Path, store: Store) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 attack in Lorvik".encode("latin-1"))
    report = run([str(tmp_path / "blob.txt"), str(tmp_path / "latin1.txt"), str(tmp_path / "nowhere.txt")], store)
    assert report.stored == 0
    assert sorted(f.code for f in report.failures) == ["not_found", "not_text", "not_text"]
    assert ledger_summary(store)["failures"] == 3


def test_a_failure_is_resolved_when_the_source_later_succeeds(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "late.txt"
    path.write_text("   ")
    assert run([str(path)], store).failed == 1
    assert run([str(path)], store).failed == 1
    assert list_failures(store, unresolved_only=False).total == 1  # the same failure again: one row
    path.write_text(invented_article(9))
    assert run([str(path)], store).stored == 1
    assert list_failures(store).total == 0
    assert list_failures(store, unresolved_only=False).items[0]["resolved_at"] is not None

"""Ingest of URLs, RSS/Atom feeds and WARC files, served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import ledger_fixtures
from ledger_fixtures import article_only_extraction, invented_article
from newsledger.ingest import fetch as fetch_module
from newsledger.ingest.runner import ingest
from newsledger.store import Store, open_store
from newsledger.store.query import get_article, ledger_summary, list_articles, list_failures

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL


def page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title><meta property='og:site_name' content='Ostrel Gazette'></head>"
            f"<body><article><h1>{title}</h1><p>{body}</p><p>{body.replace('Tuesday', 'the same day')}</p>"
            "</article></body></html>").encode()


def feed(base: str) -> bytes:
    items = "".join(f"<item><title>Story {n}</title><link>{base}/story/{n}</link><guid>{base}/story/{n}</guid>"
                    f"<pubDate>Tue, 0{n} Apr 2024 10:00:00 GMT</pubDate><description>Short summary {n}.</description>"
                    "</item>" for n in (1, 2))
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Ostrel Gazette</title>"
            f"<link>{base}</link>{items}</channel></rss>").encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/article": (200, "text/html", page("Checkpoint attack", invented_article(11))),
            "/story/1": (200, "text/html", page("Story one", invented_article(21))),
            "/story/2": (200, "text/html", page("Story two", invented_article(22))),
            "/feed.xml": (200, "application/rss+xml", feed(base)),
            "/broken.xml": (200, "application/rss+xml", b"<?xml version='1.0'?><rss><channel><item><title>oops"),
            "/plain": (200, "text/plain", invented_article(12).encode()),
        }
        path = urlsplit(self.path).path
        if path == "/slow":
            time.sleep(2)
        if path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"x" * 65536)
            except OSError:
                pass
            return
        status, ctype, body = routes.get(path, (500 if path == "/error" else 404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def run(sources: list[str], store: Store):
    return ingest(sources, store, processes=1, progress=False, extract=article_only_extraction)


def test_url_page_is_stored_with_its_url_and_once(server: str, store: Store) -> None:
    assert run([f"{server}/article", f"{server}/plain"], store).stored == 2
    again = run([f"{server}/article?utm_source=feed", f"{server}/article#top"], store)
    assert (again.stored, again.duplicates) == (0, 2)
    titles = {a["title"]: a for a in list_articles(store).items}
    assert titles["Checkpoint attack"]["url"].startswith(server)
    assert titles["Checkpoint attack"]["publisher"] == "Ostrel Gazette"


def test_feed_entries_are_fetched_and_stored(server: str, store: Store) -> None:
    report = run([f"{server}/feed.xml"], store)
    assert (report.stored, report.failed) == (2, 0)
    arts = list_articles(store).items
    assert sorted(a["title"] for a in arts) == ["Story 1", "Story 2"]  # the feed's metadata first
    assert all(a["published"] is not None and a["publisher"] == "Ostrel Gazette" for a in arts)
    texts = [get_article(store, a["id"], with_records=False)["text"] for a in arts]  # type: ignore[index]
    assert sorted("Report 21" in t for t in texts) == [False, True] and any("Report 22" in t for t in texts)


def test_http_errors_timeouts_size_caps_and_broken_feeds_fail_alone(
        server: str, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "DEFAULT_TIMEOUT", 0.5)
    monkeypatch.setattr(fetch_module, "DEFAULT_MAX_BYTES", 1_000_000)
    fetch_module.fetch.__kwdefaults__.update(timeout=0.5, max_bytes=1_000_000)
    try:
        report = run([f"{server}/error", f"{server}/slow", f"{server}/huge", f"{server}/broken.xml",
                      f"{server}/article"], store)
    finally:
        fetch_module.fetch.__kwdefaults__.update(timeout=fetch_module.DEFAULT_TIMEOUT,
                                                 max_bytes=fetch_module.DEFAULT_MAX_BYTES)
    assert report.stored == 1
    codes = {f.source.rsplit("/", 1)[1]: f.code for f in report.failures}
    assert codes == {"error": "http_error", "slow": "timeout", "huge": "too_large", "broken.xml": "bad_feed"}
    assert ledger_summary(store)["failures"] == 4
    assert all(f["message"] for f in list_failures(store).items)


def _warc(path: Path) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, url in enumerate(["https://example.org/a", "https://example.org/b"]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(page(f"Warc {n}", invented_article(30 + n))),
                                            http_headers=headers)
            writer.write_record(rec)


def test_warc_records_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    (tmp_path / "bad.warc").write_bytes(b"this is not a warc file at all\r\n\r\n")
    with open_store(tmp_path / "l.db") as s:
        report = run([str(path), str(tmp_path / "bad.warc")], s)
        assert report.stored == 2
        assert [f.code for f in report.failures] == ["bad_warc"]
        assert sorted(a["url"] for a in list_articles(s).items) == ["https://example.org/a", "https://example.org/b"]

"""Expanding the SOURCE arguments of ``newsledger ingest`` into articles: files, folders, JSONL,
WARC, RSS/Atom feeds and URLs.  Each source, and each entry of a multi-article source, fails alone."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsledger.errors import BadRecord, NewsLedgerError
from newsledger.extract import parse_record_line
from newsledger.ingest.feeds import feed_items, looks_like_feed
from newsledger.ingest.fetch import fetch
from newsledger.ingest.html import html_item, looks_like_html
from newsledger.ingest.items import IngestError, SourceFailure, SourceItem

Found = SourceItem | SourceFailure
SKIPPED_SUFFIXES = (".db", ".db-wal", ".db-shm", ".sqlite", ".parquet", ".pyc")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _page_item(url: str, location: str, meta: dict[str, Any]) -> SourceItem:
    page = fetch(url)
    if "html" in page.content_type or looks_like_html(page.content):
        return html_item(page.content, location, kind="url", url=page.url, defaults=meta)
    return SourceItem(location=location, kind="url", text=page.content, content_type=page.content_type or "text/plain",
                      metadata={**meta, "url": meta.get("url") or page.url})


def url_items(url: str) -> Iterator[Found]:
    try:
        page = fetch(url)
    except IngestError as exc:
        yield SourceFailure(url, exc, stage="fetch")
        return
    try:
        if "rss" in page.content_type or "atom" in page.content_type or looks_like_feed(page.content):
            yield from feed_items(page.content, url, fetch_page=_page_item)
        elif "html" in page.content_type or looks_like_html(page.content):
            yield html_item(page.content, url, kind="url", url=page.url)
        else:
            yield SourceItem(location=url, kind="url", text=page.content, metadata={"url": page.url})
    except IngestError as exc:
        yield SourceFailure(url, exc, stage="parse")


def jsonl_items(path: Path) -> Iterator[Found]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            where = f"{path}:{n}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield SourceFailure(where, BadRecord(f"{where}: line {n} is not valid UTF-8"), stage="parse")
                continue
            if not line.strip():
                continue
            try:
                rec = parse_record_line(line, n)
            except BadRecord as exc:
                yield SourceFailure(where, BadRecord(f"{path}: {exc.message}", hint=exc.hint), stage="parse")
                continue
            meta = {k: rec.get(k) for k in ("title", "published", "publisher", "url")}
            if rec.get("id") is not None:
                where = f"{path}#{rec['id']}"
            yield SourceItem(location=where, kind="jsonl", text=rec["text"], metadata=meta)


def file_items(path: Path) -> Iterator[Found]:
    name = path.name.lower()
    if name.endswith(".jsonl"):
        yield from jsonl_items(path)
        return
    if name.endswith((".warc", ".warc.gz")):
        from newsledger.ingest.warc import warc_items  # warcio is only needed for WARC files

        yield from warc_items(path)
        return
    raw = path.read_bytes()
    if looks_like_feed(raw, name):
        yield from feed_items(raw, str(path), fetch_page=_page_item)
    elif looks_like_html(raw, name):
        yield html_item(raw, str(path))
    else:
        yield SourceItem(location=str(path), kind="text", text=raw)


def _guarded(location: str, items: Iterable[Found]) -> Iterator[Found]:
    """Yield from ``items``; an error while reading ends this source with one failure, not the run."""
    try:
        yield from items
    except NewsLedgerError as exc:
        yield SourceFailure(location, exc)
    except OSError as exc:
        yield SourceFailure(location, IngestError(f"{location}: cannot be read ({exc.strerror or exc})",
                                                  code="unreadable"))


def _folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not any(part.startswith(".") for part in
                  p.relative_to(folder).parts) and not p.name.lower().endswith(SKIPPED_SUFFIXES))


def expand_sources(sources: Iterable[str]) -> Iterator[Found]:
    """Every article (or failure) of every source, lazily and in order."""
    for source in sources:
        if is_url(source):
            yield from _guarded(source, url_items(source))
            continue
        path = Path(source)
        if path.is_dir():
            for file in _folder_files(path):
                yield from _guarded(str(file), file_items(file))
        elif path.exists():
            yield from _guarded(source, file_items(path))
        else:
            yield SourceFailure(source, IngestError(f"{source}: no such file, folder or URL", code="not_found",
                                                    hint="URLs must start with http:// or https://"))

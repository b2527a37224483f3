"""RSS and Atom feeds (feedparser): one article per entry, from the entry's content or, when the
feed only carries a summary, from the page the entry links to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import feedparser
import lxml.html

from newsledger.ingest.items import IngestError, SourceFailure, SourceItem

MIN_ENTRY_CHARS = 200  # shorter entry contents are summaries: the linked page is fetched instead


def looks_like_feed(raw: bytes, name: str = "") -> bool:
    if name.lower().endswith((".rss", ".atom", ".xml")):
        return True
    head = raw[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in raw[:4096].lower() or b"<feed" in raw[:4096].lower())


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_text(entry: Any) -> str:
    parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    html = "\n".join(p for p in parts if p)
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - not markup: keep as is
        return html.strip()
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return root.text_content().strip()


def feed_items(raw: bytes, location: str, *,
               fetch_page: Callable[[str, str, dict[str, Any]], SourceItem] | None = None
               ) -> Iterator[SourceItem | SourceFailure]:
    """Parse a feed; yields one item (or failure) per entry.  Raises IngestError for a broken feed."""
    parsed = feedparser.parse(raw)
    reason = parsed.get("bozo_exception")
    encoding_only = isinstance(reason, feedparser.CharacterEncodingOverride | feedparser.CharacterEncodingUnknown)
    if parsed.get("bozo") and (not parsed.entries or not encoding_only):
        raise IngestError(f"{location}: not a readable RSS/Atom feed ({reason})", code="bad_feed",
                          hint="check that the file or URL is an RSS or Atom feed with well-formed XML")
    publisher = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{location}#{entry.get('id') or entry.get('link') or n}"
        meta = {"title": entry.get("title"), "published": _entry_date(entry), "publisher": publisher,
                "url": entry.get("link")}
        text = _entry_text(entry)
        if len(text) >= MIN_ENTRY_CHARS or not (fetch_page and entry.get("link")):
            yield SourceItem(location=where, kind="feed", text=text, metadata=meta)
            continue
        try:
            yield fetch_page(entry["link"], where, meta)
        except IngestError as exc:
            yield SourceFailure(where, exc, stage="fetch")

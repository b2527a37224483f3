"""What the readers of ingest produce: one :class:`SourceItem` per article found in a source, or
one :class:`SourceFailure` when a source (or one entry of it) cannot be read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from newsledger.errors import NewsLedgerError


class IngestError(NewsLedgerError):
    """A source cannot be read: unreadable file, broken feed, HTTP error, timeout, size cap …"""

    code = "ingest_error"


@dataclass
class SourceItem:
    location: str  # path, URL, "feed.xml#3", "crawl.warc.gz#record-id"
    kind: str  # text, html, jsonl, warc, feed, url
    text: str | bytes
    raw: bytes | None = None  # original bytes, kept when they differ from text (HTML pages)
    content_type: str = "text/plain"
    metadata: dict[str, Any] = field(default_factory=dict)  # title, published, publisher, url

    def record(self) -> dict[str, Any]:
        """The raw record that ``extract_records`` takes."""
        published = self.metadata.get("published")
        if isinstance(published, dt.date):
            published = published.isoformat()
        return {"id": self.location, "text": self.text, "published": published,
                "publisher": self.metadata.get("publisher"), "url": self.metadata.get("url"),
                "title": self.metadata.get("title")}


@dataclass
class SourceFailure:
    location: str
    error: NewsLedgerError
    stage: str = "read"  # read, fetch, parse, validate

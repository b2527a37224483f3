"""Main text and metadata (title, date, site) of an HTML page, with trafilatura."""

from __future__ import annotations

from typing import Any

import trafilatura

from newsledger.ingest.article import decode_text
from newsledger.ingest.items import IngestError, SourceItem


def looks_like_html(raw: bytes, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = raw[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


def html_item(raw: bytes, location: str, *, kind: str = "html", url: str | None = None,
              defaults: dict[str, Any] | None = None) -> SourceItem:
    """Extract the article of an HTML page.  Raises IngestError when no main text can be found."""
    html = decode_text(raw, source=location) if isinstance(raw, bytes) else raw
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # trafilatura/lxml raise many kinds of errors on broken markup
        raise IngestError(f"{location}: the HTML cannot be parsed ({type(exc).__name__}: {exc})",
                          code="bad_html") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise IngestError(f"{location}: no article text found in the HTML page", code="no_main_text",
                          hint="the page may be empty, a index page or rendered by JavaScript")
    meta: dict[str, Any] = dict(defaults or {})
    for key, attr in (("title", "title"), ("published", "date"), ("publisher", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if value and not meta.get(key):
            meta[key] = value
    if url and not meta.get("url"):
        meta["url"] = url
    return SourceItem(location=location, kind=kind, text=text, raw=raw if isinstance(raw, bytes) else raw.encode(),
                      content_type="text/html", metadata=meta)

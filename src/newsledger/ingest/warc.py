"""WARC files (warcio): every HTML or plain-text response record is an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsledger.ingest.html import html_item, looks_like_html
from newsledger.ingest.items import IngestError, SourceFailure, SourceItem


def warc_items(path: Path) -> Iterator[SourceItem | SourceFailure]:
    """One item per HTML/text response record; a broken record fails alone, a broken file raises."""
    found = 0
    try:
        with path.open("rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                rid = record.rec_headers.get_header("WARC-Record-ID") or str(n)
                where = f"{path}#{rid}"
                ctype = ""
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        continue
                    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                else:
                    ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
                body = record.content_stream().read()
                if not ("html" in ctype or looks_like_html(body) or ctype.startswith("text/plain")):
                    continue
                found += 1
                try:
                    if ctype.startswith("text/plain"):
                        yield SourceItem(location=where, kind="warc", text=body, metadata={"url": url})
                    else:
                        yield html_item(body, where, kind="warc", url=url)
                except IngestError as exc:
                    yield SourceFailure(where, exc, stage="parse")
    except ArchiveLoadFailed as exc:
        raise IngestError(f"{path}: not a readable WARC file ({exc})", code="bad_warc") from None
    if not found:
        raise IngestError(f"{path}: no HTML or text response records found", code="bad_warc",
                          hint="is this a WARC file of fetched pages (response records)?")

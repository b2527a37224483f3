"""Fetching URLs: a timeout, a user agent and a size cap; every failure becomes an IngestError."""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

from newsledger import __version__
from newsledger.ingest.items import IngestError

USER_AGENT = f"NewsLedger/{__version__} (+https://github.com/newsledger/newsledger)"
DEFAULT_TIMEOUT = float(os.environ.get("NEWSLEDGER_FETCH_TIMEOUT", 20))
DEFAULT_MAX_BYTES = int(os.environ.get("NEWSLEDGER_FETCH_MAX_BYTES", 10 * 1024 * 1024))


@dataclass
class Fetched:
    url: str  # final URL after redirects
    content: bytes
    content_type: str


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Fetched:
    """GET ``url``; refuse bodies over ``max_bytes`` without reading them whole."""
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise IngestError(f"{url}: HTTP {resp.status_code} {resp.reason_phrase}", code="http_error",
                                      hint="check the URL; the server refused or failed the request")
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise IngestError(f"{url}: the response is {int(declared):,} bytes, over the cap of "
                                      f"{max_bytes:,}", code="too_large",
                                      hint="raise NEWSLEDGER_FETCH_MAX_BYTES if this page is really an article")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise IngestError(f"{url}: the response exceeds the cap of {max_bytes:,} bytes",
                                          code="too_large",
                                          hint="raise NEWSLEDGER_FETCH_MAX_BYTES if this page is really an article")
                    chunks.append(chunk)
                return Fetched(url=str(resp.url), content=b"".join(chunks),
                               content_type=resp.headers.get("content-type", "").split(";")[0].strip().lower())
    except httpx.TimeoutException:
        raise IngestError(f"{url}: timed out after {timeout:g} s", code="timeout",
                          hint="the server is slow or unreachable; retry later (stored articles are kept)") from None
    except httpx.HTTPError as exc:
        raise IngestError(f"{url}: {type(exc).__name__}: {exc}", code="fetch_error") from None

"""The errors of the web app and the HTTP status of every NewsLedger error.  Every error, raised here
or by the ledger, is answered with one shape: ``{"error": {"code", "message", "hint"}}``."""

from __future__ import annotations

from newsledger.errors import InputError, NewsLedgerError, StoreError


class NotFound(NewsLedgerError):
    code = "not_found"


class BadFilter(InputError):
    code = "bad_filter"
    hint = "dates are YYYY-MM-DD; has_fatalities is yes or no; see /openapi.json for every parameter"


class BadIngestRequest(InputError):
    code = "bad_source"
    hint = 'post {"articles": [{"text": "...", "title": "...", "published": "YYYY-MM-DD"}]} or {"urls": ["https://..."]}'


class Unauthorized(NewsLedgerError):
    code = "unauthorized"
    hint = "send the server's token as the header `Authorization: Bearer TOKEN`"


class Forbidden(NewsLedgerError):
    code = "forbidden"
    hint = "the token does not match the one the server was started with (`newsledger serve --token`)"


class ReadOnly(Forbidden):
    code = "read_only"
    hint = "the server is read-only; start it with `newsledger serve --token TOKEN` to allow ingest"


def status_for(exc: NewsLedgerError) -> int:
    """The HTTP status of a NewsLedger error."""
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Unauthorized):
        return 401
    if isinstance(exc, Forbidden):
        return 403
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, StoreError):
        return 503
    return 500


def error_body(code: str, message: str, hint: str | None = None) -> dict[str, dict[str, str | None]]:
    return {"error": {"code": code, "message": message, "hint": hint}}

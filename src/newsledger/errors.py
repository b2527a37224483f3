"""The exceptions of NewsLedger.  Each carries a stable ``code``, a message naming the bad input and,
where there is one, a hint of the fix.  The CLI prints them; the API serialises them as
``{"error": {"code", "message", "hint"}}``; batch mode writes them on the failing line."""

from __future__ import annotations

from newsledger.records import ErrorInfo


class NewsLedgerError(Exception):
    code = "error"
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint
        if code is not None:
            self.code = code

    def info(self) -> ErrorInfo:
        return ErrorInfo(code=self.code, message=self.message, hint=self.hint)


class InputError(NewsLedgerError):
    """The article or an option given with it cannot be processed."""

    code = "bad_input"


class EmptyText(InputError):
    code = "empty_text"
    hint = "pass a file or JSONL field that contains the article's text"


class BinaryInput(InputError):
    code = "not_text"
    hint = "NewsLedger reads UTF-8 plain text; convert PDFs or word-processor files to text first"


class HtmlInput(InputError):
    code = "html_as_text"
    hint = "pass the page to `newsledger ingest`, which extracts the main text of HTML pages"


class TooLarge(InputError):
    code = "too_large"
    hint = "split the document, or raise NEWSLEDGER_MAX_CHARS if it really is one article"


class BadDate(InputError):
    code = "bad_date"
    hint = "give dates as YYYY-MM-DD, e.g. --published 2025-03-20"


class BadRecord(InputError):
    code = "bad_record"


class DataFileError(NewsLedgerError):
    """A lexicon, alias table or gazetteer file is malformed; the message names the file and line."""

    code = "bad_data_file"


class ModelNotFound(NewsLedgerError):
    code = "model_not_found"


class StoreError(NewsLedgerError):
    code = "store_error"


class ClusterError(NewsLedgerError):
    """The Dask scheduler cannot be reached, or a chunk of articles failed on the cluster."""

    code = "cluster_error"
    hint = "start a scheduler (`dask scheduler`) and workers, or use --dask local"

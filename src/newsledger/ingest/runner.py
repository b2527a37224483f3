"""``ingest``: read sources, skip what the ledger already holds, extract the rest with
:func:`newsledger.extract.extract_records` (one or several processes) and store each article with its
records in one transaction.  A killed run loses at most the articles in flight; a rerun skips what
was stored and completes the rest exactly."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tqdm import tqdm

from newsledger.errors import NewsLedgerError, StoreError
from newsledger.extract import BatchItem, extract_records
from newsledger.ingest.article import make_article
from newsledger.ingest.items import SourceFailure, SourceItem
from newsledger.ingest.sources import expand_sources
from newsledger.records import ErrorInfo, ErrorResult
from newsledger.store.connection import Store
from newsledger.store.write import add_source, add_sources, find_article, record_failure, save_result

ExtractFunction = Callable[..., Iterable[BatchItem]]


@dataclass
class FailureNote:
    source: str
    code: str
    message: str
    hint: str | None = None


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    failures: list[FailureNote] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        return f"{self.stored} stored, {self.duplicates} already in the ledger, {self.failed} failed"


class _Ingestion:
    def __init__(self, store: Store, report: IngestReport, on_failure: Callable[[FailureNote], None] | None) -> None:
        self.store = store
        self.report = report
        self.on_failure = on_failure
        self.pending: dict[str, SourceItem] = {}
        self.seen: dict[str, list[tuple[str, str]]] = {}  # article id → later copies in this run
        self.counter = 0

    def fail(self, source: str, error: NewsLedgerError | ErrorInfo, stage: str) -> None:
        info = error.info() if isinstance(error, NewsLedgerError) else error
        note = FailureNote(source, info.code, info.message, info.hint)
        self.report.failures.append(note)
        if self.on_failure:
            self.on_failure(note)
        try:
            record_failure(self.store, source, info, stage)
        except StoreError as exc:  # the database itself fails: say so, keep going
            self.report.failures.append(FailureNote(source, exc.code, exc.message, exc.hint))
            if self.on_failure:
                self.on_failure(self.report.failures[-1])

    def _already_stored(self, item: SourceItem, article_id: str, url: str | None) -> bool:
        if article_id in self.seen:
            self.seen[article_id].append((item.location, item.kind))
            return True
        with self.store.begin(f"checking {item.location}") as conn:
            existing = find_article(conn, article_id, url)
            if existing is not None:
                add_source(conn, existing, item.location, item.kind)
                return True
        return False

    def records(self, found: Iterable[SourceItem | SourceFailure]) -> Iterator[dict[str, Any]]:
        """Records still to extract; failures and duplicates are dealt with here."""
        for item in found:
            if isinstance(item, SourceFailure):
                self.fail(item.location, item.error, item.stage)
                continue
            meta = item.metadata
            try:
                article = make_article(item.text, published=meta.get("published"), publisher=meta.get("publisher"),
                                       url=meta.get("url"), title=meta.get("title"), source=item.location)
                duplicate = self._already_stored(item, article.id, article.url)
            except NewsLedgerError as exc:
                self.fail(item.location, exc, "validate" if not isinstance(exc, StoreError) else "store")
                continue
            if duplicate:
                self.report.duplicates += 1
                continue
            self.seen[article.id] = []
            self.counter += 1
            key = str(self.counter)
            self.pending[key] = item
            yield {**item.record(), "id": key}

    def store_result(self, result: BatchItem) -> None:
        item = self.pending.pop(result.id or "", None)
        if item is None:  # pragma: no cover - extract_records always echoes our ids
            raise RuntimeError(f"extraction returned an unknown record id {result.id!r}")
        if isinstance(result, ErrorResult):
            self.fail(item.location, result.error, "extract")
            return
        try:
            outcome = save_result(self.store, result, source=item.location, kind=item.kind, raw=item.raw,
                                  content_type=item.content_type)
        except StoreError as exc:
            self.fail(item.location, exc, "store")
            return
        if outcome == "duplicate":
            self.report.duplicates += 1
        else:
            self.report.stored += 1
        copies = self.seen.get(result.article.id)
        if copies:
            try:
                add_sources(self.store, result.article.id, copies)
            except StoreError as exc:
                self.fail(item.location, exc, "store")


def ingest(
    sources: Iterable[str],
    store: Store,
    *,
    processes: int = 1,
    model: str | None = None,
    progress: bool | None = None,
    on_failure: Callable[[FailureNote], None] | None = None,
    extract: ExtractFunction = extract_records,
) -> IngestReport:
    """Ingest every article of ``sources`` (paths, folders, URLs) into ``store``."""
    report = IngestReport()
    run = _Ingestion(store, report, on_failure)
    show = sys.stderr.isatty() if progress is None else progress
    records = run.records(expand_sources(sources))
    first = next(records, None)  # nothing new to extract: no pipeline to load
    if first is None:
        return report
    with tqdm(desc="ingest", unit=" article", disable=not show, dynamic_ncols=True) as bar:
        for result in extract(itertools.chain([first], records), processes=processes, model=model):
            run.store_result(result)
            bar.update(1)
            bar.set_postfix(stored=report.stored, failed=report.failed, refresh=False)
    return report

"""``reprocess``: extract again every stored article (its stored text and metadata) with the current
pipeline, replacing its extracted rows in one transaction per article."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from tqdm import tqdm

from newsledger.errors import StoreError
from newsledger.extract import BatchItem, extract_records
from newsledger.ingest.runner import FailureNote, IngestReport
from newsledger.records import ErrorResult
from newsledger.store import schema as t
from newsledger.store.connection import Store
from newsledger.store.write import record_failure, save_result


def _stored_records(store: Store, article_ids: list[str] | None, batch: int = 200) -> Iterator[dict[str, Any]]:
    a = t.articles
    cols = (a.c.id, a.c.text, a.c.published, a.c.publisher, a.c.url, a.c.title)
    last = ""
    while True:  # keyset paging: no long-lived read transaction on SQLite
        q = select(*cols).where(a.c.id > last).order_by(a.c.id).limit(batch)
        if article_ids is not None:
            q = q.where(a.c.id.in_(article_ids))
        with store.connect("reading articles to reprocess") as conn:
            rows = conn.execute(q).all()
        if not rows:
            return
        for r in rows:
            yield {"id": r.id, "text": r.text, "published": r.published.isoformat() if r.published else None,
                   "publisher": r.publisher, "url": r.url, "title": r.title}
        last = rows[-1].id


def reprocess(
    store: Store,
    *,
    article_ids: list[str] | None = None,
    processes: int = 1,
    model: str | None = None,
    progress: bool | None = None,
    extract: Callable[..., Iterable[BatchItem]] = extract_records,
) -> IngestReport:
    """Re-extract the stored articles (all, or ``article_ids``).  Canonical events must be rebuilt
    afterwards with ``newsledger merge``."""
    report = IngestReport()
    with store.connect("counting articles") as conn:
        total = conn.execute(select(func.count()).select_from(t.articles)).scalar_one()
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=len(article_ids) if article_ids is not None else total, desc="reprocess", unit=" article",
              disable=not show) as bar:
        for result in extract(_stored_records(store, article_ids), processes=processes, model=model):
            bar.update(1)
            stored_id = result.id or ""
            if isinstance(result, ErrorResult):
                record_failure(store, f"article {stored_id}", result.error, "extract")
                report.failures.append(_note(stored_id, result.error.code, result.error.message))
                continue
            if result.article.id != stored_id:  # a newer normalisation: keep the stored id
                result.article = result.article.model_copy(update={"id": stored_id})
            try:
                save_result(store, result, source=None, replace=True)
            except StoreError as exc:
                report.failures.append(_note(stored_id, exc.code, exc.message))
                continue
            report.stored += 1
    return report



def _note(article_id: str, code: str, message: str) -> FailureNote:
    return FailureNote(f"article {article_id}", code, message)

"""``reprocess`` re-extracts the stored text of every article and replaces its records, without
duplicating articles or records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import ledger_fixtures
from ledger_fixtures import article_only_extraction, invented_article
from newsledger.ingest.reprocess import reprocess
from newsledger.ingest.runner import ingest
from newsledger.records import ErrorResult, Event, Evidence, ExtractionResult
from newsledger.store import Store
from newsledger.store.query import get_article, ledger_summary, list_articles

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL


def newer_pipeline(records: Iterable[dict[str, Any]], **kw: object) -> Iterator[ExtractionResult | ErrorResult]:
    """A 'newer pipeline': the same articles, now with one event on the word 'attacked'."""
    for result in article_only_extraction(records, **kw):
        if isinstance(result, ExtractionResult):
            start = result.article.text.index("attacked")
            trigger = Evidence(start=start, end=start + 8, text="attacked")
            result.events = [Event(id="e1", event_type="Battles", sub_event_type="Armed clash", trigger=trigger)]
        yield result


def test_reprocess_replaces_records_and_keeps_articles(tmp_path: Path, store: Store) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(invented_article(n))
    ingest([str(tmp_path)], store, progress=False, extract=article_only_extraction)
    assert ledger_summary(store)["events"] == 0
    for _ in range(2):
        report = reprocess(store, progress=False, extract=newer_pipeline)
        assert (report.stored, report.failed) == (3, 0)
        summary = ledger_summary(store)
        assert (summary["articles"], summary["events"]) == (3, 3)
    art = list_articles(store).items[0]
    full = get_article(store, art["id"])
    assert full is not None and len(full["sources"]) == 1  # reprocess adds no source
    event = full["events"][0]
    assert full["text"][event["trigger_start"]:event["trigger_end"]] == "attacked"

"""Writing an ExtractionResult to the ledger and reading it back, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

import ledger_fixtures
from ledger_fixtures import SHELLING, result_for, shelling_result
from newsledger.store import Store
from newsledger.store import schema as t
from newsledger.store.migrations import LATEST_VERSION, applied_versions
from newsledger.store.query import get_article, get_event, ledger_summary, list_claims
from newsledger.store.write import save_result

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL


def test_schema_is_migrated_once(store: Store) -> None:
    with store.connect() as conn:
        assert applied_versions(conn) == set(range(1, LATEST_VERSION + 1))
        rows = conn.execute(select(t.schema_migrations)).all()
    assert len(rows) == LATEST_VERSION


def test_ids_are_qualified_with_the_article_id(store: Store) -> None:
    result = shelling_result()
    assert save_result(store, result, source="a.txt") == "new"
    aid = result.article.id
    event = get_event(store, f"{aid}:e1")
    assert event is not None
    assert event["local_id"] == "e1" and event["article_id"] == aid
    assert [c["id"] for c in event["claims"]] == [f"{aid}:c1"]
    assert event["victims"][0]["name"] == "Ilse Varn"


def test_evidence_offsets_point_into_the_stored_text(store: Store) -> None:
    result = shelling_result()
    save_result(store, result, source="a.txt")
    event = get_event(store, f"{result.article.id}:e1")
    assert event is not None
    text = event["article"]["text"]
    assert text == SHELLING
    assert event["evidence"], "the trigger span is stored"
    for span in event["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    for claim in event["claims"]:
        assert text[claim["evidence_start"]:claim["evidence_end"]] == claim["evidence_text"]


def test_article_metadata_and_records_round_trip(store: Store) -> None:
    result = shelling_result(url="https://www.example.org/news/1?utm_source=x")
    save_result(store, result, source="a.txt", kind="text")
    art = get_article(store, result.article.id)
    assert art is not None
    assert art["published"] == dt.date(2024, 3, 4)
    assert art["publisher"] == "Valdoro Times"
    assert art["canonical_url"] == "https://example.org/news/1"
    assert [s["location"] for s in art["sources"]] == ["a.txt"]
    assert len(art["events"]) == 1 and len(art["statements"]) == 1 and len(art["claims"]) == 1
    assert art["statements"][0]["speaker"] == "Mara Quell"
    claims = list_claims(store, category="killed")
    assert claims.total == 1 and claims.items[0]["value"] == 5 and claims.items[0]["relay"] == []


def test_same_article_twice_is_stored_once_with_both_sources(store: Store) -> None:
    result = shelling_result()
    assert save_result(store, result, source="a.txt") == "new"
    assert save_result(store, result, source="copy/a.txt") == "duplicate"
    assert save_result(store, result, source="a.txt") == "duplicate"
    summary = ledger_summary(store)
    assert summary["articles"] == 1 and summary["events"] == 1 and summary["claims"] == 1
    art = get_article(store, result.article.id, with_records=False)
    assert art is not None and sorted(s["location"] for s in art["sources"]) == ["a.txt", "copy/a.txt"]


def test_same_canonical_url_with_new_text_is_a_duplicate(store: Store) -> None:
    first = result_for("Gunmen attacked a checkpoint in Lorn on Friday, killing two guards.",
                       url="https://example.org/story")
    second = result_for("Gunmen attacked a checkpoint in Lorn on Friday, killing three guards.",
                        url="http://example.org/story/#comments")
    assert save_result(store, first, source="u1") == "new"
    assert save_result(store, second, source="u2") == "duplicate"
    assert ledger_summary(store)["articles"] == 1


def test_replace_rewrites_extracted_rows_without_duplicates(store: Store) -> None:
    result = shelling_result()
    save_result(store, result, source="a.txt")
    changed = shelling_result(killed=6)
    assert save_result(store, changed, source=None, replace=True) == "replaced"
    summary = ledger_summary(store)
    assert summary["events"] == 1 and summary["claims"] == 1 and summary["articles"] == 1
    event = get_event(store, f"{result.article.id}:e1")
    assert event is not None and event["fatalities_best"] == 6

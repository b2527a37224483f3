"""Shared fixtures of the ledger tests: a store on SQLite and on PostgreSQL, and extraction results
built in code from short invented articles."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from newsledger.errors import NewsLedgerError
from newsledger.ingest.article import make_article
from newsledger.records import (
    Claim,
    ErrorResult,
    Event,
    EventDate,
    Evidence,
    ExtractionResult,
    Location,
    Statement,
    Victim,
)
from newsledger.store import Store, open_store
from newsledger.store.connection import database_url

PG_URL = os.environ.get("NEWSLEDGER_TEST_PG_URL")


def _pg_store() -> Iterator[Store]:
    if not PG_URL:
        pytest.skip("PostgreSQL store test skipped: NEWSLEDGER_TEST_PG_URL is unset "
                    "(run under `bash scripts/with-postgres.sh`)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(PG_URL))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    store = open_store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        yield store
    finally:
        store.close()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty ledger on SQLite (a file) and on PostgreSQL (a throwaway schema)."""
    if request.param == "sqlite":
        s = open_store(tmp_path / "ledger.db")
        yield s
        s.close()
    else:
        yield from _pg_store()


def span(text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(start=start, end=start + len(phrase), text=phrase)


def result_for(text: str, *, published: str | None = "2024-03-04", publisher: str | None = "Valdoro Times",
               url: str | None = None, title: str | None = None, event_type: str = "Explosions/Remote violence",
               sub_event_type: str = "Shelling/artillery/missile attack", place: str = "Port Amsel",
               country: str = "Freedonia", lat: float = 10.0, lon: float = 20.0, actor1: str | None = "Northern Army",
               date: dt.date | None = dt.date(2024, 3, 3), killed: int | None = 5, trigger: str | None = None,
               claim_phrase: str | None = None, speaker: str | None = None, quote: str | None = None,
               victim: str | None = None) -> ExtractionResult:
    """An ExtractionResult of one event (and optionally a claim, a statement, a victim) in ``text``."""
    article = make_article(text, published=published, publisher=publisher, url=url, title=title)
    claims, statements, victims = [], [], []
    if claim_phrase is not None:
        claims.append(Claim(id="c1", value=killed, category="killed", claimant="officials", event_id="e1",
                            date=date, evidence=span(text, claim_phrase)))
    if quote is not None:
        statements.append(Statement(id="s1", speaker=speaker, text=quote, direct=True, date=date,
                                    evidence=span(text, quote)))
    if victim is not None:
        victims.append(Victim(id="v1", name=victim, age=31, sex="female", event_id="e1", evidence=span(text, victim)))
    trig = span(text, trigger) if trigger else None
    event = Event(id="e1", event_type=event_type, sub_event_type=sub_event_type, actor1=actor1,
                  location=Location(name=place, country=country, latitude=lat, longitude=lon, geo_precision=1),
                  date=EventDate(start=date, end=date, precision=1),
                  claims=[c.id for c in claims], trigger=trig, evidence=[trig] if trig else [])
    event.fatalities.best = killed
    return ExtractionResult(article=article, events=[event], claims=claims, statements=statements, victims=victims)


SHELLING = ("Shells struck the harbour district of Port Amsel on Sunday, killing five fishermen, "
            "the port authority said. \"We heard the whistle and then everything shook,\" said Mara Quell, "
            "a net mender. Among the dead was Ilse Varn, a boat owner.")


def shelling_result(**kw: object) -> ExtractionResult:
    base: dict[str, object] = {"trigger": "Shells struck", "claim_phrase": "killing five fishermen",
                               "speaker": "Mara Quell",
                               "quote": "We heard the whistle and then everything shook,", "victim": "Ilse Varn"}
    base.update(kw)
    return result_for(SHELLING, **base)  # type: ignore[arg-type]


def article_only_extraction(records: Iterable[dict[str, Any] | NewsLedgerError], **_: object
                            ) -> Iterator[ExtractionResult | ErrorResult]:
    """Stands in for ``extract_records`` in the ingest tests, which are about reading sources and
    storing articles, not about what the pipeline extracts: the same validation (make_article) and the
    same ids/order contract, with no NLP.  The end-to-end tests run the real pipeline."""
    for record in records:
        assert isinstance(record, dict)
        try:
            article = make_article(record["text"], published=record.get("published"),
                                   publisher=record.get("publisher"), url=record.get("url"), title=record.get("title"))
        except NewsLedgerError as exc:
            yield ErrorResult(id=record.get("id"), error=exc.info())
            continue
        yield ExtractionResult(id=record.get("id"), article=article)


def invented_article(n: int) -> str:
    """A short invented report, different for every ``n``."""
    towns = ["Lorvik", "Tessel", "Brannock", "Quillon", "Marrow Bay", "Ostrel"]
    return (f"Report {n}: gunmen attacked a checkpoint near {towns[n % len(towns)]} on Tuesday, killing {n % 7 + 1} "
            f"guards, a district official said. Residents said the shooting lasted {n % 5 + 1} hours.\n")

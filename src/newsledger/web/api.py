"""The JSON API (``/api/…``): everything the pages show, read-only; ingest and periods are written
only by a server started with ``--token``, and only with that token (``Authorization: Bearer``)."""

from __future__ import annotations

import json
import secrets
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field

from newsledger.records import StatementKind
from newsledger.store.connection import Store
from newsledger.store.query import (
    get_article,
    get_canonical_event,
    get_event,
    ledger_summary,
    list_canonical_events,
)
from newsledger.web.errors import BadIngestRequest, Forbidden, NotFound, ReadOnly, Unauthorized
from newsledger.web.event_search import (
    EventSearch,
    counts_by_day,
    counts_by_type,
    event_points,
    search_events,
)
from newsledger.web.params import (
    Paging,
    RecordPaging,
    clean,
    event_paging,
    event_search,
    get_store,
    record_paging,
    yes_no,
)
from newsledger.web.periods import parse_periods, totals_per_actor
from newsledger.web.record_search import search_records

router = APIRouter(prefix="/api", tags=["ledger"])

StoreDep = Annotated[Store, Depends(get_store)]
SearchDep = Annotated[EventSearch, Depends(event_search)]
RecordsDep = Annotated[RecordPaging, Depends(record_paging)]


def _page(page: Any) -> dict[str, Any]:
    return jsonable_encoder({"items": page.items, "total": page.total, "limit": page.limit, "offset": page.offset})


def require_token(request: Request) -> None:
    """Let the request through only when the server has a token and the request carries it."""
    expected: str | None = request.app.state.settings.token
    if not expected:
        raise ReadOnly("this server is read-only: writing through the API is disabled")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("this request needs the server's token (Authorization: Bearer TOKEN)")
    if not secrets.compare_digest(given.strip().encode(), expected.encode()):
        raise Forbidden("the token sent is not the server's token")


@router.get("/summary", summary="Row counts of the ledger")
def summary(store: StoreDep) -> dict[str, int]:
    return ledger_summary(store)


@router.get("/events", summary="Per-article events matching the filters (sorted, paged)")
def events(store: StoreDep, search: SearchDep, paging: Annotated[Paging, Depends(event_paging)]) -> dict[str, Any]:
    return _page(search_events(store, search, sort=paging.sort, descending=paging.descending,
                               limit=paging.limit, offset=paging.offset))


@router.get("/events/points", summary="The events the map and the timeline draw (up to 10 000)")
def points(store: StoreDep, search: SearchDep) -> dict[str, Any]:
    return jsonable_encoder({"items": event_points(store, search)})


@router.get("/events/{event_id}", summary="One event with its claims, victims, evidence spans and article")
def event(event_id: str, store: StoreDep) -> dict[str, Any]:
    found = get_event(store, event_id)
    if found is None:
        raise NotFound(f"no event {event_id!r} in the ledger", hint="event ids look like <article id>:e1")
    return jsonable_encoder(found)


@router.get("/incidents", summary="Canonical events (incidents merged by `newsledger merge`)")
def incidents(store: StoreDep, search: SearchDep, paging: Annotated[Paging, Depends(event_paging)]) -> dict[str, Any]:
    return _page(list_canonical_events(store, search.ledger, sort=paging.sort, descending=paging.descending,
                                       limit=paging.limit, offset=paging.offset))


@router.get("/incidents/{canonical_id}", summary="One incident with every report, claim and merge decision")
def incident(canonical_id: str, store: StoreDep) -> dict[str, Any]:
    found = get_canonical_event(store, canonical_id)
    if found is None:
        raise NotFound(f"no incident {canonical_id!r} in the ledger", hint="run `newsledger merge` to make incidents")
    return jsonable_encoder(found)


@router.get("/articles/{article_id}", summary="One article with its text, sources and records")
def article(article_id: str, store: StoreDep) -> dict[str, Any]:
    found = get_article(store, article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r} in the ledger")
    return jsonable_encoder(found)


@router.get("/counts/types", summary="Events and fatalities per event type")
def counts_types(store: StoreDep, search: SearchDep) -> list[dict[str, Any]]:
    return jsonable_encoder(counts_by_type(store, search))


@router.get("/counts/days", summary="Events and fatalities per day")
def counts_days(store: StoreDep, search: SearchDep) -> list[dict[str, Any]]:
    return jsonable_encoder(counts_by_day(store, search))


def find_claims(store: Store, search: EventSearch, rec: RecordPaging, claimant: str | None = None,
                category: str | None = None, scope: str | None = None, event_id: str | None = None,
                article_id: str | None = None) -> Any:
    return search_records(store, "claims", search, contains={"claimant": clean(claimant)},
                          equals={"category": clean(category), "scope": clean(scope), "event_id": clean(event_id),
                                  "article_id": clean(article_id)}, limit=rec.limit, offset=rec.offset)


def find_statements(store: Store, search: EventSearch, rec: RecordPaging, speaker: str | None = None,
                    direct: str | None = None, article_id: str | None = None, kind: str | None = None) -> Any:
    return search_records(store, "statements", search, contains={"speaker": clean(speaker)},
                          equals={"direct": yes_no(direct, "direct"), "article_id": clean(article_id),
                                  "kind": clean(kind)},
                          limit=rec.limit, offset=rec.offset)


def find_victims(store: Store, search: EventSearch, rec: RecordPaging, name: str | None = None,
                 status: str | None = None, event_id: str | None = None, article_id: str | None = None) -> Any:
    return search_records(store, "victims", search, contains={"name": clean(name)},
                          equals={"status": clean(status), "event_id": clean(event_id), "article_id": clean(article_id)},
                          limit=rec.limit, offset=rec.offset)


@router.get("/claims", summary="Casualty claims (value, qualifier, claimant, relay, date); the event filters apply")
def claims(store: StoreDep, search: SearchDep, rec: RecordsDep, claimant: str | None = None,
           category: str | None = None, scope: str | None = None, event_id: str | None = None,
           article_id: str | None = None) -> dict[str, Any]:
    return _page(find_claims(store, search, rec, claimant, category, scope, event_id, article_id))


@router.get("/statements", summary="Statements; `speaker` searches the speaker's name; `kind` is speech, belief, "
                                   "intention, stance or finding; the event filters apply")
def statements(store: StoreDep, search: SearchDep, rec: RecordsDep, speaker: str | None = None,
               direct: str | None = None, article_id: str | None = None,
               kind: StatementKind | None = None) -> dict[str, Any]:
    return _page(find_statements(store, search, rec, speaker, direct, article_id, kind))


@router.get("/victims", summary="Named victims; the event filters apply")
def victims(store: StoreDep, search: SearchDep, rec: RecordsDep, name: str | None = None,
            status: str | None = None, event_id: str | None = None, article_id: str | None = None) -> dict[str, Any]:
    return _page(find_victims(store, search, rec, name, status, event_id, article_id))


def periods_with_totals(request: Request, store: Store, search: EventSearch) -> list[dict[str, Any]]:
    periods = request.app.state.settings.periods
    if not periods:
        return []
    pts = event_points(store, search)
    return [totals_per_actor(p, pts) for p in periods]


@router.get("/periods", summary="The named periods, each with events and fatalities per actor")
def periods(request: Request, store: StoreDep, search: SearchDep) -> list[dict[str, Any]]:
    return jsonable_encoder(periods_with_totals(request, store, search))


@router.post("/periods", summary="Add periods (or replace them with ?replace=yes); needs the token",
             dependencies=[Depends(require_token)])
def add_periods(request: Request, body: Annotated[Any, Body(examples=[[
        {"name": "Ceasefire", "start": "2024-03-01", "end": "2024-03-10"}]])],
                replace: Annotated[str | None, Query(description="yes: replace the periods")] = None
                ) -> dict[str, Any]:
    new = parse_periods(body, "request body")
    settings = request.app.state.settings
    settings.periods = new if yes_no(replace, "replace") else [*settings.periods, *new]
    return jsonable_encoder({"periods": settings.periods})


class IngestArticle(BaseModel):
    text: str = Field(description="the article's plain text")
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")
    publisher: str | None = None
    url: str | None = None
    id: str | None = Field(None, description="your id of the article (kept in the source location)")


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list, description="http(s) pages or feeds to fetch and ingest")


@router.post("/ingest", summary="Ingest articles or URLs into the ledger; needs the token",
             dependencies=[Depends(require_token)])
def ingest_articles(request: Request, body: IngestRequest, store: StoreDep) -> dict[str, Any]:
    from newsledger.ingest.runner import ingest

    bad = [u for u in body.urls if not u.startswith(("http://", "https://"))]
    if bad:
        raise BadIngestRequest(f"only http(s) URLs can be ingested through the API, not {bad[0]!r}",
                               hint="post the article's text in `articles` instead")
    if not body.articles and not body.urls:
        raise BadIngestRequest("nothing to ingest: give `articles` or `urls`")
    with tempfile.TemporaryDirectory(prefix="newsledger-api-") as tmp:
        sources = list(body.urls)
        if body.articles:
            path = Path(tmp) / "api-upload.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for n, art in enumerate(body.articles, start=1):
                    record = art.model_dump()
                    record["id"] = art.id or str(n)
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            sources.append(str(path))
        report = ingest(sources, store, processes=1, progress=False,
                        model=request.app.state.settings.model)
    return {"stored": report.stored, "duplicates": report.duplicates, "failed": report.failed,
            "failures": [{"source": f.source, "code": f.code, "message": f.message, "hint": f.hint}
                         for f in report.failures]}

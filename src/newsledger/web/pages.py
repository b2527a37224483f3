"""The HTML pages: events (table, counts, map, timeline, periods), one event with its evidence, one
incident (merged reports, claims side by side), and the claims, statements and victims lists.
Every value from an article is rendered by Jinja with autoescape; the scripts only use textContent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from newsledger.records import StatementKind
from newsledger.store.connection import Store
from newsledger.store.query import EVENT_SORTS, get_canonical_event, get_event
from newsledger.web.api import find_claims, find_statements, find_victims, periods_with_totals
from newsledger.web.errors import NotFound
from newsledger.web.event_search import EventSearch, counts_by_type, facet_values, search_events
from newsledger.web.highlight import event_spans, safe_href, segments
from newsledger.web.params import (
    Paging,
    RecordPaging,
    event_paging,
    event_search,
    get_store,
    record_paging,
)

STATEMENT_KINDS = list(get_args(StatementKind))

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
RecordsDep = Annotated[RecordPaging, Depends(record_paging)]
SearchDep = Annotated[EventSearch, Depends(event_search)]
TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}


def _link_builder(request: Request) -> Callable[..., str]:
    """``qs(sort="country", offset=0)``: the current query string with some parameters changed."""

    def qs(**changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if v != ""}
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = str(value)
        return "?" + urlencode(params) if params else "?"

    return qs


def _render(request: Request, name: str, context: dict[str, Any]) -> Response:
    templates = request.app.state.templates
    base = {"qs": _link_builder(request), "safe_href": safe_href, "type_colours": TYPE_COLOURS,
            "filter_query": urlencode({k: v for k, v in request.query_params.items()
                                       if k not in ("sort", "order", "limit", "offset") and v != ""})}
    return templates.TemplateResponse(request, name, {**base, **context})


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, search: Annotated[EventSearch, Depends(event_search)],
                paging: Annotated[Paging, Depends(event_paging)]) -> Response:
    page = search_events(store, search, sort=paging.sort, descending=paging.descending, limit=paging.limit,
                         offset=paging.offset)
    types = counts_by_type(store, search)
    settings = request.app.state.settings
    return _render(request, "events.html", {
        "page": page, "search": search, "paging": paging, "sorts": EVENT_SORTS, "types": types,
        "type_max": max((t["count"] for t in types), default=1), "facets": facet_values(store),
        "periods": periods_with_totals(request, store, search), "tiles_url": settings.tiles_url or "",
        "period_list": [p.model_dump(mode="json") for p in settings.periods],
    })


def _claim_rows(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(claims, key=lambda c: (c.get("category") or "", c.get("published") or "", c.get("id") or ""))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, store: StoreDep) -> Response:
    event = get_event(store, event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r} in the ledger", hint="event ids look like <article id>:e1")
    article = event.get("article") or {}
    return _render(request, "event.html", {
        "event": event, "article": article, "claims": _claim_rows(event["claims"]),
        "segments": segments(article.get("text") or "", event_spans(event)),
    })


@router.get("/incidents/{canonical_id}", response_class=HTMLResponse)
def incident_page(request: Request, canonical_id: str, store: StoreDep) -> Response:
    incident = get_canonical_event(store, canonical_id)
    if incident is None:
        raise NotFound(f"no incident {canonical_id!r} in the ledger", hint="run `newsledger merge` to make incidents")
    reports = []
    for report in incident["reports"]:
        full = get_event(store, report["id"]) or {}
        text = (full.get("article") or {}).get("text") or ""
        reports.append({**report, "article": full.get("article") or {},
                        "segments": segments(text, event_spans(full))})
    return _render(request, "incident.html", {"incident": incident, "reports": reports,
                                              "claims": _claim_rows(incident["claims"])})


def _record_page(request: Request, store: Store, template: str, page: Any, search: EventSearch,
                 **fields: str | None) -> Response:
    return _render(request, template, {"page": page, "search": search, "facets": facet_values(store),
                                   **{k: v or "" for k, v in fields.items()}})


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, store: StoreDep, search: SearchDep, rec: RecordsDep, claimant: str | None = None,
                category: str | None = None) -> Response:
    page = find_claims(store, search, rec, claimant=claimant, category=category)
    return _record_page(request, store, "claims.html", page, search, claimant=claimant, category=category)


@router.get("/statements", response_class=HTMLResponse)
def statements_page(request: Request, store: StoreDep, search: SearchDep, rec: RecordsDep,
                    speaker: str | None = None, direct: str | None = None, kind: str | None = None) -> Response:
    page = find_statements(store, search, rec, speaker=speaker, direct=direct, kind=kind)
    return _record_page(request, store, "statements.html", page, search, speaker=speaker, direct=direct,
                        kind=kind or "", kinds=STATEMENT_KINDS)


@router.get("/victims", response_class=HTMLResponse)
def victims_page(request: Request, store: StoreDep, search: SearchDep, rec: RecordsDep, name: str | None = None,
                 status: str | None = None) -> Response:
    page = find_victims(store, search, rec, name=name, status=status)
    return _record_page(request, store, "victims.html", page, search, name=name, status=status)

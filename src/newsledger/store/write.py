"""Writing to the ledger.  One article and everything extracted from it are written in one
transaction, so an interrupted ingest never leaves half an article behind."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from sqlalchemy import Connection, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from newsledger.errors import NewsLedgerError
from newsledger.ingest.urls import canonical_url
from newsledger.records import ErrorInfo, Evidence, ExtractionResult
from newsledger.store import schema as t
from newsledger.store.connection import Store

SaveOutcome = Literal["new", "duplicate", "replaced"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def qualify(article_id: str, local_id: str | None) -> str | None:
    """The store id of a per-article record: ``<article id>:<local id>``."""
    return None if local_id is None else f"{article_id}:{local_id}"


def _span(ev: Evidence | None, prefix: str = "evidence") -> dict[str, Any]:
    return {f"{prefix}_start": ev.start if ev else None, f"{prefix}_end": ev.end if ev else None,
            f"{prefix}_text": ev.text if ev else None}


def find_article(conn: Connection, article_id: str | None = None, url: str | None = None) -> str | None:
    """The id of the stored article with this content id or canonical URL, if any."""
    conds = []
    if article_id:
        conds.append(t.articles.c.id == article_id)
    canon = canonical_url(url)
    if canon:
        conds.append(t.articles.c.canonical_url == canon)
    if not conds:
        return None
    return conn.execute(select(t.articles.c.id).where(or_(*conds)).limit(1)).scalar()


def article_exists(store: Store, article_id: str | None = None, url: str | None = None) -> str | None:
    with store.connect("looking up an article") as conn:
        return find_article(conn, article_id, url)


def _extracted_rows(result: ExtractionResult) -> dict[str, list[dict[str, Any]]]:
    aid = result.article.id
    q = lambda local: qualify(aid, local)  # noqa: E731
    rows: dict[str, list[dict[str, Any]]] = {"events": [], "claims": [], "statements": [], "victims": [],
                                             "places": [], "evidence": []}

    def span_row(kind: str, rid: str, role: str, ev: Evidence | None) -> None:
        if ev is not None:
            rows["evidence"].append({"article_id": aid, "record_type": kind, "record_id": rid, "role": role,
                                     "start": ev.start, "end": ev.end, "text": ev.text})

    for e in result.events:
        loc, date, fat = e.location, e.date, e.fatalities
        rid = q(e.id)
        rows["events"].append({
            "id": rid, "article_id": aid, "local_id": e.id, "event_type": e.event_type,
            "sub_event_type": e.sub_event_type, "actor1": e.actor1, "actor1_raw": e.actor1_raw,
            "assoc_actor_1": e.assoc_actor_1, "actor2": e.actor2, "actor2_raw": e.actor2_raw,
            "assoc_actor_2": e.assoc_actor_2, "civilian_targeting": e.civilian_targeting,
            "location": loc.name, "country": loc.country, "admin1": loc.admin1, "admin2": loc.admin2,
            "latitude": loc.latitude, "longitude": loc.longitude, "geo_precision": loc.geo_precision,
            "place_id": q(loc.place_id), "date_start": date.start, "date_end": date.end,
            "time_precision": date.precision, "fatalities_low": fat.low, "fatalities_best": fat.best,
            "fatalities_high": fat.high, "fatalities_rule": fat.rule or None,
            "trigger_start": e.trigger.start if e.trigger else None,
            "trigger_end": e.trigger.end if e.trigger else None,
            "trigger_text": e.trigger.text if e.trigger else None, "canonical_id": None,
        })
        span_row("event", rid, "trigger", e.trigger)
        for ev in e.evidence:
            span_row("event", rid, "evidence", ev)
    for c in result.claims:
        rid = q(c.id)
        rows["claims"].append({
            "id": rid, "article_id": aid, "local_id": c.id, "event_id": q(c.event_id), "value": c.value,
            "low": c.low, "high": c.high, "qualifier": c.qualifier, "category": c.category,
            "victims": c.victims, "scope": c.scope,
            "period_start": c.period.start if c.period else None,
            "period_end": c.period.end if c.period else None,
            "period_text": c.period.text if c.period else None, "claimant": c.claimant,
            "relay": json.dumps(c.relay), "date": c.date,
            **_span(c.evidence), **_span(c.claimant_evidence, "claimant"),
        })
        span_row("claim", rid, "evidence", c.evidence)
        span_row("claim", rid, "claimant", c.claimant_evidence)
    for s in result.statements:
        rid = q(s.id)
        rows["statements"].append({
            "id": rid, "article_id": aid, "local_id": s.id, "speaker": s.speaker, "role": s.role,
            "organisation": s.organisation, "text": s.text, "direct": s.direct, "platform": s.platform,
            "date": s.date, "cue": s.cue, "kind": s.kind, **_span(s.evidence), **_span(s.speaker_evidence, "speaker"),
        })
        span_row("statement", rid, "evidence", s.evidence)
        span_row("statement", rid, "speaker", s.speaker_evidence)
    for v in result.victims:
        rid = q(v.id)
        rows["victims"].append({
            "id": rid, "article_id": aid, "local_id": v.id, "name": v.name, "age": v.age, "sex": v.sex,
            "description": v.description, "status": v.status, "event_id": q(v.event_id), **_span(v.evidence),
        })
        span_row("victim", rid, "evidence", v.evidence)
    for p in result.places:
        r = p.resolution
        rid = q(p.id)
        rows["places"].append({
            "id": rid, "article_id": aid, "local_id": p.id, "text": p.text, "start": p.start, "end": p.end,
            "role": p.role, "resolved": p.resolved, "reason": p.reason,
            "name": r.name if r else None, "country": r.country if r else None,
            "country_code": r.country_code if r else None, "admin1": r.admin1 if r else None,
            "admin2": r.admin2 if r else None, "latitude": r.latitude if r else None,
            "longitude": r.longitude if r else None, "feature": r.feature if r else None,
            "gazetteer": r.source if r else None, "gazetteer_id": r.source_id if r else None,
            "population": r.population if r else None,
            "event_ids": json.dumps([q(e) for e in p.event_ids]),
        })
        rows["evidence"].append({"article_id": aid, "record_type": "place", "record_id": rid, "role": "mention",
                                 "start": p.start, "end": p.end, "text": p.text})
    return rows


def _write_extracted(conn: Connection, result: ExtractionResult) -> None:
    rows = _extracted_rows(result)
    for table in t.EXTRACTED_TABLES:  # children first
        conn.execute(delete(table).where(table.c.article_id == result.article.id))
    for name in ("events", "claims", "statements", "victims", "places", "evidence"):
        if rows[name]:
            conn.execute(insert(t.metadata.tables[name]), rows[name])


def _article_row(result: ExtractionResult) -> dict[str, Any]:
    a = result.article
    info = result.pipeline
    return {
        "url": a.url, "canonical_url": canonical_url(a.url), "title": a.title, "published": a.published,
        "publisher": a.publisher, "language": a.language, "length": a.length,
        "extracted_at": _now(), "pipeline_version": info.version if info else None,
        "model": info.model if info else None,
        "result_json": json.dumps(result.model_dump(mode="json"), ensure_ascii=False),
    }


def add_source(conn: Connection, article_id: str, location: str, kind: str) -> None:
    exists = conn.execute(select(t.sources.c.id).where(
        t.sources.c.article_id == article_id, t.sources.c.location == location)).first()
    if not exists:
        conn.execute(insert(t.sources).values(article_id=article_id, location=location, kind=kind,
                                              first_seen=_now()))


def save_result(
    store: Store,
    result: ExtractionResult,
    *,
    source: str | None,
    kind: str = "text",
    raw: bytes | None = None,
    content_type: str = "text/plain",
    replace: bool = False,
) -> SaveOutcome:
    """Store an article with its extraction in one transaction.

    An article already stored (same content id, or same canonical URL) is not stored again: the
    outcome is ``"duplicate"`` and only the new source location is recorded, unless ``replace`` is
    true (reprocess), which rewrites its extracted rows.  ``source`` None records no source location.
    Earlier failures of the same source are marked resolved."""
    a = result.article
    where = f"storing article {a.id} from {source}"
    try:
        with store.begin(where) as conn:
            existing = find_article(conn, a.id, a.url)
            if existing is not None and not replace:
                if source is not None:
                    add_source(conn, existing, source, kind)
                return "duplicate"
            row = _article_row(result)
            if existing is None:
                conn.execute(insert(t.articles).values(
                    id=a.id, text=a.text, raw=raw, content_type=content_type, ingested_at=_now(), **row))
            else:
                row.pop("canonical_url")
                conn.execute(update(t.articles).where(t.articles.c.id == existing).values(**row))
            _write_extracted(conn, result)
            if source is None:
                return "new" if existing is None else "replaced"
            add_source(conn, a.id, source, kind)
            conn.execute(update(t.failures).where(t.failures.c.source == source,
                                                  t.failures.c.resolved_at.is_(None))
                         .values(resolved_at=_now()))
            return "new" if existing is None else "replaced"
    except IntegrityError:
        # another writer stored the same article between our check and our insert
        return "duplicate"


def record_failure(store: Store, source: str, error: NewsLedgerError | ErrorInfo, stage: str = "read") -> None:
    """Record that ``source`` failed (with the error's code, message and hint) in ``failures``."""
    info = error.info() if isinstance(error, NewsLedgerError) else error
    f = t.failures
    with store.begin(f"recording the failure of {source}") as conn:
        same = conn.execute(select(f.c.id).where(f.c.source == source, f.c.code == info.code,
                                                 f.c.resolved_at.is_(None)).limit(1)).scalar()
        if same is not None:  # the same source failing again the same way: one row, latest time
            conn.execute(update(f).where(f.c.id == same).values(message=info.message, hint=info.hint,
                                                                 stage=stage, occurred_at=_now()))
            return
        conn.execute(insert(f).values(source=source, stage=stage, code=info.code, message=info.message,
                                      hint=info.hint, occurred_at=_now()))


def add_sources(store: Store, article_id: str, locations: list[tuple[str, str]]) -> None:
    """Record more places (location, kind) where a stored article was seen."""
    with store.begin(f"recording the sources of article {article_id}") as conn:
        for location, kind in locations:
            add_source(conn, article_id, location, kind)

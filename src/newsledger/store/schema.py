"""The tables of the ledger (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Ids of per-article records are qualified with the article id: event ``e1`` of article ``ab12…`` is
stored as ``ab12…:e1``, so ids never collide across articles.  Every claim, statement, victim and
event keeps its character offsets into the stored article text (``evidence_*`` columns and the
``evidence`` table).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),  # content hash from make_article
    Column("url", Text),
    Column("canonical_url", Text, unique=True),
    Column("title", Text),
    Column("published", Date),
    Column("publisher", Text),
    Column("language", String(16), nullable=False, default="en"),
    Column("length", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
    Column("raw", LargeBinary),  # the original bytes when they differ from text (HTML, WARC record)
    Column("content_type", String(100), nullable=False, default="text/plain"),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("extracted_at", DateTime(timezone=True)),
    Column("pipeline_version", String(100)),
    Column("model", String(200)),
    Column("result_json", Text),  # the full ExtractionResult JSON (times, warnings …)
)
Index("ix_articles_published", articles.c.published)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("location", Text, nullable=False),  # file path, URL, feed URL#entry, warc path#record
    Column("kind", String(20), nullable=False),  # text, html, jsonl, warc, feed, url
    Column("first_seen", DateTime(timezone=True), nullable=False),
    UniqueConstraint("article_id", "location", name="uq_sources_article_location"),
)

canonical_events = Table(
    "canonical_events", metadata,
    Column("id", String(80), primary_key=True),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("country", Text),
    Column("admin1", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("time_precision", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_best", Integer),
    Column("fatalities_high", Integer),
    Column("fatalities_rule", Text),
    Column("n_reports", Integer, nullable=False, default=1),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", String(100), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text),
    Column("actor1", Text),
    Column("actor1_raw", Text),
    Column("assoc_actor_1", Text),
    Column("actor2", Text),
    Column("actor2_raw", Text),
    Column("assoc_actor_2", Text),
    Column("civilian_targeting", Boolean, nullable=False, default=False),
    Column("location", Text),
    Column("country", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("place_id", String(100)),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("time_precision", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_best", Integer),
    Column("fatalities_high", Integer),
    Column("fatalities_rule", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("trigger_text", Text),
    Column("canonical_id", String(80), ForeignKey("canonical_events.id", ondelete="SET NULL")),
)
Index("ix_events_article", events.c.article_id)
Index("ix_events_date", events.c.date_start)
Index("ix_events_canonical", events.c.canonical_id)


def _span_columns(prefix: str = "evidence") -> list[Column]:
    return [Column(f"{prefix}_start", Integer), Column(f"{prefix}_end", Integer), Column(f"{prefix}_text", Text)]


claims = Table(
    "claims", metadata,
    Column("id", String(100), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("event_id", String(100)),  # qualified id of the per-article event
    Column("value", Integer),
    Column("low", Integer),
    Column("high", Integer),
    Column("qualifier", String(40), nullable=False, default="exact"),
    Column("category", String(20), nullable=False, default="other"),
    Column("victims", Text),
    Column("scope", String(20), nullable=False, default="incident"),
    Column("period_start", Date),
    Column("period_end", Date),
    Column("period_text", Text),
    Column("claimant", Text),
    Column("relay", Text),  # JSON list
    Column("date", Date),
    *_span_columns(),
    *_span_columns("claimant"),
)
Index("ix_claims_article", claims.c.article_id)
Index("ix_claims_event", claims.c.event_id)

statements = Table(
    "statements", metadata,
    Column("id", String(100), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("speaker", Text),
    Column("role", Text),
    Column("organisation", Text),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("platform", Text),
    Column("date", Date),
    Column("cue", Text),
    Column("kind", String(16), nullable=False, server_default="speech"),
    *_span_columns(),
    *_span_columns("speaker"),
)
Index("ix_statements_article", statements.c.article_id)

victims = Table(
    "victims", metadata,
    Column("id", String(100), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("age", Integer),
    Column("sex", String(10)),
    Column("description", Text),
    Column("status", String(10), nullable=False, default="killed"),
    Column("event_id", String(100)),
    *_span_columns(),
)
Index("ix_victims_article", victims.c.article_id)

places = Table(
    "places", metadata,
    Column("id", String(100), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("role", String(20), nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
    Column("reason", Text),
    Column("name", Text),
    Column("country", Text),
    Column("country_code", String(8)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("feature", String(40)),
    Column("gazetteer", Text),
    Column("gazetteer_id", Text),
    Column("population", Integer),
    Column("event_ids", Text),  # JSON list of qualified event ids
)
Index("ix_places_article", places.c.article_id)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("record_type", String(20), nullable=False),  # event, claim, statement, victim, place
    Column("record_id", String(100), nullable=False),
    Column("role", String(20), nullable=False),  # trigger, evidence, claimant, speaker, mention
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_evidence_record", evidence.c.record_type, evidence.c.record_id)
Index("ix_evidence_article", evidence.c.article_id)

merge_decisions = Table(
    "merge_decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("canonical_id", String(80), nullable=False),
    Column("event_id", String(100), nullable=False),
    Column("linked_to", String(100)),  # the event it was found to match (None for the first of a cluster)
    Column("score", Float),
    Column("reason", Text, nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
)
Index("ix_merge_canonical", merge_decisions.c.canonical_id)

merge_splits = Table(  # pairs of events a user kept apart (undone merges); merge never rejoins them
    "merge_splits", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(100), nullable=False),
    Column("other_event_id", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("event_id", "other_event_id", name="uq_merge_splits_pair"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("stage", String(20), nullable=False),  # read, fetch, parse, validate, extract, store
    Column("code", String(60), nullable=False),
    Column("message", Text, nullable=False),
    Column("hint", Text),
    Column("occurred_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True)),
)
Index("ix_failures_source", failures.c.source)

# tables whose rows are derived from an article by extraction (deleted and rewritten by reprocess)
EXTRACTED_TABLES = (evidence, claims, statements, victims, places, events)

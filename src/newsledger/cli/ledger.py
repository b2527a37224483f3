"""The ledger commands: ``ingest``, ``reprocess``, ``merge`` and ``export``.  Each parses its
arguments, calls one library function and reports; exit code 1 when some sources failed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsledger.cli.common import DASK_OPTION, batch_extractor, report_errors
from newsledger.errors import StoreError
from newsledger.ingest.article import parse_date
from newsledger.settings import default_processes
from newsledger.store import DEFAULT_DB, open_store

DB_OPTION = click.option("--db", default=DEFAULT_DB, show_default=True, envvar="NEWSLEDGER_DB",
                         help="SQLite file, or postgresql://user@host:port/dbname")


def _echo_failure(note: object) -> None:
    source = getattr(note, "source", "?")
    click.echo(f"Failed [{getattr(note, 'code', '?')}]: {getattr(note, 'message', '')}"
               + ("" if str(source) in str(getattr(note, "message", "")) else f" ({source})"), err=True)
    hint = getattr(note, "hint", None)
    if hint:
        click.echo(f"  Hint: {hint}", err=True)


def _interrupted(what: str) -> None:
    click.echo(f"\nInterrupted: what was stored is kept; rerun `newsledger {what}` to complete the run.", err=True)
    sys.exit(130)


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@DB_OPTION
@click.option("--processes", "-j", type=int, default=None, help="extraction processes (default: cores, max 2)")
@click.option("--model", default=None, help="spaCy model to use instead of the configured one")
@click.option("--progress/--no-progress", default=None, help="show a progress bar (default: on a terminal)")
@DASK_OPTION
@report_errors
def ingest_command(sources: tuple[str, ...], db: str, processes: int | None, model: str | None,
                   progress: bool | None, dask_scheduler: str | None) -> None:
    """Ingest SOURCES (text and HTML files, folders, .jsonl, .warc, RSS/Atom feeds, http(s) URLs) into the
    ledger.  Articles already stored (same content or canonical URL) are skipped, so a rerun resumes an
    interrupted ingest.  With --dask the articles are extracted by the workers of a Dask cluster and stored
    here.  Exit code 1 when some sources failed (they are listed in the `failures` table)."""
    from newsledger.ingest.runner import ingest

    with open_store(db) as store:
        try:
            report = ingest(sources, store, processes=processes or default_processes(), model=model,
                            progress=progress, on_failure=_echo_failure, extract=batch_extractor(dask_scheduler))
        except KeyboardInterrupt:
            _interrupted("ingest")
    click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(1)


@click.command("reprocess")
@DB_OPTION
@click.option("--article", "article_ids", multiple=True, help="reprocess only this article id (repeatable)")
@click.option("--processes", "-j", type=int, default=None, help="extraction processes (default: cores, max 2)")
@click.option("--model", default=None, help="spaCy model to use instead of the configured one")
@click.option("--progress/--no-progress", default=None, help="show a progress bar (default: on a terminal)")
@report_errors
def reprocess_command(db: str, article_ids: tuple[str, ...], processes: int | None, model: str | None,
                      progress: bool | None) -> None:
    """Extract again every stored article with the current pipeline (then rerun `newsledger merge`)."""
    from newsledger.ingest.reprocess import reprocess

    with open_store(db) as store:
        try:
            report = reprocess(store, article_ids=list(article_ids) or None,
                               processes=processes or default_processes(), model=model, progress=progress)
        except KeyboardInterrupt:
            _interrupted("reprocess")
    for note in report.failures:
        _echo_failure(note)
    click.echo(f"{report.stored} article(s) reprocessed, {report.failed} failed", err=True)
    if report.failed:
        sys.exit(1)


@click.command("merge")
@DB_OPTION
@click.option("--undo", "undo", default=None, metavar="ID",
              help="undo merges: a canonical event id (ce-…) splits all its reports, an event id splits that report")
@click.option("--threshold", type=float, default=None, help="merge score threshold (default 0.65)")
@report_errors
def merge_command(db: str, undo: str | None, threshold: float | None) -> None:
    """Cluster the per-article events of the ledger into canonical events (one per incident), recording the
    reason of every merge; --undo splits a merge and keeps it split in later merges."""
    from newsledger.resolve.merge import DEFAULT_THRESHOLD
    from newsledger.store.canonical import merge_events, undo_merge

    with open_store(db) as store:
        limit = DEFAULT_THRESHOLD if threshold is None else threshold
        summary = undo_merge(store, undo, threshold=limit) if undo else merge_events(store, threshold=limit)
    click.echo(summary.text(), err=True)


@click.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "parquet"]), default="csv",
              show_default=True)
@click.option("--what", type=click.Choice(["events", "reports", "claims", "statements", "victims"]),
              default="events", show_default=True,
              help="events: canonical events (after `newsledger merge`); reports: per-article events")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="output file (default: stdout; required for parquet)")
@click.option("--from", "date_from", default=None, help="first date YYYY-MM-DD")
@click.option("--to", "date_to", default=None, help="last date YYYY-MM-DD")
@click.option("--country", default=None, help="country name (exact, case-insensitive)")
@click.option("--actor", default=None, help="actor name (substring of actor1/actor2/associated actors)")
@click.option("--event-type", default=None, help="ACLED event type, e.g. Battles")
@report_errors
def export_command(db: str, fmt: str, what: str, output: Path | None, date_from: str | None, date_to: str | None,
                   country: str | None, actor: str | None, event_type: str | None) -> None:
    """Export the ledger.  The events CSV uses ACLED's column names and order; extra columns come after."""
    from newsledger.export.ledger_export import export_ledger
    from newsledger.store.query import EventFilter

    filters = EventFilter(date_from=parse_date(date_from, field="--from"), date_to=parse_date(date_to, field="--to"),
                          country=country, actor=actor, event_type=event_type)
    if not Path(db).exists() and "://" not in db:
        raise StoreError(f"{db}: no such ledger database", code="not_found",
                         hint="create it with `newsledger ingest SOURCE --db PATH`")
    with open_store(db) as store:
        n = export_ledger(store, what=what, fmt=fmt, output=output, filters=filters)
    click.echo(f"{n} {what} row(s) exported" + (f" to {output}" if output else ""), err=True)

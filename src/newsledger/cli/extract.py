"""``newsledger extract``: one article (or a JSONL batch) to JSON records."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from newsledger.cli.common import DASK_OPTION, batch_extractor, report_errors
from newsledger.errors import BadRecord, NewsLedgerError
from newsledger.ingest.article import parse_date
from newsledger.records import ErrorResult, ExtractionResult


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise NewsLedgerError(f"{path}: no such file", code="not_found")
    if p.is_dir():
        raise NewsLedgerError(f"{path} is a folder; pass a file, or use `newsledger ingest` for folders",
                              code="not_a_file")
    return p.read_bytes()


def _jsonl_records(path: Path) -> Iterator[dict[str, Any] | NewsLedgerError]:
    from newsledger.extract import parse_record_line

    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield BadRecord(f"line {n} is not valid UTF-8")
                continue
            if not line.strip():
                continue
            try:
                yield parse_record_line(line, n)
            except BadRecord as exc:
                yield exc


def _dump(obj: ExtractionResult | ErrorResult, indent: int | None) -> str:
    return json.dumps(obj.model_dump(mode="json"), ensure_ascii=False, indent=indent)


@click.command("extract")
@click.argument("path")
@click.option("--published", help="publication date YYYY-MM-DD: the anchor of relative dates")
@click.option("--publisher", help="name of the outlet")
@click.option("--url", help="URL of the article")
@click.option("--title", help="title of the article")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--processes", "-j", type=int, default=None, help="worker processes for .jsonl batches (default: cores, max 2)")
@click.option("--compact", is_flag=True, help="print JSON on one line")
@DASK_OPTION
@report_errors
def extract_command(path: str, published: str | None, publisher: str | None, url: str | None,
                    title: str | None, fmt: str, processes: int | None, compact: bool,
                    dask_scheduler: str | None) -> None:
    """Extract events, claims, statements, victims, places and times from the article at PATH
    (- for stdin).  A PATH ending in .jsonl is a batch: one {"id","text",...} object per line in,
    one result per line out, in order; bad lines yield {"id","error"} and the exit code is 1."""
    parse_date(published)  # fail early on a malformed --published
    from newsledger.export.table import result_table
    from newsledger.extract import extract_text  # imports spaCy
    from newsledger.settings import default_processes

    if path.endswith(".jsonl"):
        failed = 0
        extract_records = batch_extractor(dask_scheduler)
        for item in extract_records(_jsonl_records(Path(path)), processes=processes or default_processes()):
            failed += isinstance(item, ErrorResult)
            click.echo(_dump(item, None))
        if failed:
            click.echo(f"{failed} record(s) failed; see the 'error' lines", err=True)
            sys.exit(1)
        return
    source = "stdin" if path == "-" else path
    result = extract_text(_read_input(path), published=published, publisher=publisher, url=url, title=title,
                          source=source)
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    if fmt == "table":
        click.echo(result_table(result))
    else:
        click.echo(_dump(result, None if compact else 2))

"""Writing export rows as CSV, JSONL, GeoJSON or Parquet (pyarrow)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsledger.export.ledger_rows import ExportError

FORMATS = ("csv", "jsonl", "geojson", "parquet")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def write_csv(rows: Iterable[dict[str, Any]], columns: list[str], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: ("" if v is None else _plain(v)) for k, v in row.items()})
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], columns: list[str], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps({k: _plain(row.get(k)) for k in columns}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(rows: Iterable[dict[str, Any]], columns: list[str], out: IO[str]) -> int:
    """A FeatureCollection; events without coordinates get a null geometry (valid GeoJSON)."""
    if "latitude" not in columns:
        raise ExportError("GeoJSON needs coordinates: export --what events or --what reports as GeoJSON",
                          hint="use csv, jsonl or parquet for claims, statements and victims")
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        lat, lon = row.get("latitude"), row.get("longitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        props = {k: _plain(row.get(k)) for k in columns if k not in ("latitude", "longitude")}
        feature = {"type": "Feature", "id": row.get("event_id_cnty"), "geometry": geometry, "properties": props}
        out.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        n += 1
    out.write("]}\n")
    return n


def write_parquet(rows: Iterable[dict[str, Any]], columns: list[str], path: Path) -> int:
    data = [{k: row.get(k) for k in columns} for row in rows]
    table = pa.Table.from_pylist(data) if data else pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table, path)
    return len(data)


def write_rows(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, out: IO[str] | Path) -> int:
    """Write ``rows`` in ``fmt`` to a text stream, or (Parquet) to a file path; return the row count."""
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ExportError("Parquet is binary: give an output file with -o/--output")
        return write_parquet(rows, columns, out)
    writer = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}.get(fmt)
    if writer is None:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            return writer(rows, columns, fh)
    return writer(rows, columns, out)

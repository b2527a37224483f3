"""``export_ledger``: filtered rows of the ledger written as CSV, JSONL, GeoJSON or Parquet."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import IO

from newsledger.export.ledger_rows import columns_for, export_rows
from newsledger.export.writers import write_rows
from newsledger.store.connection import Store
from newsledger.store.query import EventFilter


def export_ledger(store: Store, *, what: str = "events", fmt: str = "csv", output: Path | None = None,
                  filters: EventFilter | None = None, stream: IO[str] | None = None) -> int:
    """Write the ``what`` rows matching ``filters`` to ``output`` (a file, written atomically) or to
    ``stream`` (default stdout); return the number of rows."""
    rows = export_rows(store, what, filters)
    first = next(rows, None)  # raise a query error before anything is written
    all_rows = itertools.chain([first] if first is not None else [], rows)
    columns = columns_for(what)
    if output is None:
        return write_rows(all_rows, columns, fmt, stream or sys.stdout)
    tmp = output.with_name(f".{output.name}.part")
    try:
        n = write_rows(all_rows, columns, fmt, tmp)
        os.replace(tmp, output)
        return n
    finally:
        tmp.unlink(missing_ok=True)

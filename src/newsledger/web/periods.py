"""User-defined periods (named date ranges such as a ceasefire), read from a JSON or CSV file or posted
to the API, marked on the timeline with totals per actor.

JSON: ``[{"name": "Ceasefire", "start": "2024-03-01", "end": "2024-03-10"}, …]`` (or the same list
under a ``"periods"`` key).  CSV: a header ``name,start,end`` and one period a row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, model_validator

from newsledger.errors import InputError


class PeriodError(InputError):
    code = "bad_periods"
    hint = ('give a JSON list like [{"name": "Ceasefire", "start": "2024-03-01", "end": "2024-03-10"}] '
            "or a CSV file with the header name,start,end")


class NamedPeriod(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> NamedPeriod:
        if self.end < self.start:
            raise ValueError(f"period {self.name!r} ends ({self.end}) before it starts ({self.start})")
        return self


def parse_periods(data: Any, where: str = "periods") -> list[NamedPeriod]:
    """Validate a list of ``{name, start, end}`` (or ``{"periods": [...]}``)."""
    if isinstance(data, dict) and "periods" in data:
        data = data["periods"]
    if not isinstance(data, list):
        raise PeriodError(f"{where}: expected a list of periods, got {type(data).__name__}")
    periods = []
    for n, item in enumerate(data, start=1):
        try:
            periods.append(NamedPeriod.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "period"
            raise PeriodError(f"{where}: period {n}: {field}: {first['msg']}") from None
    return periods


def load_periods(path: str | Path) -> list[NamedPeriod]:
    """Read periods from a ``.json`` or ``.csv`` file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise PeriodError(f"cannot read the periods file {p}: {exc.strerror or exc}") from None
    if p.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        missing = {"name", "start", "end"} - set(rows[0].keys() if rows else [])
        if missing:
            raise PeriodError(f"{p}: the CSV header lacks {', '.join(sorted(missing))}")
        return parse_periods([{k: (v or "").strip() for k, v in row.items() if k} for row in rows], str(p))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PeriodError(f"{p}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    return parse_periods(data, str(p))


def totals_per_actor(period: NamedPeriod, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Events and best-estimate fatalities in ``period`` per actor (an event counts for each of its
    actors), most events first; an event belongs to the period when its start date falls within it."""
    per_actor: dict[str, dict[str, int]] = defaultdict(lambda: {"events": 0, "fatalities": 0})
    n_events = fatalities = 0
    for ev in events:
        day = ev.get("date_start")
        if day is None or not (period.start <= day <= period.end):
            continue
        n_events += 1
        fatalities += ev.get("fatalities_best") or 0
        for actor in {ev.get("actor1"), ev.get("actor2")} - {None, ""}:
            per_actor[actor]["events"] += 1
            per_actor[actor]["fatalities"] += ev.get("fatalities_best") or 0
    actors = [{"actor": name, **vals} for name, vals in per_actor.items()]
    actors.sort(key=lambda a: (-a["events"], -a["fatalities"], a["actor"]))
    return {"name": period.name, "start": period.start, "end": period.end, "events": n_events,
            "fatalities": fatalities, "actors": actors}

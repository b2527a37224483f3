"""An offline gazetteer: GeoNames data shipped by installed packages plus NewsLedger's curated files.

The GeoNames part (cities500 with alternate names, countries, continents, the admin1/admin2
subdivisions of every country, curated admin1 regions) is indexed once into an SQLite file in the
cache directory by :mod:`newsledger.resolve.gazetteer_index`, keyed by normalised name and by a
consonant skeleton of that name, so that a process looks names up without holding the 80 MB of JSON
in memory.  The index is rebuilt when a package version, a data file or its ``SCHEMA_VERSION``
changes.

Curated places (``data/places_local.csv``) and user gazetteers (``NEWSLEDGER_GAZETTEER``) are small and
read into memory.  Lookups return :class:`Candidate` rows; choosing among them by context is
:mod:`newsledger.resolve.geo_context`'s job.
"""

from __future__ import annotations

import csv
import math
import re
import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from anyascii import anyascii

from newsledger.errors import DataFileError
from newsledger.resolve.gazetteer_index import SUBDIVISION_SOURCE, build_index, subdivision_types
from newsledger.resolve.gazetteer_index import index_path as default_index_path
from newsledger.settings import get_settings

LOCAL_COLUMNS = ["name", "alternate_names", "kind", "country_code", "admin1", "lat", "lon", "source"]

# Arabic (and Romance) article forms dropped from names: "Deir al-Balah" == "Dayr al Balah".
ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ed", "es", "et", "ez", "er", "en",
                      "adh", "ath", "ul", "the"})
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02bf\u02be]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=100_000)  # a pure function of the string, called for the same words in every article
def normalise_name(name: str) -> str:
    """Lower-case ASCII form of a place name without diacritics, apostrophes, hyphens or articles."""
    text = _APOSTROPHES.sub("", name)
    text = anyascii(text).lower()
    text = _APOSTROPHES.sub("", text)
    tokens = [ABBREVIATIONS.get(t, t) for t in _NON_ALNUM.sub(" ", text).split()]
    kept = [t for t in tokens if t not in ARTICLES]
    return " ".join(kept or tokens)


def name_skeleton(key: str) -> str:
    """Consonant skeleton of a normalised name: matches transliteration variants
    (Khan Younis / Khan Yunis / Khan Younes, Deir / Dayr, Shujaiyya / Shejaiya)."""
    words = []
    for token in key.split():
        token = token.replace("ph", "f").replace("q", "k").replace("ou", "u")
        if len(token) > 3 and token.endswith("h") and token[-2] in "aeiou":
            token = token[:-1]  # Arabic final -ah / -a: "Khuza'ah" == "Khuza'a"
        first, rest = token[0], token[1:]
        if first in "aeiou":
            first = "a"
        out = [first]
        for ch in rest:
            if ch in _VOWELS:
                continue
            if ch != out[-1]:
                out.append(ch)
        words.append("".join(out))
    return " ".join(words)


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    latitude: float
    longitude: float
    feature: str
    country_code: str
    admin1_code: str
    admin1: str
    population: int
    source: str
    source_id: str
    matched: str  # "name", "alternate" or "skeleton"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# --- data files --------------------------------------------------------------------------------------


def _data_path(name: str) -> Path:
    return Path(str(resources.files("newsledger") / "data" / name))


def read_place_file(path: Path, source: str | None = None) -> list[dict[str, object]]:
    """Read a gazetteer CSV with :data:`LOCAL_COLUMNS`; a malformed line raises DataFileError."""
    rows: list[dict[str, object]] = []
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataFileError(f"cannot read gazetteer file {path}: {exc}",
                            hint="check NEWSLEDGER_GAZETTEER") from exc
    with handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != LOCAL_COLUMNS:
            raise DataFileError(f"{path}, line 1: header must be {','.join(LOCAL_COLUMNS)}",
                                hint="see docs/gazetteer.md for the format")
        for line_no, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) != len(LOCAL_COLUMNS):
                raise DataFileError(f"{path}, line {line_no}: expected {len(LOCAL_COLUMNS)} columns, got {len(row)}")
            record = dict(zip(LOCAL_COLUMNS, (c.strip() for c in row), strict=True))
            try:
                lat, lon = float(record["lat"]), float(record["lon"])
            except ValueError as exc:
                raise DataFileError(f"{path}, line {line_no}: lat/lon must be numbers, "
                                    f"got {record['lat']!r}, {record['lon']!r}") from exc
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise DataFileError(f"{path}, line {line_no}: coordinates out of range ({lat}, {lon})")
            if not record["name"]:
                raise DataFileError(f"{path}, line {line_no}: the name is empty")
            record["lat"], record["lon"] = lat, lon
            record["origin"] = source or str(path)
            record["line"] = line_no
            rows.append(record)
    return rows


def read_list_file(name: str) -> list[str]:
    """The non-comment lines of a one-item-a-line data file."""
    lines = [line.strip() for line in _data_path(name).read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def read_pairs_file(path: Path, what: str) -> dict[str, str]:
    """The non-comment lines of a two-column, tab-separated data file as a dict; a line without two
    non-empty columns is a :class:`DataFileError` naming the file, the line and ``what`` it should hold."""
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 2 or not all(parts):
            raise DataFileError(f"{path}, line {n}: expected '{what}'")
        out[parts[0]] = parts[1]
    return out


def read_country_table() -> dict[str, dict[str, object]]:
    """ISO code -> aliases, demonyms and (where curated) a centre point, from data/geo_countries.csv."""
    table: dict[str, dict[str, object]] = {}
    path = _data_path("geo_countries.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            try:
                lat = float(row["lat"]) if row["lat"] else None
                lon = float(row["lon"]) if row["lon"] else None
            except ValueError as exc:
                raise DataFileError(f"{path}, line {line_no}: bad coordinates") from exc
            table[row["iso2"]] = {"aliases": [a for a in row["aliases"].split("|") if a],
                                  "demonyms": [d for d in row["demonyms"].split("|") if d],
                                  "lat": lat, "lon": lon}
    return table


# --- lookups ----------------------------------------------------------------------------------------


_PLACE_COLUMNS = "p.name, p.lat, p.lon, p.feature, p.country_code, p.admin1_code, p.admin1, p.population, " \
                 "p.source, p.source_id, n.is_main"


class Gazetteer:
    """Name lookups over the SQLite index and the in-memory curated/user places."""

    def __init__(self, index_path: Path | None = None, user_files: list[Path] | None = None) -> None:
        self.index_path = index_path or default_index_path()
        if not self.index_path.exists():
            build_index(self.index_path)
        self._conn = sqlite3.connect(f"file:{self.index_path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._local: dict[str, list[tuple[Candidate, bool]]] = defaultdict(list)
        self._local_skeletons: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
        self.local_names: list[str] = []
        files = [(_data_path("places_local.csv"), "local")]
        files += [(p, str(p)) for p in (user_files if user_files is not None else get_settings().user_gazetteers)]
        for path, origin in files:
            for row in read_place_file(path, origin):
                self._add_local(row)
        self.countries = read_country_table()
        self.transliterated_countries = tuple(read_list_file("geo_match_countries.txt"))
        # "<name> <type>" aliases ("Sonora State"): not a place when a capitalised word follows (nlp/places.py)
        self.subdivision_types = subdivision_types()
        self._country_names: dict[str, str] | None = None
        self._admin1_names: dict[tuple[str, str], str] | None = None
        with self._lock:  # package demonyms ("Latvian"), then the curated ones of geo_countries.csv
            self.demonyms: dict[str, str] = dict(self._conn.execute("SELECT key, country_code FROM demonyms"))
        self.demonyms.update({normalise_name(d): iso for iso, c in self.countries.items()
                              for d in c["demonyms"]})  # type: ignore[union-attr]
        self.region_demonyms: dict[str, str] = {}
        with _data_path("geo_region_demonyms.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for word in row["demonym"].split("|"):
                    self.region_demonyms[normalise_name(word)] = row["region"]

    def _add_local(self, row: dict[str, object]) -> None:
        alternates = [a.strip() for a in str(row["alternate_names"]).split("|") if a.strip()]
        candidate = Candidate(name=str(row["name"]), latitude=float(row["lat"]),  # type: ignore[arg-type]
                              longitude=float(row["lon"]), feature=str(row["kind"]) or "place",  # type: ignore[arg-type]
                              country_code=str(row["country_code"]),
                              admin1_code=self._admin1_code(str(row["country_code"]), str(row["admin1"])),
                              admin1=str(row["admin1"]),
                              population=0, source=str(row["origin"]), source_id=str(row["source"]),
                              matched="name")
        for is_main, label in [(True, str(row["name"]))] + [(False, a) for a in alternates]:
            key = normalise_name(label)
            if key:
                self._local[key].append((candidate, is_main))
                self._local_skeletons[name_skeleton(key)].append((candidate, key))
                self.local_names.append(label)

    def _admin1_code(self, country_code: str, admin1: str) -> str:
        """The GeoNames admin1 code of a curated place's admin1 name, so that it takes part in the
        article's admin1 focus like the GeoNames towns of that region ("Gaza Strip" -> PS "01")."""
        if not country_code or not admin1:
            return ""
        sql = ("SELECT p.admin1_code FROM names n JOIN places p ON p.id = n.place_id "
               "WHERE n.key = ? AND p.feature = 'ADM1' AND p.country_code = ? LIMIT 1")
        with self._lock:
            row = self._conn.execute(sql, (normalise_name(admin1), country_code)).fetchone()
        return str(row[0]) if row else ""

    def admin1_name(self, country_code: str | None, admin1_code: str | None) -> str | None:
        """The name of the province (admin1) of a country's admin1 code: the curated English name of
        ``data/geo_admin1.csv`` ("UA", "07" -> "Kharkiv Oblast"), else the index's one admin1 record for the
        code, else None (several subdivisions filed under one code, as "Gaza Strip" and "Rafah")."""
        if self._admin1_names is None:
            with self._lock:
                rows = self._conn.execute("SELECT country_code, admin1_code, name, source FROM places "
                                          "WHERE feature = 'ADM1' AND admin1_code != ''").fetchall()
            found: dict[tuple[str, str], list[tuple[bool, str]]] = defaultdict(list)
            for cc, code, name, source in rows:
                found[(str(cc), str(code))].append((source == SUBDIVISION_SOURCE, str(name)))
            self._admin1_names = {}
            for key, names in found.items():
                best = [n for sub, n in names if not sub] or [n for _, n in names]
                if len(best) == 1:
                    self._admin1_names[key] = best[0]
            with _data_path("geo_admin1.csv").open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    self._admin1_names[(row["country_code"], row["admin1_code"])] = row["name"]
        return self._admin1_names.get((country_code or "", admin1_code or ""))

    def _query(self, column: str, value: str) -> list[tuple]:
        sql = (f"SELECT {_PLACE_COLUMNS} FROM names n JOIN places p ON p.id = n.place_id "
               f"WHERE n.{column} = ? LIMIT 400")
        with self._lock:
            return self._conn.execute(sql, (value,)).fetchall()

    @lru_cache(maxsize=50_000)  # noqa: B019  (one Gazetteer per process)
    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every entry whose name or alternate name matches ``name`` after normalisation; when none
        does, entries whose consonant skeleton matches and whose name is close (rapidfuzz)."""
        key = normalise_name(name)
        if not key:
            return ()
        found: dict[tuple[str, str], Candidate] = {}
        for cand, is_main in self._local.get(key, []):
            ident = (cand.source, cand.source_id + cand.name)
            if ident not in found or is_main:  # an alternate that normalises to the name ("the X") is the name
                found[ident] = _with_match(cand, "name" if is_main else "alternate")
        for row in self._query("key", key):
            cand = _candidate_from_row(row, "name" if row[10] else "alternate")
            ident = (cand.source, cand.source_id)
            if ident not in found or cand.matched == "name":
                found[ident] = cand
        if not found and len(key) >= 4:
            found.update(self._skeleton_candidates(key))
        return tuple(found.values())

    def _skeleton_candidates(self, key: str) -> dict[tuple[str, str], Candidate]:
        from rapidfuzz import fuzz

        skeleton = name_skeleton(key)
        if len(skeleton.replace(" ", "")) < 3:
            return {}
        found: dict[tuple[str, str], Candidate] = {}
        for cand, label_key in self._local_skeletons.get(skeleton, []):
            if fuzz.ratio(key, label_key) >= 75:
                found[(cand.source, cand.source_id + cand.name)] = _with_match(cand, "skeleton")
        sql = (f"SELECT {_PLACE_COLUMNS}, n.key FROM names n JOIN places p ON p.id = n.place_id "
               f"WHERE n.skeleton = ? LIMIT 400")
        with self._lock:
            rows = self._conn.execute(sql, (skeleton,)).fetchall()
        for row in rows:
            if row[4] in self.transliterated_countries and fuzz.ratio(key, row[11]) >= 80:
                cand = _candidate_from_row(row, "skeleton")
                found.setdefault((cand.source, cand.source_id), cand)
        return found

    def match_keys(self, kind: str) -> frozenset[str]:
        """Precomputed names matched in text: 'multi' (multi-word names), 'single' (one-word names of
        the first matched country), 'unlabelled' (one-word names of three letters or more of towns of 20,000 or more), 'region'
        (names of countries, admin1 regions and continents)."""
        with self._lock:
            rows = self._conn.execute("SELECT key FROM match_keys WHERE kind = ?", (kind,)).fetchall()
        return frozenset(key for (key,) in rows)

    def is_type_alias(self, name: str) -> bool:
        """Whether ``name`` is only a subdivision's name with its type ("Virginia State", "Sumy Oblast"
        as an alias), not any place's own name ("Tuscarawas County")."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in self.subdivision_types:
            return False
        cands = self.candidates(name)
        return bool(cands) and not any(c.matched == "name" for c in cands)

    def demonym_country(self, word: str) -> str | None:
        """ISO code of the country whose demonym ``word`` is ("Ukrainian" -> "UA"; the plural
        "Latvians" -> "LV", unless the word is a country's own name: "Philippines")."""
        key = normalise_name(word)
        found = self.demonyms.get(key)
        if found is None and len(key) > 4 and key.endswith("s") and " " not in key \
                and key[:-1] in self.demonyms and not any(c.feature == "PCLI" for c in self.candidates(word)):
            found = self.demonyms[key[:-1]]
        return found

    def demonym_region(self, word: str) -> str | None:
        """Name of the continent or region whose demonym ``word`` is ("European" -> "Europe")."""
        return self.region_demonyms.get(normalise_name(word))

    def country_name(self, iso: str) -> str | None:
        if self._country_names is None:
            with self._lock:
                rows = self._conn.execute("SELECT country_code, name FROM places WHERE feature = 'PCLI'").fetchall()
            self._country_names = dict(rows)
        return self._country_names.get(iso)


def _with_match(cand: Candidate, matched: str) -> Candidate:
    return Candidate(**{**cand.__dict__, "matched": matched})


def _candidate_from_row(row: tuple, matched: str) -> Candidate:
    return Candidate(name=row[0], latitude=row[1], longitude=row[2], feature=row[3], country_code=row[4],
                     admin1_code=row[5], admin1=row[6], population=row[7], source=row[8], source_id=row[9],
                     matched=matched)


_GAZETTEER: Gazetteer | None = None
_GAZETTEER_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (one SQLite connection per process)."""
    global _GAZETTEER
    with _GAZETTEER_LOCK:
        if _GAZETTEER is None:
            _GAZETTEER = Gazetteer()
        return _GAZETTEER

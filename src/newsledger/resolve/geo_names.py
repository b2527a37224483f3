"""Senses for names the gazetteer does not hold as written: a region's demonym ("Texans" -> Texas,
``data/geo_demonym_endings.txt``), the place a longer name is named after ("Pike County Jail" -> Pike
County), and the words that decide it (``data/geo_name_part_words.csv``: compass, street, building,
organisation and landform words).  Used by :func:`newsledger.resolve.geo_context.lookup`."""

from __future__ import annotations

import csv
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from newsledger.errors import DataFileError
from newsledger.resolve.gazetteer import Candidate, Gazetteer, read_list_file

NAME_PART_KINDS = ("compass", "street", "building", "organisation", "landform")
REGION_LANDFORMS = frozenset({"valley", "peninsula", "desert", "plateau", "delta"})
DIVISION_FEATURES = frozenset({"ADM1", "ADM2", "ADM3", "region", "governorate", "county"})


@lru_cache(maxsize=1)
def name_part_words() -> dict[str, frozenset[str]]:
    """kind -> words of ``data/geo_name_part_words.csv`` (compass, street, organisation, landform),
    which decide how :func:`known_part` treats a name the gazetteer lacks."""
    path = resources.files("newsledger") / "data" / "geo_name_part_words.csv"
    words: dict[str, set[str]] = {kind: set() for kind in NAME_PART_KINDS}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        if next(rows, None) != ["word", "kind"]:
            raise DataFileError(f"{path}, line 1: header must be word,kind")
        for line_no, row in enumerate(rows, start=2):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 2 or row[1].strip() not in words or not row[0].strip():
                raise DataFileError(f"{path}, line {line_no}: expected word,kind with kind one of "
                                    f"{', '.join(NAME_PART_KINDS)}, got {row!r}")
            words[row[1].strip()].add(row[0].strip().lower())
    return {kind: frozenset(found) for kind, found in words.items()}


@lru_cache(maxsize=1)
def demonym_endings() -> tuple[tuple[str, str], ...]:
    """(ending, replacement) pairs of ``data/geo_demonym_endings.txt``, in the file's order."""
    pairs = []
    for line in read_list_file("geo_demonym_endings.txt"):
        parts = line.split()
        if len(parts) > 2 or not parts[0].isalpha():
            raise DataFileError(f"geo_demonym_endings.txt: expected 'ending [replacement]', got {line!r}")
        pairs.append((parts[0], parts[1] if len(parts) == 2 else ""))
    return tuple(pairs)


_MIN_DEMONYM_STEM, _MIN_DEMONYM_PLACE = 3, 4  # letters of the stem and of the name it gives ("Tex" + "as")
_REGION_FEATURES = frozenset({"PCLI", "ADM1", "region"})
# "Southerners", "Westerners", "Coasters": people of a direction or a coast, not of a region named so
_NOT_DEMONYM_STEMS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                "central", "coast", "island", "highland", "lowland", "outsid", "insid", "foreign"})


def demonym_place(name: str, gaz: Gazetteer) -> tuple[Candidate, ...]:
    """A region's demonym the country list lacks names the region: its ending replaced as
    ``data/geo_demonym_endings.txt`` lists ("South Ossetian" -> South Ossetia, "Ontarians" -> Ontario,
    "Albertans" -> Alberta, "Texans" -> Texas, "Ohioans" -> Ohio, "Vermonters" -> Vermont), when a
    country, admin1 region or curated region has that main name; the stem keeps three letters or more
    and the name four (written exactly so after a three-letter stem: "Susan" is not Şuşa).  Not a
    city's ("Londoners"): it would vote apart from the city's own name, which may mean another London."""
    head, _, last = name.rpartition(" ")
    if not last[:1].isupper():
        return ()
    for ending, replacement in demonym_endings():
        root = last[:-len(ending)]
        if last.endswith(ending) and len(root) >= _MIN_DEMONYM_STEM and len(root + replacement) >= _MIN_DEMONYM_PLACE:
            if root.lower() in _NOT_DEMONYM_STEMS:
                return ()
            stem = f"{head} {root}{replacement}".strip()
            short = len(root) < _MIN_DEMONYM_STEM + 1  # "Tex-an": the name itself, not a look-alike ("Susan")
            found = tuple(c for c in gaz.candidates(stem) if c.matched == "name" and c.feature in _REGION_FEATURES
                          and not (short and c.name.lower() != stem.lower()))
            if found:
                return found
    return ()


def names_landform(name: str) -> bool:
    """A river, lake, mountain or island by its last or first word ("Red River", "Lake Erie"); not a
    valley, peninsula, desert, plateau or delta, whose names also name regions ("Ruhr Valley")."""
    words = [w.lower().strip(".,") for w in name.split()]
    landform = name_part_words()["landform"] - REGION_LANDFORMS
    return len(words) > 1 and (words[-1] in landform or words[0] in landform)


def known_part(name: str, gaz: Gazetteer) -> tuple[Candidate, ...]:
    """For a name the gazetteer lacks (a district, a building), the place it is named after: the part
    after a compass word ("West Tucson" -> Tucson), after "of" ("Republic of Estonia"), else its
    longest leading part ("Pike County Jail" -> Pike County, "Boise Airport" -> Boise).  Only senses
    matched by their own main name count, so a county's bare alias ("Pike" for Pike County) is not
    taken from a longer name.  Never for a street ("Al Sikkah street"), an organisation ("Tacoma
    Times", "Bank of Ghana", "Tulsa University") nor a river, lake or mountain ("Yukon River", "Lake
    Segovia"): its last word, or the word before "of", is an organisation or landform word, or its
    first word a landform word (``data/geo_name_part_words.csv``).  A name ending in a division type
    ("Kunduz Province", ``data/geo_subdivision_types.txt``) is guessed only as a division.  Guesses are marked
    ``matched="part"`` and do not vote for the article's focus."""
    words = name.split()
    lexicon = name_part_words()
    lowered = [w.lower().strip(".,") for w in words]
    if len(words) < 2 or lowered[-1] in lexicon["street"]:
        return ()  # "Al Sikkah street" is a street, not a place called Sikkah
    not_places = lexicon["organisation"] | lexicon["landform"]
    heads = [lowered[-1]] + [w for w, nxt in zip(lowered[:-1], lowered[1:], strict=True) if nxt == "of"]
    if any(w in not_places for w in heads) or lowered[0] in lexicon["landform"]:
        return ()  # "Tacoma Times", "Bank of Ghana", "Yukon River", "Lake Segovia": not the place named
    # "Kunduz Province", "Karak district": the name says it is a division, so a town named like it is no guess
    division_only = lowered[-1] in gaz.subdivision_types
    compass = lexicon["compass"]
    tails = []
    if lowered[0] in compass:
        tails.append(words[1:])
    if "of" in words[1:-1]:
        tails.append(words[len(words) - words[::-1].index("of"):])
    tails += [words[:size] for size in range(len(words) - 1, 0, -1)]
    for part in tails:
        text = " ".join(part)
        if len(text) < 4 or not text[0].isupper() or text.lower() in compass:
            continue
        cands = tuple(replace(c, matched="part") for c in gaz.candidates(text) if c.matched == "name"
                      and (not division_only or c.feature in DIVISION_FEATURES))
        if cands:
            return cands
    return ()

"""A first-order division named like its seat town ("Kidal" in Kidal Region, Mali; Diffa, Niger) stays the
region when the text names it bare ("villages across Diffa"): the town needs a cue of a town in the text
(a dateline, "near", a site "in" it, a verb of taking a town).  A town that merely shares the name of a
large region, holding a small share of its people (Goiás, Brazil), is never taken for its seat."""

from __future__ import annotations

from spacy.language import Language

from newsledger.resolve.gazetteer import get_gazetteer
from newsledger.resolve.geo_context import resolve_place, seat_town


def _feature(name: str) -> tuple[str, str] | None:
    resolution = resolve_place(name)
    return None if resolution is None else (resolution.feature or "", resolution.country_code or "")


def test_bare_name_of_a_region_and_its_seat_is_the_region() -> None:
    for name, country in (("Kidal", "ML"), ("Diffa", "NE"), ("Magway", "MM")):
        assert _feature(name) == ("ADM1", country), name
    assert _feature("Kharkiv") == ("PPL", "UA")  # the region is matched by an alias only: the city


def test_seat_town_of_a_region() -> None:
    gazetteer = get_gazetteer()
    region = next(c for c in gazetteer.candidates("Kidal") if c.feature == "ADM1")
    seat = seat_town(region, gazetteer.candidates("Kidal"))
    assert seat is not None and seat.feature.startswith("PPL") and seat.country_code == "ML"
    goias = next(c for c in gazetteer.candidates("Goiás") if c.feature == "ADM1")
    assert seat_town(goias, gazetteer.candidates("Goiás")) is None
    assert _feature("Goiás") == ("ADM1", "BR")


def test_town_cue_at_one_mention_tells_the_town_and_the_typed_region_stays(places_nlp: Language) -> None:
    doc = places_nlp("Rebels seized Kidal at dawn and crossed the Kidal region towards the border of Algeria.")
    features = [(p.text, p.resolution.feature if p.resolution else None) for p in doc._.places]
    assert features[0] == ("Kidal", "PPL")
    assert ("Kidal", "ADM1") in features

"""A first-order division named after its seat town ("Kidal" in Kidal Region, Mali) is the town when the
text names it bare: the region is written "Kidal region".  A town that merely shares the name of a
large region, holding a small share of its people (Goiás, Brazil), does not take the region's name."""

from __future__ import annotations

from spacy.language import Language

from newsledger.resolve.geo_context import resolve_names, resolve_place


def _feature(name: str) -> tuple[str, str] | None:
    resolution = resolve_place(name)
    return None if resolution is None else (resolution.feature or "", resolution.country_code or "")


def test_bare_name_of_a_region_and_its_seat_is_the_town() -> None:
    for name, country in (("Kidal", "ML"), ("Gao", "ML"), ("Mopti", "ML"), ("Kassala", "SD"), ("Kharkiv", "UA")):
        assert _feature(name) == ("PPL", country), name


def test_seat_town_wins_in_an_article_about_its_country() -> None:
    chosen = resolve_names(["Mali", "Bamako", "Kidal", "Gao"])
    assert [c.feature if c else None for c in chosen] == ["PCLI", "PPLC", "PPL", "PPL"]


def test_small_namesake_town_does_not_take_a_large_region() -> None:
    assert _feature("Goiás") == ("ADM1", "BR")


def test_region_written_with_its_type_stays_the_region(places_nlp: Language) -> None:
    doc = places_nlp("Convoys left Kidal at dawn and crossed the Kidal region towards the border of Algeria.")
    features = [(p.text, p.resolution.feature if p.resolution else None) for p in doc._.places]
    assert features[0] == ("Kidal", "PPL")
    assert ("Kidal", "ADM1") in features

"""The newsledger_place_mentions component: finds, resolves and keeps every place mention."""

from __future__ import annotations

from spacy.language import Language

from newsledger.records import PlaceMention


def _places(nlp: Language, text: str) -> list[PlaceMention]:
    return list(nlp(text)._.places or [])


def _by_text(places: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {p.text: p for p in places}


TEXT = ("Israeli strikes hit Khan Younis and Beit Lahia overnight, and families sheltering in Muwasi moved "
        "north to Deir al-Balah. Hamas said the Netzarim corridor stayed closed.")


def test_mislabelled_gaza_names_are_found_and_resolved(places_nlp: Language) -> None:
    found = _by_text(_places(places_nlp, TEXT))
    for name in ["Khan Younis", "Beit Lahia", "Muwasi", "Deir al-Balah", "Netzarim corridor"]:
        assert name in found, name
        assert found[name].resolved and found[name].resolution is not None
        assert found[name].resolution.country_code == "PS"


def test_organisations_and_demonyms_are_not_places(places_nlp: Language) -> None:
    texts = {p.text for p in _places(places_nlp, TEXT)}
    assert "Hamas" not in texts
    assert "Israeli" not in texts


def test_ids_offsets_and_role(places_nlp: Language) -> None:
    places = _places(places_nlp, TEXT)
    assert [p.id for p in places] == [f"p{i}" for i in range(1, len(places) + 1)]
    assert [p.start for p in places] == sorted(p.start for p in places)
    for place in places:
        assert TEXT[place.start:place.end] == place.text
        assert place.role == "mentioned"


def test_unknown_place_stays_unresolved_with_a_reason(places_nlp: Language) -> None:
    text = "Shelling was reported in Vorskalenko, a village near Kharkiv in Ukraine."
    found = _by_text(_places(places_nlp, text))
    assert "Kharkiv" in found and found["Kharkiv"].resolution.country_code == "UA"
    assert "Vorskalenko" in found, "an unknown place must not be dropped"
    place = found["Vorskalenko"]
    assert not place.resolved and place.resolution is None
    assert place.reason and "Vorskalenko" in place.reason


def test_city_dash_neighbourhood_is_one_mention_resolved_to_the_neighbourhood(places_nlp: Language) -> None:
    text = "Two people were killed in Gaza - Zeitoun on Monday, medics said."
    found = _by_text(_places(places_nlp, text))
    assert "Gaza - Zeitoun" in found
    assert found["Gaza - Zeitoun"].resolution.feature == "neighbourhood"


def test_a_titled_person_is_not_a_place(places_nlp: Language) -> None:
    text = "Dr Rafah Ahmed, who runs a clinic, said supplies were running out."
    assert not any(p.text.startswith("Rafah") for p in _places(places_nlp, text))


def test_capitalised_dateline_is_a_place(places_nlp: Language) -> None:
    text = "KHARKIV, Ukraine (Reuters) - Two drones struck an apartment block before dawn."
    found = _by_text(_places(places_nlp, text))
    assert "KHARKIV" in found and found["KHARKIV"].resolution.country_code == "UA"


def test_us_story_keeps_us_town(places_nlp: Language) -> None:
    text = "Firefighters from Dallas and Tyler helped crews in Paris, Texas, after the storm."
    found = _by_text(_places(places_nlp, text))
    assert "Paris" in found
    assert found["Paris"].resolution.country_code == "US"

"""Places the small model tags ORG or PERSON: a multi-word region or city name, or a large city after
a locative preposition; not a surname before a possessive, nor a company named like a town in a
country the article's other places are not in."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def _places(nlp: Language, text: str, name: str, label: str) -> list[str]:
    doc: Doc = nlp(text)
    start = text.index(name)
    doc.set_ents([doc.char_span(start, start + len(name), label=label)], default="unmodified")
    doc._.places = []
    finder = dict(nlp.pipeline)["newsledger_place_mentions"]
    return [p.text for p in finder(doc)._.places]


def test_multi_word_region_tagged_person_is_a_place(nlp: Language) -> None:
    assert "Tamil Nadu" in _places(nlp, "Farmers in the south said Tamil Nadu needs more water.", "Tamil Nadu", "PERSON")


def test_large_city_tagged_org_after_preposition(nlp: Language) -> None:
    assert "Winnipeg" in _places(nlp, "About 300 people marched in Winnipeg on Saturday.", "Winnipeg", "ORG")


def test_surname_before_possessive_is_not_a_place(nlp: Language) -> None:
    assert "Parker" not in _places(nlp, "The lawyer spoke in Parker's office on Saturday.", "Parker", "ORG")


def test_company_named_like_a_foreign_city_is_not_a_place(nlp: Language) -> None:
    text = "Dealers in Ohio and Michigan said sales of Toyota rose last year."
    assert "Toyota" not in _places(nlp, text, "Toyota", "ORG")
    assert "Toyota" in _places(nlp, "Factories near Nagoya and in Toyota closed.", "Toyota", "ORG")


def test_place_an_organisation_is_named_after_is_a_place(nlp: Language) -> None:
    text = "A spokesman for the Fresno Water Board said the canal was closed."
    assert "Fresno" in _places(nlp, text, "Fresno Water Board", "ORG")
    text = "The Marion County Library Trust opened a branch."
    assert "Marion County" in _places(nlp, text, "Marion County Library Trust", "ORG")


def test_common_word_or_demonym_at_the_start_of_an_organisation_is_not_a_place(nlp: Language) -> None:
    assert not _places(nlp, "The University Hospital Board met on Monday.", "University Hospital Board", "ORG")
    assert not _places(nlp, "The Russian Geographical Society met on Monday.", "Russian Geographical Society", "ORG")


def test_place_after_of_in_an_organisations_name_is_a_place(nlp: Language) -> None:
    text = "A curator at the Library of Alaska said the map was genuine."
    assert "Alaska" in _places(nlp, text, "the Library of Alaska", "ORG")
    assert not _places(nlp, "The Ministry of Health said so.", "The Ministry of Health", "ORG")

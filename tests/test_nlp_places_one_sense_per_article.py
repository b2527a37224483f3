"""A place name found once is a place wherever the article writes it again, whatever label the small
model gives that occurrence; not inside a person's name, nor a common word."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    doc = nlp(text)
    doc.set_ents([doc.char_span(start, end, label=label) for start, end, label in ents], default="outside")
    doc._.places = []
    finder = dict(nlp.pipeline)["newsledger_place_mentions"]
    return [(p.start, p.text) for p in finder(doc)._.places]


def test_repeated_city_name_mislabelled_org_is_still_a_place(nlp: Language) -> None:
    text = "Crews reached Winnipeg late on Monday. Winnipeg needs more snow ploughs, the mayor said."
    first, second = text.index("Winnipeg"), text.index("Winnipeg", text.index("Winnipeg") + 1)
    found = _places(nlp, text, [(first, first + 8, "GPE"), (second, second + 8, "ORG")])
    assert (first, "Winnipeg") in found and (second, "Winnipeg") in found


def test_name_in_a_persons_name_is_not_repeated_as_a_place(nlp: Language) -> None:
    text = "Flooding hit Lincoln on Monday. Lincoln Harcourt, a farmer, said Harcourt would leave."
    first, person = text.index("Lincoln"), text.index("Lincoln Harcourt")
    found = _places(nlp, text, [(first, first + 7, "GPE"), (person, person + 16, "PERSON")])
    assert (first, "Lincoln") in found
    assert not any(start == person for start, _ in found)


def test_common_word_is_not_repeated_as_a_place(nlp: Language) -> None:
    text = "Storms hit Spring on Monday. Spring rains flooded the spring fields."
    first = text.index("Spring")
    found = _places(nlp, text, [(first, first + 6, "GPE")])
    assert [start for start, p in found if p == "Spring"] == [first]

"""Named victims with age, sex and description."""

from __future__ import annotations


def test_named_victims_age_sex_description(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("On Friday, Israeli drones struck a car in Rafah. Among those killed were Samira Haddad, "
                "a 31-year-old nurse, and her eight-year-old son Yusuf. A neighbour, Omar Saleh, told reporters "
                "the family had fled there in March.")
    victims = {v.name: v for v in doc._.victims}
    assert set(victims) == {"Samira Haddad", "Yusuf"}
    assert (victims["Samira Haddad"].age, victims["Samira Haddad"].description) == (31, "a 31-year-old nurse")
    assert (victims["Yusuf"].age, victims["Yusuf"].sex) == (8, "male")
    assert all(v.status == "killed" and v.event_id == doc._.events[0].id for v in victims.values())


def test_named_victims_injured_and_none_without_casualties(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("A 64-year-old woman, Lina Petrenko, was wounded when a shell hit her balcony in Kherson.")
    [v] = doc._.victims
    assert (v.name, v.age, v.sex, v.status) == ("Lina Petrenko", 64, "female", "injured")
    assert parse("Mayor Ivan Koval opened a new bridge in Kherson.")._.victims == []


def test_named_victims_not_a_facility_and_no_age_from_one_of(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Two people were killed, said Omar Haddad, a nurse at the Al Noor Hospital, one of the few still open.",
                "2024-05-16")
    assert [v.name for v in doc._.victims] == []
    doc = parse("Leila Nasser, 34, was killed when a shell hit her home in Kherson.", "2024-05-16")
    assert [(v.name, v.age) for v in doc._.victims] == [("Leila Nasser", 34)]


def test_named_victims_sentence_with_death_and_injury_words_is_of_deaths(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Rami Aziz was wounded and later died in Kherson. Officials opened an inquiry in Kherson on Friday.")
    assert [(v.name, v.status) for v in doc._.victims] == [("Rami Aziz", "killed")]

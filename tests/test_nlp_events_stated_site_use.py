"""The perpetrator's word that the site it struck was used by a named armed group, or that the group operated
there, names that group as the stated target (actor2), as ACLED codes it — on our own sentences."""

from __future__ import annotations


def actor2(parse, text: str) -> str | None:  # type: ignore[no-untyped-def]
    return parse(text, "2024-05-16")._.events[0].actor2


def test_a_site_said_to_be_used_by_a_group_targets_the_group(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor2(parse, "On 3 May 2024, Russian warplanes struck a school in Idlib, killing 4 people. The Russian "
                         "army said the school was used by Hayat Tahrir al-Sham as a command centre.") == \
        "Hayat Tahrir al Sham"
    assert actor2(parse, "On 3 May 2024, Russian forces shelled a school in Idlib, claiming that it was being used "
                         "by Hayat Tahrir al-Sham.") == "Hayat Tahrir al Sham"


def test_a_group_said_to_operate_inside_is_the_target(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor2(parse, "On 3 May 2024, Russian warplanes struck a school in Idlib, killing 4 people. The Russian "
                         "army stated that Hayat Tahrir al-Sham fighters were operating inside the school.") == \
        "Hayat Tahrir al Sham"


def test_the_perpetrators_own_means_name_no_target(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor2(parse, "On 3 May 2024, Russian warplanes struck a school in Idlib, killing 4 people. The Russian "
                         "army said it used precision munitions.") == "Civilians (Syria)"


def test_a_general_accusation_names_no_target(parse) -> None:  # type: ignore[no-untyped-def]
    """What the group is said to use must be the struck site ('the school', 'it'), and where it operates must
    refer back to it: 'Hamas uses civilians as shields' or 'the PDF uses monasteries' is a general accusation."""
    assert actor2(parse, "Israeli warplanes struck a mosque in Khan Younis on Tuesday, killing 6 people. The Israeli "
                         "army said Hamas uses civilians as human shields.") == "Civilians (Palestine)"
    assert actor2(parse, "Myanmar army jets bombed a monastery in Magway on Tuesday, killing 7 civilians. The army "
                         "said the PDF often uses monasteries to hide weapons.") == "Civilians (Myanmar)"
    assert actor2(parse, "Israeli warplanes struck a clinic in Jabalia on Tuesday, killing 5 people. The Israeli "
                         "army said Hamas operates in many parts of the city.") == "Civilians (Palestine)"


def test_a_group_said_to_operate_from_the_struck_site_is_the_target(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor2(parse, "Israeli warplanes struck a clinic in Jabalia on Tuesday, killing 5 people. The Israeli "
                         "army said Hamas fighters were operating from the clinic.") == "Hamas Movement"

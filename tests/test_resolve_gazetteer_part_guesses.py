"""A street is never guessed as the town it is named after ("Torland Drive", "Elm Parkway": the street
words of ``data/geo_name_part_words.csv``), and a sense guessed from part of a name neither votes nor
supports another name's nearby sense."""

from __future__ import annotations

from dataclasses import replace

from newsledger.resolve.gazetteer import get_gazetteer
from newsledger.resolve.geo_context import _support, lookup
from newsledger.resolve.geo_names import known_part


def test_street_names_are_not_guessed_as_towns() -> None:
    gaz = get_gazetteer()
    for street in ("Richmond Drive", "Toledo Parkway", "Dayton Way", "Akron Terrace", "Denver Trail"):
        assert known_part(street, gaz) == (), street


def test_a_guessed_sense_gives_no_support() -> None:
    gaz = get_gazetteer()
    towns = lookup("Fairfax", gaz)
    guessed = tuple(replace(c, matched="part") for c in lookup("Alexandria", gaz))
    support = _support([towns, guessed], ["fairfax", "alexandria plaza"])
    assert all(support.get(c, 0) == 0 for c in towns)
    plain = _support([towns, lookup("Alexandria", gaz)], ["fairfax", "alexandria"])
    assert any(plain.get(c, 0) > 0 for c in towns)  # the same senses named plainly do support

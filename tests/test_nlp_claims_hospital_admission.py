"""People taken to, admitted to or treated in a place of care are counted injured; the injury named beside them
('with burns', 'for shrapnel wounds') says how they were hurt and is no count of its own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "victims"), [
    ("Three farmers were taken to hospital with burns after the blast.", "farmers"),
    ("Three students were treated in hospital for shrapnel wounds.", "students"),
    ("Three guards were admitted to a clinic in the district.", "guards"),
])
def test_admission_to_care_counts_the_injured(parse, sentence: str, victims: str) -> None:  # type: ignore[no-untyped-def]
    claims = parse(sentence)._.claims
    assert [(c.category, c.value, c.victims) for c in claims] == [("injured", 3, victims)]


def test_taken_elsewhere_is_no_injury(parse) -> None:  # type: ignore[no-untyped-def]
    assert parse("Three farmers were taken to the border by bus.")._.claims == []

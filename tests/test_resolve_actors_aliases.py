"""Actor alias tables: canonical ACLED names, user extensions, clear errors for broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import DataFileError
from newsledger.resolve.actors import actor_lexicon, canonical_for, read_alias_file, strip_period


def test_actor_aliases_strip_acled_period_suffix() -> None:
    assert strip_period("Military Forces of Israel (2022-)") == "Military Forces of Israel"
    assert strip_period("Government of Palestine (2007-) Hamas Government in Gaza") == \
        "Government of Palestine Hamas Government in Gaza"
    assert strip_period(None) is None


def test_actor_aliases_generic_names_follow_acled_style() -> None:
    assert canonical_for("state", "Sudan") == "Military Forces of Sudan"
    assert canonical_for("police", "Kenya") == "Police Forces of Kenya"
    assert canonical_for("civilians", None) == "Civilians (International)"
    assert canonical_for("armed_generic", "Mali") == "Unidentified Armed Group (Mali)"


def test_actor_aliases_user_file_is_read_and_errors_name_file_and_line(tmp_path: Path) -> None:
    good = tmp_path / "aliases.tsv"
    good.write_text("# mine\nnorthern brigade\tNorthern Brigade Militia\tmilitia\tSouth Sudan\n", encoding="utf-8")
    [entry] = read_alias_file(good)
    assert (entry.alias, entry.canonical, entry.kind, entry.country) == (
        "northern brigade", "Northern Brigade Militia", "militia", "South Sudan")
    bad = tmp_path / "broken.tsv"
    bad.write_text("ok alias\tOk Group\trebel\tMali\nthis line has no tabs\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"broken\.tsv, line 2"):
        read_alias_file(bad)
    wrong_kind = tmp_path / "kind.tsv"
    wrong_kind.write_text("x\tX Group\tdragons\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown actor kind 'dragons'"):
        read_alias_file(wrong_kind)


def test_actor_mentions_map_aliases_and_country_forces(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Sudanese army units clashed with RSF fighters while Russian troops watched. "
                "The IOF said Palestinians had gathered.")
    found = {m.text: m.canonical for m in doc._.actor_mentions}
    assert found["RSF"] == "Rapid Support Forces"
    assert found["Russian troops"] == "Military Forces of Russia"
    assert found["IOF"] == "Military Forces of Israel"
    assert found["Palestinians"] == "Civilians (Palestine)"
    assert any(v == "Military Forces of Sudan" for v in found.values())


def test_unnamed_troops_in_a_territory_without_an_army_are_the_present_state_forces() -> None:
    from newsledger.resolve.actors import canonical_for

    assert canonical_for("state", "Palestine", present=True) == "Military Forces of Israel"
    assert canonical_for("state", "Palestine") == "Military Forces of Palestine"  # "Palestinian forces": theirs
    assert canonical_for("police", "Palestine", present=True) == "Police Forces of Palestine"
    assert canonical_for("state", "Kenya", present=True) == "Military Forces of Kenya"


def test_demonym_forms_are_exactly_the_words_naming_a_country() -> None:
    lex = actor_lexicon()
    forms = lex.demonym_forms
    assert {"israeli", "israelis", "israel", "israel's", "israel’s"} <= forms
    assert all(lex.country_of_demonym(word) is not None for word in forms)
    assert "soldiers" not in forms and lex.country_of_demonym("soldiers") is None

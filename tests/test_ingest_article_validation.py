"""Bad input gets a specific error, never a traceback."""

from __future__ import annotations

import pytest

from newsledger.errors import BadDate, BinaryInput, EmptyText, HtmlInput, TooLarge
from newsledger.ingest.article import content_id, make_article, parse_date


def test_article_validation_rejects_empty_and_whitespace() -> None:
    for text in ("", "   \n\t  "):
        with pytest.raises(EmptyText, match="empty"):
            make_article(text, source="story.txt")


def test_article_validation_rejects_binary_and_non_utf8() -> None:
    with pytest.raises(BinaryInput, match="NUL"):
        make_article(b"%PDF-1.4\x00\x00\x01binary", source="report.pdf")
    with pytest.raises(BinaryInput, match="not valid UTF-8.*0xe9"):
        make_article("Caf\u00e9 bombed in the old town".encode("latin-1"), source="latin.txt")


def test_article_validation_rejects_html_passed_as_text() -> None:
    page = "<html><head><title>x</title></head><body><div><p>Shelling hit the port.</p></div></body></html>"
    with pytest.raises(HtmlInput, match="HTML"):
        make_article(page, source="page.txt")


def test_article_validation_rejects_oversized_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLEDGER_MAX_CHARS", "1000")
    with pytest.raises(TooLarge, match="1,000"):
        make_article("word " * 400, source="big.txt")


def test_article_validation_parses_and_rejects_dates() -> None:
    assert parse_date("2025-03-20").isoformat() == "2025-03-20"
    assert parse_date("2025-03-20T08:15:00+00:00").isoformat() == "2025-03-20"
    for bad in ("2025-02-30", "20/03/2025", "yesterday"):
        with pytest.raises(BadDate, match="not a valid date"):
            parse_date(bad)


def test_article_validation_detects_language_and_hashes_content() -> None:
    french = make_article("Des roquettes ont été tirées jeudi sur la ville, selon les autorités locales.")
    assert french.language == "fr"
    # English function words decide before langid is asked: a terse English report stays English
    assert make_article("Shelling hit the market in the town at dawn, and two shops were burned.").language == "en"
    # words English shares with Dutch ("in", "is", "was") do not make a Dutch report English
    dutch = "De burgemeester zei dat er in de nacht een raket is ingeslagen op een school en dat het dak is ingestort."
    assert make_article(dutch).language == "nl"
    a = make_article("Two rockets  hit the port.\n", published="2024-01-02")
    b = make_article("Two rockets hit the port.", published="2024-01-02")
    assert a.id == b.id == content_id("Two rockets hit the port.")
    assert a.length == len("Two rockets  hit the port.\n")

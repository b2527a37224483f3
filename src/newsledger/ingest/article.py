"""Turn raw input (bytes or str plus metadata) into a validated :class:`~newsledger.records.Article`.

Every way an input can be unusable gets its own error with a message that names the problem.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsledger.errors import BadDate, BinaryInput, EmptyText, HtmlInput, TooLarge
from newsledger.records import Article
from newsledger.settings import get_settings

_HTML_TAG = re.compile(r"<(?:html|head|body|div|p|span|a|script|style|table|br|meta|!doctype)\b[^>]*>", re.I)


def parse_date(value: str | dt.date | None, *, field: str = "published") -> dt.date | None:
    """Parse an ISO date (YYYY-MM-DD, or a full ISO timestamp whose date part is kept)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise BadDate(f"{field} must be a date string like 2025-03-20, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) > 10 and text[10] in "T ":
            return dt.datetime.fromisoformat(text).date()
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadDate(f"{field} {value!r} is not a valid date (expected YYYY-MM-DD)") from None


def decode_text(raw: bytes | str, *, source: str = "input") -> str:
    if isinstance(raw, str):
        text = raw
    else:
        if b"\x00" in raw[:8192]:
            raise BinaryInput(f"{source} looks like a binary file (it contains NUL bytes), not text")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BinaryInput(
                f"{source} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                hint="re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
            ) from None
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 8 or "\x00" in text[:8192]:
        raise BinaryInput(f"{source} contains {controls} control characters: it looks binary, not text")
    return text


def content_id(text: str) -> str:
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """The function words and the English-only words of ``data/english_function_words.json``."""
    data = json.loads((resources.files("newsledger") / "data" / "english_function_words.json").read_text("utf-8"))
    return frozenset(data["function_words"]), frozenset(data["english_only"])


# Languages of the world's news wires: restricting langid to them keeps short English reports from being
# filed under a creole or a minor language that shares their vocabulary ("pcm" for "Israeli artillery shelled").
NEWS_LANGUAGES = ("en fr de es it pt nl ru uk ar fa he tr pl ro sv no da fi cs hu el bg sr hr id ms vi th zh ja "
                  "ko hi ur bn sw am so ha ps ku my km ne si ta te").split()


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(NEWS_LANGUAGES)
    return identifier


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid over the news languages).  A text in which English
    function words make a tenth of the words, one of them a word only English writes ("the", "said"), is
    English whatever langid says of its few words; without such a word ("in de stad is") langid decides."""
    sample = text[:1500]  # a paragraph or two decides; langid's cost grows with the sample
    if sum(ch.isalpha() for ch in sample) < 20:
        return "en"
    words = _WORD.findall(sample.lower())  # counted first: when they decide, langid need not run
    function_words, english_only = _english_words()
    if (words and sum(w in function_words for w in words) / len(words) >= 0.10
            and not english_only.isdisjoint(words)):
        return "en"
    lang, _prob = _identifier().classify(sample)
    return str(lang)


def make_article(
    raw: bytes | str,
    *,
    published: str | dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str = "input",
    allow_html: bool = False,
) -> Article:
    text = decode_text(raw, source=source)
    limit = get_settings().max_chars
    if len(text) > limit:
        raise TooLarge(f"{source} has {len(text):,} characters; the limit for one article is {limit:,}")
    if not text.strip():
        raise EmptyText(f"{source} is empty or contains only whitespace")
    if not allow_html and len(_HTML_TAG.findall(text[:20000])) >= 3:
        raise HtmlInput(f"{source} looks like HTML markup, not plain text")
    return Article(
        id=content_id(text),
        title=title,
        published=parse_date(published),
        publisher=publisher,
        url=url,
        language=detect_language(text),
        length=len(text),
        text=text,
    )

"""Shared fixtures: the real NewsLedger pipeline, loaded once per test session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.nlp.pipeline import load_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[..., Doc]:
    """Run the full pipeline on a text with an optional publication date (YYYY-MM-DD)."""

    def _parse(text: str, published: str | None = "2024-05-16") -> Doc:
        doc = nlp.make_doc(text)
        doc._.published = dt.date.fromisoformat(published) if published else None
        return nlp(doc)

    return _parse

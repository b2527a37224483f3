"""Shared fixtures: the real NewsLedger pipeline, loaded once per test session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.nlp.pipeline import add_components, load_model, load_pipeline
from newsledger.records import TimeExpression

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def places_nlp() -> Language:
    """Only the model and the place mentions component: for tests of places alone."""
    return add_components(load_model(), only=["newsledger_place_mentions"])


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[..., Doc]:
    """Run the full pipeline on a text with an optional publication date (YYYY-MM-DD)."""

    def _parse(text: str, published: str | None = "2024-05-16") -> Doc:
        doc = nlp.make_doc(text)
        doc._.published = dt.date.fromisoformat(published) if published else None
        return nlp(doc)

    return _parse


@pytest.fixture(scope="session")
def times_nlp() -> Language:
    """The model with only the time expressions component."""
    return add_components(load_model(), only=["newsledger_time_expressions"])


@pytest.fixture(scope="session")
def times_by_text(times_nlp: Language) -> Callable[..., dict[str, TimeExpression]]:
    """The time expressions of a text, by their text; published by default on Wednesday 15 May 2024."""

    def _find(text: str, published: dt.date | None = dt.date(2024, 5, 15)) -> dict[str, TimeExpression]:
        doc = times_nlp.make_doc(text)
        doc._.published = published
        return {t.text: t for t in times_nlp(doc)._.times or []}

    return _find

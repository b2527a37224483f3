"""The per-doc cache of entities and token arrays gives what spaCy gives, and follows changes to the doc;
outside :func:`shared_doc_values` nothing is cached."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import numpy
import pytest
import spacy
from spacy.tokens import Doc, Span

from newsledger.nlp import doc_cache
from newsledger.nlp.doc_cache import entities, entities_in, refresh_entities, shared_doc_values, token_column


@pytest.fixture
def shared() -> Iterator[None]:
    """Inside an extraction run, where values are shared."""
    with shared_doc_values():
        yield


def _doc() -> Doc:
    doc = spacy.blank("en")("Ana Ruiz met Tom Lee in Port Vale on Monday . Then rain fell on Old Harbour .")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "GPE"),
                Span(doc, 9, 10, "DATE"), Span(doc, 15, 17, "GPE")]
    return doc


def _triples(spans: tuple[Span, ...] | list[Span]) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_entities_are_the_docs_entities_built_once(shared: None) -> None:
    doc = _doc()
    assert _triples(entities(doc)) == _triples(doc.ents)
    assert entities(doc) is entities(doc)  # the same spans, not new ones on each read


def test_refresh_entities_follows_new_entities(shared: None) -> None:
    doc = _doc()
    entities(doc)
    doc.ents = [Span(doc, 6, 8, "LOC")]
    assert _triples(refresh_entities(doc)) == [(6, 8, "LOC")]
    assert _triples(entities(doc)) == [(6, 8, "LOC")]


def test_entities_in_a_span_are_spacys(shared: None) -> None:
    doc = _doc()
    for start, end in [(0, 11), (11, len(doc)), (1, 8), (0, len(doc)), (4, 6)]:
        assert _triples(entities_in(doc[start:end])) == _triples(doc[start:end].ents)


def test_token_columns_are_spacys_and_read_only(shared: None) -> None:
    doc = _doc()
    for attr in ("LOWER", "IDX", "ENT_IOB", "ENT_TYPE"):
        assert numpy.array_equal(token_column(doc, attr), doc.to_array(attr))
    assert token_column(doc, "LOWER") is token_column(doc, "LOWER")
    with pytest.raises(ValueError):
        token_column(doc, "LOWER")[0] = 0


def test_a_retokenised_doc_gets_new_values(shared: None) -> None:
    doc = _doc()
    token_column(doc, "LOWER")
    entities(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert numpy.array_equal(token_column(doc, "LOWER"), doc.to_array("LOWER"))
    assert _triples(entities(doc)) == _triples(doc.ents)


def test_a_new_doc_gets_its_own_values(shared: None) -> None:
    first, second = _doc(), spacy.blank("en")("Rain fell on Kharkiv .")
    second.ents = [Span(second, 3, 4, "GPE")]
    assert _triples(entities(first)) != _triples(entities(second))
    assert numpy.array_equal(token_column(second, "LOWER"), second.to_array("LOWER"))


def test_only_recent_docs_are_kept_alive(shared: None) -> None:
    doc = _doc()
    entities(doc)
    ref = weakref.ref(doc)
    del doc
    for _ in range(doc_cache.RECENT_DOCS):
        entities(_doc())
    gc.collect()
    assert ref() is None


def test_outside_extraction_the_docs_own_entities_are_read() -> None:
    doc = _doc()
    entities(doc)
    doc.ents = [Span(doc, 6, 8, "LOC")]  # a caller sets entities, then runs a component
    assert _triples(entities(doc)) == [(6, 8, "LOC")]
    assert numpy.array_equal(token_column(doc, "ENT_TYPE"), doc.to_array("ENT_TYPE"))


def test_leaving_the_shared_run_drops_the_values() -> None:
    doc = _doc()
    with shared_doc_values():
        entities(doc)
    doc.ents = [Span(doc, 6, 8, "LOC")]
    with shared_doc_values():
        assert _triples(entities(doc)) == [(6, 8, "LOC")]

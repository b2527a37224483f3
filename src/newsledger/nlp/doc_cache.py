"""Values of a doc that several of our components read, computed once per doc and shared.

``doc.ents`` builds a new ``Span`` for every entity on each access, and ``doc.to_array`` walks every token:
read through :func:`entities` and :func:`token_column` instead, the components pay for them once per doc.

Sharing is on only inside :func:`shared_doc_values`, which the extraction runs open around the docs they
take straight from the model through our components: there nothing changes a doc's entities or tokens
between two components.  Elsewhere (a component called on a doc whose entities a caller has just set)
the functions read the doc itself.  :func:`refresh_entities` reads the entities again; the first of our
components (the time expressions) calls it on every doc.

The values are kept for the last :data:`RECENT_DOCS` docs seen, not in ``doc.user_data`` (spans would stop the
doc from serialising) nor in a ``WeakKeyDictionary`` (a span refers to its doc, so the doc would never be
freed).  Our components run one after another on a doc before the next doc comes, so a doc's values are
computed once; an evicted doc's values are only computed again.  Token arrays are also checked against the
doc's length.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import numpy
from spacy.tokens import Doc, Span

RECENT_DOCS = 16

_LOCK = threading.Lock()
_RECENT: OrderedDict[int, tuple[weakref.ref[Doc], dict[Any, Any]]] = OrderedDict()
_SHARING: ContextVar[bool] = ContextVar("newsledger_shared_doc_values", default=False)


@contextmanager
def shared_doc_values() -> Iterator[None]:
    """Share each doc's entities and token arrays between the components run inside (see the module's text);
    the values are dropped on leaving."""
    token = _SHARING.set(True)
    try:
        yield
    finally:
        _SHARING.reset(token)
        with _LOCK:
            _RECENT.clear()


def _values(doc: Doc) -> dict[Any, Any]:
    """The cached values of ``doc`` (an empty dict the first time it is seen)."""
    key = id(doc)
    with _LOCK:
        entry = _RECENT.pop(key, None)
        if entry is None or entry[0]() is not doc:  # a new doc, or a new one at a freed doc's address
            entry = (weakref.ref(doc), {})
        _RECENT[key] = entry  # the most recent last
        if len(_RECENT) > RECENT_DOCS:
            _RECENT.popitem(last=False)
        return entry[1]


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per doc."""
    if not _SHARING.get():
        return doc.ents
    values = _values(doc)
    found = values.get("ents")
    if found is None or found[0] != len(doc):
        return refresh_entities(doc)
    return found[1]


def refresh_entities(doc: Doc) -> tuple[Span, ...]:
    """Read ``doc.ents`` again (after they were set) and keep them for :func:`entities`."""
    ents = tuple(doc.ents)
    if _SHARING.get():
        _values(doc)["ents"] = (len(doc), ents)
    return ents


def entities_in(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside ``span``) from the cached entities of its doc."""
    out: list[Span] = []
    for ent in entities(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            out.append(ent)
    return out


def token_column(doc: Doc, attr: str | int) -> numpy.ndarray:
    """``doc.to_array(attr)`` for one attribute, built once per doc; read-only, as it is shared."""
    if not _SHARING.get():
        column = doc.to_array(attr)
        column.flags.writeable = False
        return column
    values = _values(doc)
    found = values.get(attr)
    if found is None or found[0] != len(doc):
        column = doc.to_array(attr)
        column.flags.writeable = False
        found = values[attr] = (len(doc), column)
    return found[1]

"""The batch path: a pure function from an article to an :class:`ExtractionResult`.

``extract_article`` runs the spaCy pipeline on one validated article; ``extract_records`` runs it over
an iterable of raw records (dicts as found in a JSONL file), in one process or several, yielding one
result or one :class:`ErrorResult` per input, in input order.  No store is touched here: the caller
decides where results go (stdout, the ledger database, a Dask bag).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc

from newsledger import __version__
from newsledger.errors import BadRecord, NewsLedgerError
from newsledger.ingest.article import make_article
from newsledger.nlp.doc_cache import shared_doc_values
from newsledger.nlp.pipeline import load_pipeline
from newsledger.nlp.sentences import remember_text
from newsledger.records import Article, ErrorResult, ExtractionResult, PipelineInfo
from newsledger.settings import default_processes  # noqa: F401  (re-exported for callers)

BatchItem = ExtractionResult | ErrorResult


_MODEL_NAMES: WeakKeyDictionary[Language, str] = WeakKeyDictionary()


def _pipeline_info(nlp: Language) -> PipelineInfo:
    # ``nlp.meta`` rebuilds the labels of every component on each access: read it once per pipeline
    model = _MODEL_NAMES.get(nlp)
    if model is None:
        meta = nlp.meta
        model = _MODEL_NAMES[nlp] = f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    return PipelineInfo(version=__version__, model=model)


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    remember_text(doc, article.text)
    doc._.published = article.published
    return doc


def _result_from_doc(doc: Doc, article: Article, nlp: Language, record_id: str | None = None) -> ExtractionResult:
    warnings = list(doc._.warnings or [])
    if article.published is None:
        warnings.append("no publication date given: relative dates (e.g. 'on Tuesday') are left unresolved")
    return ExtractionResult(
        id=record_id,
        article=article,
        events=list(doc._.events or []),
        claims=list(doc._.claims or []),
        statements=list(doc._.statements or []),
        victims=list(doc._.victims or []),
        places=list(doc._.places or []),
        times=list(doc._.times or []),
        warnings=warnings,
        pipeline=_pipeline_info(nlp),
    )


def _not_english(article: Article, nlp: Language, record_id: str | None) -> ExtractionResult:
    return ExtractionResult(
        id=record_id,
        article=article,
        warnings=[f"the text is in language {article.language!r}; the pipeline extracts from English only, "
                  "so nothing was extracted"],
        pipeline=_pipeline_info(nlp),
    )


def extract_article(article: Article, nlp: Language | None = None, record_id: str | None = None) -> ExtractionResult:
    nlp = nlp or load_pipeline()
    if article.language != "en":
        return _not_english(article, nlp, record_id)
    with shared_doc_values():
        doc = nlp(_make_doc(nlp, article))
    return _result_from_doc(doc, article, nlp, record_id)


def extract_text(text: str | bytes, nlp: Language | None = None, **metadata: Any) -> ExtractionResult:
    """Validate ``text`` with its metadata (published, publisher, url, title) and extract from it."""
    return extract_article(make_article(text, **metadata), nlp)


# --- batch ---------------------------------------------------------------------------------------

RECORD_FIELDS = {"id", "text", "published", "publisher", "url", "title"}


def parse_record_line(line: str, line_no: int) -> dict[str, Any]:
    """Parse one JSONL line into a record dict, or raise :class:`BadRecord` saying what is wrong."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"line {line_no} is not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise BadRecord(f"line {line_no} is a JSON {type(record).__name__}, expected an object with 'id' and 'text'")
    if "text" not in record:
        raise BadRecord(f"line {line_no} has no 'text' field", hint="each line needs {\"id\": ..., \"text\": ...}")
    if not isinstance(record["text"], str):
        raise BadRecord(f"line {line_no}: 'text' must be a string")
    return record


def _article_from_record(record: dict[str, Any], line_no: int | None = None) -> Article:
    source = f"record {record.get('id')!r}" if record.get("id") is not None else f"line {line_no}"
    return make_article(
        record["text"],
        published=record.get("published"),
        publisher=record.get("publisher"),
        url=record.get("url"),
        title=record.get("title"),
        source=source,
    )


def _error(record_id: Any, exc: NewsLedgerError) -> ErrorResult:
    return ErrorResult(id=None if record_id is None else str(record_id), error=exc.info())


def _run_chunk(nlp: Language, items: list[tuple[Any, Article | NewsLedgerError]]) -> list[BatchItem]:
    out: list[BatchItem | None] = [None] * len(items)
    to_parse: list[tuple[int, Article]] = []
    for i, (rid, item) in enumerate(items):
        if isinstance(item, NewsLedgerError):
            out[i] = _error(rid, item)
        elif item.language != "en":
            out[i] = _not_english(item, nlp, None if rid is None else str(rid))
        else:
            to_parse.append((i, item))
    docs = (_make_doc(nlp, art) for _, art in to_parse)
    with shared_doc_values():  # the docs go from the model through our components untouched
        for (i, art), doc in zip(to_parse, nlp.pipe(docs, batch_size=32), strict=True):
            rid = items[i][0]
            try:
                out[i] = _result_from_doc(doc, art, nlp, None if rid is None else str(rid))
            except NewsLedgerError as exc:  # pragma: no cover - defensive: a component refused the doc
                out[i] = _error(rid, exc)
    return [o for o in out if o is not None]


def _prepare(records: Iterable[dict[str, Any] | NewsLedgerError]) -> Iterator[tuple[Any, Article | NewsLedgerError]]:
    for n, record in enumerate(records, start=1):
        if isinstance(record, NewsLedgerError):
            yield getattr(record, "record_id", None), record
            continue
        try:
            yield record.get("id"), _article_from_record(record, n)
        except NewsLedgerError as exc:
            yield record.get("id"), exc


def _chunks(it: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for x in it:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_WORKER_NLP: Language | None = None


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_pipeline(model)


def _worker_chunk(items: list[tuple[Any, Article | NewsLedgerError]]) -> list[BatchItem]:
    assert _WORKER_NLP is not None
    return _run_chunk(_WORKER_NLP, items)


def extract_records(
    records: Iterable[dict[str, Any] | NewsLedgerError],
    *,
    processes: int = 1,
    model: str | None = None,
    chunk_size: int = 32,
) -> Iterator[BatchItem]:
    """Extract from raw records in order.  A record that fails validation yields an ErrorResult;
    ``processes > 1`` spreads chunks over worker processes, each with its own pipeline."""
    prepared = _prepare(records)
    if processes <= 1:
        nlp: Language | None = None
        for chunk in _chunks(prepared, chunk_size):
            nlp = nlp or load_pipeline(model)  # no model load when there is nothing to do
            yield from _run_chunk(nlp, chunk)
        return
    chunks = _chunks(prepared, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    with ProcessPoolExecutor(max_workers=processes, initializer=_worker_init, initargs=(model,)) as pool:
        # at most 2 chunks per worker in flight: input of any size streams through in order
        pending: deque[Future[list[BatchItem]]] = deque([pool.submit(_worker_chunk, first)])
        for chunk in chunks:
            pending.append(pool.submit(_worker_chunk, chunk))
            if len(pending) >= 2 * processes:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

"""The batch path on a Dask cluster: the same pure function from article to record, run by Dask workers.

Two ways in:

* :func:`extract_records_dask` has the signature of :func:`newsledger.extract.extract_records` and yields one
  result per input record, in input order, so ``newsledger ingest --dask ADDRESS`` stores them exactly as a
  local run does (the store stays the only sink, written by the client process).  ``ADDRESS`` is a running
  scheduler (``tcp://host:8786``) or ``local`` for a :class:`distributed.LocalCluster` of ``processes`` workers.
* :func:`extract_partition` is the function to map over a :mod:`dask.bag` of record dicts yourself
  (``bag.map_partitions(extract_partition)``): it returns JSON-ready dicts, one per record.

Each worker loads the pipeline once (:func:`newsledger.nlp.pipeline.load_pipeline` is cached per process) and
runs one chunk at a time on it, whatever its number of threads (spaCy pipelines are not thread-safe): start
workers with ``--nthreads 1`` and one process per core.  A
chunk that fails on the cluster (a worker killed by memory, a lost connection) becomes one error result per
record of that chunk: it never stops the batch.  Our own errors (a model that is not installed) stop the run
with their message, as in a local run.  Workers need NewsLedger and the model installed, as a local
run does.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from newsledger.errors import ClusterError, NewsLedgerError
from newsledger.extract import BatchItem, _chunks, _error, _prepare, _run_chunk
from newsledger.nlp.pipeline import load_pipeline

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"


_PIPELINE_LOCK = threading.Lock()


def _extract_chunk(items: list[tuple[Any, Any]], model: str | None) -> list[BatchItem]:
    # a worker may run several threads; they share the process's pipeline, which is not thread-safe
    with _PIPELINE_LOCK:
        return _run_chunk(load_pipeline(model), items)


def extract_partition(records: Iterable[dict[str, Any]], model: str | None = None) -> list[dict[str, Any]]:
    """Extract from a partition of record dicts (``id``, ``text``, ``published``…); one JSON-ready dict each."""
    items = list(_prepare(records))
    if not items:
        return []
    return [r.model_dump(mode="json") for r in _extract_chunk(items, model)]


def connect(address: str | Client, processes: int = 1) -> tuple[Client, ExitStack]:
    """A client for ``address`` (a scheduler address, ``local``, or a Client to reuse) and what to close."""
    from distributed import Client, LocalCluster

    stack = ExitStack()
    if isinstance(address, Client):
        return address, stack
    address = address.strip()
    try:
        if address.lower() == LOCAL:
            cluster = stack.enter_context(LocalCluster(n_workers=max(1, processes), threads_per_worker=1,
                                                       processes=True, dashboard_address=None))
            return stack.enter_context(Client(cluster)), stack
        return stack.enter_context(Client(address)), stack  # waits distributed.comm.timeouts.connect
    except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address ("http://…", no port)
        stack.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address!r}: {exc}",
                           hint="give the scheduler as tcp://HOST:PORT (default port 8786), or 'local'") from exc


def _failed_chunk(items: list[tuple[Any, Any]], exc: BaseException) -> list[BatchItem]:
    error = ClusterError(f"extraction failed on the Dask cluster: {type(exc).__name__}: {exc}",
                         hint="see the worker logs; rerun the ingest to retry only the articles not yet stored")
    return [_error(rid, error) for rid, _ in items]


def extract_records_dask(
    records: Iterable[dict[str, Any] | NewsLedgerError],
    *,
    scheduler: str | Client = LOCAL,
    processes: int = 1,
    model: str | None = None,
    chunk_size: int = 32,
) -> Iterator[BatchItem]:
    """Like :func:`newsledger.extract.extract_records`, with the chunks extracted by Dask workers.

    At most two chunks per worker are in flight, so input of any size streams through in order."""
    chunks = _chunks(_prepare(records), chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    client, stack = connect(scheduler, processes)
    with stack:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or processes)
        pending: deque[tuple[list[tuple[Any, Any]], Any]] = deque()

        def submit(chunk: list[tuple[Any, Any]]) -> None:
            pending.append((chunk, client.submit(_extract_chunk, chunk, model, pure=False)))

        def collect() -> list[BatchItem]:
            chunk, future = pending.popleft()
            try:
                return future.result()
            except NewsLedgerError:  # ours, on every worker alike (no such model): stop as a local run does
                raise
            except Exception as exc:  # noqa: BLE001 - a failure of the cluster becomes per-record errors
                return _failed_chunk(chunk, exc)

        submit(first)
        for chunk in chunks:
            submit(chunk)
            if len(pending) >= window:
                yield from collect()
        while pending:
            yield from collect()

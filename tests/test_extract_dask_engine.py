"""The batch path on a real Dask cluster: the same results as a local run, in input order, bad records as
error lines, our own errors raised as locally, an unreachable scheduler named in a clear error, and
`newsledger ingest --dask local` storing what a local ingest stores; one test runs two worker processes, as on a
cluster."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import dask.bag
import pytest
from distributed import Client, LocalCluster

from newsledger.errors import ClusterError, ModelNotFound
from newsledger.extract import extract_records
from newsledger.extract_dask import extract_partition, extract_records_dask
from newsledger.store import open_store
from newsledger.store.query import ledger_summary

RECORDS: list[dict[str, Any]] = [
    {"id": "shelling", "text": "Artillery shelled the village of Dornbach on Monday, killing four civilians, "
                               "local officials said.", "published": "2024-05-08"},
    {"id": "empty", "text": "   "},
    {"id": "ambush", "text": "Rebels ambushed an army convoy near Quillon on Friday, killing three soldiers, "
                             "the army said.", "published": "2024-05-11"},
    {"id": "market", "text": "A drone strike hit a market in Velmar on Sunday, wounding eleven people.",
     "published": "2024-05-13"},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # a real scheduler and worker, in this process (threads) so that the pipeline is loaded once for the suite
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def _dumps(items: list[Any]) -> list[dict[str, Any]]:
    return [i.model_dump(mode="json") for i in items]


def test_dask_run_gives_the_local_results_in_input_order(client: Client) -> None:
    local = _dumps(list(extract_records(RECORDS)))
    on_dask = _dumps(list(extract_records_dask(RECORDS, scheduler=client, chunk_size=1)))
    assert [r["id"] for r in on_dask] == ["shelling", "empty", "ambush", "market"]
    assert on_dask == local
    assert on_dask[1]["error"]["code"] == "empty_text"
    assert on_dask[0]["events"] and on_dask[0]["events"][0]["fatalities"]["best"] == 4


def test_partitions_of_a_bag_extract_to_json_dicts(client: Client) -> None:
    bag = dask.bag.from_sequence(RECORDS, npartitions=2)
    out = bag.map_partitions(extract_partition).compute(scheduler=client.get)
    assert sorted(r["id"] for r in out) == ["ambush", "empty", "market", "shelling"]
    by_id = {r["id"]: r for r in out}
    assert "error" in by_id["empty"] and by_id["ambush"]["events"][0]["event_type"] == "Battles"


def test_a_model_that_is_not_installed_stops_the_run_as_locally(client: Client) -> None:
    with pytest.raises(ModelNotFound, match="no_such_model"):
        list(extract_records_dask(RECORDS, scheduler=client, model="no_such_model"))


def test_two_workers_keep_the_input_order() -> None:
    many = [{"id": str(i), "text": ("Shells hit the market of Dornbach on Monday, killing two people. " * (1 + i % 5)),
             "published": "2024-05-08"} for i in range(12)]
    with LocalCluster(n_workers=2, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        out = list(extract_records_dask(many, scheduler=c, chunk_size=1))  # chunks of uneven length, 4 threads
    assert [r.id for r in out] == [str(i) for i in range(12)]
    assert all(r.events for r in out)


def _crash_on_ambush(items: list[Any], model: str | None) -> list[Any]:
    """A worker dying on one chunk (the one holding the "ambush" record)."""
    import newsledger.extract_dask as engine

    if any(rid == "ambush" for rid, _ in items):
        raise ConnectionResetError("worker lost")
    return engine._run_chunk(engine.load_pipeline(model), items)


def test_a_chunk_lost_on_the_cluster_fails_its_records_only(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsledger.extract_dask as engine

    monkeypatch.setattr(engine, "_extract_chunk", _crash_on_ambush)
    out = list(extract_records_dask(RECORDS, scheduler=client, chunk_size=1))
    assert [r.id for r in out] == ["shelling", "empty", "ambush", "market"]
    assert out[2].error.code == "cluster_error" and "worker lost" in out[2].error.message  # type: ignore[union-attr]
    assert out[0].events and out[3].events  # the batch went on


def test_an_address_that_is_no_address_is_a_clear_error() -> None:
    with pytest.raises(ClusterError, match="unknown address scheme") as info:
        list(extract_records_dask(RECORDS, scheduler="http://scheduler.example"))
    assert "tcp://HOST:PORT" in (info.value.hint or "")


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), \
            pytest.raises(ClusterError, match="cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
        list(extract_records_dask(RECORDS, scheduler="tcp://127.0.0.1:9"))


def test_nothing_to_extract_needs_no_cluster() -> None:
    assert list(extract_records_dask([], scheduler="tcp://127.0.0.1:9")) == []


@pytest.mark.slow
def test_ingest_on_a_local_dask_cluster_through_the_cli(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    cmd = [str(Path(sys.executable).parent / "newsledger"), "ingest", str(src), "--db", str(db), "--dask", "local",
           "-j", "1", "--no-progress"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # the empty record failed, the others were stored
    assert "empty_text" in proc.stderr
    with open_store(str(db)) as store:
        summary = ledger_summary(store)
    assert summary["articles"] == 3 and summary["events"] >= 3

    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    other = [*cmd[:4], str(tmp_path / "other.db"), "--dask", "tcp://127.0.0.1:9", "--no-progress"]
    proc = subprocess.run(other, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1 and "Error [cluster_error]: cannot reach the Dask scheduler" in proc.stderr



def test_two_worker_processes_give_the_local_results() -> None:
    # separate processes, as on a cluster: each worker loads its own pipeline; results come back in input order
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        pids = set(c.run(os.getpid).values())
        on_dask = _dumps(list(extract_records_dask(RECORDS * 2, scheduler=c, chunk_size=1)))
    assert len(pids) == 2 and os.getpid() not in pids
    assert on_dask == _dumps(list(extract_records(RECORDS * 2)))

"""Named periods read from JSON or CSV files (with errors that name the problem), and the
``newsledger serve`` command: it starts the app over a ledger, loads --periods, refuses bad ones."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.store import open_store
from newsledger.store.write import save_result
from newsledger.web.periods import NamedPeriod, PeriodError, load_periods, totals_per_actor
from web_fixtures import STORIES, free_port, story_result


def test_periods_from_json_and_csv(tmp_path: Path) -> None:
    as_json = tmp_path / "periods.json"
    as_json.write_text(json.dumps({"periods": [{"name": "Truce", "start": "2024-03-01", "end": "2024-03-05"}]}))
    as_csv = tmp_path / "periods.csv"
    as_csv.write_text("name,start,end\nTruce,2024-03-01,2024-03-05\nOffensive,2024-04-01,2024-04-30\n")
    assert load_periods(as_json) == [NamedPeriod(name="Truce", start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 5))]
    assert [p.name for p in load_periods(as_csv)] == ["Truce", "Offensive"]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("p.json", "[{\"name\": \"Truce\", \"start\": \"2024-03-05\", \"end\": \"2024-03-01\"}]", "ends"),
    ("p.json", "[{\"name\": \"Truce\", \"start\": \"March\", \"end\": \"2024-03-01\"}]", "start"),
    ("p.json", "{not json", "not valid JSON"),
    ("p.csv", "label,from,to\nTruce,2024-03-01,2024-03-05\n", "name, start"),
])
def test_bad_periods_are_named(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(PeriodError) as err:
        load_periods(path)
    assert expected in err.value.message and str(path) in err.value.message


def test_totals_count_an_event_for_each_of_its_actors() -> None:
    period = NamedPeriod(name="March", start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 31))
    events = [{"date_start": dt.date(2024, 3, 2), "actor1": "A", "actor2": "B", "fatalities_best": 4},
              {"date_start": dt.date(2024, 3, 9), "actor1": "A", "actor2": None, "fatalities_best": None},
              {"date_start": dt.date(2024, 4, 1), "actor1": "C", "actor2": None, "fatalities_best": 9}]
    totals = totals_per_actor(period, events)
    assert (totals["events"], totals["fatalities"]) == (2, 4)
    assert totals["actors"] == [{"actor": "A", "events": 2, "fatalities": 4}, {"actor": "B", "events": 1, "fatalities": 4}]


def test_serve_refuses_a_bad_periods_file(tmp_path: Path) -> None:
    bad = tmp_path / "periods.json"
    bad.write_text("[{\"name\": \"\"}]")
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "l.db"), "--periods", str(bad)])
    assert result.exit_code == 2
    assert "bad_periods" in result.output and "Hint:" in result.output


def test_serve_command_serves_the_ledger(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    with open_store(db) as store:
        save_result(store, story_result(STORIES[2]), source="lorvik.txt")
    periods = tmp_path / "periods.csv"
    periods.write_text("name,start,end\nWeek,2024-03-04,2024-03-10\n")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from newsledger.cli import main; main()", "serve", "--db", str(db), "--port", str(port),
                             "--periods", str(periods), "--tiles", "none"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                summary = httpx.get(base + "/api/summary", timeout=2).json()
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        assert summary["events"] == 1
        (week,) = httpx.get(base + "/api/periods").json()
        assert (week["name"], week["events"]) == ("Week", 1)
        page = httpx.get(base + "/")
        assert page.status_code == 200 and "Lorvik" in page.text
        assert "default-src 'self'" in page.headers["content-security-policy"]
        denied = httpx.post(base + "/api/ingest", json={"urls": ["https://example.org/"]})
        assert denied.status_code == 403 and denied.json()["error"]["code"] == "read_only"
    finally:
        proc.terminate()
        proc.wait(timeout=10)

"""Writing through the API: a server started without --token is read-only (403 for every write); with
--token, ingest and periods need that bearer token (401 without one, 403 with a wrong one), and an
ingested article goes through the real pipeline into the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.store import Store, open_store
from newsledger.web import WebSettings, create_app
from web_fixtures import TOKEN

ARTICLE = {"text": "Militants fired rockets at an army base near Qal'at Dizeh on Monday, killing four soldiers, "
                   "a provincial governor said.", "title": "Rockets hit a base", "published": "2024-06-04",
           "publisher": "Border Herald"}


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "ledger.db")
    yield store
    store.close()


def _client(store: Store, token: str | None) -> TestClient:
    return TestClient(create_app(store, WebSettings(token=token, tiles_url=None)), raise_server_exceptions=False)


def test_server_without_token_is_read_only(ledger: Store) -> None:
    client = _client(ledger, None)
    for path, body in (("/api/ingest", {"articles": [ARTICLE]}), ("/api/periods", [])):
        for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}):
            response = client.post(path, json=body, headers=headers)
            assert response.status_code == 403
            assert response.json()["error"]["code"] == "read_only"
    assert client.get("/api/summary").json()["articles"] == 0


def test_token_guards_writes(ledger: Store) -> None:
    client = _client(ledger, TOKEN)
    missing = client.post("/api/ingest", json={"articles": [ARTICLE]})
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "unauthorized"
    wrong_scheme = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": TOKEN})
    assert wrong_scheme.status_code == 401
    wrong = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": "Bearer guess-1234"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "forbidden"
    assert client.get("/api/summary").json()["articles"] == 0
    local_file = client.post("/api/ingest", json={"urls": ["/etc/passwd"]},
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert local_file.status_code == 422 and local_file.json()["error"]["code"] == "bad_source"


def test_periods_can_be_posted_with_the_token(ledger: Store) -> None:
    client = _client(ledger, TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    added = client.post("/api/periods", json=[{"name": "Ceasefire", "start": "2024-06-01", "end": "2024-06-10"}],
                        headers=auth)
    assert added.status_code == 200
    assert [p["name"] for p in client.get("/api/periods").json()] == ["Ceasefire"]
    bad = client.post("/api/periods", json=[{"name": "Backwards", "start": "2024-06-10", "end": "2024-06-01"}],
                      headers=auth)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_periods"


@pytest.mark.slow
def test_ingest_with_the_token_runs_the_pipeline_into_the_ledger(ledger: Store) -> None:
    client = _client(ledger, TOKEN)
    response = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.json()["stored"] == 1 and response.json()["failed"] == 0
    events = client.get("/api/events").json()["items"]
    assert events and events[0]["publisher"] == "Border Herald"
    again = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["duplicates"] == 1

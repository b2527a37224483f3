"""The JSON API over the ledger (SQLite and PostgreSQL): filters, sorting, paging, counts, one event
with its evidence, claims/statements/victims searches, periods, and one error shape for every error."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

import ledger_fixtures
from newsledger.store import Store
from newsledger.web import WebSettings, create_app
from web_fixtures import PERIODS, fill_ledger

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL


@pytest.fixture
def api(store: Store) -> Iterator[tuple[TestClient, dict[str, str]]]:
    ids = fill_ledger(store)
    app = create_app(store, WebSettings(periods=list(PERIODS), tiles_url=None))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, ids


def _error(response) -> dict:  # type: ignore[no-untyped-def]
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    return body["error"]


def test_events_filter_sort_and_page(api: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = api
    every = client.get("/api/events", params={"sort": "date_start", "order": "asc"}).json()
    assert every["total"] == 6
    assert [e["date_start"] for e in every["items"]] == sorted(e["date_start"] for e in every["items"])
    battles = client.get("/api/events", params={"event_type": "battles"}).json()
    assert [e["location"] for e in battles["items"]] == ["Lorvik"]
    none_killed = client.get("/api/events", params={"has_fatalities": "no"}).json()
    assert [e["location"] for e in none_killed["items"]] == ["Tessel"]
    by_source = client.get("/api/events", params={"source": "valdoro", "has_fatalities": "yes"}).json()
    assert {e["location"] for e in by_source["items"]} == {"Port Amsel", "Brannock"}
    in_range = client.get("/api/events", params={"date_from": "2024-03-05", "date_to": "2024-03-09",
                                                 "actor": "sylvania"}).json()
    assert [e["id"] for e in in_range["items"]] == [ids["Lorvik"]]
    paged = client.get("/api/events", params={"limit": 2, "offset": 4, "sort": "fatalities_best"}).json()
    assert (paged["total"], len(paged["items"]), paged["offset"]) == (6, 2, 4)


def test_points_and_counts_follow_the_filters(api: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = api
    points = client.get("/api/events/points", params={"country": "Kandor"}).json()["items"]
    assert {(p["location"], p["latitude"], p["longitude"]) for p in points} == {("Brannock", 30.0, 70.0),
                                                                               ("Ostrel", 31.0, 72.0)}
    types = client.get("/api/counts/types").json()
    assert {t["event_type"]: (t["count"], t["fatalities"]) for t in types}["Explosions/Remote violence"] == (2, 12)
    days = client.get("/api/counts/days", params={"event_type": "Explosions/Remote violence"}).json()
    assert days == [{"day": "2024-03-03", "count": 1, "fatalities": 5}, {"day": "2024-03-04", "count": 1, "fatalities": 7}]


def test_event_comes_with_evidence_that_indexes_its_article(api: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = api
    event = client.get(f"/api/events/{ids['Port Amsel']}").json()
    text = event["article"]["text"]
    assert event["evidence"] and all(text[s["start"]:s["end"]] == s["text"] for s in event["evidence"])
    claim = event["claims"][0]
    assert (claim["value"], claim["claimant"]) == (5, "the port authority")
    assert text[claim["evidence_start"]:claim["evidence_end"]] == "killing five fishermen"
    assert event["other_reports"][0]["id"] == ids["Port Amsel B"]
    incident = client.get(f"/api/incidents/{event['canonical_id']}").json()
    assert sorted(c["value"] for c in incident["claims"]) == [5, 7]


def test_claims_statements_and_victims_searches(api: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = api
    claims = client.get("/api/claims", params={"claimant": "hospital"}).json()["items"]
    assert [(c["value"], c["publisher"]) for c in claims] == [(7, "Coastline Post")]
    said = client.get("/api/statements", params={"speaker": "DORN"}).json()["items"]
    assert [s["speaker"] for s in said] == ["Ilka Dorn"]
    assert client.get("/api/statements", params={"date_to": "2024-03-05"}).json()["total"] == 1
    everything = client.get("/api/statements").json()["total"]
    assert client.get("/api/statements", params={"kind": "speech"}).json()["total"] == everything > 0
    assert client.get("/api/statements", params={"kind": "belief"}).json()["total"] == 0
    wrong = client.get("/api/statements", params={"kind": "rumour"})
    assert wrong.status_code == 422 and "error" in wrong.json()
    victims = client.get("/api/victims", params={"name": "varn"}).json()["items"]
    assert [(v["name"], v["age"]) for v in victims] == [("Tobin Varn", 44)]


def test_claims_statements_and_victims_take_the_event_filters(api: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = api
    kandor = client.get("/api/claims", params={"country": "Kandor"}).json()["items"]
    assert sorted(c["value"] for c in kandor) == [2, 2]
    shelling = client.get("/api/claims", params={"event_type": "Explosions/Remote violence",
                                                 "source": "coastline"}).json()["items"]
    assert [c["claimant"] for c in shelling] == ["a hospital director"]
    protests = client.get("/api/statements", params={"event_type": "Protests"}).json()["items"]
    assert [s["speaker"] for s in protests] == ["Ilka Dorn"]
    assert client.get("/api/statements", params={"has_fatalities": "yes"}).json()["items"][0]["speaker"] == "Mara Quell"
    assert client.get("/api/victims", params={"country": "Sylvania"}).json()["total"] == 0
    assert client.get("/api/victims", params={"actor": "northern army"}).json()["total"] == 1


def test_periods_give_totals_per_actor(api: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = api
    (truce,) = client.get("/api/periods").json()
    assert (truce["name"], truce["events"], truce["fatalities"]) == ("Harbour truce", 2, 3)
    actors = {a["actor"]: (a["events"], a["fatalities"]) for a in truce["actors"]}
    assert actors == {"Military Forces of Sylvania": (1, 3), "Lorvik Rebels": (1, 3), "Protesters (Ruritania)": (1, 0)}


def test_every_error_has_one_shape(api: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = api
    missing = client.get("/api/events/nope:e1")
    assert missing.status_code == 404 and _error(missing)["code"] == "not_found"
    no_route = client.get("/api/nothing-here")
    assert no_route.status_code == 404 and _error(no_route)["code"] == "not_found"
    bad_date = client.get("/api/events", params={"date_from": "March 3"})
    assert bad_date.status_code == 422 and "date_from" in _error(bad_date)["message"]
    bad_int = client.get("/api/events", params={"limit": "many"})
    assert bad_int.status_code == 422 and _error(bad_int)["code"] == "bad_request"
    bad_sort = client.get("/api/events", params={"sort": "title"})
    assert bad_sort.status_code == 422 and "date_start" in _error(bad_sort)["hint"]
    wrong_method = client.delete("/api/events")
    assert wrong_method.status_code == 405 and _error(wrong_method)["code"] == "method_not_allowed"
    page = client.get("/events/nope:e1")  # pages answer with an HTML error page of the same content
    assert page.status_code == 404 and "not_found" in page.text and "text/html" in page.headers["content-type"]


def test_openapi_document_lists_the_api(api: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = api
    doc = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/claims", "/api/statements", "/api/victims",
                 "/api/periods", "/api/ingest", "/api/counts/days"):
        assert path in doc["paths"]
    assert "/" not in doc["paths"]  # the HTML pages are not part of the API

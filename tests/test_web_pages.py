"""Every HTML page renders, on an empty ledger and on a filled one, with its filters applied and the
security headers set (the browser tests check what the pages do)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.store import open_store
from newsledger.store.query import list_canonical_events
from newsledger.web import WebSettings, create_app
from web_fixtures import PERIODS, fill_ledger

PAGES = ["/", "/?event_type=Battles&has_fatalities=yes&sort=country&order=asc", "/claims?category=killed",
         "/statements?speaker=dorn&direct=yes", "/victims?name=varn&status=killed&country=Freedonia"]


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
def test_every_page_renders(tmp_path: Path, filled: bool) -> None:
    with open_store(tmp_path / "ledger.db") as store:
        ids = fill_ledger(store) if filled else {}
        client = TestClient(create_app(store, WebSettings(periods=list(PERIODS))), raise_server_exceptions=False)
        pages = list(PAGES)
        if filled:
            incident = next(e["id"] for e in list_canonical_events(store).items if e["n_reports"] == 2)
            pages += [f"/events/{ids['Lorvik']}", f"/incidents/{incident}"]
        for path in pages:
            response = client.get(path)
            assert response.status_code == 200, (path, response.text[:300])
            assert response.headers["content-type"].startswith("text/html")
            assert "script-src 'self'" in response.headers["content-security-policy"]


def test_record_pages_apply_the_event_filters(tmp_path: Path) -> None:
    with open_store(tmp_path / "ledger.db") as store:
        fill_ledger(store)
        client = TestClient(create_app(store), raise_server_exceptions=False)
        claims = client.get("/claims", params={"event_type": "Battles"}).text
        assert "a military spokesman" in claims and "the port authority" not in claims
        victims = client.get("/victims", params={"event_type": "Battles"}).text
        assert "No victims match." in victims
        statements = client.get("/statements", params={"speaker": "quell"}).text
        assert "Mara Quell" in statements and "Ilka Dorn" not in statements

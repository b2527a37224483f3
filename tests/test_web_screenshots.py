"""Screenshots of every page (offline: country outlines, no map tiles).  They go to a temporary folder;
with NEWSLEDGER_SCREENSHOTS=1 they are written to docs/screenshots/ for the documentation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import web_fixtures
from newsledger.store.query import list_canonical_events
from web_fixtures import LiveServer

live_server = web_fixtures.live_server
browser = web_fixtures.browser
page = web_fixtures.page

pytestmark = pytest.mark.browser
DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def test_screenshot_every_page(page, live_server: LiveServer, tmp_path: Path) -> None:
    folder = DOCS if os.environ.get("NEWSLEDGER_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    incident = next(e["id"] for e in list_canonical_events(live_server.store).items if e["n_reports"] == 2)
    shots = {
        "events": "/",
        "events-filtered": "/?event_type=Violence+against+civilians",
        "event": f"/events/{live_server.ids['Port Amsel']}",
        "incident": f"/incidents/{incident}",
        "event-hostile-article": f"/events/{live_server.ids['xss']}",
        "claims": "/claims",
        "statements": "/statements",
        "victims": "/victims",
    }
    for name, path in shots.items():
        page.goto(live_server.url + path)
        if page.locator("#map").count():
            page.wait_for_selector("#map[data-ready='yes'][data-outlines='loaded']")
            page.wait_for_timeout(1200)  # the map finishes zooming and the clusters settle
        target = folder / f"{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000

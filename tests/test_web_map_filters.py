"""The events page in a real browser: the map shows a marker per located event (offline, with country
outlines), filtering by type changes the table and the map, and the timeline and the map filter each
other."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

import web_fixtures
from newsledger.store import open_store
from newsledger.web import WebSettings
from newsledger.web.app import OSM_TILES
from web_fixtures import LiveServer, fill_ledger, serve

live_server = web_fixtures.live_server
browser = web_fixtures.browser
page = web_fixtures.page

pytestmark = pytest.mark.browser


def _open(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.wait_for_selector("#map[data-ready='yes']")


def _table_types(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all("#events-table tbody tr[data-event-type]",
                                     "rows => rows.map(r => r.dataset.eventType)")


def test_map_shows_a_marker_per_event_offline_with_country_outlines(page, live_server: LiveServer) -> None:
    _open(page, live_server.url + "/")
    assert page.get_attribute("#map", "data-marker-count") == "6"
    page.wait_for_selector("#map[data-outlines='loaded']")
    # markers are drawn (some may be clustered): circles and/or cluster icons are on the map
    drawn = page.locator("path.event-marker").count() + page.locator(".marker-cluster").count()
    assert drawn >= 4
    assert page.locator(".leaflet-outlines-pane path").count() > 100  # the country outlines
    assert len(_table_types(page)) == 6
    assert page.external_requests == []  # nothing is fetched from outside the server


def test_filtering_by_type_changes_the_table_and_the_map(page, live_server: LiveServer) -> None:
    _open(page, live_server.url + "/")
    page.select_option("#filter-event-type", "Battles")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**event_type=Battles**")
    page.wait_for_selector("#map[data-ready='yes']")
    assert _table_types(page) == ["Battles"]
    assert page.get_attribute("#map", "data-marker-count") == "1"
    assert page.locator("path.event-marker").count() == 1
    assert "Battles" in page.inner_text("#type-counts")
    assert "Protests" not in page.inner_text("#type-counts")


def test_timeline_day_filters_the_map_and_map_view_filters_the_timeline(page, live_server: LiveServer) -> None:
    _open(page, live_server.url + "/")
    assert page.get_attribute("#timeline", "data-day-count") == "6"
    page.click("#timeline rect.day-hit[data-day='2024-03-06']")  # the Lorvik clash
    assert page.get_attribute("#map", "data-selection") == "2024-03-06/2024-03-06"
    assert page.get_attribute("#map", "data-marker-count") == "1"
    link = page.locator("#timeline-apply")
    assert "date_from=2024-03-06" in (link.get_attribute("href") or "")
    page.click("#timeline-clear")
    assert page.get_attribute("#map", "data-marker-count") == "6"
    # zoom the map onto Port Amsel: the timeline then counts only the two shelling reports
    page.evaluate("() => { window.__newsledgerMap.setView([10, 20], 9); }")
    expect(page.locator("#timeline")).to_have_attribute("data-day-count", "2")
    assert "2 of 6 events" in page.inner_text("#timeline-status")


def test_periods_are_marked_on_the_timeline_with_totals_per_actor(page, live_server: LiveServer) -> None:
    _open(page, live_server.url + "/")
    assert page.locator("#timeline .period-label").all_text_contents() == ["Harbour truce"]
    totals = page.inner_text("#periods")
    assert "Harbour truce" in totals and "2 events" in totals
    assert "Military Forces of Sylvania" in totals


@pytest.fixture(scope="module")
def server_with_tiles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(tmp_path_factory.mktemp("tiles") / "ledger.db")
    fill_ledger(store)
    yield from serve(store, WebSettings(tiles_url=OSM_TILES))
    store.close()


def test_map_falls_back_to_filled_country_outlines_when_tiles_cannot_load(page, server_with_tiles: str) -> None:
    _open(page, server_with_tiles + "/")  # the page fixture is offline: every tile request fails
    page.wait_for_selector("#map[data-outlines='loaded']")
    expect(page.locator(".leaflet-outlines-pane path").first).to_have_attribute("fill-opacity", "1")
    assert page.get_attribute("#map", "data-marker-count") == "6"
    assert any(url.startswith("https://tile.openstreetmap.org/") for url in page.external_requests)

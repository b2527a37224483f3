"""Article text, titles, publishers and URLs are untrusted: a story carrying <script>, an onerror
handler and javascript: links renders as text on every page, and nothing in it runs."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

import web_fixtures
from web_fixtures import LiveServer

live_server = web_fixtures.live_server
browser = web_fixtures.browser
page = web_fixtures.page

pytestmark = pytest.mark.browser


def _assert_nothing_ran(page) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("() => window.__pwned") is None
    assert page.title() != "pwned"
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.locator("main script:not([type='application/json'])").count() == 0


def test_hostile_article_renders_as_text_on_its_event_page(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + f"/events/{live_server.ids['xss']}")
    page.wait_for_selector(".article-text")
    page.wait_for_timeout(300)
    _assert_nothing_ran(page)
    text = page.inner_text(".article-text")
    assert "<script>window.__pwned = 1;" in text
    assert '<img src="x" onerror="window.__pwned = 1">' in text
    assert page.locator(".article-text img, .article-text a").count() == 0
    assert "<script>" in page.inner_text(".sources")  # the title, as text
    assert "<b>Ostrel Wire</b>" in page.inner_text(".sources")  # the publisher, as text


def test_hostile_article_renders_as_text_in_lists_map_popups_and_claims(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?event_type=Violence+against+civilians")
    page.wait_for_selector("#map[data-ready='yes']")
    assert "<script>" in page.inner_text("#events-table")
    page.evaluate("() => { window.__newsledgerMap.setView([31, 72], 12, {animate: false}); }")
    expect(page.locator("path.event-marker").first).to_be_attached()
    page.wait_for_timeout(300)  # the cluster layer settles
    popups = []
    for marker in page.locator("path.event-marker").all():  # open each marker's popup; one is Ostrel's
        marker.dispatch_event("click")
        page.wait_for_selector(".leaflet-popup-content")
        popups.append(page.inner_text(".leaflet-popup-content"))
    assert any("Ostrel" in text for text in popups)
    _assert_nothing_ran(page)
    for path in ("/claims", "/statements", "/victims"):
        page.goto(live_server.url + path)
        _assert_nothing_ran(page)

"""The event page in a real browser: type, actors, place, date, fatalities with their rule, the source
article, every claim side by side, and the article text with the evidence highlighted."""

from __future__ import annotations

import pytest

import web_fixtures
from web_fixtures import SHELLING_A, LiveServer

live_server = web_fixtures.live_server
browser = web_fixtures.browser
page = web_fixtures.page

pytestmark = pytest.mark.browser


def test_event_page_highlights_its_evidence(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    page.click(f"#events-table tr[data-event-id='{live_server.ids['Port Amsel']}'] a")
    page.wait_for_selector("article.event")
    marks = {m.get_attribute("class"): m.inner_text() for m in page.locator(".article-text mark").all()}
    assert marks["ev-event"] == "Shells struck"
    assert marks["ev-claim"] == "killing five fishermen"
    assert marks["ev-claimant"] == "the port authority"
    assert marks["ev-victim"] == "Tobin Varn"
    assert page.inner_text(".article-text") == SHELLING_A  # the whole text, unaltered
    facts = page.inner_text("dl.facts")
    for expected in ("Port Amsel", "Freedonia", "2024-03-03", "Northern Army", "Civilians (Freedonia)",
                     "the single claim of this report"):
        assert expected in facts
    assert page.inner_text(".fatalities strong") == "5"
    claim = page.inner_text("table.claims tbody tr")
    assert "the port authority" in claim and "killing five fishermen" in claim
    assert "Shelling hits Port Amsel harbour" in page.inner_text(".sources")
    assert page.get_attribute(".sources a[target=_blank]", "href") == "https://valdoro.example/port-amsel"


def test_incident_page_shows_every_report_and_claim_side_by_side(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + f"/events/{live_server.ids['Port Amsel']}")
    page.click("text=all reports of this incident")
    page.wait_for_selector("article.incident")
    rows = page.locator("table.claims tbody tr").all_inner_texts()
    assert len(rows) == 2
    assert any("Valdoro Times" in r and "5" in r for r in rows)
    assert any("Coastline Post" in r and "7" in r and "a hospital director" in r for r in rows)
    assert page.locator("section.report").count() == 2
    assert page.locator("section.report mark.ev-claim").all_inner_texts() == ["killing five fishermen",
                                                                              "rose to seven"]


def test_statements_page_searches_by_speaker(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/statements")
    assert page.locator("#statements-table tbody tr").count() == 2
    page.fill("input[name=speaker]", "quell")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**speaker=quell**")
    rows = page.locator("#statements-table tbody tr").all_inner_texts()
    assert len(rows) == 1 and "Mara Quell" in rows[0] and "The whole quay shook" in rows[0]

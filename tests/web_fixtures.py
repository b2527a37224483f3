"""Fixtures of the web tests: a ledger built in code from short invented articles (no NLP), the app
served by uvicorn on a loopback port, and headless Chromium driven by Playwright."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn

from newsledger.ingest.article import make_article
from newsledger.records import (
    Claim,
    Event,
    EventDate,
    Evidence,
    ExtractionResult,
    Fatalities,
    Location,
    Statement,
    Victim,
)
from newsledger.store import Store, open_store
from newsledger.store.canonical import merge_events
from newsledger.store.write import save_result
from newsledger.web import WebSettings, create_app
from newsledger.web.app import vendor_assets_missing
from newsledger.web.periods import NamedPeriod

CHROMIUM = os.environ.get("NEWSLEDGER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN = "test-token-7f3a9c"
XSS_TITLE = '<script>window.__pwned = 1; document.title = "pwned";</script>Harbour curfew <b>extended</b>'
XSS_TEXT = ('Officials in Ostrel said on Friday that <script>window.__pwned = 1; document.title = "pwned";</script> '
            'a curfew would stay in force after two guards were killed at the gate. '
            '<img src="x" onerror="window.__pwned = 1"> Residents shared a link, '
            '<a href="javascript:window.__pwned=1">see the video</a>, that could not be verified.')


def span(text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(start=start, end=start + len(phrase), text=phrase)


@dataclass
class Story:
    """One invented article and the one event extracted from it."""

    text: str
    publisher: str
    published: dt.date
    event_type: str
    sub_event_type: str
    place: str
    country: str
    lat: float
    lon: float
    actor1: str
    trigger: str
    actor2: str | None = None
    killed: int | None = None
    claim: str | None = None  # the words of the casualty claim
    claimant: str | None = None  # the words naming who made it
    quote: str | None = None
    speaker: str | None = None
    victim: str | None = None
    title: str | None = None
    url: str | None = None


def story_result(s: Story) -> ExtractionResult:
    article = make_article(s.text, published=s.published, publisher=s.publisher, url=s.url, title=s.title,
                           allow_html=True)
    claims, statements, victims = [], [], []
    if s.claim:
        claims.append(Claim(id="c1", value=s.killed, category="killed", claimant=s.claimant,
                            claimant_evidence=span(s.text, s.claimant) if s.claimant else None,
                            event_id="e1", date=s.published - dt.timedelta(days=1), evidence=span(s.text, s.claim)))
    if s.quote:
        statements.append(Statement(id="s1", speaker=s.speaker, text=s.quote, direct=True, date=s.published,
                                    evidence=span(s.text, s.quote),
                                    speaker_evidence=span(s.text, s.speaker) if s.speaker else None))
    if s.victim:
        victims.append(Victim(id="v1", name=s.victim, age=44, sex="male", event_id="e1", evidence=span(s.text, s.victim)))
    trigger = span(s.text, s.trigger)
    day = s.published - dt.timedelta(days=1)
    event = Event(id="e1", event_type=s.event_type, sub_event_type=s.sub_event_type, actor1=s.actor1, actor2=s.actor2,
                  location=Location(name=s.place, country=s.country, latitude=s.lat, longitude=s.lon, geo_precision=1),
                  date=EventDate(start=day, end=day, precision=1),
                  fatalities=Fatalities(low=s.killed, best=s.killed, high=s.killed,
                                        rule="the single claim of this report" if s.killed is not None else ""),
                  claims=[c.id for c in claims], trigger=trigger, evidence=[trigger])
    return ExtractionResult(article=article, events=[event], claims=claims, statements=statements, victims=victims)


SHELLING_A = ("Shells struck the harbour of Port Amsel on Sunday, killing five fishermen, the port authority said. "
              "\"The whole quay shook,\" said Mara Quell, a net mender. Among the dead was Tobin Varn, a boat owner.")
SHELLING_B = ("The toll from Sunday's shelling of Port Amsel harbour rose to seven, a hospital director said, "
              "as divers searched the water.")

STORIES = [
    Story(SHELLING_A, "Valdoro Times", dt.date(2024, 3, 4), "Explosions/Remote violence",
          "Shelling/artillery/missile attack", "Port Amsel", "Freedonia", 10.0, 20.0, "Northern Army",
          "Shells struck", actor2="Civilians (Freedonia)", killed=5, claim="killing five fishermen",
          claimant="the port authority", quote="The whole quay shook,", speaker="Mara Quell", victim="Tobin Varn",
          title="Shelling hits Port Amsel harbour", url="https://valdoro.example/port-amsel"),
    Story(SHELLING_B, "Coastline Post", dt.date(2024, 3, 5), "Explosions/Remote violence",
          "Shelling/artillery/missile attack", "Port Amsel", "Freedonia", 10.0, 20.0, "Northern Army",
          "shelling", actor2="Civilians (Freedonia)", killed=7, claim="rose to seven", claimant="a hospital director",
          title="Port Amsel toll rises"),
    Story("Rebels and army units clashed for hours near Lorvik on Tuesday; three soldiers died, a military "
          "spokesman said.", "Hill Courier", dt.date(2024, 3, 7), "Battles", "Armed clash", "Lorvik", "Sylvania",
          -5.0, 35.0, "Military Forces of Sylvania", "clashed", actor2="Lorvik Rebels", killed=3,
          claim="three soldiers died", claimant="a military spokesman", title="Clashes near Lorvik"),
    Story("Hundreds marched peacefully through Tessel on Thursday to demand the release of detained teachers. "
          "\"We will march every week,\" said Ilka Dorn, an organiser.", "Tessel Daily", dt.date(2024, 3, 9),
          "Protests", "Peaceful protest", "Tessel", "Ruritania", 48.0, 2.0, "Protesters (Ruritania)", "marched",
          quote="We will march every week,", speaker="Ilka Dorn", title="Teachers' march in Tessel"),
    Story("Gunmen attacked a bus near Brannock on Saturday, killing two passengers, police said.", "Valdoro Times",
          dt.date(2024, 3, 11), "Violence against civilians", "Attack", "Brannock", "Kandor", 30.0, 70.0,
          "Unidentified Armed Group (Kandor)", "attacked", actor2="Civilians (Kandor)", killed=2,
          claim="killing two passengers", claimant="police", title="Bus attacked near Brannock"),
    Story(XSS_TEXT, "<b>Ostrel Wire</b>", dt.date(2024, 3, 13), "Violence against civilians", "Attack", "Ostrel",
          "Kandor", 31.0, 72.0, "Unidentified Armed Group (Kandor)", "two guards were killed",
          killed=2, claim="two guards were killed", claimant="Officials in Ostrel", title=XSS_TITLE,
          url="javascript:window.__pwned=1"),
]
PERIODS = [NamedPeriod(name="Harbour truce", start=dt.date(2024, 3, 5), end=dt.date(2024, 3, 9))]


def fill_ledger(store: Store) -> dict[str, str]:
    """Store every story and merge the two shelling reports; return event ids by place (and 'xss')."""
    ids: dict[str, str] = {}
    for n, story in enumerate(STORIES):
        result = story_result(story)
        save_result(store, result, source=f"stories/{n}.txt", kind="text")
        key = "xss" if story.text == XSS_TEXT else story.place + ("" if story.text != SHELLING_B else " B")
        ids[key] = f"{result.article.id}:e1"
    merge_events(store)
    return ids


@dataclass
class LiveServer:
    url: str
    store: Store
    ids: dict[str, str]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(store: Store, settings: WebSettings) -> Iterator[str]:
    """Run the app with uvicorn in a thread on a free loopback port; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, settings), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app over a SQLite ledger of the invented stories, with the truce period, no map tiles."""
    store = open_store(tmp_path_factory.mktemp("web") / "ledger.db")
    ids = fill_ledger(store)
    settings = WebSettings(token=TOKEN, periods=list(PERIODS), tiles_url=None)
    for url in serve(store, settings):
        yield LiveServer(url, store, ids)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        pytest.skip(f"browser test skipped: no Chromium at {CHROMIUM} (install Debian's chromium)")
    if vendor_assets_missing():
        pytest.skip("browser test skipped: the map's scripts are not installed; run `make web-assets`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object, live_server: LiveServer) -> Iterator[object]:
    """A fresh page that can reach only the loopback test servers (the app must work offline)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    external: list[str] = []

    def only_local(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith("data:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            external.append(url)
            route.abort()  # type: ignore[attr-defined]

    pg.route("**/*", only_local)
    pg.external_requests = external  # type: ignore[attr-defined]
    yield pg
    context.close()

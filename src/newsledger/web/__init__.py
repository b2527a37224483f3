"""The web app: browse the ledger (events table, map, timeline, evidence) and its JSON API."""

from newsledger.web.app import WebSettings, create_app

__all__ = ["WebSettings", "create_app"]

"""``newsledger serve``: the web app (pages and JSON API) over a ledger, with uvicorn."""

from __future__ import annotations

import click

from newsledger.cli.common import report_errors
from newsledger.store import DEFAULT_DB


@click.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, envvar="NEWSLEDGER_DB",
              help="SQLite file, or postgresql://user@host:port/dbname")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, envvar="NEWSLEDGER_TOKEN",
              help="allow POST /api/ingest and /api/periods with `Authorization: Bearer TOKEN` (read-only without)")
@click.option("--periods", "periods_file", default=None, type=click.Path(dir_okay=False),
              help="JSON or CSV file of named periods (name,start,end) to mark on the timeline")
@click.option("--tiles", default=None,
              help="map tile URL template (default: OpenStreetMap); `none` for country outlines only")
@click.option("--model", default=None, help="spaCy model for ingest through the API")
@report_errors
def serve_command(db: str, host: str, port: int, token: str | None, periods_file: str | None,
                  tiles: str | None, model: str | None) -> None:
    """Browse the ledger in a web browser (events, map, timeline, evidence) and serve its JSON API
    (OpenAPI document at /openapi.json).  Read-only unless started with --token."""
    import uvicorn

    from newsledger.store import open_store
    from newsledger.web.app import OSM_TILES, WebSettings, create_app, vendor_assets_missing
    from newsledger.web.periods import load_periods

    periods = load_periods(periods_file) if periods_file else []
    tiles_url = None if (tiles or "").lower() == "none" else (tiles or OSM_TILES)
    missing = vendor_assets_missing()
    if missing:
        click.echo("Warning: the map's scripts are not installed (" + ", ".join(missing) + "); "
                   "run `make web-assets` (npm ci + scripts/copy_web_assets.py). Tables still work.", err=True)
    if token is not None and len(token) < 8:
        raise click.BadParameter("use a token of at least 8 characters", param_hint="--token")
    store = open_store(db)
    app = create_app(store, WebSettings(token=token, periods=periods, tiles_url=tiles_url, model=model))
    click.echo(f"NewsLedger on http://{host}:{port}/ ({'ingest allowed with the token' if token else 'read-only'})",
               err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()

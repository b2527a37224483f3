"""Helpers shared by the CLI commands: error reporting and output."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from newsledger.errors import InputError, NewsLedgerError

F = TypeVar("F", bound=Callable[..., Any])


def report_errors(func: F) -> F:
    """Turn a NewsLedgerError into ``Error: message`` plus a hint, exit 2 for input errors, 1 otherwise."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsLedgerError as exc:
            click.echo(f"Error [{exc.code}]: {exc.message}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            sys.exit(2 if isinstance(exc, InputError) else 1)

    return wrapper  # type: ignore[return-value]


DASK_OPTION = click.option(
    "--dask", "dask_scheduler", default=None, envvar="NEWSLEDGER_DASK", metavar="ADDRESS",
    help="extract on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for one on this machine")


def batch_extractor(dask_scheduler: str | None) -> Callable[..., Any]:
    """The batch extraction function for the --dask option: local processes, or Dask workers."""
    if not dask_scheduler:
        from newsledger.extract import extract_records

        return extract_records
    from functools import partial

    from newsledger.extract_dask import extract_records_dask

    return partial(extract_records_dask, scheduler=dask_scheduler)

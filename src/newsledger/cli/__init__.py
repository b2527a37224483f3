"""The ``newsledger`` command.  Each command parses its arguments, calls one library function and
turns NewsLedger errors into a one-line message with a hint (exit code 2 for bad input, 1 when
some records of a batch failed)."""

from __future__ import annotations

import click

from newsledger import __version__
from newsledger.cli.evaluate import eval_command
from newsledger.cli.extract import extract_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
def cli() -> None:
    """NewsLedger: a sourced ledger of conflict events, casualty claims and statements."""


cli.add_command(extract_command)
cli.add_command(eval_command)


def _add_optional_commands() -> None:
    # Commands of the ledger (ingest/export) and the web app live in their own modules.
    import importlib

    for module, names in (
        ("newsledger.cli.ledger", ("ingest", "reprocess", "export", "merge")),
        ("newsledger.cli.serve", ("serve",)),
    ):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        for name in names:
            command = getattr(mod, f"{name}_command", None)
            if command is not None:
                cli.add_command(command)


_add_optional_commands()


def main() -> None:
    cli(prog_name="newsledger")

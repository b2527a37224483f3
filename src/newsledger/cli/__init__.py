"""The ``newsledger`` command.  Each command parses its arguments, calls one library function and
turns NewsLedger errors into a one-line message with a hint (exit code 2 for bad input, 1 when
some records of a batch failed)."""

from __future__ import annotations

import click

from newsledger import __version__
from newsledger.cli.evaluate import eval_command
from newsledger.cli.extract import extract_command
from newsledger.cli.ledger import export_command, ingest_command, merge_command, reprocess_command
from newsledger.cli.serve import serve_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
def cli() -> None:
    """NewsLedger: a sourced ledger of conflict events, casualty claims and statements."""


for command in (extract_command, eval_command, ingest_command, reprocess_command, merge_command, export_command,
                serve_command):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="newsledger")

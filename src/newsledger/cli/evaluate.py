"""``newsledger eval``: metrics of the pipeline on a labelled set."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsledger.cli.common import report_errors
from newsledger.evaluation import TASKS, run_task


@click.command("eval")
@click.argument("task", type=click.Choice(sorted(TASKS)))
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--limit", type=int, default=None, help="evaluate the first N records only")
@click.option("--errors", "errors_path", type=click.Path(path_type=Path), default=None,
              help="write every mistake, with its text, to this JSONL file")
@click.option("--json", "as_json", is_flag=True, help="print the metrics as JSON")
@click.option("--model", default=None, help="spaCy model to use instead of the configured one")
@report_errors
def eval_command(task: str, gold: Path, limit: int | None, errors_path: Path | None, as_json: bool,
                 model: str | None) -> None:
    """Evaluate TASK (acled, geo, quotes, time, seed) against the GOLD JSONL file."""
    report = run_task(task, gold, limit=limit, model=model)
    if errors_path:
        report.write_errors(errors_path)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(report.table())

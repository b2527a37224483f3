"""``newsledger eval``: measure the pipeline on human-labelled data.

Each task is a module exposing ``run(gold: Path, limit: int | None, model: str | None) -> EvalReport``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from newsledger.errors import NewsLedgerError
from newsledger.evaluation.report import EvalReport

TASKS: dict[str, str] = {
    "acled": "newsledger.evaluation.acled_task",
    "geo": "newsledger.evaluation.geo_task",
    "quotes": "newsledger.evaluation.quotes_task",
    "time": "newsledger.evaluation.time_task",
    "seed": "newsledger.evaluation.seed_task",
}


def run_task(task: str, gold: Path, limit: int | None = None, model: str | None = None) -> EvalReport:
    if task not in TASKS:
        raise NewsLedgerError(f"unknown evaluation task {task!r}", code="bad_task",
                              hint=f"choose one of {', '.join(TASKS)}")
    if not gold.exists():
        raise NewsLedgerError(f"gold file {gold} does not exist", code="not_found")
    module = importlib.import_module(TASKS[task])
    return module.run(gold, limit=limit, model=model)

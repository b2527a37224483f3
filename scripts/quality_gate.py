"""Quality gate: run the evaluations on fixed slices of ../shared/eval and fail when a score drops below
the floor pinned in quality_floors.json.  Raise the floors as the scores rise.

    python scripts/quality_gate.py [--floors quality_floors.json] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsledger.evaluation import run_task

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--floors", type=Path, default=ROOT / "quality_floors.json")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    spec = json.loads(args.floors.read_text(encoding="utf-8"))
    failures = []
    for check in spec["checks"]:
        gold = args.shared / check["gold"]
        if not gold.exists():
            print(f"skip {check['task']}: {gold} not found")
            continue
        report = run_task(check["task"], gold, limit=check.get("limit"))
        for metric, floor in check["floors"].items():
            value = report.metrics.get(metric, 0.0)
            ok = value + 1e-9 >= floor
            print(f"{'ok  ' if ok else 'FAIL'} {check['task']:<7} {check['gold']:<30} {metric:<22} "
                  f"{value:.3f} (floor {floor:.3f})")
            if not ok:
                failures.append((check["task"], metric, value, floor))
    if failures:
        print(f"quality gate: {len(failures)} score(s) below their floor", file=sys.stderr)
        return 1
    print("quality gate: all scores at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

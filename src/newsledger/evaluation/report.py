"""The result of an evaluation: named metrics, counts and every mistake with its text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class EvalReport:
    task: str
    gold: str
    n: int
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    goals: dict[str, float] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"task": self.task, "gold": self.gold, "n": self.n, "metrics": self.metrics,
                "counts": self.counts, "goals": self.goals, "seconds": round(self.seconds, 2),
                "errors": len(self.errors)}

    def table(self) -> str:
        lines = [f"{self.task} on {self.gold}: {self.n} records, {self.seconds:.1f} s", ""]
        width = max((len(k) for k in self.metrics), default=10)
        lines.append(f"{'metric':<{width}}  {'value':>7}  {'goal':>6}")
        lines.append(f"{'-' * width}  {'-' * 7}  {'-' * 6}")
        for key, value in self.metrics.items():
            goal = self.goals.get(key)
            mark = "" if goal is None else ("  ok" if value >= goal else "  BELOW")
            goal_s = "" if goal is None else f"{goal:.2f}"
            lines.append(f"{key:<{width}}  {value:7.3f}  {goal_s:>6}{mark}")
        if self.counts:
            lines.append("")
            lines.append("  ".join(f"{k}={v}" for k, v in self.counts.items()))
        return "\n".join(lines)

    def write_errors(self, path: Path) -> None:
        with path.open("w", encoding="utf-8") as fh:
            for err in self.errors:
                fh.write(json.dumps(err, ensure_ascii=False, default=str) + "\n")


def f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def ratio(num: int | float, den: int | float) -> float:
    return 0.0 if den == 0 else num / den


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out

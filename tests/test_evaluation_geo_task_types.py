"""The geo evaluation leaves out annotations a set's scheme marks as no toponym."""

from __future__ import annotations

import json
from pathlib import Path

from newsledger.evaluation.geo_task import run


def test_location_expressions_and_non_toponyms_are_not_gold_toponyms(tmp_path: Path) -> None:
    text = "Residents of Nairobi gathered at the church, and the Brumblewick Rovers played."

    def ann(name: str, kind: str, lat: float | None, lon: float | None) -> dict[str, object]:
        start = text.index(name)
        return {"text": name, "start": start, "end": start + len(name), "type": kind, "lat": lat, "lon": lon}

    record = {"doc_id": "a", "text": text, "toponyms": [
        ann("Nairobi", "Literal", -1.29, 36.82), ann("church", "Literal_Expression", None, None),
        ann("Residents", "Non_Lit_Expression", None, None), ann("Brumblewick Rovers", "Non_Toponym", None, None)]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = run(path)
    assert report.counts["gold_toponyms"] == 1
    assert report.counts["gold_not_toponyms"] == 3
    assert report.metrics["recognition_recall_overlap"] == 1.0

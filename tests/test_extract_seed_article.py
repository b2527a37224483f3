"""The seed story is the acceptance test: read from ../shared/seed when it exists (never copied here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.evaluation.report import EvalReport
from newsledger.evaluation.seed_task import expected_record, score
from newsledger.records import ExtractionResult

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "article.txt"


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="the seed story is not present (../shared/seed/article.txt)")
def test_seed_article_is_coded_as_a_careful_coder_would() -> None:
    expected = expected_record()
    proc = subprocess.run([sys.executable, "-m", "newsledger", "extract", str(SEED), "--published",
                           expected["published"], "--compact"], capture_output=True, timeout=180)
    assert proc.returncode == 0, proc.stderr.decode()
    result = ExtractionResult.model_validate(json.loads(proc.stdout))
    report = EvalReport(task="seed", gold=str(SEED), n=1)
    score(result, expected, report)
    assert report.errors == []  # every expected event, claim, statement and victim was found
    assert len(result.claims) == len(expected["claims"])  # all eight counts, and nothing else
    text = SEED.read_text(encoding="utf-8")
    for claim in result.claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text

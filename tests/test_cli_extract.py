"""End to end through the real `newsledger extract` command: one article, stdin, batches, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-town-shelling.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsledger", *args], input=stdin, capture_output=True,
                          timeout=180, cwd=ROOT)


@pytest.mark.slow
def test_cli_extract_article_to_json_with_provenance() -> None:
    proc = run("extract", str(EXAMPLE), "--published", "2024-05-16", "--publisher", "Example Wire")
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert out["article"]["published"] == "2024-05-16" and out["article"]["publisher"] == "Example Wire"
    assert out["article"]["length"] == len(text) and len(out["article"]["id"]) == 16
    assert out["events"] and out["events"][0]["actor1"] == "Military Forces of Russia"
    for record in out["claims"] + out["statements"] + out["victims"]:
        ev = record["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
    for t in out["times"]:
        assert text[t["start"]:t["end"]] == t["text"]
    assert any(c["value"] == 7 and c["qualifier"] == "at least" and c["relay"] == ["Reuters"] for c in out["claims"])


@pytest.mark.slow
def test_cli_extract_stdin_table_and_unresolved_dates_without_published() -> None:
    story = b"Militants attacked a police post in the north of the country on Tuesday, killing two officers."
    proc = run("extract", "-", "--format", "table", stdin=story)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "EVENTS" in proc.stdout.decode() and "CLAIMS" in proc.stdout.decode()
    assert "relative dates" in proc.stderr.decode()  # the warning: Tuesday cannot be resolved
    proc = run("extract", "-", stdin=story)
    times = json.loads(proc.stdout)["times"]
    assert times and all(not t["resolved"] and t["reason"] for t in times if t["text"].lower().endswith("tuesday"))


@pytest.mark.slow
def test_cli_extract_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Police arrested 12 protesters in the capital on Friday.", "published": "2024-03-02"}),
        "{not json",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "text": "Eine Rakete traf am Montag ein Wohnhaus in der Stadt, sagte die Polizei."}),
        json.dumps({"id": "e", "text": "A drone hit a depot.", "published": "2024-02-30"}),
        json.dumps({"id": "f", "text": "Two soldiers were wounded by a roadside bomb on Monday.", "published": "2024-03-02"}),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("extract", str(batch), "-j", "1")
    assert proc.returncode == 1  # some lines failed
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", "d", "e", "f"]
    assert out[1]["error"]["code"] == "bad_record" and "line 2" in out[1]["error"]["message"]
    assert out[2]["error"]["code"] == "empty_text"
    assert out[3]["article"]["language"] == "de" and out[3]["events"] == [] and out[3]["warnings"]
    assert out[4]["error"]["code"] == "bad_date"
    assert any(c["category"] == "injured" and c["value"] == 2 for c in out[5]["claims"])


@pytest.mark.slow
def test_cli_extract_errors_are_one_line_messages(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    for args, needle in [
        (("extract", str(binary)), "binary"),
        (("extract", str(tmp_path / "missing.txt")), "no such file"),
        (("extract", str(EXAMPLE), "--published", "2024-13-01"), "not a valid date"),
    ]:
        proc = run(*args)
        err = proc.stderr.decode()
        assert proc.returncode != 0 and needle in err and "Traceback" not in err, err

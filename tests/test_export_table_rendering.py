"""The text table of ``extract --format table``: one line per record, dates written as ISO dates."""

from __future__ import annotations

from spacy.language import Language

from newsledger.export.table import result_table
from newsledger.extract import extract_text


def test_export_table_rendering_writes_statement_and_event_dates(nlp: Language) -> None:
    story = ("Border guards said on Wednesday that a drone had struck a customs post near Torvik, "
             "killing two officers.")
    result = extract_text(story, nlp=nlp, published="2024-05-16")
    statement = next(s for s in result.statements if s.date)
    table = result_table(result)
    statement_line = next(line for line in table.splitlines() if line.strip().startswith(statement.id + " "))
    assert statement.date.isoformat() in statement_line
    assert "<10" not in table
    assert all(f"{e.date.start}" in table for e in result.events if e.date.start)

"""Exports of extraction results and of the ledger (CSV in ACLED's columns, JSONL, GeoJSON, Parquet)."""

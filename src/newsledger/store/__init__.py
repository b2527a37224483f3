"""The ledger database: schema and migrations, writing extraction results, and the read/query API."""

from newsledger.store.connection import DEFAULT_DB, Store, open_store

__all__ = ["DEFAULT_DB", "Store", "open_store"]

"""NewsLedger: a sourced, queryable ledger of conflict events, casualty claims and statements."""

__version__ = "0.1.0"

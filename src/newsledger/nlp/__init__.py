"""spaCy components of the NewsLedger pipeline (see :mod:`newsledger.nlp.pipeline`)."""

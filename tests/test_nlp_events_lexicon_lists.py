"""The event lexicon loads every word list of ``data/event_triggers.json`` the events component uses: the
property whose seizure is looting, the verbs of a stated site use and the words that refer back to a site."""

from __future__ import annotations

from newsledger.nlp.event_mentions import event_lexicon


def test_the_lexicon_holds_the_seizure_and_site_use_lists() -> None:
    lex = event_lexicon()
    assert {"drone", "jeep"} <= lex.seized_property and "firearms" not in lex.seized_property
    assert {"use", "operate"} <= lex.site_use_verbs and "it" in lex.site_words


def test_trigger_flags_are_loaded() -> None:
    lex = event_lexicon()
    assert lex.triggers["sniped"].armed_only and not lex.triggers["sniped"].means_only
    assert lex.triggers["firearms"].means_only

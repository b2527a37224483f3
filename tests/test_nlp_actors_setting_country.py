"""An unnamed force ("gunmen", "the jets") in a sentence set in another country ("In neighbouring Norland,
...") is not the group or army of the last country's story: it is that country's.  Our own story."""

from __future__ import annotations

from spacy.language import Language

from newsledger.extract import extract_text

ROUNDUP = (
    "JNIM fighters ambushed a convoy of Malian troops near Mopti on Sunday, killing nine soldiers, the army said.\n\n"
    "In neighbouring Chad, gunmen killed 14 people at a market in the west on Monday, a local official said.\n\n"
    "In Myanmar, the jets bombed a clinic in Sagaing region on Tuesday, killing five patients, medics said."
)


def test_unnamed_forces_take_the_country_their_sentence_is_set_in(nlp: Language) -> None:
    events = extract_text(ROUNDUP, nlp=nlp, published="2024-05-15").events
    by_country = {e.location.country: e for e in events if e.location is not None}
    assert by_country["Chad"].actor1 == "Unidentified Armed Group (Chad)"
    assert by_country["Myanmar"].actor1 == "Military Forces of Myanmar"
    assert by_country["Mali"].actor1 == "JNIM: Jama'a Nusrat al-Islam wal-Muslimin"


def test_unnamed_forces_refer_back_within_one_country(nlp: Language) -> None:
    story = ("Houthi fighters fired a missile at a ship off Hodeidah on Monday, the coalition said. "
             "In Yemen, the rebels also shelled a town near Taiz, killing two children.")
    events = extract_text(story, nlp=nlp, published="2024-05-15").events
    assert any(e.actor1 == "Houthis (Ansar Allah)" and e.fatalities.best == 2 for e in events)


def test_a_country_inside_a_noun_phrase_is_no_setting(nlp: Language) -> None:
    story = ("RSF fighters stormed a market in Nyala on Monday. "
             "Families who fled to camps in Chad said the fighters killed 12 traders.")
    events = extract_text(story, nlp=nlp, published="2024-05-15").events
    assert any(e.actor1 == "Rapid Support Forces" and e.fatalities.best == 12 for e in events)

"""Sayings that were dropped for want of a state speaker (issue #4, H73 recall pass)."""

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article

PUBLISHED = date(2024, 5, 10)


def _rows(text: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    article = Article(text=text, published=PUBLISHED, title="t")
    return [(e.event_type, e.trigger, e.actors, e.countries) for e in extract_events(article)]


def test_a_country_denying_a_role_is_its_governments_statement() -> None:
    rows = _rows("Kenya and Uganda traded fire on Tuesday. Uganda denied any role in the raid.")
    assert ("statement", "denied", (), ("UGA",)) in rows


def test_a_saying_after_a_semicolon_does_not_take_the_denial_from_its_subject() -> None:
    text = (
        "Uganda denied any role in the raid and hit back with artillery and drones; on Sunday "
        "morning each side said it had struck the other's camps."
    )
    assert ("statement", "denied", (), ("UGA",)) in _rows(text)


def test_a_leader_whose_title_has_no_state_word_speaks_for_the_state() -> None:
    # "Taoiseach" is none of the state-actor cue words; the leaders gazetteer lists the office.
    text = (
        "Taoiseach Leo Varadkar travelled to Brussels on Monday. Varadkar announced on Tuesday "
        "that the new border checks would be dropped."
    )
    assert ("statement", "announced", ("Leo Varadkar",), ("IRL",)) in _rows(text)


def test_a_country_after_a_charge_noun_is_who_denies_it() -> None:
    # "a charge Uganda denies": a relative clause without its "that"; Uganda is its subject.
    rows = _rows("Kenya has long accused Uganda of arming the rebels, a charge Uganda denies.")
    assert ("statement", "denies", (), ("UGA",)) in rows


def test_a_long_rebuke_is_one_act_not_a_habit() -> None:
    text = (
        "Wang Yi met Blinken in Anchorage on Thursday. Wang replied with a long rebuke, saying "
        "Washington had no standing to lecture Beijing."
    )
    assert ("criticism", "rebuke", ("Wang Yi",), ("CHN",)) in _rows(text)


def test_long_before_a_criticism_verb_still_reads_as_a_habit() -> None:
    assert not [r for r in _rows("Canada has long accused India of meddling.") if r[0] == "criticism"]


def test_a_body_named_inside_the_trigger_is_its_doer() -> None:
    # A headline: the only name is the body's own, inside the trigger's words.
    rows = _rows("Security Council demands an immediate truce in Gaza as the United States abstains")
    assert [r[2] for r in rows if r[0] == "agreement"] == [("UN Security Council",)]

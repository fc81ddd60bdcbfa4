"""A claim told to a listener that names its own state as doer is a row, done by that state's
speaker, not by the listener (issue #4 demo review)."""

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    events = extract_events(Article(text=text, published=date(2023, 5, 21)))
    return [(e.event_type, e.actors, e.countries) for e in events]


def test_claim_with_own_state_subject_is_kept_with_the_speaker_as_doer() -> None:
    # Written for this test.
    text = "On Friday, Joe Biden told Kishida that Washington would send fighter jets to Ukraine."
    aid = [r for r in _rows(text) if r[0] == "aid"]
    assert aid, "the claimed act is dropped"
    assert aid[0][1] == ("Joe Biden",)
    assert "JPN" not in aid[0][2]


def test_claim_without_own_subject_told_in_the_frame_is_still_dropped() -> None:
    # The doer is only the speaker again ("he"): no event of its own, as before.
    text = "On Friday, Joe Biden told Kishida that he would visit Ukraine if he were invited."
    assert not [r for r in _rows(text) if r[0] == "visit"]

"""Merging event mentions into events (issue #4 item 7); article identity is tested elsewhere."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedupe import merge_mentions, same_event
from pipeline.models import Event


def _mention(**kw) -> Event:
    base = dict(
        event_id="m",
        event_type="summit",
        title="Leaders attend a summit",
        actors=("Narendra Modi", "Xi Jinping"),
        countries=("IND", "CHN"),
        location="Johannesburg",
        location_country="ZAF",
        date_start="2023-08-22",
        date_end="2023-08-24",
        date_basis="text",
        status="occurred",
        published="2023-08-25",
        article_id="a1",
        trigger_start=10,
        confidence=0.6,
    )
    base.update(kw)
    return Event(**base)


def test_two_articles_about_one_summit_make_one_event_with_two_mentions():
    a = _mention()
    b = _mention(
        article_id="b2",
        trigger_start=99,
        event_type="meeting",
        actors=("Xi Jinping",),
        date_start="2023-08-23",
        date_end="2023-08-23",
    )
    events, mentions = merge_mentions([], [a, b])
    assert len(events) == 1 and events[0].mentions == 2
    assert {m.event_id for m in mentions} == {events[0].event_id}
    # the summit keeps its own three days over the one day a single leader's meeting names ...
    assert (events[0].date_start, events[0].date_end) == ("2023-08-22", "2023-08-24")
    assert set(events[0].actors) == {"Narendra Modi", "Xi Jinping"}
    # ... but a summit dated only by its month takes the narrower text date
    month = _mention(date_start="2023-08-01", date_end="2023-08-31")
    events, _ = merge_mentions([], [month, b])
    assert events[0].date_start == "2023-08-23"


def test_planned_then_postponed_ends_postponed():
    planned = _mention(
        event_type="visit",
        actors=("Olaf Scholz",),
        countries=("DEU",),
        location="Beijing",
        location_country="CHN",
        date_start=None,
        date_end=None,
        date_basis="none",
        status="planned",
        published="2024-01-10",
        title="Olaf Scholz visits Beijing (planned)",
    )
    postponed = dataclasses.replace(
        planned, status="postponed", published="2024-01-20", article_id="b", trigger_start=5
    )
    events, _ = merge_mentions([], [postponed, planned])
    assert len(events) == 1
    assert events[0].status == "postponed"
    assert events[0].title == "Olaf Scholz visits Beijing (postponed)"
    assert events[0].published == "2024-01-10"  # the first mention names the event


def test_stored_planned_event_is_updated_by_a_later_dated_mention():
    stored, _ = merge_mentions(
        [],
        [
            _mention(
                event_type="visit",
                date_start=None,
                date_end=None,
                date_basis="none",
                status="planned",
                published="2023-08-01",
            )
        ],
    )
    later = _mention(
        event_type="visit", status="occurred", published="2023-08-25", article_id="z", trigger_start=3
    )
    events, mentions = merge_mentions(stored, [later])
    assert len(events) == 1 and events[0].event_id == stored[0].event_id
    assert (events[0].status, events[0].date_start, events[0].mentions) == ("occurred", "2023-08-22", 2)
    assert mentions[0].event_id == stored[0].event_id


def test_different_actors_places_or_dates_stay_apart():
    a = _mention()
    # (summit mentions in one place on the same dates are one summit: see below)
    elsewhere = dict(location="Washington", location_country="USA", article_id="other")
    assert not same_event(a, _mention(actors=("Joe Biden",), countries=("USA",), **elsewhere))
    assert not same_event(
        a, _mention(event_type="meeting", actors=("Joe Biden",), countries=("USA",), article_id="o")
    )
    assert not same_event(a, _mention(event_type="sanction"))
    assert not same_event(a, _mention(date_start="2024-08-22", date_end="2024-08-24"))
    visit = _mention(event_type="visit", location="Moscow", location_country="RUS")
    assert not same_event(visit, _mention(event_type="visit", location="Samarkand", location_country="UZB"))
    assert same_event(a, _mention(event_type="meeting"))


def test_merge_is_independent_of_batch_order():
    ms = [
        _mention(),
        _mention(article_id="b", trigger_start=4, event_type="meeting"),
        _mention(article_id="c", trigger_start=7, event_type="sanction", actors=(), countries=("RUS",)),
    ]
    one, _ = merge_mentions([], ms)
    two, _ = merge_mentions([], list(reversed(ms)))
    assert sorted((e.event_id, e.mentions) for e in one) == sorted((e.event_id, e.mentions) for e in two)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.integers(0, 50),
            st.sampled_from(["summit", "visit", "sanction"]),
        ),
        max_size=8,
    )
)
def test_every_mention_is_kept_and_counted(specs):
    ms = [_mention(article_id=a, trigger_start=s, event_type=t) for a, s, t in specs]
    events, mentions = merge_mentions([], ms)
    assert len(mentions) == len(ms)
    assert sum(e.mentions for e in events) == len(ms)
    assert {m.event_id for m in mentions} == {e.event_id for e in events}


def test_a_bare_mention_does_not_turn_a_planned_visit_into_an_occurred_one():
    planned = _mention(
        event_type="visit",
        status="planned",
        date_start="2023-02-04",
        date_end="2023-02-05",
        trigger_start=5,
        published="2023-01-31",
    )
    bare = dataclasses.replace(
        planned, status="occurred", date_start=None, date_end=None, date_basis="none", trigger_start=90
    )
    events, _ = merge_mentions([], [planned, bare])
    assert len(events) == 1 and events[0].status == "planned"
    dated = dataclasses.replace(
        planned, status="occurred", trigger_start=120, date_start="2023-02-04", date_end="2023-02-04"
    )
    events, _ = merge_mentions([], [planned, bare, dated])
    assert len(events) == 1 and events[0].status == "occurred"


def test_a_denied_meeting_stays_apart_from_a_visit():
    visit = _mention(event_type="visit", status="postponed")
    denied = _mention(event_type="meeting", status="denied", trigger_start=77)
    assert not same_event(visit, denied)


def test_undated_mentions_from_other_articles_join_only_plausible_dated_events():
    kyiv = _mention(
        event_type="visit",
        actors=("Joe Biden",),
        countries=("USA", "UKR"),
        location="Kyiv",
        location_country="UKR",
        date_start="2023-02-20",
        date_end="2023-02-20",
        published="2023-02-21",
        article_id="k",
    )
    later_done = _mention(
        event_type="visit",
        actors=("Joe Biden",),
        countries=("USA",),
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        published="2023-06-23",
        article_id="m",
    )
    earlier_plan = dataclasses.replace(later_done, status="planned", published="2023-02-10", article_id="p")
    assert not same_event(kyiv, later_done)  # "the visit" told as done four months later is another visit
    assert same_event(kyiv, earlier_plan)  # a plan written ten days before is this visit
    assert not same_event(kyiv, dataclasses.replace(earlier_plan, published="2023-03-01"))


# --- cluster purity (issue #4 demo quality pass) -------------------------------------------------


def test_two_meetings_of_one_leader_with_different_partners_stay_apart():
    a = _mention(
        event_type="meeting",
        actors=("Olaf Scholz", "Emmanuel Macron"),
        countries=("DEU", "FRA"),
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        status="planned",
        published="2024-03-01",
        article_id="a1",
    )
    b = _mention(
        event_type="meeting",
        actors=("Olaf Scholz", "Giorgia Meloni"),
        countries=("DEU", "ITA"),
        location="Rome",
        location_country="ITA",
        date_start="2024-03-10",
        date_end="2024-03-10",
        published="2024-03-11",
        article_id="a2",
        trigger_start=5,
    )
    events, _ = merge_mentions([], [a, b])
    assert len(events) == 2


def test_country_only_talks_do_not_join_a_leaders_visit_over_one_shared_country():
    visit = _mention(
        event_type="visit",
        actors=("Olaf Scholz",),
        countries=("DEU", "FRA"),
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        status="expected",
        published="2024-03-01",
        article_id="a1",
    )
    talks = _mention(
        event_type="negotiation",
        actors=(),
        countries=("ITA", "ESP", "DEU"),
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        published="2024-03-05",
        article_id="a2",
        trigger_start=5,
    )
    events, _ = merge_mentions([], [visit, talks])
    assert len(events) == 2


def test_a_summit_told_day_by_day_is_one_event_spanning_both_days():
    opened = _mention(
        actors=("G20",),
        countries=("IND",),
        location="New Delhi",
        location_country="IND",
        date_start="2023-09-09",
        date_end="2023-09-09",
        published="2023-09-11",
    )
    closed = dataclasses.replace(opened, date_start="2023-09-10", date_end="2023-09-10", trigger_start=90)
    events, _ = merge_mentions([], [opened, closed])
    assert len(events) == 1
    assert (events[0].date_start, events[0].date_end, events[0].date_granularity) == (
        "2023-09-09",
        "2023-09-10",
        "range",
    )


def test_summits_in_one_city_weeks_apart_stay_apart():
    first = _mention(
        location="Geneva", location_country="CHE", date_start="2023-03-01", date_end="2023-03-01"
    )
    later = dataclasses.replace(first, date_start="2023-03-20", date_end="2023-03-20", trigger_start=90)
    events, _ = merge_mentions([], [first, later])
    assert len(events) == 2


def test_a_later_article_recalling_a_past_meeting_does_not_make_it_planned_again():
    held = _mention(
        event_type="meeting",
        actors=("Olaf Scholz", "Emmanuel Macron"),
        countries=("DEU", "FRA"),
        date_start="2023-05-02",
        date_end="2023-05-02",
        published="2023-05-03",
    )
    recalled = dataclasses.replace(
        held,
        status="planned",
        published="2023-09-01",
        article_id="a9",
        date_start="2023-05-01",
        date_end="2023-05-31",
        date_basis="text",
    )
    events, _ = merge_mentions([], [held, recalled])
    assert len(events) == 1 and events[0].status == "occurred"


def test_a_mention_joins_the_event_sharing_its_actors_not_the_first_one_in_its_country():
    summit = _mention(
        event_type="summit",
        actors=(),
        countries=("IDN",),
        location="Bali",
        location_country="IDN",
        date_start="2022-11-15",
        date_end="2022-11-16",
    )
    meeting = _mention(
        event_type="meeting",
        actors=("Joe Biden", "Xi Jinping"),
        countries=("USA", "CHN", "IDN"),
        location="Bali",
        location_country="IDN",
        date_start="2022-11-14",
        date_end="2022-11-14",
        trigger_start=200,
    )
    recalled = dataclasses.replace(
        meeting,
        date_start="2022-11-01",
        date_end="2022-11-30",
        published="2023-11-10",
        article_id="a7",
        trigger_start=3,
    )
    events, placed = merge_mentions([], [summit, meeting, recalled])
    ids = {m.trigger_start: m.event_id for m in placed}
    assert ids[3] == ids[200] != ids[10]


def test_the_merged_row_is_labelled_by_the_mention_naming_participants_and_place():
    bare = _mention(
        event_type="meeting",
        title="Olaf Scholz and Emmanuel Macron meet",
        actors=("Olaf Scholz", "Emmanuel Macron"),
        location=None,
        location_country=None,
        date_start="2023-05-02",
        date_end="2023-05-02",
        confidence=0.9,
    )
    placed = dataclasses.replace(
        bare,
        title="Olaf Scholz and Emmanuel Macron meet in Rome",
        location="Rome",
        location_country="ITA",
        published="2023-06-01",
        article_id="a5",
        date_start="2023-05-01",
        date_end="2023-05-31",
        confidence=0.7,
    )
    events, _ = merge_mentions([], [bare, placed])
    assert len(events) == 1 and events[0].title == "Olaf Scholz and Emmanuel Macron meet in Rome"


def test_a_bilateral_meeting_at_a_summit_stays_a_row_of_its_own():
    summit = _mention(
        actors=(),
        countries=("UZB",),
        location="Samarkand",
        location_country="UZB",
        date_start="2022-09-15",
        date_end="2022-09-16",
    )
    bilateral = _mention(
        event_type="meeting",
        actors=("Xi Jinping", "Vladimir Putin"),
        countries=("CHN", "RUS", "UZB"),
        location="Samarkand",
        location_country="UZB",
        date_start="2022-09-15",
        date_end="2022-09-15",
        trigger_start=300,
    )
    arrival = _mention(
        event_type="visit",
        actors=("Narendra Modi",),
        countries=("IND", "UZB"),
        location="Samarkand",
        location_country="UZB",
        date_start="2022-09-15",
        date_end="2022-09-15",
        trigger_start=500,
    )
    events, _ = merge_mentions([], [summit, bilateral, arrival])
    assert sorted(e.event_type for e in events) == ["meeting", "summit", "visit"]


def test_an_undated_past_postponement_does_not_undo_the_held_visit_it_recalls():
    held = _mention(
        event_type="visit",
        actors=("Olaf Scholz",),
        countries=("DEU", "CHN"),
        location="Beijing",
        location_country="CHN",
        date_start="2023-06-19",
        date_end="2023-06-19",
        published="2023-06-20",
    )
    history = dataclasses.replace(
        held, status="postponed", date_start=None, date_end=None, date_basis="none", trigger_start=400
    )
    events, _ = merge_mentions([], [held, history])
    assert len(events) == 1 and events[0].status == "occurred"


def test_actorless_talks_of_another_type_do_not_join_a_leaders_visit():
    visit = _mention(
        event_type="visit",
        actors=("Olaf Scholz",),
        countries=("DEU", "CHN"),
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        status="expected",
        published="2024-03-01",
        article_id="a1",
    )
    talks = _mention(
        event_type="meeting",
        actors=(),
        countries=("CHN",),
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        published="2024-03-05",
        article_id="a2",
        trigger_start=5,
    )
    assert not same_event(visit, talks)


def test_an_actorless_undated_invitation_in_another_article_is_not_a_dated_state_visit():
    state_visit = _mention(
        event_type="visit",
        actors=("Narendra Modi",),
        countries=("IND", "USA"),
        location="Washington",
        location_country="USA",
        date_start="2023-06-21",
        date_end="2023-06-21",
        published="2023-06-23",
        article_id="a1",
    )
    invitation = _mention(
        event_type="visit",
        actors=(),
        countries=("USA",),
        location="Washington",
        location_country="USA",
        date_start=None,
        date_end=None,
        date_basis="none",
        status="planned",
        published="2023-06-20",
        article_id="a2",
        trigger_start=5,
    )
    events, _ = merge_mentions([], [state_visit, invitation])
    assert len(events) == 2


def test_a_summit_keeps_its_type_when_a_generic_meeting_at_it_merges():
    summit = _mention(
        event_type="summit",
        title="NATO summit in Vilnius",
        actors=("NATO",),
        countries=("LTU",),
        location="Vilnius",
        location_country="LTU",
        date_start="2023-07-11",
        date_end="2023-07-12",
    )
    council = dataclasses.replace(
        summit,
        event_type="meeting",
        title="NATO meeting in Vilnius",
        date_start="2023-07-12",
        date_end="2023-07-12",
        trigger_start=80,
        confidence=0.9,
    )
    events, _ = merge_mentions([], [summit, council])
    assert (
        len(events) == 1 and events[0].event_type == "summit" and events[0].title == "NATO summit in Vilnius"
    )


def test_in_one_article_an_undated_event_with_a_newcomer_from_elsewhere_is_another_event():
    stop = _mention(
        event_type="visit",
        actors=("Xi Jinping",),
        countries=("CHN", "KAZ"),
        location="Astana",
        location_country="KAZ",
        date_start="2022-09-14",
        date_end="2022-09-14",
        published="2022-09-14",
    )
    later_talks = dataclasses.replace(
        stop,
        event_type="meeting",
        actors=("Vladimir Putin", "Xi Jinping"),
        countries=("RUS", "CHN"),
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        status="planned",
        trigger_start=300,
    )
    host_talks = dataclasses.replace(
        later_talks,
        actors=("Xi Jinping", "Kassym-Jomart Tokayev"),
        countries=("CHN", "KAZ"),
        status="occurred",
        trigger_start=40,
    )
    events, placed = merge_mentions([], [stop, later_talks, host_talks])
    ids = {m.trigger_start: m.event_id for m in placed}
    assert ids[10] == ids[40] != ids[300]


def test_day_precise_mentions_of_one_summit_add_up_to_its_span():
    opened = _mention(
        actors=("NATO",),
        countries=("LTU",),
        location="Vilnius",
        location_country="LTU",
        date_start="2023-07-11",
        date_end="2023-07-11",
        published="2023-07-13",
    )
    closed = dataclasses.replace(opened, date_start="2023-07-11", date_end="2023-07-12", trigger_start=90)
    events, _ = merge_mentions([], [closed, opened])
    assert (events[0].date_start, events[0].date_end) == ("2023-07-11", "2023-07-12")


def test_a_postponement_days_before_a_planned_visit_is_that_visit_postponed():
    plan = _mention(
        event_type="visit",
        actors=("Olaf Scholz",),
        countries=("DEU", "CHN"),
        location="China",
        location_country="CHN",
        date_start="2023-02-04",
        date_end="2023-02-05",
        status="planned",
        published="2023-01-31",
        article_id="a1",
    )
    off = dataclasses.replace(
        plan,
        location="Beijing",
        status="postponed",
        date_start="2023-02-03",
        date_end="2023-02-03",
        published="2023-02-05",
        article_id="a2",
    )
    events, _ = merge_mentions([], [plan, off])
    assert len(events) == 1 and events[0].status == "postponed"
    assert (events[0].date_start, events[0].date_end) == ("2023-02-03", "2023-02-05")
    much_earlier = dataclasses.replace(off, date_start="2022-11-01", date_end="2022-11-01")
    assert not same_event(plan, much_earlier)


def test_a_meeting_on_a_later_day_of_a_trip_keeps_its_own_row():
    trip = _mention(
        event_type="visit",
        actors=("Olaf Scholz",),
        countries=("DEU", "JPN"),
        location="Tokyo",
        location_country="JPN",
        date_start="2023-03-18",
        date_end="2023-03-18",
        date_granularity="day",
    )
    talks = _mention(
        event_type="meeting",
        actors=("Olaf Scholz", "Fumio Kishida"),
        countries=("DEU", "JPN"),
        location="Tokyo",
        location_country="JPN",
        date_start="2023-03-19",
        date_end="2023-03-19",
        date_granularity="day",
        trigger_start=200,
    )
    assert not same_event(trip, talks)
    same_day = dataclasses.replace(talks, date_start="2023-03-18", date_end="2023-03-18")
    assert same_event(trip, same_day)  # talks on the day of arrival are the visit itself
    undated_trip = dataclasses.replace(trip, date_start=None, date_end=None, date_basis="none")
    assert not same_event(undated_trip, talks)  # "his two-day visit" does not swallow the meeting


def test_summit_mentions_of_one_article_on_the_same_dates_are_one_summit():
    host = _mention(actors=("Cyril Ramaphosa",), countries=("ZAF",), location=None, location_country=None)
    guest = _mention(actors=("Xi Jinping", "Cyril Ramaphosa"), countries=("CHN", "ZAF"), trigger_start=300)
    assert same_event(host, guest)
    group = _mention(
        event_type="meeting", actors=(), countries=("ZAF",), location="Johannesburg", trigger_start=5
    )
    assert same_event(group, host)
    # another article needs more than the dates: the place (host names none here)
    assert not same_event(host, dataclasses.replace(guest, article_id="zz", actors=("Xi Jinping",)))
    # whoever each names: one article's summit on the same dates is one summit
    stranger = _mention(actors=("Narendra Modi",), countries=("IND",), trigger_start=900)
    assert same_event(host, stranger)
    assert not same_event(host, dataclasses.replace(stranger, date_start="2023-08-25", date_end="2023-08-25"))


def test_one_summit_in_one_place_whoever_each_article_follows():
    host = _mention(actors=("Cyril Ramaphosa",), countries=("ZAF",), article_id="a1")
    guest = _mention(
        actors=("Xi Jinping",), countries=("CHN", "ZAF"), location="South Africa", article_id="b2"
    )
    bloc = _mention(
        actors=("BRICS",), countries=("ZAF",), title="BRICS summit in Johannesburg", article_id="c3"
    )
    assert same_event(host, guest) and same_event(guest, bloc)
    # another city, other days, no date or no place: not this summit
    assert not same_event(host, dataclasses.replace(guest, location="Cape Town"))
    assert not same_event(host, dataclasses.replace(guest, date_start="2023-09-22", date_end="2023-09-24"))
    assert not same_event(host, dataclasses.replace(guest, location=None, location_country=None))
    # the store groups them together (no shared actor), and the row is named by the summit itself
    from pipeline.store.write import _merge_in_groups

    events, mentions = _merge_in_groups([], [host, guest, bloc])
    assert len(events) == 1 and events[0].mentions == 3
    assert events[0].title == "BRICS summit in Johannesburg" and events[0].location == "Johannesburg"


def test_a_merged_event_takes_the_city_over_the_country():
    country = _mention(location="South Africa", location_country="ZAF", trigger_start=1)
    city = _mention(location="Johannesburg", location_country="ZAF", article_id="b2", trigger_start=2)
    events, _ = merge_mentions([], [country, city])
    assert len(events) == 1 and events[0].location == "Johannesburg"


def test_a_meeting_whose_day_is_missing_does_not_break_the_visit_rule():
    visit = _mention(event_type="visit", actors=("Olaf Scholz",), date_granularity="day")
    odd = _mention(
        event_type="meeting",
        actors=("Olaf Scholz", "Fumio Kishida"),
        date_start=None,
        date_end=None,
        date_granularity="day",
        trigger_start=77,
    )
    assert same_event(visit, odd) in (True, False)  # no TypeError on a stored row without a day


def test_a_groups_meeting_on_one_day_of_a_summit_in_its_town_is_the_summit():
    summit = _mention(
        actors=(),
        countries=("FRA",),
        location="Biarritz",
        location_country="FRA",
        date_start="2019-08-24",
        date_end="2019-08-26",
        title="G7 summit in Biarritz",
    )
    group = _mention(
        event_type="meeting",
        actors=("G7",),
        countries=(),
        location="Biarritz",
        location_country="FRA",
        date_start="2019-08-25",
        date_end="2019-08-25",
        trigger_start=90,
    )
    assert same_event(summit, group)
    from pipeline.store.write import _merge_in_groups

    events, _ = _merge_in_groups([], [summit, group])
    assert len(events) == 1 and (events[0].date_start, events[0].date_end) == ("2019-08-24", "2019-08-26")
    # a pair meeting on the sidelines stays its own row
    pair = dataclasses.replace(group, actors=("Mohammad Javad Zarif", "Jean-Yves Le Drian"))
    assert not same_event(summit, pair)


def test_catch_all_acts_of_one_country_and_day_need_a_common_party():
    # "Ecuadorean police arrested the former vice-president inside the Mexican embassy on Friday"
    # and "Mexico had granted him asylum earlier on Friday" are two acts: type `other` says
    # nothing about which act it is, so a shared country and day do not make them one.
    arrest = _mention(
        event_type="other",
        title="Ecuadorean police arrest a former vice-president",
        actors=("Ecuadorean Police",),
        countries=("ECU", "MEX"),
        location=None,
        location_country=None,
        date_start="2024-04-05",
        date_end="2024-04-05",
        published="2024-04-06",
        trigger_start=40,
    )
    asylum = dataclasses.replace(
        arrest, title="Mexico grants asylum", actors=(), countries=("MEX",), trigger_start=400
    )
    assert not same_event(arrest, asylum)
    events, _ = merge_mentions([], [arrest, asylum])
    assert len(events) == 2
    # Across articles, two actorless `other` rows of one country in one month stay apart too.
    tariffs = dataclasses.replace(
        asylum, countries=("CHN",), date_start="2023-08-01", date_end="2023-08-31", article_id="a2"
    )
    inquiry = dataclasses.replace(tariffs, date_start="2023-01-01", date_end="2023-12-31", article_id="a3")
    assert not same_event(tariffs, inquiry)
    # The same act told twice by its party still folds.
    again = dataclasses.replace(arrest, trigger_start=900)
    assert same_event(arrest, again)


def test_talks_with_the_host_on_the_day_of_arrival_join_a_visit_first_told_as_a_plan():
    # January: "Moscow expects a visit by Xi this year" (undated). March: "Xi arrived in Moscow on
    # Monday", then "Xi and Putin held informal talks on Monday". The event is compared under its
    # current date *and* its precision: the plan's unknown precision must not make the arrival day
    # look like a vague date that the day's talks fall outside.
    plan = _mention(
        event_type="visit",
        title="Xi Jinping visits Russia (expected)",
        actors=("Xi Jinping",),
        countries=("CHN",),
        location="Russia",
        location_country="RUS",
        date_start=None,
        date_end=None,
        date_basis="none",
        date_granularity="unknown",
        status="expected",
        published="2023-01-31",
        article_id="a1",
    )
    arrival = dataclasses.replace(
        plan,
        title="Xi Jinping visits Russia",
        countries=("CHN", "RUS"),
        date_start="2023-03-20",
        date_end="2023-03-20",
        date_basis="text",
        date_granularity="day",
        status="occurred",
        published="2023-03-21",
        article_id="a2",
    )
    talks = dataclasses.replace(
        arrival,
        event_type="meeting",
        title="Xi Jinping and Vladimir Putin meet",
        actors=("Xi Jinping", "Vladimir Putin"),
        location=None,
        location_country=None,
        trigger_start=200,
    )
    events, placed = merge_mentions([], [plan, arrival, talks])
    assert len(events) == 1 and events[0].event_type == "visit"
    assert len({m.event_id for m in placed}) == 1


def test_one_visitors_visit_told_on_consecutive_days_of_one_article_is_one_trip():
    # "Biden welcomed Modi to the White House on Thursday for a state visit ... He arrived in
    # Washington on Wednesday": one state visit, kept on its lead's day.
    welcome = _mention(
        event_type="visit",
        title="Joe Biden hosts Narendra Modi",
        actors=("Joe Biden", "Narendra Modi"),
        countries=("USA", "IND"),
        location=None,
        location_country=None,
        date_start="2023-06-22",
        date_end="2023-06-22",
        date_granularity="day",
        published="2023-06-23",
        trigger_start=30,
    )
    arrival = dataclasses.replace(
        welcome,
        title="Narendra Modi visits Washington",
        actors=("Narendra Modi",),
        location="Washington",
        location_country="USA",
        date_start="2023-06-21",
        date_end="2023-06-21",
        trigger_start=300,
    )
    assert same_event(welcome, arrival)
    events, _ = merge_mentions([], [welcome, arrival])
    assert len(events) == 1
    assert (events[0].date_start, events[0].date_end) == ("2023-06-22", "2023-06-22")
    # "Xi arrived in Moscow on Monday ... Xi is due to leave on Wednesday": the departure two days
    # later, told as a plan, stays its own row; so do visits told in two articles.
    leave = dataclasses.replace(
        arrival, status="planned", date_start="2023-06-23", date_end="2023-06-23", trigger_start=600
    )
    assert not same_event(arrival, leave)
    assert not same_event(arrival, dataclasses.replace(leave, status="occurred"))
    assert not same_event(welcome, dataclasses.replace(arrival, article_id="a2"))


def test_an_undated_visit_told_as_happening_is_not_the_called_off_one_of_its_article():
    # "Netanyahu called off a planned visit to Washington by two aides on Monday ... The defence
    # minister, who is in Washington on a separate visit, met Blinken": two visits.
    called_off = _mention(
        event_type="visit",
        title="Visit to Washington (cancelled)",
        actors=(),
        countries=("USA",),
        location="Washington",
        location_country="USA",
        date_start="2024-03-25",
        date_end="2024-03-25",
        status="cancelled",
        published="2024-03-25",
    )
    other_visit = dataclasses.replace(
        called_off, date_start=None, date_end=None, date_basis="none", status="occurred", trigger_start=500
    )
    assert not same_event(called_off, other_visit)
    assert len(merge_mentions([], [called_off, other_visit])[0]) == 2
    # The call-off told again without a date is still that visit.
    assert same_event(called_off, dataclasses.replace(other_visit, status="cancelled"))


def test_an_agreement_told_with_also_is_a_further_deal_of_its_article():
    # "Japarov and Rahmon signed a border treaty on Thursday ... The two leaders also agreed to
    # reopen road crossings": the analyst lists two agreements; "the treaty" told again is the first.
    sentence = "The two leaders also agreed to reopen road crossings."
    treaty = _mention(
        event_type="agreement",
        title="Sadyr Japarov and Emomali Rahmon sign an agreement",
        actors=("Sadyr Japarov", "Emomali Rahmon"),
        countries=("KGZ", "TJK"),
        location=None,
        location_country=None,
        date_start="2025-03-13",
        date_end="2025-03-13",
        published="2025-03-13",
        trigger_start=40,
        evidence="Japarov and Rahmon signed a treaty on Thursday settling the border.",
        evidence_start=0,
    )
    further = dataclasses.replace(
        treaty, trigger_start=400 + sentence.index("agreed"), evidence=sentence, evidence_start=400
    )
    again = dataclasses.replace(
        treaty,
        trigger_start=604,
        evidence="Japarov said the treaty settled the question.",
        evidence_start=600,
    )
    assert not same_event(treaty, further)
    assert same_event(treaty, again)
    events, placed = merge_mentions([], [treaty, further, again])
    assert len(events) == 2
    assert placed[0].event_id == placed[2].event_id != placed[1].event_id
    # Without "also" the second sentence is the same deal told again.
    plain = "The two leaders agreed to reopen road crossings."
    assert same_event(
        treaty, dataclasses.replace(further, evidence=plain, trigger_start=400 + plain.index("agreed"))
    )


def test_an_actorless_strike_placed_in_its_target_country_is_the_named_leaders_strike():
    # Headline "US fires missiles at Syrian air base" (no actor, placed in Syria) and "Trump orders
    # strike during his summit with Xi" (China picked up from the summit) in one report: the place
    # of the act is not a party outside the named row, so they are one strike.
    bare = _mention(
        event_type="military",
        title="Military action: United States",
        actors=(),
        countries=("USA", "SYR"),
        location="Syria",
        location_country="SYR",
        date_start="2017-04-07",
        date_end="2017-04-07",
        published="2017-04-07",
        trigger_start=5,
    )
    named = dataclasses.replace(
        bare,
        title="Donald Trump takes military action",
        actors=("Donald Trump",),
        countries=("USA", "CHN"),
        location=None,
        location_country=None,
        trigger_start=80,
    )
    assert same_event(bare, named)
    # A country outside the named row that is not the bare row's place still keeps them apart
    # ("talks hosted by China between Saudi Arabia and Iran" are not Xi's visit).
    assert not same_event(dataclasses.replace(bare, countries=("USA", "SYR", "IRQ")), named)


def test_a_speakers_undated_remarks_in_two_sentences_are_two_statements():
    # "In his opening remarks, the minister said the talks would be hard ... After the last session
    # he told reporters the sides remained far apart": neither sentence dates its remark, so both
    # carry the publication day, which is no evidence of one occasion.
    opening = _mention(
        event_type="statement",
        title="Antony Blinken issues a statement",
        actors=("Antony Blinken",),
        countries=("USA",),
        location=None,
        location_country=None,
        date_start="2021-03-18",
        date_end="2021-03-19",
        date_basis="publication",
        date_granularity="range",
        published="2021-03-19",
        trigger_start=420,
        evidence_start=400,
    )
    closing = dataclasses.replace(opening, trigger_start=915, evidence_start=900)
    assert not same_event(opening, closing)
    assert len(merge_mentions([], [opening, closing])[0]) == 2
    # Two triggers of one sentence ("told reporters that the other side had demanded") are one.
    assert same_event(opening, dataclasses.replace(opening, trigger_start=440))
    # A remark dated by the text still takes its undated retelling.
    assert same_event(dataclasses.replace(opening, date_basis="text"), closing)
    # With no speaker named ("Saudi Arabia admits ...", "Saudi Arabia has acknowledged ..."), the
    # headline's statement retold in the lead is one.
    assert same_event(
        dataclasses.replace(opening, actors=(), countries=("SAU",)),
        dataclasses.replace(closing, actors=(), countries=("SAU",)),
    )


def test_a_pronoun_saying_goes_on_reporting_the_remark_before_it():
    # "Speaking in Lima, the foreign minister urged both sides to return to talks." then "She also
    # said the border would stay open.": one remark told in two sentences, one row.
    first_text = "Speaking in Lima, Foreign Minister Ana Ruiz urged both sides to return to talks."
    lead = _mention(
        event_type="statement",
        title="Ana Ruiz issues a statement",
        actors=("Ana Ruiz",),
        countries=("PER",),
        location=None,
        location_country=None,
        date_start="2024-02-05",
        date_end="2024-02-06",
        date_basis="publication",
        date_granularity="range",
        published="2024-02-06",
        evidence=first_text,
        evidence_start=300,
        trigger_start=300 + first_text.index("urged"),
    )
    more_text = "She also said the border would stay open."
    more = dataclasses.replace(
        lead, evidence=more_text, evidence_start=420, trigger_start=420 + more_text.index("said")
    )
    assert same_event(lead, more) and same_event(more, lead)
    assert len(merge_mentions([], [lead, more])[0]) == 1
    # A sentence that tells its own occasion is another remark, pronoun or not.
    later_text = "She later told reporters that the border would stay open."
    later = dataclasses.replace(
        lead, evidence=later_text, evidence_start=420, trigger_start=420 + later_text.index("told")
    )
    assert not same_event(lead, later)
    named_text = "After the last session, Ruiz told reporters the sides remained far apart."
    named = dataclasses.replace(
        lead, evidence=named_text, evidence_start=420, trigger_start=420 + named_text.index("told")
    )
    assert not same_event(lead, named)
    # Another speaker's saying is no continuation, whatever its pronoun.
    other = dataclasses.replace(more, actors=("Luis Vega",), title="Luis Vega issues a statement")
    assert not same_event(lead, other)


def test_talks_told_in_a_sentence_of_their_own_are_a_row_apart_from_the_visit():
    # "The foreign minister arrived in Lisbon on Tuesday." then "She met Prime Minister Costa at
    # his residence on Tuesday evening.": analysts list the trip and the talks held during it.
    arrival_text = "Foreign Minister Ana Ruiz arrived in Lisbon on Tuesday for a two-day visit."
    visit = _mention(
        event_type="visit",
        title="Ana Ruiz visits Lisbon",
        actors=("Ana Ruiz",),
        countries=("PER", "PRT"),
        location="Lisbon",
        location_country="PRT",
        date_start="2024-02-06",
        date_end="2024-02-06",
        date_basis="text",
        date_granularity="day",
        published="2024-02-07",
        evidence=arrival_text,
        evidence_start=0,
        trigger_start=arrival_text.index("arrived"),
    )
    talks_text = "Ruiz met Prime Minister Luis Costa at his residence on Tuesday evening."
    talks = dataclasses.replace(
        visit,
        event_type="meeting",
        title="Ana Ruiz and Luis Costa meet",
        actors=("Ana Ruiz", "Luis Costa"),
        evidence=talks_text,
        evidence_start=200,
        trigger_start=200 + talks_text.index("met"),
    )
    assert not same_event(visit, talks) and not same_event(talks, visit)
    assert len(merge_mentions([], [visit, talks])[0]) == 2
    # Told in the trip's own sentence ("arrived in Lisbon on Tuesday and met Costa"), they are the trip.
    one_text = "Ruiz arrived in Lisbon on Tuesday and met Prime Minister Luis Costa."
    one = dataclasses.replace(talks, evidence=one_text, evidence_start=0, trigger_start=one_text.index("met"))
    assert same_event(visit, one)
    # ... also when the trip's row was first told by another article (its plan, days before).
    plan = dataclasses.replace(
        visit,
        article_id="a0",
        published="2024-02-01",
        date_start=None,
        date_end=None,
        date_basis="none",
        date_granularity="unknown",
        status="expected",
        evidence="Ruiz is expected to visit Lisbon next week.",
    )
    events, placed = merge_mentions([], [plan, visit, one])
    assert len(events) == 1 and events[0].event_type == "visit"
    # A back-reference ("the meeting lasted two hours") is the trip's talks told before, not new ones.
    back_text = "The meeting lasted two hours."
    back = dataclasses.replace(
        talks, evidence=back_text, evidence_start=300, trigger_start=300 + back_text.index("meeting")
    )
    assert same_event(visit, back)


def test_an_act_told_as_separate_is_not_the_articles_other_act_of_its_kind():
    # "The president held talks with the chancellor in Vienna on Monday ..." then "The foreign
    # minister, who also met the chancellor separately, said ...": two meetings.
    lead_text = "President Ana Ruiz held talks with Chancellor Karl Weber in Vienna on Monday."
    talks = _mention(
        event_type="meeting",
        title="Ana Ruiz and Karl Weber meet",
        actors=("Ana Ruiz", "Karl Weber"),
        countries=("PER", "AUT"),
        location="Vienna",
        location_country="AUT",
        date_start="2024-03-04",
        date_end="2024-03-04",
        date_basis="text",
        date_granularity="day",
        published="2024-03-05",
        evidence=lead_text,
        evidence_start=0,
        trigger_start=lead_text.index("talks"),
    )
    apart_text = "Foreign Minister Luis Vega, who also met Weber separately, said the visit went well."
    apart = dataclasses.replace(
        talks,
        title="Luis Vega and Karl Weber meet",
        actors=("Luis Vega", "Karl Weber"),
        evidence=apart_text,
        evidence_start=300,
        trigger_start=300 + apart_text.index("met"),
    )
    assert not same_event(talks, apart) and not same_event(apart, talks)
    # "met the two leaders separately and then together" is the course of one round of talks.
    course_text = "Ruiz met Weber and his deputy separately and then together."
    course = dataclasses.replace(
        talks, evidence=course_text, evidence_start=300, trigger_start=300 + course_text.index("met")
    )
    assert same_event(talks, course)


def test_an_undated_visit_to_another_country_is_the_next_stop_not_the_dated_visit():
    # "The president arrived in Lisbon on Monday ..." then "She will then travel on to Spain.":
    # the undated trip to a country the dated visit does not involve is another visit.
    visit = _mention(
        event_type="visit",
        title="Ana Ruiz visits Lisbon",
        actors=("Ana Ruiz",),
        countries=("PER", "PRT"),
        location="Lisbon",
        location_country="PRT",
        date_start="2024-03-04",
        date_end="2024-03-04",
        date_basis="text",
        date_granularity="day",
        published="2024-03-05",
        trigger_start=10,
        evidence_start=0,
    )
    undated = dict(
        location=None,
        location_country=None,
        date_start=None,
        date_end=None,
        date_basis="none",
        date_granularity="unknown",
        status="planned",
        trigger_start=310,
        evidence_start=300,
    )
    next_stop = dataclasses.replace(visit, countries=("PER", "ESP"), **undated)
    assert not same_event(visit, next_stop) and not same_event(next_stop, visit)
    # "Her visit was planned for months" names no other country: the visit itself.
    assert same_event(visit, dataclasses.replace(visit, countries=("PER",), **undated))


def test_a_summit_named_as_told_before_keeps_no_meeting_apart():
    # "Ruiz and Weber met in Vienna on Tuesday ..." then "Ruiz held talks with the host's foreign
    # minister on Monday, a day before the summit": "the summit" is the pair's meeting told before,
    # whoever its sentence names, not a summit of Ruiz and the minister.
    meeting = _mention(
        event_type="meeting",
        title="Ana Ruiz and Karl Weber meet in Vienna",
        actors=("Ana Ruiz", "Karl Weber"),
        countries=("PER", "AUT"),
        location="Vienna",
        location_country="AUT",
        date_start="2024-03-05",
        date_end="2024-03-05",
        date_basis="text",
        date_granularity="day",
        published="2024-03-06",
        evidence_start=0,
        trigger_start=20,
    )
    back_text = "Ruiz held talks with Foreign Minister Eva Gruber on Monday, a day before the summit."
    back = dataclasses.replace(
        meeting,
        event_type="summit",
        title="Ana Ruiz and Eva Gruber attend a summit",
        actors=("Ana Ruiz", "Eva Gruber"),
        evidence=back_text,
        evidence_start=400,
        trigger_start=400 + back_text.index("summit"),
    )
    assert same_event(meeting, back) and same_event(back, meeting)
    # Named by its own name ("at the Vienna summit"), it may be a summit the pair meets at.
    named_text = "Ruiz and Gruber met at the Vienna summit."
    named = dataclasses.replace(back, evidence=named_text, trigger_start=400 + named_text.index("summit"))
    assert not same_event(meeting, named)


def test_a_called_off_trip_and_the_meeting_it_was_for_are_one_plan_called_off():
    # "The prime minister called off his two aides' trip to Washington on Monday ... The aides had
    # been due to meet US officials this week": one plan called off, named by the meeting's people.
    trip = _mention(
        event_type="visit",
        title="Visit to Washington (cancelled)",
        actors=(),
        countries=("USA",),
        location="Washington",
        location_country="USA",
        date_start="2024-03-25",
        date_end="2024-03-25",
        status="cancelled",
        published="2024-03-25",
        trigger_start=20,
    )
    meeting = dataclasses.replace(
        trip,
        event_type="meeting",
        title="Ron Dermer and Tzachi Hanegbi meet (cancelled)",
        actors=("Ron Dermer", "Tzachi Hanegbi"),
        countries=("USA", "ISR"),
        location=None,
        location_country=None,
        date_start="2024-03-25",
        date_end="2024-03-31",
        date_granularity="week",
        trigger_start=400,
    )
    assert same_event(trip, meeting)
    events, _ = merge_mentions([], [trip, meeting])
    assert len(events) == 1 and events[0].event_type == "visit"
    assert set(events[0].actors) == {"Ron Dermer", "Tzachi Hanegbi"}
    # Talks that did take place during a trip told in another report stay apart as before.
    held = dataclasses.replace(meeting, status="occurred", article_id="a2")
    assert not same_event(trip, held)


# H44 --------------------------------------------------------------------------------------------


def test_an_act_told_as_later_by_another_doer_is_not_the_talks_told_before():
    talks_text = "Biden returned to Washington for talks on the debt ceiling last week."
    later_text = "Blinken later met leaders of Pacific island nations in the capital."
    talks = _mention(
        event_type="meeting",
        actors=(),
        countries=("USA",),
        location="Washington",
        location_country="USA",
        date_start="2023-05-15",
        date_end="2023-05-21",
        published="2023-05-22",
        evidence=talks_text,
        evidence_start=100,
        trigger_start=100 + talks_text.index("talks"),
    )
    later = dataclasses.replace(
        talks,
        actors=("Antony Blinken",),
        location=None,
        location_country=None,
        date_start="2023-05-21",
        date_end="2023-05-22",
        date_basis="publication",
        evidence=later_text,
        evidence_start=400,
        trigger_start=400 + later_text.index("met"),
    )
    assert not same_event(talks, later) and not same_event(later, talks)
    events, _ = merge_mentions([], [talks, later])
    assert len(events) == 2
    # The same doer told again with "later" may still be the event told before.
    again = dataclasses.replace(later, evidence="Blinken later met them.", trigger_start=400 + 14)
    plain = dataclasses.replace(later, evidence="Blinken met them.", trigger_start=400 + 8)
    first = dataclasses.replace(talks, actors=("Antony Blinken",))
    assert same_event(first, again) == same_event(first, plain)


# H46
def _signing(**kw) -> Event:
    base = dict(
        event_type="agreement",
        title="Sweden, Finland and Turkey sign a memorandum",
        actors=("Sweden", "Finland", "Turkey"),
        countries=("SWE", "FIN", "TUR"),
        location="Madrid",
        location_country="ESP",
        date_start="2022-06-28",
        date_end="2022-06-28",
        trigger="signed",
        trigger_start=10,
        published="2022-06-29",
    )
    base.update(kw)
    return _mention(**base)


def _not_ratified(**kw) -> Event:
    base = dict(
        date_start=None,
        date_end=None,
        date_basis="none",
        status="denied",
        trigger="ratified",
        trigger_start=200,
        actors=("Turkey",),
    )
    base.update(kw)
    return _signing(**base)


def test_undated_denial_of_another_act_does_not_undo_a_dated_signing():
    events, _ = merge_mentions([], [_signing(), _not_ratified()])
    assert len(events) == 1
    assert events[0].status == "occurred"
    assert events[0].date_start == "2022-06-28"


def test_dated_signing_wins_over_an_earlier_undated_denial_of_another_act():
    events, _ = merge_mentions([], [_not_ratified(trigger_start=5), _signing(trigger_start=50)])
    assert len(events) == 1
    assert events[0].status == "occurred"


def test_undated_denial_of_the_same_act_still_marks_the_row_denied():
    events, _ = merge_mentions([], [_signing(), _not_ratified(trigger="sign")])
    assert len(events) == 1
    assert events[0].status == "denied"

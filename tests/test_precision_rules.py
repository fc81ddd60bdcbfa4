"""Rows a careful analyst rejects on reading the timeline (issue #4, precision review): a saying
told again as the act it utters or announces, and such. Sentences are written for these tests
and state real facts."""

from __future__ import annotations

from datetime import date

from pipeline.dedupe import merge_mentions
from pipeline.events import extract_events
from pipeline.models import Article, Event


def _rows(text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    """(event type, actors) of each row extracted from `text`."""
    article = Article(text=text, published=date.fromisoformat(published), title="t", url="u")
    return [(e.event_type, tuple(e.actors)) for e in extract_events(article)]


def test_saying_that_utters_a_criticism_is_the_criticism():
    # "said he regretted": one act, the criticism; no statement row beside it.
    rows = _rows(
        "NATO Secretary General Jens Stoltenberg said on Monday that he strongly condemned the "
        "Russian missile strikes on Ukrainian cities.",
        "2022-10-11",
    )
    assert [r for r in rows if r[0] == "criticism"]
    assert not [r for r in rows if r[0] == "statement"]


def test_saying_with_pronoun_and_adverb_before_the_criticism():
    rows = _rows(
        "Germany's foreign ministry said it sharply criticised Moscow's decision to annex four Ukrainian regions.",
        "2022-09-30",
    )
    assert [r for r in rows if r[0] == "criticism"]
    assert not [r for r in rows if r[0] == "statement"]


def test_saying_about_someone_else_criticising_stays_a_statement():
    # The complement's subject is another party: the saying reports someone else's act.
    rows = _rows(
        "Ukraine's foreign ministry said on Friday that Hungary had strongly condemned the strike on Kyiv.",
        "2024-07-06",
    )
    assert [r for r in rows if r[0] == "statement"]


def test_announced_sanctions_are_the_sanction_row():
    # Measures are done by announcing them: the announcement is no second row.
    rows = _rows(
        "The European Union announced on Thursday new sanctions on Iranian drone makers.",
        "2022-10-21",
    )
    assert [r for r in rows if r[0] == "sanction"]
    assert not [r for r in rows if r[0] == "statement"]


def test_announcing_an_act_told_before_stays_a_statement():
    # "announced the strike": the strike was told before; announcing it is news of its own.
    rows = _rows(
        "US forces struck a Syrian airbase on Friday. President Donald Trump announced the strike in a "
        "televised address from Florida.",
        "2017-04-07",
    )
    assert [r for r in rows if r[0] == "statement" and "Donald Trump" in r[1]]


def test_announcing_that_an_act_was_done_stays_a_statement():
    rows = _rows(
        "Canada's foreign minister Mélanie Joly announced on Monday that Canada had expelled a senior "
        "Indian diplomat.",
        "2023-09-19",
    )
    assert [r for r in rows if r[0] == "statement"]


def test_claimed_meeting_under_a_condition_is_no_plan():
    # "would be willing to meet ... if": a hypothesis told by the speaker, no meeting planned.
    rows = _rows(
        "Russian President Vladimir Putin said on Thursday that he would be ready to meet Ukrainian "
        "President Volodymyr Zelensky if the talks reached their final stage.",
        "2022-06-02",
    )
    assert not [r for r in rows if r[0] == "meeting"]
    rows = _rows(
        "Iran's foreign ministry said Tehran would rejoin the nuclear deal only once Washington lifted its sanctions.",
        "2021-02-08",
    )
    assert not [r for r in rows if r[0] == "agreement"]


def test_condition_set_off_by_commas_belongs_to_what_follows():
    rows = _rows(
        "The Kremlin said on Tuesday that Putin and Kim would hold talks between their delegations and, "
        "if needed, a meeting in private.",
        "2023-09-12",
    )
    assert [r for r in rows if r[0] in ("meeting", "negotiation")]


def _told(**kw) -> Event:
    """A mention of one article, with evidence around its trigger."""
    base = dict(
        event_id="m",
        event_type="military",
        title="Chinese Armed Forces takes military action",
        actors=("Chinese Armed Forces",),
        countries=("CHN", "TWN"),
        date_start="2024-05-23",
        date_end="2024-05-24",
        date_basis="text",
        status="occurred",
        published="2024-05-24",
        article_id="a1",
        evidence="China began two days of drills around Taiwan on Thursday.",
        evidence_start=0,
        trigger="drills",
        trigger_start=24,
        trigger_end=30,
        confidence=0.7,
    )
    base.update(kw)
    return Event(**base)


def test_definite_noun_names_the_dated_event_again_whoever_its_sentence_names():
    # "named the drills ...": the drills told before, though told with another body of the state.
    sentence = "The army's Eastern Theater Command named the drills Strait Thunder."
    back = _told(
        actors=("Eastern Theater Command",),
        title="Eastern Theater Command takes military action",
        date_start=None,
        date_end=None,
        date_basis="none",
        evidence=sentence,
        evidence_start=100,
        trigger_start=100 + sentence.index("drills"),
        trigger_end=100 + sentence.index("drills") + 6,
        confidence=0.5,
    )
    events, _ = merge_mentions([], [_told(), back])
    assert len(events) == 1
    # the noun brings neither a doer nor a label of its own
    assert events[0].actors == ("Chinese Armed Forces",)
    assert events[0].title.startswith("Chinese Armed Forces")


def test_indefinite_noun_with_other_doers_stays_apart():
    sentence = "Japan's navy held drills near Okinawa."
    other = _told(
        actors=("Japan Maritime Self-Defense Force",),
        countries=("JPN", "CHN"),
        date_start=None,
        date_end=None,
        date_basis="none",
        evidence=sentence,
        evidence_start=100,
        trigger_start=100 + sentence.index("drills"),
        trigger_end=100 + sentence.index("drills") + 6,
    )
    events, _ = merge_mentions([], [_told(), other])
    assert len(events) == 2


def test_plan_of_another_kind_does_not_rename_the_held_summit():
    # "the first trilateral summit" held, then "The leaders agreed to meet every year" (a plan):
    # folded together, the row stays the summit and keeps its label.
    held = _told(
        event_type="summit",
        title="Joe Biden and Fumio Kishida attend a summit at Camp David",
        actors=("Joe Biden", "Fumio Kishida"),
        countries=("USA", "JPN"),
        location="Camp David",
        location_country="USA",
        date_start="2023-08-18",
        date_end="2023-08-18",
        published="2023-08-19",
        evidence="Biden hosted Kishida at Camp David on Friday, their first stand-alone summit.",
        trigger="summit",
        trigger_start=66,
        trigger_end=72,
    )
    sentence = "The leaders agreed to meet every year."
    plan = _told(
        event_type="meeting",
        title="Joe Biden and Fumio Kishida meet (planned)",
        actors=("Joe Biden", "Fumio Kishida"),
        countries=("USA", "JPN"),
        status="planned",
        date_start=None,
        date_end=None,
        date_basis="none",
        published="2023-08-19",
        evidence=sentence,
        evidence_start=100,
        trigger="meet",
        trigger_start=100 + sentence.index("meet"),
        trigger_end=100 + sentence.index("meet") + 4,
    )
    events, _ = merge_mentions([], [held, plan])
    assert len(events) == 1
    assert events[0].event_type == "summit" and events[0].status == "occurred"
    assert events[0].title.startswith("Joe Biden and Fumio Kishida attend a summit")


def test_saying_of_a_standing_position_is_no_statement():
    # "said ... had always supported": a position held, not an act of the day.
    rows = _rows(
        "German Chancellor Olaf Scholz said Germany had always backed Ukraine's EU bid.", "2023-12-15"
    )
    assert not [r for r in rows if r[0] == "statement"]
    rows = _rows("German Chancellor Olaf Scholz said Germany would back Ukraine's EU bid.", "2023-12-15")
    assert [r for r in rows if r[0] == "statement"]


def test_undated_talks_a_deal_commits_to_are_its_content():
    # "agreed to hold talks on ...": what the deal commits the parties to, not a meeting row.
    rows = _rows(
        "The foreign ministers of Armenia and Azerbaijan agreed to hold talks on border demarcation.",
        "2024-04-20",
    )
    assert [r for r in rows if r[0] == "agreement"]
    assert not [r for r in rows if r[0] in ("meeting", "negotiation")]


def test_dated_meeting_agreed_on_stays_a_plan():
    rows = _rows(
        "US President Donald Trump and Russian President Vladimir Putin agreed to meet in Alaska on Friday.",
        "2025-08-09",
    )
    assert [r for r in rows if r[0] == "meeting" and set(r[1]) == {"Donald Trump", "Vladimir Putin"}]


def test_known_event_inside_what_was_said_is_no_occasion_of_the_saying():
    # The summit is what the president talked about at home, not where he spoke.
    article = Article(
        text=(
            "Mexican President Andrés Manuel López Obrador told reporters at his regular news "
            "conference that the Summit of the Americas should invite every country."
        ),
        published=date(2022, 6, 7),
        title="t",
        url="u",
    )
    rows = [e for e in extract_events(article) if e.event_type == "statement"]
    assert rows
    assert all("summit" not in e.title.lower() and e.location is None for e in rows)


def test_saying_that_one_is_watching_events_is_no_statement():
    rows = _rows(
        "Protesters filled the streets of Tbilisi on Sunday. The European Union said it was closely "
        "monitoring the situation.",
        "2024-12-02",
    )
    assert not [r for r in rows if r[0] == "statement"]


def test_occasion_of_a_reported_act_is_not_the_sayings():
    # The G20 summit is where the act reported was done, weeks before the saying.
    article = Article(
        text=(
            "Canadian Prime Minister Justin Trudeau said on Monday he had raised the matter with Indian "
            "Prime Minister Narendra Modi at the G20 summit in New Delhi."
        ),
        published=date(2023, 9, 19),
        title="t",
        url="u",
    )
    rows = [e for e in extract_events(article) if e.event_type == "statement"]
    assert all("summit" not in e.title.lower() and e.location != "New Delhi" for e in rows)


def _camp_david(**kw) -> Event:
    sentence = (
        "Biden hosted Kishida and Yoon at Camp David on Friday, the first stand-alone summit of the "
        "three countries' leaders."
    )
    word = kw.pop("word")
    base = dict(
        title="Joe Biden hosts Fumio Kishida at Camp David",
        actors=("Joe Biden", "Fumio Kishida"),
        countries=("USA", "JPN"),
        location="Camp David",
        location_country="USA",
        date_start="2023-08-18",
        date_end="2023-08-18",
        published="2023-08-19",
        evidence=sentence,
        trigger=word,
        trigger_start=sentence.index(word),
        trigger_end=sentence.index(word) + len(word),
    )
    base.update(kw)
    return _told(**base)


def test_summit_set_off_as_apposition_is_the_hosting_it_renames():
    hosting = _camp_david(event_type="visit", word="hosted")
    summit = _camp_david(
        event_type="summit", word="summit", title="Joe Biden and Fumio Kishida attend a summit in Camp David"
    )
    events, _ = merge_mentions([], [hosting, summit])
    assert [e.event_type for e in events] == ["summit"]


def test_the_meeting_named_back_does_not_relabel_the_summit():
    summit = _camp_david(
        event_type="summit", word="summit", title="Joe Biden and Fumio Kishida attend a summit in Camp David"
    )
    sentence = "Biden called the meeting historic."
    back = _told(
        event_type="meeting",
        title="Joe Biden and Fumio Kishida meet",
        actors=("Joe Biden", "Fumio Kishida"),
        countries=("USA", "JPN"),
        date_start="2023-08-18",
        date_end="2023-08-18",
        published="2023-08-19",
        evidence=sentence,
        evidence_start=200,
        trigger="meeting",
        trigger_start=200 + sentence.index("meeting"),
        trigger_end=200 + sentence.index("meeting") + 7,
    )
    events, _ = merge_mentions([], [summit, back])
    assert [e.event_type for e in events] == ["summit"]

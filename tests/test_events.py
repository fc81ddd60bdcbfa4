"""Unit tests per stage of event extraction (issue #4): sentences, triggers, status, dating, titles."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import context, extract_events, split_sentences
from pipeline.events.context import KnownSpan, Mention
from pipeline.events.dating import (
    DateChoice,
    anniversary_choice,
    assign_time_expressions,
    clause_spans,
    fix_past_year,
    publication_choice,
    with_knowledge,
)
from pipeline.events.status import read_status
from pipeline.events.titles import make_title
from pipeline.events.triggers import find_triggers
from pipeline.models import Article, TimeExpression

# --- sentences ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Xi met U.S. President Joe Biden on Feb. 3. They talked.",
            ["Mr. Xi met U.S. President Joe Biden on Feb. 3.", "They talked."],
        ),
        (
            'Gen. Smith said: "It went well." Dr. Jones agreed.',
            ['Gen. Smith said: "It went well."', "Dr. Jones agreed."],
        ),
        (
            "The envoy met John F. Kennedy Jr. in St. Louis. Then he left.",
            ["The envoy met John F. Kennedy Jr. in St. Louis.", "Then he left."],
        ),
        ("No. 10 said no. Talks ended.", ["No. 10 said no.", "Talks ended."]),
        (
            "Headline without a full stop\nFirst sentence. Second one?",
            ["Headline without a full stop", "First sentence.", "Second one?"],
        ),
    ],
)
def test_split_sentences_respects_abbreviations_and_lines(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_split_sentences_stays_inside_content_spans():
    text = "Advertisement\nThe ministers met in Paris. They agreed.\nShare this"
    start = text.index("The")
    end = text.index("\nShare")
    got = [text[s:e] for s, e in split_sentences(text, [(start, end)])]
    assert got == ["The ministers met in Paris.", "They agreed."]


# --- triggers -----------------------------------------------------------------------------------


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.event_type) for t in find_triggers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders met in Beijing.", [("met", "meeting")]),
        ("The plant cannot meet the demand for power.", []),
        ("Exports failed to meet expectations.", []),
        ("Blinken's first visit to China", [("visit", "visit")]),
        ("Each website visit is counted.", []),
        ("They hope to strike a deal soon.", [("deal", "agreement")]),
        ("A drone strike hit the port.", [("drone strike", "military")]),
        ("Teachers joined a general strike.", [("general strike", "protest")]),
        ("The ministers signed a trade agreement.", [("signed", "agreement"), ("agreement", "agreement")]),
        ("The EU imposed new sanctions on Iran.", [("imposed new sanctions", "sanction")]),
        ("Russia's invasion of Ukraine", [("invasion", "military")]),
        ("the first anniversary of the war", [("anniversary", "commemoration")]),
        ("He was sworn in as president.", [("sworn in", "leadership")]),
    ],
)
def test_triggers_are_typed_and_sense_filtered(sentence, expected):
    assert _types(sentence) == expected


def test_trigger_offsets_point_into_text():
    text = "Leaders held  talks\nin Rome and then phoned Macron."
    for t in find_triggers(text):
        assert text[t.start : t.end] == t.text


# --- status and evidentiality ---------------------------------------------------------------------


def _status(sentence: str, word: str) -> tuple[str, str]:
    trig = next(t for t in find_triggers(sentence) if t.text == word)
    r = read_status(sentence, trig, 0, len(sentence))
    return r.status, r.evidentiality


@pytest.mark.parametrize(
    ("sentence", "word", "status"),
    [
        ("Macron met Scholz in Berlin on Monday.", "met", "occurred"),
        ("Macron did not meet Scholz.", "meet", "denied"),
        ("The minister has no plans to visit Tehran.", "visit", "denied"),
        ("Xi is expected to visit Moscow.", "visit", "expected"),
        ("Modi will visit Washington next month.", "visit", "planned"),
        ("The summit was postponed until June.", "summit", "postponed"),
        ("The talks were called off at the last minute.", "talks", "cancelled"),
        ("If the talks fail, sanctions may follow.", "talks", "hypothetical"),
        ("Beijing has not yet confirmed the visit.", "visit", "expected"),
        ("Lula is set to travel for a state visit in April.", "state visit", "planned"),
    ],
)
def test_status_from_cues(sentence, word, status):
    assert _status(sentence, word)[0] == status


def test_statement_status_ignores_the_future_it_reports():
    sentence = "The ministry said in a statement the visit will be a major event."
    assert _status(sentence, "said in a statement")[0] == "occurred"


@pytest.mark.parametrize(
    ("sentence", "word", "evidentiality"),
    [
        ("The envoy will reportedly visit Kyiv this week.", "visit", "reported"),
        ("According to state media, the leaders met on Friday.", "met", "reported"),
        ("Analysts say the leaders could meet soon.", "meet", "speculative"),
        ("The leaders met on Friday.", "met", "asserted"),
    ],
)
def test_evidentiality_from_cues(sentence, word, evidentiality):
    assert _status(sentence, word)[1] == evidentiality


# --- dating ---------------------------------------------------------------------------------------


def _tx(text: str, phrase: str, start: date, end: date, gran: str, value: str) -> TimeExpression:
    i = text.index(phrase)
    return TimeExpression(i, i + len(phrase), phrase, "DATE", value, start, end, gran)


def test_each_time_expression_dates_the_nearest_trigger_of_its_clause():
    text = "Russia's invasion of Ukraine, which was followed by sanctions, approaches its first anniversary on February 24."
    trigs = find_triggers(text)
    tx = _tx(text, "February 24", date(2023, 2, 24), date(2023, 2, 24), "day", "2023-02-24")
    got = assign_time_expressions(trigs, [tx], clause_spans(text, 0, len(text)))
    by_word = {trigs[i].text: v.text for i, v in got.items()}
    assert by_word == {"anniversary": "February 24"}


def test_unclaimed_expression_in_another_clause_dates_the_sentence_event():
    text = "Blinken's first visit to China, reportedly to take place this weekend, was announced."
    trigs = [t for t in find_triggers(text) if t.event_type == "visit"]
    tx = _tx(text, "this weekend", date(2023, 2, 4), date(2023, 2, 5), "weekend", "2023-W05-WE")
    got = assign_time_expressions(trigs, [tx], clause_spans(text, 0, len(text)))
    assert got[0].text == "this weekend"


def test_past_event_in_a_later_month_of_the_year_moves_back_a_year():
    choice = DateChoice("2023-09-01", "2023-09-30", "month", "2023-09", "in September", "text")
    fixed = fix_past_year(choice, date(2023, 1, 31))
    assert (fixed.date_start, fixed.date_end, fixed.value) == ("2022-09-01", "2022-09-30", "2022-09")
    explicit = DateChoice("2023-09-01", "2023-09-30", "month", "2023-09", "September 2023", "text")
    assert fix_past_year(explicit, date(2023, 1, 31)) == explicit


def test_this_or_next_season_keeps_the_year_the_words_give():
    # "this summer" in May is the coming summer of the same year, never last year's.
    summer = DateChoice("2024-06-01", "2024-08-31", "season", "2024-SU", "this summer", "text")
    assert fix_past_year(summer, date(2024, 5, 6)) == summer
    bare = DateChoice("2024-06-01", "2024-08-31", "season", "2024-SU", "in the summer", "text")
    assert fix_past_year(bare, date(2024, 5, 6)).value == "2023-SU"


class _Known:
    def __init__(self, name, start, end, location=None, country=None):
        self.name, self.date_start, self.date_end = name, start, end
        self.location, self.location_country, self.lat, self.lon = location, country, None, None


def test_knowledge_narrows_a_month_to_the_summit_days_and_keeps_the_words():
    k = KnownSpan(0, 10, _Known("SCO summit", date(2022, 9, 15), date(2022, 9, 16)))
    month = DateChoice("2022-09-01", "2022-09-30", "month", "2022-09", "in September", "text")
    got = with_knowledge(month, k)
    assert (got.date_start, got.date_end, got.basis, got.text) == (
        "2022-09-15",
        "2022-09-16",
        "knowledge",
        "in September",
    )
    other_year = DateChoice("2019-09-01", "2019-09-30", "month", "2019-09", "September 2019", "text")
    assert with_knowledge(other_year, k) == other_year


def test_anniversary_of_a_known_event_is_computed():
    text = "Crowds marked the first anniversary of the invasion."
    trig = next(t for t in find_triggers(text) if t.event_type == "commemoration")
    i = text.index("the invasion")
    k = KnownSpan(i, i + len("the invasion"), _Known("invasion", date(2022, 2, 24), date(2022, 2, 24)))
    got = anniversary_choice(text, trig, [k], 0, len(text))
    assert (got.date_start, got.basis) == ("2023-02-24", "knowledge")


def test_publication_fallback_only_for_finite_reports_of_the_day():
    text = "The ministers met in Rome. The ministers had met before. The visit was useful."
    met = find_triggers(text)[0]
    had = find_triggers(text)[1]
    visit = find_triggers(text)[2]
    pub = date(2023, 5, 10)
    assert publication_choice(text, met, "occurred", pub, 0).basis == "publication"
    assert publication_choice(text, met, "planned", pub, 0).basis == "none"
    assert publication_choice(text, had, "occurred", pub, text.index("The ministers had")).basis == "none"
    assert publication_choice(text, visit, "occurred", pub, text.index("The visit")).basis == "none"


# --- titles ---------------------------------------------------------------------------------------


def test_titles_read_like_an_analyst_label():
    assert make_title(
        "meeting", ["Xi Jinping", "Vladimir Putin"], ["CHN", "RUS"], "Samarkand", "occurred", "SCO summit"
    ) == ("Xi Jinping and Vladimir Putin meet at the SCO summit")
    assert (
        make_title("visit", ["Antony Blinken"], ["USA", "CHN"], "China", "planned")
        == "Antony Blinken visits China (planned)"
    )
    assert (
        make_title("sanction", [], ["RUS"], None, "occurred", country_name=lambda c: "Russia")
        == "Sanctions: Russia"
    )
    assert (
        make_title("sanction", ["European Union"], ["RUS"], None, "occurred")
        == "European Union imposes sanctions"
    )
    assert (
        make_title("visit", [], ["CHN"], "China", "expected", country_name=lambda c: "China")
        == "Visit to China (expected)"
    )
    assert (
        make_title(
            "military",
            [],
            ["RUS", "UKR"],
            None,
            "occurred",
            "Russia's invasion of Ukraine",
            named_by_trigger=True,
        )
        == "Russia's invasion of Ukraine"
    )
    assert (
        make_title("commemoration", [], [], None, "planned", "Russia's invasion of Ukraine")
        == "Anniversary of Russia's invasion of Ukraine (planned)"
    )


# --- the whole extraction, with the sibling stages replaced by fixed answers ----------------------

TEXT = (
    "Foreign ministers meet in Paris\n\n"
    "French Foreign Minister Anne Marie met German Foreign Minister Hans Weber in Paris on Monday. "
    "Weber's visit to Poland is expected next month, officials said. "
    "Meanwhile, prices failed to meet expectations, an economist said.\n"
)
PUB = date(2024, 3, 6)


def _fake_entities(text, published, spans):
    out = []
    for phrase, kind, name, country in [
        ("French Foreign Minister Anne Marie", "person", "Anne Marie", "FRA"),
        ("German Foreign Minister Hans Weber", "person", "Hans Weber", "DEU"),
        ("Weber", "person", "Hans Weber", "DEU"),
        ("Paris", "place", "Paris", "FRA"),
        ("Poland", "country", "Poland", "POL"),
    ]:
        start = 0
        while (i := text.find(phrase, start)) >= 0:
            if not any(m.start <= i < m.end for m in out):
                out.append(
                    Mention(
                        i,
                        i + len(phrase),
                        phrase,
                        kind,
                        name,
                        country,
                        "Foreign Minister" if kind == "person" else "",
                    )
                )
            start = i + len(phrase)
    return sorted(out, key=lambda m: m.start)


def _fake_timex(text, dct):
    out = []
    if "on Monday" in text:
        out.append(_tx(text, "on Monday", date(2024, 3, 4), date(2024, 3, 4), "day", "2024-03-04"))
    if "next month" in text:
        out.append(_tx(text, "next month", date(2024, 4, 1), date(2024, 4, 30), "month", "2024-04"))
    return out


@pytest.fixture
def fake_stages(monkeypatch):
    monkeypatch.setattr(context, "entities", _fake_entities)
    monkeypatch.setattr(context, "time_expressions", _fake_timex)
    monkeypatch.setattr(context, "known_events", lambda *a, **k: [])
    monkeypatch.setattr(context, "content_spans", lambda text: None)


def test_extract_events_end_to_end_with_fixed_stages(fake_stages):
    rows = extract_events(Article(text=TEXT, published=PUB, url="https://example.org/a"))
    meeting = next(r for r in rows if r.event_type == "meeting" and r.trigger == "met")
    assert meeting.actors == ("Anne Marie", "Hans Weber")
    assert set(meeting.countries) >= {"FRA", "DEU"}
    assert (meeting.date_start, meeting.date_basis, meeting.location, meeting.status) == (
        "2024-03-04",
        "text",
        "Paris",
        "occurred",
    )
    visit = next(r for r in rows if r.event_type == "visit")
    assert visit.actors == ("Hans Weber",) and visit.location_country == "POL"
    assert visit.status == "expected" and visit.date_start == "2024-04-01"
    assert visit.title == "Hans Weber visits Poland (expected)"
    assert not any("prices" in r.evidence and r.event_type == "meeting" for r in rows)
    assert not any(r.event_type == "statement" and "economist" in r.evidence for r in rows)
    for r in rows:
        assert TEXT[r.trigger_start : r.trigger_end] == r.trigger
        assert TEXT[r.evidence_start : r.evidence_end] == r.evidence


def test_same_input_gives_the_same_event_ids(fake_stages):
    a = [r.event_id for r in extract_events(Article(text=TEXT, published=PUB))]
    b = [r.event_id for r in extract_events(Article(text=TEXT, published=PUB))]
    assert a == b and len(set(a)) == len(a)
    assert [r.event_id for r in extract_events(Article(text=TEXT, published=PUB), article_id="x")] != a


def test_extract_events_on_empty_text_returns_nothing():
    assert extract_events(Article(text="   ")) == []


# --- behaviours added while reading the demo timeline row by row ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The demands were met last week.", []),
        ("The plan was met with scepticism.", []),
        ("The two envoys were meeting in Doha.", [("meeting", "meeting")]),
        ("The summit was hosted by India.", [("summit", "summit")]),
    ],
)
def test_passive_met_and_hosted_by_are_no_events(sentence, expected):
    assert _types(sentence) == expected


def test_bounding_prepositions_do_not_date_the_event():
    text = "It was the first visit by a foreign minister since 2018."
    trigs = find_triggers(text)
    i = text.index("2018")
    tx = TimeExpression(i, i + 4, "2018", "DATE", "2018", date(2018, 1, 1), date(2018, 12, 31), "year")
    assert assign_time_expressions(trigs, [tx], clause_spans(text, 0, len(text)), text) == {}


def test_a_time_expression_prefers_the_trigger_on_its_left():
    text = "The bloc will hold a summit in Abuja on Sunday to discuss the coup."
    trigs = find_triggers(text)
    i = text.index("Sunday")
    tx = TimeExpression(i, i + 6, "Sunday", "DATE", "2023-07-30", date(2023, 7, 30), date(2023, 7, 30), "day")
    got = assign_time_expressions(trigs, [tx], clause_spans(text, 0, len(text)), text)
    assert {trigs[k].text: v.text for k, v in got.items()} == {"summit": "Sunday"}


def test_a_dated_report_clause_does_not_date_the_other_clauses():
    text = "Blinken has postponed his visit to Beijing, officials said on Friday."
    trigs = [t for t in find_triggers(text) if t.event_type == "visit"]
    i = text.index("Friday")
    tx = TimeExpression(i, i + 6, "Friday", "DATE", "2023-02-03", date(2023, 2, 3), date(2023, 2, 3), "day")
    assert assign_time_expressions(trigs, [tx], clause_spans(text, 0, len(text)), text) == {}


def test_status_cues_stay_in_the_trigger_clause():
    sentence = "The bloc will hold an emergency summit on Sunday, to discuss the coup."
    assert _status(sentence, "coup")[0] == "occurred"
    assert _status(sentence, "summit")[0] == "planned"


def test_past_weekday_resolved_forward_moves_back_a_week_not_a_year():
    choice = DateChoice("2023-03-27", "2023-03-27", "day", "2023-03-27TEV", "Monday evening", "text")
    fixed = fix_past_year(choice, date(2023, 3, 21))
    assert (fixed.date_start, fixed.value) == ("2023-03-20", "2023-03-20TEV")


PARENTHESIS = (
    "Sweden, which holds the rotating EU presidency, said in a statement that the package was agreed."
)


def _parenthesis_entities(text, published, spans):
    out = []
    for phrase, kind, name, country in [
        ("Sweden", "country", "Sweden", "SWE"),
        ("EU", "body", "European Union", None),
    ]:
        i = text.index(phrase)
        out.append(Mention(i, i + len(phrase), phrase, kind, name, country))
    return sorted(out, key=lambda m: m.start)


def test_a_speaker_is_not_hidden_by_a_parenthesis(monkeypatch):
    monkeypatch.setattr(context, "entities", _parenthesis_entities)
    monkeypatch.setattr(context, "time_expressions", lambda text, dct: [])
    monkeypatch.setattr(context, "known_events", lambda *a, **k: [])
    monkeypatch.setattr(context, "content_spans", lambda text: None)
    rows = extract_events(Article(text=PARENTHESIS, published=date(2023, 2, 26)))
    statement = next(r for r in rows if r.event_type == "statement")
    assert statement.countries == ("SWE",) and statement.evidentiality == "official"


def _date_words(text: str, words: dict[str, tuple[date, date]]) -> dict[str, str]:
    """Which trigger each time expression dates: {trigger text: timex text}."""
    trigs = find_triggers(text)
    txs = []
    for phrase, (a, b) in words.items():
        i = text.index(phrase)
        txs.append(TimeExpression(i, i + len(phrase), phrase, "DATE", a.isoformat(), a, b, "day"))
    got = assign_time_expressions(trigs, txs, clause_spans(text, 0, len(text)), text)
    return {trigs[k].text: v.text for k, v in got.items()}


def test_a_statement_is_not_dated_by_what_it_reports():
    text = "The car was found at the airport in December, investigators said."
    assert "said" not in _date_words(text, {"December": (date(1998, 12, 1), date(1998, 12, 31))})
    text = "New Zealand said Friday it backed the strikes."
    assert _date_words(text, {"Friday": (date(1998, 8, 21), date(1998, 8, 21))}) == {"said": "Friday"}


def test_the_clause_verb_takes_the_time_adverbial_before_a_noun():
    text = "The council condemned the bombing of the embassies on Thursday."
    assert _date_words(text, {"Thursday": (date(1998, 8, 13), date(1998, 8, 13))}) == {
        "condemned": "Thursday"
    }


def test_a_far_off_edition_of_a_known_event_is_ignored():
    k = KnownSpan(0, 10, _Known("NATO summit", date(2024, 7, 9), date(2024, 7, 11)))
    april = DateChoice("1999-04-01", "1999-04-30", "month", "1999-04", "in April", "text")
    assert with_knowledge(april, k, date(1999, 3, 12)) == april
    assert with_knowledge(april, k).basis == "knowledge"  # without a publication date we cannot tell


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lula pledged to fight deforestation.", []),
        ("Germany pledged 500 million euros.", [("pledged", "aid")]),
        ("It was a deal announced in Beijing.", [("deal", "agreement")]),
        ("The ministry announced new measures.", [("announced", "statement")]),
    ],
)
def test_promises_and_participles_are_not_aid_or_statements(sentence, expected):
    assert _types(sentence) == expected


def test_finite_verbs_inside_noun_entries_keep_their_tense():
    said = next(
        t for t in find_triggers("Havel said in a statement that it mattered.") if t.event_type == "statement"
    )
    assert said.finite_form == "past" and not said.nominal
    noun = next(t for t in find_triggers("The statement was short.") if t.event_type == "statement")
    assert noun.nominal and noun.finite_form == ""


def test_an_explicitly_past_month_is_not_moved_into_the_future():
    from pipeline.events.dating import fix_future_year

    last = DateChoice("2022-11-01", "2022-11-30", "month", "2022-11", "last November", "text")
    assert fix_future_year(last, date(2023, 6, 15)) == last
    march = DateChoice("2023-03-01", "2023-03-31", "month", "2023-03", "in March", "text")
    assert fix_future_year(march, date(2023, 6, 15)).date_start == "2024-03-01"


def test_bodies_hold_summits_rather_than_attend_them():
    assert (
        make_title("summit", ["NATO"], ["LTU"], "Vilnius", "occurred", bodies=["NATO"])
        == "NATO summit in Vilnius"
    )
    assert (
        make_title("summit", ["Joe Biden"], ["USA"], "Vilnius", "occurred")
        == "Joe Biden attends a summit in Vilnius"
    )


SURNAME = "Secretary of State Ana Lopez flew home. Critics doubted [Lopez's visit] had helped."


def test_a_bare_surname_possessor_is_the_person_named_before(monkeypatch):
    def ents(text, published, spans):
        i = text.index("Secretary of State Ana Lopez")
        return [Mention(i, i + 28, text[i : i + 28], "person", "Ana Lopez", "ESP", "Minister")]

    monkeypatch.setattr(context, "entities", ents)
    monkeypatch.setattr(context, "time_expressions", lambda text, dct: [])
    monkeypatch.setattr(context, "known_events", lambda *a, **k: [])
    monkeypatch.setattr(context, "content_spans", lambda text: None)
    import pipeline.events.extract as extract_module

    # The undated visit is background the final filter drops; here only its who is under test.
    monkeypatch.setattr(extract_module, "_without_lonely_background", lambda events, nominal: events)
    visit = next(
        r
        for r in extract_events(Article(text=SURNAME, published=date(2024, 1, 5)))
        if r.event_type == "visit"
    )
    assert visit.actors == ("Ana Lopez",)


# --- who and when in the demo quality pass (issue #4) ----------------------------------------------


def _events(text: str, published: str = "2023-05-10"):
    return extract_events(Article(text=text, published=date.fromisoformat(published), title="t", url="u"))


def test_a_subject_pronoun_takes_the_person_named_first_in_the_previous_sentence():
    text = (
        "German Chancellor Olaf Scholz arrived in Rome on Tuesday for talks with Italian Prime Minister "
        "Giorgia Meloni. He also visited the Senate later on Tuesday."
    )
    visits = [e for e in _events(text) if e.trigger == "visited"]
    assert visits and visits[0].actors == ("Olaf Scholz",)


def test_the_two_leaders_are_the_two_people_of_the_last_event():
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. "
        "The two leaders criticised the new tariffs."
    )
    crit = [e for e in _events(text) if e.event_type == "criticism"]
    assert crit and set(crit[0].actors) == {"Emmanuel Macron", "Olaf Scholz"}


def test_a_row_with_no_recoverable_who_is_dropped():
    text = "The weather was mild in the capital on Monday. Negotiations dragged on for hours."
    assert not [e for e in _events(text) if e.event_type == "negotiation"]


def test_unowned_talks_take_the_participants_of_the_paragraphs_last_gathering():
    text = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz held informal talks in Paris "
        "on Monday, and formal negotiations are set for Wednesday."
    )
    neg = [e for e in _events(text, "2023-05-09") if e.trigger == "negotiations"]
    assert neg and set(neg[0].actors) == {"Emmanuel Macron", "Olaf Scholz"}
    assert neg[0].date_start == "2023-05-10" and neg[0].status == "planned"


def test_a_cited_treaty_name_is_not_an_event_and_its_year_dates_nothing():
    text = (
        "European Union ministers agreed on Friday on new emission rules. The rules build on the 2015 "
        "Paris Agreement, officials said."
    )
    evs = _events(text, "2023-05-13")
    assert not [e for e in evs if e.trigger == "Agreement"]
    assert not [e for e in evs if (e.date_start or "").startswith("2015")]


def test_a_past_verb_does_not_take_a_future_date_from_the_sentence_before():
    text = (
        "The new trade rules are to take effect on March 1 next year. German Chancellor Olaf Scholz said "
        "in a statement that Germany had always backed them."
    )
    said = [e for e in _events(text, "2023-05-10") if e.trigger == "said in a statement"]
    assert said and said[0].status == "occurred"
    assert said[0].date_start is None or said[0].date_start <= "2023-05-10"


def test_the_meeting_called_off_is_the_summit_just_named_not_an_earlier_meeting():
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Wednesday. "
        "Macron had planned a summit with Italian Prime Minister Giorgia Meloni in Rome, but Italy called "
        "the meeting off on Tuesday."
    )
    meeting = [e for e in _events(text, "2023-05-11") if e.trigger == "meeting"]
    assert meeting and "Olaf Scholz" not in meeting[0].actors


def test_a_bloc_adjective_names_the_collective_actor_of_unowned_sanctions():
    text = "The blockade, which prompted Western-led sanctions, entered its third month on Monday."
    sanc = [e for e in _events(text) if e.event_type == "sanction"]
    assert sanc and sanc[0].actors == ("Western countries",)


def test_a_background_date_in_a_relative_clause_does_not_date_the_main_event():
    text = (
        "The NATO summit, which marks 75 years since the founding of the alliance in Washington in 1949, "
        "closes on Thursday."
    )
    summits = [e for e in _events(text, "2024-07-10") if e.event_type == "summit"]
    assert summits and (summits[0].date_start or "").startswith("2024")


def test_a_date_across_after_orders_events_and_does_not_date_the_later_clause():
    text = "Finland applied to join NATO in May 2022, after Russia invaded Ukraine."
    inv = [e for e in _events(text, "2023-04-05") if e.trigger == "invaded"]
    assert inv and inv[0].date_start != "2022-05-01"


def test_a_postponement_on_a_weekday_is_the_past_weekday():
    text = (
        "German Chancellor Olaf Scholz postponed his planned visit to Beijing on Friday, calling the "
        "delay unavoidable."
    )
    visit = [e for e in _events(text, "2023-02-05") if e.trigger == "visit"]
    assert visit and visit[0].status == "postponed" and visit[0].date_start == "2023-02-03"


def test_called_the_meeting_off_cancels_it():
    text = (
        "Italian Prime Minister Giorgia Meloni had planned a summit with German Chancellor Olaf Scholz, "
        "but Italy called the meeting off on Tuesday."
    )
    meeting = [e for e in _events(text, "2023-10-18") if e.trigger == "meeting"]
    assert meeting and meeting[0].status == "cancelled"


def test_a_verb_done_at_a_dated_meeting_takes_the_meetings_date():
    text = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz agreed to the plan at their "
        "meeting in Paris last November."
    )
    agreed = [e for e in _events(text, "2023-06-15") if e.event_type == "agreement"]
    assert agreed and (agreed[0].date_start, agreed[0].date_end) == ("2022-11-01", "2022-11-30")


def test_publication_fallback_is_the_day_before_to_the_publication_day_as_a_range():
    text = "The ministers met in Rome."
    got = publication_choice(text, find_triggers(text)[0], "occurred", date(2023, 5, 10), 0)
    assert (got.date_start, got.date_end, got.granularity, got.value) == (
        "2023-05-09",
        "2023-05-10",
        "range",
        None,
    )


def test_the_two_leaders_with_a_place_still_get_their_names_from_the_article():
    text = (
        "French President Emmanuel Macron will meet German Chancellor Olaf Scholz in Berlin on Friday.\n\n"
        "Officials expect little progress on trade.\n\nThe two leaders last met in Rome in May 2022."
    )
    met = [e for e in _events(text, "2023-05-10") if e.trigger == "met"]
    assert met and set(met[0].actors) == {"Emmanuel Macron", "Olaf Scholz"} and met[0].location == "Rome"


def test_the_speaker_of_a_report_is_not_a_participant_of_the_reported_talks():
    text = "The Kremlin has said that French President Emmanuel Macron will hold talks with Olaf Scholz."
    talks = [e for e in _events(text) if e.event_type == "meeting"]
    assert talks and set(talks[0].actors) == {"Emmanuel Macron", "Olaf Scholz"}


def test_travel_verbs_are_visits_to_the_place_after_them():
    text = "German Chancellor Olaf Scholz will travel to Beijing on Friday."
    visits = [e for e in _events(text, "2023-05-10") if e.event_type == "visit"]
    assert visits and visits[0].actors == ("Olaf Scholz",) and visits[0].location == "Beijing"
    assert visits[0].status == "planned" and visits[0].date_start == "2023-05-12"


def test_a_group_named_after_a_reporting_verb_is_the_actor_not_the_speaker():
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. "
        "The Elysee said the two leaders would sign a joint declaration."
    )
    sign = [e for e in _events(text) if e.trigger == "sign"]
    assert sign and set(sign[0].actors) == {"Emmanuel Macron", "Olaf Scholz"}


def test_it_welcomed_an_effort_is_no_visit():
    text = "The White House said it welcomed any effort to end the fighting in Sudan."
    assert not [e for e in _events(text) if e.event_type == "visit"]


def test_cutting_ties_is_a_reduction_of_relations_typed_as_a_sanction():
    """CAMEO puts breaking relations (161) under the same root 16 as sanctions, and held-out sets
    1-3 read it as a sanction; PLOVER REDUCE and CAMEO 161 keep the finer reading."""
    text = "Morocco and Algeria cut ties in 2021."
    cut = [e for e in _events(text) if e.trigger == "cut ties"]
    assert cut and (cut[0].event_type, cut[0].plover, cut[0].cameo) == ("sanction", "REDUCE", "161")
    assert cut[0].date_start == "2021-01-01"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Saudi Arabia severed diplomatic relations with Qatar on Monday.", "severed diplomatic relations"),
        ("Nicaragua said on Saturday it was breaking ties with Ecuador.", "breaking ties"),
        (
            "Venezuela said on Monday it was withdrawing its own staff from Chile.",
            "withdrawing its own staff",
        ),
        (
            "On Thursday Ecuador declared Mexico's ambassador persona non grata.",
            "declared Mexico's ambassador persona non grata",
        ),
        (
            "Saudi Arabia said on Monday it was closing its land border with Qatar.",
            "closing its land border with",
        ),
    ],
)
def test_measures_against_a_state_are_sanctions(sentence, trigger):
    rows = [e for e in _events(sentence, "2024-04-06") if e.event_type == "sanction"]
    assert [e.trigger for e in rows] == [trigger]


def test_a_pledge_to_act_is_no_aid_but_a_sum_offered_is():
    assert "aid" not in [
        t for _, t in _types("Armenia and Azerbaijan pledged at the White House on Friday to end the war.")
    ]
    assert ("offering", "aid") in _types(
        "China hosted Kazakhstan on Friday, offering 26 billion yuan in grants."
    )


def test_a_past_verb_after_after_is_background_not_todays_news():
    text = "Finland applied to join NATO last year, after Russia invaded Ukraine."
    inv = [e for e in _events(text, "2023-04-05") if e.trigger == "invaded"]
    assert inv and inv[0].date_basis != "publication"


def test_titles_use_the_entrys_phrase_agreeing_is_not_signing():
    text = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz agreed on Monday to cut tariffs."
    )
    agreed = [e for e in _events(text) if e.event_type == "agreement"]
    assert agreed and agreed[0].title == "Emmanuel Macron and Olaf Scholz reach an agreement"
    assert make_title("agreement", ["A B"], [], None, "occurred", phrase=("x", "does x")) == "A B does x"


def test_the_subject_of_a_light_verb_is_the_traveller_and_the_participle_meets():
    text = (
        "German Chancellor Olaf Scholz made an unannounced visit to Kyiv on Monday, meeting "
        "Ukrainian President Volodymyr Zelensky."
    )
    evs = _events(text, "2023-02-21")
    visit = [e for e in evs if e.event_type == "visit"]
    meeting = [e for e in evs if e.event_type == "meeting"]
    assert visit and visit[0].actors == ("Olaf Scholz",) and visit[0].location == "Kyiv"
    assert meeting and set(meeting[0].actors) == {"Olaf Scholz", "Volodymyr Zelensky"}


def test_where_he_met_adds_the_pronouns_person_to_the_object():
    text = (
        "German Chancellor Olaf Scholz travelled to Kyiv on Tuesday, where he met Ukrainian President "
        "Volodymyr Zelensky."
    )
    met = [e for e in _events(text, "2023-03-23") if e.trigger == "met"]
    assert met and set(met[0].actors) == {"Olaf Scholz", "Volodymyr Zelensky"}


def test_a_place_and_its_country_between_commas_do_not_cut_the_clause():
    text = (
        "West African leaders will hold an emergency summit in Abuja, Nigeria, on Sunday to discuss the coup."
    )
    summit = [e for e in _events(text, "2023-07-29") if e.event_type == "summit"]
    assert summit and summit[0].date_start == "2023-07-30" and summit[0].status == "planned"
    assert clause_spans(text, 0, len(text)) == [(0, len(text))]


def test_a_vote_on_a_resolution_is_no_election():
    text = "Israel's ambassador to the UN, Gilad Erdan, denounced the vote on Friday."
    assert not [e for e in _events(text, "2023-10-28") if e.event_type == "leadership"]


def test_a_travel_verbs_object_is_its_place_not_the_person_met_next():
    text = "US President Joe Biden arrived in Tel Aviv on Wednesday and met Israeli Prime Minister Benjamin Netanyahu."
    visit = [e for e in _events(text, "2023-10-18") if e.event_type == "visit"]
    assert visit and visit[0].actors == ("Joe Biden",) and visit[0].location == "Tel Aviv"


def test_an_unowned_event_that_is_only_a_topic_makes_no_row():
    text = (
        "West African leaders will hold an emergency summit in Abuja, Nigeria, on Sunday to discuss the coup."
    )
    assert not [e for e in _events(text, "2023-07-29") if e.trigger == "coup"]


def test_the_visit_refers_to_the_visit_not_to_later_talks_of_another_type():
    text = (
        "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit. Xi and Russian President "
        "Vladimir Putin held talks on Monday, and formal negotiations are set for Tuesday.\n\n"
        "Analysts said the visit would please Moscow."
    )
    visit = [
        e for e in _events(text, "2023-03-21") if e.trigger == "visit" and e.evidence.startswith("Analysts")
    ]
    assert visit and visit[0].actors == ("Xi Jinping",)


def test_a_lodged_protest_and_a_summoned_envoy_are_criticism_not_street_protests():
    text = "Japan's foreign ministry lodged a protest with Beijing on Thursday."
    crit = [e for e in _events(text, "2022-08-05") if e.event_type in ("criticism", "protest")]
    assert crit and crit[0].event_type == "criticism" and crit[0].date_start == "2022-08-04"


def test_suspended_talks_are_cancelled():
    text = "China said on Friday it was suspending talks with the United States on climate change."
    talks = [e for e in _events(text, "2022-08-06") if e.trigger == "talks"]
    assert talks and talks[0].status == "cancelled"


def test_joining_nato_is_an_accession_agreement_titled_by_the_country():
    text = "Finland formally joined NATO on Tuesday in Brussels."
    joined = [e for e in _events(text, "2023-04-05") if e.event_type == "agreement"]
    assert (
        joined and joined[0].title.startswith("Finland joins NATO") and joined[0].date_start == "2023-04-04"
    )


def test_leaving_at_the_end_of_a_visit_names_the_visitor():
    text = "Chinese President Xi Jinping left Moscow on Wednesday at the end of a three-day state visit."
    visit = [e for e in _events(text, "2023-03-23") if e.event_type == "visit"]
    assert visit and visit[0].actors == ("Xi Jinping",)


def test_an_adverb_before_a_past_verb_keeps_it_a_verb_dated_by_the_statement_reporting_it():
    text = "Japan's foreign ministry said on Sunday that it strongly protested the missile launch."
    crit = [e for e in _events(text, "2023-02-06") if e.event_type == "criticism"]
    assert crit and crit[0].actors and crit[0].date_start == "2023-02-05"
    assert find_triggers(text)[1].nominal is False and find_triggers(text)[1].finite_form == "past"


def test_two_coordinated_days_date_the_event_over_both():
    text = "NATO leaders gather in the Lithuanian capital on Tuesday and Wednesday for a summit."
    summit = [e for e in _events(text, "2023-07-11") if e.event_type == "summit"]
    assert summit and (summit[0].date_start, summit[0].date_end) == ("2023-07-11", "2023-07-12")
    assert summit[0].status == "planned"
    assert (summit[0].date_granularity, summit[0].date_value) == ("range", None)


def test_two_days_of_exercises_from_thursday_span_two_days():
    text = "China's military began two days of large-scale exercises around Taiwan on Thursday."
    mil = [e for e in _events(text, "2024-05-24") if e.event_type == "military"]
    assert mil and (mil[0].date_start, mil[0].date_end, mil[0].date_granularity) == (
        "2024-05-23",
        "2024-05-24",
        "range",
    )


def test_an_election_earlier_this_month_is_not_planned():
    text = "Donald Trump won the US presidential election earlier this month."
    elec = [e for e in _events(text, "2024-11-17") if e.event_type == "leadership"]
    assert elec and elec[0].status == "occurred"


def test_russia_invaded_ukraine_is_the_known_invasion():
    text = "Sweden applied to join NATO in May 2022, after Russia invaded Ukraine."
    inv = [e for e in _events(text, "2024-03-08") if e.event_type == "military"]
    assert inv and (inv[0].date_start, inv[0].date_basis) == ("2022-02-24", "knowledge")


def test_a_speech_is_a_statement_by_its_speaker():
    text = "In a televised address on Saturday morning, French President Emmanuel Macron called for calm."
    st = [e for e in _events(text, "2023-06-25") if e.event_type == "statement"]
    assert st and st[0].actors == ("Emmanuel Macron",) and st[0].title == "Emmanuel Macron gives a speech"
    assert st[0].date_start == "2023-06-24"


def test_a_host_verb_is_titled_host_hosts_guest():
    text = "US President Joe Biden hosted Japanese Prime Minister Fumio Kishida at Camp David on Friday."
    visit = [e for e in _events(text, "2023-08-19") if e.event_type == "visit"]
    assert visit and visit[0].title == "Joe Biden hosts Fumio Kishida at Camp David"


def test_a_bloc_of_leaders_as_subject_is_the_collective_actor():
    text = "West African leaders imposed sanctions on the junta on Sunday."
    sanc = [e for e in _events(text, "2023-07-31") if e.event_type == "sanction"]
    assert sanc and sanc[0].actors == ("West African states",)
    assert sanc[0].title.startswith("West African states impose sanctions")


def test_announced_aid_is_given_by_the_announcer_and_dated_with_the_announcement():
    text = "German Chancellor Olaf Scholz announced on Monday a further 500 million euros in military aid."
    aid = [e for e in _events(text, "2023-02-21") if e.event_type == "aid"]
    assert aid and aid[0].actors == ("Olaf Scholz",) and aid[0].status == "occurred"
    assert aid[0].date_start == "2023-02-20"


def test_a_warning_about_any_attack_is_an_occurred_warning_and_no_attack():
    text = (
        "French President Emmanuel Macron's office warned on Sunday that any attack on French citizens "
        "would be met with an immediate response."
    )
    evs = _events(text, "2023-07-31")
    warn = [e for e in evs if e.event_type == "threat"]
    assert warn and warn[0].status == "occurred" and warn[0].date_start == "2023-07-30"
    assert not [e for e in evs if e.event_type == "military"]


def test_adopting_a_declaration_is_an_agreement_and_its_day_dates_the_summit_it_was_at():
    text = "Leaders of the Group of 20 adopted a joint declaration on Saturday, on the first day of their summit."
    evs = _events(text, "2023-09-11")
    agreed = [e for e in evs if e.event_type == "agreement"]
    summit = [e for e in evs if e.event_type == "summit"]
    assert agreed and agreed[0].date_start == "2023-09-09"
    assert summit and summit[0].date_start == "2023-09-09"


def test_an_arrest_warrant_is_criticism_by_the_court():
    text = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday."
    crit = [e for e in _events(text, "2023-03-18") if e.event_type == "criticism"]
    assert crit and "International Criminal Court" in crit[0].actors and crit[0].date_start == "2023-03-17"


def test_criticism_titles_name_who_criticises_whom():
    text = "China's Vice Foreign Minister Xie Feng summoned US Ambassador Nicholas Burns late on Tuesday."
    crit = [e for e in _events(text, "2022-08-03") if e.event_type == "criticism"]
    assert crit and crit[0].title == "Xie Feng summons Nicholas Burns"
    text = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday."
    crit = [e for e in _events(text, "2023-03-18") if e.event_type == "criticism"]
    assert (
        crit and crit[0].title == "International Criminal Court issues an arrest warrant for Vladimir Putin"
    )


def test_a_quote_in_passing_makes_no_statement_row():
    text = (
        "Spanish Prime Minister Pedro Sánchez met Moroccan King Mohammed VI in Rabat on Tuesday. "
        "The Spanish government said the two discussed migration and fishing rights."
    )
    events = _events(text, "2023-05-10")
    assert [e for e in events if e.event_type == "meeting"]
    assert not [e for e in events if e.event_type == "statement"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a saying with a subject of its own after "and" / "while" is a statement of its own
        (
            "Norway and Iceland signed a fisheries accord, while the Danish foreign ministry said it would study the text.",
            True,
        ),
        (
            "Norway and Iceland signed a fisheries accord, and Danish Foreign Minister Lars Lokke Rasmussen said Copenhagen would study the text.",
            True,
        ),
        (
            "Norway and Iceland signed a fisheries accord, and the Danish foreign minister, Lars Lokke Rasmussen, "
            "called for talks on the text.",
            True,
        ),
        # the source of the news told before it, or the same subject's second verb: no row of its own
        ("Norway and Iceland signed a fisheries accord, the Norwegian foreign ministry said.", False),
        ("Norway and Iceland signed a fisheries accord, and said they would meet again in May.", False),
    ],
)
def test_a_saying_in_a_clause_of_its_own_is_no_attribution(text, row):
    events = _events(text, "2024-04-06")
    assert [e for e in events if e.event_type == "agreement"]
    assert bool([e for e in events if e.event_type == "statement"]) == row


def test_an_event_in_a_relative_clause_on_the_speaker_is_not_the_news_it_attributes():
    text = (
        "Norway's foreign ministry, which hosted years of secret talks between the two sides, said the "
        "accord would be signed in Washington."
    )
    assert [e for e in _events(text, "1993-09-06") if e.event_type == "statement"]
    # the same relative clause after the news told first leaves the saying its source
    text = "Norway and Iceland signed a fisheries accord, Norway's foreign ministry, which hosted the talks, said."
    assert not [e for e in _events(text, "1993-09-06") if e.event_type == "statement"]


def test_a_source_told_with_its_own_day_made_an_announcement_that_day():
    said = "Norway and Iceland have signed a fisheries accord, the Norwegian foreign ministry said"
    rows = [e for e in _events(said + " on Tuesday.", "2024-04-06") if e.event_type == "statement"]
    assert [(e.date_start, e.date_basis) for e in rows] == [("2024-04-02", "text")]
    # a week, or no date at all, leaves it the source of the accord's news, no row of its own
    for tail in (" this week.", "."):
        assert not [e for e in _events(said + tail, "2024-04-06") if e.event_type == "statement"]


def test_a_quote_dated_by_its_own_words_is_a_statement_row():
    text = "Spain's foreign ministry said on Monday that it would reopen its embassy in Kabul."
    said = [e for e in _events(text, "2023-05-10") if e.event_type == "statement"]
    assert said and said[0].date_start == "2023-05-08"


def test_a_quote_is_not_dated_by_the_content_it_reports():
    text = "German Chancellor Olaf Scholz said Germany would reach its target this year."
    said = [e for e in _events(text, "2023-05-10") if e.event_type == "statement"]
    # the saying is the day's news (publication - 1 to publication), not "this year"
    assert [(e.date_start, e.date_end, e.date_basis) for e in said] == [
        ("2023-05-09", "2023-05-10", "publication")
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a government's words in the simple past of a report are its statement of the day
        ("Seoul said it would withdraw its complaint at the World Trade Organization.", True),
        ("Ecuador's foreign ministry said the envoy was not entitled to asylum.", True),
        ("Prime Minister Mark Carney told reporters Canada would answer the tariffs.", True),
        # a standing position, unnamed voices, a pundit: no act of the day
        ("Lula has said he wants closer ties with China.", False),
        ("US officials said they did not expect a breakthrough.", False),
        ("Government sources said the suspension remained in force.", False),
        ("An analyst at a Paris think tank said the deal would not last.", False),
        ("What has the Iranian government said?", False),
    ],
)
def test_an_official_saying_without_a_date_is_a_row_of_the_news_days(text, row):
    said = [e for e in _events(text, "2024-04-06") if e.event_type == "statement"]
    assert bool(said) == row, said
    for e in said:
        assert (e.date_start, e.date_end, e.date_basis) == ("2024-04-05", "2024-04-06", "publication")


def test_a_saying_in_a_paragraph_of_dated_acts_takes_the_paragraphs_day():
    text = (
        "Troops crossed the border on Tuesday, and Indian jets struck several camps. "
        "Indian Foreign Secretary Vikram Misri said the strikes were measured and non-escalatory."
    )
    said = [e for e in _events(text, "2025-05-09") if e.event_type == "statement"]
    assert [(e.date_start, e.date_basis) for e in said] == [("2025-05-06", "text")]


def test_a_fronted_date_dates_the_reporting_verb():
    text = "Later on Friday, Polish President Andrzej Duda said the explosion was an accident."
    got = _date_words(text, {"Later on Friday": (date(2022, 11, 18), date(2022, 11, 18))})
    assert got.get("said") == "Later on Friday"


def test_shooting_an_object_down_with_the_object_in_between_is_military_action():
    text = "On Tuesday a Canadian fighter jet shot the drone down over Lake Huron."
    mil = [e for e in _events(text, "2023-05-10") if e.event_type == "military"]
    assert mil and mil[0].date_start == "2023-05-09" and mil[0].status == "occurred"


def test_no_sign_of_an_attack_denies_the_attack():
    text = "Polish President Andrzej Duda said on Friday there was no sign of a deliberate attack on Poland."
    mil = [e for e in _events(text, "2023-05-10") if e.event_type == "military"]
    assert mil and all(e.status == "denied" for e in mil)


def test_the_meeting_at_a_summit_is_the_meeting_just_told_on_its_own_day():
    text = (
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in Lima "
        "on Friday. The meeting took place on the sidelines of the APEC summit."
    )
    rows = [e for e in _events(text, "2024-11-16") if e.trigger == "meeting"]
    assert rows and rows[0].date_start == "2024-11-15" and rows[0].date_basis == "text"
    assert "Fumio Kishida" in rows[0].actors


def test_a_confirmation_dated_after_its_object_is_a_statement_row():
    text = "The Chinese foreign ministry confirmed Wang's attendance on Monday."
    rows = [e for e in _events(text, "2023-05-10") if e.trigger == "confirmed"]
    assert rows and rows[0].date_start == "2023-05-08"


def test_an_undated_meeting_noun_nothing_dated_takes_in_is_dropped():
    text = (
        "Italian Prime Minister Giorgia Meloni imposed new rules on Friday. "
        "Critics said the talks with Tunisian President Kais Saied had achieved little."
    )
    assert not [e for e in _events(text, "2023-05-10") if e.event_type == "meeting" and not e.date_start]


def test_an_undated_meeting_noun_a_dated_meeting_can_absorb_is_kept():
    text = (
        "Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Tunis on Sunday. "
        "The talks with Saied focused on migration."
    )
    talks = [e for e in _events(text, "2023-05-10") if e.trigger == "talks"]
    assert talks


def test_an_aside_with_since_does_not_cut_a_noun_from_its_verb_date():
    text = (
        "Nigerian President Bola Tinubu's emergency summit, which marks 50 years since the signing of "
        "the founding treaty in 1975, ends on Thursday."
    )
    summit = [e for e in _events(text, "2024-07-09") if e.event_type == "summit"]
    assert summit and summit[0].date_start == "2024-07-11"


def test_a_climate_conference_named_in_apposition_is_that_summit_on_the_text_day():
    text = "The UN climate conference COP27 opened in Sharm el-Sheikh on Sunday."
    rows = [e for e in _events(text, "2022-11-07") if e.event_type == "summit"]
    assert rows and rows[0].date_start == "2022-11-06" and rows[0].location_country == "EGY"


def test_a_news_conference_is_no_summit():
    text = "Egyptian President Abdel Fattah al-Sisi told a news conference in Cairo on Sunday that talks would go on."
    assert not [e for e in _events(text, "2022-11-07") if e.event_type == "summit"]


def test_a_gathering_participle_keeps_its_own_date_and_bloc():
    text = "West African leaders meeting in Accra on Saturday suspended Guinea from the bloc."
    meeting = [e for e in _events(text, "2023-05-10") if e.event_type == "meeting"]
    assert meeting and meeting[0].date_start == "2023-05-06"
    assert meeting[0].actors and "West African" in meeting[0].actors[0]


def test_the_summit_opening_the_next_sentence_is_the_gathering_just_dated():
    text = (
        "West African leaders meeting in Accra on Saturday suspended Guinea from the bloc.\n\n"
        "The extraordinary summit was chaired by Ghanaian President Nana Akufo-Addo."
    )
    summit = [e for e in _events(text, "2023-05-10") if e.event_type == "summit"]
    assert summit and summit[0].date_start == "2023-05-06"


def test_an_invitation_to_join_told_before_its_announcement_takes_the_announcement_day():
    text = (
        "The Shanghai Cooperation Organisation has invited Belarus to become a full member, Kazakh "
        "President Kassym-Jomart Tokayev announced at the summit in Astana on Thursday."
    )
    rows = [e for e in _events(text, "2024-07-05") if e.event_type == "agreement"]
    assert rows and rows[0].date_start == "2024-07-04" and rows[0].status == "occurred"


def test_a_meeting_a_summit_ended_with_is_dated_that_day():
    text = "The EU summit in Brussels ended on Friday with the first meeting of the new EU-Moldova council."
    rows = [e for e in _events(text, "2024-07-06") if e.trigger == "meeting"]
    assert rows and rows[0].date_start == "2024-07-05"


def test_an_undated_irregular_past_verb_falls_back_to_the_publication_day():
    from pipeline.events.extract import date_triggers
    from pipeline.events.lexicon import TriggerEntry
    from pipeline.events.triggers import Trigger

    text = "Qatari mediators began shuttle diplomacy between the two delegations, officials in Doha said."
    generic = TriggerEntry(forms=(), pos="verb", event_type="other", plover="", cameo="")
    i = text.index("began")
    got = date_triggers(text, date(2023, 5, 10), [Trigger(i, i + 5, "began", generic)])
    assert got and got[0][1].basis == "publication" and got[0][1].date_end == "2023-05-10"


def test_a_gerund_after_discussed_is_a_topic_not_todays_event():
    text = "The two foreign ministers also discussed meeting in person."
    rows = [e for e in _events(text, "2023-05-10") if e.trigger == "meeting"]
    assert all(e.date_basis != "publication" for e in rows)


def test_a_progressive_verb_is_ongoing_on_the_publication_day():
    text = "North Korean leader Kim Jong Un is travelling to Russia by train."
    rows = [e for e in _events(text, "2023-09-12") if e.event_type == "visit"]
    assert rows and rows[0].status == "ongoing" and rows[0].date_end == "2023-09-12"


def test_formal_talks_are_a_negotiation():
    text = "Indian Prime Minister Narendra Modi held formal talks with Russian President Vladimir Putin on Tuesday."
    rows = [e for e in _events(text, "2024-07-10") if e.event_type == "negotiation"]
    assert rows and rows[0].date_start == "2024-07-09"


def test_negotiations_between_the_two_delegations_are_the_pair_told_a_paragraph_before():
    text = (
        "French President Emmanuel Macron arrived in Beijing on Wednesday for talks with Chinese "
        "President Xi Jinping.\n\n"
        "Formal negotiations between the two delegations are scheduled for Thursday."
    )
    rows = [e for e in _events(text, "2023-04-05") if e.event_type == "negotiation"]
    assert rows and "Emmanuel Macron" in rows[0].actors and rows[0].status == "planned"


def test_it_was_her_first_visit_is_the_occasion_just_dated():
    text = (
        "German Foreign Minister Annalena Baerbock signed a climate accord with Indian Foreign Minister "
        "Subrahmanyam Jaishankar in New Delhi on Monday.\n\nIt was Baerbock's first visit to India as minister."
    )
    rows = [e for e in _events(text, "2022-12-06") if e.event_type == "visit"]
    assert rows and rows[0].date_start == "2022-12-05"


def test_flying_on_to_a_country_is_a_visit_there():
    text = "Japanese Prime Minister Fumio Kishida flew on to Poland late on Tuesday."
    rows = [e for e in _events(text, "2023-03-22") if e.event_type == "visit"]
    assert rows and rows[0].location_country == "POL" and rows[0].date_start == "2023-03-21"


def test_the_summit_named_again_later_takes_the_gathering_dates_told_before():
    text = (
        "Leaders of the Pacific Islands Forum meet in Suva from Tuesday to Thursday. Fijian Prime "
        "Minister Sitiveni Rabuka is hosting the summit."
    )
    rows = [e for e in _events(text, "2024-08-19") if e.trigger == "summit"]
    assert rows and (rows[0].date_start, rows[0].date_end) == ("2024-08-20", "2024-08-22")


def test_the_leaders_agreeing_are_the_group_just_told():
    text = (
        "French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Polish Prime Minister "
        "Donald Tusk in Paris on Friday.\n\nThe leaders agreed to meet again in the autumn."
    )
    rows = [e for e in _events(text, "2024-03-16") if e.event_type == "agreement"]
    assert rows and {"Emmanuel Macron", "Olaf Scholz"} <= set(rows[0].actors)


def test_a_summit_in_apposition_renames_the_event_just_told():
    text = (
        "French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Friday, the "
        "first summit of the two neighbours."
    )
    rows = [e for e in _events(text, "2024-03-16") if e.event_type == "summit"]
    assert rows and "Emmanuel Macron" in rows[0].actors and rows[0].date_start == "2024-03-15"


def test_the_blast_named_again_in_a_statement_keeps_the_explosion_day():
    text = (
        "An explosion on Monday near the Lithuanian border killed two farmers.\n\n"
        "Later on Tuesday, Lithuanian President Gitanas Nauseda said the blast was most likely an accident."
    )
    rows = [e for e in _events(text, "2023-05-10") if e.event_type == "military"]
    assert rows and {e.date_start for e in rows} == {"2023-05-08"}


def test_an_explosion_near_a_border_is_military_action_on_its_day():
    text = "An explosion on Monday in the Polish village of Przewodów killed two people."
    rows = [e for e in _events(text, "2022-11-16") if e.event_type == "military"]
    assert rows and rows[0].date_start == "2022-11-14" and "POL" in rows[0].countries


def test_deeply_regretting_a_decision_is_criticism():
    text = "UN Secretary-General António Guterres said on Tuesday he deeply regretted Mali's decision."
    rows = [e for e in _events(text, "2023-06-21") if e.event_type == "criticism"]
    assert rows and rows[0].date_start == "2023-06-20"


def test_calling_a_move_unacceptable_is_criticism_on_its_day():
    text = "Turkish Foreign Minister Hakan Fidan called the arrests unacceptable in a post on Sunday."
    rows = [e for e in _events(text, "2024-03-12") if e.event_type == "criticism"]
    assert rows and rows[0].date_start == "2024-03-10" and "Hakan Fidan" in rows[0].actors


def test_calling_someone_by_name_is_no_criticism():
    text = "Turkish Foreign Minister Hakan Fidan called his Greek counterpart on Sunday."
    assert not [e for e in _events(text, "2024-03-12") if e.event_type == "criticism"]


def test_events_in_a_where_clause_share_the_main_clause_date():
    text = (
        "Turkish President Recep Tayyip Erdoğan welcomed Hungarian Prime Minister Viktor Orbán in Ankara "
        "on Monday, where the two men held several hours of talks."
    )
    rows = [e for e in _events(text, "2024-07-10") if e.trigger.endswith("talks")]
    assert rows and rows[0].date_start == "2024-07-08"


def test_the_meeting_named_again_keeps_the_meeting_place_not_a_demonym():
    text = (
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks on Wednesday.\n\n"
        "Seoul voiced concern that the meeting could lead to North Korean arms sales."
    )
    rows = [e for e in _events(text, "2023-09-14") if e.trigger == "meeting"]
    assert rows and rows[0].location_country != "PRK" and rows[0].date_start == "2023-09-13"


def test_a_statement_announcing_countermeasures_is_one_threat_row_by_the_speaker():
    text = "China's foreign ministry said on Friday that Beijing would take countermeasures."
    rows = _events(text, "2024-05-25")
    threats = [e for e in rows if e.event_type == "threat"]
    assert threats and threats[0].date_start == "2024-05-24" and threats[0].status == "occurred"
    assert not [e for e in rows if e.event_type == "statement"]


def test_a_general_declaring_himself_leader_after_an_apposition_is_the_leadership_change():
    text = (
        "General Mamadi Doumbouya, the commander of Guinea's special forces, declared himself head of a "
        "transitional government on Sunday."
    )
    rows = [e for e in _events(text, "2021-09-07") if e.event_type == "leadership"]
    assert rows and "Mamadi Doumbouya" in rows[0].actors and rows[0].date_start == "2021-09-05"


def test_a_council_demanding_a_return_to_order_is_a_demand_not_a_topic_coup():
    text = (
        "The African Union's Peace and Security Council on Friday demanded that the soldiers return to "
        "their barracks. West African leaders will hold a summit on Sunday to discuss the coup."
    )
    rows = _events(text, "2023-07-29")
    demand = [e for e in rows if e.event_type == "threat"]
    assert demand and demand[0].date_start == "2023-07-28"
    assert "UN Security Council" not in demand[0].actors
    assert not [e for e in rows if e.trigger == "coup"]


def test_discussing_meeting_in_person_makes_no_meeting_row():
    text = "US President Joe Biden and Chinese President Xi Jinping also discussed meeting in person."
    assert not [e for e in _events(text, "2022-07-29") if e.event_type == "meeting"]


def test_an_accepted_invitation_to_visit_is_planned():
    text = "Chinese Foreign Minister Qin Gang accepted an invitation to visit Washington."
    rows = [e for e in _events(text, "2023-06-20") if e.event_type == "visit"]
    assert rows and rows[0].status == "planned"


def test_a_trip_called_off_earlier_is_its_own_postponed_row_on_that_month():
    text = (
        "German Chancellor Olaf Scholz will travel to Beijing this weekend, rescheduling a trip that he "
        "called off in March."
    )
    rows = [e for e in _events(text, "2023-06-15") if e.event_type == "visit"]
    off = [e for e in rows if e.trigger == "trip"]
    assert off and off[0].status == "postponed" and off[0].date_start == "2023-03-01"
    assert any(e.status == "planned" for e in rows if e.trigger == "travel to")


def test_an_attribution_after_the_news_is_no_statement_row():
    text = "German Chancellor Olaf Scholz will travel to Beijing this weekend, the German government said on Monday."
    assert not [e for e in _events(text, "2023-06-15") if e.event_type == "statement"]


def test_an_occasion_dated_last_november_is_past_whatever_was_agreed_at_it():
    text = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz agreed to the plan at their "
        "meeting in Berlin last November."
    )
    rows = [e for e in _events(text, "2023-06-15") if e.trigger == "meeting"]
    assert rows and rows[0].status == "occurred" and rows[0].date_start == "2022-11-01"


def test_a_day_which_will_mark_one_year_since_is_that_anniversary():
    text = (
        "The statement comes three weeks before February 24, which will mark one year since Russia "
        "invaded Ukraine."
    )
    rows = [e for e in _events(text, "2023-01-31") if e.event_type == "commemoration"]
    assert rows and rows[0].date_start == "2023-02-24" and rows[0].status in ("planned", "expected")


def test_getting_ready_for_a_trip_makes_it_planned():
    text = "Washington is getting ready for US Secretary of State Antony Blinken to make his first trip to China."
    rows = [e for e in _events(text, "2023-01-31") if e.event_type == "visit"]
    assert rows and rows[0].status == "planned"


def test_leaving_a_capital_is_the_visit_there_titled_as_a_departure():
    text = "Japanese Prime Minister Fumio Kishida is due to leave Kyiv on Wednesday."
    rows = [e for e in _events(text, "2023-03-21") if e.event_type == "visit"]
    assert rows and rows[0].date_start == "2023-03-22" and " leaves " in rows[0].title


def test_leaving_for_a_country_or_leaving_office_is_no_departure_row():
    for text in (
        "Russian President Vladimir Putin said the mercenary chief would leave for Belarus on Sunday.",
        "German Chancellor Angela Merkel left office in 2021.",
    ):
        assert not [e for e in _events(text, "2023-06-25") if e.trigger.lower() in ("leave", "left")]


def test_a_side_meeting_keeps_its_own_day_next_to_the_summit_dates():
    text = (
        "US President Joe Biden met Chinese President Xi Jinping on Wednesday on the sidelines of the "
        "Asia-Pacific Economic Cooperation summit in San Francisco."
    )
    rows = [e for e in _events(text, "2023-11-16") if e.event_type == "meeting"]
    assert rows and (rows[0].date_start, rows[0].date_basis) == ("2023-11-15", "text")


def test_congratulating_a_winner_is_a_statement_by_the_leader_who_does():
    text = "French President Emmanuel Macron was among the first to congratulate him on Sunday evening."
    rows = [e for e in _events(text, "2023-05-29") if e.event_type == "statement"]
    assert rows and rows[0].actors == ("Emmanuel Macron",) and rows[0].date_start == "2023-05-28"


def test_statements_signed_by_leaders_make_no_statement_row_of_their_own():
    text = "Xi Jinping and Vladimir Putin signed statements on Tuesday deepening their partnership."
    rows = _events(text, "2023-03-23")
    assert not [e for e in rows if e.event_type == "statement"]


def test_a_leader_brokering_a_deal_is_an_agreement_dated_in_its_paragraph():
    text = (
        "Protesters blocked the border crossing on Saturday morning. By the evening, they went home "
        "after Turkish President Recep Tayyip Erdoğan mediated an agreement."
    )
    rows = [e for e in _events(text, "2023-06-25") if e.event_type == "agreement"]
    assert rows and rows[0].date_start == "2023-06-24" and "brokers a deal" in rows[0].title


# --- held-out wire style (tests/golden/holdout): general causes of misses and false rows -------


@pytest.mark.parametrize(
    "sentence",
    [
        "Caracas wants the lifting of American oil sanctions in return for a vote.",
        "The minister asked for an end to the trade embargo on the island.",
        "Officials insisted that all sanctions be lifted before any talks.",
        "The delegations could not settle their differences over sanctions.",
    ],
)
def test_sanctions_lifted_ended_or_argued_over_are_no_sanction(sentence):
    assert "sanction" not in [t for _w, t in _types(sentence)]


def test_sanctions_still_fire_when_imposed():
    assert ("sanctions", "sanction") in _types("The bloc approved sanctions on the oil firm on Monday.")


def test_without_an_agreement_is_no_agreement():
    assert "agreement" not in [
        t for _w, t in _types("The round of talks in Oslo ended without an agreement.")
    ]


def test_a_pact_announced_is_an_agreement_not_a_statement():
    types = _types("Japan and the Philippines announced a new defence pact on Friday.")
    assert [t for _w, t in types] == ["agreement"]


def test_shaking_hands_is_a_meeting_of_the_two_named():
    rows = _events("Kenyan President William Ruto and Pope Francis shook hands in Nairobi on Friday.")
    meetings = [e for e in rows if e.event_type == "meeting"]
    assert meetings and meetings[0].date_start == "2023-05-05"


def test_a_summit_between_two_leaders_is_their_meeting():
    assert _types("The third summit between Putin and Lukashenko opened in Minsk.") == [
        ("summit between", "meeting")
    ]


def test_a_country_list_before_a_comma_is_the_whole_subject():
    text = "Brazil, Argentina and Chile announced a new trade partnership on Monday."
    rows = [e for e in _events(text) if e.event_type == "agreement"]
    assert rows and {"BRA", "ARG", "CHL"} <= set(rows[0].countries)


def test_a_relative_clause_after_a_name_does_not_take_the_list():
    text = "Lula, who skipped the summit on Monday, sent his foreign minister."
    rows = [e for e in _events(text) if e.event_type == "summit"]
    assert all("Luiz Inácio Lula da Silva" not in e.actors for e in rows)


def test_an_apposition_inside_the_subject_keeps_the_first_name():
    text = (
        "Philippine President Ferdinand Marcos Jr. and the head of the rebel front, Ali Musa, "
        "signed a peace agreement on Sunday."
    )
    rows = [e for e in _events(text, "2023-05-10") if e.event_type == "agreement"]
    assert rows and "PHL" in rows[0].countries and rows[0].date_start == "2023-05-07"


def test_a_signing_ceremony_called_off_belongs_to_the_pair_just_told():
    text = (
        "Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels on Monday. "
        "\n\nA signing ceremony planned for the evening was called off."
    )
    rows = [e for e in _events(text) if e.event_type == "agreement"]
    assert rows and rows[0].status == "cancelled" and len(rows[0].actors) == 2


def test_talks_with_a_third_country_leader_are_not_folded_into_the_visit():
    from pipeline.dedupe import merge_mentions

    text = (
        "US President Joe Biden arrived in Switzerland on Tuesday. Talks were held between Biden and "
        "Russian President Vladimir Putin in Geneva on Wednesday."
    )
    events, _ = merge_mentions([], _events(text, "2021-06-16"))
    types = sorted(e.event_type for e in events)
    assert "meeting" in types and "visit" in types


def test_forces_taking_a_capital_is_military_but_taking_control_of_talks_is_not():
    assert ("took control of", "military") in _types(
        "Rebel fighters took control of the port city on Friday."
    )
    assert "military" not in [t for _w, t in _types("The premier took control of the negotiations himself.")]


def test_a_leader_fleeing_the_country_is_a_leadership_change():
    rows = _events("Sri Lankan President Gotabaya Rajapaksa fled the country on Wednesday.", "2022-07-14")
    assert [e.event_type for e in rows] == ["leadership"] and rows[0].date_start == "2022-07-13"


def test_leaving_the_european_union_is_a_row_of_its_own():
    rows = _events("Denmark left the European Union on Monday after a vote.", "2023-05-10")
    assert [e.event_type for e in rows] == ["other"]
    assert rows[0].date_start == "2023-05-08" and "DNK" in rows[0].countries


def test_a_who_clause_verb_takes_the_person_before_its_comma():
    text = "The talks were chaired by Chilean President Gabriel Boric, who was sworn in on Friday."
    rows = [e for e in _events(text, "2022-03-14") if e.event_type == "leadership"]
    assert rows and rows[0].actors == ("Gabriel Boric",)


def test_a_statement_dated_after_where_it_was_said_keeps_its_row():
    text = (
        "Chancellor Olaf Scholz said in a televised speech from the Chancellery on Sunday that the "
        "agreement would hold."
    )
    rows = [e for e in _events(text, "2023-05-10") if e.event_type == "statement"]
    assert rows and rows[0].date_start == "2023-05-07" and rows[0].actors == ("Olaf Scholz",)


def test_a_fronted_news_conference_date_is_the_speakers():
    text = "At a news conference on Monday, Scholz told reporters that Berlin wanted calm."
    rows = [e for e in _events(text, "2023-05-10") if e.event_type == "statement"]
    assert rows and rows[0].date_start == "2023-05-08"


def test_a_demand_met_in_the_past_is_no_meeting():
    assert "meeting" not in [t for _w, t in _types("Moscow will return once the West met its demands.")]


def test_talks_held_with_words_between_are_a_meeting_but_peace_talks_stay_a_negotiation():
    assert _types("The two envoys held three rounds of talks in Cairo.") == [
        ("held three rounds of talks", "meeting")
    ]
    assert [t for _w, t in _types("The envoys held peace talks in Doha.")] == ["negotiation"]


def test_a_named_summit_after_another_summit_word_in_its_sentence_keeps_its_row():
    text = (
        "Biden met Putin in Geneva on Wednesday. The summit ended a week that began with a NATO "
        "summit in Brussels on Monday."
    )
    rows = [e for e in _events(text, "2021-06-16") if e.event_type == "summit"]
    assert any(e.date_start == "2021-06-14" and e.location == "Brussels" for e in rows)


def test_a_wire_dateline_is_no_actor_and_places_the_lead_event():
    text = (
        "SOCHI, Russia (Demo Wire) — Russian President Vladimir Putin met Belarusian President "
        "Alexander Lukashenko on Friday.\n\nThe two men last met in Minsk."
    )
    rows = _events(text, "2023-05-10")
    lead = [e for e in rows if e.trigger == "met" and e.date_start == "2023-05-05"]
    assert lead and lead[0].location == "Sochi" and lead[0].location_country == "RUS"
    assert all("Sochi" not in a and "Demo Wire" not in a for e in rows for a in e.actors)
    later = [e for e in rows if e.location == "Minsk"]
    assert later  # a place the text names beats the dateline, and later paragraphs keep their own


def test_a_dateline_does_not_place_an_event_of_other_countries():
    text = (
        "BRUSSELS — Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Friday."
    )
    rows = [e for e in _events(text, "2023-05-10") if e.event_type == "meeting"]
    assert rows and rows[0].location is None


# --- reported speech (held-out review) ---------------------------------------------------------


def test_an_undated_claim_in_what_a_speaker_said_is_no_row_of_the_speaker():
    # The speaker's own plan, told again through "he"/"his country": only their words.
    rows = _events("The Turkish president said his country would impose sanctions on the airline.")
    assert not [e for e in rows if e.event_type == "sanction"]
    # A conditional claim names no event either.
    rows = _events(
        "At the briefing, Biden said American troops would fight for Taiwan if the island were attacked."
    )
    assert not [e for e in rows if e.status == "hypothetical"]


def test_a_dated_claim_or_one_with_its_own_pair_stays_as_reported():
    rows = _events(
        "The German chancellor said on Friday that his government would impose new sanctions "
        "on Iran on June 3."
    )
    plan = [e for e in rows if e.event_type == "sanction"]
    assert plan and plan[0].date_start == "2023-06-03" and plan[0].evidentiality == "reported"
    rows = _events("The Kremlin has said that Putin will hold talks with Xi in Moscow.")
    assert [e for e in rows if e.event_type == "meeting" and "Xi Jinping" in e.actors]


# --- background events placed by an offset (held-out review) ------------------------------------


def test_a_background_event_takes_the_anchor_day_moved_by_its_offset():
    # Published Wednesday 2023-05-10: "on Sunday" is 2023-05-07, "on Tuesday" 2023-05-09.
    rows = _events(
        "Taliban fighters took control of Kabul on Sunday, hours after President Ashraf Ghani fled the country."
    )
    fled = [e for e in rows if e.event_type == "leadership"]
    assert fled and fled[0].date_start == "2023-05-07"
    rows = _events(
        "The Quad summit opened in Tokyo on Tuesday, a day after a meeting between Biden and Kishida."
    )
    met = [e for e in rows if e.event_type == "meeting"]
    assert met and met[0].date_start == met[0].date_end == "2023-05-08"
    rows = _events("Macron met Scholz in Paris on Monday, two days before the summit of European leaders.")
    summit = [e for e in rows if e.event_type == "summit"]
    assert summit and summit[0].date_start == "2023-05-10"


def test_a_background_event_without_a_dated_anchor_stays_undated():
    rows = _events(
        "Taliban fighters took control of Kabul, hours after President Ashraf Ghani fled the country."
    )
    fled = [e for e in rows if e.event_type == "leadership"]
    assert fled and fled[0].date_start is None


def test_words_said_at_a_dated_gathering_are_a_statement_row_of_that_day():
    rows = _events(
        "The Quad summit opened in Tokyo on Tuesday, a day after a meeting between Biden and "
        "Kishida, at which Biden said the United States would defend Taiwan if it were attacked."
    )
    said = [e for e in rows if e.event_type == "statement"]
    assert said and said[0].actors == ("Joe Biden",) and said[0].date_start == "2023-05-08"
    assert not [e for e in rows if e.status == "hypothetical"]  # the claim itself is no row


def test_a_passive_agent_past_the_verbs_object_is_who_acts():
    rows = _events("New sanctions were imposed on Belarus by the European Union on Monday.")
    sanction = [e for e in rows if e.event_type == "sanction"]
    assert sanction and sanction[0].actors == ("European Union",) and sanction[0].date_start == "2023-05-08"


def test_a_claim_told_to_a_listener_is_not_credited_to_the_listener_nor_dated_by_the_telling():
    rows = _events(
        "Russian President Vladimir Putin told Turkish President Recep Tayyip Erdogan on Monday "
        "that Moscow would rejoin the trade deal once the West met its demands."
    )
    assert not [e for e in rows if e.event_type == "agreement" and "Recep Tayyip Erdoğan" in e.actors]


def test_a_background_event_takes_the_main_clause_day_when_that_verb_is_no_event():
    rows = _events(
        "Rebel fighters captured the port on Saturday, hours after President Ashraf Ghani fled the country."
    )
    fled = [e for e in rows if e.event_type == "leadership"]
    assert fled and fled[0].date_start == "2023-05-06"


def test_an_undated_saying_told_with_its_occasion_is_a_statement_row():
    text = (
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.\n\n"
        "Speaking to reporters afterwards, Scholz said the two countries would work together.\n\n"
        "Macron said the talks had gone well."
    )
    said = [e for e in _events(text) if e.event_type == "statement"]
    assert [e.actors for e in said] == [("Olaf Scholz",)]


def test_a_gathering_a_dated_meeting_verb_is_for_takes_its_day():
    text = "The leaders of France and Germany met in Paris on Tuesday for the first summit in three years."
    summits = [e for e in _events(text) if e.event_type == "summit"]
    assert summits and summits[0].date_start == "2023-05-09"


def test_a_second_coordinated_clause_with_its_own_date_is_a_second_event():
    text = (
        "The Security Council will hold an emergency meeting on Friday, and Arab League foreign "
        "ministers are due to meet in Cairo on Saturday."
    )
    meetings = sorted(e.date_start for e in _events(text, "2023-05-10") if e.event_type == "meeting")
    assert meetings == ["2023-05-12", "2023-05-13"]


def test_days_of_talks_wrapped_up_on_a_day_run_up_to_it():
    rows = _events("US and Chinese diplomats wrapped up two days of talks in Alaska on Friday.", "2023-05-13")
    talks = [e for e in rows if e.event_type == "meeting"]
    assert talks and (talks[0].date_start, talks[0].date_end, talks[0].status) == (
        "2023-05-11",
        "2023-05-12",
        "occurred",
    )


def test_missiles_fired_with_words_between_and_a_town_captured_are_military():
    rows = _events(
        "Iran fired more than a dozen ballistic missiles at two bases in Iraq on Wednesday. "
        "Azerbaijan said on Sunday its forces had captured Shusha."
    )
    assert len([e for e in rows if e.event_type == "military"]) == 2


def test_a_noun_postponed_past_its_apposition_is_postponed():
    rows = _events(
        "The UN climate summit, due to take place in Glasgow in November, has been postponed until "
        "next year, Britain said on Wednesday.",
        "2020-04-01",
    )
    summit = [e for e in rows if e.event_type == "summit"]
    assert summit and summit[0].status == "postponed"


def test_a_deal_due_to_take_effect_keeps_its_own_day():
    text = (
        "Israel and Hamas agreed a ceasefire on Wednesday, Qatar's prime minister said. "
        "The ceasefire is due to take effect on Sunday."
    )
    days = {e.date_start for e in _events(text, "2025-01-16") if e.event_type == "agreement"}
    assert "2025-01-19" in days


def test_praise_apology_and_a_concession_are_statements():
    rows = _events(
        "Israeli Prime Minister Benjamin Netanyahu welcomed the decision on Wednesday. "
        "British minister Alok Sharma apologised to delegates on Saturday. "
        "Ukrainian President Petro Poroshenko conceded on Sunday night."
    )
    assert len([e for e in rows if e.event_type == "statement"]) == 3


def test_a_date_before_and_said_is_the_first_verbs_and_its_subject_speaks():
    rows = _events(
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk on Monday and said today "
        "that the talks had been useful."
    )
    met = [e for e in rows if e.event_type == "meeting"]
    said = [e for e in rows if e.event_type == "statement"]
    assert met and met[0].date_start == "2023-05-08"
    assert said and said[0].actors == ("Olaf Scholz",)


def test_a_lead_event_naming_no_one_happens_at_the_dateline_place():
    text = (
        "PARIS — Negotiators from 195 countries adopted a global agreement to curb emissions on Saturday, "
        "after the French hosts presented a final text.\n\n"
        "The text will be opened for signature next year."
    )
    deals = [e for e in _events(text, "2015-12-13") if e.event_type == "agreement"]
    assert deals and deals[0].location == "Paris" and deals[0].date_start == "2015-12-12"


def test_a_meeting_told_after_the_talks_named_again_is_its_own_dated_event():
    text = (
        "French President Emmanuel Macron held talks with Chinese leader Xi Jinping in Beijing on Thursday. "
        "On Friday Xi is to host him for an informal meeting in Guangzhou. "
        "The talks came a day after Taiwan's President Tsai Ing-wen met U.S. House Speaker Kevin McCarthy "
        "in California."
    )
    rows = _events(text, "2023-04-06")
    tsai = [e for e in rows if "Tsai Ing-wen" in e.actors and e.event_type == "meeting"]
    assert tsai and tsai[0].date_start == "2023-04-05"


def test_a_strike_told_as_an_offset_from_an_attack_named_again_is_its_own_event():
    text = (
        "Iran fired ballistic missiles at two bases in Iraq housing American troops on Wednesday.\n\n"
        "The attack came five days after a US drone strike at Baghdad's airport killed an Iranian general."
    )
    days = sorted(e.date_start for e in _events(text, "2020-01-08") if e.event_type == "military")
    assert "2020-01-03" in days


def test_agreeing_a_communique_is_an_agreement():
    rows = _events("The leaders of France and Germany agreed a short communique on Monday.")
    assert [e.event_type for e in rows] == ["agreement"]


def test_a_topic_noun_does_not_take_the_actors_of_the_gathering_discussing_it():
    rows = _events(
        "The UN Security Council was to meet later on Wednesday at Britain's request to discuss the attack."
    )
    assert [e.event_type for e in rows] == ["meeting"]


def test_a_pronoun_after_a_fronted_day_is_the_paragraphs_person():
    text = "Macron arrived in Beijing on Wednesday for a state visit. On Friday he will travel to Guangzhou."
    visits = [e for e in _events(text, "2023-04-06") if e.trigger == "travel to"]
    assert visits and visits[0].actors == ("Emmanuel Macron",) and visits[0].date_start == "2023-04-07"


def test_a_saying_whose_speaker_is_described_by_an_event_clause_is_its_own_row():
    text = (
        "Prime Minister Boris Johnson, who signed the withdrawal agreement last week, said in a video "
        "message on Friday night that the moment marked a new dawn."
    )
    said = [e for e in _events(text, "2020-02-01") if e.event_type == "statement"]
    assert said and said[0].actors == ("Boris Johnson",) and said[0].date_start == "2020-01-31"


def test_a_known_events_date_is_not_passed_across_after_to_another_event():
    text = (
        "Trump held talks with Kim Jong Un in the Demilitarized Zone.\n\n"
        "The meeting was arranged at short notice after Trump invited Kim in a post on Twitter on "
        "Saturday, while attending the Group of 20 summit in Osaka."
    )
    meetings = [e for e in _events(text, "2019-06-30") if e.trigger == "meeting"]
    assert not meetings or meetings[0].date_start != "2019-06-29" or meetings[0].date_basis != "text"


def test_the_name_may_is_no_modal_cue():
    rows = _events(
        "Prime Minister Theresa May told the House of Commons on Wednesday that the diplomats must leave."
    )
    said = [e for e in rows if e.event_type == "statement"]
    assert said and said[0].status == "occurred"


def test_an_offset_phrase_moves_each_event_it_covers_once_from_the_same_anchor():
    text = (
        "Armenia and Azerbaijan signed a ceasefire agreement on Monday. "
        "The agreement came two days after Azerbaijan said its forces had captured Shusha."
    )
    rows = _events(text, "2020-11-10")
    captured = [e for e in rows if e.event_type == "military"]
    assert captured and captured[0].date_start == "2020-11-07"


def test_an_occasion_closing_a_warning_takes_its_day_and_people():
    rows = _events(
        "President Joe Biden warned Vladimir Putin on Tuesday that Russia would face strong economic "
        "measures if it invaded Ukraine, during a two-hour video call.",
        "2021-12-07",
    )
    calls = [e for e in rows if e.event_type == "call"]
    assert (
        calls
        and calls[0].date_start == "2021-12-07"
        and set(calls[0].actors) == {"Joe Biden", "Vladimir Putin"}
    )


def test_both_leaders_opening_a_paragraph_are_the_articles_pair():
    text = (
        "President Donald Trump and North Korean leader Kim Jong Un shook hands on Tuesday in Singapore.\n\n"
        "Both leaders flew into the city-state on Sunday."
    )
    visits = [e for e in _events(text, "2018-06-12") if e.event_type == "visit"]
    assert (
        visits
        and set(visits[0].actors) == {"Donald Trump", "Kim Jong Un"}
        and visits[0].date_start == "2018-06-10"
    )


def test_a_funeral_a_letter_read_out_and_a_joint_declaration_are_events():
    rows = _events(
        "Vast crowds filled the streets of Tehran for the general's funeral procession on Monday. "
        "Chinese Vice Premier Liu He read out a letter from President Xi Jinping on Wednesday. "
        "The United States and China surprised delegates on Wednesday by announcing a joint declaration on climate."
    )
    assert {e.event_type for e in rows} >= {"commemoration", "statement", "agreement"}


def test_a_sanction_announced_in_the_closing_attribution_is_dated_by_it():
    rows = _events(
        "Britain will expel 23 Russian diplomats, the largest expulsion in three decades, "
        "Prime Minister Theresa May said on Wednesday.",
        "2018-03-14",
    )
    sanction = [e for e in rows if e.event_type == "sanction"]
    assert sanction and sanction[0].date_start == "2018-03-14"


def test_a_date_after_a_pluperfect_verb_is_not_the_triggers():
    rows = _events(
        "President Joe Biden said the ceasefire deal followed the framework he had set out in May.",
        "2025-01-16",
    )
    deals = [e for e in rows if e.event_type == "agreement"]
    assert not deals or deals[0].date_start != "2024-05-01"


def test_an_agency_datelines_day_dates_nothing_and_its_city_is_the_lead_place():
    text = (
        "RIYADH, Aug 6 (Sample Press Agency) - Saudi Arabia has expelled Canada's ambassador, "
        "the kingdom's foreign ministry said."
    )
    rows = [e for e in _events(text, "2018-08-06") if e.event_type == "sanction"]
    assert rows and rows[0].date_basis != "text" and rows[0].location == "Riyadh"


def test_an_event_earlier_this_week_ends_at_publication():
    rows = _events(
        "Earlier this week, the State Department imposed sanctions on 24 Chinese officials.", "2021-03-19"
    )
    sanction = [e for e in rows if e.event_type == "sanction"]
    assert sanction and sanction[0].date_end == "2021-03-19" and sanction[0].date_start == "2021-03-15"


def test_a_verdict_described_or_said_is_criticism():
    rows = _events(
        "European Commission President Ursula von der Leyen said on Monday that President Alexander "
        "Lukashenko's behaviour was outrageous. Danish Prime Minister Mette Frederiksen on Sunday "
        "described the idea as absurd."
    )
    assert [e.event_type for e in rows] == ["criticism", "criticism"]


def test_a_participle_warning_someone_does_not_make_them_the_warner():
    rows = _events(
        "Several thousand people rallied in Kyiv on Sunday, warning President Volodymyr Zelensky against concessions."
    )
    assert not [e for e in rows if e.event_type == "threat" and "Volodymyr Zelensky" in e.actors]


def test_an_undated_event_called_off_takes_the_day_of_the_news_before_it():
    text = (
        "President Donald Trump and North Korean leader Kim Jong Un met in Hanoi on Thursday.\n\n"
        "A planned signing ceremony was called off as the motorcade left the hotel."
    )
    rows = [e for e in _events(text, "2019-02-28") if e.event_type == "agreement" and e.status == "cancelled"]
    assert rows and rows[0].date_start == "2019-02-28"


def test_a_trigger_naming_a_known_event_needs_no_other_diplomatic_word():
    rows = _events(
        "The summit between Donald Trump and Kim Jong Un broke up early on Thursday without an agreement.",
        "2019-02-28",
    )
    assert [e.event_type for e in rows] == ["meeting"]


def test_leaving_a_city_names_a_visit_only_with_its_traveller():
    rows = _events(
        "Before leaving Washington on Friday, President Donald Trump said Russia should rejoin the group."
    )
    assert not [e for e in rows if e.event_type == "visit"]
    rows = _events("Chinese President Xi Jinping is due to leave Moscow on Wednesday.")
    assert [e.event_type for e in rows] == ["visit"]


def test_retaliatory_tariffs_are_a_sanction():
    rows = _events(
        "Canada will impose retaliatory tariffs on American goods on July 1, Prime Minister Justin Trudeau said."
    )
    assert [e.event_type for e in rows if e.event_type == "sanction"] == ["sanction"]


def test_a_visit_title_names_the_host_as_met_not_as_visiting():
    from pipeline.events.titles import make_title

    title = make_title(
        "visit",
        ("Narendra Modi", "Volodymyr Zelensky"),
        ("IND", "UKR"),
        "Kyiv",
        "occurred",
        location_country="UKR",
        hosts=("Volodymyr Zelensky",),
    )
    assert title == "Narendra Modi visits Kyiv, meets Volodymyr Zelensky"
    # a leader travelling inside their own country is still the visitor
    alone = make_title(
        "visit", ("Volodymyr Zelensky",), ("UKR",), "Bakhmut", "occurred", hosts=("Volodymyr Zelensky",)
    )
    assert alone == "Volodymyr Zelensky visits Bakhmut"


def test_guarded_trigger_patterns_find_what_their_regex_finds():
    """The leading-word guard (issue #6) skips only spans where the pattern could not match."""
    import random

    from pipeline.events.lexicon import GuardedPattern, _guarded, load_triggers

    guarded = [p for e in load_triggers() for p in e.patterns if isinstance(p, GuardedPattern)]
    assert guarded
    rng = random.Random(6)
    texts = [
        "Xi held formal talks with Putin. HELD Talks again; Re-held talks. The minister called it absurd.",
        "They BANNED him from travel, and Lavrov dismissed the demands. Kyiv brushed  aside the move.",
        "The army seızed the base; ſaid nothing. The Kelvin KEY. Hİs office CALLED the move illegal.",
        "leaders SET OUT their conditions; the pact was announced. prosaid forced a plane to land.",
        "MILITIAS and militiamen seized it; the bloc was CO-FOUNDED; Taliban fighters took Kabul; "
        "Finland became a full member of NATO; sarin was used against civilians.",
    ]
    words = " ".join(texts).split()
    for _ in range(40):
        texts.append(
            " ".join(rng.choice([w.upper(), w.lower(), w.title(), w]) for w in rng.sample(words, 12))
        )
    for text in texts:
        for p in guarded:
            for start in range(0, len(text), 7):
                for end in (start + 15, start + 60, len(text)):
                    got = [(m.start(), m.end()) for m in p.finditer(text, start, end)]
                    assert got == [(m.start(), m.end()) for m in p.regex.finditer(text, start, end)]
    # Only a pattern that must open with its words is guarded ("calls?" must open with "call").
    import re

    # Each alternative of the leading group opens with its own letters: a hyphen, an optional
    # last letter, a case-sensitive group or a phrase after the first word are fine.
    for source in (
        r"\bcall(?:ed|s)\s+it",
        r"\bcalls?\b",
        r"\b(?:Call|rang)\s+x",
        r"\b(?:a\s*b)",
        r"\b(?:militias?|co-founded|(?-i:Taliban))\s+x",
        r"\b(?:joined|became\s+a\s+(?:full\s+)?member\s+of)\s+x",
    ):
        assert isinstance(_guarded(re.compile(source, re.I)), GuardedPattern), source
    for source in (
        r"\bsaid|\bxyz",
        r"(?-i:\bSaid)",
        r"\b(?:said)?\s+x",
        r"\bs*aid",
        r"\b(?:[A-Z]\w+|said)\s+x",
        r"\b(?:a|b){2}",
        r"\bsai{2}d",
    ):
        assert not isinstance(_guarded(re.compile(source, re.I)), GuardedPattern), source


def test_lowered_trigger_search_finds_what_the_case_insensitive_regex_finds():
    """Issue #6: the trigger regex runs without IGNORECASE over the lower-cased text."""
    import re

    from pipeline.events.lexicon import _CASE_ODD, _LOWER_SAFE, LoweredRegex, trigger_regex

    # Every code point: lower() keeps it one character (but 'İ'), keeps word characters, '-' and
    # spaces as they are, and folds to a safe character exactly what IGNORECASE matches with it.
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000 and chr(i) not in _CASE_ODD)
    lowered = "".join(c.lower() if len(c.lower()) == 1 else "\0" for c in chars)
    assert [c for c in chars if len(c.lower()) != 1] == []
    for cls in (r"[\w\-]", r"\s"):
        assert [m.start() for m in re.finditer(cls, chars)] == [m.start() for m in re.finditer(cls, lowered)]
    safe = "".join(sorted(_LOWER_SAFE - {" "}))
    folding = re.compile(f"[{re.escape(safe)}]", re.IGNORECASE)
    plain = re.compile(f"[{re.escape(safe)}]")
    assert [m.start() for m in folding.finditer(chars)] == [m.start() for m in plain.finditer(lowered)]
    for m in folding.finditer(chars):
        assert [x for x in safe if re.fullmatch(re.escape(x), m.group(), re.IGNORECASE)] == [
            lowered[m.start()]
        ]

    regex, by_form = trigger_regex()
    assert isinstance(regex, LoweredRegex)
    text = " ".join(
        [f.upper() for f in by_form]
        + [f.title() for f in by_form]
        + ["Xi MET Putin; re-met; met-up; Talks-talks. ſummit, ıt, SUMMİT, KELVIN"]
    )
    for start in range(0, len(text), 97):
        for end in (start + 40, start + 400, len(text)):
            got = [m.span() for m in regex.finditer(text, start, end)]
            assert got == [m.span() for m in regex.regex.finditer(text, start, end)]
    assert [m.group() for m in regex.finditer("Xi Met Putin before the MEETING.")] == ["Met", "MEETING"]


def test_a_leadership_noun_takes_the_person_taking_office_not_the_guest():
    text = (
        "On Thursday, in Shanghai, Brazilian President Luiz Inácio Lula da Silva attended the "
        "inauguration of former Brazilian President Dilma Rousseff as head of the New Development Bank."
    )
    rows = [
        e
        for e in extract_events(Article(text=text, published=date(2023, 4, 15)))
        if e.event_type == "leadership"
    ]
    assert rows and rows[0].actors[:1] == ("Dilma Rousseff",)


def test_the_country_after_a_place_is_its_address_not_a_speaker():
    text = (
        "Modi and Xi held talks on Wednesday at the BRICS summit in Kazan, Russia, days after the "
        "two countries announced an agreement on border patrols."
    )
    rows = extract_events(Article(text=text, published=date(2024, 10, 24)))
    assert not [e for e in rows if e.event_type == "statement" and e.countries == ("RUS",)]


def test_a_cue_in_a_clause_about_something_else_is_not_the_events_status():
    text = (
        "The two presidents met in Lima, Peru, on Saturday, on the sidelines of the Asia-Pacific "
        "Economic Cooperation summit, in what is expected to be their last meeting."
    )
    rows = extract_events(Article(text=text, published=date(2024, 11, 17)))
    summits = [e for e in rows if e.event_type == "summit"]
    assert summits and all(e.status == "occurred" for e in summits)


def test_a_demonym_on_the_event_noun_does_not_replace_the_announcer():
    text = "Theresa May announced the British expulsions in parliament on Wednesday."
    rows = [
        e
        for e in extract_events(Article(text=text, published=date(2018, 3, 18)))
        if e.event_type == "sanction"
    ]
    assert rows and rows[0].actors == ("Theresa May",) and rows[0].date_start == "2018-03-14"


def test_they_who_held_a_summit_are_the_two_leaders_not_their_envoys():
    text = (
        "US President Joe Biden and Chinese President Xi Jinping spoke by video call on Friday.\n\n"
        "The call followed a meeting in Rome on Monday between US national security adviser Jake "
        "Sullivan and China's top diplomat Yang Jiechi.\n\n"
        "The two leaders last spoke in November, when they held a virtual summit."
    )
    rows = [
        e for e in extract_events(Article(text=text, published=date(2022, 3, 19))) if e.event_type == "summit"
    ]
    assert rows and set(rows[0].actors) == {"Joe Biden", "Xi Jinping"} and rows[0].date_start == "2021-11-01"


def test_find_triggers_calls_only_patterns_whose_words_occur_yet_finds_the_same(monkeypatch):
    """Issue #6: find_triggers skips the gap patterns whose leading words are not in the span;
    the triggers are those of trying every pattern on every span."""
    from pipeline.events import triggers

    texts = [
        "Xi held formal talks with Putin on Monday. The minister called it absurd.\n"
        "Kyiv brushed aside the demands. Beijing said it would respond.\nNothing happened here.",
        "HELD Talks again; the pact was announced. They BANNED him from travel. Hİs office CALLED it.",
        "The two leaders met in Geneva and signed an agreement; Lavrov dismissed the move as absurd.",
    ]
    spans = []
    for text in texts:
        spans.append((text, 0, len(text)))
        spans += [(text, s, s + n) for s in range(0, len(text), 9) for n in (20, 70)]
    planned = [triggers.find_triggers(t, s, min(e, len(t))) for t, s, e in spans]
    every = list(triggers._pattern_list())
    monkeypatch.setattr(triggers, "_patterns_for", lambda text, start, end: every)
    assert planned == [triggers.find_triggers(t, s, min(e, len(t))) for t, s, e in spans]
    assert any(planned)


def test_a_date_naming_another_event_in_passing_is_no_running_date():
    """'the October 26 parliamentary election' dates the election only; the next sentence's
    accusation takes the paragraph's day of the announcement (held-out set 3)."""
    text = (
        "Georgia's prime minister announced the decision on Thursday, hours after the European "
        "Parliament called for the October 26 parliamentary election to be rerun. He accused "
        "Brussels of blackmail."
    )
    acc = [e for e in _events(text, "2024-11-29") if e.trigger == "accused"]
    assert acc and acc[0].date_start == "2024-11-28"


def test_an_act_on_a_named_treaty_is_an_event_but_a_cited_treaty_is_not():
    rows = _events("India suspended its part in the Indus Waters Treaty on Wednesday.", "2025-05-11")
    assert [e.event_type for e in rows] == ["sanction"]
    assert not _events("Under the 2015 Paris Agreement, nations report their emissions.", "2025-05-11")


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "North Korea launched an intercontinental ballistic missile on Tuesday.",
            "2017-07-05",
            ("launched an intercontinental ballistic missile", "military"),
        ),
        (
            "Germany agreed on Wednesday to send Leopard 2 tanks to Ukraine.",
            "2023-01-26",
            ("send Leopard 2 tanks", "aid"),
        ),
        (
            "Xi Jinping secured a third term as China's leader on Sunday.",
            "2022-10-23",
            ("third term", "leadership"),
        ),
        (
            "Trump addressed the United Nations General Assembly on Tuesday.",
            "2017-09-19",
            ("addressed the United Nations General Assembly", "statement"),
        ),
    ],
)
def test_launches_weapons_sent_terms_and_speeches_are_events(sentence, published, expected):
    assert expected in [(e.trigger, e.event_type) for e in _events(sentence, published)]


def test_weapons_sending_charged_or_weighed_is_no_aid():
    text = "Congo accused Rwanda on Monday of sending weapons to the rebels."
    assert "aid" not in [e.event_type for e in _events(text, "2025-06-28")]


def test_denying_a_role_in_an_attack_does_not_deny_the_attack():
    text = "Gunmen killed 26 people near Pahalgam on Tuesday. Pakistan denied any role in that attack."
    assert "denied" not in [e.status for e in _events(text, "2025-04-24")]


def test_a_month_before_the_news_peg_dates_the_background_event_by_month():
    text = "The announcement comes a month after Treasury Secretary Janet Yellen visited China."
    visit = [e for e in _events(text, "2024-05-14") if e.event_type == "visit"]
    assert visit and (visit[0].date_start, visit[0].date_end) == ("2024-04-01", "2024-04-30")


def test_a_second_change_of_a_type_placed_by_an_offset_is_its_own_row():
    text = (
        "Muhammad Yunus was sworn in on Thursday evening as head of the interim government, three days "
        "after weeks of protests forced Prime Minister Sheikh Hasina to resign."
    )
    rows = {e.trigger: e.date_start for e in _events(text, "2024-08-08") if e.event_type == "leadership"}
    assert rows == {"sworn in": "2024-08-08", "resign": "2024-08-05"}


def test_a_negotiated_way_out_is_no_negotiation():
    text = (
        "ECOWAS said on Sunday it remained committed to finding a negotiated way out of the impasse in Niger."
    )
    assert "negotiation" not in [e.event_type for e in _events(text, "2024-01-29")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mali said on Sunday it was leaving the Economic Community of West African States.",
        "Trump signed an order on Monday to withdraw from the World Health Organization.",
    ],
)
def test_a_state_leaving_an_organisation_is_a_reduction_of_relations(sentence):
    assert "other" in [e.event_type for e in _events(sentence, "2025-01-21")]


def test_leaving_a_city_stays_a_departure():
    assert [e.event_type for e in _events("Xi left Moscow on Wednesday.", "2023-03-23")] == ["visit"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Xi Jinping secured a third term as leader on Sunday.", [("third term", "leadership")]),
        ("He served a third term.", []),
        (
            "Washington had serious concerns that the result did not reflect the will of voters.",
            [("serious concerns", "criticism")],
        ),
        ("There are serious concerns.", []),
        ("Congo accused Rwanda of having sent weapons to the rebels.", [("accused", "criticism")]),
    ],
)
def test_pattern_triggers_take_the_sense_filters_of_their_entry(sentence, expected):
    assert _types(sentence) == expected


def test_a_state_concerned_by_a_move_criticises_it_and_a_threatened_place_makes_no_threat():
    said = _events(
        "China's foreign ministry said on Tuesday that it was concerned by the US withdrawal.", "2025-01-21"
    )
    assert "criticism" in [e.event_type for e in said]
    assert "threat" not in [
        e.event_type for e in _events("Australia will help Tuvalu, threatened by rising seas.")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Petro then ordered 25% tariffs on U.S. goods.", [("tariffs on", "sanction")]),
        ("Tension over tariffs on steel grew.", []),
        ("The US closed its embassy in Kabul on Sunday.", [("closed its embassy", "sanction")]),
        ("They re-established ties in 2016.", [("re-established ties", "agreement")]),
    ],
)
def test_rated_tariffs_closed_embassies_and_restored_ties(sentence, expected):
    assert _types(sentence) == expected


def test_a_day_told_from_a_year_guessed_anchor_moves_back_with_a_past_verb():
    text = (
        "The rift opened on January 1, when Ethiopia signed a memorandum with Somaliland. "
        "Somalia recalled its ambassador from Addis Ababa the next day."
    )
    rec = [e for e in _events(text, "2024-12-12") if e.event_type == "sanction"]
    assert rec and (rec[0].date_start, rec[0].status) == ("2024-01-02", "occurred")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Monday, May gave Moscow until the end of Tuesday to explain the attack.",
            ("gave Moscow until", "threat"),
        ),
        (
            "The Gulf states gave Qatari diplomats 48 hours to leave.",
            ("gave Qatari diplomats 48 hours to leave", "sanction"),
        ),
        (
            "Britain's minister, who was named president of the conference in February, spoke.",
            ("named president", "leadership"),
        ),
    ],
)
def test_deadlines_and_appointments(sentence, expected):
    assert expected in _types(sentence)


def test_a_call_told_with_the_party_before_the_medium():
    assert ("spoke with Xi Jinping by phone", "call") in _types(
        "Biden spoke with Xi Jinping by phone on Friday."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Putin invited Trump to Moscow.", [("invited Trump to Moscow", "visit")]),
        ("Zelensky will come to Washington on Monday.", [("come to Washington", "visit")]),
        ("The junta came to power in 2021.", []),
        (
            "Hungary took over the rotating presidency of the EU Council on July 1.",
            [("took over the rotating presidency", "other")],
        ),
    ],
)
def test_invitations_comings_and_rotating_presidencies(sentence, expected):
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BRICS leaders gather in Johannesburg on Tuesday.", ("leaders gather", "summit")),
        ("Arab foreign ministers convened in Cairo on Sunday.", ("ministers convened", "meeting")),
    ],
)
def test_leaders_and_ministers_gathering(sentence, expected):
    assert expected in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soldiers removed President Mohamed Bazoum in July.", ("Soldiers removed", "military")),
        (
            "Washington lifted restrictions on defence cooperation with Azerbaijan.",
            ("lifted restrictions", "other"),
        ),
        (
            "Mexico had granted him political asylum earlier on Friday.",
            ("granted him political asylum", "other"),
        ),
        (
            "Blinken said Washington would hold the violators to account.",
            ("hold the violators to account", "threat"),
        ),
        (
            "Senior Hamas figures had gathered in Doha to discuss a proposal.",
            ("figures had gathered", "meeting"),
        ),
    ],
)
def test_coups_relief_asylum_accountability_and_gatherings(sentence, expected):
    assert expected in _types(sentence)


def test_the_lifting_of_sanctions_as_a_term_is_no_event():
    assert _types("Iran accepted limits in exchange for the lifting of international sanctions.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police removed the barricades on Monday.",
        "Protesters gathered in Tbilisi.",
        "The bank opened an account.",
    ],
)
def test_verb_opened_patterns_need_their_subject_or_verb(sentence):
    assert not {"military", "summit", "meeting", "threat"} & {t for _, t in _types(sentence)}


def test_the_two_sides_are_the_last_pair_of_warring_bodies():
    text = (
        "Sudan's army and the paramilitary Rapid Support Forces signed a truce on Saturday. "
        "The two sides signed a declaration on May 11 committing them to protect civilians."
    )
    may = [e for e in _events(text, "2023-05-21") if e.date_start == "2023-05-11"]
    assert may and len(may[0].actors) == 2


def test_a_gathering_at_the_end_of_the_running_month_lies_ahead():
    text = "The treaty clears the way for a meeting of the leaders of Kyrgyzstan and Tajikistan planned for the end of March."
    meeting = [e for e in _events(text, "2025-03-13") if e.event_type == "meeting"]
    assert meeting and meeting[0].status == "planned"


# --- web-copy dev set 2 round (issue #4) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thousands of people marched through Minsk on Sunday.", "protest"),
        ("The activist was shot dead outside his home in Ottawa.", "military"),
        ("China held military exercises near Taiwan last week.", "military"),
        ("The junta gave the French ambassador 48 hours to leave.", "sanction"),
        ("Washington said it was suspending $50 million in economic aid to Mali.", "sanction"),
        ("The Senate passed the measure late on Tuesday.", "other"),
        ("Three hostages had been freed earlier.", "other"),
        ("The Supreme Court ruled that the deportation policy was unlawful.", "other"),
        ("Venezuela held a referendum on Sunday.", "other"),
        ("Canada paused talks on a trade agreement with India.", "negotiation"),
        ("Merkel called to congratulate him.", "call"),
        ("The opposition leader called the plan 'a gimmick'.", "criticism"),
    ],
)
def test_webcopy2_phrases_name_their_events(sentence, expected):
    assert expected in {t for _, t in _types(sentence)}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The decree orders Russian tour operators to stop selling holidays in Egypt.", "visit"),
        ("Pilots at the base were warned in advance through a hotline.", "threat"),
        ("The funds had been frozen in Germany under U.S. sanctions.", "sanction"),
        ("The cabinet approved the agreement in an overnight vote.", "leadership"),
        ("Vast crowds filled the streets of Tehran for the funeral procession.", "protest"),
        ("The assembly adopted a resolution calling on Russia to withdraw its forces.", "other"),
        ("The Kremlin said the aid would not change the situation.", "aid"),
        ("The summit was the first since the group admitted new members in January.", "statement"),
        (
            "State media said 18 nationals had been arrested and that King Salman had dismissed aides.",
            "military",
        ),
    ],
)
def test_webcopy2_phrases_keep_their_other_senses_out(sentence, absent):
    assert absent not in {t for _, t in _types(sentence)}


def test_a_news_peg_offset_counts_from_the_event_it_names():
    text = (
        "TOKYO -- The two leaders agreed on Thursday to resume regular visits, at their first summit in "
        "Tokyo in 12 years. "
        "The summit came 10 days after Seoul announced a plan to compensate former workers."
    )
    announced = [e for e in _events(text, "2023-03-17") if e.trigger == "announced"]
    assert announced and announced[0].date_start == "2023-03-06"


def test_the_nth_anniversary_of_a_year_falls_n_years_later():
    text = (
        "Albanese's visit on Saturday marked the 50th anniversary of Gough Whitlam's trip to China in 1973."
    )
    marks = [e for e in _events(text, "2023-11-06") if e.event_type == "commemoration"]
    assert marks and marks[0].date_start and marks[0].date_start.startswith("2023")


def test_cues_after_an_offset_clause_belong_to_the_earlier_event():
    text = (
        "Marchers fill the streets of Hong Kong a day after the city's leader suspends the extradition bill."
    )
    protests = [e for e in _events(text, "2019-06-16") if e.event_type == "protest"]
    assert protests and protests[0].status == "occurred"


def test_a_plan_told_in_the_pluperfect_did_not_go_ahead():
    assert _status("The two ministers had been due to meet US officials this week.", "meet")[0] == "cancelled"


def test_an_occasion_after_which_a_dated_act_came_shares_its_day():
    text = (
        "Canadian Prime Minister Justin Trudeau announced new tariffs on Chinese steel after a telephone "
        "call with President Lula."
    )
    calls = [e for e in _events(text, "2023-05-10") if e.event_type == "call"]
    assert calls and (calls[0].date_start, calls[0].date_end) == ("2023-05-09", "2023-05-10")
    told_before = (
        "Canadian Prime Minister Justin Trudeau announced new tariffs on Chinese steel after the telephone "
        "call with President Lula."
    )
    assert all(e.date_start is None for e in _events(told_before, "2023-05-10") if e.event_type == "call")


def test_an_undated_call_takes_the_day_of_a_later_definite_mention():
    text = (
        "China protested on Saturday after US President Donald Trump spoke by telephone with Japanese Prime "
        "Minister Fumio Kishida. Kishida had raised trade during the call on Friday, Japanese officials said."
    )
    calls = [e for e in _events(text, "2023-05-13") if e.event_type == "call"]
    assert calls and calls[0].date_start == "2023-05-12"


def test_an_election_congratulated_on_is_a_topic_not_an_event_of_that_day():
    text = "Japanese Prime Minister Fumio Kishida congratulated him on his election victory during a call on Friday."
    assert all(e.event_type != "leadership" for e in _events(text, "2023-05-13"))


def test_an_overnight_strike_spans_the_evening_and_the_morning():
    text = "The United States fired cruise missiles at a Syrian government air base overnight."
    strikes = [e for e in _events(text, "2017-04-07") if e.event_type == "military"]
    assert strikes and (strikes[0].date_start, strikes[0].date_end) == ("2017-04-06", "2017-04-07")


def test_days_after_a_past_event_is_not_todays_news():
    undated = "Regional bloc ECOWAS imposed sanctions on Niger days after the coup."
    sanctions = [e for e in _events(undated, "2023-09-25") if e.event_type == "sanction"]
    assert sanctions and sanctions[0].date_start is None
    counted = (
        "Russian forces invaded Ukraine on 24 February 2022. "
        "The European Union imposed sanctions on Russia days after the invasion."
    )
    sanctions = [e for e in _events(counted, "2022-09-25") if e.event_type == "sanction"]
    assert sanctions and (sanctions[0].date_start, sanctions[0].date_end) == ("2022-02-25", "2022-03-10")


def test_an_act_reported_in_the_pluperfect_takes_the_day_of_the_saying():
    text = (
        "India's foreign ministry rejected the allegations on Tuesday and said it had expelled a senior "
        "Canadian diplomat."
    )
    expelled = [e for e in _events(text, "2023-09-20") if e.trigger == "expelled"]
    assert expelled and expelled[0].date_start == "2023-09-19"


def test_the_same_day_counts_from_the_story_not_from_a_schedule():
    text = (
        "Chancellor Olaf Scholz arrived in Warsaw on Wednesday for a visit to Poland. "
        "Formal talks with Prime Minister Donald Tusk are scheduled for Thursday.\n\n"
        "On the same day, a Russian drone attack on Odesa damaged the port."
    )
    attacks = [e for e in _events(text, "2024-03-07") if e.event_type == "military"]
    assert attacks and attacks[0].date_start == "2024-03-06"
    told = "Scholz arrived in Warsaw on Wednesday. On the same day, a Russian drone attack on Odesa damaged the port."
    attacks = [e for e in _events(told, "2024-03-07") if e.event_type == "military"]
    assert attacks and attacks[0].date_start == "2024-03-06"


def test_a_coordinated_verb_takes_the_sentences_subject_not_a_name_in_its_infinitive():
    text = (
        "The African Union suspended Gabon days after the coup and threatened to impose sanctions to "
        "restore Ali Bongo Ondimba."
    )
    threats = [e for e in _events(text, "2023-09-05") if e.event_type == "threat"]
    assert threats and threats[0].actors == ("African Union",)


def test_a_travel_verb_after_and_is_the_sentences_subjects_trip():
    text = "Emmanuel Macron left before the closing dinner on Friday and flew to Beijing for talks."
    trips = [e for e in _events(text, "2023-04-08") if e.event_type == "visit"]
    assert trips and trips[0].actors == ("Emmanuel Macron",)


def test_the_two_governments_are_the_storys_pair_not_the_last_pair_told():
    text = (
        "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met on Wednesday. "
        "India and China agreed on patrolling arrangements along their border on Monday.\n\n"
        "Hours before the meeting, Pakistan shelled positions in India.\n\n"
        "The two governments also agreed to resume direct flights."
    )
    agreed = [e for e in _events(text, "2024-10-24") if e.trigger == "agreed to"]
    assert agreed and set(agreed[0].countries) == {"IND", "CHN"}


def test_a_date_too_far_from_a_saying_dates_the_occasion_it_was_said_at():
    text = (
        "German Chancellor Olaf Scholz urged Indian Prime Minister Narendra Modi on Saturday to use his influence with Moscow, "
        "in talks in New Delhi that also covered trade."
    )
    talks = [e for e in _events(text, "2023-02-26") if e.event_type == "meeting"]
    assert talks and talks[0].date_start == "2023-02-25"


def test_a_speaker_before_a_long_relative_clause_is_the_head_noun():
    text = (
        "Prime Minister Rishi Sunak, who took office in October 2022 after the short and turbulent premiership "
        "of Liz Truss had collapsed over her budget, said on Monday that Britain would stand by Ukraine."
    )
    said = [e for e in _events(text, "2023-02-21") if e.event_type == "statement"]
    assert said and said[0].actors == ("Rishi Sunak",)


def test_the_object_of_a_first_verb_does_not_speak_for_the_second():
    text = "Soldiers detained President Alpha Condé on Sunday and declared the constitution dissolved."
    assert all(
        e.actors != ("Alpha Condé",) for e in _events(text, "2021-09-06") if e.event_type == "statement"
    )


def test_a_country_naming_a_military_noun_attacks_not_the_clause_subject_of_another_country():
    text = "It was a trip that Rishi Sunak called a failure because it coincided with a deadly Iranian drone attack."
    attacks = [e for e in _events(text, "2023-07-06") if e.event_type == "military"]
    assert attacks and "Rishi Sunak" not in attacks[0].actors and attacks[0].countries[0] == "IRN"


def test_a_habit_is_not_dated_by_publication():
    text = "The Chinese foreign ministry has frequently warned Washington against interference in Hong Kong."
    threats = [e for e in _events(text, "2023-08-20") if e.event_type == "threat"]
    assert threats and threats[0].date_start is None


def test_a_collective_takes_the_name_of_the_bloc_the_article_names():
    text = (
        "West African leaders meeting in Accra on Saturday imposed sanctions on Mali's junta. "
        "The summit of the Economic Community of West African States was its second this year."
    )
    sanctions = [e for e in _events(text, "2022-01-10") if e.event_type == "sanction"]
    assert sanctions and sanctions[0].actors == ("ECOWAS",)


def test_hours_later_counts_from_the_day_told_not_from_a_planned_visit():
    text = (
        "Japan said on Tuesday that Prime Minister Fumio Kishida will pay a state visit to India from "
        "March 20 to 21.\n\nHours later, North Korea fired a ballistic missile into the sea."
    )
    fired = [e for e in _events(text, "2023-03-15") if e.event_type == "military"]
    assert fired and (fired[0].date_start, fired[0].status) == ("2023-03-14", "occurred")


def test_an_offset_counts_even_when_a_paragraph_date_stands_above():
    text = (
        "Published March 9, 2024\n"
        "Japanese Foreign Minister Yoko Kamikawa met Ukrainian President Volodymyr Zelensky in Kyiv on Saturday, "
        "three days after Russian forces killed five people in Odesa."
    )
    killed = [e for e in _events(text, "2024-03-09") if e.trigger == "killed"]
    assert killed and killed[0].date_start == "2024-03-06"


def test_a_trip_closing_a_dated_sentence_as_its_occasion_takes_that_day():
    text = (
        "Narendra Modi and Anthony Albanese signed a migration pact in Sydney on Wednesday, on the last stop "
        "of Modi's three-nation trip."
    )
    trips = [e for e in _events(text, "2023-05-25") if e.event_type == "visit"]
    assert trips and trips[0].date_start == "2023-05-24"


def test_a_date_of_the_agreed_act_does_not_date_the_agreeing():
    text = "Officials said Pakistan had agreed to reopen the border crossing during the holiday season next month."
    agreed = [e for e in _events(text, "2023-11-02") if e.trigger == "agreed to"]
    assert agreed and agreed[0].status == "occurred" and agreed[0].date_start != "2023-12-01"
    trip = "Biden and Xi agreed to the trip at their meeting in Bali last November."
    agreed = [e for e in _events(trip, "2023-06-15") if e.trigger == "agreed to"]
    assert agreed and agreed[0].date_start == "2022-11-01"


def test_a_bullet_naming_someone_to_meet_on_a_weekday_is_a_plan_for_the_coming_one():
    text = (
        "Key points:\n"
        "- First visit by a German chancellor since Angela Merkel in 2019\n"
        "- Scholz to meet Prime Minister Fumio Kishida on Thursday\n"
    )
    meetings = [e for e in _events(text, "2023-03-13") if e.event_type == "meeting"]
    assert meetings and (meetings[0].status, meetings[0].date_start) == ("planned", "2023-03-16")


def test_someone_elses_trip_in_a_year_of_its_own_is_another_visit():
    text = (
        "President Joe Biden arrived in Hanoi on Sunday. "
        "The visit also recalled Barack Obama's trip to Vietnam in 2016, the first by a US president in a decade."
    )
    visits = [e for e in _events(text, "2023-09-11") if e.event_type == "visit"]
    assert any(v.date_start == "2016-01-01" for v in visits)


def test_a_pluperfect_verb_is_done_whatever_plan_the_main_clause_tells():
    text = (
        "India and China agreed to revive a border commission that New Delhi had threatened to scrap in 2020."
    )
    threats = [e for e in _events(text, "2023-03-17") if e.event_type == "threat"]
    assert threats and threats[0].status == "occurred"


def test_neither_side_would_threaten_is_a_denial():
    text = "Armenian and Azerbaijani leaders pledged on Friday that neither side would attack the other."
    attacks = [e for e in _events(text, "2025-08-09") if e.event_type in ("military", "threat")]
    assert all(e.status == "denied" for e in attacks)
    assert (
        read_status(
            "Neither country would threaten the other.",
            find_triggers("Neither country would threaten the other.")[0],
            0,
            41,
        ).status
        == "denied"
    )


def test_an_event_noun_someone_reacts_to_is_the_one_told_before():
    text = (
        "Chinese President Xi Jinping and Russian President Vladimir Putin signed a partnership agreement in "
        "Moscow on Tuesday. Russian Foreign Minister Sergei Lavrov described the agreement as a milestone."
    )
    deals = [e for e in _events(text, "2023-03-22") if e.event_type == "agreement"]
    assert deals and all(e.actors == ("Xi Jinping", "Vladimir Putin") for e in deals)


def test_a_subject_before_a_relative_clause_acts():
    text = "The African Union, which suspended Niger after the coup, rejected the junta's transition plan."
    rejected = [e for e in _events(text, "2023-08-20") if e.event_type == "criticism"]
    assert rejected and rejected[0].actors == ("African Union",)


def test_protesters_are_not_the_clause_subject():
    text = "Police moved into the square near parliament to clear a road that protesters had blocked."
    assert all(e.event_type != "protest" or e.actors != ("Police",) for e in _events(text, "2023-08-20"))
    text = "Indian troops moved into the district to reopen a highway that protesters had blocked."
    assert all(e.event_type != "protest" for e in _events(text, "2023-08-20"))


def test_a_verb_in_a_relative_clause_is_background_not_the_days_news():
    text = "Mali said it would expel the French ambassador, deepening a rift with the colonels who seized power in Bamako."
    seized = [e for e in _events(text, "2022-02-01") if e.trigger == "seized power"]
    assert seized and all(e.date_start is None for e in seized)


def test_his_in_a_trailing_adjunct_is_the_sentences_subject():
    text = (
        "Indian Prime Minister Narendra Modi held talks with Prime Minister Donald Tusk in Warsaw on "
        "Wednesday, at the start of his first trip to Poland in decades."
    )
    trips = [e for e in _events(text, "2024-08-22") if e.event_type == "visit"]
    assert trips and trips[0].actors == ("Narendra Modi",) and trips[0].date_start == "2024-08-21"


def test_that_trip_takes_the_month_of_the_trip_told_before_it():
    text = (
        "Modi met Tusk in Warsaw on Wednesday. Modi made a state visit to Russia in July. "
        "On that trip he hugged Vladimir Putin, which angered Kyiv."
    )
    trips = [e for e in _events(text, "2024-08-22") if e.trigger == "trip"]
    assert trips and trips[0].date_start == "2024-07-01"


def test_he_and_a_name_before_a_verb_are_both_its_people():
    text = (
        "Indian Prime Minister Narendra Modi ended a two-day visit to Vienna on Wednesday, during which he and "
        "Austrian Chancellor Karl Nehammer signed a partnership plan."
    )
    signed = [e for e in _events(text, "2024-07-11") if e.trigger == "signed"]
    assert signed and signed[0].actors[:1] == ("Narendra Modi",) and "Karl Nehammer" in signed[0].actors


def test_a_capital_subject_after_a_saying_acts_not_the_speaker():
    text = (
        "Foreign Minister Penny Wong said the warship had sailed too close to Australian waters and Canberra "
        "lodged a protest with Beijing."
    )
    protests = [e for e in _events(text, "2023-06-05") if e.event_type == "criticism"]
    assert protests and protests[0].actors == () and protests[0].countries[0] == "AUS"


def test_a_second_verb_after_and_later_takes_the_first_verbs_day_and_subject():
    text = (
        "Published March 2, 2023\n"
        "Indian Prime Minister Narendra Modi met Chancellor Olaf Scholz in New Delhi on Saturday, his first "
        "meeting with a German leader since the election in 2021, and later addressed a joint session of parliament."
    )
    speech = [e for e in _events(text, "2023-03-02") if e.trigger.startswith("addressed")]
    assert speech and speech[0].actors == ("Narendra Modi",) and speech[0].date_start == "2023-02-25"


def test_accused_by_names_the_accuser_not_the_one_after_of():
    text = "The EU listed two Chinese firms accused by Ukraine of supplying Russia with drone parts."
    accusations = [e for e in _events(text, "2023-06-24") if e.event_type == "criticism"]
    assert accusations and all(e.countries[:1] == ("UKR",) for e in accusations)
    assert all("European Union" not in e.actors for e in accusations)


def test_what_an_appeal_asks_for_is_no_event():
    text = "UN Secretary-General Antonio Guterres urged both sides to agree a ceasefire in Sudan."
    assert all(e.event_type != "agreement" for e in _events(text, "2023-05-01"))


def test_a_pundits_warning_is_no_threat():
    text = "Analysts warned about the growing China threat to Taiwan."
    assert all(e.event_type != "threat" for e in _events(text, "2023-05-01"))


def test_leaving_an_agreement_is_not_an_agreement_of_that_day():
    text = "The junta announced on Sunday that Niger was withdrawing from the defence agreement with France."
    assert all(e.event_type != "agreement" for e in _events(text, "2023-08-04"))


def test_someone_meeting_victims_of_an_attack_did_not_attack():
    text = "Prime Minister Narendra Modi met victims of the bombing at a hospital in Srinagar."
    attacks = [e for e in _events(text, "2019-02-20") if e.event_type == "military"]
    assert all("Narendra Modi" not in e.actors for e in attacks)


def test_what_a_meeting_is_held_on_or_a_feeling_is_about_is_a_topic():
    text = "The UN Security Council is due to meet on the attack on Friday."
    assert all(e.event_type != "military" for e in _events(text, "2024-04-02"))
    text = "Macron said he was deeply concerned about the strike on the hospital in Gaza."
    assert all(e.event_type != "military" for e in _events(text, "2024-04-02"))


def test_expected_in_an_appositive_clause_is_not_the_verbs_status():
    text = "Modi met Putin in Moscow on Monday, a meeting that is expected to deepen energy ties."
    met = [e for e in _events(text, "2024-07-09") if e.trigger == "met"]
    assert met and (met[0].status, met[0].date_start) == ("occurred", "2024-07-08")


def test_a_plan_told_with_then_after_a_dated_plan_is_that_days():
    text = (
        "Prime Minister Fumio Kishida is due to address a joint meeting of parliament on Friday, and the two leaders "
        "will then hold a summit with New Zealand Prime Minister Chris Hipkins."
    )
    summits = [e for e in _events(text, "2023-07-05") if e.event_type == "summit"]
    assert summits and summits[0].date_start == "2023-07-07"


def test_a_subject_before_an_of_apposition_acts():
    text = (
        "Prime Minister Shehbaz Sharif met Xi Jinping on Friday. "
        "Sharif, of the Pakistan Muslim League, took office in April."
    )
    took = [e for e in _events(text, "2022-11-05") if e.trigger == "took office"]
    assert took and took[0].actors == ("Shehbaz Sharif",)


def test_he_promised_elections_names_the_person_told_before():
    text = (
        "Colonel Assimi Goita was sworn in as Mali's interim president on Monday. "
        "He promised elections in February 2022."
    )
    votes = [e for e in _events(text, "2021-06-08") if e.trigger == "elections"]
    assert votes and votes[0].actors[0].startswith("Assimi")


def test_the_object_of_an_earlier_verb_is_not_a_co_accuser():
    text = (
        "Russia's foreign ministry voiced support for Maduro and accused Washington of meddling in Venezuela."
    )
    accusations = [e for e in _events(text, "2019-01-25") if e.event_type == "criticism"]
    assert accusations and "Nicolás Maduro" not in accusations[0].actors
    listed = "Britain, France and Germany condemned the attack on the tanker."
    condemned = [e for e in _events(listed, "2019-01-25") if e.event_type == "criticism"]
    assert condemned and set(condemned[0].countries[:3]) == {"GBR", "FRA", "DEU"}


def test_a_cancellation_does_not_reach_across_after():
    text = "Kishida cancels trip to Seoul after UN ceasefire talks collapse"
    statuses = {t.text: read_status(text, t, 0, len(text)).status for t in find_triggers(text)}
    assert statuses.get("trip") == "cancelled"
    assert all(v != "cancelled" for k, v in statuses.items() if k != "trip")
    assert len(statuses) > 1


def test_signing_a_bill_into_law_is_no_agreement_and_dates_the_aid():
    text = (
        "President Joe Biden signed a $40 billion security package into law on Friday that includes about "
        "$12 billion in aid for Ukraine."
    )
    events = _events(text, "2023-10-01")
    assert all(e.event_type != "agreement" for e in events)
    aid = [e for e in events if e.event_type == "aid"]
    assert aid and aid[0].date_start == "2023-09-29"


def test_an_event_remembered_by_an_anniversary_falls_that_many_years_back():
    text = (
        "Leaders gathered in Hiroshima on Saturday, marking the 78th anniversary of the atomic bombing of the "
        "city by the United States."
    )
    bombings = [e for e in _events(text, "2023-08-06") if e.event_type == "military"]
    assert bombings and bombings[0].date_start == "1945-01-01"


def test_a_saying_without_a_row_still_dates_what_it_reports_done():
    text = (
        "State television said late on Friday that President Kais Saied had dismissed the prime minister "
        "and three ministers."
    )
    dismissed = [e for e in _events(text, "2021-07-26") if e.trigger.startswith("dismissed")]
    assert dismissed and dismissed[0].date_start == "2021-07-23"


def test_the_gathering_an_agreement_was_reached_at_is_done_on_its_day():
    text = (
        "Israel and Hamas agreed on Wednesday to a four-day truce.\n\n"
        "The agreement, reached at a meeting in Doha between Qatari and Egyptian mediators, will take effect "
        "on Friday."
    )
    meetings = [e for e in _events(text, "2023-11-23") if e.event_type == "meeting"]
    assert meetings and (meetings[0].status, meetings[0].date_start) == ("occurred", "2023-11-22")


def test_a_date_naming_the_noun_after_it_does_not_date_the_verb():
    text = (
        "The foreign minister announced his resignation on Friday, hours after the European Parliament adopted a "
        "resolution calling for the March 3 presidential election to be rerun."
    )
    adopted = [e for e in _events(text, "2024-04-06") if e.trigger.startswith("adopted")]
    assert adopted and adopted[0].date_start == "2024-04-05"


def test_a_nouns_own_took_place_date_beats_the_same_type_told_before():
    text = (
        "Emmanuel Macron was elected president of France on Sunday.\n\n"
        "The first round of voting took place on 23 April, when he came first."
    )
    rounds = [e for e in _events(text, "2017-05-08") if e.trigger == "first round"]
    assert rounds and rounds[0].date_start == "2017-04-23"


def test_a_meeting_a_trip_is_for_is_the_trip():
    text = "Aides said Liz Truss's first trip abroad as prime minister would be to Kyiv to meet Volodymyr Zelensky."
    events = _events(text, "2022-09-07")
    assert any(e.event_type == "visit" for e in events)
    assert all(e.event_type != "meeting" for e in events)
    own = "From Kyiv, Biden went on to Warsaw, where he is to meet Polish President Andrzej Duda on Tuesday."
    assert any(e.event_type == "meeting" for e in _events(own, "2023-02-21"))


def test_the_one_flying_for_a_state_visit_is_its_traveller():
    text = "Indian Prime Minister Narendra Modi will then fly to Vienna for a state visit."
    visits = [e for e in _events(text, "2024-07-08") if e.trigger == "state visit"]
    assert visits and visits[0].actors == ("Narendra Modi",)


def test_an_act_on_a_named_person_is_a_row_without_a_known_doer():
    text = "Army officers deposed President Alpha Conde in September 2021."
    deposed = [e for e in _events(text, "2022-03-01") if e.event_type == "military"]
    assert deposed and deposed[0].actors == ("Alpha Conde",)
    assert (deposed[0].date_start, deposed[0].date_end) == ("2021-09-01", "2021-09-30")


def test_a_past_act_after_a_month_dated_event_takes_that_month_not_the_story_day():
    text = "ECOWAS imposed sanctions on Mali after soldiers seized power in Bamako last August."
    sanctions = [e for e in _events(text, "2021-02-01") if e.event_type == "sanction"]
    assert sanctions and (sanctions[0].date_start, sanctions[0].date_end) == ("2020-08-01", "2020-08-31")
    counted = "ECOWAS imposed sanctions on Mali two months after soldiers seized power in Bamako last August."
    sanctions = [e for e in _events(counted, "2021-02-01") if e.event_type == "sanction"]
    assert sanctions and sanctions[0].date_start != "2020-08-01"


def test_a_past_verb_after_a_year_dated_main_clause_takes_that_year():
    text = "Ties between Canada and Saudi Arabia broke down in 2018 after Ottawa called for the release of jailed activists."
    calls = [e for e in _events(text, "2023-05-25") if e.trigger == "called for"]
    assert calls and (calls[0].date_start, calls[0].date_end) == ("2018-01-01", "2018-12-31")


def test_an_attack_at_a_site_takes_the_town_after_it_as_its_place():
    text = "Russia's ambassador to Turkey was shot dead at an art gallery in Ankara on Monday."
    attacks = [e for e in _events(text, "2016-12-20") if e.event_type == "military"]
    assert attacks and attacks[0].location == "Ankara" and attacks[0].date_start == "2016-12-19"


def test_a_verb_coordinated_with_was_keeps_the_subject_and_the_year_of_its_occasion():
    text = (
        "Recep Tayyip Erdogan became prime minister in 2003 after a spell as mayor of Istanbul and was elected "
        "president in a 2014 vote."
    )
    elected = [e for e in _events(text, "2023-05-29") if e.trigger == "elected"]
    assert elected and elected[0].actors == ("Recep Tayyip Erdoğan",)
    assert (elected[0].date_start, elected[0].date_end) == ("2014-01-01", "2014-12-31")


def test_a_who_clause_after_a_named_persons_title_is_that_persons_act():
    text = "Rishi Sunak, the former finance minister who became prime minister in October 2022, said the plan would work."
    became = [e for e in _events(text, "2023-06-01") if e.event_type == "leadership"]
    assert became and became[0].actors == ("Rishi Sunak",)
    assert (became[0].date_start, became[0].date_end) == ("2022-10-01", "2022-10-31")


def test_the_attack_a_strike_answers_keeps_its_own_earlier_day():
    text = "Israel launched air strikes on Iran early on Saturday in retaliation for a missile attack on its cities on 1 October."
    days = sorted(e.date_start for e in _events(text, "2024-10-27") if e.event_type == "military")
    assert days == ["2024-10-01", "2024-10-26"]


def test_an_attack_on_a_site_takes_the_town_after_it():
    text = "An air strike on a funeral hall in Sanaa killed more than 100 mourners on Saturday."
    strikes = [e for e in _events(text, "2016-10-09") if e.event_type == "military"]
    assert strikes and strikes[0].location == "Sanaa"


def test_a_past_verb_after_a_fronted_month_takes_that_month():
    text = "In August 2021 the Taliban entered Kabul after President Ashraf Ghani fled the country."
    fled = [e for e in _events(text, "2022-02-01") if e.trigger == "fled the country"]
    assert fled and (fled[0].date_start, fled[0].date_end) == ("2021-08-01", "2021-08-31")


def test_a_participle_after_a_comma_has_the_sentences_subject():
    text = (
        "Ukrainian forces pushed forward in the south last year, recapturing the city of Kherson in November."
    )
    taken = [e for e in _events(text, "2023-03-01") if e.event_type == "military"]
    assert taken and taken[0].actors == ("Ukrainian Armed Forces",)
    assert (taken[0].date_start, taken[0].date_end) == ("2022-11-01", "2022-11-30")


def test_an_attack_on_the_town_of_a_place_takes_that_place():
    text = "A missile strike on the north-eastern city of Kharkiv on Tuesday killed at least 10 people."
    strikes = [e for e in _events(text, "2022-03-02") if e.event_type == "military"]
    assert strikes and strikes[0].location == "Kharkiv" and strikes[0].date_start == "2022-03-01"


def test_the_killing_a_strike_answered_takes_the_day_told_after_it():
    text = "Pakistan said its air strikes inside Iran on Thursday answered the killing of two children in Balochistan on January 16."
    events = [
        e
        for e in extract_events(Article(text=text, published=date(2024, 1, 19)))
        if e.event_type == "military"
    ]
    assert sorted(e.date_start for e in events) == ["2024-01-16", "2024-01-18"]


def test_a_sentence_opened_by_days_after_an_event_noun_counts_from_that_events_day():
    text = "Iran launched missile strikes on Pakistan on January 16.\n\nTwo days after the strikes Pakistan launched air strikes on Iran.\n"
    days = {e.date_start for e in _events(text, "2024-01-20") if e.event_type == "military"}
    assert days == {"2024-01-16", "2024-01-18"}


def test_a_noun_dated_by_a_year_takes_the_month_of_the_which_clause_after_it():
    text = "Argentina held a presidential election last year, which Javier Milei won in November."
    votes = [e for e in _events(text, "2024-03-01") if e.event_type == "leadership"]
    assert votes and (votes[0].date_start, votes[0].date_end) == ("2023-11-01", "2023-11-30")


def test_telling_a_leader_named_with_full_title_is_a_statement_of_that_day():
    text = (
        "Russian President Vladimir Putin told Turkish President Recep Tayyip Erdogan on Monday "
        "that Moscow would return to the grain deal."
    )
    said = [e for e in _events(text, "2023-09-05") if e.event_type == "statement"]
    assert [(e.actors[0], e.date_start) for e in said] == [("Vladimir Putin", "2023-09-04")]


def test_a_date_past_told_that_is_what_was_said_not_the_telling():
    text = "Indian Prime Minister Narendra Modi told Putin in front of the cameras that today's era was not one of war."
    said = [e for e in _events(text, "2022-09-17") if e.event_type == "statement"]
    assert said and said[0].date_basis != "text"


def test_a_meeting_agreed_with_words_before_the_to_is_planned():
    text = "Biden, Kishida and Yoon agreed at Camp David to meet every year."
    met = [e for e in _events(text, "2023-08-19") if e.event_type == "meeting"]
    assert met and all(e.status == "planned" and e.date_start is None for e in met)


def test_sanctions_agreed_on_a_day_are_that_days_sanction_not_a_plan():
    text = "European Union leaders agreed on Monday to ban Belarusian airlines from the bloc's airspace."
    banned = [e for e in _events(text, "2021-05-25") if e.event_type == "sanction"]
    assert banned and banned[0].status == "occurred"


def test_a_summit_that_could_follow_is_expected_not_held():
    text = "Zelensky said a second peace summit with Russia could follow later this year."
    summits = [e for e in _events(text, "2024-06-16") if e.event_type == "summit"]
    assert summits and all(e.status == "expected" for e in summits)


def test_the_strike_told_again_is_the_strike_not_the_latest_attack():
    text = (
        "US orders strike on Syrian air base\n\n"
        "The United States fired 59 cruise missiles at a Syrian air base overnight. The Pentagon said the "
        "base launched the aircraft that carried out a chemical attack on a rebel-held town on Tuesday, "
        "killing more than 80 people.\n\n"
        "Russian officials called the strike an act of aggression."
    )
    strikes = [e for e in _events(text, "2017-04-08") if e.event_type == "military" and e.trigger == "strike"]
    # the headline's strike, on the news days; not the attack's Tuesday, nor undated
    assert strikes and {e.date_start for e in strikes} == {"2017-04-07"}


def test_guarded_pattern_tried_at_its_words_finds_what_the_whole_scan_finds():
    """Issue #6: a guarded trigger pattern is only tried where the scan found its leading words;
    on every span its matches are those of running the regex over the span, also where a
    hyphenated scan word ("co-founded") hides a word start, or lower() and IGNORECASE disagree."""
    from pipeline.events.lexicon import GuardedPattern, load_triggers

    guarded = [p for e in load_triggers() for p in e.patterns if isinstance(p, GuardedPattern)]
    texts = [
        "Xi held formal talks with Putin on Monday, then held talks again. The minister called it absurd.\n"
        "Kyiv brushed aside the demands; Beijing called the move absurd and called it a provocation.",
        "She co-founded the group and founded another. He re-called it absurd. Held-talks held talks.",
        "HELD TALKS in Rome; CALLED THE MOVE ABSURD. Hİs office called it absurd; the ſtate held talks.",
        "Troops were deployed; they deployed troops and massed forces along the border, deploying tanks.",
    ]
    for text in texts:
        spans = [(0, len(text))] + [(s, s + n) for s in range(0, len(text), 7) for n in (15, 60, 400)]
        for p in guarded:
            for s, e in spans:
                got = [(m.start(), m.end()) for m in p.finditer(text, s, e)]
                assert got == [(m.start(), m.end()) for m in p.regex.finditer(text, s, e)], (p, s, e)


def test_guarded_pattern_runs_whole_where_a_hyphenated_word_hides_a_word_start():
    """Issue #6: the scan matching "pre-held" never looks at the "held" inside, where "\\bheld"
    matches; in such a text the guarded pattern scans its spans whole, as before."""
    import re

    from pipeline.events.lexicon import GuardedPattern, _guarded

    hyphenated = _guarded(re.compile(r"\bpre-held\s+nothing", re.IGNORECASE))
    held = _guarded(re.compile(r"\bheld\s+talks", re.IGNORECASE))
    assert isinstance(hyphenated, GuardedPattern) and isinstance(held, GuardedPattern)
    text = "They pre-held talks in May and held talks again in June."
    assert [m.start() for m in held.finditer(text)] == [9, 31]
    assert [m.start() for m in held.finditer(text, 5, 45)] == [9, 31]


def test_find_triggers_by_sentence_is_find_triggers_on_each_span():
    """Issue #6: one search of the forms over the whole text, handed out to the sentences, finds
    what a search per sentence finds, also for spans that cut a word or a form in two."""
    import re

    from pipeline.events import triggers

    texts = [
        "Xi held formal talks with Putin on Monday. The minister called it absurd.\n"
        "Kyiv brushed aside the demands. Beijing said it would respond.\nNothing happened here.",
        "HELD Talks again; the pact was announced. They BANNED him from travel. Hİs office CALLED it.",
        "The two leaders met in Geneva and signed an agreement; Lavrov dismissed the move as absurd.",
        "They held\ntalks. Leaders met-up and co-founded a bloc; the visit-related talks were held talks.",
    ]
    for text in texts:
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.;\n]+[.;]?", text)]
        cuts = [(s, min(len(text), s + n)) for s in range(0, len(text), 5) for n in (9, 31, 80)]
        for spans in (sentences, [(0, len(text))], cuts[::3], cuts[1::3], cuts[2::3]):
            assert triggers.find_triggers_by_sentence(text, spans) == [
                triggers.find_triggers(text, s, e) for s, e in spans
            ]
    assert any(triggers.find_triggers_by_sentence(texts[0], [(0, len(texts[0]))]))


def test_cue_regexes_search_the_lower_cased_text_and_find_what_ignorecase_finds():
    """Issue #6: a cue alternation ("prime minister|foreign office|...") runs without IGNORECASE
    over the lower-cased text; every code point folds to a caseless literal it may hold exactly
    when IGNORECASE matches it, and the cue regexes find the same matches either way."""
    import re

    from pipeline.events.lexicon import _CASE_ODD, _CUE_SAFE, LoweredRegex, _lower_safe_source, load_cues

    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000 and chr(i) not in _CASE_ODD)
    lowered = "".join(c.lower() if len(c.lower()) == 1 else "\0" for c in chars)
    for cls in (r"\d", r"\W"):
        assert [m.start() for m in re.finditer(cls, chars)] == [m.start() for m in re.finditer(cls, lowered)]
    safe = "".join(sorted(_CUE_SAFE))
    folding = re.compile(f"[{re.escape(safe)}]", re.IGNORECASE)
    plain = re.compile(f"[{re.escape(safe)}]")
    assert [m.start() for m in folding.finditer(chars)] == [m.start() for m in plain.finditer(lowered)]

    assert not _lower_safe_source(r"(?-i:May)\b")  # a scoped flag keeps its case
    assert not _lower_safe_source(r"[A-Z]\w+")  # a range
    assert not _lower_safe_source(r"(a)\1")  # a back-reference
    assert _lower_safe_source(r"(?<![\w'’])(?:spokes(?:man|woman)|top diplomat)(?![\w])")

    cues = load_cues()
    regexes = [r for _, _, r in cues.status] + [r for _, r in cues.evidentiality]
    regexes += [cues.state_actor, cues.non_state_speaker]
    lowered_ones = [r for r in regexes if isinstance(r, LoweredRegex)]
    assert cues.state_actor in lowered_ones
    text = (
        "The PRIME MINISTER's Spokesman said on Monday, according to STATE MEDIA, that talks "
        "were Planned but may be CANCELLED; the Foreign Office reportedly denied it. ſources "
        "SAID the Élysée and Downing Street would not comment. “Analysts say,” Reuters reported."
    )
    odd = text.replace("Monday", "Mondİy")
    for r in lowered_ones:
        for t in (text, odd, text.upper(), text.lower()):
            for start in range(0, len(t), 23):
                for end in (start + 30, start + 120, len(t)):
                    got = [m.span() for m in r.finditer(t, start, end)]
                    assert got == [m.span() for m in r.regex.finditer(t, start, end)]
                    one, want = r.search(t, start, end), r.regex.search(t, start, end)
                    assert (one and one.span()) == (want and want.span())
            assert [(m.span(), m.group()) for m in r.finditer(t)] == [
                (m.span(), m.group()) for m in r.regex.finditer(t)
            ]


def test_and_said_matches_where_its_lazy_form_did():
    """Issue #6: actors._AND_SAID ("met Tusk on Monday and said") matches on every window where
    the old lazy r"\\S[^,;]*?\\s(?:and|then)..." matched (only whether it matches is used)."""
    import re

    from pipeline.events.actors import _AND_SAID

    lazy = re.compile(r"\S[^,;]*?\s(?:and|then)\s+(?:\w+ly\s+)?$")
    texts = [
        "Scholz met Tusk on Monday and said, then later and ; and  then quietly and\nsaid so.",
        "Biden, and then, Xi and  firmly then ,and ;then and\tthen\n and oddly ",
        " and then and",
    ]
    for text in texts:
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                assert bool(_AND_SAID.search(text, start, end)) == bool(lazy.search(text, start, end)), (
                    start,
                    end,
                )


def test_document_name_prefilter_finds_what_the_search_finds():
    """Issue #6: the document-name check skips the search only where it cannot match."""
    from pipeline.events.extract import _DOCUMENT_NAME, _document_name

    texts = [
        "Both sides signed the Paris Agreement. Under the New START Treaty\nand the Minsk Accords, "
        "the Abraham Accords Pact held; the UN Charter and the Geneva Convention Protocol stand.",
        "The agreement was signed. TREATY talks. Indus Waters Treaty\n",
    ]
    for text in texts:
        for end in range(len(text) + 1):
            for start in (0, max(0, end - 40), max(0, end - 12)):
                got, want = _document_name(text, start, end), _DOCUMENT_NAME.search(text, start, end)
                assert (got and got.span()) == (want and want.span()), (start, end)


def test_lowered_extract_regexes_find_what_the_plain_ones_find():
    """Issue #6: the offset and later-occasion regexes search the lower-cased text; same matches,
    groups included, on every window."""
    from pipeline.events.extract import _LATER_OCCASION, _OFFSET_FAR
    from pipeline.events.lexicon import LoweredRegex

    text = (
        "Two WEEKS after the vote, and just three days before the summit, they met. During THE "
        "phone call late on Monday, and in their Meeting last week, Xi spoke. A month AFTER the "
        "attack the talks on Friday resumed; SIX MONTHS later, ſix days after it, nothing. "
    )
    for r in (_OFFSET_FAR, _LATER_OCCASION):
        assert isinstance(r, LoweredRegex)
        for t in (text, text.upper(), text.lower()):
            for start in range(0, len(t), 3):
                for end in (start + 20, start + 60, start + 140, len(t)):
                    got, want = r.search(t, start, end), r.regex.search(t, start, end)
                    assert (got and (got.span(), got.groupdict())) == (
                        want and (want.span(), want.groupdict())
                    )
            assert [(m.span(), m.groupdict()) for m in r.finditer(t)] == [
                (m.span(), m.groupdict()) for m in r.regex.finditer(t)
            ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Monday, Oct. 26", "1998-10-26"),  # a Monday in 1998: the weekday fixes the year
        ("Oct. 26", "1997-10-26"),  # a past verb's date cannot lie after publication
        ("Sunday, Oct. 26", "1997-10-26"),  # not a Sunday in 1998: the year is still guessed
    ],
)
def test_a_weekday_true_of_its_date_keeps_the_dates_year_in_the_past_tense(words, expected):
    from pipeline.events.dating import DateChoice, fix_past_year

    choice = DateChoice("1998-10-26", "1998-10-26", "day", "1998-10-26", words, "text")
    assert fix_past_year(choice, date(1998, 10, 25)).date_start == expected


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Russia said it would respond to the expulsions.", True),
        ("Many Russians said they were tired of the war.", False),  # a people, not a state
    ],
)
def test_a_countrys_people_saying_something_is_no_statement_of_the_state(text, row):
    said = [e for e in _events(text, "2024-03-10") if e.event_type == "statement"]
    assert bool(said) == row, said


def test_a_group_named_back_in_a_later_paragraph_takes_the_day_of_its_event():
    # The pair met on Thursday; a later paragraph's "the two leaders" tells more of that meeting,
    # not news of the day the story was printed (issue #4, H35).
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Thursday.\n\n"
        "The two leaders criticised the new tariffs on steel."
    )
    crit = [e for e in _events(text) if e.event_type == "criticism"]
    assert crit and (crit[0].date_start, crit[0].date_end) == ("2023-05-04", "2023-05-04")


def test_a_group_named_back_keeps_publication_when_its_pair_had_no_day():
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.\n\n"
        "The two leaders criticised the new tariffs on steel."
    )
    crit = [e for e in _events(text) if e.event_type == "criticism"]
    assert crit and crit[0].date_basis == "publication"


def test_a_protest_retold_in_the_same_country_takes_the_story_protests_day():
    text = (
        "Polish farmers blocked roads across the country on Sunday.\n\n"
        "Thousands of farmers rallied outside parliament in Warsaw to oppose cheap grain imports."
    )
    rally = [e for e in _events(text) if e.trigger == "rallied"]
    assert rally and (rally[0].date_start, rally[0].date_end) == ("2023-05-07", "2023-05-07")


def test_a_protest_in_another_country_keeps_its_own_undated_reading():
    text = (
        "Polish farmers blocked roads across the country on Sunday.\n\n"
        "Thousands of farmers rallied outside parliament in Budapest to oppose cheap grain imports."
    )
    rally = [e for e in _events(text) if e.trigger == "rallied"]
    assert rally and rally[0].date_basis == "publication"


def test_a_fronted_day_dates_the_verb_past_an_apposition_bounding_a_year():
    # "since 2006" inside the subject's apposition orders no event: the fronted Wednesday is the
    # saying's day, not publication (issue #4, H35).
    text = (
        "On Wednesday, the United States and China, the two biggest emitters since 2006, "
        "announced a joint plan to cut methane."
    )
    said = [e for e in _events(text) if e.event_type == "statement"]
    assert said and (said[0].date_start, said[0].date_basis) == ("2023-05-10", "text")


def test_a_day_bounded_by_until_still_stays_apart_from_a_later_noun():
    text = "On Monday, Sweden gave Moscow until the end of Tuesday to say whether it was behind the attack."
    assert not [e for e in _events(text) if e.event_type == "military" and e.date_start == "2023-05-08"]


def test_the_four_leaders_told_by_their_countries_are_those_countries_on_their_day():
    text = (
        "The leaders of Brazil, Argentina, Chile and Peru met in Lima on Thursday.\n\n"
        "The four leaders agreed a plan to build a railway across the Andes."
    )
    deal = [e for e in _events(text) if e.event_type == "agreement"]
    assert deal and set(deal[0].countries) == {"BRA", "ARG", "CHL", "PER"}
    assert (deal[0].date_start, deal[0].date_end) == ("2023-05-04", "2023-05-04")


def test_a_side_meeting_of_two_parties_of_a_dated_summit_is_held_on_its_day():
    text = (
        "The leaders of Brazil, Argentina, Chile and Peru met in Lima on Thursday.\n\n"
        "Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei also held "
        "a separate bilateral meeting on gas exports."
    )
    side = [e for e in _events(text) if e.trigger.endswith("bilateral meeting")]
    assert side and (side[0].date_start, side[0].date_end) == ("2023-05-04", "2023-05-04")


def test_a_meeting_of_other_countries_does_not_take_the_summits_day():
    text = (
        "The leaders of Brazil, Argentina, Chile and Peru met in Lima on Thursday.\n\n"
        "French President Emmanuel Macron and German Chancellor Olaf Scholz also held a separate "
        "bilateral meeting on gas exports."
    )
    side = [e for e in _events(text) if e.trigger.endswith("bilateral meeting")]
    assert not side or side[0].date_start != "2023-05-04"


def test_a_fronted_offset_closed_by_a_comma_counts_from_the_event_it_names():
    text = (
        "European leaders met in Paris on Monday for a summit on Ukraine.\n\n"
        "The day before the summit, several thousand people rallied in Kyiv."
    )
    rally = [e for e in _events(text) if e.trigger == "rallied"]
    assert rally and (rally[0].date_start, rally[0].date_end) == ("2023-05-07", "2023-05-07")


def test_they_opening_the_next_sentence_keeps_the_groups_day():
    text = (
        "The leaders of Brazil, Argentina, Chile and Peru met in Lima on Thursday.\n\n"
        "The four leaders agreed a plan to build a railway across the Andes. "
        "They agreed to meet again in the same city."
    )
    deals = [e for e in _events(text) if e.event_type == "agreement"]
    assert deals and all(e.date_start == "2023-05-04" for e in deals)


def test_names_before_a_numbered_apposition_are_the_subject_and_the_fronted_day_dates_the_act():
    # The span after "to widen" is the purpose's; Wednesday is the signing's (issue #4, H35).
    text = (
        "On Wednesday, Japan and South Korea, the two largest investors, surprised analysts by "
        "signing a pact to widen their trade in chips this decade."
    )
    pact = [e for e in _events(text) if e.event_type == "agreement"]
    assert pact and set(pact[0].countries) >= {"JPN", "KOR"}
    assert (pact[0].date_start, pact[0].date_end) == ("2023-05-10", "2023-05-10")


# H37: event rows missed on the weakest dev sets (doers, dates, drops; issue #4)


def test_a_coordinated_subject_before_a_plain_parenthetical_is_the_verbs_doer():
    text = "The EU and Japan, long partners in trade, signed a pact on steel exports on Monday."
    pact = [e for e in _events(text) if e.trigger == "signed"]
    assert pact and "European Union" in pact[0].actors
    assert pact[0].date_start == "2023-05-08"


def test_a_numbered_group_before_a_parenthetical_is_the_countries_told_before():
    text = (
        "Chile, Peru and Bolivia said on Monday they would leave the trade bloc.\n\n"
        "The three countries, all of which have changed government since 2020, formed a "
        "defence pact in March."
    )
    pact = [e for e in _events(text) if e.event_type == "agreement"]
    assert pact and len(pact[0].countries) >= 2 and set(pact[0].countries) <= {"CHL", "PER", "BOL"}
    assert (pact[0].date_start, pact[0].date_end) == ("2023-03-01", "2023-03-31")


def test_a_day_after_the_topic_of_a_meeting_dates_the_meeting():
    text = (
        "Russian drones attacked the port of Odesa on Monday, Ukraine said.\n\n"
        "NATO ambassadors are due to meet on the attack on Friday."
    )
    meet = [e for e in _events(text) if e.trigger == "meet"]
    assert meet and (meet[0].date_start, meet[0].date_end) == ("2023-05-12", "2023-05-12")


def test_a_speech_fronted_with_a_possessive_dates_the_saying_it_frames():
    text = (
        "Chile's president spoke to parliament again on Monday.\n\n"
        "In her first address on March 11, Bachelet called on Congress to pass the pension reform."
    )
    call = [e for e in _events(text) if e.trigger.startswith("called on")]
    assert call and (call[0].date_start, call[0].date_end) == ("2023-03-11", "2023-03-11")


def test_a_bare_state_institution_is_the_doer_of_the_country_whose_people_the_story_names():
    text = (
        "Canadian Prime Minister Justin Trudeau defended the carbon levy on Monday, and Finance "
        "Minister Chrystia Freeland said it would stay.\n\n"
        "The Senate passed the budget bill late on Tuesday by 60 votes to 30."
    )
    vote = [e for e in _events(text) if e.trigger.startswith("passed")]
    assert vote and vote[0].actors == ("Senate",) and vote[0].countries == ("CAN",)
    assert vote[0].date_start == "2023-05-09"


def test_a_bare_institution_with_no_country_told_before_has_no_country():
    text = "The Supreme Court ruled on Monday that the tax was lawful."
    rows = [e for e in _events(text) if e.event_type == "other"]
    assert rows and rows[0].actors == ("Supreme Court",) and rows[0].countries == ()


def test_a_crowd_with_no_named_people_takes_the_town_of_its_site_or_the_fronted_one():
    text = (
        "Lawmakers debated the pension bill on Tuesday.\n\n"
        "Several thousand people rallied outside the parliament building in Bucharest on Wednesday, "
        "demanding a vote.\n\n"
        "In Lisbon, tens of thousands of people marched on Tuesday against the plan."
    )
    rows = [e for e in _events(text) if e.event_type == "protest"]
    assert {e.location for e in rows} >= {"Bucharest", "Lisbon"}
    assert {e.date_start for e in rows} >= {"2023-05-10", "2023-05-09"}


def test_a_measure_a_government_said_it_would_take_is_dated_by_the_saying():
    text = "SEOUL - The two leaders met in Seoul on Monday.\n\nJapan said it would lift export curbs on three chemicals."
    lift = [e for e in _events(text) if e.trigger == "lift export curbs"]
    said = [e for e in _events(text) if e.trigger == "said"]
    assert lift and said and lift[0].status == "planned"
    assert (lift[0].date_start, lift[0].date_end) == (said[0].date_start, said[0].date_end)


def test_the_sides_opening_a_new_paragraph_are_the_pair_told_before():
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels "
        "on Monday for talks on their dispute.\n\n"
        "In a joint statement, the sides agreed to open liaison offices in each other's capitals."
    )
    deal = [e for e in _events(text) if e.event_type == "agreement"]
    assert deal and len(deal[0].actors) == 2 and {"SRB", "XKX"} <= set(deal[0].countries)
    assert deal[0].date_start == "2023-05-08"  # the pair's day, named back


def test_an_unnamed_crowd_protests_in_the_country_the_story_was_filed_from():
    text = (
        "NAIROBI - Kenyan President William Ruto signed the finance bill on Tuesday.\n\n"
        "Students protested against the new taxes at a university campus, saying prices were "
        "already too high."
    )
    rows = [e for e in _events(text) if e.event_type == "protest"]
    assert rows and rows[0].countries == ("KEN",)


def test_an_unnamed_crowd_with_no_dateline_takes_the_country_the_story_is_about_only_when_clear():
    about_one = (
        "Kenyan President William Ruto signed the finance bill on Tuesday, and Kenyan Finance "
        "Minister Njuguna Ndung'u defended it.\n\nStudents protested against the new taxes."
    )
    rows = [e for e in _events(about_one) if e.event_type == "protest"]
    assert rows and rows[0].countries == ("KEN",)
    mixed = (
        "Kenyan President William Ruto met French President Emmanuel Macron on Tuesday.\n\n"
        "Students protested against the new taxes."
    )
    assert not [e for e in _events(mixed) if e.event_type == "protest"]


def test_late_or_early_in_a_year_is_its_last_or_first_quarter():
    text = (
        "Tensions rose late last year, when Serbian protesters blocked roads near the border.\n\n"
        "In early 2019, Serbia recalled its ambassador from Albania."
    )
    rows = {e.event_type: e for e in _events(text)}
    assert (rows["protest"].date_start, rows["protest"].date_end) == ("2022-10-01", "2022-12-31")
    assert (rows["sanction"].date_start, rows["sanction"].date_end) == ("2019-01-01", "2019-03-31")


def test_an_occasion_called_off_takes_the_day_its_own_sentence_said_it_was_due():
    text = (
        "MONROVIA - The regional bloc said on Tuesday it would keep its sanctions.\n\n"
        "An ECOWAS delegation had been due in Monrovia on Saturday for talks with the government, "
        "but the visit was called off when its plane was grounded."
    )
    visit = [e for e in _events(text) if e.event_type == "visit"]
    assert visit and visit[0].status == "cancelled"
    assert (visit[0].date_start, visit[0].date_end) == ("2023-05-06", "2023-05-06")


def test_a_host_welcoming_him_receives_the_person_the_sentence_named_before():
    text = (
        "Japanese Prime Minister Fumio Kishida opened a trade fair in Hanoi on Tuesday with "
        "Vietnamese President Vo Van Thuong, a day after Thuong welcomed him at the airport."
    )
    visit = [e for e in _events(text) if e.event_type == "visit"]
    assert visit and "Fumio Kishida" in visit[0].actors
    assert visit[0].date_start == "2023-05-08"


def test_a_measure_against_a_town_is_against_its_country():
    text = "The airline said it would suspend all flights to and from Toronto from Friday."
    ban = [e for e in _events(text) if e.event_type == "sanction"]
    assert ban and "CAN" in ban[0].countries and ban[0].date_start == "2023-05-12"


def test_an_aside_of_the_subject_dates_its_verb():
    text = (
        "OSLO - The talks broke down on Tuesday.\n\n"
        "Norwegian Prime Minister Jonas Gahr Store, speaking during a visit to Tromso on Sunday, had "
        "described the proposal as absurd."
    )
    said = [e for e in _events(text) if e.event_type == "criticism"]
    assert said and (said[0].date_start, said[0].date_end) == ("2023-05-07", "2023-05-07")


def test_someone_put_in_office_by_the_story_speaks_for_the_state():
    text = (
        "DHAKA - Muhammad Yunus was sworn in as head of the caretaker government on Thursday.\n\n"
        "Yunus, 84, returned from Paris earlier in the day and, speaking to reporters at the "
        "airport, appealed for calm."
    )
    appeal = [e for e in _events(text, "2024-08-09") if e.trigger.startswith("appealed")]
    assert appeal and appeal[0].actors == ("Muhammad Yunus",)


def test_a_verb_after_and_and_an_aside_has_the_sentences_subject():
    text = "German Chancellor Olaf Scholz cut short a holiday on Tuesday and, speaking at his office, appealed for calm."
    call = [e for e in _events(text) if e.trigger.startswith("appealed")]
    assert call and call[0].actors == ("Olaf Scholz",)


# H42: webcopy5 dev-set misses (issue #4): country speakers, appositions, status, dating.


def test_h42_countries_opening_the_clause_speak_through_an_appeal():
    text = "Norway and Denmark on Tuesday urged all parties in Sudan to agree a ceasefire."
    rows = [e for e in _events(text, "2025-03-08") if e.trigger == "urged"]
    assert rows and set(rows[0].countries) >= {"NOR", "DNK"}
    assert rows[0].date_start == "2025-03-04"


def test_h42_a_country_object_does_not_speak_and_a_people_is_no_state():
    text = (
        "Kenya hosted Norway on Tuesday and urged all parties to agree a ceasefire.\n\n"
        "The Russians on Tuesday urged the government to resign."
    )
    urged = [e for e in _events(text, "2025-03-08") if e.trigger == "urged"]
    # the coordinated verb is the subject's (Kenya's), never the object's or a people's
    assert all("NOR" not in e.countries and "RUS" not in e.countries for e in urged)


def test_h42_suspending_a_member_is_no_cancelled_vote_but_suspended_talks_are():
    text = "The Senate voted on Thursday to suspend Belarus from the council."
    assert all(e.status != "cancelled" for e in _events(text, "2025-03-08"))
    talks = "China said on Friday it was suspending talks with Japan on fishing rights."
    rows = [e for e in _events(talks, "2025-03-08") if e.trigger == "talks"]
    assert rows and rows[0].status == "cancelled"


def test_h42_a_state_role_before_an_apposed_name_makes_the_act_a_states():
    text = (
        "Fiame Mataafa was sworn in as prime minister of Samoa on Monday. Samoa has a new leader.\n\n"
        "On Saturday, the head of state, Tuiloma Faleolo Sefo, issued a proclamation suspending the "
        "first sitting of parliament.\n\n"
        "The commentator on Friday issued a proclamation about Samoa."
    )
    rows = [e for e in _events(text, "2025-03-08") if e.trigger == "issued a proclamation"]
    assert len(rows) == 1 and rows[0].countries == ("WSM",) and rows[0].status == "occurred"
    assert rows[0].date_start == "2025-03-08"


def test_h42_a_relative_clause_and_the_main_clause_are_two_leadership_rows():
    text = (
        "Macky Sall, the agronomist who defeated Abdoulaye Wade in the March 25 vote, was sworn in "
        "on Monday in Dakar."
    )
    rows = [e for e in _events(text, "2012-04-05") if e.event_type == "leadership"]
    days = {e.date_start: e for e in rows}
    assert set(days) == {"2012-03-25", "2012-04-02"}
    assert days["2012-03-25"].actors[0] == "Macky Sall"
    assert days["2012-04-02"].actors == ("Macky Sall",)


def test_h42_the_one_deposed_is_no_doer_in_the_title():
    rows = [
        e for e in _events("Army officers deposed President Alpha Conde in September 2021.", "2022-03-01")
    ]
    coup = [e for e in rows if e.event_type == "military"]
    assert coup and coup[0].title == "Coup against Alpha Conde"


def test_h42_an_entry_under_a_clock_line_on_a_live_page_is_the_pages_day():
    text = (
        "LIVE: a new president in Washington\nLast updated: 20 January 2021, 18:10\n\n"
        "18:10\nThat is all from the Capitol today.\n\n"
        "12:05\nJoe Biden has taken the oath as the 46th president of the United States.\n"
    )
    rows = [e for e in _events(text, "2021-01-20") if e.event_type == "leadership"]
    assert rows and (rows[0].date_start, rows[0].date_end) == ("2021-01-20", "2021-01-20")


def test_h42_a_day_in_a_relative_aside_is_no_running_day_for_the_next_sentence():
    text = (
        "Nassau, 8 March 2025 (Staff)\n\n"
        "King Frederik, who flew in on Tuesday to stand for the crown, told the crowd that the two "
        "nations shared a long history. He said the ties would grow stronger."
    )
    rows = [e for e in _events(text, "2025-03-08") if e.event_type == "statement"]
    assert rows and all(e.date_start != "2025-03-04" for e in rows)


def test_h42_a_date_before_and_a_second_verb_is_the_first_verbs():
    text = (
        "Croatia applied to join the European Union in February 2003 and signed its accession "
        "treaty in Brussels in December 2011."
    )
    rows = {e.trigger: e for e in _events(text, "2013-07-01")}
    applied = [e for t, e in rows.items() if t.startswith("applied")]
    signed = [e for t, e in rows.items() if t.startswith("signed")]
    assert applied and applied[0].date_start == "2003-02-01"
    assert signed and signed[0].date_start == "2011-12-01"


def test_h42_hours_after_the_occasion_named_back_is_that_occasions_day():
    text = (
        "Washington, 24 January 2021 (Staff)\n\n"
        "Joe Biden was sworn in as president on Wednesday at the Capitol.\n\n"
        "Hours after the ceremony, Biden visited Arlington National Cemetery with former presidents."
    )
    rows = [e for e in _events(text, "2021-01-24") if e.event_type == "visit"]
    assert rows and (rows[0].date_start, rows[0].date_end) == ("2021-01-20", "2021-01-20")


def test_h42_an_unnamed_group_then_acting_is_the_previous_sentences_parties():
    text = (
        "Xi Jinping held talks with Vladimir Putin in the Kremlin on Tuesday. "
        "Officials then signed a series of agreements on trade and energy."
    )
    deals = [e for e in _events(text, "2023-03-22") if e.trigger == "signed"]
    assert deals and set(deals[0].actors) == {"Xi Jinping", "Vladimir Putin"}


def test_h42_a_legislature_opening_the_sentence_acts_for_the_articles_country():
    text = (
        "Sergio Mattarella's term as Italy's president ends in February. Italy's party leaders met "
        "in Rome on Saturday.\n\nThe parliament is due to elect a new president on Monday."
    )
    rows = [e for e in _events(text, "2022-01-23") if e.trigger.startswith("elect")]
    assert rows and rows[0].countries == ("ITA",) and rows[0].status == "planned"
    assert rows[0].date_start == "2022-01-24"


def test_h42_unnamed_heads_of_state_act_for_the_article_country_but_do_not_speak_for_it():
    text = (
        "West African heads of state on Sunday suspended Mali from the regional bloc after its "
        "second coup in nine months. Mali's junta leader was not invited to the talks in Accra."
    )
    rows = [e for e in _events(text, "2021-05-31") if e.event_type == "sanction"]
    assert rows and rows[0].countries == ("MLI",) and rows[0].date_start == "2021-05-30"
    said = "Mali's junta met in Bamako. Mali named a new cabinet.\n\nThe ministry said the talks went well."
    assert not [e for e in _events(said, "2021-05-31") if e.trigger == "said"]


def test_h42_a_dateline_below_page_furniture_dates_nothing():
    text = (
        "World | Politics | Markets\nXi meets Putin in Moscow\nMarch 22, 2023  6:10 AM UTC\n\n"
        "MOSCOW, Mar 22 - Chinese President Xi Jinping met Russian President Vladimir Putin in the "
        "Kremlin on Tuesday."
    )
    rows = [e for e in _events(text, "2023-03-22") if e.trigger == "met"]
    assert rows and (rows[0].date_start, rows[0].date_end) == ("2023-03-21", "2023-03-21")


# H44 --------------------------------------------------------------------------------------------


def test_leaders_gathered_for_a_known_summit_take_its_days():
    text = (
        "The APEC Economic Leaders' Meeting was held in San Francisco from November 15 to 17. "
        "Leaders gathered for the APEC Economic Leaders' Meeting amid trade tensions."
    )
    gathered = [e for e in _events(text, "2023-11-18") if e.trigger == "Leaders gathered"]
    assert gathered and gathered[0].date_basis == "knowledge"


def test_an_event_told_in_two_joined_months_spans_both():
    text = "Farmers staged protests in Paris in July and August 2022."
    protest = [e for e in _events(text, "2023-09-10") if e.event_type == "protest"]
    assert protest and (protest[0].date_start, protest[0].date_end) == ("2022-07-01", "2022-08-31")


def test_two_rounds_in_two_months_keep_the_first_month():
    text = "Turkey hosted two rounds of indirect talks between the two governments in July and August."
    talks = [e for e in _events(text, "2023-12-12") if e.date_start]
    assert talks and all(e.date_end == "2023-07-31" for e in talks)


def test_a_planned_act_due_by_a_deadline_is_dated_to_it():
    text = "German Chancellor Olaf Scholz will visit Beijing by the end of February."
    visit = [e for e in _events(text, "2023-01-10") if e.event_type == "visit"]
    assert visit and (visit[0].date_start, visit[0].date_end) == ("2023-02-01", "2023-02-28")


def test_a_deadline_does_not_date_an_act_told_as_done():
    text = "German Chancellor Olaf Scholz visited Beijing by the end of February."
    visit = [e for e in _events(text, "2023-01-10") if e.event_type == "visit"]
    assert visit and visit[0].date_basis != "text"


def test_a_host_receiving_two_leaders_keeps_both_guests():
    text = (
        "US President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean "
        "President Yoon Suk Yeol at Camp David on Friday."
    )
    visit = [e for e in _events(text, "2023-08-20") if e.trigger == "hosted"]
    assert visit and visit[0].actors == ("Joe Biden", "Fumio Kishida", "Yoon Suk Yeol")


def test_a_guest_told_with_of_and_a_country_still_joins_the_next_one():
    text = "Biden hosted Fumio Kishida of Japan and Yoon Suk Yeol of South Korea at Camp David on Friday."
    visit = [e for e in _events(text, "2023-08-20") if e.trigger == "hosted"]
    assert visit and "Yoon Suk Yeol" in visit[0].actors


def test_a_host_then_another_verb_keeps_one_guest():
    text = "Chinese President Xi Jinping hosted Brazilian President Lula da Silva and said the two were partners."
    visit = [e for e in _events(text) if e.trigger == "hosted"]
    assert visit and visit[0].actors == ("Xi Jinping", "Luiz Inácio Lula da Silva")


def test_the_one_who_accepted_an_invitation_to_visit_is_the_visitor():
    text = "Chinese Foreign Minister Qin Gang accepted an invitation to visit Washington, officials said on Monday."
    visit = [e for e in _events(text) if e.event_type == "visit"]
    assert visit and visit[0].actors == ("Qin Gang",)


def test_the_person_invited_to_visit_is_the_visitor_not_the_host():
    text = "Biden invited Indian Prime Minister Narendra Modi to pay a state visit to Washington."
    visit = [e for e in _events(text) if e.event_type == "visit"]
    assert visit and visit[0].actors == ("Narendra Modi",)


def test_a_verbless_headline_name_in_a_place_is_the_traveller():
    text = (
        "Zelensky in Washington on first trip abroad since invasion\n"
        "Ukrainian President Volodymyr Zelensky arrived in the US capital on Wednesday."
    )
    trip = [e for e in _events(text, "2022-12-21") if e.trigger == "trip"]
    assert trip and trip[0].actors == ("Volodymyr Zelensky",)


def test_a_headline_naming_a_place_first_has_no_traveller_from_it():
    text = "Talks in Paris on a visit by the delegation\nThe delegation arrived on Monday."
    visit = [e for e in _events(text) if e.trigger == "visit"]
    assert all(not e.actors for e in visit)


def test_he_and_a_titled_name_with_of_opening_a_sentence_are_both_doers():
    text = (
        "Chinese Foreign Minister Wang Yi spoke by phone on Monday. He and US Secretary of State "
        "Antony Blinken agreed to keep talking."
    )
    deal = [e for e in _events(text, "2023-06-20") if e.event_type == "agreement"]
    assert deal and set(deal[0].actors) == {"Wang Yi", "Antony Blinken"}


def test_a_criticism_after_and_and_an_aside_has_the_sentences_titled_subject():
    text = (
        "US Secretary of State Antony Blinken arrived in Podgorica on Monday and, speaking to "
        "reporters, criticised Russia."
    )
    said = [e for e in _events(text) if e.event_type == "criticism"]
    assert said and said[0].actors == ("Antony Blinken",)


def test_leaders_gathered_in_a_town_for_a_known_summit_take_its_days():
    text = "NATO leaders gathered in Vilnius for the NATO summit on Tuesday."
    gathered = [e for e in _events(text, "2023-07-12") if e.trigger == "leaders gathered"]
    assert gathered and gathered[0].date_basis == "knowledge"


def test_a_deadline_after_a_by_naming_the_doer_still_dates_the_plan():
    text = "A visit by Indian Prime Minister Narendra Modi is expected by the end of February."
    visit = [e for e in _events(text, "2023-01-10") if e.event_type == "visit"]
    assert visit and (visit[0].date_start, visit[0].date_end) == ("2023-02-01", "2023-02-28")


def test_a_host_title_names_every_guest_given_as_a_target():
    """ "Biden hosted Kishida and Yoon": the guests are the targets, the host the rest; the old
    rule took the last actor as the only guest and titled the others as co-hosts."""
    actors = ["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"]
    title = make_title(
        "visit", actors, ["USA", "JPN", "KOR"], "Camp David", "occurred",
        phrase=("host", "hosts"), targets=["Fumio Kishida", "Yoon Suk Yeol"],
    )  # fmt: skip
    assert title == "Joe Biden hosts Fumio Kishida and Yoon Suk Yeol at Camp David"
    one = make_title("visit", actors[:2], ["USA", "JPN"], "Camp David", "occurred", phrase=("host", "hosts"))
    assert one == "Joe Biden hosts Fumio Kishida at Camp David"


# H46
def test_a_visit_someone_is_invited_to_make_is_planned_and_undated():
    """An invitation asks for a visit not made yet: it is planned, and the day the invitation was
    made (or the publication) is not the visit's day."""
    text = (
        "The US president extended an invitation to Indian Prime Minister Narendra Modi to visit "
        "Washington, the White House said on Monday."
    )
    visit = [e for e in _events(text, "2023-05-02") if e.event_type == "visit"]
    assert visit and visit[0].status == "planned"
    assert visit[0].date_basis == "none"
    invited = [
        e for e in _events("Lula invites Kishida for state visit", "2023-05-02") if e.event_type == "visit"
    ]
    assert invited and invited[0].status == "planned"


def test_a_visit_made_at_an_invitation_stays_occurred():
    text = "At the invitation of the Chinese leader, Lula visited Beijing on Friday."
    visit = [e for e in _events(text, "2023-04-16") if e.event_type == "visit"]
    assert visit and visit[0].status == "occurred"


def test_an_undated_headline_visit_takes_the_day_the_lead_meets_its_traveller():
    text = (
        "Scholz in Beijing on first China trip since pandemic\n\n"
        "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday, "
        "the first visit by a G7 leader in three years."
    )
    trip = [e for e in _events(text, "2022-11-05") if e.event_type == "visit" and e.trigger_start < 50]
    assert trip and (trip[0].date_start, trip[0].date_basis) == ("2022-11-04", "text")


def test_a_headline_visit_keeps_no_day_from_a_meeting_in_another_country():
    text = (
        "Scholz in Beijing on first China trip since pandemic\n\n"
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Wednesday "
        "before he left."
    )
    trip = [e for e in _events(text, "2022-11-05") if e.event_type == "visit" and e.trigger_start < 50]
    assert trip and trip[0].date_start != "2022-11-02"


def test_a_visit_made_known_on_a_day_is_dated_by_the_week_up_to_that_day():
    text = (
        "The Israeli prime minister paid a secret visit to Saudi Arabia and met the crown prince, "
        "his office confirmed on Monday."
    )
    visit = [e for e in _events(text, "2020-11-24") if e.event_type == "visit"]
    assert visit and (visit[0].date_start, visit[0].date_end) == ("2020-11-17", "2020-11-23")
    assert visit[0].date_basis == "text"


def test_a_made_known_visit_starts_no_earlier_than_the_storys_running_day():
    text = (
        "Benjamin Netanyahu left Israel on Saturday. Netanyahu paid a secret visit to Saudi Arabia, "
        "his office confirmed on Monday."
    )
    visit = [e for e in _events(text, "2020-11-24") if e.trigger == "visit"]
    assert visit and (visit[0].date_start, visit[0].date_end) == ("2020-11-21", "2020-11-23")


def test_days_after_an_event_dated_earlier_is_the_week_after_its_day():
    text = (
        "Donald Trump was sworn in as president on January 20. Days after the inauguration, "
        "British Prime Minister Theresa May flew to Washington to meet him."
    )
    trip = [e for e in _events(text, "2017-01-28") if e.event_type == "visit"]
    assert trip and (trip[0].date_start, trip[0].date_end) == ("2017-01-21", "2017-01-27")
    assert trip[0].date_granularity == "range"


def test_days_after_an_undated_event_borrows_no_range():
    text = "Days after the inauguration, British Prime Minister Theresa May flew to Washington to meet him."
    trip = [e for e in _events(text, "2017-01-28") if e.event_type == "visit"]
    assert trip and trip[0].date_basis != "text"


# H47 -----------------------------------------------------------------------------------------------
def test_a_trigger_word_inside_a_persons_name_is_no_trigger():
    """'Said' in 'Sultan Qaboos bin Said' or 'Strike' in a general's first name is part of the name."""
    text = (
        "Omani ruler Sultan Qaboos bin Said welcomed the envoys in Muscat on Monday. "
        "General Strike Mahlangu met the defence minister on Tuesday."
    )
    events = _events(text, "2018-10-31")
    assert all(e.trigger not in ("Said", "General Strike", "Strike") for e in events)
    assert any(e.event_type == "meeting" and e.trigger == "met" for e in events)


def test_talks_a_trip_was_made_for_take_no_other_day():
    """'visited Muscat earlier in the week for talks with the sultan': the talks are the visit's
    aim, so they take no other sentence's day (the forum's Saturday) that the merge would give
    the visit."""
    text = (
        "Speaking at a forum in Manama on Saturday, the foreign minister said the region was calm.\n\n"
        "The Palestinian president visited Muscat earlier in the week for talks with the sultan."
    )
    events = _events(text, "2018-10-28")
    talks = [e for e in events if e.event_type == "meeting" and e.trigger == "talks"]
    assert all(e.date_start is None for e in talks)
    visit = [e for e in events if e.event_type == "visit"]
    assert visit and visit[0].date_start == "2018-10-22" and visit[0].date_granularity != "day"


def test_speaking_at_a_gathering_makes_the_saying_the_row():
    """'Speaking at a security conference on Saturday, X said ...': the conference is where the
    saying was told, not an event of its own."""
    text = (
        "Speaking at a security conference in Bahrain on Saturday, Oman's foreign minister "
        "Yusuf bin Alawi said his country was not a mediator."
    )
    events = _events(text, "2018-10-28")
    assert not [e for e in events if e.event_type in ("summit", "meeting")]
    assert [e for e in events if e.event_type == "statement"]


def test_the_person_invited_for_a_state_visit_is_the_visitor():
    """'extended an invitation to Prime Minister Modi for an official state visit to the United
    States': the inviter hosts; the invited person, after a title, makes the visit."""
    text = (
        "Biden has extended an invitation to Prime Minister Narendra Modi for an official state "
        "visit to the United States."
    )
    visit = [e for e in _events(text, "2023-05-02") if e.event_type == "visit"]
    assert visit and visit[0].actors == ("Narendra Modi",) and visit[0].status == "planned"


def test_a_summons_made_to_protest_is_one_row_on_its_day():
    """'summoned the ambassador on Friday to protest against the step': the protest is the summons'
    aim, so one row (the summons) dated Friday, not a summons on another day plus a protest."""
    text = (
        "Seoul's foreign minister summoned the Japanese ambassador on Friday to protest against the "
        "new quarantine rule."
    )
    events = _events(text, "2020-03-07")
    assert not [e for e in events if e.event_type == "protest"]
    summons = [e for e in events if e.event_type == "criticism"]
    assert summons and summons[0].date_start == "2020-03-06"


def test_the_move_came_a_day_after_counts_from_the_day_just_told():
    """'Somalia cut ties on Tuesday. The move came a day after Kenyatta received Bihi': told in the
    past, 'the move' is the news just dated, so the reception was on Monday, not the paper's eve."""
    text = (
        "Somalia severed diplomatic relations with Kenya on Tuesday.\n\n"
        "The move came a day after Kenyan President Uhuru Kenyatta received Somaliland's leader "
        "Muse Bihi Abdi in Nairobi."
    )
    got = [e for e in _events(text, "2020-12-17") if e.trigger == "received"]
    assert got and (got[0].date_start, got[0].date_end) == ("2020-12-14", "2020-12-14")


def test_a_gathering_an_act_took_place_at_shares_the_acts_date():
    """'signed a memorandum with Turkey at NATO's summit in Madrid in June': the date goes to the
    verb, and the summit the signing took place at was held then too."""
    text = (
        "Sweden and Finland signed a memorandum with Turkey at NATO's summit in Madrid in June, "
        "the foreign ministers recalled."
    )
    summit = [e for e in _events(text, "2023-01-23") if e.event_type == "summit"]
    assert summit and (summit[0].date_start, summit[0].date_end) == ("2022-06-01", "2022-06-30")


def test_protesters_detained_in_numbers_give_the_protest_its_night():
    """'police detained dozens of protesters outside government buildings overnight': the
    detentions are the protest's coda, so their night dates the protest, not an arrest row."""
    text = (
        "Updated 21 September 2023\n\n"
        "In Yerevan, police detained dozens of protesters outside government buildings overnight."
    )
    events = _events(text, "2023-09-21")
    assert not [e for e in events if e.trigger == "detained"]
    protest = [e for e in events if e.event_type == "protest"]
    assert protest and (protest[0].date_start, protest[0].date_end) == ("2023-09-20", "2023-09-21")


def test_a_called_off_visit_keeps_the_month_it_was_planned_for():
    """'agreed on Thursday to postpone a state visit ... that had been planned for April': April is
    the visit's (not the agreeing verb's), and the coming April, not last year's."""
    text = (
        "Japan and China agreed on Thursday to postpone a state visit to Japan by Chinese President "
        "Xi Jinping that had been planned for April."
    )
    visit = [e for e in _events(text, "2020-03-06") if e.event_type == "visit"]
    assert visit and visit[0].status == "postponed"
    assert (visit[0].date_start, visit[0].date_end) == ("2020-04-01", "2020-04-30")


# H48


def test_weeks_earlier_counts_back_from_the_same_kind_of_event_told():
    text = (
        "Emmanuel Macron won the French presidential runoff on Sunday, beating Marine Le Pen. "
        "Le Pen conceded on Sunday night. The Kremlin said on Monday that Putin would congratulate him. "
        "Macron had also led the first round of voting two weeks earlier."
    )
    rounds = [
        e for e in _events(text, "2017-05-08") if e.event_type == "leadership" and "first round" in e.evidence
    ]
    assert rounds and (rounds[0].date_start, rounds[0].date_end) == ("2017-04-23", "2017-04-23")


def test_weeks_ago_still_counts_from_publication():
    text = (
        "Emmanuel Macron won the French presidential runoff on Sunday. "
        "Macron had also led the first round of voting two weeks ago."
    )
    rounds = [
        e for e in _events(text, "2017-05-08") if e.event_type == "leadership" and "first round" in e.evidence
    ]
    assert rounds and rounds[0].date_start != "2017-04-23"


def test_weeks_earlier_is_not_counted_from_another_kind_of_event():
    text = "Protesters marched in Tbilisi on Friday. The parliament had passed the bill two weeks earlier."
    passed = [e for e in _events(text, "2024-05-04") if e.event_type != "protest"]
    assert passed and all(e.date_start != "2024-04-19" for e in passed)


def test_a_plan_due_by_the_end_of_the_year_is_dated_to_its_last_month():
    text = (
        "The German defence minister said the 1,000 German soldiers stationed in Mali "
        "would withdraw troops by the end of the year."
    )
    plan = [e for e in _events(text, "2023-05-14") if e.status == "planned" and e.date_basis == "text"]
    assert plan and (plan[0].date_start, plan[0].date_end) == ("2023-12-01", "2023-12-31")


def test_a_visit_due_at_a_place_is_planned_and_dated_by_its_day():
    text = "US Secretary of State Antony Blinken is due in Beijing on Sunday for talks with Wang Yi."
    visit = [e for e in _events(text, "2023-06-15") if e.event_type == "visit"]
    assert visit and visit[0].status == "planned"
    assert (visit[0].date_start, visit[0].date_end) == ("2023-06-18", "2023-06-18")


def test_a_visit_that_had_been_due_at_a_place_did_not_go_ahead():
    text = (
        "Danish officials said on Wednesday they were surprised. Donald Trump had been due in "
        "Copenhagen on Sept. 2 and 3 at the invitation of Queen Margrethe."
    )
    visit = [e for e in _events(text, "2019-08-21") if e.event_type == "visit"]
    assert visit and visit[0].status == "cancelled"
    assert (visit[0].date_start, visit[0].date_end) == ("2019-09-02", "2019-09-03")


def test_an_undated_saying_of_todays_story_dates_the_act_it_reports_done_by_the_storys_day():
    text = (
        "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday.\n\n"
        "The French presidency said Xi had agreed to support a truce during the Olympic Games this summer."
    )
    deal = [e for e in _events(text, "2024-05-07") if e.event_type == "agreement"]
    assert deal and (deal[0].date_start, deal[0].date_end) == ("2024-05-06", "2024-05-06")


def test_a_reported_act_of_an_old_story_day_stays_undated():
    text = (
        "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on 6 May.\n\n"
        "The French presidency said Xi had agreed to support a truce during the Olympic Games."
    )
    deal = [e for e in _events(text, "2024-06-20") if e.event_type == "agreement"]
    assert deal and deal[0].date_start != "2024-05-06"


# H49
def test_a_trip_told_as_an_apposition_of_talks_leaves_them_a_meeting():
    from pipeline.dedupe import merge_mentions

    text = (
        "Spanish Prime Minister Pedro Sanchez held talks with Chinese President Xi Jinping in Beijing "
        "on Friday, a trip that business groups in Madrid welcomed."
    )
    mentions = _events(text, "2025-04-12")
    assert {"meeting", "visit"} <= {e.event_type for e in mentions}
    rows, _ = merge_mentions([], mentions)
    talks = [e for e in rows if "Xi Jinping" in e.actors]
    assert talks and talks[0].event_type == "meeting"


# H51
def test_an_election_named_with_no_one_is_the_storys_countrys():
    text = (
        "Portuguese Prime Minister António Costa resigned on Tuesday over an inquiry into lithium and "
        "hydrogen deals. President Marcelo Rebelo de Sousa said he would address Portugal on Thursday.\n\n"
        "A snap general election will be held on March 10."
    )
    polls = [
        e for e in _events(text, "2023-11-08") if e.event_type == "leadership" and "election" in e.trigger
    ]
    assert polls and polls[0].countries == ("PRT",)
    assert (polls[0].date_start, polls[0].date_end) == ("2024-03-10", "2024-03-10")


def test_a_bare_vote_named_with_no_one_gets_no_country():
    text = (
        "Portuguese Prime Minister António Costa criticised the plan on Tuesday in Lisbon.\n\n"
        "Officials said the vote did not mark a change in policy."
    )
    assert not [e for e in _events(text, "2023-11-08") if e.trigger.lower() == "vote"]


def test_a_country_recognising_another_is_the_doer_and_the_year_told_dates_it():
    text = (
        "Nauru cut ties with Taiwan on Monday. Nauru first recognised Beijing in 2002 and returned to "
        "Taipei three years later.\n\n"
        "Costa Rica switched its diplomatic recognition from Taipei to Beijing in 2007."
    )
    rows = [e for e in _events(text, "2024-01-16") if e.event_type == "statement"]
    nauru = [e for e in rows if e.countries[:1] == ("NRU",) and "recognised" in e.trigger]
    assert nauru and (nauru[0].date_start, nauru[0].date_end) == ("2002-01-01", "2002-12-31")
    costa = [e for e in rows if e.countries[:1] == ("CRI",)]
    assert costa and (costa[0].date_start, costa[0].date_end) == ("2007-01-01", "2007-12-31")


def test_a_speakerless_saying_of_the_speakers_country_folds_with_the_named_speakers():
    from pipeline.dedupe import merge_mentions

    text = (
        "Japanese Foreign Minister Yoshimasa Hayashi said Japan would lift its export curbs on South Korea.\n\n"
        "Tokyo said it would lift the curbs on three chemicals used to make semiconductors."
    )
    rows, _ = merge_mentions([], _events(text, "2023-03-16"))
    sayings = [e for e in rows if e.event_type == "statement"]
    assert len(sayings) == 1 and sayings[0].mentions == 2


def test_a_second_call_after_and_with_its_own_day_is_its_own_row():
    text = (
        "Indian and Pakistani military commanders spoke by phone on Saturday afternoon and would talk "
        "again on Monday, Indian officials said."
    )
    calls = [e for e in _events(text, "2025-05-11") if e.event_type == "call"]
    assert [(e.date_start, e.status) for e in calls] == [
        ("2025-05-10", "occurred"),
        ("2025-05-12", "planned"),
    ]


def test_a_same_type_verb_in_a_relative_clause_with_its_own_month_is_its_own_row():
    text = (
        "Talks between Congo and the M23 rebels are under way in Qatar, whose emir hosted Congolese "
        "President Felix Tshisekedi and Rwandan President Paul Kagame in Doha in March."
    )
    hosted = [e for e in _events(text, "2025-06-28") if e.trigger == "hosted"]
    assert hosted and (hosted[0].date_start, hosted[0].date_end) == ("2025-03-01", "2025-03-31")


def test_the_event_named_after_since_keeps_its_own_date_and_place():
    text = (
        "The leaders of France, Germany, Russia and Ukraine met in Paris on 9 December for the first "
        "summit in that format since the meeting in Berlin in October 2016."
    )
    rows = [e for e in _events(text, "2019-12-10") if e.event_type == "meeting"]
    berlin = [e for e in rows if e.trigger == "meeting"]
    assert berlin and (berlin[0].date_start, berlin[0].date_end) == ("2016-10-01", "2016-10-31")
    assert berlin[0].location == "Berlin"
    assert any(e.date_start == "2019-12-09" for e in rows if e.trigger == "met")


def test_a_dated_coup_with_no_one_named_is_the_storys_countrys():
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan dissolved the government on Monday. Tensions had "
        "risen since a failed coup attempt in September."
    )
    coups = [e for e in _events(text, "2021-10-26") if e.event_type == "military"]
    assert [(e.countries, e.date_start) for e in coups] == [(("SDN",), "2021-09-01")]


def test_a_trigger_word_opening_a_clubs_name_is_no_event():
    text = "Members of the Rally Sport Club in Dakar met the mayor of Dakar on Monday."
    assert "protest" not in {e.event_type for e in _events(text, "2024-05-08")}
    text = "Thousands of opposition supporters joined a rally in Dakar on Monday."
    assert "protest" in {e.event_type for e in _events(text, "2024-05-08")}


def test_a_plan_word_after_and_past_a_verb_told_in_the_past_is_the_next_verbs():
    text = (
        "Claudia Sheinbaum won the presidential election on June 2 by a landslide and will be the first "
        "woman to lead Mexico."
    )
    win = [e for e in _events(text, "2024-09-26") if e.event_type == "leadership"]
    assert win and win[0].status == "occurred"
    assert (win[0].date_start, win[0].date_end) == ("2024-06-02", "2024-06-02")


def test_announced_plans_only_the_event_named_right_after_it_and_a_resignation_announced_is_made():
    text = "South African President Jacob Zuma announced his resignation in a televised address late on Wednesday."
    rows = _events(text, "2018-02-15")
    assert rows and all(e.status == "occurred" for e in rows)
    text = "The White House announced his first state visit to India on Monday."
    assert [e.status for e in _events(text, "2023-05-10") if e.event_type == "visit"] == ["planned"]


def test_a_pronoun_four_words_before_its_verb_is_still_its_subject():
    text = (
        "Kazakh President Kassym-Jomart Tokayev called the early vote in September. "
        "He is due to be sworn in on Saturday."
    )
    sworn = [e for e in _events(text, "2022-11-21") if e.event_type == "leadership" and "sworn" in e.trigger]
    assert sworn and sworn[0].actors == ("Kassym-Jomart Tokayev",) and sworn[0].date_start == "2022-11-26"


def test_a_name_opening_the_segment_before_said_is_the_speaker_not_a_parenthesis():
    text = (
        "Speaking to supporters in Chisinau after the first results came in on Sunday night, Moldovan "
        "President Maia Sandu thanked voters, said the vote had been a lesson in democracy and accused "
        "criminal groups of trying to buy votes."
    )
    sayings = [e for e in _events(text, "2024-11-04") if e.event_type == "statement"]
    assert sayings and all(e.actors == ("Maia Sandu",) for e in sayings)


def test_an_unnamed_government_tagging_the_news_speaks_for_the_country_opening_it():
    text = (
        "Hungary will withdraw from the International Criminal Court, the government announced on "
        "Thursday, as Israeli Prime Minister Benjamin Netanyahu began a state visit to Budapest."
    )
    said = [e for e in _events(text, "2025-04-03") if e.event_type == "statement"]
    assert said and said[0].countries == ("HUN",) and "International Criminal Court" not in said[0].actors


def test_a_when_clause_right_after_a_date_happens_on_it():
    text = (
        "Moldovan President Maia Sandu won the run-off two weeks after the first round on October 20, "
        "when Moldovans also voted in a referendum on joining the European Union."
    )
    vote = [e for e in _events(text, "2024-11-04") if "referendum" in e.trigger]
    assert vote and (vote[0].date_start, vote[0].date_end) == ("2024-10-20", "2024-10-20")


def test_every_sentence_of_a_timeline_item_takes_the_items_date():
    text = (
        "Here is how the dispute over the Nile dam developed:\n\n"
        "February 2020 - Ethiopia skipped the final round of talks in Washington. Egypt initialled the "
        "draft agreement alone.\n\n"
        "July 2020 - Ethiopia said the first filling of the reservoir was complete."
    )
    deal = [e for e in _events(text, "2025-09-09") if e.event_type == "agreement"]
    assert deal and (deal[0].date_start, deal[0].date_end) == ("2020-02-01", "2020-02-29")


def test_a_time_of_day_after_after_is_the_events_own_hour():
    text = (
        "Bernardo Arevalo was sworn in as president of Guatemala shortly after midnight on Monday, "
        "more than nine hours late."
    )
    sworn = [e for e in _events(text, "2024-01-15") if e.event_type == "leadership"]
    assert sworn and (sworn[0].date_start, sworn[0].date_end) == ("2024-01-15", "2024-01-15")


def test_a_gathering_noun_held_in_the_past_takes_the_paragraphs_day():
    text = (
        "On Monday, Brazilian President Luiz Inacio Lula da Silva was received by Argentine President "
        "Alberto Fernandez in Buenos Aires. The two leaders held a private meeting and signed a joint declaration."
    )
    meeting = [e for e in _events(text, "2023-01-24") if e.event_type == "meeting" and e.trigger == "meeting"]
    assert meeting and (meeting[0].date_start, meeting[0].date_end) == ("2023-01-23", "2023-01-23")


# H54
def test_the_office_a_demand_asks_someone_to_leave_is_no_leadership_change():
    text = "Opposition lawmakers in Lima demanded the resignation of President Dina Boluarte on Monday."
    assert not [e for e in _events(text, "2023-01-10") if e.event_type == "leadership"]


def test_measures_a_resolution_calls_for_are_not_taken_but_a_dated_election_it_names_was_held():
    calls = (
        "The European Parliament adopted a resolution on Thursday calling for new elections in Belarus "
        "and for sanctions on officials in Minsk."
    )
    types = {e.event_type for e in _events(calls, "2020-09-18")}
    assert "agreement" in types and not types & {"sanction", "leadership"}
    rerun = (
        "The European Parliament adopted a resolution on Thursday calling for the August 9 presidential "
        "election in Belarus to be rerun."
    )
    held = [e for e in _events(rerun, "2020-09-18") if e.event_type == "leadership"]
    assert held and held[0].date_start == "2020-08-09"


def test_what_would_have_happened_names_no_event():
    text = (
        "Japan and China put off Xi Jinping's trip in March. Xi would have been the first Chinese leader "
        "to visit Japan on a state visit since 2008."
    )
    assert [e.status for e in _events(text, "2020-03-20") if e.event_type == "visit"] == ["postponed"]
    text = (
        "Biden called off his stop in Papua New Guinea. He would have met Pacific island leaders in "
        "Port Moresby on Monday."
    )
    assert not [e for e in _events(text, "2023-05-18") if e.event_type == "meeting"]


def test_announcing_the_decision_told_before_is_the_same_act():
    text = (
        "Nauru cut diplomatic ties with Taiwan on Monday, switching recognition to Beijing.\n\n"
        "Nauru's government announced the decision in a statement on Monday."
    )
    assert [e.event_type for e in _events(text, "2024-01-16")] == ["sanction"]


def test_an_election_noun_belongs_to_the_storys_country_not_to_whoever_the_sentence_names():
    text = (
        "Tbilisi police dispersed protesters on Thursday. Georgia's prime minister Irakli Kobakhidze spoke "
        "hours after the European Parliament adopted a resolution that rejected the October 26 "
        "parliamentary election."
    )
    vote = [e for e in _events(text, "2024-11-29") if e.event_type == "leadership"]
    assert vote and vote[0].actors == () and vote[0].countries == ("GEO",)
    won = (
        "Turkish President Recep Tayyip Erdoğan won Sunday's presidential runoff against Kemal Kılıçdaroğlu."
    )
    runoff = [e for e in _events(won, "2023-05-29") if e.event_type == "leadership"]
    assert runoff and runoff[0].actors == ("Recep Tayyip Erdoğan",)


def test_a_state_saying_it_takes_a_step_is_the_step_but_a_persons_account_stays_a_statement():
    cut = [
        e.event_type
        for e in _events(
            "Bahrain said on Monday that it was cutting diplomatic ties with Qatar.", "2017-06-06"
        )
    ]
    assert cut == ["sanction"]
    text = (
        "Colombian President Gustavo Petro said on Sunday he had refused to let two US military planes land."
    )
    assert "statement" in {e.event_type for e in _events(text, "2025-01-27")}


def test_a_source_named_after_the_news_is_no_statement_but_a_quote_before_it_is():
    lead = "Washington pledged another $100 million for survivors of the earthquake in Turkey and Syria on Sunday.\n\n"
    figure = lead + "That takes US help for the disaster to $185 million, the State Department said."
    assert [e.event_type for e in _events(figure, "2023-02-20")] == ["aid"]
    quote = lead + '"We will stand with Turkey for as long as it takes," the State Department said.'
    assert "statement" in {e.event_type for e in _events(quote, "2023-02-20")}


def test_announcing_an_act_the_story_already_told_adds_no_statement():
    text = (
        "EU governments agreed on Friday a tenth package of sanctions on Russia.\n\n"
        "Sweden, which chaired the EU Council, announced the adoption late on Friday."
    )
    assert "statement" not in {e.event_type for e in _events(text, "2023-02-25")}


def test_an_announcer_named_after_the_news_is_its_source_unless_more_is_said():
    news = "Turkey agreed on Monday to send Sweden's NATO application to its parliament, "
    source = news + "NATO Secretary General Jens Stoltenberg announced in Vilnius after talks with Erdogan."
    assert "statement" not in {e.event_type for e in _events(source, "2023-07-11")}
    more = news + (
        "NATO Secretary General Jens Stoltenberg announced in Vilnius, adding that the alliance would also "
        "set up a new post."
    )
    assert "statement" in {e.event_type for e in _events(more, "2023-07-11")}


def test_at_the_time_takes_the_date_told_last_before_it():
    text = (
        "Mexican President Andres Manuel Lopez Obrador sent King Felipe a letter in March 2019 asking "
        "Spain to apologise for the conquest. Madrid rejected that request at the time."
    )
    rejected = [e for e in _events(text, "2024-09-26") if e.trigger == "rejected"]
    assert rejected and (rejected[0].date_start, rejected[0].date_end) == ("2019-03-01", "2019-03-31")


def test_whoever_presides_over_an_election_is_not_put_in_office_by_it():
    text = (
        "South Africa's Chief Justice Mogoeng Mogoeng presided over the election in parliament.\n\n"
        "Cyril Ramaphosa was elected president of South Africa on Thursday."
    )
    rows = [e for e in _events(text, "2018-02-16") if e.event_type == "leadership"]
    assert rows and not any("Mogoeng Mogoeng" in e.actors for e in rows)


def test_a_plan_word_before_and_plans_the_first_verbs_object_not_a_past_verb_after_it():
    from pipeline.events.status import read_status

    text = "Hungarian Prime Minister Viktor Orban invited Netanyahu to visit and said the warrant would not be enforced."
    said = [t for t in find_triggers(text) if t.text == "said"]
    assert said and read_status(text, said[0], 0, len(text)).status == "occurred"


def test_a_saying_in_a_relative_clause_after_another_event_is_the_persons_own():
    text = (
        "German Chancellor Angela Merkel called to congratulate Emmanuel Macron on Sunday, as did US "
        "President Donald Trump, who wrote on Twitter that he looked forward to working with him."
    )
    wrote = [
        e for e in _events(text, "2017-05-08") if e.event_type == "statement" and "Donald Trump" in e.actors
    ]
    assert wrote


def test_visits_a_deal_commits_leaders_to_are_its_content_not_a_planned_visit():
    text = (
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday "
        "to restart regular visits between their leaders."
    )
    types = [e.event_type for e in _events(text, "2023-03-17")]
    assert "agreement" in types and "visit" not in types


def test_a_minister_announcing_her_states_step_by_name_is_the_step():
    text = "Kuwait's foreign ministry said on Saturday that Kuwait was recalling its ambassador from Beirut."
    assert [e.event_type for e in _events(text, "2021-10-31")] == ["sanction"]
    done = "Kuwait's foreign ministry said on Saturday that Kuwait had expelled Lebanon's top envoy."
    assert "statement" in {e.event_type for e in _events(done, "2021-10-31")}


def test_a_body_saying_its_own_members_will_meet_is_the_planned_meeting():
    text = "The Arab League said on Tuesday that its foreign ministers would meet in Cairo on Wednesday."
    assert [(e.event_type, e.status) for e in _events(text, "2023-10-10")] == [("meeting", "planned")]


def test_the_name_a_critic_gives_a_move_is_no_event_of_its_own():
    text = (
        "Tunisian President Kais Saied suspended parliament on Sunday. Ennahda, the largest party in "
        "parliament, called his moves a coup against the constitution."
    )
    assert "military" not in {e.event_type for e in _events(text, "2021-07-26")}
    staged = "Soldiers staged a coup in Niger on Wednesday, and the United States called the takeover an attack on democracy."
    assert "military" in {e.event_type for e in _events(staged, "2023-07-27")}


def test_a_win_told_in_the_past_stays_done_whatever_the_winner_will_be():
    text = (
        "Claudia Sheinbaum won Mexico's presidential election on June 2 by a landslide and will be the "
        "country's first woman president."
    )
    vote = [e for e in _events(text, "2024-09-30") if e.event_type == "leadership"]
    assert vote and (vote[0].status, vote[0].date_start) == ("occurred", "2024-06-02")


def test_the_talks_of_a_summit_named_in_its_sentence_are_that_summit():
    text = (
        "Nearly 200 countries agreed a loss and damage fund at the UN climate conference in Sharm el-Sheikh "
        "on Sunday, two days after the talks were due to end."
    )
    assert [e.event_type for e in _events(text, "2022-11-20")] == ["summit"]


def test_an_election_no_name_owns_in_a_story_of_two_countries_is_no_row_of_a_bystander():
    text = (
        "Asked whether he trusted American intelligence agencies or Vladimir Putin on meddling in the 2016 "
        "election, Donald Trump said he saw no reason to doubt the Russian leader."
    )
    assert not [e for e in _events(text, "2018-07-17") if e.event_type == "leadership"]


# H57


def test_the_two_sides_of_a_between_phrase_far_past_the_trigger_are_parties():
    text = (
        "The clashes began on Wednesday at several points along the frontier between Armenia's "
        "Syunik province and Azerbaijan's Lachin district."
    )
    rows = [e for e in _events(text, "2022-09-17") if e.event_type == "military"]
    assert rows and set(rows[0].countries) == {"ARM", "AZE"}


def test_later_dated_fighting_with_no_one_named_is_between_the_last_fights_sides_on_its_own_day():
    text = (
        "The clashes began on Wednesday along the border between Armenia and Azerbaijan.\n\n"
        "On Thursday the fighting spread, and local officials reported drones being used.\n\n"
        "In May last year, a dispute over a road near a village escalated into fighting in which "
        "20 soldiers died."
    )
    rows = {e.trigger: e for e in _events(text, "2022-09-17") if e.event_type == "military"}
    assert rows["fighting spread"].date_start == "2022-09-15"
    assert set(rows["fighting spread"].countries) == {"ARM", "AZE"}
    assert rows["escalated into fighting"].date_start == "2021-05-01"
    assert set(rows["escalated into fighting"].countries) == {"ARM", "AZE"}


def test_undated_fighting_with_no_one_named_makes_no_row():
    text = (
        "The clashes began on Wednesday along the border between Armenia and Azerbaijan.\n\n"
        "A quarrel over grazing land later escalated into fighting, residents said."
    )
    rows = [e for e in _events(text, "2022-09-17") if e.event_type == "military"]
    assert len(rows) == 1


def test_a_when_clause_after_a_day_and_its_hour_happens_that_day():
    text = (
        "A joint session of Congress has been convened for Tuesday 7 February 2023 at 21:00, when "
        "President Joe Biden will deliver the State of the Union address."
    )
    rows = [e for e in _events(text, "2023-02-03") if e.event_type == "statement"]
    assert rows and rows[0].date_start == "2023-02-07"


def test_the_commander_a_force_is_loyal_to_is_the_doer_of_its_action():
    text = (
        "On Saturday, forces loyal to Khalifa Haftar blocked the main oil ports in the east of the country."
    )
    rows = [e for e in _events(text, "2020-01-20") if e.event_type == "military"]
    assert rows and rows[0].actors == ("Khalifa Haftar",) and rows[0].date_start == "2020-01-18"


def test_a_long_name_a_leadership_trigger_ends_inside_is_still_its_person():
    text = "The uprising began with the fall of President Zine El Abidine Ben Ali in January 2011."
    rows = [e for e in _events(text, "2021-07-26") if e.event_type == "leadership"]
    assert rows and rows[0].actors == ("Zine El Abidine Ben Ali",) and rows[0].date_start == "2011-01-01"


def test_a_saying_in_the_next_coordinated_clause_is_its_own_speakers_statement():
    text = (
        "US Secretary of State Mike Pompeo congratulated her, and China's Taiwan Affairs Office said in "
        "response that the island was part of China."
    )
    rows = [e for e in _events(text, "2020-05-22") if e.event_type == "statement"]
    # (the office is a known Chinese body since h84, so it is the second saying's doer)
    assert [r.actors for r in rows] == [("Mike Pompeo",), ("Taiwan Affairs Office",)]
    assert rows[0].countries == ("USA",) and rows[1].countries == ("CHN",)


def test_two_congratulations_in_one_sentence_stay_one_row():
    text = (
        "Russian President Vladimir Putin was among the first leaders to congratulate him on Sunday, "
        "and US President Joe Biden also sent his congratulations."
    )
    rows = [e for e in _events(text, "2023-05-29") if e.event_type == "statement"]
    assert len(rows) == 1


def test_a_saying_in_an_at_which_clause_happens_on_the_occasions_day():
    text = (
        "Macron received him at the Elysee Palace on Tuesday morning, and the two leaders later held "
        "talks and a joint press conference, at which Scholz praised the plan."
    )
    rows = [e for e in _events(text, "2024-10-24") if e.event_type == "statement"]
    assert rows and rows[0].date_start == "2024-10-22"


def test_a_deal_in_force_since_a_day_took_effect_that_day():
    text = "Russia and Turkey announced a truce. The truce has been in effect since 12 January."
    rows = [e for e in _events(text, "2020-01-20") if e.event_type == "agreement"]
    assert any(r.date_start == "2020-01-12" for r in rows)


def test_a_fronted_date_before_a_fronted_after_phrase_dates_the_main_clause():
    text = (
        "Late last night, after a meeting with his generals, the president announced that he was "
        "dismissing Prime Minister Hichem Mechichi."
    )
    rows = [e for e in _events(text, "2021-07-26") if e.event_type == "leadership"]
    assert rows and (rows[0].date_start, rows[0].date_end) == ("2021-07-25", "2021-07-25")


def test_a_bare_month_after_that_is_in_the_year_told_before_it():
    text = "Tokayev became president in March 2019, and he won an election that June."
    rows = [e for e in _events(text, "2022-11-21") if e.trigger == "election"]
    assert rows and (rows[0].date_start, rows[0].date_end) == ("2019-06-01", "2019-06-30")
    leap = context.time_expressions(
        "The talks began in March 2019 and ended that February.", date(2024, 3, 1)
    )
    assert [(t.date_start, t.date_end) for t in leap if t.text == "February"] == [
        (date(2019, 2, 1), date(2019, 2, 28))
    ]


# H56
def test_a_bare_name_joined_by_and_to_a_person_is_a_party_too():
    # a live blog's flash line: the entity stage misses "Moon" after "JUST IN:" (webcopy6)
    text = (
        "South Korean President Moon Jae-in will watch a gymnastics show tonight, his office said.\n\n"
        "JUST IN: Moon and Kim have signed the Pyongyang Joint Declaration."
    )
    signed = [e for e in _events(text, "2018-09-19") if e.event_type == "agreement"]
    assert signed and {"Moon Jae-in", "Kim Jong Un"} <= set(signed[0].actors)


def test_a_capitalised_word_no_person_bears_stays_out_of_the_parties():
    text = "President Moon Jae-in met Kim Jong Un in Pyongyang. Seoul and Kim signed nothing on Wednesday."
    assert not any("Seoul" in a for e in _events(text, "2018-09-19") for a in e.actors)


# H60: one country's different moves on one day, told in different sentences, are different rows.
def test_a_summons_and_a_rejection_of_one_country_on_one_day_stay_two_rows():
    from pipeline import dedupe

    text = (
        "Brazil summons Israeli envoy\n\n"
        "On Monday, Brazil's foreign ministry summoned the Israeli ambassador over the remarks. "
        "Brazil rejected the charge of antisemitism on Monday as absurd. "
        "The summons was the first in years, the ministry said."
    )
    events, _ = dedupe.merge_mentions([], _events(text, "2024-02-20"))
    rows = sorted((e.trigger.split()[0], e.mentions) for e in events if e.event_type == "criticism")
    # "the summons" names the summons again: it folds; the rejection is its own row
    assert rows == [("rejected", 1), ("summoned", 2)]


def test_a_headline_retelling_a_move_in_other_words_still_folds():
    from pipeline import dedupe

    text = (
        "Brazil criticises Israel over remarks\n\n"
        "Brazil rejected the charge of antisemitism on Monday as absurd."
    )
    mentions = [m for m in _events(text, "2024-02-20") if m.event_type == "criticism"]
    events, _ = dedupe.merge_mentions([], mentions)
    assert len(mentions) == 2 and len(events) == 1


def test_a_deadline_by_an_hour_on_a_weekday_does_not_date_the_order():
    text = (
        "Canada expelled six Indian diplomats. Hours later, India told six Canadian diplomats to "
        "leave the country by midnight on Saturday."
    )
    rows = [e for e in _events(text, "2024-10-15") if e.trigger.startswith("told")]
    assert rows and rows[0].date_start != "2024-10-12"


# H61: state media quoting a leader name the speaker before "as saying" / "as telling" (issue #4).
def test_a_leader_quoted_by_state_media_as_telling_is_the_speaker():
    text = (
        "Xinhua cited Wang Yi as telling his Russian counterpart on Thursday that Beijing welcomed "
        "the ceasefire."
    )
    rows = [e for e in _events(text, "2024-06-10") if e.event_type == "statement"]
    assert rows and rows[0].actors == ("Wang Yi",)


def test_a_leader_quoted_as_saying_speaks_not_the_agency():
    text = "KCNA quoted Kim Jong Un as saying on Wednesday that he welcomed the ceasefire."
    rows = [e for e in _events(text, "2024-06-10") if e.event_type == "statement"]
    assert rows and rows[0].actors == ("Kim Jong Un",)


# H61: a second doer's act of the same type, with an object of its own, is a second row (issue #4).
def test_a_second_doer_with_its_own_object_after_and_is_its_own_row():
    text = "China condemned the naval drills on Monday and Japan condemned the missile launch on Tuesday."
    rows = [e for e in _events(text, "2024-06-12") if e.event_type == "criticism"]
    assert sorted(e.date_start for e in rows) == ["2024-06-10", "2024-06-11"]


def test_two_visits_by_two_leaders_in_one_sentence_are_two_rows():
    text = "Emmanuel Macron visited Kyiv in May and Volodymyr Zelensky visited Paris in June."
    rows = [e for e in _events(text, "2024-07-10") if e.event_type == "visit"]
    assert sorted(e.date_start for e in rows) == ["2024-05-01", "2024-06-01"]


def test_a_second_doer_acting_on_the_same_target_again_stays_one_row():
    for text in (
        "China condemned the naval drills on Monday and Japan condemned them too.",
        "China condemned the naval drills on Monday and Japan also condemned the naval drills.",
    ):
        rows = [e for e in _events(text, "2024-06-12") if e.event_type == "criticism"]
        assert len(rows) == 1, text


# H61: the same verb told again after "and", naming a party nobody named before, is a second row.
def test_the_same_verb_again_with_a_new_party_is_a_second_row():
    text = "The ministry summoned the French ambassador on Monday and later summoned the German ambassador."
    rows = [e for e in _events(text, "2024-06-12") if e.event_type == "criticism"]
    assert len(rows) == 2


def test_a_second_meeting_elsewhere_with_someone_else_is_its_own_row():
    text = "Antony Blinken met Wang Yi in Beijing on Friday, and later met Fumio Kishida in Tokyo."
    rows = [e for e in _events(text, "2024-06-10") if e.event_type == "meeting"]
    assert sorted(str(e.location) for e in rows) == ["Beijing", "Tokyo"]


def test_the_same_verb_again_naming_nobody_new_stays_one_row():
    for text in (
        "Antony Blinken met Wang Yi on Friday and also met Chinese officials.",
        "Antony Blinken met Wang Yi in Beijing on Friday and met him at a dinner.",
    ):
        rows = [e for e in _events(text, "2024-06-10") if e.event_type == "meeting"]
        assert len(rows) == 1, text


def test_remarks_attributed_to_a_leader_are_that_leaders_statement():
    text = (
        "State media carried remarks attributed to Xi Jinping in which he welcomed the ceasefire on Friday."
    )
    rows = [e for e in _events(text, "2024-06-10") if e.event_type == "statement"]
    assert rows and rows[0].actors == ("Xi Jinping",)


# Lead: state media relaying a leader's words
def test_a_leader_quoted_by_state_media_is_a_reported_statement():
    rows = _events("The state news agency quoted Kim Jong Un as saying on Monday that he welcomed the truce.")
    said = [e for e in rows if e.event_type == "statement" and "Kim Jong Un" in e.actors]
    assert said and said[0].evidentiality == "reported"
    rows = _events("State television carried remarks attributed to Ali Khamenei condemning the strike.")
    assert all(e.evidentiality == "reported" for e in rows if "Ali Khamenei" in e.actors)
    # the leader speaking for himself stays his own (official) word
    rows = _events("Kim Jong Un said on Monday that he welcomed the truce.")
    said = [e for e in rows if e.event_type == "statement"]
    assert said and said[0].evidentiality != "reported"


# H62: triggers that fire but had no doer (issue #4).
def test_a_quake_with_no_country_hit_the_country_of_the_sentence_before():
    text = (
        "Ecuador was hit by a powerful earthquake on Saturday. The quake struck before dawn near the "
        "coastal city of Manta, killing dozens of people."
    )
    rows = [e for e in _events(text, "2023-03-20") if "quake struck" in e.trigger]
    assert rows and rows[0].countries == ("ECU",)


def test_a_quake_after_a_sentence_of_two_countries_stays_unguessed():
    text = (
        "Thailand waived visa requirements for Chinese citizens in September. The quake struck near "
        "the town on Monday, killing 20 people."
    )
    assert not [e for e in _events(text, "2023-03-20") if "quake struck" in e.trigger]


def test_a_visa_rule_for_a_nationality_has_that_country_as_party():
    text = "Visa requirements for Turkish citizens were abolished on Friday."
    rows = [e for e in _events(text, "2023-03-20") if e.trigger.startswith("Visa")]
    assert rows and "TUR" in rows[0].countries


def test_a_passive_it_is_the_agreement_of_the_sentence_before():
    text = (
        "Vietnam and Indonesia concluded talks on a maritime boundary accord last year. "
        "It was signed in Jakarta on Tuesday."
    )
    rows = [e for e in _events(text, "2023-03-20") if e.trigger == "signed"]
    assert rows and set(rows[0].countries) == {"VNM", "IDN"}


def test_a_passive_they_are_the_diplomats_named_before():
    text = (
        "Norway named four Russian diplomats as intelligence officers. They were expelled on "
        "Thursday and must leave within a week."
    )
    rows = [e for e in _events(text, "2023-03-20") if e.trigger == "expelled"]
    assert rows and set(rows[0].countries) == {"NOR", "RUS"}


def test_an_unnamed_government_after_a_bare_fronted_day_acts_for_the_story_country():
    text = (
        "Malawi's president, Lazarus Chakwera, faces a corruption scandal in Lilongwe. On Tuesday the "
        "government suspended the three ministers named in the report."
    )
    rows = [e for e in _events(text, "2023-03-20") if e.trigger.startswith("suspended")]
    assert rows and rows[0].countries == ("MWI",)


def test_ministers_of_both_countries_are_the_parties_of_the_sentence_before():
    text = (
        "President Boric received President Arce in Santiago on Monday and the two leaders held talks "
        "at La Moneda. Ministers of both countries signed four trade agreements."
    )
    rows = [e for e in _events(text, "2023-03-20") if e.trigger == "signed"]
    assert rows and set(rows[0].countries) == {"CHL", "BOL"}


def test_an_earlier_government_is_not_read_as_the_story_country_acting_today():
    text = (
        "Malawi's president, Lazarus Chakwera, faces a corruption scandal in Lilongwe. The previous "
        "government in 2019 suspended three ministers named in a similar report."
    )
    assert not [e for e in _events(text, "2023-03-20") if e.trigger.startswith("suspended")]


def test_dated_border_clashes_with_no_side_are_the_neighbours_of_the_treaty():
    text = (
        "Kyrgyzstan and Tajikistan signed a treaty settling their border on Thursday. The frontier, "
        "drawn in Soviet times, left villages entangled in the Fergana Valley. Clashes in April 2021 "
        "and September 2022 killed well over 100 people."
    )
    rows = [e for e in _events(text, "2025-03-14") if e.event_type == "military"]
    assert rows and set(rows[0].countries) == {"KGZ", "TJK"}


def test_clashes_with_police_far_from_any_border_take_no_treaty_parties():
    text = (
        "Kyrgyzstan and Tajikistan signed a treaty on water sharing on Thursday. In Bishkek, clashes "
        "with police on Friday left ten people hurt."
    )
    assert not [
        e for e in _events(text, "2025-03-14") if e.event_type == "military" and len(e.countries) == 2
    ]


def test_the_two_countries_ministers_are_the_pair_told_before():
    text = (
        "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas on "
        "Tuesday.\n\nPetro, who took office on August 7, moved quickly to mend ties. Days after his "
        "inauguration, the two countries' foreign ministers met in the border city of San Cristobal."
    )
    rows = [e for e in _events(text, "2022-11-02") if e.trigger == "met" and not e.actors]
    assert rows and set(rows[0].countries) == {"COL", "VEN"}


def test_an_unnamed_border_reopening_is_between_the_pair_told_before():
    text = (
        "The foreign ministers of Colombia and Venezuela met in August and agreed to restore "
        "relations. The border reopened to cargo traffic on September 26."
    )
    rows = [e for e in _events(text, "2022-11-02") if e.trigger.startswith("border")]
    assert rows and set(rows[0].countries) == {"COL", "VEN"}


# H65
def test_a_reciprocal_accusation_takes_the_clash_parties_and_day():
    text = (
        "Fighting broke out along the border between Armenia and Azerbaijan on Monday, with each side "
        "accusing the other of shelling villages."
    )
    rows = [e for e in _events(text, "2024-03-08") if e.event_type == "criticism"]
    assert rows and set(rows[0].countries) == {"ARM", "AZE"}
    assert rows[0].date_start == rows[0].date_end == "2024-03-04"


def test_a_reciprocal_clause_with_no_event_before_it_gives_no_row():
    text = "The dispute has festered for years, with each side accusing the other of bad faith."
    assert not [e for e in _events(text, "2024-03-08") if e.event_type == "criticism"]


def test_talks_just_before_a_dated_act_take_its_day_and_the_speaker():
    text = (
        "Greece and North Macedonia signed an agreement on the name dispute on Sunday, Greek Prime "
        "Minister Alexis Tsipras said after talks with his counterpart Zoran Zaev at Lake Prespa."
    )
    rows = [e for e in _events(text, "2018-06-18") if e.trigger == "talks"]
    assert rows and rows[0].date_start == rows[0].date_end == "2018-06-17"
    assert "Alexis Tsipras" in rows[0].actors


def test_hours_of_talks_before_an_agreement_are_on_its_day():
    text = (
        "Armenia and Azerbaijan agreed on Thursday to exchange prisoners, the Armenian prime minister's "
        "office said after more than four hours of talks in Brussels mediated by the European Union."
    )
    rows = [e for e in _events(text, "2023-12-08") if e.trigger == "talks"]
    assert rows and rows[0].date_start == "2023-12-07"


def test_months_of_talks_before_an_agreement_take_no_day_of_it():
    text = (
        "Serbia and Kosovo agreed on Monday to recognise each other's car number plates, after months "
        "of talks in Brussels mediated by the European Union."
    )
    assert not [
        e for e in _events(text, "2022-11-25") if e.trigger == "talks" and e.date_start == "2022-11-21"
    ]


def test_a_minister_set_off_by_commas_writes_the_post():
    text = (
        "Iran's foreign minister, Mohammad Javad Zarif, wrote on Twitter on Wednesday that Tehran had "
        "taken proportionate measures in self-defence and did not seek escalation."
    )
    rows = [e for e in _events(text, "2020-01-09") if e.event_type == "statement"]
    assert rows and rows[0].actors[:1] == ("Mohammad Javad Zarif",)
    assert rows[0].date_start == "2020-01-08"


def test_commanders_from_both_sides_are_the_two_countries_just_named():
    text = (
        "India and China have been locked in a border standoff in Ladakh since May. Military "
        "commanders from both sides met on 6 June and agreed to pull back troops."
    )
    rows = [e for e in _events(text, "2020-06-20") if e.event_type == "meeting"]
    assert rows and set(rows[0].countries) == {"IND", "CHN"}
    assert rows[0].date_start == "2020-06-06"


def test_diplomats_who_say_are_a_source_not_the_parties():
    text = (
        "Saudi Arabia and Qatar met in Riyadh on Monday. Diplomats said the emir of Kuwait would "
        "travel to Jeddah on Tuesday."
    )
    rows = [e for e in _events(text, "2017-06-06") if e.event_type == "statement"]
    assert not [e for e in rows if set(e.countries) == {"SAU", "QAT"}]


def test_the_one_just_met_speaks_on_the_meeting_day():
    text = (
        "The Chinese delegation flew home on Friday, a day after Wang Yi met Iranian Foreign Minister "
        "Hossein Amir-Abdollahian, who called for an end to the war in Gaza."
    )
    rows = [e for e in _events(text, "2023-10-28") if e.event_type == "statement"]
    assert rows and rows[0].date_start == rows[0].date_end == "2023-10-26"


def test_an_irregular_past_writing_is_a_finished_statement_without_a_date_of_its_own():
    # "wrote" is a simple past like "said": the row is a statement of that day's news, not dropped.
    text = "Iran's foreign minister, Mohammad Javad Zarif, wrote that the new US sanctions were illegal."
    rows = [e for e in _events(text, "2019-05-10") if e.event_type == "statement"]
    assert rows and rows[0].actors[:1] == ("Mohammad Javad Zarif",)
    assert rows[0].status == "occurred"

"""Named-event knowledge for the regional summit series and landmark events (issue #4, event rows).

Why: news from Africa, the Gulf, the Pacific, Latin America and the former Soviet space names its
own recurring meetings ("the AU summit", "the CSTO summit in Yerevan") and cites a few landmark
events in background paragraphs; data/knowledge dates them when the text only gives a month.
Each sentence is our own. Schema checks for every row live in tests/test_gazetteers.py.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from pipeline.entities import find_known_events
from pipeline.events.extract import extract_events
from pipeline.models import Article

KNOW = Path(__file__).resolve().parents[1] / "data" / "knowledge"


def _rows(name: str) -> list[dict[str, str]]:
    with (KNOW / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _keys(text: str, published: str) -> list[str]:
    return [e.key for _s, _e, e in find_known_events(text, date.fromisoformat(published))]


# (sentence, publication date, edition key): at least one sentence per series added in this round.
SERIES_SENTENCES = [
    (
        "Leaders gathered in Addis Ababa for the African Union summit in February.",
        "2023-03-01",
        "au-summit-2023-02",
    ),
    ("The AU summit in Kigali launched a common passport.", "2016-07-20", "au-summit-2016-07"),
    ("Delegates left the summit of the African Union on Sunday.", "2025-02-17", "au-summit-2025-02"),
    ("Leaders will meet at the next African Union summit.", "2025-12-01", "au-summit-2026-02"),
    ("Few leaders came to the Arab League summit in Nouakchott.", "2016-08-01", "arab-league-summit-2016"),
    ("The EU-AU summit in Brussels promised vaccine doses.", "2022-02-20", "eu-au-summit-2022"),
    (
        "At the Arab League summit in Jeddah, Syria's president returned.",
        "2023-05-25",
        "arab-league-summit-2023",
    ),
    (
        "Leaders met at an emergency Arab summit in Cairo on rebuilding Gaza.",
        "2025-03-05",
        "arab-league-summit-2025-03",
    ),
    ("The Arab-Islamic summit in Doha condemned the strike.", "2025-09-16", "arab-islamic-summit-2025"),
    ("The GCC summit in AlUla ended the rift with Qatar.", "2021-02-01", "gcc-summit-2021-01"),
    ("Leaders gathered in Kigali for CHOGM.", "2022-06-27", "chogm-2022"),
    ("The Commonwealth summit in Samoa chose a new secretary-general.", "2024-10-28", "chogm-2024"),
    ("The Quad leaders' summit in Wilmington took place last week.", "2024-09-28", "quad-summit-2024"),
    ("The first Quad summit was held by video.", "2021-03-20", "quad-summit-2021-03"),
    ("The CELAC summit in Tegucigalpa discussed tariffs.", "2025-04-12", "celac-summit-2025"),
    ("The EU-CELAC summit in Santa Marta drew few European leaders.", "2025-11-12", "eu-celac-summit-2025"),
    (
        "At the European Political Community summit in Tirana, leaders discussed Ukraine.",
        "2025-05-20",
        "epc-summit-2025-05",
    ),
    ("The EPC summit at Blenheim Palace focused on migration.", "2024-07-20", "epc-summit-2024-07"),
    ("Climate dominated the Pacific Islands Forum leaders' meeting in Tonga.", "2024-09-02", "pif-2024"),
    ("An OIC summit in Banjul closed with a statement on Gaza.", "2024-05-08", "oic-summit-2024"),
    (
        "Armenia refused to sign the declaration at the CSTO summit in Yerevan.",
        "2022-12-01",
        "csto-summit-2022-11",
    ),
    (
        "The CIS summit in Dushanbe followed talks with Central Asian leaders.",
        "2025-10-12",
        "cis-summit-2025",
    ),
    (
        "The EU-Western Balkans summit in Tirana was the first held in the region.",
        "2022-12-10",
        "eu-western-balkans-summit-2022-12",
    ),
    ("The Eastern Partnership summit in Riga was cautious.", "2015-06-01", "eastern-partnership-summit-2015"),
    ("The second Summit for Democracy had several co-hosts.", "2023-04-05", "summit-for-democracy-2023"),
    ("Cuba hosted the G77 summit in Havana.", "2023-09-20", "g77-summit-2023"),
    ("The Non-Aligned Movement summit in Baku ended.", "2019-10-30", "nam-summit-2019"),
    ("Xi hosted the China-Central Asia summit in Xi'an.", "2023-05-25", "china-central-asia-summit-2023"),
    ("Xi attended the China-Arab States summit in Riyadh.", "2022-12-12", "china-arab-states-summit-2022"),
    (
        "Dozens of leaders came to the Russia-Africa summit in Sochi.",
        "2019-10-28",
        "russia-africa-summit-2019",
    ),
    ("China pledged loans at the FOCAC summit in Beijing.", "2024-09-10", "focac-summit-2024"),
    ("Japan promised investment at TICAD in Yokohama.", "2025-08-25", "ticad-9"),
    ("Japan's pledges at TICAD 8 were modest.", "2023-01-10", "ticad-8"),
    ("Pledges were made at the Ukraine Recovery Conference in Rome.", "2025-07-15", "urc-2025"),
    ("The Organization of Turkic States summit in Gabala ended.", "2025-10-10", "turkic-states-summit-2025"),
]

# Landmark events cited in background paragraphs.
ONE_OFF_SENTENCES = [
    ("Fighting resumed despite the Minsk Protocol.", "2015-01-20", "minsk-i-2014"),
    ("The US-Taliban deal set a date for the withdrawal.", "2021-04-14", "us-taliban-doha-2020"),
    (
        "Russia's recognition of Donetsk and Luhansk preceded the invasion.",
        "2023-01-10",
        "russia-recognises-dnr-lnr-2022",
    ),
    ("Men fled abroad after Russia's partial mobilisation.", "2022-10-10", "russia-mobilisation-2022"),
    ("Kyiv rejected the sham annexation referendums.", "2022-10-01", "annexation-referendums-2022"),
    ("Kyiv called the annexation of four regions void.", "2022-10-03", "annexation-four-regions-2022"),
    ("Refugees fled after Azerbaijan's lightning offensive.", "2023-10-01", "karabakh-offensive-2023"),
    ("The 44-day war ended with a truce brokered by Moscow.", "2021-01-01", "karabakh-war-2020"),
    ("ECOWAS imposed sanctions after Niger's coup.", "2023-08-10", "niger-coup-2023"),
    ("The coup in Gabon ended the Bongo family's rule.", "2023-09-05", "gabon-coup-2023"),
    ("Millions have been displaced since the outbreak of war in Sudan.", "2024-04-15", "sudan-war-2023"),
    ("Protests followed the killing of Qassem Soleimani.", "2020-02-01", "soleimani-killing-2020"),
    ("The Beirut port explosion killed more than 200 people.", "2021-08-04", "beirut-port-explosion-2020"),
    ("The Prespa agreement settled the name dispute.", "2019-02-12", "prespa-agreement-2018"),
    ("Relations soured after the Skripal poisoning.", "2019-03-01", "skripal-poisoning-2018"),
    ("Ties with Riyadh cooled after the murder of Jamal Khashoggi.", "2019-10-01", "khashoggi-killing-2018"),
]


@pytest.mark.parametrize(("text", "published", "key"), SERIES_SENTENCES + ONE_OFF_SENTENCES)
def test_new_series_and_landmarks_are_found(text, published, key):
    assert _keys(text, published) == [key]


# Words that look like a series or landmark name but are not one.
FALSE_FRIENDS = [
    ("The Copenhagen Democracy Summit met again.", "2024-05-14"),  # not Biden's Summit for Democracy
    ("A quad bike race drew a crowd.", "2024-05-14"),  # "Quad" needs summit or leaders
    ("Investors met at a PIF meeting in Riyadh.", "2024-05-14"),  # Saudi wealth fund, not the Forum
    ("Officials prepared the Viet Nam summit agenda.", "2024-05-14"),  # NAM only in capitals
    ("Niger's coup leaders refused to meet the envoy.", "2023-08-10"),  # the junta, not the coup
    ("An attempted coup in Gabon failed.", "2019-01-08"),  # the 2019 attempt
    ("In Minsk I met the negotiators.", "2015-01-20"),  # the pronoun, not Minsk I
    ("Syria recognised the independence of Donetsk and Luhansk.", "2022-07-01"),  # not Russia's act
    ("Ukraine's general mobilisation continues.", "2023-07-01"),
    ("The startup fair South Summit opened in Madrid.", "2024-06-05"),  # not the G77 South Summit
    ("Rumours of a coup in Nigeria and a coup in Guinea-Bissau spread.", "2025-11-27"),
]


@pytest.mark.parametrize(("text", "published"), FALSE_FRIENDS)
def test_false_friends_do_not_link(text, published):
    assert _keys(text, published) == []


def test_a_joint_summit_is_not_the_bloc_summit_inside_its_name():
    # "EU–AU summit" (en dash) and "EU-CELAC summit" are their own series, not the AU or CELAC one.
    assert _keys("The EU–AU summit in Luanda ended.", "2025-11-26") == ["eu-au-summit-2025"]
    assert _keys("The EU-CELAC summit in Brussels ended.", "2023-07-19") == ["eu-celac-summit-2023"]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "day"),
    [
        (
            "Armenian Prime Minister Nikol Pashinyan refused to sign the declaration at the CSTO summit "
            "in Yerevan in November.",
            "2023-01-10",
            "summit",
            ("2022-11-23", "2022-11-23"),
        ),
        (
            "African leaders met at the African Union summit in Addis Ababa in February.",
            "2023-06-01",
            "summit",
            ("2023-02-18", "2023-02-19"),
        ),
        (
            "Joe Biden hosted the Quad leaders' summit in Wilmington in September.",
            "2024-12-01",
            "summit",
            ("2024-09-21", "2024-09-21"),
        ),
        (
            "Niger's coup in July drew sanctions from ECOWAS.",
            "2023-10-01",
            "military",
            ("2023-07-26", "2023-07-26"),
        ),
    ],
)
def test_extract_dates_a_month_mention_by_knowledge(text, published, event_type, day):
    events = extract_events(Article(text=text, published=date.fromisoformat(published), title="t", url="u"))
    hits = [e for e in events if e.event_type == event_type]
    assert hits and ((hits[0].date_start, hits[0].date_end), hits[0].date_basis) == (day, "knowledge")


def test_every_series_has_an_edition_and_editions_do_not_overlap():
    rows = _rows("named_events.csv")
    for s in _rows("series.csv"):
        editions = sorted(
            (r["date_start"], r["date_end"], r["key"]) for r in rows if r["series"] == s["series"]
        )
        assert editions, f"{s['series']}: no edition listed"
        for (_s1, e1, k1), (s2, _e2, k2) in zip(editions, editions[1:], strict=False):
            assert e1 < s2, f"{k1} and {k2} overlap"


def test_series_patterns_do_not_repeat_across_series():
    seen: dict[str, str] = {}
    for s in _rows("series.csv"):
        for pat in filter(None, (p.strip() for p in s["patterns"].split(";"))):
            folded = re.sub(r"\s+", " ", pat).casefold()
            assert seen.setdefault(folded, s["series"]) == s["series"], f"{pat!r} in two series"


def _rows_of(text: str, published: str) -> list[tuple[str, str | None, str]]:
    article = Article(text=text, published=date.fromisoformat(published), title="t", url="u")
    return [(e.event_type, e.date_start, e.date_basis) for e in extract_events(article)]


# The row that names a known event takes the table's type, whatever word triggered it.
@pytest.mark.parametrize(
    ("text", "published", "row"),
    [
        (
            "Rising seas dominated the Pacific Islands Forum leaders' meeting in Tonga in August.",
            "2024-10-01",
            ("summit", "2024-08-26", "knowledge"),
        ),
        (
            "King Charles opened the Commonwealth Heads of Government Meeting in Samoa in October.",
            "2024-12-01",
            ("summit", "2024-10-25", "knowledge"),
        ),
        (
            "Peru hosted the APEC Economic Leaders' Meeting in Lima in November.",
            "2025-01-10",
            ("summit", "2024-11-15", "knowledge"),
        ),
        (
            "Zelensky asked for air defence at the Munich Security Conference in February.",
            "2024-04-01",
            ("meeting", "2024-02-16", "knowledge"),
        ),
    ],
)
def test_a_row_naming_a_known_event_takes_its_type(text, published, row):
    assert row in _rows_of(text, published)


def test_another_act_at_a_known_event_keeps_its_own_type():
    rows = _rows_of(
        "Saudi Arabia signed a deal with India at the G20 summit in New Delhi in September.", "2023-11-01"
    )
    assert ("agreement", "2023-09-09", "knowledge") in rows
    assert ("summit", "2023-09-09", "knowledge") in rows
    assert not any(t == "meeting" for t, _d, _b in rows)


# A dash joining two names makes a joint summit of its own, whichever dash the writer typed.
@pytest.mark.parametrize(
    ("text", "published", "keys"),
    [
        ("Trade topped the EU\u2011CELAC summit in Brussels.", "2023-07-19", ["eu-celac-summit-2023"]),
        (
            "Xi came to the China\u2011Arab States summit in Riyadh.",
            "2022-12-12",
            ["china-arab-states-summit-2022"],
        ),
        ("The EU\u2013AU summit in Luanda closed.", "2025-11-26", ["eu-au-summit-2025"]),
        ("A Japan\u2013CELAC summit is not planned.", "2025-04-12", []),  # not the CELAC summit
        ("Officials prepared a Turkey\u2011AU summit.", "2025-02-17", []),  # not the AU summit
    ],
)
def test_any_joining_dash_joins_names(text, published, keys):
    assert _keys(text, published) == keys


# A series named as such, no edition meant, is dated to none.
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Xi and five Central Asian presidents agreed to make the China-Central Asia summit a regular event.",
            "2024-03-01",
        ),
        ("Critics say the G20 summit has become a forum for speeches rather than deals.", "2024-06-01"),
        ("Every BRICS summit since 2009 has called for a bigger say at the IMF.", "2024-06-01"),
        ("The ministers proposed to hold the China-Central Asia summit every two years.", "2024-03-01"),
        ("Each NATO summit brings a new pledge on spending.", "2024-06-01"),
    ],
)
def test_a_series_named_generically_is_no_edition(text, published):
    assert _keys(text, published) == []


def test_a_series_named_generically_in_the_news_of_an_edition_is_that_edition():
    # Told the day after the Xi'an summit closed: the leaders agreed on it at that summit.
    text = "The six leaders agreed to make the China-Central Asia summit a regular event."
    assert _keys(text, "2023-05-20") == ["china-central-asia-summit-2023"]
    assert _keys("Every China-Central Asia summit will be held in spring.", "2023-05-20") == []


# An edition ending on the publication day is under way, not "the next" one.
@pytest.mark.parametrize(
    ("text", "published", "key"),
    [
        ("Modi said he would attend the next G20 summit.", "2023-09-10", "g20-summit-2024"),
        ("The upcoming G20 summit will discuss debt relief.", "2023-09-10", "g20-summit-2024"),
        ("Leaders will adopt a declaration at the G20 summit.", "2023-09-10", "g20-summit-2023"),
        ("At the last G20 summit, leaders could not agree on Ukraine.", "2023-09-09", "g20-summit-2022"),
        ("Biden will attend next year's G20 summit in South Africa.", "2024-11-20", "g20-summit-2025"),
    ],
)
def test_next_and_last_edition_around_the_publication_day(text, published, key):
    assert _keys(text, published) == [key]


def test_his_last_summit_is_his_final_one_not_the_previous_one():
    text = "Biden, at his last G20 summit as president, met Lula."
    assert _keys(text, "2024-11-18") == ["g20-summit-2024"]


def test_a_next_meeting_of_an_unscheduled_series_is_no_edition():
    assert _keys("Trump said a next Trump-Kim summit could come soon.", "2019-03-01") == []

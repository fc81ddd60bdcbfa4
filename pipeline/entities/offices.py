"""Who held which office when: roles for people, "the Chinese leader" -> the holder on a date."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from pipeline.entities import gazetteer as gz

# leaders.csv lists offices from 2015 on (earlier spells only when they ran into 2015): before
# this day someone's missing office may just be unlisted ("Netanyahu" in 1998 was prime minister).
COVERAGE_START = date(2015, 1, 1)
# Days before taking office that a winner is "President-elect" (elections to inaugurations run
# from a week to about eleven weeks: US November to January 20).
ELECT_DAYS = 80


@lru_cache(maxsize=1)
def offices_by_name() -> dict[str, tuple[gz.Office, ...]]:
    out: dict[str, list[gz.Office]] = {}
    for office in gz.load_offices():
        out.setdefault(office.name, []).append(office)
    return {k: tuple(v) for k, v in out.items()}


def office_on(name: str, day: date | None) -> gz.Office | None:
    """The office `name` held on `day`; else the latest begun before `day`; else (all begin
    after `day`) the first to come; the latest of all when `day` is None."""
    offices = offices_by_name().get(name, ())
    if not offices:
        return None
    for office in offices:
        if day is not None and office.holds_on(day):
            return office
    if day is not None:
        before = [o for o in offices if o.start <= day]
        if before:
            return max(before, key=lambda o: o.start)
        return min(offices, key=lambda o: o.start)  # before them all: the first one to come
    return max(offices, key=lambda o: o.start)


def holder(country: str, category: str, day: date | None, office_word: str = "") -> gz.Office | None:
    """Who held an office of `category` ("leader", "head_of_state"...) for `country` on `day`."""
    best = None
    for office in gz.load_offices():
        if office.country != country or office.body is not None or not office.holds_on(day):
            continue
        if category == "leader":
            if office.leader:
                return office
            continue
        if office_word and office.office.lower() != office_word.lower():
            continue
        if office.category == category or (office_word and office.office.lower() == office_word.lower()):
            best = best or office
    return best


def body_holder(body: str, day: date | None, office_word: str = "") -> gz.Office | None:
    """Who headed international body `body` on `day` ("the NATO secretary general" in 2025 is
    Mark Rutte): the office named `office_word` if the body has one, else its head_of_body."""
    if day is None:
        return None
    best = None
    for office in gz.load_offices():
        if office.body != body or not office.holds_on(day):
            continue
        if office_word and office.office.lower() == office_word.lower():
            return office
        if office.category == "head_of_body":
            best = best or office
    return best


def role_for(office: str, country: str | None) -> str:
    """ "Foreign Minister" of RUS -> "Foreign Minister of Russia"; an office that already says
    where it points keeps that: "Ambassador to the United Nations" -> "Russian Ambassador to the
    United Nations"."""
    if not office:
        return ""
    countries = gz.load_countries()
    if not country or country not in countries or " of " in office:
        return office
    if " to " in office:
        return f"{countries[country].adjective} {office}"
    return f"{office} of {countries[country].name}"


def person_role(name: str, day: date | None) -> tuple[str, str | None]:
    """(role, ISO3) of a gazetteer person on `day`; an office that ended by then is "former"
    ("Angela Merkel" in 2023 is the former Chancellor of Germany, not the chancellor); one taken
    within ELECT_DAYS after `day` is "-elect" (Macron on 8 May 2017 is President-elect of France),
    one taken later (within the gazetteer's coverage) is none, "Friedrich Merz" in 2018 (the
    country stays: the person's nationality rarely changes)."""
    office = office_on(name, day)
    if office is None:
        return "", None
    if day is not None and COVERAGE_START <= day < office.start:
        if (office.start - day).days > ELECT_DAYS or office.body:
            return "", office.country  # not yet in office: "Friedrich Merz" in 2018 holds none
        return role_for(f"{office.office}-elect", office.country), office.country
    former = "former " if day is not None and office.end is not None and office.end <= day else ""
    if office.body:
        bodies, _, _ = gz.load_bodies()
        body = bodies.get(office.body)
        role = office.office if " of " in office.office or body is None else f"{office.office} of {body.name}"
        return former + role, office.country
    return former + role_for(office.office, office.country), office.country

"""Short human labels for event rows (issue #4 stage 6), built only from the row's fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A collective actor named by a plural noun takes a plural verb.
_GROUP_NAME = re.compile(r"\b(states|countries|governments|nations)$")
# Verb phrase per event type: (plural subject form, singular subject form).
_PHRASES: dict[str, tuple[str, str]] = {
    "meeting": ("meet", "holds a meeting"),
    "summit": ("attend a summit", "attends a summit"),
    "visit": ("visit", "visits"),
    "call": ("hold a phone call", "holds a phone call"),
    "negotiation": ("hold negotiations", "holds negotiations"),
    "statement": ("issue a statement", "issues a statement"),
    "agreement": ("sign an agreement", "signs an agreement"),
    "sanction": ("impose sanctions", "imposes sanctions"),
    "aid": ("provide aid", "provides aid"),
    "criticism": ("criticise", "criticises"),
    "threat": ("issue a warning", "issues a warning"),
    "military": ("take military action", "takes military action"),
    "protest": ("protest", "protests"),
    "commemoration": ("mark an anniversary", "marks an anniversary"),
    "leadership": ("leadership change", "leadership change"),
    "other": ("act", "acts"),
}
_NOUNS: dict[str, str] = {
    "meeting": "Meeting",
    "summit": "Summit",
    "visit": "Visit",
    "call": "Phone call",
    "negotiation": "Negotiations",
    "statement": "Statement",
    "agreement": "Agreement",
    "sanction": "Sanctions",
    "aid": "Aid",
    "criticism": "Criticism",
    "threat": "Warning",
    "military": "Military action",
    "protest": "Protest",
    "commemoration": "Anniversary",
    "leadership": "Leadership change",
    "other": "Event",
}


def _the(name: str) -> str:
    """'the SCO summit', but "Russia's invasion of Ukraine" keeps its possessive."""
    return name if "'" in name or "’" in name or name.lower().startswith("the ") else f"the {name}"


def join_names(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def make_title(
    event_type: str,
    actors: Sequence[str],
    countries: Sequence[str],
    location: str | None,
    status: str,
    known_name: str | None = None,
    country_name: Callable[[str], str] = str,
    named_by_trigger: bool = False,
    known_type: str | None = None,
    location_country: str | None = None,
    bodies: Sequence[str] = (),
    phrase: Sequence[str] = (),
    targets: Sequence[str] = (),
    hosts: Sequence[str] = (),
) -> str:
    """E.g. 'Xi Jinping and Vladimir Putin meet at the SCO summit', 'Antony Blinken visits China (planned)'.

    `named_by_trigger`: the trigger lies inside the known event's name ("Russia's invasion of
    Ukraine"), so that name is the title. `hosts`: actors of a visit who belong to the place
    visited; they are met, not visiting. `phrase` (plural, singular) replaces the type's verb
    phrase when the trigger's lexicon entry gives one ("reach an agreement" for "agreed to").
    """
    suffix = f" ({status})" if status != "occurred" else ""
    if known_name and event_type == "commemoration":
        return f"Anniversary of {_the(known_name)}{suffix}"
    if known_name and (named_by_trigger or event_type == known_type):
        return known_name[:1].upper() + known_name[1:] + suffix
    if known_name and event_type == "summit":
        who = list(actors[:3])
        if who:
            return f"{join_names(who)} {'attend' if len(who) > 1 else 'attends'} the {known_name}{suffix}"
        return known_name[:1].upper() + known_name[1:] + suffix
    if (
        not actors
        and countries
        and event_type in ("military", "sanction", "criticism", "threat", "aid", "protest")
    ):
        # Without a named actor we cannot tell who acts on whom: list the countries involved.
        names = [country_name(c) for c in countries[:3]]
        where = f" in {location}" if location else ""
        return f"{_NOUNS[event_type]}: {', '.join(names)}{where}{suffix}"
    if event_type in ("summit", "meeting") and actors and set(actors) <= set(bodies):
        # "NATO summit in Vilnius", not "NATO attends a summit"
        where = f" in {location}" if location else ""
        return f"{join_names(list(actors[:2]))} {'summit' if event_type == 'summit' else 'meeting'}{where}{suffix}"
    # The place's own country is where it happened, not who acted ("Meeting in Samarkand").
    who_list = list(actors[:3]) or [country_name(c) for c in countries if c != location_country][:3]
    plural, singular = tuple(phrase)[:2] if len(phrase) >= 2 else _PHRASES.get(event_type, _PHRASES["other"])
    agents = [a for a in actors if a not in targets]
    if event_type in ("criticism", "threat") and targets and agents:
        # "Xie Feng summons Nicholas Burns", "ICC issues an arrest warrant for Vladimir Putin"
        verb = plural if len(agents) > 1 else singular
        link = " for " if verb.endswith("warrant") else (" to " if verb.endswith("warning") else " ")
        return f"{join_names(agents[:2])} {verb}{link}{join_names(list(targets))}{suffix}"
    if event_type in ("criticism", "threat") and targets and not agents:
        # "three deputy ministers posted remarks about Modi": only the one criticised is named; the
        # doer is nobody we know, and "Narendra Modi criticises" said the opposite (webcopy5).
        link = " to " if event_type == "threat" else " of "
        return f"{_NOUNS[event_type]}{link}{join_names(list(targets))}{suffix}"
    if event_type == "military" and targets and not agents:
        # "Army officers deposed President Tandja": the one named was acted on, the doer is nobody
        # we know; "Tandja stages a coup" said the opposite (webcopy5 dev set).
        noun = "Coup" if "coup" in plural else _NOUNS[event_type]
        return f"{noun} against {join_names(list(targets))}{suffix}"
    if plural == "host" and event_type == "visit" and len(actors) >= 2:
        # host verbs list the host(s) first, then the guest: "Joe Biden hosts Fumio Kishida at Camp David"
        # several guests come as targets ("hosted Kishida and Yoon"): the rest are the hosts
        guests = [a for a in actors if a in targets] if 0 < len(targets) < len(actors) else []
        hosts = [a for a in actors if a not in guests][:2] if guests else list(actors[:-1])[:2]
        title = f"{join_names(hosts)} {'host' if len(hosts) > 1 else 'hosts'} {join_names(guests or [actors[-1]])}"
        return title + (f" at {location}" if location else "") + suffix
    if who_list:
        many = len(who_list) > 1 or bool(_GROUP_NAME.search(who_list[0]))  # "West African states impose"
        title = f"{join_names(who_list)} {plural if many else singular}"
        if event_type == "visit" and location:
            go, goes = tuple(phrase)[:2] if len(phrase) >= 2 else ("visit", "visits")  # "leaves Moscow"
            guests = [w for w in who_list if w not in hosts]
            title = f"{join_names(who_list)} {go if len(who_list) > 1 else goes} {location}"
            if guests and len(guests) < len(who_list):
                # the host is met, not visiting: "Narendra Modi visits Kyiv, meets Volodymyr Zelensky"
                met = [w for w in who_list if w in hosts]
                title = f"{join_names(guests)} {go if len(guests) > 1 else goes} {location}"
                if len(phrase) < 2:
                    title += f", {'meet' if len(guests) > 1 else 'meets'} {join_names(met)}"
            if not actors and location in who_list:  # no named visitor, only the host country
                title = f"Visit to {location}"
        elif event_type == "leadership":
            title = f"Leadership change: {join_names(who_list)}"
    else:
        title = _NOUNS.get(event_type, "Event")
        if event_type == "visit" and location:
            title += f" to {location}"
    if known_name:
        title += f" at the {known_name}" if event_type != "commemoration" else f" of {_the(known_name)}"
    elif location and event_type != "visit":
        title += f" in {location}"
    return title + suffix

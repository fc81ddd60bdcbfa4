"""Shared look of every figure: the palette, status styles, fonts, text escaping, empty states.

Styling rules a reader must be able to decode (issue #5):
  colour  = event type (PALETTE, one colour-blind-safe scheme for every EVENT_TYPE)
  fill    = status: occurred/ongoing solid, planned/expected/hypothetical hollow or hatched,
            postponed/cancelled/denied grey and crossed out
  shape   = circle for a day, bar across [date_start, date_end + 1 day) for an interval,
            diamond for an undated event (drawn at its publication date in the "Undated" lane)
"""

from __future__ import annotations

import html
import math
from functools import lru_cache
from typing import Any

import plotly.graph_objects as go

# Paul Tol's discrete rainbow scheme, the 16-colour variant (P. Tol, "Colour Schemes",
# SRON/EPS/TN/09-002, 2021, fig. 22), built to stay distinguishable for colour-blind readers.
# Cooperative types take blues/greens/purples, hostile ones oranges/reds so the hue also reads.
PALETTE: dict[str, str] = {
    "meeting": "#1965B0",
    "summit": "#882E72",
    "visit": "#5289C7",
    "call": "#7BAFDE",
    "negotiation": "#90C987",
    "statement": "#AA6F9E",
    "agreement": "#4EB265",
    "sanction": "#F1932D",
    "aid": "#CAE0AB",
    "criticism": "#F6C141",
    "threat": "#E8601C",
    "military": "#DC050C",
    "protest": "#A5170E",
    "commemoration": "#D1BBD7",
    "leadership": "#BA8DB4",
    "other": "#F7F056",
}
GREY = "#8C8C8C"  # postponed/cancelled/denied: neutral grey, readable on white and on dark
OUTLINE = "#3A3A3A"  # thin outline so the pale palette colours stay visible on white

SOLID_STATUSES = frozenset({"occurred", "ongoing"})
HOLLOW_STATUSES = frozenset({"planned", "expected", "hypothetical"})
STRUCK_STATUSES = frozenset({"postponed", "cancelled", "denied"})
STATUS_STYLE_LABELS = {
    "solid": "occurred / ongoing",
    "hollow": "planned / expected",
    "struck": "postponed / cancelled",
}

# Heat strips and the actor matrix: one-hue light-to-dark blues (ColorBrewer "Blues", colour-blind
# safe) from its 3rd step, with zmin=1: empty cells stay white, so 'none' and 'one' differ.
HEAT_SCALE = [[0.0, "#C6DBEF"], [0.5, "#4292C6"], [1.0, "#08306B"]]
MAX_LABEL_CHARS = 28  # lane labels longer than this are cut with an ellipsis
FONT_FAMILY = '"Source Sans Pro", "Source Sans 3", "Liberation Sans", Arial, sans-serif'
FONT_SIZE = 13
CHAR_PX = 0.58  # average glyph width / font size for sans fonts: used to size margins


def type_colour(event_type: str) -> str:
    """The palette colour of an event type (unknown types get the colour of 'other')."""
    return PALETTE.get(event_type, PALETTE["other"])


def status_style(status: str) -> str:
    """'solid', 'hollow' or 'struck': how an event with this status is drawn."""
    if status in STRUCK_STATUSES:
        return "struck"
    if status in HOLLOW_STATUSES:
        return "hollow"
    return "solid"


def rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def esc(value: Any) -> str:
    """Plotly renders a small HTML subset in text: article words must not become tags."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=False)


def short(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """A readable name for an ISO alpha-3 code ('RUS' -> 'Russia'); the code when unknown.

    Uses the curated short names of data/gazetteers (what a reader calls the country), not
    ISO's formal ones ('Russian Federation', 'Palestine, State of').
    """
    from pipeline.entities.gazetteer import load_countries

    found = load_countries().get(code.upper())
    return found.name if found is not None else code


def as_list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v) for v in value if v]


def base_layout(fig: go.Figure, *, dark: bool = False) -> go.Figure:
    """One template and one font family for every figure, light by default."""
    fig.update_layout(
        template="plotly_dark" if dark else "plotly_white",
        font={"family": FONT_FAMILY, "size": FONT_SIZE},
        paper_bgcolor="#0E1117" if dark else "#FFFFFF",
        plot_bgcolor="#0E1117" if dark else "#FFFFFF",
        hoverlabel={"font": {"family": FONT_FAMILY}},
        legend={"font": {"size": FONT_SIZE - 1}},
    )
    return fig


def label_margin(labels: list[str], size: int = FONT_SIZE) -> int:
    """Left margin in px that fits the longest lane label (no clipped labels)."""
    longest = max((len(label) for label in labels), default=4)
    return int(longest * size * CHAR_PX) + 24


def empty_figure(message: str, dark: bool) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(
        text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 16}
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=320, meta={"kind": "empty"})
    return base_layout(fig, dark=dark)

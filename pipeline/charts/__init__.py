"""Plotly figures built from event DataFrames (columns = models.CONTRACT_FIELDS); no Streamlit.

Every builder is a plain function of a DataFrame, so the dashboard, the export and the tests share
one code path (issue #5). Modules:
  style     palette (one colour per event type), status styles, fonts, escaping, empty states
  timeline  the lane timeline: markers, interval bars, undated lane, WebGL, weekly heat strips
  panels    events per week by type, map of places (offline Scattergeo), who-meets-whom matrix
  export    report-ready PNG/SVG/HTML with title, filter subtitle and source line (kaleido)
"""

from pipeline.charts.export import (
    PNG_SCALE,
    PRESETS,
    TOPOJSON_DIR,
    TOPOJSON_URL,
    ExportError,
    browser_path,
    export_figure,
    modebar_config,
    png_size,
    settled,
    styled_for_export,
)
from pipeline.charts.panels import cooccurrence, map_figure, matrix_figure, weekly_figure
from pipeline.charts.style import (
    FONT_FAMILY,
    GREY,
    HEAT_SCALE,
    OUTLINE,
    PALETTE,
    base_layout,
    country_name,
    status_style,
    type_colour,
)
from pipeline.charts.timeline import (
    DENSE_POINTS,
    JITTER,
    MAX_LANES,
    NO_LANE,
    OTHER_LANE,
    UNDATED_LANE,
    WEBGL_POINTS,
    timeline_counts_figure,
    timeline_figure,
)

__all__ = [
    "DENSE_POINTS",
    "FONT_FAMILY",
    "GREY",
    "HEAT_SCALE",
    "JITTER",
    "MAX_LANES",
    "NO_LANE",
    "OTHER_LANE",
    "OUTLINE",
    "PALETTE",
    "PNG_SCALE",
    "PRESETS",
    "TOPOJSON_DIR",
    "TOPOJSON_URL",
    "UNDATED_LANE",
    "WEBGL_POINTS",
    "ExportError",
    "base_layout",
    "browser_path",
    "cooccurrence",
    "country_name",
    "export_figure",
    "map_figure",
    "matrix_figure",
    "modebar_config",
    "png_size",
    "settled",
    "status_style",
    "styled_for_export",
    "timeline_counts_figure",
    "timeline_figure",
    "type_colour",
    "weekly_figure",
]

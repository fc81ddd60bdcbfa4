"""Diplomatic Events Timeline: articles in, dated and sourced diplomatic event rows out.

Layers (only the named module may do the I/O on its right):
  ingest  - reads bytes (CSV, JSON, TXT, HTML) into Article records
  timex   - time expressions, resolved against the publication date (never "now")
  events  - triggers, actors, places, dating -> Event mention rows
  dedupe  - stable event ids; merging mentions into events
  store   - the only module that talks to SQLite
  export  - CSV / JSON Lines / iCalendar writers
  charts  - plotly figures from DataFrames (no Streamlit)
  process - the orchestrator that runs the stages for the CLI and the dashboard
"""

__version__ = "0.1.0"

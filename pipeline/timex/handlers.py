"""Which handler turns a match of which pattern (patterns.py) into a TIMEX3 value."""

from __future__ import annotations

from pipeline.timex import dates, relative

HANDLERS = {
    "ahead": relative.h_ahead,
    "longunit": relative.h_longunit,
    "yearend": relative.h_yearend,
    "holiday": dates.h_holiday,
    "monthweek": dates.h_monthweek,
    "named": dates.h_named,
    "yearago": relative.h_yearago,
    "nthday": relative.h_nthday,
    "oldyear": dates.h_oldyear,
    "spokenyear": dates.h_spokenyear,
    "iso": dates.h_iso,
    "numeric": dates.h_numeric,
    "mdy": dates.h_mdy,
    "ordday": dates.h_ordday,
    "dmy": dates.h_dmy,
    "month": dates.h_month,
    "weekday": dates.h_weekday,
    "dayword": dates.h_dayword,
    "pod": dates.h_pod,
    "time": dates.h_time,
    "year": dates.h_year,
    "decade": dates.h_decade,
    "century": dates.h_century,
    "quarter": relative.h_quarter,
    "monthspan": relative.h_monthspan,
    "period": relative.h_period,
    "half": relative.h_half,
    "season": relative.h_season,
    "relunit": relative.h_relunit,
    "anaphor": relative.h_anaphor,
    "ago": relative.h_ago,
    "duration": relative.h_duration,
    "bareunit": relative.h_bareunit,
    "set": relative.h_set,
    "moneyrate": relative.h_moneyrate,
    "ref": relative.h_ref,
}

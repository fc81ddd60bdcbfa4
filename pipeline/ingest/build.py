"""Record -> Article or Rejection: the checks every format shares (text, size, date, language)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pipeline import settings
from pipeline.ingest.dates import parse_published
from pipeline.ingest.readers import Record
from pipeline.models import Article, Rejection

LANG_SAMPLE_CHARS = 1000  # py3langid is as sure on ~150 words as on the whole text, at a fraction of the cost
LANG_QUICK_CHARS = 200  # the letter count is settled here for almost every real text
LANG_MIN_LETTERS = 20  # below this, language guesses are noise: leave the language empty
# NewsAPI cuts `content` to ~200 characters and appends "[+N chars]" (newsapi.org/docs/guides).
_TRUNCATED = re.compile(r"\[\+\d+ chars\]\s*$")
NO_DATE_EFFECT = "relative dates such as 'on Monday' in it stay unresolved"
# A text cell that is one web address, or digits with no letters (a date, a number, an id), is
# what a wrong column mapping gives (text -> url or published column): no article has either form.
_URL_ONLY = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
WRONG_TEXT_HINT = "Check that the column chosen for text holds the article body"


@dataclass(frozen=True)
class Context:
    """What every record of one file shares."""

    filename: str
    fallback_published: date | None
    dayfirst: bool
    file_warnings: tuple[str, ...] = ()
    date_hint: str = (
        "add a 'published' column with dates as YYYY-MM-DD, or give a publication date when loading"
    )
    # False when nothing downstream reads Article.language (`extract`): py3langid costs ~0.25 ms
    # per article and ~0.4 s to load its model in every process.
    detect_languages: bool = True


def where(ctx: Context, row: int | None) -> str:
    return f"{ctx.filename}, data row {row}" if row is not None else ctx.filename


def build_article(record: Record, ctx: Context) -> Article | Rejection:
    """The Article a record makes, or why it cannot be one (which row, what, what to do).

    Rejection reasons name the file and data row; Article.warnings do not (the Article carries
    `origin` and `row`, and the report adds them once).
    """
    at = where(ctx, record.row)
    warnings = list(ctx.file_warnings) + record.warnings
    text = record.cells.get("text")
    if _blank(text) and not _blank(record.fallback_text):
        text = record.fallback_text
        warnings.append(
            f"The text is empty, so the '{record.fallback_column}' field was used instead; "
            "it is often only a summary, so some events may be missed."
        )
    if _blank(text):
        return Rejection(
            ctx.filename, record.row, f"{at}: the text is empty. Fill in the article text or delete the row."
        )
    if not isinstance(text, str):
        return Rejection(
            ctx.filename,
            record.row,
            f"{at}: the text is a {type(text).__name__}, not a piece of text. Put the article text in it as a string.",
        )
    if "\x00" in text:
        # NUL is never meaningful in prose and breaks C-string tools downstream; the stored text is
        # the one without it, so event offsets still index Article.text exactly.
        warnings.append(f"Removed {text.count(chr(0))} NUL character(s) from the text.")
        text = text.replace("\x00", "")
        if not text.strip():
            return Rejection(
                ctx.filename,
                record.row,
                f"{at}: the text is empty. Fill in the article text or delete the row.",
            )
    not_prose = _not_prose(text)
    if not_prose:
        return Rejection(ctx.filename, record.row, f"{at}: {not_prose}. {WRONG_TEXT_HINT}.")
    if len(text) > settings.MAX_TEXT_CHARS:
        return Rejection(
            ctx.filename,
            record.row,
            f"{at}: the text is {len(text):,} characters long, over the limit of {settings.MAX_TEXT_CHARS:,} "
            "characters per article. Split it into several articles or shorten it.",
        )
    if _TRUNCATED.search(text[-40:]):
        warnings.append(
            "The text ends in '[+N chars]': the news API sent only its first part, so events in the "
            "rest are missed. Load the full article text if you have it."
        )
    raw_published = record.cells.get("published")
    page_date = record.cells.get("page_date")
    if _blank(raw_published) and page_date and not ctx.fallback_published:
        # a copied web page's header date: used only when the caller gave no date of their own
        raw_published = page_date
        warnings.append(
            f"Publication date taken from the page's header line '{page_date}'; "
            "give the date yourself (--published) if that line is not the article's."
        )
    published, date_warning = _published(raw_published, ctx)
    if date_warning:
        warnings.append(date_warning)
    language = normalise_language(record.cells.get("language")) or (
        detect_language(text) if ctx.detect_languages else ""
    )
    return Article(
        text=text,
        published=published,
        title=_plain(record.cells.get("title")),
        url=_plain(record.cells.get("url")),
        source=_plain(record.cells.get("source")),
        language=language,
        origin=ctx.filename,
        row=record.row,
        warnings=tuple(warnings),
    )


def _not_prose(text: str) -> str | None:
    """Why a text cell cannot be an article (a web address, no letters), or None when it may be one."""
    stripped = text.strip()
    shown = stripped if len(stripped) <= 60 else stripped[:57] + "..."
    if _URL_ONLY.fullmatch(stripped):
        return f"the text is '{shown}', a web address, not article text"
    if not any(ch.isalpha() for ch in stripped) and any(ch.isdigit() for ch in stripped):
        return f"the text is '{shown}', a number or date with no words, not article text"
    return None


def _published(raw: Any, ctx: Context) -> tuple[date | None, str | None]:
    """The row's date, else the caller's fallback date, with the warning the user should see."""
    if isinstance(raw, str) and raw.strip():
        raw = raw.strip()
    found, problem = parse_published(raw if not _blank(raw) else None, dayfirst=ctx.dayfirst)
    if found is not None:
        # an ambiguous day/month order or a spreadsheet day number: kept, and said so
        return found, (f"Published {problem}." if problem else None)
    fallback = ctx.fallback_published
    if problem:
        if fallback:
            return (
                fallback,
                f"Published {problem}; used the given publication date {fallback.isoformat()} instead.",
            )
        return (
            None,
            f"Published {problem}. The row is kept without a date, so {NO_DATE_EFFECT}; write the date as YYYY-MM-DD.",
        )
    if fallback:
        return fallback, None
    return None, f"No publication date, so {NO_DATE_EFFECT}. To fix it, {ctx.date_hint}."


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN from a spreadsheet-ish source
        return True
    return isinstance(value, str) and not value.strip()


def _plain(value: Any) -> str:
    """A metadata cell as a one-line string (titles and URLs are not offset-indexed)."""
    if _blank(value):
        return ""
    return " ".join(str(value).split())


@functools.lru_cache(maxsize=512)
def normalise_language(value: Any) -> str:
    """ISO 639-1 code from a language cell: 'fr', 'fr-FR', 'fra', 'French' -> 'fr'; '' if unknown."""
    if _blank(value) or not isinstance(value, str):
        return ""
    text = value.strip().replace("_", "-")
    code = text.split("-")[0].casefold()
    if len(code) == 2 and code.isalpha():
        return code
    import pycountry

    try:
        found = pycountry.languages.lookup(code if len(code) == 3 else text)
    except LookupError:
        return ""
    return getattr(found, "alpha_2", "") or ""


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid), or '' when the text is too short to tell."""
    sample = text[:LANG_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample[:LANG_QUICK_CHARS])) < LANG_MIN_LETTERS and (
        sum(map(str.isalpha, sample)) < LANG_MIN_LETTERS
    ):
        return ""
    import py3langid  # loads its model on first use (~0.5 s)

    code, _score = py3langid.classify(sample)
    return str(code)

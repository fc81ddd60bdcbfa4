"""Speed work (issue #6) must not change what the stages find: each shortcut against the plain way."""

from __future__ import annotations

import re
from datetime import date

from pipeline import ingest
from pipeline.entities import known_events as ke
from pipeline.events.lexicon import _trie_pattern, trigger_regex
from pipeline.process import extract_articles

# Our own sentences, written for these tests.
SENTENCES = [
    "The leaders held talks in Vilnius on Tuesday before the NATO summit in Vilnius opened.",
    "Officials said the Ufa summit and the SCO summit in Samarkand were both on the agenda.",
    "Russia's full-scale invasion of Ukraine began a year before the COP28 meeting in Dubai.",
    "She met him, then they MET again; the meeting was held  talks-free and the visits ended.",
    "Delegates agreed to hold a follow-up summit; the accord was signed and sanctions announced.",
    "Nothing here names an event: the weather was mild and the markets were calm.",
    "The G20 summit in Osaka and the Osaka summit are the same thing, said one diplomat.",
]


def _plain_known_events(text: str, published: date | None) -> list[tuple[int, int, str]]:
    """find_known_events without the required-word prefilter: every pattern scans the text."""
    events, _, direct, series, _ = ke._knowledge()
    found = []
    for regex, key, _words in direct:
        for m in regex.finditer(text):
            event = events[key]
            if ke._starts_word(text, m.start()) and not ke._other_year_before(text, m.start(), event):
                found.append((m.start(), m.end(), event))
    for regex, name, _words in series:
        for m in regex.finditer(text):
            if ke._starts_word(text, m.start()):
                picked = ke._pick_edition(name, text, m.start(), m.end(), published)
                if picked:
                    found.append((m.start(), m.end(), picked))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    for s, e, event in found:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, event.key))
    return out


def test_required_words_are_the_literal_runs_outside_groups() -> None:
    regex = re.compile(r"(?:Russia|Moscow)\s+invaded\s+Ukraine(?![\w-])")
    assert ke._required_words(regex) == ("invaded", "ukraine")
    assert ke._required_words(re.compile(r"COP\s?21", re.IGNORECASE)) == ("cop", "21")


def test_known_event_prefilter_finds_what_every_pattern_finds() -> None:
    mentions = 0
    for text in [*SENTENCES, " ".join(SENTENCES), "COP 28 and cop28", "ſummit in Ufa"]:
        for published in (date(2023, 7, 12), None):
            fast = [(s, e, ev.key) for s, e, ev in ke.find_known_events(text, published)]
            assert fast == _plain_known_events(text, published)
            mentions += len(fast)
    assert mentions > 5  # the sentences do name known events


def test_trigger_tree_matches_the_flat_longest_first_alternation() -> None:
    regex, by_form = trigger_regex()
    parts = [r"\s+".join(re.escape(w) for w in f.split()) for f in sorted(by_form, key=len, reverse=True)]
    flat = re.compile(rf"(?<![\w\-])(?:{'|'.join(parts)})(?![\w\-])", re.IGNORECASE)
    text = " ".join(SENTENCES + [f.upper() for f in by_form] + [f.replace(" ", " \n ") for f in by_form])
    got = [m.span() for m in regex.finditer(text)]
    assert got == [m.span() for m in flat.finditer(text)]
    assert len(got) > len(by_form)


def test_trie_prefers_the_longer_form_and_backs_off() -> None:
    tree = re.compile(rf"(?:{_trie_pattern(['held', 'held talks', 'talk'])})(?![\w\-])", re.IGNORECASE)
    assert tree.match("held talks today").group() == "held talks"
    assert tree.match("held talkshow").group() == "held"


def test_extract_skips_language_detection_without_changing_events() -> None:
    data = ("title,published,text\nA,2023-07-12," + '"' + " ".join(SENTENCES) + '"\n').encode()
    detected = list(ingest.iter_articles(data, "a.csv"))
    skipped = list(ingest.iter_articles(data, "a.csv", detect_languages=False))
    assert detected[0].language == "en" and skipped[0].language == ""
    assert [a.text for a in detected] == [a.text for a in skipped]
    events, mentions, report = extract_articles([("a.csv", data)])
    assert report.stored == 1 and mentions


def test_csv_lines_are_those_of_stringio() -> None:
    """The CSV reader's line splitter (no 4-bytes-a-character copy of the file) gives exactly the
    lines io.StringIO(text, newline="") gives: every line ending, and the Unicode line breaks
    ("\\u2028", "\\x85") that StringIO does not split at."""
    import io
    import random

    from pipeline.ingest.readers import _lines

    pieces = ["a", "b", "\r", "\n", "\u2028", "\x85", "\x0b", '"', ",", " "]
    rng = random.Random(6)
    texts = ["", "a", "a\r\nb", "a\rb\r", "\r\r\n\n", "x\u2028y\x85z\n\x0c", "no newline at end"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in texts:
        assert list(_lines(text)) == list(io.StringIO(text, newline="")), repr(text)


# --- The input is read in two streaming passes (issue #6) ---------------------------------------


def _encoding_cases() -> list[bytes]:
    import codecs
    import random

    rng = random.Random(14)
    base = 'title,published,text\nT,2023-01-02,"Envoys met, in Doha."\n'
    cases = [
        b"", b" \r\n\t\x00", codecs.BOM_UTF8, b"%PDF-1.7\nx", b"PK\x03\x04" + bytes(50), base.encode(),
        codecs.BOM_UTF8 + base.encode(), base.encode("utf-16"), codecs.BOM_UTF16_BE + base.encode("utf-16-be"),
        base.encode("utf-16-le"), base.encode("utf-16-be"), (base + "“Café”").encode("cp1252"),
        (base + "x\x81y\x8d").encode("latin-1"), codecs.BOM_UTF8 + b"text\n" + b"a" * 300 + b"\xe9 x\n",
        codecs.BOM_UTF16_LE + "text\n".encode("utf-16-le") * 40 + b"\x00\xdc\x41\x00",
        codecs.BOM_UTF16_BE + "text\n".encode("utf-16-be") * 40 + b"\x41",
        "text,published\n".encode("utf-16-le") * 40 + b"\x00\xd8\x41\x00",
        bytes(rng.randrange(256) for _ in range(3000)),
    ]  # fmt: skip
    for _ in range(300):
        raw = bytearray(rng.choice(cases[5:]))
        for _ in range(rng.randint(0, 3)):  # a few bytes changed, anywhere
            if raw:
                raw[rng.randrange(len(raw))] = rng.choice([0, 0x0A, 0x81, 0xC3, 0xD8, 0xDC, 0xE9, 0xFF, 0x41])
        cases.append(bytes(raw[: rng.randint(0, len(raw))]) if rng.random() < 0.3 else bytes(raw))
    return cases


def test_streamed_encoding_check_decides_and_words_errors_as_decoding_whole_bytes(monkeypatch) -> None:
    """check_encoding reads chunks (here as small as 1-7 bytes, and a 40-byte sample) and must
    give decode_bytes' encoding, warning and error message, byte offsets included."""
    import io

    from pipeline.ingest import decode

    monkeypatch.setattr(decode, "SNIFF_BYTES", 40)
    for chunk in (1, 2, 3, 7, 1 << 20):
        monkeypatch.setattr(decode, "READ_CHUNK_BYTES", chunk)
        for raw in _encoding_cases():
            try:
                d = decode.decode_bytes(raw, "f.csv")
                want: object = (d.encoding, d.warning)
            except decode.InputError as exc:
                want = str(exc)
            try:
                got: object = decode.check_encoding(io.BytesIO(raw), "f.csv")
            except decode.InputError as exc:
                got = str(exc)
            assert got == want, (chunk, raw)
            if isinstance(want, tuple):
                with decode.text_stream(io.BytesIO(raw), want[0]) as stream:
                    assert stream.read() == d.text


def test_a_csv_file_is_never_held_whole(tmp_path) -> None:
    """Reading a 19 MB CSV peaks far below its size (the whole file as bytes and text was 2x it)."""
    import tracemalloc

    path = tmp_path / "big.csv"
    cell = "Envoys met in Doha on Monday and talked about the harbour. " * 800  # ~48 KB
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("title,published,url,text\n")
        for i in range(400):
            f.write(f'T{i},2023-01-02,https://x.example/{i},"{cell} {i}"\n')
    size = path.stat().st_size
    tracemalloc.start()
    try:
        with open(path, "rb") as fh:
            n = sum(1 for _ in ingest.iter_articles(fh, path.name, detect_languages=False))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 400 and size > 18_000_000
    assert peak < size / 4, (peak, size)


def test_a_file_that_cannot_seek_is_read_like_bytes() -> None:
    import io

    class Pipe:  # only read(): what a pipe or socket offers
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def read(self, n: int = -1) -> bytes:
            return self._data.read(n)

    data = ("title,published,text\nA,2023-07-12," + '"' + " ".join(SENTENCES) + '"\n').encode("utf-16")
    from_pipe = list(ingest.iter_articles(Pipe(data), "a.csv", detect_languages=False))
    assert from_pipe == list(ingest.iter_articles(data, "a.csv", detect_languages=False))
    assert len(from_pipe) == 1 and from_pipe[0].text.startswith("The leaders")

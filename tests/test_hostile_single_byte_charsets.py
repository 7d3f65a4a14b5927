"""Feeds in a single-byte charset of a non-Latin script that name no charset: stored as written.

Found by robustAO, the eighth hostile-input audit. Before it (main at c8c75f3f), a KOI8-R,
windows-1251, ISO-8859-5, ISO-8859-7, windows-1253, TIS-620, windows-1255 or windows-1256 feed
that named no charset, or whose server named its default ISO-8859-1, was read as windows-1252:
"Министерство обороны" was stored as "Ìèíèñòåðñòâî îáîðîíû" (windows-1251) or "íÉÎÉÓÔÅÒÓÔ×Ï"
(KOI8-R), and Thai as Korean and Chinese ("≥鈞쳬㎕텀隨좀"). A Latin feed must stay Latin whatever
its language: no French, German, Spanish, Vietnamese or curly-quoted English feed may be taken
for Cyrillic or Greek.
"""

import importlib
import json
import unicodedata
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest
from click.testing import Result
from conftest import serving, write_config
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_fetch import GOOD_FEED
from test_hostile_unnamed_encodings import LATIN_TITLES, LATIN_WORDS, UNNAMED, headline_feed

from monitor.ingest.east_asian import MIN_CHARACTERS
from monitor.ingest.parse import parse_feed
from monitor.ingest.single_byte import MIN_WORDS

FETCHED = datetime(2026, 12, 1, tzinfo=UTC)
DATA = Path(__file__).parent / "data"
RUSSIAN = [
    "Министерство обороны России сообщило об учениях в Японском море",
    "В Москве прошла пресс-конференция министра иностранных дел",
    "Тайвань зафиксировал 27 китайских самолётов у острова",
]
# Each charset with headlines as its outlets write them.
HEADLINES = {
    "koi8_r": RUSSIAN, "cp1251": RUSSIAN, "iso8859_5": RUSSIAN,
    "koi8_u": ["Міністерство оборони України повідомило про навчання",
               "У Києві відбулася пресконференція міністра закордонних справ",
               "Японія та Тайвань обговорили безпеку в регіоні"],
    "cp1253": ["Το υπουργείο Άμυνας ανακοίνωσε ασκήσεις στο Αιγαίο",
               "Συνέντευξη Τύπου του υπουργού Εξωτερικών στην Αθήνα",
               "Η Ταϊβάν κατέγραψε κινεζικά αεροσκάφη γύρω από το νησί"],
    "tis_620": ["กระทรวงกลาโหมประกาศการซ้อมรบ ทางทะเล", "การแถลงข่าวที่กรุงเทพฯ วันนี้",
                "นายกรัฐมนตรี เดินทางเยือนญี่ปุ่น", "กองทัพเรือ จัดการฝึก ร่วมกับ สหรัฐ"],
    "cp1255": ["משרד הביטחון הודיע על תרגיל בים", "מסיבת עיתונאים בירושלים היום",
               "טייוואן דיווחה על מטוסים סיניים ליד האי"],
    "cp1256": ["أعلنت وزارة الدفاع عن مناورات بحرية", "مؤتمر صحفي في القاهرة اليوم",
               "تايوان رصدت طائرات صينية قرب الجزيرة"],
}  # fmt: skip
HEADLINES["iso8859_7"] = HEADLINES["cp1253"]
# A server's default, and what feedparser guessed: neither proves a Latin document.
UNNAMED_OR_LATIN = {
    **UNNAMED,
    "http-iso-8859-1": ("", {"content-type": "text/xml; charset=ISO-8859-1"}),
    "declared-windows-1252": ('<?xml version="1.0" encoding="windows-1252"?>', {}),
}


def titles_read(body: bytes, headers: dict[str, str]) -> list[str]:
    return [article.title for article in parse_feed(body, headers, "k", FETCHED).articles]


@pytest.mark.parametrize("unnamed", list(UNNAMED_OR_LATIN))
@pytest.mark.parametrize("encoding", list(HEADLINES))
def test_a_non_latin_single_byte_feed_naming_no_charset_is_read_as_written(
    encoding: str, unnamed: str
) -> None:
    declaration, headers = UNNAMED_OR_LATIN[unnamed]
    body = headline_feed(declaration, HEADLINES[encoding]).encode(encoding)
    assert titles_read(body, headers) == HEADLINES[encoding]


def test_a_koi8_r_feed_behind_a_servers_default_is_stored_in_russian_beside_its_sibling(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    """As a user meets it: Apache's `AddDefaultCharset` labels a KOI8-R feed ISO-8859-1; `monitor
    fetch` stores its titles in Russian, read as Russian, and the plain feed beside it."""
    body = headline_feed('<?xml version="1.0"?>', RUSSIAN).encode("koi8_r")
    with serving() as server:
        feeds = [
            {"name": "Wire", "url": server.feed("/koi8", body, "text/xml; charset=ISO-8859-1")},
            {"name": "Plain", "url": server.feed("/plain", GOOD_FEED)},
        ]
        write_config(tmp_path / "feeds.yaml", feeds)
        fetched: Result = cli("fetch", "--no-alerts")
    assert fetched.exit_code == 0, fetched.output
    listed = json.loads(cli("articles", "--since", "2000-01-01", "--json").stdout)
    wire = {row["title"]: row for row in listed if row["feed"] == "Wire"}
    assert set(wire) == set(RUSSIAN)
    assert {row["language"] for row in wire.values()} == {"ru"}
    assert any(row["feed"] == "Plain" for row in listed)


def windows_1258(text: str) -> bytes:
    """Vietnamese as windows-1258 writes it: the base letter it holds (â, ơ, ư), then the tone
    marks as combining characters."""
    out = bytearray()
    for char in text:
        base, *marks = unicodedata.normalize("NFD", char)
        for mark in marks:
            joined = unicodedata.normalize("NFC", base + mark)
            if len(joined) == 1 and joined.encode("cp1258", errors="ignore"):
                base = joined
                marks.remove(mark)
                break
        out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def _shipped(language: str, module: str, name: str) -> list[str] | set[str]:
    """What spaCy ships for `language` under that name; nothing where it ships none."""
    try:
        return getattr(importlib.import_module(f"spacy.lang.{language}.{module}"), name)  # type: ignore[no-any-return]
    except ModuleNotFoundError:
        return []


def _writes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def spacy_words(language: str) -> list[str]:
    """The stop words spaCy ships for a language: its commonest words, accents and all."""
    return sorted(_shipped(language, "stop_words", "STOP_WORDS"))


LATIN_LANGUAGES = ["fr", "de", "es", "pt", "it", "ca", "nl", "da", "sv", "nb", "is", "fi"]
WORDS = [
    word
    for language in LATIN_LANGUAGES
    for word in spacy_words(language)
    if word.encode("cp1252", errors="ignore").decode("cp1252") == word
]
VIETNAMESE = (DATA / "language" / "vi.txt").read_text(encoding="utf-8").split()
CASES = [str.lower, str.title, str.upper, str]
PUNCTUATION = ["", ",", ".", ":", "“", "”", "‘", "’", " –", " —", "…", "«", "»", "!"]


@st.composite
def latin_text(draw: st.DrawFn, words: list[str]) -> str:
    """A headline of a Latin language's words, cased and punctuated as headlines are."""
    chosen = draw(st.lists(st.sampled_from(words), min_size=1, max_size=12))
    case = draw(st.sampled_from(CASES))
    marks = draw(st.lists(st.sampled_from(PUNCTUATION), min_size=len(chosen), max_size=len(chosen)))
    return " ".join(case(word) + mark for word, mark in zip(chosen, marks, strict=True))


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_latin_feed_naming_no_charset_is_never_read_as_another_script(
    data: st.DataObject,
) -> None:
    """Headlines of French, German, Spanish, Portuguese, Italian, Catalan, Dutch, Nordic and
    English words (the commonest, so their accents, and real titles), in any case, with curly
    quotes and dashes, as windows-1252 or ISO-8859-1 feeds that name no charset or a Latin one:
    each title is read as written."""
    words = WORDS + LATIN_WORDS + [w for title in LATIN_TITLES for w in title.split()]
    headlines = data.draw(st.lists(latin_text(words), min_size=1, max_size=8))
    declaration, headers = data.draw(st.sampled_from(list(UNNAMED_OR_LATIN.values())))
    encoding = data.draw(st.sampled_from(["cp1252", "latin-1"]))
    try:
        body = headline_feed(declaration, headlines).encode(encoding)
    except UnicodeEncodeError:  # curly quotes in ISO-8859-1
        body = headline_feed(declaration, headlines).encode("cp1252")
    assume(_judged(body))
    assume(not any(map(feedparser_rereads, headlines)))
    assert titles_read(body, headers) == headlines


@settings(max_examples=100, deadline=None)
@given(headlines=st.lists(latin_text(VIETNAMESE), min_size=1, max_size=8))
def test_a_vietnamese_windows_1258_feed_is_never_read_as_another_script(
    headlines: list[str],
) -> None:
    """windows-1258 writes most of a Vietnamese word's letters apart (ư, then a tone mark), so
    its words hold more bytes beyond ASCII than any other Latin language's; read as
    windows-1252, as before, each stays Latin (no Cyrillic, Greek, Hebrew, Arabic or Thai)."""
    body = windows_1258(headline_feed('<?xml version="1.0"?>', headlines))
    assume(_judged(body))
    read = "".join(titles_read(body, {}))
    assert read.encode("cp1252", errors="ignore").decode("cp1252") == read


def _judged(body: bytes) -> bool:
    """Whether the document holds enough bytes beyond ASCII for any reading to be judged
    (east_asian.MIN_CHARACTERS two-byte characters' worth) and UTF-8 does not read it whole
    (then it is UTF-8, as XML has a document that names no encoding: "vũ“" in windows-1258 is
    the bytes of one Thaana letter). Shorter ones hold too few to tell one reading from another,
    which README lists as left."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return sum(byte > 0x7F for byte in body) >= 2 * MIN_CHARACTERS
    return False


def feedparser_rereads(title: str) -> bool:
    """Whether feedparser takes `title` for UTF-8 mistaken for ISO-8859-1 and reads it again
    ("TVÅ«" as "TVū", "FARÒ«" as "FARҫ"), as it does to any element of a feed read as UTF-8 whose
    characters all lie below U+0100 and form UTF-8 (`feedparser.mixin`, meant for titles encoded
    twice; README's "Left")."""
    try:
        return title.encode("iso-8859-1").decode("utf-8") != title
    except UnicodeError:
        return False


def test_every_latin_document_of_the_corpus_stays_latin() -> None:
    """The corpus check: spaCy's example sentences and commonest words of 30 Latin-script
    languages, this repository's German, Spanish, French, Portuguese, Indonesian, Tagalog and
    Vietnamese headlines, and every evaluation passage of tests/data/blind that windows-1252
    writes beyond ASCII (curly quotes, dashes, accented names), each a feed naming no charset:
    every one is read as written."""
    documents = [
        (DATA / "language" / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
        for lang in ("de", "es", "fr", "pt", "id", "tl")
    ]
    languages = [*LATIN_LANGUAGES, "en", "et", "eu", "ga", "lb", "af", "sq", "id", "tl", "ms"]
    for language in [*languages, "yo", "lg", "tn", "lij", "ht", "la", "nn", "gd"]:
        documents += [[sentence] for sentence in _examples(language)]
        documents.append([" ".join(spacy_words(language))])
    for path in sorted((DATA / "blind").glob("blind-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            passage = json.loads(line)
            if "text" in passage:
                documents.append([t for t in (passage["title"], passage["text"]) if t.strip()])
    latin = [titles for titles in documents if _writes("".join(titles), "cp1252")]
    latin = [titles for titles in latin if not "".join(titles).isascii()]
    misread = [titles for titles in latin if _read_back(titles, "cp1252") != _as_titles(titles)]
    vietnamese = (DATA / "language" / "vi.txt").read_text(encoding="utf-8").splitlines()
    for titles in [vietnamese[start : start + 5] for start in range(0, len(vietnamese), 5)]:
        read = "".join(titles_read(windows_1258(_feed(titles)), {}))
        if not _writes(read, "cp1252"):
            misread.append(titles)
    assert len(latin) > 5_000 and misread == []


SCRIPTS = {
    "ru": ["cp1251", "koi8_r", "iso8859_5"], "uk": ["cp1251", "koi8_u"], "bg": ["cp1251"],
    "sr": ["cp1251"], "el": ["cp1253", "iso8859_7"], "he": ["cp1255", "iso8859_8"],
    "ar": ["cp1256", "iso8859_6"], "fa": ["cp1256"],
}  # fmt: skip


def test_every_non_latin_sentence_of_three_words_is_read_as_written() -> None:
    """spaCy's example sentences of Russian, Ukrainian, Bulgarian, Serbian, Greek, Hebrew,
    Arabic and Persian, each a feed in each charset its outlets used: every one of at least
    MIN_WORDS words beyond ASCII is read as written (fewer tell no script from chance)."""
    checked = 0
    for language, encodings in SCRIPTS.items():
        for sentence, encoding in [(s, e) for s in _examples(language) for e in encodings]:
            words = [
                w for w in sentence.split() if sum(not c.isascii() and c.isalpha() for c in w) > 1
            ]
            if _writes(sentence, encoding) and len(words) >= MIN_WORDS:
                assert _read_back([sentence], encoding) == _as_titles([sentence]), language
                checked += 1
    assert checked > 80


def _feed(titles: list[str]) -> str:
    return headline_feed("", [escape(title) for title in titles])


def _as_titles(titles: list[str]) -> list[str]:
    return [" ".join(title.split()) for title in titles]


def _read_back(titles: list[str], encoding: str) -> list[str]:
    return titles_read(_feed(titles).encode(encoding), {})


def _examples(language: str) -> list[str]:
    return list(_shipped(language, "examples", "sentences"))


def test_a_windows_1252_feed_labelled_iso_8859_1_keeps_its_ellipsis_and_quotes() -> None:
    """Read as browsers read that label (windows-1252). Before: byte 0x85, windows-1252's "…",
    was ISO-8859-1's line break, so a title's closing ellipsis was lost."""
    title = "Minister: “We won’t yield” – talks end…"
    body = headline_feed('<?xml version="1.0" encoding="ISO-8859-1"?>', [title]).encode("cp1252")
    assert titles_read(body, {}) == [title]
    assert titles_read(body, {"content-type": "text/xml; charset=iso-8859-1"}) == [title]


@pytest.mark.parametrize(
    "headline",
    [
        "尖閣緒島周辺に中国公船４隻",
        "馬祖でも中国海警船が制限水域に",
        "尖閣接続水域、１０月は延べ１２４隻",
    ],
)
def test_a_short_shift_jis_feed_naming_no_encoding_is_not_read_as_korean(headline: str) -> None:
    """Found by robustAO: a one-headline Shift_JIS feed that names no encoding was read as
    windows-949 ("먮둻룒뱡뢂뺃궸뭷뜎"), its bytes landing on the Hangul syllables only windows-949
    adds, which Korean copy hardly writes: 156 of the 2,533 Japanese headlines of tests/data/cjk
    that Shift_JIS writes, each alone, were stored so (15 now)."""
    body = headline_feed('<?xml version="1.0"?>', [headline]).encode("shift_jis")
    assert titles_read(body, {}) == [headline]


def test_korean_copy_with_a_syllable_only_windows_949_holds_is_still_korean() -> None:
    headlines = ["똠방각하 국방부 장관이 기자회견을 열었다", "서울에서 대북 정책을 발표했다"]
    body = headline_feed('<?xml version="1.0"?>', headlines).encode("cp949")
    assert titles_read(body, {}) == headlines

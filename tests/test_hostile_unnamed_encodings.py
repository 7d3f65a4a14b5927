"""Feeds whose encoding is named nowhere, or named wrongly: stored as the outlet wrote them.

Found by robustAM, the sixth hostile-input audit. Before it, a Shift_JIS, EUC-JP, GB18030, Big5
or EUC-KR feed whose declaration said UTF-8 (a template's default), or that said nothing, was
read by feedparser's last resort, windows-1252, and every title was stored as mojibake
("“Œ‹ž“s’mŽ–"); and a UTF-8 feed behind a server's default GBK label was stored as Chinese
mojibake, GBK reading UTF-8's bytes too.
"""

import contextlib
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import REALWORLD_DIR, serving
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fetch import GOOD_FEED, run

from monitor.ingest.parse import parse_feed

FETCHED = datetime(2026, 12, 1, tzinfo=UTC)
# Each encoding with headlines as its outlets write them.
HEADLINES = {
    "shift_jis": ["尖閣諸島周辺で中国海警局の船を確認", "東京都知事が記者会見で発表した"],
    "euc-jp": ["防衛省は中国軍機の飛行を発表した", "沖縄県の玉城知事が上京"],
    "gb18030": ["中国海警局船只在台湾海峡巡航", "北京举行记者会，外交部发言人回应"],
    "big5": ["國防部公布共機擾台動態", "台北市長出席記者會並發表談話"],
    "euc-kr": ["국방부는 오늘 북한이 탄도미사일을 발사했다고 밝혔다", "서울에서 기자회견이 열렸다"],
}
# How a document fails to name its encoding: a declaration saying UTF-8 over other bytes, no
# name at all, or a server's UTF-8 default.
UNNAMED = {
    "declared-utf-8": ('<?xml version="1.0" encoding="utf-8"?>', {}),
    "named-nowhere": ('<?xml version="1.0"?>', {}),
    "http-utf-8": ("", {"content-type": "application/rss+xml; charset=utf-8"}),
}


def headline_feed(declaration: str, headlines: list[str]) -> str:
    items = "".join(
        f'<item><guid isPermaLink="false">{number}</guid><title>{title}</title></item>'
        for number, title in enumerate(headlines)
    )
    return f'{declaration}<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def titles_read(body: bytes, headers: dict[str, str]) -> list[str]:
    return [article.title for article in parse_feed(body, headers, "k", FETCHED).articles]


@pytest.mark.parametrize("unnamed", list(UNNAMED))
@pytest.mark.parametrize("encoding", list(HEADLINES))
def test_a_feed_naming_no_encoding_or_a_wrong_one_is_read_as_written(
    encoding: str, unnamed: str
) -> None:
    declaration, headers = UNNAMED[unnamed]
    body = headline_feed(declaration, HEADLINES[encoding]).encode(encoding)
    assert titles_read(body, headers) == HEADLINES[encoding]


@pytest.mark.parametrize(
    "label, headline",
    [
        ("gbk", "解放军向台湾周边海域发射多枚导弹"),
        ("gb18030", "國防部：共軍發射4枚彈道飛彈落台灣周邊海域"),
        ("shift_jis", "中国海警船连续第335天现身钓鱼岛毗连区"),
    ],
)
def test_a_utf_8_feed_behind_a_servers_default_charset_is_utf_8(label: str, headline: str) -> None:
    """UTF-8 refuses nearly every other encoding's bytes, so a document it reads whole is
    UTF-8 whatever the server's default says. Before: a label that happened to read the same
    bytes was believed, and these headlines were stored as "瑙ｆ斁鍐涘悜鍙版咕鍛" and the like."""
    body = headline_feed('<?xml version="1.0"?>', [headline]).encode("utf-8")
    assert titles_read(body, {"content-type": f"text/xml; charset={label}"}) == [headline]


def test_a_feed_naming_no_encoding_is_stored_as_written_beside_its_siblings() -> None:
    """As a user meets it: a Shift_JIS feed whose template declares UTF-8, fetched in one pass
    with a plain feed; both stored, the Japanese titles as written."""
    body = headline_feed('<?xml version="1.0" encoding="UTF-8"?>', HEADLINES["shift_jis"])
    with serving() as server, tempfile.TemporaryDirectory() as folder:
        feeds = [
            {"name": "Wire", "url": server.feed("/sjis", body.encode("shift_jis"), "text/xml")},
            {"name": "Plain", "url": server.feed("/plain", GOOD_FEED)},
        ]
        reports, db = run(Path(folder), feeds)
        try:
            titles = [row[0] for row in db.execute("SELECT title FROM articles ORDER BY guid")]
        finally:
            db.close()
    assert (reports["Wire"].outcome, reports["Plain"].outcome) == ("ok", "ok")
    assert set(HEADLINES["shift_jis"]) <= set(titles) and len(titles) == 4


def real_titles() -> list[str]:
    """Titles of the real-world feeds that windows-1252 can write."""
    titles = []
    for path in sorted(REALWORLD_DIR.glob("*.rss")) + sorted(REALWORLD_DIR.glob("*.atom")):
        text = path.read_text(encoding="utf-8", errors="ignore")
        for title in re.findall(r"<title>([^<&]{5,120})</title>", text):
            with contextlib.suppress(UnicodeEncodeError):
                title.encode("cp1252")
                titles.append(" ".join(title.split()))
    return titles


LATIN_TITLES = real_titles()
needs_realworld = pytest.mark.skipif(
    not LATIN_TITLES, reason=f"{REALWORLD_DIR} is not beside this checkout"
)
LATIN_WORDS = ["café", "Zürich", "São Tomé", "naïve", "Malmö", "Québec", "Düsseldorf",
               "Øresund", "Señor", "Curaçao", "résumé", "Ærøskøbing", "Málaga"]  # fmt: skip


@needs_realworld
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_latin_feed_naming_no_encoding_stays_latin(data: st.DataObject) -> None:
    """The guess above must not take a windows-1252 feed for an East Asian one, though an
    accented letter before a letter is a valid GB18030 or Big5 pair ("Zürich")."""
    titles = st.sampled_from(LATIN_TITLES or ["-"])
    headline = st.builds("{} {}".format, titles, st.sampled_from(LATIN_WORDS))
    headlines = data.draw(st.lists(headline, min_size=1, max_size=6))
    declaration = data.draw(st.sampled_from([*(d for d, _ in UNNAMED.values()), ""]))
    body = headline_feed(declaration, headlines).encode("cp1252")
    assert titles_read(body, {}) == headlines


@needs_realworld
def test_the_real_iso_8859_1_feed_without_its_declaration_is_still_latin() -> None:
    """Jornal de Notícias as published, its declaration gone: read as windows-1252."""
    body = (REALWORLD_DIR / "encoding.rss").read_bytes().replace(b' encoding="ISO-8859-1"', b"")
    assert "Mãe de utente é a nova presidente da Raríssimas" in titles_read(body, {})

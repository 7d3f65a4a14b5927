"""HTML character references in article text ("Taiwan&#8217;s", "&amp;", "[&#8230;]"), as feeds
that escape their HTML twice carry them: read as the characters they stand for, in analysis
and in what a fetch stores, with mention offsets that still index the text the user gave."""

import json
from datetime import UTC, datetime
from pathlib import Path

from conftest import FeedServer, item, rss, write_config
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.ingest.char_refs import decode_references, decoded_with_origins
from monitor.nlp.analyze import Analysis, TextToAnalyse, analyse

PUBLISHED = datetime(2024, 3, 12, 3, 40, tzinfo=UTC)

# Each character a feed writes as a reference, and the references it is written as.
FORMS = {
    "\u2019": ["&rsquo;", "&#8217;", "&#x2019;", "&amp;#8217;"],
    "'": ["&apos;", "&#39;", "&#x27;", "&amp;#39;"],
    "\u201c": ["&ldquo;", "&#8220;", "&#x201C;", "&amp;#8220;"],
    "\u201d": ["&rdquo;", "&#8221;", "&#x201d;", "&amp;#8221;"],
    '"': ["&quot;", "&#34;", "&#x22;", "&amp;quot;"],
    "&": ["&amp;", "&#38;", "&#x26;", "&amp;amp;"],
    "\u2026": ["&hellip;", "&#8230;", "&#x2026;", "&amp;#8230;"],
}
PASSAGES = [
    "Taiwan tracks 21 Chinese military aircraft, 6 ships\n\nTaipei, March 12 (CNA) Taiwan\u2019s "
    "Ministry of National Defense (MND) said Tuesday it had detected 21 Chinese military "
    "aircraft and six PLA Navy ships operating around Taiwan between 6 a.m. Monday and 6 a.m. "
    "Tuesday. Of the aircraft, 13 crossed the median line and entered Taiwan\u2019s "
    "southwestern air defense identification zone (ADIZ), the MND said. Taipei called it a "
    "\u201cblatant provocation\u201d & urged Beijing to stop. So far in March [\u2026]",
    "Japan's coast guard said four China Coast Guard ships sailed in the contiguous zone "
    'around the Senkaku Islands on Tuesday, Japan\'s "longest" stay this year, and Tokyo '
    "protested to Beijing. The Defense Ministry & the Joint Staff said\u2026 nothing more.",
    "沖縄県・尖閣諸島周辺の領海に１２日、中国海警局の船４隻が侵入した。第１１管区海上保安本部"
    "によると、４隻は「領海から出るよう」警告を受け\u2026",
]  # fmt: skip


def seen(analysis: Analysis, text: str) -> tuple[list[tuple[str, str, str]], list[object]]:
    """What a user sees of an analysis: each mention's entity, kind and the text it was found
    at (references decoded), and the incursion facts."""
    mentions = sorted(
        (m.entity_id, m.kind, decode_references(text[m.start : m.end])) for m in analysis.mentions
    )
    return mentions, sorted(analysis.incursions, key=repr)


def analysed(text: str, language: str | None = None) -> Analysis:
    (found,) = analyse([TextToAnalyse("x", text, language, PUBLISHED)])
    return found


def test_references_named_decimal_hex_and_escaped_twice_are_decoded() -> None:
    written = "Taiwan&#8217;s MND &amp; the &ldquo;PLA&#x201D; [&amp;#8230;] &amp;amp; AT&T"
    assert decode_references(written) == "Taiwan\u2019s MND & the \u201cPLA\u201d [\u2026] & AT&T"


def test_text_that_only_looks_like_a_reference_is_kept() -> None:
    for text in ["R&D and S&P", "Research&notes &copy 2026", "&unknown; &#; & ;", "AT&amp"]:
        assert decode_references(text) == text


def test_decoded_offsets_point_back_into_the_text_given() -> None:
    written = "&#8220;Taiwan&#8217;s&#8221; MND &amp; CGA"
    decoded = decoded_with_origins(written)
    assert decoded.text == "\u201cTaiwan\u2019s\u201d MND & CGA"
    for word in ["Taiwan", "MND", "CGA"]:
        start = decoded.text.index(word)
        given_start = decoded.original_offset(start)
        assert written[given_start : decoded.original_offset(start + len(word))] == word


def test_a_twice_escaped_report_gives_the_plain_reports_entities_and_facts() -> None:
    plain = PASSAGES[0]
    written = plain.replace("\u2019", "&#8217;").replace("\u201c", "&#8220;")
    written = written.replace("\u201d", "&#8221;").replace("&", "&amp;", 1)
    written = written.replace("\u2026", "&#8230;")
    found = analysed(written, "en")
    assert seen(found, written) == seen(analysed(plain, "en"), plain)
    facts = {(i.count, i.zone) for i in found.incursions}
    assert {(21, "around Taiwan"), (13, "median line"), (13, "ADIZ")} <= facts
    taiwan = [m for m in found.mentions if m.text == "Taiwan"]
    assert len(taiwan) == 4 and all(written[m.start : m.end] == "Taiwan" for m in taiwan)


@st.composite
def written_with_references(draw: st.DrawFn) -> tuple[str, str]:
    """A passage, and the same passage with any of its quotes, apostrophes, ampersands and
    ellipses written as character references, each in a form of its own."""
    plain = draw(st.sampled_from(PASSAGES))
    written = "".join(
        draw(st.sampled_from([char, *FORMS[char]])) if char in FORMS else char for char in plain
    )
    return plain, written


@settings(max_examples=20, deadline=None)
@given(written_with_references())
def test_references_never_change_the_entities_or_the_facts(passage: tuple[str, str]) -> None:
    plain, written = passage
    assert seen(analysed(written), written) == seen(analysed(plain), plain)


DOUBLE_ESCAPED = rss(  # a WordPress feed that escapes its titles and summaries twice
    item("1", "Taiwan&amp;#8217;s MND tracks 21 Chinese aircraft", "https://n.example/1",
         description="Taiwan&amp;amp;#8217;s Ministry of National Defense said 21 Chinese "
                     "military aircraft were detected around Taiwan on Monday, and 13 of them "
                     "entered Taiwan&amp;amp;#8217;s ADIZ, a &amp;amp;#8220;provocation&amp;amp;"
                     "#8221; [&amp;amp;#8230;]",
         pubDate="Tue, 12 Mar 2024 03:40:00 GMT"),
)  # fmt: skip


def test_a_double_escaped_feed_item_is_stored_decoded_with_its_entities(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    url = feed_server.feed("/escaped", DOUBLE_ESCAPED)
    write_config(tmp_path / "feeds.yaml", [{"name": "Escaped", "url": url}])
    assert cli("fetch").exit_code == 0
    (article,) = json.loads(cli("sql", "SELECT id, title, summary FROM articles", "--json").stdout)
    assert article["title"] == "Taiwan\u2019s MND tracks 21 Chinese aircraft"
    assert "Taiwan\u2019s Ministry of National Defense" in article["summary"]
    assert "\u201cprovocation\u201d [\u2026]" in article["summary"]
    assert "&#" not in article["title"] + article["summary"]
    query = "SELECT entity_id, surface_forms_json FROM article_entities ORDER BY entity_id"
    entities = {r["entity_id"]: r for r in json.loads(cli("sql", query, "--json").stdout)}
    assert {"taiwan", "taiwan-mnd", "adiz"} <= set(entities)
    assert json.loads(entities["taiwan"]["surface_forms_json"]) == ["Taiwan"]
    (line,) = json.loads(cli("incursions", "--since", "2024-03-01", "--json").stdout)
    assert {(f["count"], f["zone"]) for f in line["facts"]} == {(21, "around Taiwan"), (13, "ADIZ")}

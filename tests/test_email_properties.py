"""Any title, outlet, lede, entity or feed name a feed can carry renders into a digest message
that a mail reader parses as it was built: the same one-line headers, the HTML part escaped (no
element a feed wrote), and both parts reading back line for line as the stored digest."""

from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser

from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from monitor.archive.alert_store import Row
from monitor.config import DigestConfig
from monitor.digest.alert_rules import Rule
from monitor.digest.build import Digest, Story
from monitor.digest.mailer import compose
from monitor.digest.render import render_alert_html, render_alert_text, render_html, render_text

HOSTILE = st.sampled_from(
    ["<x-feed>", "</td><x-feed>", "\r", "\r\n.\r\n", "From here", "=?utf-8?q?Bcc:_x?=",
     "\x00", "\u2028", "-->", "{{ 7*7 }}", "Subject: x\nBcc: y@example.org"]
)  # fmt: skip
FEED_TEXT = st.text(max_size=30) | HOSTILE


def digest_of(title: str, outlet: str, lede: str, entity: str, link: str | None) -> Digest:
    story = Story(
        article_id="a" * 16, short_id="a" * 8, title=title, link=link, outlet=outlet,
        published_local="2026-11-25 11:42", lede=lede, section="security", themes=("security",),
        scores={"security": 0.9}, entities=(entity,), why={"security": (entity,)},
        also=({"outlet": outlet, "title": title, "link": link},), watched=(),
    )  # fmt: skip
    return Digest(
        date="2026-11-25", title="Strait Daily", timezone="Asia/Tokyo",
        window_start_utc="2026-11-24T00:00:00Z", window_end_utc="2026-11-25T00:00:00Z",
        counts={"stories": 1, "security": 1, "cooperation": 0, "articles": 1},
        sections={"security": [story], "cooperation": []},
        failing_feeds=[{"name": outlet, "error": lede, "failures": 3}],
        quiet_feeds=[{"name": outlet, "since": "2026-11-20"}],
    )  # fmt: skip


@settings(max_examples=60)
@given(
    title=FEED_TEXT, outlet=FEED_TEXT, lede=FEED_TEXT, entity=FEED_TEXT,
    link=st.sampled_from([None, "https://a.example/x", "javascript:alert(1)",
                          'https://a.example/"onmouseover="x']),
)  # fmt: skip
@example(title="Drills\r\nBcc: y@example.org", outlet="<x-feed>", lede="\r\n.\r\n", entity="\x00",
         link="https://a.example/x")  # fmt: skip
def test_a_digest_message_parses_as_it_was_built(
    title: str, outlet: str, lede: str, entity: str, link: str | None
) -> None:
    digest = digest_of(title, outlet, lede, entity, link)
    text, page = render_text(digest), render_html(digest)
    assert not lxml_html.document_fromstring(page.encode("utf-8")).xpath("//x-feed | //script")
    built = compose("Strait Daily — 2026-11-25: 1 story", text, page, "m@a.example",
                    "r@b.example", "<digest.x@a.example>", datetime(2026, 11, 25, tzinfo=UTC))  # fmt: skip
    read = BytesParser(policy=policy.default).parsebytes(bytes(built))
    assert read.keys() == built.keys()
    assert read["Subject"] == "Strait Daily — 2026-11-25: 1 story" and "Bcc" not in read
    plain, html = read.get_body(("plain",)), read.get_body(("html",))
    assert plain is not None and html is not None
    # Line breaks travel as CRLF in mail, whatever the text held.
    assert plain.get_content().splitlines() == text.splitlines()
    assert html.get_content().splitlines() == page.splitlines()


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@settings(max_examples=40)
@given(title=FEED_TEXT | st.sampled_from(BIDI), outlet=FEED_TEXT, lede=FEED_TEXT,
       entity=FEED_TEXT | st.just("\u202e"))  # fmt: skip
@example(title="Drills \u202egnirts\u202c", outlet="\u2067Harbour Daily", lede="\u202b", entity="x")
def test_no_feed_text_can_reorder_a_mail_line(
    title: str, outlet: str, lede: str, entity: str
) -> None:
    """A title ending in an override (U+202E) reversed the rest of its line in a mail client:
    the outlet and the link after it ("Trojan Source"). Before: every bidi control a feed sent
    reached both parts of the digest and the alert as written."""
    digest = digest_of(title, outlet, lede, entity, "https://a.example/x")
    row = Row(id=1, rule="Drills", recipient="r@b.example", match_key="article:a",
              matched=entity, status="pending", held_reason=None, message_id=None, title=title,
              outlet=outlet, link="https://a.example/x", published_utc="2026-11-25T01:00:00Z",
              attempted_utc=None)  # fmt: skip
    rule = Rule(name="Drills", entities=(("x", entity),), query=None, themes=(), feeds=(),
                tags=(), incursions=None, quiet_hours=None, quiet_hours_text=None, max_per_hour=None,
                recipients=("r@b.example",))  # fmt: skip
    settings_ = DigestConfig(timezone="Asia/Tokyo")
    for body in (render_text(digest), render_html(digest),
                 render_alert_text(rule, [row], settings_), render_alert_html(rule, [row], settings_)):  # fmt: skip
        assert not set(body) & set(BIDI)

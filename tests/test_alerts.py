"""Alerts after each pass, to a real SMTP server (aiosmtpd) on 127.0.0.1, from feeds served by a
real HTTP server: once per article (or per day and place for an incursion threshold) across
passes, restarts, failures and stopped sends; quiet hours and the hourly cap; the commands."""

import functools
import json
import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import FeedServer, item, rss
from smtp_server import Mailbox, smtp_server
from test_service import FAST_MINUTE, wait_until

from monitor.archive.alert_store import claim, unfinished
from monitor.archive.store import open_db
from monitor.cli.demo import DEMO_CONFIG
from monitor.config import load_config
from monitor.digest import alerting
from monitor.digest.alert_rules import alert_rules
from monitor.digest.alerting import match_new_articles
from monitor.pipeline import poll
from monitor.service import Service

LIAONING_1 = item(
    "l1", "Chinese carrier Liaoning sails past Miyako", "https://wire.example/liaoning-1",
    description="The Chinese aircraft carrier Liaoning and two destroyers passed between Okinawa "
                "and Miyako, Japan's Joint Staff said.", pubDate="Mon, 23 Nov 2026 01:00:00 GMT",
)  # fmt: skip
LIAONING_2 = item(
    "l2", "Liaoning group turns south of Yonaguni", "https://wire.example/liaoning-2",
    description="The carrier Liaoning sailed south of Yonaguni on Tuesday, the Joint Staff said.",
    pubDate="Tue, 24 Nov 2026 01:00:00 GMT",
)  # fmt: skip
WEATHER = item("w1", "Typhoon brings rain to Okinawa", "https://wire.example/weather",
               description="Flights were cancelled as the storm passed.")  # fmt: skip


def report(guid: str, count: int, day: str, published: str) -> str:
    """A daily MND report: `count` aircraft around Taiwan on `day` ("24 November")."""
    return item(
        guid, f"MND: {count} PLA aircraft around Taiwan", f"https://mnd.example/{guid}",
        description=f"Taiwan's Ministry of National Defense said {count} Chinese military aircraft "
                    f"were detected around Taiwan on {day}.", pubDate=published,
    )  # fmt: skip


LIAONING_RULE = "  - name: Liaoning\n    entities: [Liaoning]\n"
BIG_DAYS_RULE = (
    "  - name: Big days\n    incursions: {what: aircraft, zone: around Taiwan, at_least: 20}\n"
)


@pytest.fixture
def smtp() -> Iterator[tuple[int, Mailbox]]:
    with smtp_server() as server:
        yield server


def configure(tmp_path: Path, port: int, feeds: dict[str, str], rules: str) -> Path:
    path = tmp_path / "feeds.yaml"
    body = "".join(f"  - name: {name}\n    url: {url}\n" for name, url in feeds.items())
    path.write_text(
        f"feeds:\n{body}digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org]\n"
        f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
        f"  timeout_seconds: 2\nalerts:\n{rules}",
        encoding="utf-8",
    )
    return path


def serve(feed_server: FeedServer, path: str, *items: str, version: int = 1) -> str:
    """The feed at `path` with these items; a new `version` is a new ETag, so it is read again."""
    return feed_server.feed(path, rss(*items), etag=f'"v{version}"', last_modified=None)


def bodies(mailbox: Mailbox) -> list[str]:
    return [message.get_body(("plain",)).get_content() for _, message in mailbox.messages]


def statuses(tmp_path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(tmp_path / "monitor.db") as db:
        return db.execute(
            "SELECT rule, match_key, status FROM alert_deliveries ORDER BY rule, match_key"
        ).fetchall()


def test_a_rule_fires_once_for_an_article_across_two_passes_and_a_restart(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    url = serve(feed_server, "/wire", LIAONING_1, WEATHER)
    configure(tmp_path, port, {"Wire": url}, LIAONING_RULE)
    first = cli("fetch")
    assert (
        first.exit_code == 0
        and "alert 'Liaoning' to ana@example.org: sent (1 match)" in first.stderr
    )
    serve(feed_server, "/wire", LIAONING_1, WEATHER, version=2)  # the same article, read again
    assert cli("fetch").exit_code == 0
    assert len(mailbox.messages) == 1
    # A restart: `monitor run` in this process, its feed job reads the feed again; only the new
    # article goes out, in an email of its own.
    serve(feed_server, "/wire", LIAONING_2, LIAONING_1, WEATHER, version=3)
    service = Service(tmp_path / "feeds.yaml", tmp_path / "monitor.db", minute=FAST_MINUTE,
                      retry_wait_s=0.01)  # fmt: skip
    service.start()
    try:
        wait_until(lambda: len(mailbox.messages) >= 2)
        wait_until(lambda: len(feed_server.hits("/wire")) >= 4)  # a later pass of the job
    finally:
        service.shutdown()
    third = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "fetch", "--force", "--config",
         str(tmp_path / "feeds.yaml"), "--db", str(tmp_path / "monitor.db")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert third.returncode == 0, third.stderr
    assert len(mailbox.messages) == 2
    first_mail, second_mail = bodies(mailbox)
    assert "Chinese carrier Liaoning sails past Miyako" in first_mail
    assert "Liaoning group turns south of Yonaguni" in second_mail
    assert "sails past Miyako" not in second_mail
    assert [status for *_, status in statuses(tmp_path)] == ["sent", "sent"]


def test_one_email_per_rule_per_pass_lists_every_match(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    url = serve(feed_server, "/wire", LIAONING_1, LIAONING_2, WEATHER)
    rules = (
        LIAONING_RULE + "  - name: Weather\n    query: typhoon\n    recipients: [ben@example.org]\n"
    )
    configure(tmp_path, port, {"Wire": url}, rules)
    assert cli("fetch").exit_code == 0
    (liaoning,) = mailbox.to("ana@example.org")
    (weather,) = mailbox.to("ben@example.org")  # a rule's own recipients, not the digest's
    assert liaoning["Subject"] == "Japan–Taiwan monitor alert: Liaoning (2 new)"
    assert liaoning["Message-ID"].startswith("<alert.") and liaoning["Auto-Submitted"]
    assert [part.get_content_type() for part in liaoning.iter_parts()] == [
        "text/plain",
        "text/html",
    ]
    text = liaoning.get_body(("plain",)).get_content()
    html = liaoning.get_body(("html",)).get_content()
    for title, link in (("Chinese carrier Liaoning sails past Miyako", "https://wire.example/liaoning-1"),
                        ("Liaoning group turns south of Yonaguni", "https://wire.example/liaoning-2")):  # fmt: skip
        assert title in text and link in text and f'href="{link}"' in html
    assert (
        "Matched: Liaoning aircraft carrier" in text
        and "Wire, 2026-11-23 10:00 (Asia/Tokyo)" in text
    )
    assert "Typhoon brings rain to Okinawa" in weather.get_body(("plain",)).get_content()


def test_an_incursion_threshold_fires_once_per_day_and_place_on_the_day_reported(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    a = serve(feed_server, "/a", report("a1", 25, "24 November", "Wed, 25 Nov 2026 01:00:00 GMT"),
              report("a2", 12, "25 November", "Thu, 26 Nov 2026 01:00:00 GMT"))  # fmt: skip
    b = serve(feed_server, "/b")
    configure(tmp_path, port, {"A": a, "B": b}, BIG_DAYS_RULE)
    assert cli("fetch").exit_code == 0
    (first,) = bodies(mailbox)
    assert "Matched: 2026-11-24 Taiwan: 25 aircraft around Taiwan" in first
    assert "MND: 12 PLA aircraft" not in first  # 12 is below the threshold
    # A second outlet gives the same day's figure (no second alert); another day reaches it.
    serve(feed_server, "/b", report("b1", 25, "24 November", "Wed, 25 Nov 2026 03:00:00 GMT"),
          report("b2", 30, "26 November", "Fri, 27 Nov 2026 01:00:00 GMT"), version=2)  # fmt: skip
    assert cli("fetch").exit_code == 0
    assert len(mailbox.messages) == 2
    second = bodies(mailbox)[1]
    assert "Matched: 2026-11-26 Taiwan: 30 aircraft around Taiwan" in second
    assert "2026-11-24 Taiwan" not in second and "Matched" not in second.split("30 aircraft")[1]
    assert statuses(tmp_path) == [
        ("Big days", "incursion:2026-11-24:Taiwan", "sent"),
        ("Big days", "incursion:2026-11-26:Taiwan", "sent"),
    ]


def test_per_day_judges_the_days_figure_and_per_report_the_reports_own(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    url = serve(feed_server, "/a", report("a1", 28, "24 November", "Wed, 25 Nov 2026 01:00:00 GMT"))
    rules = BIG_DAYS_RULE + ("  - name: Big reports\n    incursions: {what: aircraft, "
                             "zone: around Taiwan, at_least: 20, per: report}\n")  # fmt: skip
    configure(tmp_path, port, {"A": url}, rules)
    assert cli("fetch", "--no-alerts").exit_code == 0  # the 28 is stored without alerts
    # A later report of the same day says 12: the day's figure is still 28, this report's 12.
    serve(feed_server, "/a", report("a2", 12, "24 November", "Wed, 25 Nov 2026 05:00:00 GMT"),
          version=2)  # fmt: skip
    assert cli("fetch").exit_code == 0
    (message,) = mailbox.messages
    assert message[1]["Subject"] == "Japan–Taiwan monitor alert: Big days (1 new)"
    assert "Matched: 2026-11-24 Taiwan: 28 aircraft around Taiwan" in bodies(mailbox)[0]


def test_a_failed_send_is_recorded_and_retried_on_the_next_pass(
    tmp_path: Path,
    feed_server: FeedServer,
    smtp: tuple[int, Mailbox],
    cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    # The pass's four attempts, without the 2 + 4 + 8 s between them that a user's server gets.
    quick = functools.partial(alerting.alert_after_pass, wait_seconds=0.01)
    monkeypatch.setattr(alerting, "alert_after_pass", quick)
    configure(tmp_path, port, {"Wire": serve(feed_server, "/wire", LIAONING_1)}, LIAONING_RULE)
    mailbox.data_replies = ["451 Try again later"] * 4  # every attempt of this pass
    result = cli("fetch")
    assert result.exit_code == 0  # the pass completed; the alert waits for the next one
    assert (
        "alert 'Liaoning' to ana@example.org: failed (1 match): 451 Try again later"
        in result.stderr
    )
    assert statuses(tmp_path) == [("Liaoning", statuses(tmp_path)[0][1], "failed")]
    assert cli("fetch").exit_code == 0  # nothing new: the failed alert goes out
    assert len(mailbox.messages) == 1 and [s for *_, s in statuses(tmp_path)] == ["sent"]
    assert cli("fetch").exit_code == 0
    assert len(mailbox.messages) == 1


def test_an_uncertain_send_goes_again_only_when_asked_and_as_the_same_message(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    configure(tmp_path, port, {"Wire": serve(feed_server, "/wire", LIAONING_1)}, LIAONING_RULE)
    mailbox.hang_ups = 1  # the server keeps the message, then hangs up before its 250
    assert cli("fetch").exit_code == 0
    assert [s for *_, s in statuses(tmp_path)] == ["uncertain"]
    assert cli("fetch").exit_code == 0 and len(mailbox.messages) == 1
    refused = cli("alerts", "send")
    assert refused.exit_code == 0 and len(mailbox.messages) == 1  # nothing to send by itself
    again = cli("alerts", "send", "--resend-uncertain")
    assert again.exit_code == 0, again.stderr
    first, second = (message for _, message in mailbox.messages)
    assert first["Message-ID"] == second["Message-ID"] and first["Date"] == second["Date"]
    assert [s for *_, s in statuses(tmp_path)] == ["sent"]


def test_a_send_a_stopped_process_left_goes_again_as_the_same_message(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    path = configure(tmp_path, port, {"Wire": serve(feed_server, "/wire", LIAONING_1)},
                     LIAONING_RULE)  # fmt: skip
    config = load_config(path)
    db = open_db(tmp_path / "monitor.db")
    poll(config, db.conn)
    match_new_articles(db, alert_rules(config))
    rows = unfinished(db, "Liaoning", "ana@example.org")
    # As a process killed while talking to the server leaves it: claimed, never marked.
    claim(db, rows, "<alert.killed@example.org>", datetime.now(UTC) - timedelta(minutes=5))
    db.close()
    assert cli("fetch").exit_code == 0
    (message,) = (message for _, message in mailbox.messages)
    assert message["Message-ID"] == "<alert.killed@example.org>"
    assert [s for *_, s in statuses(tmp_path)] == ["sent"]


def _window_around_now() -> str:
    now = datetime.now(ZoneInfo("Asia/Tokyo"))
    return f"{now - timedelta(hours=1):%H:%M}-{now + timedelta(hours=1):%H:%M}"


def test_quiet_hours_hold_matches_for_the_next_allowed_send_with_a_count(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    window = _window_around_now()
    url = serve(feed_server, "/wire", LIAONING_1)
    configure(tmp_path, port, {"Wire": url}, LIAONING_RULE + f'    quiet_hours: "{window}"\n')
    held = cli("fetch")
    assert (
        f"alert 'Liaoning' to ana@example.org: held (1 match): quiet hours {window}" in held.stderr
    )
    assert mailbox.messages == []
    configure(tmp_path, port, {"Wire": url}, LIAONING_RULE)  # the night is over
    serve(feed_server, "/wire", LIAONING_2, LIAONING_1, version=2)
    sent = cli("fetch")
    assert "sent (2 matches, 1 held back until now)" in sent.stderr
    (text,) = bodies(mailbox)
    assert f"1 of them held back until now (quiet hours {window})" in text


def test_the_hourly_cap_holds_the_rest_for_the_next_allowed_send(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    url = serve(feed_server, "/wire", LIAONING_1)
    configure(tmp_path, port, {"Wire": url}, LIAONING_RULE + "    max_per_hour: 1\n")
    assert cli("fetch").exit_code == 0 and len(mailbox.messages) == 1
    serve(feed_server, "/wire", LIAONING_2, LIAONING_1, version=2)
    capped = cli("fetch")
    assert "held (1 match): max_per_hour 1" in capped.stderr and len(mailbox.messages) == 1
    with sqlite3.connect(tmp_path / "monitor.db") as db:  # an hour passes
        db.execute("UPDATE alert_deliveries SET attempted_utc = '2000-01-01T00:00:00Z'")
    assert cli("fetch").exit_code == 0
    assert len(mailbox.messages) == 2
    assert "1 of them held back until now (max_per_hour 1)" in bodies(mailbox)[1]


def test_no_alerts_skips_sending_now_and_later(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, mailbox = smtp
    configure(tmp_path, port, {"Wire": serve(feed_server, "/wire", LIAONING_1)}, LIAONING_RULE)
    assert cli("fetch", "--no-alerts").exit_code == 0
    assert cli("fetch").exit_code == 0
    assert mailbox.messages == [] and statuses(tmp_path) == []


def test_without_an_email_section_nothing_is_sent_or_kept(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    url = serve(feed_server, "/wire", LIAONING_1)
    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - name: Wire\n    url: {url}\ndigest:\n  recipients: [ana@example.org]\n"
        f"alerts:\n{LIAONING_RULE}"
    )
    result = cli("fetch")
    assert result.exit_code == 0
    assert f"alerts: none sent: {tmp_path / 'feeds.yaml'} has no email: section" in result.stderr
    assert statuses(tmp_path) == []


def test_alerts_list_test_and_history(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    port, _ = smtp
    url = serve(feed_server, "/wire", LIAONING_1, WEATHER)
    configure(tmp_path, port, {"Wire": url}, LIAONING_RULE + BIG_DAYS_RULE)
    (liaoning, big_days) = json.loads(cli("alerts", "list", "--json").stdout)
    assert liaoning["entities"] == ["liaoning-carrier"]
    assert liaoning["criteria"] == "naming Liaoning aircraft carrier"
    assert big_days["criteria"] == "20+ aircraft around Taiwan per day"
    assert cli("fetch", "--no-alerts").exit_code == 0
    (found,) = json.loads(cli("alerts", "test", "Liaoning", "--json").stdout)
    assert (found["title"], found["matched"]) == (
        "Chinese carrier Liaoning sails past Miyako", "Liaoning aircraft carrier",
    )  # fmt: skip
    assert statuses(tmp_path) == []  # a test records and sends nothing
    unknown = cli("alerts", "test", "Nope")
    assert unknown.exit_code == 1 and "no alert rule named 'Nope'" in unknown.stderr
    serve(feed_server, "/wire", LIAONING_2, version=2)
    assert cli("fetch").exit_code == 0
    (row,) = json.loads(cli("alerts", "history", "--json").stdout)
    assert (row["rule"], row["status"], row["title"]) == (
        "Liaoning", "sent", "Liaoning group turns south of Yonaguni",
    )  # fmt: skip
    assert row["message_id"].startswith("<alert.")


def test_demo_prints_the_alerts_it_would_send_and_sends_none(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("demo", "--db", str(tmp_path / "demo.db"))
    assert result.exit_code == 0
    assert "Alerts it would send (the demo sends none):" in result.stderr
    assert "  Liaoning to analyst@example.org: 3 matches" in result.stdout
    assert "  Big days around Taiwan to analyst@example.org: 1 match" in result.stdout
    assert "2026-11-25 Taiwan: 28 aircraft around Taiwan" in result.stdout
    with sqlite3.connect(tmp_path / "demo.db") as db:
        assert db.execute("SELECT count(*) FROM alert_deliveries").fetchone() == (0,)


def test_the_demo_feeds_send_one_email_per_rule_and_a_second_fetch_none(
    tmp_path: Path, smtp: tuple[int, Mailbox], cli
) -> None:  # type: ignore[no-untyped-def]
    """The issue's own check: the demo feeds, its two rules (the Liaoning; 20 or more aircraft
    around Taiwan in a day) and a local SMTP server."""
    port, mailbox = smtp
    demo = DEMO_CONFIG.parent
    text = DEMO_CONFIG.read_text(encoding="utf-8").replace("url: feeds/", f"url: {demo}/feeds/")
    (tmp_path / "feeds.yaml").write_text(
        text + f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n"
        "  from: m@example.org\n",
        encoding="utf-8",
    )
    assert cli("fetch").exit_code == 0
    subjects = sorted(str(message["Subject"]) for _, message in mailbox.messages)
    assert subjects == [
        "Japan–Taiwan monitor alert: Big days around Taiwan (1 new)",
        "Japan–Taiwan monitor alert: Liaoning (3 new)",
    ]
    assert cli("fetch", "--force").exit_code == 0
    assert len(mailbox.messages) == 2


def test_monitor_run_keeps_its_rules_when_an_edit_names_an_unknown_entity(
    tmp_path: Path, feed_server: FeedServer, smtp: tuple[int, Mailbox], caplog
) -> None:  # type: ignore[no-untyped-def]
    port, _ = smtp
    url = serve(feed_server, "/wire", WEATHER)
    configure(tmp_path, port, {"Wire": url}, LIAONING_RULE)
    service = Service(tmp_path / "feeds.yaml", tmp_path / "monitor.db", minute=FAST_MINUTE,
                      reload_every_s=0.2, retry_wait_s=0.01)  # fmt: skip
    service.start()
    try:
        with caplog.at_level(logging.ERROR, logger="monitor.service"):
            configure(
                tmp_path, port, {"Wire": url}, "  - name: Ghost\n    entities: [Flying Dutchman]\n"
            )
            wait_until(lambda: "feeds.yaml change ignored" in caplog.text)
        assert "'Flying Dutchman' is not in the knowledge base" in caplog.text
        assert [rule.name for rule in service.rules] == ["Liaoning"]
    finally:
        service.shutdown()

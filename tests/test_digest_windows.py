"""The digest's window, stated once and kept: the digest for D covers what arrived after the
previous digest's end and up to D at the digest time; a date whose time has not come is refused;
--preview shows what has arrived since; an empty digest is kept but not mailed."""

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import FeedServer, item, rss
from smtp_server import smtp_server

from monitor.archive.store import open_db
from monitor.config import DigestConfig
from monitor.digest.build import digest_due, digest_window, refuse_if_not_due
from monitor.digest.daily import make_digest
from monitor.errors import MonitorError

TOKYO = DigestConfig(time="07:30", timezone="Asia/Tokyo")


def test_the_window_is_the_previous_digests_end_to_this_dates_digest_time(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    first = date(2026, 11, 20)
    start, end = digest_window(db, TOKYO, first)
    assert end == datetime(2026, 11, 20, 7, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert end - start == timedelta(days=1)  # a first digest covers 24 hours
    db.execute(
        "INSERT INTO digests (date, timezone, window_start_utc, window_end_utc, subject, text, "
        "html, items_json, created_utc) VALUES ('2026-11-20', 'Asia/Tokyo', "
        "'2026-11-18T22:30:00Z', '2026-11-19T22:30:00Z', 's', 't', 'h', '[]', "
        "'2026-11-19T22:31:00Z')"
    )
    start, end = digest_window(db, TOKYO, date(2026, 11, 23))  # three days down: one digest
    assert start == datetime(2026, 11, 19, 22, 30, tzinfo=UTC)
    assert end == datetime(2026, 11, 23, 7, 30, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_across_a_dst_change_the_window_follows_local_time(tmp_path: Path) -> None:
    new_york = DigestConfig(time="07:30", timezone="America/New_York")
    spring, fall = date(2026, 3, 8), date(2026, 11, 1)

    def hours_since_the_day_before(day: date) -> float:
        now, before = digest_due(new_york, day), digest_due(new_york, day - timedelta(days=1))
        return (now.astimezone(UTC) - before.astimezone(UTC)) / timedelta(hours=1)

    assert hours_since_the_day_before(spring) == 23
    assert hours_since_the_day_before(fall) == 25
    assert digest_due(new_york, fall).astimezone(UTC).hour == 12  # 07:30 EST, not EDT


def test_a_date_whose_time_has_not_come_is_refused() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    before = datetime(2026, 11, 26, 7, 29, tzinfo=tokyo)
    after = datetime(2026, 11, 26, 7, 30, tzinfo=tokyo)
    with pytest.raises(MonitorError, match="still open"):
        refuse_if_not_due(TOKYO, date(2026, 11, 26), before)
    refuse_if_not_due(TOKYO, date(2026, 11, 26), after)
    refuse_if_not_due(TOKYO, date(2026, 11, 25), before)


def test_tomorrows_digest_is_refused_and_nothing_is_created(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    result = cli("digest", "--date", tomorrow)
    assert result.exit_code == 1 and "window is still open" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "monitor.db").exists()  # no database, let alone a stored digest


NEWS = rss(
    item("1", "Japan and Taiwan sign a customs pact", "https://n.example/1",
         description="Japan and Taiwan signed a customs cooperation agreement in Taipei."),
    item("2", "PLA aircraft fly near Taiwan", "https://n.example/2",
         description="Chinese military aircraft and warships drilled near Taiwan, the ministry "
                     "said, as Taipei scrambled jets."),
)  # fmt: skip


def test_preview_right_after_fetch_lists_what_arrived_and_stores_nothing(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - name: N\n    url: {feed_server.feed('/n', NEWS)}\n"
    )
    assert cli("fetch").exit_code == 0
    before = (tmp_path / "monitor.db").read_bytes()
    preview = cli("digest", "--preview")
    assert preview.exit_code == 0 and "preview" in preview.stdout
    assert "Japan and Taiwan sign a customs pact" in preview.stdout
    assert "PLA aircraft fly near Taiwan" in preview.stdout
    document = json.loads(cli("digest", "--preview", "--json").stdout)
    assert document["preview"] is True and document["counts"]["articles"] == 2
    assert {s["title"] for s in document["stories"]} == {
        "Japan and Taiwan sign a customs pact",
        "PLA aircraft fly near Taiwan",
    }
    assert (tmp_path / "monitor.db").read_bytes() == before  # stored nothing
    out = cli("digest", "--preview", "--out", str(tmp_path / "out"))
    assert out.exit_code == 0 and list((tmp_path / "out").glob("digest-preview-*.html"))
    for clash in (["--send"], ["--date", "2026-11-20"], ["--rebuild"]):
        assert cli("digest", "--preview", *clash).exit_code == 2


def test_the_json_contract(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - name: N\n    url: {feed_server.feed('/n', NEWS)}\n"
    )
    cli("fetch")
    document = json.loads(cli("digest", "--json").stdout)
    assert {"date", "subject", "timezone", "window_start_utc", "window_end_utc", "counts",
            "stories", "incursions", "top_entities", "spikes", "feed_health"} <= set(document)  # fmt: skip
    for story in document["stories"]:
        assert {"id", "short_id", "section", "title", "link", "outlet", "themes", "entities",
                "why", "watched"} <= set(story)  # fmt: skip


def test_an_empty_digest_is_stored_but_not_mailed_unless_asked(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    with smtp_server() as (port, mailbox):
        base = (
            "feeds: []\ndigest:\n  recipients: [ana@example.org]\n{extra}"
            f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
        )
        (tmp_path / "feeds.yaml").write_text(base.format(extra=""))
        quiet = cli("digest", "--send")
        assert quiet.exit_code == 0 and "no stories; stored, not sent" in quiet.stderr
        assert mailbox.messages == []
        assert "no stories" in json.loads(cli("digests", "list", "--json").stdout)[0]["subject"]
        (tmp_path / "feeds.yaml").write_text(base.format(extra="  send_empty: true\n"))
        assert cli("digest", "--send").exit_code == 0
        assert len(mailbox.messages) == 1


def test_rebuild_only_before_a_copy_went_out(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    with smtp_server() as (port, mailbox):
        (tmp_path / "feeds.yaml").write_text(
            f"feeds:\n  - name: N\n    url: {feed_server.feed('/n', NEWS)}\n"
            "digest:\n  recipients: [ana@example.org]\n  send_empty: true\n"
            f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
        )
        empty = json.loads(cli("digest", "--json").stdout)  # built before anything arrived
        assert empty["counts"]["articles"] == 0
        cli("fetch", "--force")
        db = open_db(tmp_path / "monitor.db")
        db.execute("UPDATE articles SET fetched_utc = ?", [empty["window_start_utc"]])
        db.conn.commit()
        rebuilt = json.loads(cli("digest", "--rebuild", "--json").stdout)
        assert rebuilt["counts"]["articles"] == 2  # the same window, built again
        assert cli("digest", "--send").exit_code == 0 and len(mailbox.messages) == 1
        refused = cli("digest", "--rebuild")
        assert refused.exit_code == 1 and "stays as sent" in refused.stderr


def test_a_stored_digest_is_the_same_however_often_it_is_asked_for(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from monitor.config import load_config

    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - name: N\n    url: {feed_server.feed('/n', NEWS)}\n"
    )
    config = load_config(tmp_path / "feeds.yaml")
    db = open_db(tmp_path / "m.db")
    day = (datetime.now(UTC) - timedelta(days=1)).date()
    assert make_digest(db, config, day) == make_digest(db, config, day)

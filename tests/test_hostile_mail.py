"""SMTP servers that refuse a recipient, hang up or answer too slowly on the digest's day: the
digest is kept and goes with the next one, and the command says so (robustAN). Each test's
docstring says what the release before did."""

import socket
import threading
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hostile import on_a_full_disk, run_monitor
from smtp_server import raw_server, smtp_server

from monitor.archive.store import open_db
from monitor.config import load_config
from monitor.digest.daily import make_digest, send_digest
from monitor.service import Service

TOKYO = ZoneInfo("Asia/Tokyo")
QUICK = 0.01  # seconds between a send's tries, where the CLI waits 2, 4 and 8


def feeds_file(folder: Path, port: int, timeout_seconds: int = 30) -> Path:
    """No feeds (an empty digest is mailed all the same), two readers, a plaintext server on
    loopback."""
    path = folder / "feeds.yaml"
    path.write_text(
        "feeds: []\n"
        "digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org, ben@example.org]\n"
        "  send_empty: true\n"
        f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
        f"  timeout_seconds: {timeout_seconds}\n",
        encoding="utf-8",
    )
    return path


def send(folder: Path, day: date) -> tuple[int, str]:
    """`monitor digest --date DAY --send`, as a user runs it: exit code and stderr."""
    result = run_monitor(
        "digest", "--date", day.isoformat(), "--send",
        "--config", str(folder / "feeds.yaml"), "--db", str(folder / "m.db"),
    )  # fmt: skip
    return result.returncode, result.stderr


def days_ago(n: int) -> date:
    return datetime.now(TOKYO).date() - timedelta(days=n)


def test_a_digest_a_server_turned_away_goes_with_the_next_one(tmp_path: Path) -> None:
    """ana's server is busy on the day (450 to RCPT, every try) and ben's address does not
    exist (550). Before: ana's failed copy was never sent again (the next day's send mailed
    only the next day's digest, which covers only what came after), and nothing said what
    would become of it; ben's is rejected and stays so, as before."""
    first, second = days_ago(2), days_ago(1)
    with smtp_server() as (port, mailbox):
        feeds_file(tmp_path, port)
        mailbox.rcpt_replies = {
            "ana@example.org": ["450 4.2.1 Mailbox busy, try later"] * 4,
            "ben@example.org": ["550 5.1.1 No such user"] * 2,
        }
        code, said = send(tmp_path, first)
        assert code == 1
        assert (
            "ana@example.org: failed (450 4.2.1 Mailbox busy, try later); kept, and sent with "
            "the next digest" in said
        )
        assert "ben@example.org: rejected (550 5.1.1 No such user)" in said
        assert mailbox.messages == []
        code, said = send(tmp_path, second)
        assert code == 1  # ben's address still does not exist
        assert f"ana@example.org: sent (the digest for {first}, kept since it failed)" in said
        assert "ana@example.org: sent\n" in said
        dates = sorted(str(message["Message-ID"]).split(".")[1] for message in mailbox.to(
            "ana@example.org"))  # fmt: skip
        assert dates == [first.isoformat(), second.isoformat()]
        assert mailbox.to("ben@example.org") == []
        code, said = send(tmp_path, second)  # nothing is sent twice
        assert len(mailbox.to("ana@example.org")) == 2
        assert "ana@example.org: already_sent" in said


def hang_up_on_greeting(connection: socket.socket, stop: threading.Event) -> None:
    """A server that accepts the connection and hangs up before it says anything."""
    connection.close()


def test_a_digest_the_service_could_not_send_goes_with_the_next_days(tmp_path: Path) -> None:
    """`monitor run` sends the day's digest to a server that hangs up at once. Before: the
    next day's job sent the next day's digest alone; the day that failed never reached its
    readers unless the service happened to restart that same day."""
    first = datetime.combine(days_ago(2), datetime.min.time(), TOKYO) + timedelta(hours=8)
    with raw_server(hang_up_on_greeting) as down:
        path = feeds_file(tmp_path, down.port)
        service = Service(path, tmp_path / "m.db", retry_wait_s=0.01)
        service.run_digest(now=first)
    statuses = (
        open_db(tmp_path / "m.db")
        .execute("SELECT digest_date, recipient, status FROM digest_deliveries ORDER BY recipient")
        .fetchall()
    )
    day = first.date().isoformat()
    assert statuses == [(day, "ana@example.org", "failed"), (day, "ben@example.org", "failed")]
    with smtp_server() as (port, mailbox):
        path = feeds_file(tmp_path, port)
        service = Service(path, tmp_path / "m.db", retry_wait_s=0.01)
        service.run_digest(now=first + timedelta(days=1))
    for reader in ("ana@example.org", "ben@example.org"):
        dates = sorted(str(m["Message-ID"]).split(".")[1] for m in mailbox.to(reader))
        assert dates == [day, (first.date() + timedelta(days=1)).isoformat()]


def test_a_digest_failed_more_than_a_week_ago_is_not_sent_late(tmp_path: Path) -> None:
    """A copy that failed eight days before the next send stays in the archive (`monitor digest
    --date ... --send` sends it by hand): week-old news by mail is no digest."""
    with smtp_server() as (port, mailbox):
        config = load_config(feeds_file(tmp_path, port))
        mailbox.rcpt_replies = {"ana@example.org": ["451 4.3.0 Try later"] * 4}
        db = open_db(tmp_path / "m.db")
        long_ago = make_digest(db, config, days_ago(9))
        assert [d.status for d in send_digest(db, config, long_ago, QUICK)] == ["failed", "sent"]
        code, said = send(tmp_path, days_ago(1))
        assert code == 0, said
        dates = {str(m["Message-ID"]).split(".")[1] for m in mailbox.to("ana@example.org")}
        assert dates == {days_ago(1).isoformat()}


def test_a_digest_sent_on_a_full_disk_is_never_mailed_twice(tmp_path: Path) -> None:
    """The disk holding the archive is full when the stored digest is sent. Before: each
    copy went out, its outcome could not be recorded ("the disk is full; free space and run
    again"), and the run that followed, as told, mailed every reader a second copy (in
    `monitor run`, a copy every 5 minutes while the disk stayed full)."""
    day = days_ago(1)
    with smtp_server() as (port, mailbox):
        config = load_config(feeds_file(tmp_path, port))
        with closing(open_db(tmp_path / "m.db")) as db:
            make_digest(db, config, day)
        on_a_full_disk(tmp_path, "digest", "--date", day.isoformat(), "--send", held=True)
        full = (tmp_path / "full.err").read_text()
        assert full.strip().splitlines() == [
            f"Error: {tmp_path / 'mnt' / 'm.db'}: the disk is full; free space and run again "
            "(what was stored before is intact)"
        ]
        room = (tmp_path / "room.err").read_text()
        assert "ana@example.org: sent" in room and "ben@example.org: sent" in room
        assert sorted(rcpts[0] for rcpts, _ in mailbox.messages) == [
            "ana@example.org",
            "ben@example.org",
        ]

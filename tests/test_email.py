"""Sending the digest to a real SMTP server (aiosmtpd) on 127.0.0.1."""

import json
import os
import ssl
import threading
from pathlib import Path

import pytest
import trustme
from conftest import FeedServer, item, rss
from digest_helpers import around_now, fetched_archive, today, with_email
from lxml import html as lxml_html
from smtp_server import greet_for_ever, raw_server, silent_server, smtp_server, unreachable_server
from test_service import wait_until

from monitor.archive.store import open_db
from monitor.config import Config
from monitor.digest.daily import make_digest, send_digest
from monitor.digest.mailer import Delivery, message_id

QUICK = 0.01  # seconds between retries in tests


@pytest.fixture
def archive(tmp_path: Path, feed_server: FeedServer):  # type: ignore[no-untyped-def]
    config, db = fetched_archive(tmp_path, feed_server)
    return config, db, make_digest(db, config, today(), around_now())


def test_each_recipient_gets_one_well_formed_multipart_message(archive) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    with smtp_server() as (port, mailbox):
        deliveries = send_digest(db, with_email(config, port), stored, QUICK)
    assert [d.status for d in deliveries] == ["sent", "sent"]
    for recipient in ("ana@example.org", "ben@example.org"):
        (message,) = mailbox.to(recipient)
        assert message.get_content_type() == "multipart/alternative"
        parts = [part.get_content_type() for part in message.iter_parts()]
        assert parts == ["text/plain", "text/html"]
        assert message["Subject"] == stored.subject
        assert message["To"] == recipient and message["From"] == "Monitor <monitor@example.org>"
        assert message["Message-ID"] == message_id(stored.date, recipient, "monitor@example.org")
        html = message.get_body(("html",)).get_content()
        assert lxml_html.document_fromstring(html).xpath("//a[@href]")
        assert "Japan and Taiwan sign agreement" in message.get_body(("plain",)).get_content()
    rows = list(db.query("SELECT * FROM digest_deliveries ORDER BY recipient"))
    assert [(r["status"], r["attempts"]) for r in rows] == [("sent", 1), ("sent", 1)]
    assert all(r["sent_utc"] and r["message_id"].startswith("<digest.") for r in rows)


def test_a_second_send_sends_nothing(archive) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    with smtp_server() as (port, mailbox):
        send_digest(db, with_email(config, port), stored, QUICK)
        again = send_digest(db, with_email(config, port), stored, QUICK)
    assert [d.status for d in again] == ["already_sent", "already_sent"]
    assert len(mailbox.messages) == 2


def test_transient_failures_are_retried_and_deliver_exactly_once(archive) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    with smtp_server() as (port, mailbox):
        mailbox.data_replies = ["421 Service not available, closing channel", "451 Try again later"]
        first, second = send_digest(db, with_email(config, port), stored, QUICK)
    assert (first.status, first.attempts) == ("sent", 3)
    assert (second.status, second.attempts) == ("sent", 1)
    assert len(mailbox.to("ana@example.org")) == 1 and len(mailbox.to("ben@example.org")) == 1


def test_permanent_failure_is_recorded_and_not_retried(archive) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    with smtp_server() as (port, mailbox):
        mailbox.data_replies = ["550 Mailbox unavailable", "550 Mailbox unavailable"]
        first = send_digest(db, with_email(config, port), stored, QUICK)
        assert mailbox.data_attempts == 2  # one attempt per recipient, no retries
        again = send_digest(db, with_email(config, port), stored, QUICK)
    assert [d.status for d in first] == ["rejected", "rejected"]
    assert first[0].error.startswith("550")
    assert [d.status for d in again] == ["already_rejected", "already_rejected"]
    assert mailbox.data_attempts == 2 and mailbox.messages == []
    row = next(db.query("SELECT status, last_error, sent_utc FROM digest_deliveries LIMIT 1"))
    assert row["status"] == "rejected" and "550" in row["last_error"] and row["sent_utc"] is None


def test_a_server_that_never_greets_times_out(archive) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    with silent_server() as port:
        settings = with_email(config, port, timeout_seconds=0.5)
        deliveries = send_digest(db, settings, stored, QUICK)  # returns: the server never speaks
    assert [d.status for d in deliveries] == ["failed", "failed"]  # transient: tried again later
    assert all(d.attempts == 4 for d in deliveries)
    assert "timed out" in deliveries[0].error.lower()


def send_in_background(
    path: Path, config: Config, stored: object, **options: object
) -> tuple[threading.Thread, list[list[Delivery]]]:
    """send_digest on a thread of its own (with its own connection to the database), so that a
    test can act while it runs and see whether it ends."""
    results: list[list[Delivery]] = []

    def run() -> None:
        db = open_db(path)
        try:
            results.append(send_digest(db, config, stored, QUICK, **options))  # type: ignore[arg-type]
        finally:
            db.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, results


def test_a_server_that_hangs_up_after_the_message_gets_one_copy_marked_uncertain(
    archive, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    with smtp_server() as (port, mailbox):
        mailbox.hang_ups = 2  # takes each message whole, then drops the line before its 250
        first = send_digest(db, with_email(config, port), stored, QUICK)
        assert [(d.status, d.attempts) for d in first] == [("uncertain", 1), ("uncertain", 1)]
        assert "never confirmed" in first[0].error
        again = send_digest(db, with_email(config, port), stored, QUICK)
        assert [d.status for d in again] == ["already_uncertain", "already_uncertain"]
        assert mailbox.data_attempts == 2  # one copy each, and nothing more by itself
        resent = send_digest(db, with_email(config, port), stored, QUICK, resend_uncertain=True)
    assert [d.status for d in resent] == ["sent", "sent"]
    for recipient in ("ana@example.org", "ben@example.org"):
        copies = mailbox.to(recipient)
        assert len(copies) == 2 and len({copy["Message-ID"] for copy in copies}) == 1
    rows = list(db.query("SELECT status, attempts, sent_utc FROM digest_deliveries"))
    assert all((r["status"], r["attempts"]) == ("sent", 2) and r["sent_utc"] for r in rows)


def test_endless_greeting_lines_end_at_the_conversation_deadline(archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config, _, stored = archive
    with raw_server(greet_for_ever) as server:
        settings = with_email(config, server.port, timeout_seconds=0.5)
        thread, results = send_in_background(tmp_path / "monitor.db", settings, stored)
        thread.join(60)  # each read is well within the timeout; only the deadline ends it
        assert not thread.is_alive(), "the send is still listening to the greeting"
    (deliveries,) = results
    assert [(d.status, d.attempts) for d in deliveries] == [("failed", 4), ("failed", 4)]
    assert "timed out" in deliveries[0].error
    assert server.connections == 8


def test_a_stop_during_a_hung_conversation_ends_the_send_as_failed(archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config, _, stored = archive
    stop = threading.Event()
    with raw_server(greet_for_ever) as server:
        settings = with_email(config, server.port, timeout_seconds=600)
        thread, results = send_in_background(tmp_path / "monitor.db", settings, stored, stop=stop)
        wait_until(lambda: server.connections == 1, 30)
        stop.set()
        thread.join(60)  # far sooner than the deadline: only the stop can end it
        assert not thread.is_alive(), "the send ignored the stop"
    (deliveries,) = results
    assert [(d.status, d.attempts) for d in deliveries] == [("failed", 1), ("failed", 0)]
    assert all("stopped by shutdown" in d.error for d in deliveries)
    assert server.connections == 1  # no retry, and no conversation for the next recipient


def test_a_stop_ends_a_connect_that_hangs(archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config, _, stored = archive
    stop = threading.Event()
    with unreachable_server() as port:
        if port is None:
            pytest.skip("this kernel does not hang a connect to a full listener")
        settings = with_email(config, port, timeout_seconds=600)
        thread, results = send_in_background(tmp_path / "monitor.db", settings, stored, stop=stop)
        thread.join(1)  # most likely inside connect() by now; if not, the stop comes first
        stop.set()
        thread.join(60)  # far sooner than the kernel gives up on the SYNs: only the stop can
        assert not thread.is_alive(), "the send is still connecting"
    (deliveries,) = results
    assert [d.status for d in deliveries] == ["failed", "failed"]
    assert all("stopped by shutdown" in d.error for d in deliveries)


def test_a_title_with_line_breaks_cannot_add_a_header(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from monitor.archive.store import open_db
    from monitor.config import load_config
    from monitor.pipeline import poll

    sneaky = rss(item("s", "PLA drills near Taiwan&#13;&#10;Bcc: victim@evil.example&#13;&#10;X-Evil: 1",
                      "https://s.example/1",
                      description="Chinese warships and aircraft held drills near Taiwan."))  # fmt: skip
    path = tmp_path / "feeds.yaml"
    path.write_text(f"feeds:\n  - name: S\n    url: {feed_server.feed('/s', sneaky)}\n")
    base = load_config(path)
    db = open_db(tmp_path / "monitor.db")
    poll(base, db.conn)
    config = Config(base.path, base.feeds, base.digest, None)
    stored = make_digest(db, config, today(), around_now())
    with smtp_server() as (port, mailbox):
        send_digest(db, with_email(config, port), stored, QUICK)
    message = mailbox.messages[0][1]
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert all(
        rcpts == [r]
        for (rcpts, _), r in zip(
            mailbox.messages, ["ana@example.org", "ben@example.org"], strict=True
        )
    )
    assert "PLA drills near Taiwan" in message.get_body(("plain",)).get_content()


def test_a_non_ascii_address_goes_by_smtputf8_or_not_at_all(archive) -> None:  # type: ignore[no-untyped-def]
    """Kept from smtplib's send_message, which the hand-made MAIL, RCPT and DATA replace."""
    config, db, stored = archive

    def to_zoe(port: int) -> Config:
        base = with_email(config, port)
        digest = base.digest.model_copy(update={"recipients": ("zoë@example.org",)})
        return Config(base.path, base.feeds, digest, base.email)

    with smtp_server() as (port, mailbox):
        (refused,) = send_digest(db, to_zoe(port), stored, QUICK)
    assert refused.status == "rejected" and "SMTPUTF8" in refused.error
    assert mailbox.messages == []
    db.execute("DELETE FROM digest_deliveries")
    with smtp_server(smtputf8=True) as (port, mailbox):
        (sent,) = send_digest(db, to_zoe(port), stored, QUICK)
    assert sent.status == "sent"
    ((recipients, message),) = mailbox.messages
    assert recipients == ["zoë@example.org"] and message["To"] == "zoë@example.org"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    ca_file = tmp_path_factory.mktemp("ca") / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    return server_context, ca_file


def test_starttls_with_a_checked_certificate_then_auth(archive, certificates, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    server_context, ca_file = certificates
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    with smtp_server(tls_context=server_context, require_starttls=True) as (port, mailbox):
        settings = with_email(config, port, security="starttls", username="monitor",
                              password_env="TEST_SMTP_PASSWORD", ca_file=str(ca_file))  # fmt: skip
        deliveries = send_digest(db, settings, stored, QUICK)
    assert [d.status for d in deliveries] == ["sent", "sent"]
    assert mailbox.logins and all(tls for _, _, tls in mailbox.logins)
    assert mailbox.logins[0][:2] == ("monitor", "s3cret")


def test_implicit_tls_checks_the_certificate(archive, certificates) -> None:  # type: ignore[no-untyped-def]
    """Kept from smtplib's SMTP_SSL, which the client that the watchdog holds replaces."""
    config, db, stored = archive
    server_context, ca_file = certificates
    with smtp_server(implicit_tls=server_context) as (port, mailbox):
        untrusted = send_digest(db, with_email(config, port, security="ssl"), stored, QUICK)
        assert [d.status for d in untrusted] == ["rejected", "rejected"]
        assert "CERTIFICATE_VERIFY_FAILED" in untrusted[0].error and mailbox.messages == []
        db.execute("DELETE FROM digest_deliveries")
        settings = with_email(config, port, security="ssl", ca_file=str(ca_file))
        trusted = send_digest(db, settings, stored, QUICK)
    assert [d.status for d in trusted] == ["sent", "sent"]
    assert len(mailbox.messages) == 2


def test_an_untrusted_certificate_is_refused(archive, certificates, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    server_context, _ = certificates
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    with smtp_server(tls_context=server_context, require_starttls=True) as (port, mailbox):
        settings = with_email(config, port, security="starttls", username="monitor",
                              password_env="TEST_SMTP_PASSWORD")  # the system CAs only  # fmt: skip
        deliveries = send_digest(db, settings, stored, QUICK)
    assert [d.status for d in deliveries] == ["rejected", "rejected"]
    assert "CERTIFICATE_VERIFY_FAILED" in deliveries[0].error
    assert mailbox.logins == [] and mailbox.messages == []


def test_no_starttls_offered_means_no_auth(archive, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config, db, stored = archive
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    with smtp_server() as (port, mailbox):  # plain server, no TLS at all
        settings = with_email(config, port, security="starttls", username="monitor",
                              password_env="TEST_SMTP_PASSWORD")  # fmt: skip
        deliveries = send_digest(db, settings, stored, QUICK)
    assert [d.status for d in deliveries] == ["rejected", "rejected"]
    assert "STARTTLS" in deliveries[0].error
    assert mailbox.logins == [] and mailbox.messages == []


def test_cli_digest_send_out_and_list(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    news = feed_server.feed("/a", rss(item("1", "Japan and Taiwan sign a trade and investment agreement",
                                           "https://a.example/1", description="A cooperation pact was signed.")))  # fmt: skip
    with smtp_server() as (port, mailbox):
        (tmp_path / "feeds.yaml").write_text(
            f"feeds:\n  - name: A\n    url: {news}\n"
            "digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org]\n  send_empty: true\n"
            f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: monitor@example.org\n"
        )
        assert cli("fetch").exit_code == 0
        sent = cli("digest", "--send", "--out", str(tmp_path / "out"))
        assert sent.exit_code == 0, sent.stderr
        assert "ana@example.org: sent" in sent.stderr
        again = cli("digest", "--send")
        assert again.exit_code == 0 and "ana@example.org: already_sent" in again.stderr
        assert len(mailbox.messages) == 1
    files = sorted(p.suffix for p in (tmp_path / "out").iterdir())
    assert files == [".eml", ".html", ".txt"]
    (listed,) = json.loads(cli("digests", "list", "--json").stdout)
    assert listed["subject"] == mailbox.messages[0][1]["Subject"]
    assert [(d["recipient"], d["status"]) for d in listed["deliveries"]] == [
        ("ana@example.org", "sent")
    ]


def test_missing_password_is_an_error_before_any_work(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    os.environ.pop("NO_SUCH_PASSWORD_VAR", None)
    (tmp_path / "feeds.yaml").write_text(
        "feeds: []\ndigest:\n  recipients: [ana@example.org]\n  send_empty: true\n"
        "email:\n  host: smtp.example.org\n  username: monitor\n  password_env: NO_SUCH_PASSWORD_VAR\n"
        "  from: monitor@example.org\n"
    )
    result = cli("digest", "--send")
    assert result.exit_code == 1
    assert (
        "email.password_env: the environment variable NO_SUCH_PASSWORD_VAR is not set"
        in result.stderr
    )
    assert not (tmp_path / "monitor.db").exists()


def test_plaintext_smtp_only_to_loopback(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text(
        "feeds: []\nemail:\n  host: smtp.example.org\n  security: none\n  from: monitor@example.org\n"
    )
    result = cli("digest")
    assert result.exit_code == 1 and "only allowed to a loopback host" in result.stderr


def test_cli_resends_an_uncertain_delivery_only_when_asked(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    news = feed_server.feed("/a", rss(item("1", "Japan and Taiwan sign a trade and investment agreement",
                                           "https://a.example/1", description="A cooperation pact was signed.")))  # fmt: skip
    with smtp_server() as (port, mailbox):
        (tmp_path / "feeds.yaml").write_text(
            f"feeds:\n  - name: A\n    url: {news}\n"
            "digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org]\n  send_empty: true\n"
            f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: monitor@example.org\n"
        )
        assert cli("fetch").exit_code == 0
        mailbox.hang_ups = 1
        first = cli("digest", "--send")
        assert first.exit_code == 1
        assert "ana@example.org: uncertain (Uncertain: sent, but never confirmed" in first.stderr
        assert "send it again with --resend-uncertain" in first.stderr
        again = cli("digest", "--send")
        assert again.exit_code == 1 and "ana@example.org: already_uncertain" in again.stderr
        assert len(mailbox.messages) == 1
        (listed,) = json.loads(cli("digests", "list", "--json").stdout)
        assert [(d["recipient"], d["status"]) for d in listed["deliveries"]] == [
            ("ana@example.org", "uncertain")
        ]
        assert "ana@example.org uncertain" in cli("digests", "list").stdout
        resent = cli("digest", "--send", "--resend-uncertain")
        assert resent.exit_code == 0, resent.stderr
        assert "ana@example.org: sent" in resent.stderr
        assert cli("digest", "--send").exit_code == 0
    assert len(mailbox.messages) == 2
    assert len({message["Message-ID"] for _, message in mailbox.messages}) == 1
    assert cli("digest", "--resend-uncertain").exit_code == 2  # only with --send

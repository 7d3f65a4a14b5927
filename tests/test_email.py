"""Sending the digest to a real SMTP server (aiosmtpd) on 127.0.0.1."""

import os
import ssl
from pathlib import Path

import pytest
import trustme
from conftest import FeedServer, item, rss
from digest_helpers import around_now, fetched_archive, today, with_email
from lxml import html as lxml_html
from smtp_server import silent_server, smtp_server

from monitor.config import Config
from monitor.daily import make_digest, send_digest
from monitor.mailer import message_id

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


def test_a_title_with_line_breaks_cannot_add_a_header(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from monitor.config import load_config
    from monitor.pipeline import poll
    from monitor.store import open_db

    sneaky = rss(item("s", "PLA drills near Taiwan&#13;&#10;Bcc: victim@evil.example&#13;&#10;X-Evil: 1",
                      "https://s.example/1",
                      description="Chinese warships and aircraft held drills near Taiwan."))  # fmt: skip
    path = tmp_path / "feeds.yaml"
    path.write_text(f"feeds:\n  - name: S\n    url: {feed_server.feed('/s', sneaky)}\n")
    base = load_config(path)
    db = open_db(tmp_path / "monitor.db")
    poll(base, db)
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
    import json

    news = feed_server.feed("/a", rss(item("1", "Japan and Taiwan sign a trade and investment agreement",
                                           "https://a.example/1", description="A cooperation pact was signed.")))  # fmt: skip
    with smtp_server() as (port, mailbox):
        (tmp_path / "feeds.yaml").write_text(
            f"feeds:\n  - name: A\n    url: {news}\n"
            "digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org]\n"
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
        "feeds: []\ndigest:\n  recipients: [ana@example.org]\n"
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

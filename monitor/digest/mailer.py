"""The digest and alerts by email: one multipart/alternative message per recipient over SMTP,
with TLS that checks certificates, AUTH only inside TLS, one deadline for each whole
conversation, and retries for transient failures.

Transient: 4xx replies, dropped connections, a conversation past its deadline. Permanent: 5xx
replies, recorded and not retried. Uncertain: the message went out after DATA and no final
reply came back, so the server may have it; never retried here, and only sent again when a
person asks. The Message-ID is derived from (date, recipient), so a copy sent twice is
recognisably the same message; an alert's, from its rule, recipient and matches.
"""

import contextlib
import hashlib
import re
import smtplib
import socket
import ssl
import threading
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, parseaddr
from typing import Any

from tenacity import (
    Retrying,
    retry_if_exception,
    sleep_using_event,
    stop_after_attempt,
    stop_when_event_set,
    wait_exponential,
)

from ..archive.digest_store import StoredDigest
from ..clock import now_utc, stored_time
from ..config import EmailConfig
from .watchdog import Watchdog

ATTEMPTS = 4


@dataclass(frozen=True)
class Delivery:
    date: str  # the digest's
    recipient: str
    message_id: str
    # sent; failed (transient, tried again next time); rejected (5xx); uncertain (the server
    # may have it: sent again only when asked); already_sent, already_rejected, already_uncertain
    status: str
    attempts: int = 0
    error: str | None = None


class PermanentFailure(Exception):
    pass


class Uncertain(Exception):
    """The message went out after DATA and no final reply came back: the server may have it."""

    def __init__(self, cause: str) -> None:
        super().__init__(f"sent, but never confirmed ({cause})")


class Interrupted(OSError):
    """The watchdog ended the conversation before the message went out: transient."""


class SendFailed(Exception):
    """Sending gave up: `error` is the last failure, after `attempts` tries."""

    def __init__(self, error: BaseException, attempts: int) -> None:
        super().__init__(describe(error))
        self.error = error
        self.attempts = attempts


def message_id(date: str, recipient: str, sender: str) -> str:
    domain = parseaddr(sender)[1].rpartition("@")[2] or "monitor.invalid"
    digest = hashlib.sha256(f"{date}\n{recipient.lower()}".encode()).hexdigest()[:20]
    return f"<digest.{date}.{digest}@{domain}>"


def alert_message_id(rule: str, recipient: str, keys: list[str], sender: str) -> str:
    """The same for every attempt to send one alert (a rule's matches) to one person."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "monitor.invalid"
    seed = "\n".join([rule, recipient.lower(), *sorted(keys)])
    return f"<alert.{hashlib.sha256(seed.encode()).hexdigest()[:24]}@{domain}>"


def build_message(stored: StoredDigest, sender: str, recipient: str) -> EmailMessage:
    """Headers carry only our own text (the subject is counts and a date), never a feed's."""
    identifier = message_id(stored.date, recipient, sender)
    return compose(
        stored.subject, stored.text, stored.html, sender, recipient, identifier,
        stored_time(stored.created_utc, f"digest {stored.date}: created_utc") or now_utc(),
    )  # fmt: skip


def compose(
    subject: str,
    text: str,
    html: str,
    sender: str,
    recipient: str,
    identifier: str,
    moment: datetime,
) -> EmailMessage:
    """One multipart/alternative message: plain text, then HTML."""
    message = EmailMessage(policy=SMTP_POLICY)
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = recipient
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = identifier
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def is_transient(error: BaseException) -> bool:
    """Worth another try: a 4xx reply, a dropped connection, a timeout or refused connection.
    Not: 5xx replies, a server without STARTTLS, a certificate that does not check out, and
    never a message that may already have arrived."""
    code = getattr(error, "smtp_code", None)
    if isinstance(code, int):
        return 400 <= code < 500
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(error, (PermanentFailure, smtplib.SMTPException, ssl.SSLError)):
        return False
    return isinstance(error, OSError)


def failure_status(error: BaseException) -> str:
    """How a send that gave up is recorded: uncertain, failed (transient) or rejected."""
    if isinstance(error, Uncertain):
        return "uncertain"
    return "failed" if is_transient(error) else "rejected"


def send(
    settings: EmailConfig,
    password: str | None,
    message: EmailMessage,
    wait_seconds: float = 2.0,
    *,
    stop: threading.Event,
) -> int:
    """Send with retries; returns the attempts it took, or raises SendFailed. Setting `stop`
    ends the conversation in progress and the waits between attempts."""
    attempts = 0
    retrying = Retrying(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(ATTEMPTS) | stop_when_event_set(stop),
        wait=wait_exponential(multiplier=wait_seconds, max=60 * wait_seconds),
        sleep=sleep_using_event(stop),
        reraise=True,
    )
    try:
        for attempt in retrying:
            with attempt:
                if stop.is_set():  # set during the wait: no new conversation
                    raise Interrupted("stopped by shutdown before sending")
                attempts += 1
                _send_once(settings, password, message, stop)
    except Exception as error:  # noqa: BLE001 - the caller records every kind per recipient
        raise SendFailed(error, attempts) from error
    return attempts


def _send_once(
    settings: EmailConfig, password: str | None, message: EmailMessage, stop: threading.Event
) -> None:
    """One conversation, connect to QUIT, within email.timeout_seconds. Whatever the watchdog
    cut short is reported as what it was (a deadline or a shutdown), not as the hang-up it
    looks like from inside smtplib."""
    with Watchdog(settings.timeout_seconds, stop) as watchdog:
        try:
            _converse(settings, password, message, watchdog)
        except Uncertain as error:
            if watchdog.reason:
                raise Uncertain(_why(watchdog, settings)) from error
            raise
        except Exception as error:
            if watchdog.reason:
                raise Interrupted(_why(watchdog, settings)) from error
            raise


def _why(watchdog: Watchdog, settings: EmailConfig) -> str:
    if watchdog.reason == "stop":
        return "stopped by shutdown"
    limit = settings.timeout_seconds
    return f"timed out: the conversation outlasted email.timeout_seconds ({limit:g} s)"


def _converse(
    settings: EmailConfig, password: str | None, message: EmailMessage, watchdog: Watchdog
) -> None:
    context = ssl.create_default_context(cafile=settings.ca_file)
    client = _Client(settings, context, watchdog)  # connected, greeting read
    try:
        if settings.security == "starttls":
            client.starttls(context=context)  # raises if the server does not offer it
        if settings.username:
            if settings.security == "none":  # config forbids it; this keeps it impossible
                raise PermanentFailure("refusing to send a password over plaintext")
            client.login(settings.username, password or "")
        _transmit(client, message)
        with contextlib.suppress(OSError):  # accepted is accepted, however QUIT goes
            client.quit()
    finally:
        client.close()


class _Client(smtplib.SMTP):
    """smtplib's client, with the watchdog holding each socket before it connects: a connect
    that hangs (a firewall dropping packets) or a TLS handshake that drags on ends like any
    other part of the conversation. `_get_socket` is smtplib's hook for this (SMTP_SSL
    overrides it to wrap TLS, as this one does for security: ssl)."""

    def __init__(self, settings: EmailConfig, context: ssl.SSLContext, watchdog: Watchdog) -> None:
        self._tls = context if settings.security == "ssl" else None
        self._watchdog = watchdog
        super().__init__(settings.host, settings.port, timeout=settings.timeout_seconds)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        failure = OSError(f"{host}: no address to connect to")
        for family, kind, proto, _, address in socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        ):
            try:
                connection = self._connect(socket.socket(family, kind, proto), address, timeout)
            except OSError as error:  # the next address may answer (IPv6, then IPv4)
                failure = error
                continue
            if self._tls:
                return self._tls.wrap_socket(connection, server_hostname=host)
            return connection
        raise failure

    def _connect(
        self, connection: socket.socket, address: tuple[Any, ...], timeout: float
    ) -> socket.socket:
        try:
            connection.settimeout(timeout)
            self._watchdog.watch(connection)
            connection.connect(address)
            self._watchdog.check()
        except BaseException:
            connection.close()
            raise
        return connection


def _transmit(client: smtplib.SMTP, message: EmailMessage) -> None:
    """MAIL, RCPT and DATA by hand, as smtplib's send_message does them, so that we know when
    the message has gone out: after that, a missing or unreadable reply is Uncertain."""
    client.ehlo_or_helo_if_needed()
    sender = parseaddr(str(message["From"]))[1]
    recipient = parseaddr(str(message["To"]))[1]
    options: list[str] = []
    policy = SMTP_POLICY  # as build_message made it
    if not (sender + recipient).isascii():
        if not client.has_extn("smtputf8"):
            raise smtplib.SMTPNotSupportedError("a non-ASCII address needs SMTPUTF8")
        options = ["SMTPUTF8", "BODY=8BITMIME"]
        policy = SMTP_POLICY.clone(utf8=True)
    body = message.as_bytes(policy=policy)
    if client.has_extn("size"):
        options.append(f"SIZE={len(body)}")
    _expect(client.mail(sender, options), 250)
    _expect(client.rcpt(recipient), 250, 251)
    _expect(client.docmd("DATA"), 354)
    client.send(_dot_stuffed(body))
    try:
        code, reply = client.getreply()
    except OSError as error:  # a hang-up, a read timeout, the watchdog; a reply line too long
        raise Uncertain(describe(error)) from error
    if not 200 <= code < 600:
        raise Uncertain(f"a reply that makes no sense: {reply!r}")
    if not 200 <= code < 300:
        raise smtplib.SMTPResponseException(code, reply)


def _expect(reply: tuple[int, bytes], *codes: int) -> None:
    code, text = reply
    if code not in codes:
        raise smtplib.SMTPResponseException(code, text)


def _dot_stuffed(body: bytes) -> bytes:
    """The message as DATA carries it: a dot doubled at the start of a line, then CRLF.CRLF."""
    stuffed = re.sub(rb"(?m)^\.", b"..", body)
    if not stuffed.endswith(b"\r\n"):
        stuffed += b"\r\n"
    return stuffed + b".\r\n"


def describe(error: BaseException) -> str:
    code = getattr(error, "smtp_code", None)
    if isinstance(code, int):
        reply = getattr(error, "smtp_error", b"")
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        return f"{code} {text}"
    return f"{type(error).__name__}: {error}".rstrip(": ")

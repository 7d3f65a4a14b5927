"""The digest by email: one multipart/alternative message per recipient over SMTP, with TLS
that checks certificates, AUTH only inside TLS, a timeout, and retries for transient failures.

Transient: 4xx replies, dropped connections, timeouts. Permanent: 5xx replies, recorded and not
retried. The Message-ID is derived from (date, recipient), so a copy sent twice after a crash is
recognisably the same message.
"""

import hashlib
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, parseaddr

from tenacity import (
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from .clock import from_iso
from .config import EmailConfig
from .digest_store import StoredDigest

ATTEMPTS = 4


@dataclass(frozen=True)
class Delivery:
    recipient: str
    message_id: str
    status: str  # sent, already_sent, failed (transient, tried again next time), rejected (5xx)
    attempts: int = 0
    error: str | None = None


class PermanentFailure(Exception):
    pass


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


def build_message(stored: StoredDigest, sender: str, recipient: str) -> EmailMessage:
    """Headers carry only our own text (the subject is counts and a date), never a feed's."""
    message = EmailMessage(policy=SMTP_POLICY)
    message["Subject"] = stored.subject
    message["From"] = sender
    message["To"] = recipient
    message["Date"] = format_datetime(from_iso(stored.created_utc))
    message["Message-ID"] = message_id(stored.date, recipient, sender)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(stored.text)
    message.add_alternative(stored.html, subtype="html")
    return message


def is_transient(error: BaseException) -> bool:
    """Worth another try: a 4xx reply, a dropped connection, a timeout or refused connection.
    Not: 5xx replies, a server without STARTTLS, a certificate that does not check out."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in error.recipients.values())
    code = getattr(error, "smtp_code", None)
    if isinstance(code, int):
        return 400 <= code < 500
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(error, (PermanentFailure, smtplib.SMTPException, ssl.SSLError)):
        return False
    return isinstance(error, OSError)


def send(
    settings: EmailConfig, password: str | None, message: EmailMessage, wait_seconds: float = 2.0
) -> int:
    """Send with retries; returns the attempts it took, or raises SendFailed."""
    attempts = 0
    retrying = Retrying(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(ATTEMPTS),
        wait=wait_exponential(multiplier=wait_seconds, max=60 * wait_seconds),
        reraise=True,
    )
    try:
        for attempt in retrying:
            with attempt:
                attempts += 1
                _send_once(settings, password, message)
    except Exception as error:  # noqa: BLE001 - the caller records every kind per recipient
        raise SendFailed(error, attempts) from error
    return attempts


def _send_once(settings: EmailConfig, password: str | None, message: EmailMessage) -> None:
    context = ssl.create_default_context(cafile=settings.ca_file)
    timeout = settings.timeout_seconds
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    with client:
        encrypted = settings.security == "ssl"
        if settings.security == "starttls":
            client.starttls(context=context)  # raises if the server does not offer it
            encrypted = True
        if settings.username:
            if not encrypted:  # config forbids it; this keeps it impossible
                raise PermanentFailure("refusing to send a password over plaintext")
            client.login(settings.username, password or "")
        refused = client.send_message(message)
        if refused:
            code, reply = next(iter(refused.values()))
            raise smtplib.SMTPResponseException(code, reply)


def describe(error: BaseException) -> str:
    code = getattr(error, "smtp_code", None)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(error.recipients.values()))
        return f"{code} {reply.decode(errors='replace') if isinstance(reply, bytes) else reply}"
    if isinstance(code, int):
        reply = getattr(error, "smtp_error", b"")
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        return f"{code} {text}"
    return f"{type(error).__name__}: {error}".rstrip(": ")

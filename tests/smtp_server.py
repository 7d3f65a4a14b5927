"""A real SMTP server (aiosmtpd) on 127.0.0.1 whose replies tests program, and raw TCP servers
that misbehave in ways no SMTP server library will."""

import asyncio
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.policy import default as default_policy
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from processes import free_port


@dataclass
class Mailbox:
    """What the server received, and how it should answer DATA: a queue of replies, then 250."""

    messages: list[tuple[list[str], Message]] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)
    data_attempts: int = 0
    logins: list[tuple[str, str, bool]] = field(default_factory=list)  # user, password, over TLS
    reply_delay_s: float = 0.0  # keep the message, then wait before saying 250
    hang_ups: int = 0  # keep this many messages, then hang up instead of saying 250
    # Replies to RCPT TO for a recipient, one per attempt ("450 ..." busy, "550 ..." no such
    # user), then 250.
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)

    def to(self, recipient: str) -> list[Message]:
        return [message for rcpts, message in self.messages if recipient in rcpts]


class Handler:
    def __init__(self, mailbox: Mailbox) -> None:
        self.mailbox = mailbox

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's name)
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        replies = self.mailbox.rcpt_replies.get(address)
        if replies:
            return replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.mailbox.data_attempts += 1
        if self.mailbox.data_replies:
            return self.mailbox.data_replies.pop(0)
        message = message_from_bytes(envelope.original_content, policy=default_policy)
        self.mailbox.messages.append((list(envelope.rcpt_tos), message))
        if self.mailbox.hang_ups:
            self.mailbox.hang_ups -= 1
            server.transport.close()
            await asyncio.Event().wait()  # cancelled by aiosmtpd as the connection goes
        if self.mailbox.reply_delay_s:
            await asyncio.sleep(self.mailbox.reply_delay_s)
        return "250 Message accepted"


@contextmanager
def smtp_server(
    tls_context: ssl.SSLContext | None = None,
    require_starttls: bool = False,
    smtputf8: bool = False,
    implicit_tls: ssl.SSLContext | None = None,
) -> Iterator[tuple[int, Mailbox]]:
    """`tls_context` offers STARTTLS; `implicit_tls` speaks TLS from the first byte (port 465)."""
    mailbox = Mailbox()

    def authenticate(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            tls = session.ssl is not None
            mailbox.logins.append((data.login.decode(), data.password.decode(), tls))
            return AuthResult(success=data.password == b"s3cret")
        return AuthResult(success=False)

    controller = Controller(
        Handler(mailbox),
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=tls_context,
        require_starttls=require_starttls,
        authenticator=authenticate,
        auth_require_tls=True,
        enable_SMTPUTF8=smtputf8,
        ssl_context=implicit_tls,
    )
    controller.start()
    try:
        yield controller.port, mailbox
    finally:
        controller.stop()


@dataclass
class RawServer:
    port: int
    connections: int = 0


@contextmanager
def raw_server(talk: Callable[[socket.socket, threading.Event], None]) -> Iterator[RawServer]:
    """A TCP server on 127.0.0.1 that runs `talk(connection, stop)` for each connection, on its
    own thread; on leaving, `stop` is set, every thread joined and every socket closed."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    server = RawServer(listener.getsockname()[1])
    stop = threading.Event()
    held: list[socket.socket] = []
    talkers: list[threading.Thread] = []

    def accept() -> None:
        while not stop.is_set():
            try:
                connection = listener.accept()[0]
            except OSError:
                continue
            held.append(connection)
            server.connections += 1
            talkers.append(threading.Thread(target=talk, args=(connection, stop), daemon=True))
            talkers[-1].start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        stop.set()
        acceptor.join()
        for thread in talkers:
            thread.join()
        for connection in held:
            connection.close()
        listener.close()


def say_nothing(connection: socket.socket, stop: threading.Event) -> None:
    """No greeting, ever."""
    stop.wait()


def greet_for_ever(connection: socket.socket, stop: threading.Event) -> None:
    """A multi-line greeting that never ends: a `220-` line every 50 ms, each well within any
    read timeout."""
    while not stop.wait(0.05):
        try:
            connection.sendall(b"220-mail.example.org still greeting\r\n")
        except OSError:  # the client hung up
            return


@contextmanager
def silent_server() -> Iterator[int]:
    """Accepts connections and never says a word: no greeting, ever."""
    with raw_server(say_nothing) as server:
        yield server.port


@contextmanager
def unreachable_server() -> Iterator[int | None]:
    """A port where connect() hangs, as behind a firewall that drops packets: a listener that
    never accepts, its queue filled, so the kernel drops further SYNs. None if this kernel
    will not hang a connect that way."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers: list[socket.socket] = []
    port: int | None = None
    try:
        for _ in range(8):
            filler = socket.socket()
            fillers.append(filler)
            filler.settimeout(0.5)
            try:
                filler.connect(listener.getsockname())
            except TimeoutError:
                port = listener.getsockname()[1]
                break
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()

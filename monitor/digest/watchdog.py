"""One deadline for a whole conversation over a socket, and one way to cut it short.

A socket's timeout bounds each read, not the conversation: a server that keeps sending a line
now and then (an endless multi-line greeting) holds a blocking client for ever. The watchdog is
a thread that shuts the socket down when the deadline passes or a stop event is set, whichever
comes first. A blocked connect, read or write then returns at once, and the client fails as if
the server had hung up; `reason` tells the caller what really happened.
"""

import contextlib
import socket
import threading
import time
from typing import Literal

POLL_S = 0.1  # how soon a stop is noticed; the deadline and the end of the conversation at once


class Ended(Exception):
    """Raised instead of connecting once the watchdog has fired."""


class Watchdog:
    """Use as a context manager around the conversation; `watch` each socket before it
    connects."""

    def __init__(self, seconds: float, stop: threading.Event) -> None:
        self.seconds = seconds
        self.reason: Literal["deadline", "stop"] | None = None  # set when it fires
        self._stop = stop
        self._over = threading.Event()
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._thread = threading.Thread(target=self._run, name="watchdog", daemon=True)

    def __enter__(self) -> "Watchdog":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._over.set()
        self._thread.join()
        with self._lock:
            self._hold(None)

    def watch(self, connection: socket.socket) -> None:
        """Hold a duplicate of the socket: shutting that down ends the connection even after
        TLS has wrapped the original and taken over its descriptor."""
        with self._lock:
            if self.reason:
                raise Ended(self.reason)
            self._hold(connection.dup())

    def check(self) -> None:
        """Raise if it fired in the instant before the socket began to connect, which a
        shutdown cannot abort."""
        with self._lock:
            if self.reason:
                raise Ended(self.reason)

    def _run(self) -> None:
        deadline = time.monotonic() + self.seconds
        while True:
            if self._stop.is_set():
                self._fire("stop")
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._fire("deadline")
                return
            if self._over.wait(min(POLL_S, remaining)):
                return

    def _fire(self, reason: Literal["deadline", "stop"]) -> None:
        with self._lock:
            self.reason = reason
            if self._socket is not None:
                with contextlib.suppress(OSError):  # not connected yet, or already closed
                    self._socket.shutdown(socket.SHUT_RDWR)

    def _hold(self, connection: socket.socket | None) -> None:
        if self._socket is not None:
            self._socket.close()
        self._socket = connection

"""Ctrl-C and SIGTERM during a send: the conversation in progress ends as `monitor run` ends one
at shutdown, and what became of it is recorded.

Ending the process at once instead left a digest whose message had gone out with no delivery
recorded, so the next `monitor digest --send` mailed it again: the README promises a message
cut off after DATA is `uncertain` and never sent again by itself.
"""

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import MonitorError


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt inside the block, as Ctrl-C does: a command whose work
    commits in transactions then stops at once, the transaction in progress rolled back by its
    own `except BaseException`, and says how far it came, where SIGTERM ended the process
    without a word."""
    if threading.current_thread() is not threading.main_thread():  # signals reach main only
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event that SIGINT and SIGTERM set while the block runs, for the mailer's `stop`; the
    command then ends with one line once what was in progress is recorded."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():  # signals reach main only
        yield stop
        return
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    for signum in previous:
        signal.signal(signum, lambda *_: stop.set())
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if stop.is_set():
        raise MonitorError("stopped (Ctrl-C or SIGTERM); what was in progress is recorded above")

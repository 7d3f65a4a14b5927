"""Parts the hostile tests share: servers on chosen addresses, `monitor` in a subprocess or on a
pseudo-terminal, and waiting for conditions (never for fixed times)."""

import errno
import fcntl
import ipaddress
import os
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from conftest import FeedServer, serving

ROOT = Path(__file__).resolve().parents[1]  # the checkout under test: `-m monitor.cli` runs it
PUBLIC = "127.0.0.2"  # stands in for a public server: the tests' internet lives on loopback


def is_ip_literal(host: str) -> bool:
    """Whether `host` is an address, which a stub resolver may answer without DNS."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def wait_until(condition: Callable[[], bool], seconds: float = 30, what: str = "condition") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not met within {seconds:g} s")
        time.sleep(0.02)


@contextmanager
def twin_servers(first: str, second: str) -> Iterator[tuple[FeedServer, FeedServer]]:
    """Two servers on one port at two addresses, so one URL can reach either (DNS rebinding)."""
    for _ in range(50):
        with serving(first) as one:
            port = int(one.base_url.rsplit(":", 1)[1])
            try:
                with serving(second, port) as two:
                    yield one, two
                    return
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE:
                    raise
    raise RuntimeError(f"no port free on both {first} and {second}")


def respond(
    status: int = 200,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    reason: str | None = None,
) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route handler that answers once with exactly this."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status, reason)
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handler


def monitor_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "monitor.cli", *args]


def run_monitor(
    *args: str, timeout: float = 120, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        monitor_command(*args), cwd=ROOT, capture_output=True, text=True, timeout=timeout,
        **kwargs,  # type: ignore[call-overload]
    )  # fmt: skip


def run_on_terminal(*args: str, timeout: float = 120, columns: int = 200) -> tuple[int, str]:
    """`monitor ARGS` with a pseudo-terminal (200 columns unless told) as stdin, stdout and
    stderr, as a user at a terminal runs it: Rich draws tables and hyperlinks only there.
    Returns the exit status and everything printed."""
    parent, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM", "COLUMNS")}
    env.update(TERM="xterm-256color", COLUMNS=str(columns), LINES="50")
    process = subprocess.Popen(
        monitor_command(*args), cwd=ROOT, env=env, stdin=child, stdout=child, stderr=child
    )
    os.close(child)
    output = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while True:
            ready, _, _ = select.select([parent], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                raise AssertionError(f"monitor {' '.join(args)} still running after {timeout} s")
            try:
                chunk = os.read(parent, 65536)
            except OSError:  # EIO: every holder of the terminal's other end has closed it
                break
            if not chunk:
                break
            output += chunk
        code = process.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(parent)
    return code, output.decode("utf-8", "replace")


def has_open(pid: int, path: Path) -> bool:
    """Whether process `pid` has `path` open (Linux /proc)."""
    target = str(path.resolve())
    try:
        return any(
            os.readlink(f"/proc/{pid}/fd/{fd}") == target for fd in os.listdir(f"/proc/{pid}/fd")
        )
    except OSError:  # the process ended, or a descriptor closed while we looked
        return False


def cpu_ticks(pid: int) -> int:
    """User plus system CPU time of `pid` in clock ticks (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])

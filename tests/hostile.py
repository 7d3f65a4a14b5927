"""Parts the hostile tests share: servers on chosen addresses, `monitor` in a subprocess or on a
pseudo-terminal, and waiting for conditions (never for fixed times)."""

import errno
import fcntl
import ipaddress
import os
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
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


# Inside a private mount namespace: a 2 MiB file system ($1) given the folder's ($2) database
# and feeds.yaml, a process holding the database open if asked ($3, as `monitor run` does, so
# its log and index are there), the file system filled, the command, room made, the command
# again; then the database as the file system left it, copied back into the folder's after/.
_ON_A_FULL_DISK = """
set -e
mount -t tmpfs -o size=2m tmpfs "$1"
cp "$2/m.db" "$2/feeds.yaml" "$1/"
if [ "$3" = held ]; then
    python3 -c 'import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1]); db.execute("SELECT 1 FROM feeds").fetchall()
print(flush=True); time.sleep(600)' "$1/m.db" > "$2/held" &
    trap "kill $!" EXIT
    while [ ! -s "$2/held" ]; do sleep 0.05; done
fi
dd if=/dev/zero of="$1/ballast" bs=4k 2>/dev/null || true
"${@:4}" --config "$1/feeds.yaml" --db "$1/m.db" > "$2/full.out" 2> "$2/full.err" || true
rm "$1/ballast"
"${@:4}" --config "$1/feeds.yaml" --db "$1/m.db" > "$2/room.out" 2> "$2/room.err" || true
mkdir "$2/after" && cp "$1"/m.db* "$2/after/"
"""


def on_a_full_disk(folder: Path, *args: str, held: bool = False) -> None:
    """`monitor ARGS` on a copy of the folder's m.db and feeds.yaml on a full file system, then
    again with room: each run's stdout and stderr land in the folder as full.out, full.err,
    room.out and room.err, and the database as it was left in after/. Skips where no mount
    namespace can be made."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--mount", "true"]).returncode != 0:
        pytest.skip("needs unshare(1) and a mount namespace to make a full file system")
    (folder / "mnt").mkdir()
    subprocess.run(
        [unshare, "--mount", "--propagation", "private", "bash", "-c", _ON_A_FULL_DISK, "bash",
         str(folder / "mnt"), str(folder), "held" if held else "-", *monitor_command(*args)],
        cwd=ROOT, check=True, timeout=300,
    )  # fmt: skip

"""Child processes in tests: a free port; starting a process in a group of its own and ending
the whole group, so that no test leaves a server running behind it; and what is running, read
from /proc (the suite runs on Linux)."""

import contextlib
import os
import random
import signal
import socket
import subprocess
from pathlib import Path
from typing import Any

# Ports for servers a test starts on a port it names. A port the kernel picked for a bind to
# port 0 is free again once the probe closes, and while the server starts any bind to port 0 or
# outgoing connection, of this worker or another, may be handed it; below the kernel's range
# for those (ip_local_port_range) none is. Each xdist worker draws from a band of its own.
LOWEST_PORT = 10_000


def ephemeral_ports() -> range:
    """The ports the kernel hands out for a bind to port 0 and for outgoing connections."""
    low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
    return range(int(low), int(high) + 1)


def worker_ports() -> range:
    """This xdist worker's band of ports below the ephemeral range (all of it in one process)."""
    ports = range(LOWEST_PORT, ephemeral_ports().start)
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    width = len(ports) // workers
    return ports[worker * width : (worker + 1) * width]


def free_port() -> int:
    """A port of this worker's band that nothing holds now, tried from a random place so that
    two suites running at once rarely try the same one (the system's randomness: Hypothesis
    seeds the `random` module's own alike in every run)."""
    band = worker_ports()
    first = random.SystemRandom().randrange(len(band))
    for port in (band[(first + n) % len(band)] for n in range(len(band))):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port from {band.start} to {band.stop - 1}")


def _stats() -> list[tuple[int, str, int, str]]:
    """(pid, state, parent pid, command line) of every process."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            after_name = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # it ended while we looked
        found.append((int(proc.name), after_name[0], int(after_name[1]), command))
    return found


def alive(pid: int) -> bool:
    """Running or sleeping; a zombie has ended, it only waits for its parent to notice."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def descendants(pid: int) -> list[int]:
    """Every live process below `pid`: its children, theirs, and so on."""
    children: dict[int, list[int]] = {}
    for child, state, parent, _ in _stats():
        if state != "Z":
            children.setdefault(parent, []).append(child)
    found: list[int] = []
    todo = [pid]
    while todo:
        below = children.get(todo.pop(), [])
        found += below
        todo += below
    return found


def processes_mentioning(text: str) -> list[str]:
    """The command lines of live processes that contain `text` (a test's tmp_path, say)."""
    return [command for _, state, _, command in _stats() if state != "Z" and text in command]


def start(command: list[str], **popen: Any) -> "subprocess.Popen[Any]":
    """Start `command` as the leader of a process group of its own, which everything it starts
    joins, so that stop_process can end them all, even those it has orphaned."""
    return subprocess.Popen(command, start_new_session=True, **popen)


def stop_process(process: "subprocess.Popen[Any]", timeout_s: float = 60) -> None:
    """SIGTERM a process from `start` (SIGKILL if it has not ended after `timeout_s`), wait for
    it, then kill what is left of its process group. Safe to call on a process that has ended."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    with contextlib.suppress(ProcessLookupError):  # nothing left: the usual case
        os.killpg(process.pid, signal.SIGKILL)

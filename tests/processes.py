"""Child processes in tests: a free port; starting a process in a group of its own and ending
the whole group, so that no test leaves a server running behind it; and what is running, read
from /proc (the suite runs on Linux)."""

import contextlib
import os
import signal
import socket
import subprocess
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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

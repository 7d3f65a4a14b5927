"""Files written whole or not at all: a reader (or `monitor run` reloading feeds.yaml) sees the
old text or the new, never half of it, and a crash mid-write leaves the old file in place.

The new text goes to a temporary file beside the file it replaces, renamed over it at the end.
A rename replaces whatever has the name, so where the name is not a plain file of the user's the
write goes through to what it names instead: a symlink (a feeds.yaml kept in a dotfiles
repository) keeps pointing where it did and its file gets the text; a FIFO, a terminal,
`/dev/stdout` or `/dev/fd/N` (a shell's `>(jq .)`) is written to as a stream, for a rename would
have put a plain file in its place (`/dev/stdout` itself, for root) and left the reader waiting.
The replaced file keeps its permission bits, so a service reading it as another user still can.
"""

import contextlib
import errno
import io
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

# The kernel's own file systems: their names stand for devices and open descriptors, and a
# rename there would replace one of them, never a user's file.
KERNEL_DIRS = (Path("/dev"), Path("/proc"))


class FileTooLarge(OSError):
    """A file the user named holds more than any file of its kind would."""


class NotARegularFile(OSError):
    """A name a reader must not wait on leads to a FIFO, a device, a socket or a directory."""


def read_capped(path: Path, limit: int, regular_only: bool = False) -> bytes:
    """The bytes of `path`, read up to `limit`: a name that leads to an endless stream
    (`/dev/zero`, `/dev/urandom`) fills no memory but raises FileTooLarge. A pipe such as a
    shell's `<(...)` is still read whole, unless `regular_only`: then anything but a regular
    file raises NotARegularFile, without waiting, for a reader that must never block (opening a
    FIFO waits for a writer, reading a terminal for a line). Raises OSError as `open` does."""
    with _opened(path, regular_only) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"larger than {limit // (1024 * 1024)} MiB")
    return data


def _opened(path: Path, regular_only: bool) -> BinaryIO:
    if not regular_only:
        return path.open("rb")
    # O_NONBLOCK: a FIFO opens at once, writer or none, so fstat can tell what the name is.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise NotARegularFile(
            errno.EINVAL, "not a regular file (a FIFO, device, socket or directory)", str(path)
        )
    return os.fdopen(descriptor, "rb")


def write_text_atomically(path: Path, text: str) -> None:
    with open_for_writing(path) as stream:
        stream.write(text)


@contextlib.contextmanager
def open_for_writing(path: Path) -> Iterator[TextIO]:
    """A text stream (UTF-8, line endings as written) whose content replaces `path` whole when
    the block ends, or that streams to it when `path` names no plain file."""
    with open_bytes_for_writing(path) as raw:
        # write_through: nothing waits in the wrapper when a writer adds bytes to `.buffer`.
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
        finally:
            text.detach()  # the file is closed (or discarded) by the block around it


# The errors of a write that found no room: a full disk, a file-size limit, a quota. The OS
# names no file in them, so whoever writes says which it was.
NO_ROOM = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


@contextlib.contextmanager
def open_bytes_for_writing(path: Path) -> Iterator[BinaryIO]:
    """`open_for_writing` for bytes (the theme model's arrays)."""
    try:
        with _replacing(path) as stream:
            yield stream
    except OSError as exc:
        if exc.errno in NO_ROOM and exc.filename is None:
            exc.filename = str(path)  # "export.csv: No space left on device", not "a file"
        raise


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[BinaryIO]:
    target = Path(os.path.realpath(path))
    if _is_stream(path, target):
        with path.open("wb") as stream:
            yield stream
        return
    target.parent.mkdir(parents=True, exist_ok=True)  # the user data directory, the first time
    # A short name of our own: the target's name may already be as long as a name can be.
    temporary = target.with_name(f".monitor-{secrets.token_hex(6)}.tmp")
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)  # less umask
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream
        if target.exists():
            os.chmod(temporary, mode)  # as the user left it, whatever this process's umask
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _is_stream(path: Path, target: Path) -> bool:
    if any(target.is_relative_to(kernel) for kernel in KERNEL_DIRS):
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return False

"""What is wrong with where the database lives, when SQLite cannot write it: a file system
mounted read-only, a full disk, or a write-ahead log or index beside it that another program
left unwritable. SQLite's own words name only the database ("attempt to write a readonly
database", "disk I/O error"), and sent the user to check owners, modes and a failing disk that
were fine."""

import os
from pathlib import Path

from ..errors import StoreError

_READ_ONLY_MOUNT = (
    "{path}: on a read-only file system, where SQLite can neither write it nor make "
    "its write-ahead log; mount it read-write, or copy the database to a writable place and "
    "give that with --db"
)
NO_ROOM = "the disk is full; free space and run again (what was stored before is intact)"
# SQLite's words for a write or a file it could not make: a full disk or a read-only mount says
# one of these, depending on which file it was writing.
_REFUSED_WRITES = ("readonly database", "unable to open", "disk I/O error", "disk is full")


def where_it_cannot_write(path: Path, exc: BaseException) -> str | None:
    """The one line that says why the database at `path` could not be opened or written, when
    the cause is where it lives; None when it is not (a damaged file, a lock held too long)."""
    refused = isinstance(exc, OSError) or any(words in str(exc) for words in _REFUSED_WRITES)
    if refused and on_read_only_mount(path, path.parent):
        return _READ_ONLY_MOUNT.format(path=path)
    if refused and _no_room(path.parent):
        return f"{path}: {NO_ROOM}"
    return blocked_companion(path)


def refuse_read_only_mount(path: Path) -> None:
    """For a writer, before it opens the database: SQLite opens one whose log is beside it on a
    read-only mount, and every write then fails, each feed of a pass, its log row and the pass
    after it, each with a line of its own."""
    if on_read_only_mount(path, path.parent):
        raise StoreError(_READ_ONLY_MOUNT.format(path=path))


def on_read_only_mount(*paths: Path) -> bool:
    """Whether any of the paths is on a file system mounted read-only (a snapshot, a backup
    medium, a container's read-only volume, a disk the kernel remounted read-only after an
    error), where nobody can write, root included."""
    for path in paths:
        try:
            if os.statvfs(path).f_flag & os.ST_RDONLY:
                return True
        except OSError:  # not there (yet): the question is the others'
            continue
    return False


def _no_room(directory: Path) -> bool:
    """Whether the directory's file system has no block left for this user (root may use the
    blocks kept back for it). A full disk stops SQLite making the log's index beside a
    database ("disk I/O error"), which was told as a file-size limit, a quota or a failing
    disk."""
    try:
        found = os.statvfs(directory)
    except OSError:
        return False
    return (found.f_bfree if os.geteuid() == 0 else found.f_bavail) == 0


def blocked_companion(path: Path) -> str | None:
    """What is wrong with the write-ahead log or its index beside the database, when one of
    them is there and cannot be written: another program (a backup tool, a copy, a process of
    another user) left it so."""
    roles = {"-wal": "write-ahead log", "-shm": "write-ahead log's index"}
    for suffix, role in roles.items():
        companion = path.with_name(path.name + suffix)
        if not os.path.lexists(companion):
            continue
        if not companion.is_file():  # nothing of the database can be in it: safe to move
            return (
                f"{companion}: not a regular file, where SQLite keeps {path.name}'s {role}; "
                f"with no program using {path.name}, move it aside and run again"
            )
        if on_read_only_mount(companion):  # nobody can write it, its owner included
            return (
                f"{companion}: on a read-only file system ({path.name}'s {role}); "
                "mount it read-write"
            )
        if not os.access(companion, os.R_OK | os.W_OK):  # may hold stored articles: keep it
            return (
                f"{companion}: no permission to read and write it ({path.name}'s {role}); "
                "run as the user who owns it, or give this user both"
            )
    return None

"""How much Python a piece of work runs: the lines it executes, counted by a trace function.

A measure of work, not of time, so a test can tell a reading that grows as its text does
(twice the text, about twice the lines) from one that grows as the square of it (four times),
on any machine and under any load. The work in compiled code (a regular expression's search,
spaCy's own loops) is not counted.
"""

import sys
from collections.abc import Callable
from types import FrameType, ModuleType
from typing import Any


def lines_run(work: Callable[[], object], within: ModuleType | None = None) -> int:
    """The number of lines of Python (and calls into it) that `work()` executes; `within` one
    module only, the rule whose work a test is about, when the rest of the reading would hide
    it at the lengths a test can afford."""
    count = 0
    counted = within.__file__ if within else None

    def trace(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        nonlocal count
        if counted and frame.f_code.co_filename != counted:
            return None
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        work()
    finally:
        sys.settrace(previous)
    return count


def calls_made(work: Callable[[], object]) -> int:
    """The number of calls `work()` makes, into compiled functions too: spaCy's compiled
    loops report their calls (`doc.text` makes a few for each token it joins), where no line of
    Python runs."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(previous)
    return count


def grows_linearly(
    read: Callable[[int], object],
    size: int,
    within: ModuleType | None = None,
    measure: Callable[[Callable[[], object]], int] | None = None,
) -> bool:
    """Whether reading twice `size` does less than 2.3 times the work of reading `size` (a
    quadratic reading does about four times as much), after a first reading that fills the
    caches each reading would otherwise fill for the one after it. Neither length may have been
    read before: the reader keeps what it read of a sentence (incursion_tokens._dates_of). The
    work is the lines run (`within` one module), or what `measure` counts."""
    count = measure or (lambda work: lines_run(work, within))
    read(size // 10)
    twice = count(lambda: read(2 * size))
    return twice < 2.3 * count(lambda: read(size))

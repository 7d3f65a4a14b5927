"""Undoing a response's content codings in bounded steps: the size cap holds after decoding.

RFC 9110 lets a server list several codings, in the order it applied them ("gzip, gzip"), and
RFC 1952 lets a gzip body be several members one after another (what concatenating gzip files,
or compressing a stream in pieces, makes). "deflate" is meant to be zlib-wrapped, and some
servers send it raw. Each stage here reads all of these, and no stage may produce more than the
cap: a bomb in any layer stops at the cap, however the layers are stacked.
"""

import zlib

from ..errors import FetchError

# Two bytes that begin every gzip member (RFC 1952).
GZIP_MAGIC = b"\x1f\x8b"
# The codings we ask for (Accept-Encoding) and can undo; "identity" is none.
INFLATED = ("gzip", "x-gzip", "deflate")
# A header may list codings without end, and each stage holds a 32 KiB window and a zlib
# state: more than a few is no honest server's.
MAX_CODINGS = 3


class CodingError(FetchError):
    """A body that cannot be decoded: the message says which coding and why."""


class BodyTooLarge(Exception):
    """A body, or one of its decoding stages, past the size cap."""


def content_codings(header: str | None) -> list[str]:
    """The codings to undo, in the order to undo them (the last applied first); raises
    CodingError for one we cannot undo or for too many."""
    listed = [c.strip().lower() for c in (header or "").split(",")]
    codings = [c for c in listed if c not in ("", "identity")]
    unknown = [c for c in codings if c not in INFLATED]
    if unknown:
        raise CodingError(f"unsupported Content-Encoding '{unknown[0]}'")
    if len(codings) > MAX_CODINGS:
        raise CodingError(f"more than {MAX_CODINGS} content codings ('{header}')")
    return codings[::-1]


class Inflater:
    """One gzip or deflate stage: zlib, gzip or raw deflate, told apart by the first bytes of
    each member (servers label them loosely), every gzip member read, anything else after
    the last one (padding, junk) left out, as browsers and `gzip -d` do."""

    def __init__(self, coding: str, cap: int) -> None:
        self.coding = coding
        self.cap = cap
        self.produced = 0
        self.member: zlib._Decompress | None = None
        self.members = 0  # begun so far
        self.head = b""  # the first bytes of a member, until its format is known
        self.ignoring = False  # after the last member: the rest is not ours to read

    def decode(self, data: bytes) -> bytes:
        out = bytearray()
        while data and not self.ignoring:
            if self.member is None:
                data = self._start(self.head + data)
                continue
            try:
                chunk = self.member.decompress(data, self.cap + 1 - self.produced)
            except zlib.error as exc:
                raise CodingError(f"corrupt {self.coding} body: {exc}") from None
            out += chunk
            self.produced += len(chunk)
            if self.produced > self.cap:
                raise BodyTooLarge
            if self.member.eof:
                data, self.member = self.member.unused_data, None
            else:
                data = self.member.unconsumed_tail
        return bytes(out)

    def finish(self) -> None:
        """The body ended: a member left open means it was cut off."""
        if self.member is not None or (self.head and not self.members):
            raise CodingError(f"the {self.coding} body ends early (cut off)")

    def _start(self, data: bytes) -> bytes:
        """Begin a member once two bytes tell its format; returns the bytes not yet read."""
        if len(data) < 2:
            self.head = data
            return b""
        self.head = b""
        if self.members and data[:2] != GZIP_MAGIC:
            self.ignoring = True
            return b""
        self.members += 1
        if data[:2] == GZIP_MAGIC:
            wbits = zlib.MAX_WBITS | 16
        elif data[0] & 0x0F == 8 and int.from_bytes(data[:2], "big") % 31 == 0:
            wbits = zlib.MAX_WBITS  # a zlib header (RFC 1950)
        else:
            wbits = -zlib.MAX_WBITS  # raw deflate
        self.member = zlib.decompressobj(wbits)
        return data


class Decoder:
    """A body's codings undone one stage after another, chunk by chunk."""

    def __init__(self, header: str | None, cap: int) -> None:
        self.stages = [Inflater(coding, cap) for coding in content_codings(header)]

    def decode(self, data: bytes) -> bytes:
        for stage in self.stages:
            data = stage.decode(data)
        return data

    def finish(self) -> None:
        for stage in self.stages:
            stage.finish()

"""Polite HTTP: conditional GET, timeouts, a size cap, manual redirects, one connection per host.

We fetch ourselves and hand bytes to feedparser: its own fetching has no size cap, and doing the
redirects here lets us see permanent moves (to update the stored URL) and count hops. Every
connection passes the guard (guard.py).
"""

import asyncio
import logging
import os
import ssl
import stat
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from .. import PROJECT_URL, __version__
from ..errors import one_line, printable
from ..urls import redact, url_problem
from .codings import BodyTooLarge, Decoder
from .guard import AddressRefused, GuardedBackend, Resolver, is_inside, resolve

log = logging.getLogger(__name__)

USER_AGENT = f"monitor/{__version__} (+{PROJECT_URL})"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
# Only what codings.Decoder can undo in bounded steps.
ACCEPT_ENCODING = "gzip, deflate"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
MAX_RETRY_AFTER = timedelta(days=7)
DEFAULT_RETRY_AFTER = timedelta(hours=1)
REDIRECTS = {301, 302, 303, 307, 308}
PERMANENT_REDIRECTS = {301, 308}
# ETag and Last-Modified are opaque to us and go back to the server as they came. They are kept
# one character per byte (latin-1) and sent as those bytes: decoded as httpx guesses, an ETag
# with one byte beyond ASCII could never be sent again, and every later fetch of its feed failed.
VALIDATORS = {b"etag", b"last-modified"}


@dataclass(frozen=True)
class FetchLimits:
    """How much one fetch, and a pass's full-text pages, may cost. Tests shrink these; users
    keep the defaults."""

    connect_timeout_s: float = 10.0
    total_timeout_s: float = 30.0
    max_body_bytes: int = 15 * 1024 * 1024
    max_redirects: int = 5
    full_text_pages_per_feed: int = 30
    full_text_seconds_per_feed: float = 60.0
    full_text_seconds_per_pass: float = 180.0
    public_hosts: frozenset[str] = frozenset()  # see guard.is_inside; tests only
    resolver: Resolver | None = None  # a stand-in for DNS; tests only

    @property
    def max_body_text(self) -> str:
        return f"{self.max_body_bytes / (1024 * 1024):g} MiB"


@dataclass(frozen=True)
class FetchResult:
    """What one fetch gave. `outcome` is ok, not_modified, gone, retry_later or failed."""

    outcome: str
    url: str
    final_url: str
    status: int | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    moved_to: str | None = None  # set when every redirect hop was permanent (301/308)
    retry_after: datetime | None = None
    error: str | None = None
    duration_ms: int = 0

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def parse_retry_after(value: str | None, now: datetime) -> datetime:
    """Retry-After in seconds or as an HTTP date; missing or odd values get a default.

    HTTP's delay-seconds is ASCII digits of any length: capped as a number before it becomes a
    time, for a count of seconds past what a timedelta holds is still a valid "wait a week"."""
    delay = DEFAULT_RETRY_AFTER
    if value:
        value = value.strip()
        if value.isascii() and value.isdigit():
            delay = timedelta(seconds=min(int(value), MAX_RETRY_AFTER.total_seconds()))
        else:
            try:
                when = parsedate_to_datetime(value)
                if when.tzinfo is None:
                    when = when.replace(tzinfo=UTC)
                delay = when - now
            except (TypeError, ValueError):
                pass
    return now + min(max(delay, timedelta(0)), MAX_RETRY_AFTER)


class HttpSession:
    """The httpx clients of a pass, with a lock per host so no host sees two connections.

    Two clients, one per reach: requests for feeds the user keeps inside (an intranet) may
    connect anywhere; every other request goes through the guard that refuses internal
    addresses (guard.py). Which one a request takes is decided once per feed, from the URL the
    user configured, so a redirect or an item link can never widen it.
    """

    def __init__(self, limits: FetchLimits | None = None) -> None:
        self.limits = limits or FetchLimits()
        # Loading the certificate store takes tens of milliseconds: once a pass, for both clients.
        ssl_context = httpx.create_ssl_context(trust_env=False)
        self._public = self._client(ssl_context, allow_internal=False)
        self._inside = self._client(ssl_context, allow_internal=True)
        self._host_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    def _client(self, ssl_context: ssl.SSLContext, allow_internal: bool) -> httpx.AsyncClient:
        limits = self.limits
        backend = GuardedBackend(
            allow_internal=allow_internal,
            public_hosts=limits.public_hosts,
            resolver=limits.resolver or resolve,
        )
        transport = httpx.AsyncHTTPTransport(verify=ssl_context, trust_env=False)
        # httpx has no parameter for a network backend; its connection pool (httpcore) does.
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context, network_backend=backend
        )
        return httpx.AsyncClient(
            transport=transport,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(limits.total_timeout_s, connect=limits.connect_timeout_s),
            follow_redirects=False,
            trust_env=False,
        )

    async def __aenter__(self) -> "HttpSession":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._public.aclose()
        await self._inside.aclose()

    async def is_inside(self, url: str) -> bool:
        """Whether a feed configured at `url` is one the user keeps on an internal address."""
        if url_problem(url):
            return False
        host = urlsplit(url).hostname or ""
        return await is_inside(host, self.limits.public_hosts, self.limits.resolver or resolve)

    async def fetch(
        self,
        url: str,
        *,
        inside: bool = False,
        credentials: tuple[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        """Fetch `url`; never raises for anything a URL, a network or a server can do, which
        becomes outcome=failed. `inside` lets it reach internal addresses; `credentials` go
        only to the URL's own origin."""
        problem = url_problem(url)
        if problem:
            return failed(url, f"invalid URL: {problem}")
        limits = self.limits
        # One connection per host: the lock is held for the whole fetch, redirects included, and
        # the 30 s budget starts once it is ours, so queueing behind a sibling feed costs nothing.
        async with self._host_locks[urlsplit(url).netloc.lower()]:
            started = time.monotonic()
            try:
                async with asyncio.timeout(limits.total_timeout_s):
                    request = (url, inside, credentials, etag, last_modified, accept)
                    try:
                        result = await self._follow(*request)
                    except httpx.RemoteProtocolError:
                        # A kept-alive connection breaks a request that has done nothing wrong:
                        # the server closed it just as the request went out (its idle timeout),
                        # or the previous response on it, a sibling feed's, ran past its
                        # Content-Length and left bytes that read as no status line. httpcore
                        # drops a connection that broke, so the GET goes once more on a new one;
                        # a server that breaks it again is this feed's failure.
                        result = await self._follow(*request)
            except TimeoutError:
                result = failed(url, f"timed out after {limits.total_timeout_s:g} s")
            except BodyTooLarge:
                result = failed(url, f"body larger than {limits.max_body_text}")
            except httpx.ConnectTimeout:
                result = failed(url, f"no connection within {limits.connect_timeout_s:g} s")
            except Exception as exc:  # noqa: BLE001 - whatever one request does is its failure
                log.debug("fetch %s", redact(url), exc_info=True)
                result = failed(url, one_line(exc))
        return replace(result, duration_ms=int((time.monotonic() - started) * 1000))

    async def _follow(
        self,
        url: str,
        inside: bool,
        credentials: tuple[str, str] | None,
        etag: str | None,
        last_modified: str | None,
        accept: str,
    ) -> FetchResult:
        headers = {b"Accept": accept.encode("ascii")}
        if etag:
            headers[b"If-None-Match"] = _as_sent(etag)
        if last_modified:
            headers[b"If-Modified-Since"] = _as_sent(last_modified)
        client = self._inside if inside else self._public
        current, hops = url, []
        for _ in range(self.limits.max_redirects + 1):
            auth = credentials if _same_origin(current, url) else None
            try:
                async with client.stream("GET", current, headers=headers, auth=auth) as response:
                    location = response.headers.get("location")
                    if response.status_code in REDIRECTS and location:
                        hops.append(response.status_code)
                        target = urljoin(current, location)
                        problem = url_problem(target)
                        if problem:
                            refusal = f"refused a redirect to {printable(redact(target), 100)}"
                            return failed(url, f"{refusal}: {problem}", final_url=target)
                        current = target
                        continue
                    body = b""
                    if response.status_code == 200:
                        body = await self._read_capped(response)
                    conditional = bool(etag or last_modified)
                    return _classify(url, current, response, body, hops, conditional)
            except AddressRefused as refused:
                where = "a redirect" if hops else "the request"
                return failed(url, f"refused {where}: {refused}", final_url=current)
        return failed(url, f"more than {self.limits.max_redirects} redirects", final_url=current)

    async def _read_capped(self, response: httpx.Response) -> bytes:
        """The body, decoded here in bounded steps and counted after decoding.

        httpx would inflate each network chunk whole (a 64 KiB gzip chunk can become 64 MiB);
        decoding with a length limit keeps a bomb in any layer from ever exceeding the cap.
        """
        cap = self.limits.max_body_bytes
        decoder = Decoder(response.headers.get("content-encoding"), cap)
        body = bytearray()
        async for raw in response.aiter_raw():
            body += decoder.decode(raw)
            if len(body) > cap:
                raise BodyTooLarge
        decoder.finish()
        return bytes(body)


def read_local(path: str, limits: FetchLimits | None = None) -> FetchResult:
    """A feed file on disk, with the same size cap as the web. Only regular files: a FIFO or a
    device would hold the pass forever, so the file is opened without blocking and checked."""
    limits = limits or FetchLimits()
    started = time.monotonic()
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return failed(path, f"cannot read file: {exc.strerror or exc}")
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return failed(path, "not a regular file (a directory, FIFO or device is no feed)")
        try:
            body = handle.read(limits.max_body_bytes + 1)
        except OSError as exc:
            return failed(path, f"cannot read file: {exc.strerror or exc}")
    if len(body) > limits.max_body_bytes:
        return failed(path, f"file larger than {limits.max_body_text}")
    duration_ms = int((time.monotonic() - started) * 1000)
    return FetchResult("ok", path, path, body=body, duration_ms=duration_ms)


def _same_origin(first: str, second: str) -> bool:
    a, b = urlsplit(first), urlsplit(second)
    return (a.scheme.lower(), a.hostname, a.port) == (b.scheme.lower(), b.hostname, b.port)


def _classify(
    url: str,
    final_url: str,
    response: httpx.Response,
    body: bytes,
    hops: list[int],
    conditional: bool,
) -> FetchResult:
    status = response.status_code
    headers = {k.lower(): v for k, v in response.headers.items()}
    for name, value in response.headers.raw:
        if name.lower() in VALIDATORS:
            headers[name.decode("ascii").lower()] = value.decode("latin-1")
    moved_to = final_url if hops and all(h in PERMANENT_REDIRECTS for h in hops) else None
    base = FetchResult("ok", url, final_url, status=status, headers=headers)
    if status == 200:
        return replace(base, body=body, moved_to=moved_to)
    if status == 304 and conditional:
        return replace(base, outcome="not_modified", moved_to=moved_to)
    if status == 304:
        # "Not modified" since a version we never named: a 304 answers only a request with
        # validators (RFC 9110, 15.4.5). Taken as "nothing new", a server that always says it
        # kept the feed looking healthy while nothing was ever stored.
        error = "HTTP 304 Not Modified to a request that named no version (no ETag or date sent)"
        return replace(base, outcome="failed", error=error)
    if status == 410:
        return replace(base, outcome="gone", error="410 Gone: the server says this feed is gone")
    retry_after_header = headers.get("retry-after")
    if status == 429 or (status == 503 and retry_after_header):
        retry_after = parse_retry_after(retry_after_header, datetime.now(UTC))
        return replace(
            base,
            outcome="retry_later",
            retry_after=retry_after,
            error=printable(f"{status} {response.reason_phrase}")
            + f": asked to retry after {retry_after:%Y-%m-%d %H:%M} UTC",
        )
    error = printable(f"HTTP {status} {response.reason_phrase}")
    return replace(base, outcome="failed", error=error)


def _as_sent(validator: str) -> bytes:
    """A stored validator as the bytes the server sent (VALIDATORS); one an older release kept
    as httpx decoded it, from UTF-8, goes back as UTF-8."""
    try:
        return validator.encode("latin-1")
    except UnicodeEncodeError:
        return validator.encode("utf-8")


def failed(url: str, error: str, final_url: str | None = None) -> FetchResult:
    return FetchResult("failed", url=url, final_url=final_url or url, error=error)

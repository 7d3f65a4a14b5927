"""Polite HTTP: conditional GET, timeouts, a size cap, manual redirects, one connection per host.

We fetch ourselves and hand bytes to feedparser: its own fetching has no size cap, and doing the
redirects here lets us see permanent moves (to update the stored URL) and count hops.
"""

import asyncio
import logging
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from . import PROJECT_URL, __version__
from .addresses import points_inside

log = logging.getLogger(__name__)

USER_AGENT = f"monitor/{__version__} (+{PROJECT_URL})"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
# Only what _read_capped can inflate in bounded steps.
ACCEPT_ENCODING = "gzip, deflate"
COMPRESSED = ("gzip", "x-gzip", "deflate")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
MAX_RETRY_AFTER = timedelta(days=7)
DEFAULT_RETRY_AFTER = timedelta(hours=1)
REDIRECTS = {301, 302, 303, 307, 308}
PERMANENT_REDIRECTS = {301, 308}


@dataclass(frozen=True)
class FetchLimits:
    """How much one fetch may cost. Tests shrink these; users keep the defaults."""

    connect_timeout_s: float = 10.0
    total_timeout_s: float = 30.0
    max_body_bytes: int = 15 * 1024 * 1024
    max_redirects: int = 5
    public_hosts: frozenset[str] = frozenset()  # see addresses.points_inside; tests only

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


class BodyTooLarge(Exception):
    pass


def parse_retry_after(value: str | None, now: datetime) -> datetime:
    """Retry-After in seconds or as an HTTP date; missing or odd values get a default."""
    delay = DEFAULT_RETRY_AFTER
    if value:
        value = value.strip()
        if value.isdigit():
            delay = timedelta(seconds=int(value))
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
    """One httpx client for a pass, with a lock per host so no host sees two connections."""

    def __init__(self, limits: FetchLimits | None = None) -> None:
        self.limits = limits or FetchLimits()
        self._client = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(
                self.limits.total_timeout_s, connect=self.limits.connect_timeout_s
            ),
            follow_redirects=False,
            trust_env=False,
        )
        self._host_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def __aenter__(self) -> "HttpSession":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        """Fetch `url`; never raises for network or HTTP trouble, which becomes outcome=failed."""
        # One connection per host: the lock is held for the whole fetch, redirects included, and
        # the 30 s budget starts once it is ours, so queueing behind a sibling feed costs nothing.
        limits = self.limits
        async with self._host_locks[urlsplit(url).netloc]:
            started = time.monotonic()
            try:
                async with asyncio.timeout(limits.total_timeout_s):
                    result = await self._follow(url, etag, last_modified, accept)
            except TimeoutError:
                result = _failed(url, f"timed out after {limits.total_timeout_s:g} s")
            except BodyTooLarge:
                result = _failed(url, f"body larger than {limits.max_body_text}")
            except httpx.ConnectTimeout:
                result = _failed(url, f"no connection within {limits.connect_timeout_s:g} s")
            except httpx.HTTPError as exc:
                result = _failed(url, f"{type(exc).__name__}: {exc}".rstrip(": "))
        return replace(result, duration_ms=int((time.monotonic() - started) * 1000))

    async def _follow(
        self, url: str, etag: str | None, last_modified: str | None, accept: str
    ) -> FetchResult:
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, hops = url, []
        origin_inside: bool | None = None  # resolved only when a redirect needs it
        for _ in range(self.limits.max_redirects + 1):
            async with self._client.stream("GET", current, headers=headers) as response:
                location = response.headers.get("location")
                if response.status_code in REDIRECTS and location:
                    hops.append(response.status_code)
                    target = urljoin(current, location)
                    if origin_inside is None:
                        origin_inside = await self._inside(url)
                    refusal = await self._refuse_redirect(target, origin_inside)
                    if refusal:
                        return _failed(url, refusal, final_url=target)
                    current = target
                    continue
                body = b""
                if response.status_code == 200:
                    body = await self._read_capped(response)
                return _classify(url, current, response, body, hops)
        return _failed(url, f"more than {self.limits.max_redirects} redirects", final_url=current)

    async def _inside(self, url: str) -> bool:
        return await points_inside(urlsplit(url).hostname or "", self.limits.public_hosts)

    async def _refuse_redirect(self, target: str, origin_inside: bool) -> str | None:
        """Why a redirect must not be followed: not the web, or from outside to inside."""
        parts = urlsplit(target)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return f"refused a redirect to {parts.scheme or 'a relative'}: URL {target[:80]}"
        if not origin_inside and await self._inside(target):
            return f"refused a redirect from a public address to a private one ({parts.hostname})"
        return None

    async def _read_capped(self, response: httpx.Response) -> bytes:
        """The body, decompressed here in bounded steps and counted after decompression.

        httpx would inflate each network chunk whole (a 64 KiB gzip chunk can become 64 MiB);
        decompressing with a length limit keeps a gzip bomb from ever exceeding the cap.
        """
        cap = self.limits.max_body_bytes
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", *COMPRESSED):
            raise httpx.DecodingError(f"unsupported Content-Encoding '{encoding}'")
        inflate = zlib.decompressobj(zlib.MAX_WBITS | 32) if encoding in COMPRESSED else None
        body = bytearray()
        async for raw in response.aiter_raw():
            pending = raw
            while pending:
                if inflate is None:
                    body += pending
                    pending = b""
                else:
                    try:
                        body += inflate.decompress(pending, cap + 1 - len(body))
                    except zlib.error as exc:
                        raise httpx.DecodingError(f"corrupt {encoding} body: {exc}") from None
                    pending = inflate.unconsumed_tail
                if len(body) > cap:
                    raise BodyTooLarge
        return bytes(body)


def read_local(path: str, limits: FetchLimits | None = None) -> FetchResult:
    """A feed file on disk, with the same size cap as the web."""
    limits = limits or FetchLimits()
    started = time.monotonic()
    try:
        with Path(path).open("rb") as handle:
            body = handle.read(limits.max_body_bytes + 1)
    except OSError as exc:
        return _failed(path, f"cannot read file: {exc.strerror or exc}")
    if len(body) > limits.max_body_bytes:
        return _failed(path, f"file larger than {limits.max_body_text}")
    duration_ms = int((time.monotonic() - started) * 1000)
    return FetchResult("ok", path, path, body=body, duration_ms=duration_ms)


def _classify(
    url: str, final_url: str, response: httpx.Response, body: bytes, hops: list[int]
) -> FetchResult:
    status = response.status_code
    headers = {k.lower(): v for k, v in response.headers.items()}
    moved_to = final_url if hops and all(h in PERMANENT_REDIRECTS for h in hops) else None
    base = FetchResult("ok", url, final_url, status=status, headers=headers)
    if status == 200:
        return replace(base, body=body, moved_to=moved_to)
    if status == 304:
        return replace(base, outcome="not_modified", moved_to=moved_to)
    if status == 410:
        return replace(base, outcome="gone", error="410 Gone: the server says this feed is gone")
    retry_after_header = headers.get("retry-after")
    if status == 429 or (status == 503 and retry_after_header):
        retry_after = parse_retry_after(retry_after_header, datetime.now(UTC))
        return replace(
            base,
            outcome="retry_later",
            retry_after=retry_after,
            error=f"{status} {response.reason_phrase}: asked to retry after "
            f"{retry_after:%Y-%m-%d %H:%M} UTC",
        )
    error = f"HTTP {status} {response.reason_phrase}".strip()
    return replace(base, outcome="failed", error=error)


def _failed(url: str, error: str, final_url: str | None = None) -> FetchResult:
    return FetchResult("failed", url=url, final_url=final_url or url, error=error)

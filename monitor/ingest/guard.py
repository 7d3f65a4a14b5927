"""The one guard every outgoing request passes: a public feed never leads inside.

A feed the user configured on an internal address (an intranet, localhost) is theirs to fetch,
with its redirects and its articles' pages. Everything else — a public feed, each of its redirect
hops, its item links, links made absolute by `xml:base` — may only reach public addresses.

The guard sits where connections are made (an httpcore network backend), not where URLs are
looked at: it resolves the host once, checks every address, and connects to the address it
checked. No request can skip it, and a name that resolves differently a moment later (DNS
rebinding) changes nothing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import typing
from collections.abc import Awaitable, Callable

import httpcore

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[Address]]]


class AddressRefused(Exception):
    """A connection the guard would not make: the message says where to and why."""


def is_internal(address: Address) -> bool:
    """Loopback, private, link-local, multicast, reserved or unspecified: not the internet."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
    )


async def resolve(host: str, port: int) -> list[Address]:
    """Every address of `host` (an IP literal is its own address); [] when it has none."""
    try:
        return [ipaddress.ip_address(host.strip("[]").partition("%")[0])]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):  # no such name, or a name that cannot be encoded
        return []
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))


def internal_among(addresses: list[Address], public_hosts: frozenset[str]) -> list[Address]:
    """The internal addresses of a host, but for those `public_hosts` names."""
    return [a for a in addresses if is_internal(a) and str(a) not in public_hosts]


async def is_inside(
    host: str, public_hosts: frozenset[str] = frozenset(), resolver: Resolver = resolve
) -> bool:
    """True when `host` resolves only to internal addresses: a feed the user keeps inside.

    `public_hosts` names hosts and addresses to treat as public whatever they resolve to: the
    tests' stand-in for the internet, which here can only live on loopback. An address counts
    wherever it is met, so a name that a test resolver points there is public too.
    """
    if host in public_hosts:
        return False
    addresses = await resolver(host, 80)
    return bool(addresses) and len(internal_among(addresses, public_hosts)) == len(addresses)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Connects only to addresses the policy allows, and to exactly the address it checked."""

    def __init__(
        self,
        *,
        allow_internal: bool,
        public_hosts: frozenset[str] = frozenset(),
        resolver: Resolver = resolve,
    ) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_internal = allow_internal
        self._public_hosts = public_hosts
        self._resolver = resolver

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._resolver(host, port)
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve host name {host!r}")
        if not self._allow_internal and host not in self._public_hosts:
            inside = internal_among(addresses, self._public_hosts)
            if inside:
                raise AddressRefused(
                    f"refused to connect to {host} ({inside[0]}): a public feed may not lead "
                    "to an internal address"
                )
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused("Unix sockets are never connected to")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)

"""Where a URL really points: private networks are off limits to redirects from public feeds.

A feed the user configured on a private address (an intranet, localhost) is theirs to fetch; a
public feed that redirects there is a server-side request forgery attempt and is refused.
"""

import asyncio
import ipaddress
import socket

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_private(address: Address) -> bool:
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


async def resolve(host: str) -> list[Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return []
    return [ipaddress.ip_address(info[4][0]) for info in infos]


async def points_inside(host: str, public_hosts: frozenset[str] = frozenset()) -> bool:
    """True when any address of `host` is private, loopback, link-local or otherwise internal.

    `public_hosts` names hosts to treat as public whatever they resolve to: the tests' stand-in
    for the internet, which here can only live on loopback.
    """
    if host in public_hosts:
        return False
    return any(is_private(address) for address in await resolve(host))

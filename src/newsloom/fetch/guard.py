"""The address policy: Newsloom fetches only from the public internet unless told otherwise.

Feed and article URLs come from third parties, so a URL (or a redirect) pointing at
`http://169.254.169.254/` or a router on the LAN must not make Newsloom a proxy into the
network it runs in. The check is made on the addresses a host name *resolves to*, inside
aiohttp's resolver, so the address that is checked is the address that is connected to:
a name that resolves to a public address once and to 127.0.0.1 the next time (DNS
rebinding) is caught on the second lookup. aiohttp does not ask the resolver about IP
literals, so the fetcher checks those itself with `AddressPolicy.literal_refused`.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from typing import TYPE_CHECKING

from aiohttp.abc import AbstractResolver
from aiohttp.resolver import DefaultResolver

if TYPE_CHECKING:
    from aiohttp.abc import ResolveResult

IPAddress = IPv4Address | IPv6Address


class BlockedAddress(Exception):
    """A host resolved only to addresses the policy refuses.

    Deliberately not an OSError: aiohttp wraps OSErrors from the resolver into DNS errors,
    and a refusal must stay distinguishable from a lookup failure.
    """

    def __init__(self, host: str, addresses: list[str]) -> None:
        super().__init__(f"{host} resolves to {', '.join(addresses) or 'nothing'}, which is not public")
        self.host = host


class AddressPolicy:
    """Which destinations may be fetched: public addresses, plus the `allow_hosts` exemptions."""

    def __init__(self, allow_hosts: Iterable[str]) -> None:
        self._names: set[str] = set()
        self._networks: list[IPv4Network | IPv6Network] = []
        for entry in allow_hosts:
            entry = entry.strip()
            if not entry:
                continue
            try:
                self._networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self._names.add(_normal_name(entry))

    def name_allowed(self, host: str) -> bool:
        """True when the host name itself is listed in `allow_hosts`."""
        return _normal_name(host) in self._names

    def address_allowed(self, address: str | IPAddress) -> bool:
        """True for a public address, or one inside an allowed network."""
        ip = _parse(address) if isinstance(address, str) else address
        if ip is None:
            return False
        candidates = _judged_as(ip)
        if any(self._in_allowed_network(candidate) for candidate in candidates):
            return True
        return not any(_special(candidate) for candidate in candidates)

    def literal_refused(self, host: str) -> bool:
        """True when `host` is an IP literal the policy refuses (aiohttp skips the resolver for those)."""
        ip = _parse(host)
        if ip is None:
            return False
        return not (self.name_allowed(host) or self.address_allowed(ip))

    def _in_allowed_network(self, ip: IPAddress) -> bool:
        return any(ip.version == net.version and ip in net for net in self._networks)


class GuardedResolver(AbstractResolver):
    """aiohttp's own resolver, with every answer checked against the address policy.

    Refused addresses are dropped from the answer, so a name that resolves to a public and
    a private address is only ever connected to on the public one; a name left with no
    address raises `BlockedAddress`.
    """

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver | None = None) -> None:
        self._policy = policy
        self._inner = inner if inner is not None else DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if self._policy.name_allowed(host):
            return results
        kept = [result for result in results if self._policy.address_allowed(result["host"])]
        if not kept:
            raise BlockedAddress(host, [result["host"] for result in results])
        return kept

    async def close(self) -> None:
        await self._inner.close()


def _normal_name(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def _parse(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


def _judged_as(ip: IPAddress) -> list[IPAddress]:
    """The addresses that decide about `ip`: an IPv4-mapped address is its IPv4 address, and
    6to4 or Teredo addresses must pass together with the IPv4 address they lead to."""
    if not isinstance(ip, IPv6Address):
        return [ip]
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    found: list[IPAddress] = [ip]
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    return found


def _special(ip: IPAddress) -> bool:
    """Any address that is not plainly a public unicast one."""
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or (isinstance(ip, IPv6Address) and ip.is_site_local)
        or not ip.is_global
    )

"""Newsloom never becomes a way into the network it runs in: private destinations are refused."""

from __future__ import annotations

import socket
import time

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver

from newsloom.config import Settings
from newsloom.fetch import Fetcher
from newsloom.fetch.guard import AddressPolicy, BlockedAddress, GuardedResolver
from newsloom.model import FetchError, FetchReason, Page


class FakeDNS(AbstractResolver):
    """A resolver answering from a table, one answer list per lookup (the last one repeats)."""

    def __init__(self, table: dict[str, list[list[str]]]) -> None:
        self.table = {name: list(answers) for name, answers in table.items()}

    async def resolve(self, host, port=0, family=socket.AF_INET):  # type: ignore[no-untyped-def]
        answers = self.table.get(host)
        if not answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        addresses = answers.pop(0) if len(answers) > 1 else answers[0]
        return [
            {"hostname": host, "host": a, "port": port, "family": socket.AF_INET, "proto": 0, "flags": 0}
            for a in addresses
        ]

    async def close(self) -> None:
        pass


def redirect_to(location: str):
    async def handler(request: web.Request) -> web.Response:
        raise web.HTTPFound(location)

    return handler


@pytest.mark.parametrize("target", ["http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/"])
async def test_a_redirect_into_a_private_network_is_refused_without_connecting(serve, settings, target):
    site = await serve({"/": redirect_to(target)})
    async with Fetcher(settings.replace(connect_timeout_s=5.0)) as fetcher:
        started = time.monotonic()
        result = await fetcher.get(site("/"))
    assert isinstance(result, FetchError) and result.reason == FetchReason.BLOCKED_ADDRESS
    assert fetcher.requests_made == 1
    assert time.monotonic() - started < 1


async def test_loopback_is_refused_unless_allowed(serve):
    site = await serve({"/": redirect_to("/never")})
    async with Fetcher(Settings().replace(respect_robots=False)) as fetcher:
        results = [await fetcher.get(site("/")), await fetcher.get(f"http://[::ffff:127.0.0.1]:{site.url.port}/")]
    assert all(isinstance(r, FetchError) and r.reason == FetchReason.BLOCKED_ADDRESS for r in results)
    assert site.hits == []


@pytest.mark.parametrize("disguise", ["2130706433", "0x7f.0.0.1", "127.1", "017700000001"])
async def test_numeric_disguises_of_loopback_are_never_fetched(serve, disguise):
    site = await serve({})
    async with Fetcher(Settings().replace(respect_robots=False)) as fetcher:
        result = await fetcher.get(f"http://{disguise}:{site.url.port}/")
    assert isinstance(result, FetchError)
    assert result.reason in (FetchReason.BAD_URL, FetchReason.BLOCKED_ADDRESS)
    assert site.hits == []


async def test_a_name_resolving_to_loopback_is_refused_by_default(serve):
    async def hello(request: web.Request) -> web.Response:
        return web.Response(text="hello")

    site = await serve({"/": hello})
    url = f"http://localhost:{site.url.port}/"
    async with Fetcher(Settings().replace(respect_robots=False)) as fetcher:
        refused = await fetcher.get(url)
    async with Fetcher(Settings().replace(respect_robots=False, allow_hosts=("localhost",))) as fetcher:
        allowed = await fetcher.get(url)
    assert isinstance(refused, FetchError) and refused.reason == FetchReason.BLOCKED_ADDRESS
    assert isinstance(allowed, Page) and allowed.text == "hello"
    assert len(site.hits) == 1


async def test_names_are_checked_on_what_they_resolve_to(monkeypatch, settings):
    dns = FakeDNS({"intranet.example": [["10.1.2.3"]]})
    monkeypatch.setattr("newsloom.fetch.guard.DefaultResolver", lambda: dns)
    async with Fetcher(settings) as fetcher:
        private = await fetcher.get("http://intranet.example/")
        unknown = await fetcher.get("http://no-such-host.example/")
    assert isinstance(private, FetchError) and private.reason == FetchReason.BLOCKED_ADDRESS
    assert isinstance(unknown, FetchError) and unknown.reason == FetchReason.DNS


async def test_a_name_that_rebinds_to_a_private_address_is_caught_on_the_next_lookup():
    dns = FakeDNS({"news.example": [["93.184.216.34"], ["127.0.0.1"]]})
    resolver = GuardedResolver(AddressPolicy(()), inner=dns)
    first = await resolver.resolve("news.example", 80)
    assert [r["host"] for r in first] == ["93.184.216.34"]
    with pytest.raises(BlockedAddress):
        await resolver.resolve("news.example", 80)


async def test_a_mixed_answer_is_only_connected_to_on_its_public_addresses():
    dns = FakeDNS({"news.example": [["10.0.0.7", "93.184.216.34", "127.0.0.1"]]})
    resolver = GuardedResolver(AddressPolicy(()), inner=dns)
    assert [r["host"] for r in await resolver.resolve("news.example", 80)] == ["93.184.216.34"]


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
        "ff02::1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:a00:1::",
    ],
)
def test_private_and_special_addresses_are_refused(address):
    assert not AddressPolicy(()).address_allowed(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert AddressPolicy(()).address_allowed(address)


def test_allow_hosts_takes_names_addresses_and_networks():
    policy = AddressPolicy(("feeds.lan", "10.0.0.0/8", "192.168.1.5", "fd00::/8"))
    assert policy.name_allowed("FEEDS.lan.")
    assert policy.address_allowed("10.9.9.9") and policy.address_allowed("::ffff:10.9.9.9")
    assert policy.address_allowed("192.168.1.5") and not policy.address_allowed("192.168.1.6")
    assert policy.address_allowed("fd00::1") and not policy.address_allowed("::1")
    assert not policy.literal_refused("10.1.1.1") and policy.literal_refused("127.0.0.1")

"""Newsloom's settings: declared once here, with the text the documentation shows.

Values come from, in rising order of precedence: the defaults below, a `newsloom.toml`
file (in the working directory, or the path in `NEWSLOOM_CONFIG`), and `NEWSLOOM_<NAME>`
environment variables. Settings are passed into the stages that need them; no stage reads
the environment itself.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """A setting has a value Newsloom cannot use."""


def _setting(default: Any, doc: str, **kw: Any) -> Any:
    if isinstance(default, (list, dict, set)):
        return field(default_factory=lambda: type(default)(default), metadata={"doc": doc}, **kw)
    return field(default=default, metadata={"doc": doc}, **kw)


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path = _setting(Path(".newsloom"), "Directory for the SQLite database, caches and logs.")
    database_url: str = _setting(
        "",
        "SQLAlchemy URL of the database. Empty means SQLite at `<data_dir>/newsloom.db`; "
        "`postgresql+psycopg://user@host/db` uses PostgreSQL.",
    )
    default_sources: bool = _setting(True, "Load the packaged list of world-news feeds on `newsloom init`.")
    user_agent: str = _setting(
        "Newsloom/0.1 (+https://github.com/newsloom/newsloom)",
        "User-Agent sent with every request and matched against robots.txt.",
    )
    allow_hosts: tuple[str, ...] = _setting(
        (),
        "Hosts, IP addresses or CIDR networks that may be fetched even though they are private, "
        "loopback or link-local (comma-separated in the environment). Empty refuses them all.",
    )
    connect_timeout_s: float = _setting(10.0, "Seconds to wait for a connection to open.")
    read_timeout_s: float = _setting(20.0, "Seconds without receiving any data before a fetch is abandoned.")
    total_timeout_s: float = _setting(60.0, "Seconds a whole fetch, body included, may take.")
    max_body_bytes: int = _setting(10_000_000, "Largest response body accepted (counted while streaming, after decompression).")
    max_compression_ratio: float = _setting(
        100.0, "Largest ratio of decompressed to compressed bytes before a body is treated as a decompression bomb."
    )
    max_redirects: int = _setting(5, "Redirects followed per fetch; each hop is checked against the address policy.")
    host_delay_s: float = _setting(1.0, "Minimum seconds between the starts of two requests to the same host.")
    host_concurrency: int = _setting(2, "Most requests in flight to the same host at once.")
    total_concurrency: int = _setting(64, "Most requests in flight overall.")
    respect_robots: bool = _setting(True, "Obey robots.txt (and its Crawl-delay) for article and feed fetches.")
    robots_cache_s: float = _setting(86400.0, "Seconds a host's robots.txt is cached.")
    min_poll_interval_s: float = _setting(300.0, "Shortest interval between two polls of one channel.")
    max_poll_interval_s: float = _setting(86400.0, "Longest interval between two polls of one channel.")
    default_poll_interval_s: float = _setting(1800.0, "Poll interval of a new channel, before its publishing rate is known.")
    max_leads_per_poll: int = _setting(200, "Most leads taken from one poll of a channel (the newest first).")
    extract_workers: int = _setting(0, "Processes used for extraction; 0 means one per CPU core.")
    crawl_tick_s: float = _setting(15.0, "Seconds `newsloom run` sleeps between looking for due channels.")
    host: str = _setting("127.0.0.1", "Address the web site listens on.")
    port: int = _setting(8080, "Port the web site listens on.")
    page_size: int = _setting(30, "Articles per page on the site, the API and output feeds.")

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'newsloom.db').as_posix()}"

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def documented_settings() -> dict[str, str]:
    """Every setting's name and documentation, for the docs and the check that they stay in step."""
    return {f.name: f.metadata["doc"] for f in fields(Settings)}


def load_settings(env: dict[str, str] | None = None, toml_path: Path | None = None) -> Settings:
    """Build settings from defaults, then `newsloom.toml`, then `NEWSLOOM_*` variables."""
    env = dict(os.environ if env is None else env)
    values: dict[str, Any] = {}
    path = toml_path or Path(env.get("NEWSLOOM_CONFIG", "newsloom.toml"))
    if path.is_file():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
    for f in fields(Settings):
        key = f"NEWSLOOM_{f.name.upper()}"
        if key in env:
            values[f.name] = env[key]
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    return Settings(**{name: _coerce(known[name], value) for name, value in values.items()})


def _coerce(f: dataclasses.Field, value: Any) -> Any:
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    try:
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "Path":
            return Path(value)
        if kind.startswith("tuple"):
            items = value if isinstance(value, (list, tuple)) else str(value).split(",")
            return tuple(str(item).strip() for item in items if str(item).strip())
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {f.name}: cannot use {value!r} as {kind}") from exc

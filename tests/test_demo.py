"""`make demo`: the whole system, offline, shows every simulated outlet's articles within 30 s."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def test_demo_serves_every_simulated_outlet_within_30_seconds(tmp_path):
    port = _free_port()
    env = {**os.environ, "NEWSLOOM_DATA_DIR": str(tmp_path), "NEWSLOOM_CONFIG": str(tmp_path / "none.toml")}
    demo = subprocess.Popen([sys.executable, "-m", "newsloom.cli", "demo", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        outlets, with_articles = None, set()
        while time.monotonic() < deadline:
            time.sleep(1)
            try:
                sources = _get(f"http://127.0.0.1:{port}/api/v1/sources")
            except OSError:
                continue
            outlets = {s["name"] for s in sources}
            with_articles = {s["name"] for s in sources if s["article_count"] > 0}
            if outlets and with_articles == outlets:
                break
        assert outlets and with_articles == outlets, f"outlets without articles: {outlets and outlets - with_articles}"
        home = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
        assert "Newsloom" in home and "/articles/" in home
    finally:
        os.killpg(demo.pid, signal.SIGINT)
        try:
            demo.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(demo.pid, signal.SIGKILL)
            output = demo.stdout.read().decode(errors="replace")[-3000:]
            raise AssertionError(f"the demo did not stop on Ctrl-C; its output:\n{output}")

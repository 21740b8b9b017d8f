"""`dateline serve`: its help, its refusal of a bad token file or a missing database, and a real
server answering on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.serve.sample import records

pytest.importorskip("uvicorn")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True, text=True, timeout=120, check=False)


def test_help() -> None:
    result = run("serve", "--help")
    assert result.returncode == 0
    assert "--token-file" in result.stdout and "127.0.0.1" in result.stdout


def test_missing_database_and_bad_token_file(tmp_path) -> None:
    result = run("serve", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2 and "E301" in result.stderr
    from dateline.store import open_store

    open_store(tmp_path / "s.db").close()
    (tmp_path / "token").write_text("short\n")
    result = run("serve", "--db", str(tmp_path / "s.db"), "--token-file", str(tmp_path / "token"))
    assert result.returncode == 2 and "E509" in result.stderr and "Traceback" not in result.stderr


def test_serves_on_loopback(tmp_path) -> None:
    from dateline.store import open_store

    with open_store(tmp_path / "s.db") as store:
        store.write(records()[0])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(tmp_path / "s.db"), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        body = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as response:
                    body = response.read().decode()
            except OSError:
                time.sleep(0.3)
        assert body is not None and '"articles":1' in body
    finally:
        process.terminate()
        process.wait(timeout=20)

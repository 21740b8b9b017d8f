"""Shared fixtures: the real pipeline (loaded once), hand-made Docs, and the gold data."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import EvalDataError

SEED = "seed/000_69507c40d49164b4.txt"


@pytest.fixture(scope="session")
def nlp():
    """dateline's full pipeline on the real English model (end-to-end tests)."""
    from dateline.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def bare_nlp():
    """The English model alone, for tests that build Docs with a parse but no dateline parts."""
    from dateline.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def gold():
    """The gold folder (../shared/eval); tests that need it skip with a message when absent."""
    from dateline.evaluation.common import gold_root

    try:
        return gold_root()
    except EvalDataError as error:
        pytest.skip(f"gold data absent: {error}")


@pytest.fixture(scope="session")
def seed_path(gold) -> Path:
    path = gold.parent / SEED
    if not path.exists():
        pytest.skip(f"seed article absent at {path}")
    return path


@pytest.fixture(scope="session")
def postgres_url():
    """A real PostgreSQL server on loopback for this test session (skips if not installed)."""
    from tests.postgres import PostgresServer, find_binaries

    bindir = find_binaries()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not installed (scripts/test.sh installs Debian's postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[dev]')")
    server = PostgresServer(bindir)
    url = server.start()
    yield url
    server.stop()

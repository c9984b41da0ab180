"""Shared fixtures: a real PostgreSQL (the private cluster, or ENVOY_TEST_DATABASE_URL's server),
fresh warehouse databases, and the shared corpora beside the checkout."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("ENVOY_SHARED_DIR", PROJECT_DIR.parent / "shared"))
SEED = PROJECT_DIR / "seeds" / "articles" / "000_8899a6e04dc6c744.txt"

# Airflow reads its configuration at import: point it at a throwaway home before any test imports it.
os.environ.setdefault("AIRFLOW_HOME", str(PROJECT_DIR / ".envoy" / "test-airflow-home"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(PROJECT_DIR / "dags"))
os.environ.setdefault("AIRFLOW__CORE__PLUGINS_FOLDER", str(PROJECT_DIR / "plugins"))


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (set ENVOY_SHARED_DIR to the shared/ folder)")
    return path


@pytest.fixture(scope="session")
def pg_server() -> str:
    """URL of a maintenance database on a running server: ENVOY_TEST_DATABASE_URL, else the
    project's private cluster (started here if needed)."""
    from envoy.db import LocalCluster

    url = os.environ.get("ENVOY_TEST_DATABASE_URL")
    if url:
        return url
    return LocalCluster().start().rsplit("/", 1)[0] + "/postgres"


_db_numbers = itertools.count()


@pytest.fixture
def fresh_warehouse(pg_server) -> str:
    """URL of a new, migrated warehouse database, dropped after the test."""
    from envoy import db

    name = f"envoy_test_{os.getpid()}_{next(_db_numbers)}"
    db.drop_database(pg_server, name)
    db.create_database(pg_server, name)
    url = urlsplit(pg_server)._replace(path=f"/{name}").geturl()
    db.migrate(url)
    yield url
    db.drop_database(pg_server, name)


@pytest.fixture
def warehouse_conn(fresh_warehouse):
    import psycopg2

    conn = psycopg2.connect(fresh_warehouse)
    yield conn
    conn.close()

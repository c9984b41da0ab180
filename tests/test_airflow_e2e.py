"""End to end through Airflow: `airflow dags test` runs envoy_daily against a real warehouse."""

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import psycopg2
import pytest
from conftest import SEED
from envoy import db
from envoy.stack import airflow_env

pytestmark = [pytest.mark.db, pytest.mark.airflow]
AIRFLOW = str(Path(sys.executable).parent / "airflow")
# The run whose data interval is the day 2020-12-09: a manual run infers the latest complete
# interval before its logical date.
SEED_RUN_DATE = "2020-12-10"
FACT_TABLES = ["articles", "officials", "official_aliases", "official_titles", "trips", "meetings",
               "meeting_participants", "temporal_expressions", "evidence"]


@pytest.fixture(scope="module")
def metadata_env(pg_server, tmp_path_factory):
    """Environment for the airflow CLI with a metadata database of its own."""
    name = f"airflow_test_{os.getpid()}"
    db.drop_database(pg_server, name)
    db.create_database(pg_server, name)
    meta_url = urlsplit(pg_server)._replace(scheme="postgresql+psycopg2", path=f"/{name}").geturl()
    env = {**os.environ, "AIRFLOW_HOME": str(tmp_path_factory.mktemp("airflow-home")),
           "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": meta_url}
    subprocess.run([AIRFLOW, "db", "migrate"], env=airflow_env(env), check=True, capture_output=True)
    yield env
    db.drop_database(pg_server, name)


def run_dag(metadata_env, warehouse_url, conf=None) -> subprocess.CompletedProcess:
    env = airflow_env({**metadata_env, "ENVOY_DATABASE_URL": warehouse_url, "ENVOY_TASK_RETRIES": "0"})
    args = [AIRFLOW, "dags", "test", "envoy_daily", SEED_RUN_DATE]
    if conf:
        args += ["-c", json.dumps(conf)]
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)


def snapshot(url) -> dict:
    with psycopg2.connect(url) as conn, conn.cursor() as cur:
        out = {}
        for table in FACT_TABLES:
            cur.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
            out[table] = cur.fetchall()
        return out


def query(url, sql):
    with psycopg2.connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


def test_daily_run_loads_the_seed_and_a_rerun_changes_nothing(metadata_env, fresh_warehouse):
    first = run_dag(metadata_env, fresh_warehouse)
    assert "state=success" in first.stdout + first.stderr, first.stdout[-3000:] + first.stderr[-3000:]
    assert query(fresh_warehouse, "SELECT article_key, published_date::text FROM articles") == [
        ("seeds:000_8899a6e04dc6c744.txt", "2020-12-09")]
    assert query(fresh_warehouse, """
        SELECT traveler, destination_country, start_date::text, end_date::text FROM trip_overview""") == [
        ("Stephen Biegun", "KR", "2020-12-08", "2020-12-11")]
    assert query(fresh_warehouse, "SELECT count(*) FROM meetings")[0][0] >= 5
    assert query(fresh_warehouse, """
        SELECT data_interval_start::date::text, data_interval_end::date::text, status
        FROM pipeline_runs""") == [("2020-12-09", "2020-12-10", "succeeded")]

    before = snapshot(fresh_warehouse)
    second = run_dag(metadata_env, fresh_warehouse)
    assert "state=success" in second.stdout + second.stderr
    assert snapshot(fresh_warehouse) == before
    assert query(fresh_warehouse, "SELECT count(*) FROM pipeline_runs")[0][0] == 2


def test_bad_files_are_rejected_and_the_rest_still_loads(metadata_env, fresh_warehouse, tmp_path):
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "no_date.txt").write_text("Biegun arrived here Tuesday.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes(" date 2020-12-09 Jos\xe9 met Biegun.".encode("latin-1"))
    result = run_dag(metadata_env, fresh_warehouse, {"seeds_dir": str(tmp_path)})
    log = result.stdout + result.stderr
    assert "state=success" in log, log[-3000:]
    assert query(fresh_warehouse, "SELECT article_key, reason FROM article_rejections ORDER BY 1") == [
        ("seeds:empty.txt", "empty file"),
        ("seeds:latin1.txt", "not valid UTF-8 (byte 20)"),
        ("seeds:no_date.txt", "no ' date YYYY-MM-DD ' header"),
    ]
    for name in ("empty.txt", "latin1.txt", "no_date.txt"):
        assert f"rejected seeds:{name}" in log
    assert query(fresh_warehouse, "SELECT count(*) FROM trips")[0][0] == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_scheduler_starts_without_plugin_errors(metadata_env):
    """Airflow's plugin loader imports every .py under plugins/ as a module of its own; without
    plugins/.airflowignore it would run envoy/__main__.py and the scheduler would exit at start."""
    env = airflow_env({**metadata_env, "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(_free_port())})
    scheduler = subprocess.Popen([AIRFLOW, "scheduler"], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True, start_new_session=True)
    startup = []
    try:
        for line in scheduler.stdout:  # the scheduler logs this once its loop runs
            startup.append(line)
            if "Adopting or resetting orphaned tasks" in line:
                break
        assert scheduler.poll() is None, "".join(startup)[-3000:]
    finally:  # what matters is the start; a slow shutdown is not this test's business
        os.killpg(scheduler.pid, signal.SIGTERM)
        try:
            scheduler.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(scheduler.pid, signal.SIGKILL)
            scheduler.communicate()
    text = "".join(startup)
    assert "Starting the scheduler" in text
    assert "plugin" not in text.lower(), text[-3000:]

"""The environment Airflow runs in for this project: folders, metadata DB, warehouse connection."""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

from envoy.db import AIRFLOW_DB, PROJECT_DIR, STATE_DIR, WAREHOUSE_DB, LocalCluster

WAREHOUSE_CONN_ID = "envoy_warehouse"


def airflow_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """`base` (default os.environ) plus envoy's Airflow settings, where base doesn't set them."""
    env = dict(os.environ if base is None else base)
    configured = env.get("ENVOY_DATABASE_URL")
    defaults = {
        "AIRFLOW_HOME": str(STATE_DIR / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_DIR / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_DIR / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        # 2-core machines: the default 32 forks 32 idle workers.
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": _metadata_url(configured),
        f"AIRFLOW_CONN_{WAREHOUSE_CONN_ID.upper()}": _airflow_conn_json(
            configured or LocalCluster().url(WAREHOUSE_DB)),
    }
    for key, value in defaults.items():
        env.setdefault(key, value)
    return env


def _metadata_url(configured: str | None) -> str:
    """Airflow's metadata DB: a database of its own beside the warehouse, never the warehouse."""
    if configured:
        parts = urlsplit(configured)
        return parts._replace(scheme="postgresql+psycopg2", path=f"/{AIRFLOW_DB}").geturl()
    return LocalCluster().url(AIRFLOW_DB).replace("postgresql://", "postgresql+psycopg2://", 1)


def _airflow_conn_json(url: str) -> str:
    parts = urlsplit(url)
    return json.dumps({
        "conn_type": "postgres", "host": parts.hostname, "port": parts.port or 5432,
        "login": parts.username, "password": parts.password, "schema": parts.path.lstrip("/"),
    })

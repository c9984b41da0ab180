"""envoy_daily: the day's articles -> spaCy extraction -> dates resolved -> warehouse -> quality check.

Each run handles the articles published in its data interval (one UTC calendar day). Business logic
lives in the Airflow-free `envoy` package; these tasks only wire it and pass ids and counts.
"""

from __future__ import annotations

import os
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pendulum
from airflow.sdk import Connection, CronDataIntervalTimetable, Param, dag, task

DAG_ID = Path(__file__).stem
WAREHOUSE_CONN_ID = "envoy_warehouse"
# Tests set 0 so that a broken task fails at once instead of after the retry delays.
TASK_RETRIES = int(os.environ.get("ENVOY_TASK_RETRIES", "2"))
SEEDS_DIR = os.environ.get("ENVOY_SEEDS_DIR", str(Path(__file__).parents[1] / "seeds" / "articles"))


def _warehouse():
    """psycopg2 connection to the warehouse: the Airflow connection, else envoy's own default."""
    import psycopg2
    from airflow.exceptions import AirflowNotFoundException
    from envoy.db import warehouse_url

    try:
        conn = Connection.get(WAREHOUSE_CONN_ID)
    except AirflowNotFoundException:
        return closing(psycopg2.connect(warehouse_url()))
    return closing(psycopg2.connect(host=conn.host, port=conn.port or 5432, user=conn.login,
                                    password=conn.password, dbname=conn.schema))


def _record_failure(context) -> None:
    """A task failed after its retries: mark the run failed in the warehouse's run log."""
    from envoy import pipeline

    with _warehouse() as conn:
        pipeline.mark_run_failed(conn, context["dag_run"].run_id)


@dag(
    dag_id=DAG_ID,
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2020, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=2,
    default_args={
        "retries": TASK_RETRIES,
        "retry_delay": timedelta(minutes=2),
        "on_failure_callback": _record_failure,
    },
    params={"seeds_dir": Param(SEEDS_DIR, type="string", description="folder of seed articles")},
    tags=["envoy", "ingest"],
    doc_md=__doc__,
)
def envoy_daily():
    @task
    def collect_articles(data_interval_start=None, data_interval_end=None, dag_run=None,
                         params=None) -> dict:
        from envoy import pipeline

        if data_interval_start is None or data_interval_end is None:
            raise ValueError("this run has no data interval; trigger it with a logical date")
        with _warehouse() as conn:
            run = pipeline.start_run(conn, dag_run.dag_id, dag_run.run_id,
                                     data_interval_start, data_interval_end)
            batch = pipeline.collect_articles(conn, run, Path(params["seeds_dir"]),
                                              data_interval_start, data_interval_end)
        return {"run": run, **batch}

    @task
    def extract_entities(batch: dict) -> dict:
        from envoy import pipeline

        with _warehouse() as conn:
            outcome = pipeline.analyze_articles(conn, batch["article_ids"])
        return {**batch, "extraction_failed": outcome["failed"]}

    @task
    def normalize_dates(batch: dict) -> dict:
        from envoy import pipeline

        with _warehouse() as conn:
            outcome = pipeline.resolve_dates(conn, batch["article_ids"])
        return {**batch, "extraction_failed": batch["extraction_failed"] + outcome["failed"]}

    @task
    def load_warehouse(batch: dict) -> dict:
        from envoy import pipeline

        with _warehouse() as conn:
            counts = pipeline.load_facts(conn, batch["run"], batch["article_ids"])
        return {"run": batch["run"], "articles": len(batch["article_ids"]), "rejected": batch["rejected"],
                "extraction_failed": batch["extraction_failed"], **counts}

    @task
    def check_quality(counts: dict) -> dict:
        from envoy import pipeline

        with _warehouse() as conn:
            return pipeline.check_quality(conn, counts["run"], counts)

    check_quality(load_warehouse(normalize_dates(extract_entities(collect_articles()))))


envoy_daily()

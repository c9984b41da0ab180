"""DAG integrity and plugin hygiene: what the scheduler sees when it parses dags/ and plugins/."""

import ast
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
APPROVED_TAGS = {"envoy", "ingest"}


@pytest.fixture(scope="module")
def dagbag():
    try:
        from airflow.dag_processing.dagbag import DagBag
    except ImportError:  # Airflow < 3.1
        from airflow.models import DagBag
    return DagBag(dag_folder=str(PROJECT_DIR / "dags"))


def test_dags_import_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) == {"envoy_daily"}


def test_envoy_daily_has_one_day_data_intervals_and_no_catchup(dagbag):
    from airflow.sdk import CronDataIntervalTimetable

    dag = dagbag.dags["envoy_daily"]
    assert isinstance(dag.timetable, CronDataIntervalTimetable)
    assert dag.timetable.expression == "0 0 * * *"
    assert dag.catchup is False
    assert set(dag.tags) <= APPROVED_TAGS
    assert all(t.retries >= 2 for t in dag.tasks)
    assert all(t.on_failure_callback for t in dag.tasks), "failed runs must be closed in pipeline_runs"
    assert [t.task_id for t in dag.topological_sort()] == [
        "collect_articles", "extract_entities", "normalize_dates", "load_warehouse", "check_quality"]


def test_task_code_never_reads_the_clock():
    """Time comes from the run's data interval: no now()/today()/time() calls in DAG or package code
    (SQL column defaults that record when a row was written are not task logic)."""
    clock_calls = []
    for path in [PROJECT_DIR / "dags" / "envoy_daily.py", *(PROJECT_DIR / "plugins" / "envoy").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                if name in {"now", "today", "utcnow", "time", "monotonic"}:
                    clock_calls.append(f"{path.name}:{node.lineno}")
    assert clock_calls == []


def test_plugin_loader_skips_the_envoy_package():
    from airflow._shared.module_loading import find_path_from_directory

    plugins = PROJECT_DIR / "plugins"
    seen = [Path(p) for p in find_path_from_directory(str(plugins), ".airflowignore", "glob")]
    assert not [p for p in seen if p.suffix == ".py"], "plugins/.airflowignore must hide envoy/"


def test_airflow_loads_plugins_without_errors():
    from airflow import plugins_manager

    assert plugins_manager.get_import_errors() == {}

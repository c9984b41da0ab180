"""The pipeline's stages as plain functions: each task of the DAG calls one of these.

Each stage is one transaction over the run's articles and is safe to repeat: articles and facts are
upserted on natural keys, staging rows are overwritten. Only ids and counts go back to Airflow.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from psycopg2.extras import Json

from envoy import EXTRACTOR_VERSION
from envoy.loading import load_article
from envoy.sources import Article, Rejection, scan_seed_folder

log = logging.getLogger(__name__)


class QualityError(RuntimeError):
    """The loaded data broke a data-quality rule."""


def days_in_interval(start: datetime, end: datetime) -> tuple[date, date]:
    """First and last calendar day (UTC) of a data interval [start, end)."""
    first = start.astimezone(UTC).date()
    last = (end.astimezone(UTC) - timedelta(microseconds=1)).date()
    return first, last


def start_run(conn, dag_id: str, run_id: str, start: datetime, end: datetime) -> int:
    with conn, conn.cursor() as cur:
        cur.execute("""
            INSERT INTO pipeline_runs (dag_id, run_id, data_interval_start, data_interval_end,
                                       extractor_version)
            VALUES (%s, %s, %s, %s, %s) RETURNING id""",
            (dag_id, run_id, start, end, EXTRACTOR_VERSION))
        return cur.fetchone()[0]


def mark_run_failed(conn, airflow_run_id: str) -> int:
    """Close the run log rows of a DAG run whose task failed for good; returns how many."""
    with conn, conn.cursor() as cur:
        cur.execute("""
            UPDATE pipeline_runs SET status = 'failed', finished_at = now()
            WHERE run_id = %s AND status = 'running'""", (airflow_run_id,))
        return cur.rowcount


def collect_articles(conn, run: int, folder: Path, start: datetime, end: datetime) -> dict:
    """Store the folder's articles published in the interval; record unusable files as rejected."""
    first, last = days_in_interval(start, end)
    article_ids, rejected = [], 0
    with conn, conn.cursor() as cur:
        for item in scan_seed_folder(folder):
            if isinstance(item, Rejection):
                log.warning("rejected %s: %s", item.key, item.reason)
                _record_rejection(cur, run, item)
                rejected += 1
            elif first <= item.published <= last:
                article_ids.append(_upsert_article(cur, run, item))
        if article_ids:
            cur.execute("INSERT INTO run_articles (run_id, article_id) SELECT %s, unnest(%s::bigint[])"
                        " ON CONFLICT DO NOTHING", (run, article_ids))
    log.info("collected %d articles published %s..%s, rejected %d files", len(article_ids),
             first, last, rejected)
    return {"article_ids": article_ids, "rejected": rejected}


def _upsert_article(cur, run: int, article: Article) -> int:
    cur.execute("""
        INSERT INTO articles (article_key, source, url, title, author, published_date, body,
                              body_start, content_sha256, first_run_id)
        VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
        ON CONFLICT (article_key) DO UPDATE SET
            source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title,
            author = EXCLUDED.author, published_date = EXCLUDED.published_date,
            body = EXCLUDED.body, body_start = EXCLUDED.body_start,
            content_sha256 = EXCLUDED.content_sha256
        RETURNING id""", (
        article.key, article.source, article.url, article.title, article.author,
        article.published, article.text, article.body_start, article.content_sha256, run))
    return cur.fetchone()[0]


def _record_rejection(cur, run: int, item: Rejection) -> None:
    cur.execute("""
        INSERT INTO article_rejections (article_key, source, content_sha256, reason, first_run_id,
                                        last_run_id)
        VALUES (%s, %s, %s, %s, %s, %s)
        ON CONFLICT (article_key, content_sha256) DO UPDATE SET
            reason = EXCLUDED.reason, last_run_id = EXCLUDED.last_run_id""",
        (item.key, item.source, item.content_sha256, item.reason, run, run))


def analyze_articles(conn, article_ids: list[int]) -> dict:
    """spaCy stage: stage each article's analysis (entities, relations, unresolved timexes). An
    article that fails is recorded with its error and skipped; the others go on."""
    from envoy.enrich import analyze

    failed = 0
    with conn, conn.cursor() as cur:
        cur.execute("""
            SELECT id, body, body_start, published_date FROM articles WHERE id = ANY(%s) ORDER BY id""",
            (article_ids,))
        for article_id, body, body_start, published in cur.fetchall():
            analysis, error = _attempt(article_id, analyze, body, body_start=body_start, published=published)
            failed += error is not None
            cur.execute("""
                INSERT INTO article_analyses (article_id, extractor_version, analysis, resolved, error)
                VALUES (%s, %s, %s, NULL, %s)
                ON CONFLICT (article_id) DO UPDATE SET
                    extractor_version = EXCLUDED.extractor_version, analysis = EXCLUDED.analysis,
                    resolved = NULL, error = EXCLUDED.error, updated_at = now()""",
                (article_id, EXTRACTOR_VERSION, Json(analysis) if analysis else None, error))
    return {"analysed": len(article_ids) - failed, "failed": failed}


def resolve_dates(conn, article_ids: list[int]) -> dict:
    """Date stage: resolve every temporal expression and fact date against the publication date."""
    from envoy.enrich import resolve

    failed = 0
    with conn, conn.cursor() as cur:
        cur.execute("""
            SELECT a.id, a.published_date, s.analysis FROM articles a
            JOIN article_analyses s ON s.article_id = a.id
            WHERE a.id = ANY(%s) AND s.error IS NULL""", (article_ids,))
        analysed = cur.fetchall()
        for article_id, published, analysis in analysed:
            resolved, error = _attempt(article_id, resolve, analysis, published)
            failed += error is not None
            cur.execute("UPDATE article_analyses SET resolved = %s, error = %s WHERE article_id = %s",
                        (Json(resolved) if resolved else None, error, article_id))
    return {"resolved": len(analysed) - failed, "failed": failed}


def _attempt(article_id: int, stage, *args, **kwargs) -> tuple[object, str | None]:
    """(result, None), or (None, the error) when the stage fails on this article."""
    try:
        return stage(*args, **kwargs), None
    except Exception as exc:  # one article's failure must not cost the others
        log.exception("article %s: %s failed", article_id, stage.__name__)
        return None, f"{stage.__name__}: {type(exc).__name__}: {exc}"


def load_facts(conn, run: int, article_ids: list[int]) -> dict:
    """Load stage: upsert officials, trips, meetings, timexes and evidence, all in one transaction."""
    totals: Counter = Counter()
    with conn, conn.cursor() as cur:
        cur.execute("""
            SELECT a.id, a.body, s.resolved FROM articles a
            JOIN article_analyses s ON s.article_id = a.id
            WHERE a.id = ANY(%s) AND s.error IS NULL ORDER BY a.id""", (article_ids,))
        for article_id, body, resolved in cur.fetchall():
            if resolved is None:
                raise RuntimeError(f"article {article_id} has no resolved extraction: run resolve_dates")
            result = load_article(cur, article_id, body, resolved, run, EXTRACTOR_VERSION)
            totals.update(officials=result.officials, trips=result.trips, meetings=result.meetings,
                          timexes=result.timexes, evidence=result.evidence,
                          dropped=len(result.dropped))
    log.info("loaded %s", dict(totals))
    return dict(totals)


QUALITY_CHECKS = {
    "evidence quotes match their article": """
        SELECT count(*) FROM evidence e JOIN articles a ON a.id = e.article_id
        WHERE e.end_char > length(a.body)
           OR substr(a.body, e.start_char + 1, e.end_char - e.start_char) <> e.quote""",
    "every trip has evidence": """
        SELECT count(*) FROM trips t WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.trip_id = t.id)""",
    "every meeting has evidence": """
        SELECT count(*) FROM meetings m
        WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.meeting_id = m.id)""",
    "every meeting has two or more participants": """
        SELECT count(*) FROM meetings m
        WHERE (SELECT count(*) FROM meeting_participants p WHERE p.meeting_id = m.id) < 2""",
    "every collected article was resolved or has its error recorded": """
        SELECT count(*) FROM run_articles r
        LEFT JOIN article_analyses s ON s.article_id = r.article_id
        WHERE r.run_id = %(run)s AND s.resolved IS NULL AND s.error IS NULL""",
}


def check_quality(conn, run: int, counts: dict) -> dict:
    """Run the data-quality checks; record the run as succeeded or raise QualityError."""
    with conn, conn.cursor() as cur:
        failures = {}
        for name, query in QUALITY_CHECKS.items():
            cur.execute(query, {"run": run})
            bad = cur.fetchone()[0]
            if bad:
                failures[name] = bad
        status = "failed" if failures else "succeeded"
        cur.execute("""
            UPDATE pipeline_runs SET status = %s, finished_at = now(), counts = %s WHERE id = %s""",
            (status, Json({**counts, "quality_failures": failures}), run))
    if failures:
        raise QualityError(f"data-quality checks failed: {failures}")
    return {"checks": len(QUALITY_CHECKS), "failed": 0}


"""The pipeline stages in-process against a real warehouse: one article's failure costs only it."""

from datetime import UTC, datetime

import pytest
from envoy import enrich, pipeline

pytestmark = pytest.mark.db
START, END = datetime(2021, 5, 25, tzinfo=UTC), datetime(2021, 5, 26, tzinfo=UTC)


def test_an_article_that_breaks_extraction_is_recorded_and_the_rest_loads(warehouse_conn, tmp_path,
                                                                         monkeypatch):
    (tmp_path / "good.txt").write_text(
        " date 2021-05-25 Secretary of State Antony J. Blinken met Israeli Prime Minister Benjamin "
        "Netanyahu in Jerusalem today.", encoding="utf-8")
    (tmp_path / "breaks.txt").write_text(" date 2021-05-25 An article the extractor chokes on.",
                                         encoding="utf-8")
    real_analyze = enrich.analyze

    def analyze(text, body_start=0, published=None):
        if "chokes" in text:
            raise ValueError("simulated extractor bug")
        return real_analyze(text, body_start, published)

    monkeypatch.setattr(enrich, "analyze", analyze)
    run = pipeline.start_run(warehouse_conn, "test", "run", START, END)
    batch = pipeline.collect_articles(warehouse_conn, run, tmp_path, START, END)
    assert pipeline.analyze_articles(warehouse_conn, batch["article_ids"]) == {"analysed": 1, "failed": 1}
    assert pipeline.resolve_dates(warehouse_conn, batch["article_ids"]) == {"resolved": 1, "failed": 0}
    counts = pipeline.load_facts(warehouse_conn, run, batch["article_ids"])
    assert counts["meetings"] == 1
    assert pipeline.check_quality(warehouse_conn, run, counts)["failed"] == 0
    with warehouse_conn.cursor() as cur:
        cur.execute("""SELECT a.article_key, s.error FROM article_analyses s
                       JOIN articles a ON a.id = s.article_id ORDER BY 1""")
        assert cur.fetchall() == [("seeds:breaks.txt", "analyze: ValueError: simulated extractor bug"),
                                  ("seeds:good.txt", None)]

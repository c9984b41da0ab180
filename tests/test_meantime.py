"""The temporal tagger scored on MEANTIME-en with the shared scorer: a floor, not a target.

HeidelTime 2.2.1 on the same files: TE3 value F1 73.5, DATE value accuracy 87.1 (issue 3).
"""

import pytest
from conftest import shared_path
from envoy import eval_dates

VALUE_F1_FLOOR = 0.785  # HeidelTime + 5 points
DATE_VALUE_ACC_FLOOR = 0.90


def _shared():
    shared_path(*eval_dates.SCORER)
    return shared_path(*eval_dates.MEANTIME).parents[2]


@pytest.fixture(scope="module")
def envoy_score():
    from envoy.nlp import load_nlp

    shared = _shared()
    records = eval_dates.tag_documents(eval_dates.load_meantime(shared), load_nlp())
    return eval_dates.score_records(shared, records)


def test_value_f1_beats_heideltime_by_five_points(envoy_score):
    assert envoy_score["te3_value_F1"] >= VALUE_F1_FLOOR, eval_dates.summary_line("envoy", envoy_score)


def test_date_value_accuracy(envoy_score):
    date_acc = envoy_score["per_type"]["DATE"]["value_acc"]
    assert date_acc >= DATE_VALUE_ACC_FLOOR, eval_dates.summary_line("envoy", envoy_score)


def test_every_document_scored(envoy_score):
    assert envoy_score["missing_docs"] == [] and envoy_score["stale_docs"] == []
    assert envoy_score["n_gold"] == 368


def test_heideltime_baseline_reproduces():
    shared = _shared()
    res, _ = eval_dates.score(shared, shared_path(*eval_dates.HEIDELTIME))
    assert round(100 * res["te3_value_F1"], 1) == 73.5
    assert round(100 * res["relaxed"]["F1"], 2) == 85.88


def test_missing_shared_folder_is_a_clear_error(tmp_path, capsys):
    assert eval_dates.main(["--shared", str(tmp_path / "nowhere")]) == 2
    assert "not found" in capsys.readouterr().err

"""Quality floor on the dev corpus and the seed (../shared), scored by `envoy eval`'s code with the
shared scorer: fails if extraction quality drops below what it reaches now. Issue 4's targets
(strict F1 officials >= 0.90, trips >= 0.80, meetings >= 0.80) are above the trip and meeting
floors; raise the floors as quality rises."""

from conftest import shared_path
from envoy.eval_extraction import dev_inputs, extract_all, load_scorer, score, seed_inputs

DEV_FLOORS = {"officials.strict": 0.90, "trips.strict": 0.90, "meetings.strict": 0.95}


def test_dev_corpus_strict_f1_stays_above_the_floors(tmp_path):
    shared = shared_path("corpus", "dev").parents[1]
    extract_all(dev_inputs(shared), tmp_path)
    _, figures = score(load_scorer(shared), shared / "corpus" / "dev", tmp_path)
    assert all(figures[k] >= floor for k, floor in DEV_FLOORS.items()), figures


def test_seed_is_exact(tmp_path):
    shared = shared_path("seeds").parent
    extract_all(seed_inputs(shared), tmp_path)
    _, figures = score(load_scorer(shared), shared / "seeds", tmp_path)
    assert figures == dict.fromkeys(figures, 1.0)

"""`envoy eval-dates`: score the temporal tagger on MEANTIME-en, and benchmark its cost.

    envoy eval-dates [--shared DIR] [--out FILE] [--errors N]   # envoy on MEANTIME
    envoy eval-dates --check-heideltime                          # the HeidelTime 2.2.1 baseline
    envoy eval-dates --bench [--repeats N]                       # overhead over the spaCy pipeline

Scoring is the shared scorer (`shared/tools/temporal/score_timexes.py`), run as a subprocess so
that envoy's figures and the baseline's come from the same definitions.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import envoy

MEANTIME = ("data", "meantime-en", "meantime-en.jsonl")
HEIDELTIME = ("data", "meantime-en", "heideltime-2.2.1-output.jsonl")
SCORER = ("tools", "temporal", "score_timexes.py")
DEV_CORPUS = ("corpus", "dev")


class SharedDataMissing(Exception):
    """The shared/ folder (or a file in it) is not where we looked."""


def shared_dir(override: str | None = None) -> Path:
    """--shared, else ENVOY_SHARED_DIR, else the checkout's sibling folder shared/."""
    if override:
        return Path(override)
    if env := os.environ.get("ENVOY_SHARED_DIR"):
        return Path(env)
    return Path(envoy.__file__).resolve().parents[2].parent / "shared"


def _need(shared: Path, parts: tuple[str, ...]) -> Path:
    path = shared.joinpath(*parts)
    if not path.exists():
        raise SharedDataMissing(f"not found: {path} (pass --shared DIR or set ENVOY_SHARED_DIR)")
    return path


def load_meantime(shared: Path) -> list[dict]:
    with _need(shared, MEANTIME).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def tag_documents(docs: list[dict], nlp=None) -> list[dict]:
    """envoy's timexes for each MEANTIME document, in the scorer's system format."""
    from envoy.dates import normalize_timexes
    from envoy.nlp import load_nlp
    from envoy.temporal import find_timexes

    nlp = nlp or load_nlp()
    texts = [d["text"] for d in docs]
    out = []
    for doc, parsed in zip(docs, nlp.pipe(texts), strict=True):
        timexes = normalize_timexes(find_timexes(parsed), date.fromisoformat(doc["dct"]))
        out.append({"doc_id": doc["doc_id"], "timexes": [
            {k: t[k] for k in ("start", "end", "type", "value", "text")} for t in timexes]})
    return out


def write_jsonl(records: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def score(shared: Path, system_jsonl: Path, errors: int = 0) -> tuple[dict, str]:
    """(full results, printed table) of the shared scorer on a system JSONL."""
    scorer = _need(shared, SCORER)
    with tempfile.TemporaryDirectory() as tmp:
        result_path = Path(tmp) / "score.json"
        proc = subprocess.run(
            [sys.executable, str(scorer), "--corpus", "meantime", str(system_jsonl),
             "--json", str(result_path), "--errors", str(errors)],
            capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"scorer failed ({proc.returncode}): {proc.stderr.strip()}")
        return json.loads(result_path.read_text(encoding="utf-8")), proc.stdout


def score_records(shared: Path, records: list[dict]) -> dict:
    """The scorer's full results for system records (as made by tag_documents)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "envoy-meantime.jsonl"
        write_jsonl(records, path)
        return score(shared, path)[0]


def evaluate(shared: Path, out: Path | None = None, errors: int = 0) -> tuple[dict, str]:
    """Tag MEANTIME with envoy and score it: (results, printed table)."""
    records = tag_documents(load_meantime(shared))
    with tempfile.TemporaryDirectory() as tmp:
        path = out or Path(tmp) / "envoy-meantime.jsonl"
        write_jsonl(records, path)
        return score(shared, path, errors)


def summary_line(name: str, res: dict) -> str:
    date_row = res["per_type"]["DATE"]
    return (f"{name}: relaxed F1 {100 * res['relaxed']['F1']:.2f}, strict F1 "
            f"{100 * res['strict']['F1']:.2f}, value acc {100 * res['value_acc']:.2f}, TE3 value F1 "
            f"{100 * res['te3_value_F1']:.2f}, DATE value acc {100 * (date_row['value_acc'] or 0):.1f}")


# --- benchmark ---------------------------------------------------------------------------

def bench_texts(shared: Path) -> dict[str, list[str]]:
    """MEANTIME texts and the dev corpus's articles (title, blank line, body)."""
    dev = sorted(_need(shared, DEV_CORPUS).glob("*.json"))
    dev_texts = []
    for path in dev:
        if path.name.endswith(".gold.json"):
            continue
        art = json.loads(path.read_text(encoding="utf-8"))
        dev_texts.append(f"{art['title']}\n\n{art['text']}")
    return {"meantime": [d["text"] for d in load_meantime(shared)], "dev": dev_texts}


def _best_of(repeats: int, run) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def bench_corpus(nlp, texts: list[str], repeats: int) -> dict:
    """ms per article of the spaCy pipeline, and of tagging + normalization on its Docs."""
    from envoy.dates import normalize_timexes
    from envoy.temporal import find_timexes

    published = date(2021, 6, 1)
    docs = [nlp(t) for t in texts]  # warm-up, and the Docs the tagger is timed on
    spacy_s = _best_of(repeats, lambda: [nlp(t) for t in texts])
    tag_s = _best_of(repeats, lambda: [normalize_timexes(find_timexes(d), published) for d in docs])
    n = len(texts)
    return {"articles": n, "spacy_ms": 1000 * spacy_s / n, "temporal_ms": 1000 * tag_s / n,
            "overhead_pct": 100 * tag_s / spacy_s}


def bench(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="envoy eval-dates --bench")
    ap.add_argument("--shared", help="the shared/ folder (default: ENVOY_SHARED_DIR or ../shared)")
    ap.add_argument("--repeats", type=int, default=3, help="best of N runs (default 3)")
    args = ap.parse_args(argv or [])
    from envoy.nlp import load_nlp

    try:
        corpora = bench_texts(shared_dir(args.shared))
    except SharedDataMissing as exc:
        print(f"envoy eval-dates: {exc}", file=sys.stderr)
        return 2
    nlp = load_nlp()
    print("| corpus | articles | spaCy ms/article | tagging+normalization ms/article | overhead |")
    print("|---|---|---|---|---|")
    for name, texts in corpora.items():
        r = bench_corpus(nlp, texts, args.repeats)
        print(f"| {name} | {r['articles']} | {r['spacy_ms']:.2f} | {r['temporal_ms']:.2f} | "
              f"{r['overhead_pct']:.1f} % |")
    return 0


# --- command line ------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    argv = [a for a in (argv or []) if a != "--"]
    if argv[:1] == ["bench"] or "--bench" in argv:
        return bench([a for a in argv if a not in ("bench", "--bench")])
    if argv[:1] == ["heideltime"]:
        argv = ["--check-heideltime", *argv[1:]]
    elif argv[:1] == ["envoy"]:
        argv = argv[1:]
    ap = argparse.ArgumentParser(prog="envoy eval-dates", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", help="the shared/ folder (default: ENVOY_SHARED_DIR or ../shared)")
    ap.add_argument("--check-heideltime", action="store_true",
                    help="score HeidelTime 2.2.1's stored output instead (baseline: value F1 73.5)")
    ap.add_argument("--bench", action="store_true", help="benchmark instead (see --bench --help)")
    ap.add_argument("--out", type=Path, help="keep envoy's system JSONL here")
    ap.add_argument("--errors", type=int, default=0, help="print N value errors")
    args = ap.parse_args(argv)
    shared = shared_dir(args.shared)
    try:
        if args.check_heideltime:
            res, table = score(shared, _need(shared, HEIDELTIME), args.errors)
            name = "HeidelTime 2.2.1"
        else:
            res, table = evaluate(shared, args.out, args.errors)
            name = "envoy"
    except SharedDataMissing as exc:
        print(f"envoy eval-dates: {exc}", file=sys.stderr)
        return 2
    print(table)
    print(summary_line(name, res))
    return 0

"""`envoy eval`: run `envoy extract` over the gold corpora in one process and score it.

Scoring is the shared scorer's (../shared/tools/score_gold.py, the annotation guide's matching
rules): strict and relaxed P/R/F1 per record type, then a per-article diff of misses and false
positives on strict keys. The seed is scored on its own, the dev corpus as a whole.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from envoy.db import PROJECT_DIR, STATE_DIR
from envoy.sources import optional_seed_header, parse_seed_header

KINDS = ("officials", "trips", "meetings")


def shared_dir(option: str | None = None) -> Path:
    return Path(option or os.environ.get("ENVOY_SHARED_DIR") or PROJECT_DIR.parent / "shared")


def load_scorer(shared: Path):
    """The shared scorer as a module, so that its matching rules are used, not re-implemented."""
    path = shared / "tools" / "score_gold.py"
    spec = importlib.util.spec_from_file_location("score_gold", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_inputs(shared: Path):
    """(stem, text, published) of the seed articles: the seed format carries its own date."""
    for path in sorted((shared / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield path.stem, text, parse_seed_header(text)[0]


def dev_inputs(shared: Path):
    return corpus_inputs(shared / "corpus" / "dev")


def corpus_inputs(folder: Path):
    """(id, title + blank line + text, published) of a folder in the dev corpus's format, as the
    corpus README says to feed them."""
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".gold.json"):
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        yield doc["id"], f"{doc['title']}\n\n{doc['text']}", date.fromisoformat(doc["published"])


def extract_all(inputs, out_dir: Path) -> None:
    from envoy.enrich import extract_article

    out_dir.mkdir(parents=True, exist_ok=True)
    for stem, text, published in inputs:
        body_start = optional_seed_header(text)[1]
        result = extract_article(text, published, body_start=body_start)
        (out_dir / f"{stem}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))


def score(scorer, gold_dir: Path, sys_dir: Path) -> tuple[str, dict]:
    """The scorer's report and its F1 figures."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        scorer.main(str(gold_dir), str(sys_dir))
    report = buffer.getvalue()
    return report, json.loads(report.strip().splitlines()[-1])


def article_diffs(scorer, gold_dir: Path, sys_dir: Path) -> list[str]:
    """Per article: strict keys the system missed (-) and added (+)."""
    lines = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        sys_path = sys_dir / f"{stem}.json"
        system = json.loads(sys_path.read_text(encoding="utf-8")) if sys_path.exists() else {}
        aliases = scorer.alias_map(gold)
        diff = []
        for kind in KINDS:
            gold_keys = Counter(r[0] for r in scorer.records(gold, kind, aliases))
            sys_keys = Counter(r[0] for r in scorer.records(system, kind, aliases))
            diff += [f"  - {kind[:-1]} {key}" for key in sorted((gold_keys - sys_keys).elements(), key=str)]
            diff += [f"  + {kind[:-1]} {key}" for key in sorted((sys_keys - gold_keys).elements(), key=str)]
        if diff:
            lines += [stem, *diff]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="envoy eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", help="the shared/ folder (default: beside the checkout)")
    parser.add_argument("--out", type=Path, default=STATE_DIR / "eval", help="where outputs go")
    parser.add_argument("--no-diff", action="store_true", help="totals only")
    parser.add_argument("--json", type=Path, help="also write the F1 figures here")
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="another folder of articles + gold files in the dev corpus's format")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    if not (shared / "tools" / "score_gold.py").exists():
        print(f"envoy eval: shared data not found at {shared} (use --shared or ENVOY_SHARED_DIR)",
              file=sys.stderr)
        return 2
    scorer = load_scorer(shared)
    figures = {}
    sets = [("seed", seed_inputs(shared), shared / "seeds"),
            ("dev", dev_inputs(shared), shared / "corpus" / "dev"),
            *((folder.name, corpus_inputs(folder), folder) for folder in args.corpus)]
    for name, inputs, gold_dir in sets:
        out_dir = args.out / name
        extract_all(inputs, out_dir)
        report, figures[name] = score(scorer, gold_dir, out_dir)
        print(f"== {name} ({gold_dir})\n{report}")
        if not args.no_diff:
            print("\n".join(article_diffs(scorer, gold_dir, out_dir)) or "(no differences)", "\n")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0

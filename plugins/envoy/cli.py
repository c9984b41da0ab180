"""The `envoy` command line: the extraction contract (extract, timexes) and operations (db, airflow)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from envoy.db import DatabaseError
from envoy.sources import optional_seed_header


class UsageError(Exception):
    """Bad input from the user: reported as one line on stderr, exit 2."""


def _read_input(file: str | None) -> str:
    try:
        raw = sys.stdin.buffer.read() if file in (None, "-") else Path(file).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {file}: {exc.strerror}") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"input is not valid UTF-8 (byte {exc.start})") from exc


def _published_and_body(text: str, published: str | None) -> tuple[date, int]:
    """The publication date (flag, else the seed header) and where the body starts."""
    header_date, body_start = optional_seed_header(text)
    if published is not None:
        try:
            return date.fromisoformat(published), body_start
        except ValueError as exc:
            raise UsageError(f"--published must be YYYY-MM-DD, got {published!r}") from exc
    if header_date is None:
        raise UsageError("no publication date: pass --published YYYY-MM-DD")
    return header_date, body_start


def cmd_extract(args: argparse.Namespace) -> int:
    from envoy.enrich import extract_article

    text = _read_input(args.file)
    published, body_start = _published_and_body(text, args.published)
    _print_json(extract_article(text, published, body_start=body_start))
    return 0


def cmd_timexes(args: argparse.Namespace) -> int:
    from envoy.enrich import article_timexes

    text = _read_input(args.file)
    published, body_start = _published_and_body(text, args.published)
    timexes = article_timexes(text, published, body_start=body_start)
    _print_json({"published": published.isoformat(), "timexes": timexes})
    return 0


def _print_json(obj: dict) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def cmd_db(args: argparse.Namespace) -> int:
    from envoy import db

    if args.action == "url":
        print(db.warehouse_url())
        return 0
    if args.action == "migrate":
        applied = db.migrate()
        print(f"applied {len(applied)} migrations: {', '.join(applied) or 'none pending'}")
        return 0
    if db.configured_url():
        if args.action == "start":
            db.create_database(db.configured_url(), db.AIRFLOW_DB)
        print(f"ENVOY_DATABASE_URL is set: envoy does not manage that server ({args.action} ignored)")
        return 0
    cluster = db.LocalCluster()
    if args.action == "start":
        print(f"warehouse: {cluster.start()}")
    elif args.action == "stop":
        cluster.stop()
        print("stopped")
    else:
        running = cluster.is_running()
        print(f"{'running' if running else 'stopped'}: {cluster.data_dir}")
        return 0 if running else 3
    return 0


def run_airflow(argv: list[str]) -> int:
    import os
    import shutil

    from envoy.stack import airflow_env

    airflow = shutil.which("airflow", path=str(Path(sys.executable).parent)) or "airflow"
    os.execvpe(airflow, [airflow, *argv], airflow_env())


def cmd_report(args: argparse.Namespace) -> int:
    from envoy import db, report

    with db.connect() as conn:
        print(report.render(conn))
    return 0


def run_eval_dates(argv: list[str]) -> int:
    from envoy import eval_dates

    return eval_dates.main(argv)


def run_eval(argv: list[str]) -> int:
    from envoy import eval_extraction

    return eval_extraction.main(argv)


# Commands that hand all their arguments, options included, to another program's parser.
PASSTHROUGH = {"airflow": run_airflow, "eval": run_eval, "eval-dates": run_eval_dates}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="envoy", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="officials, trips, meetings and timexes of one article (JSON)")
    p.add_argument("--published", help="publication date YYYY-MM-DD (default: the seed header)")
    p.add_argument("file", nargs="?", help="article text, UTF-8 (default or '-': stdin)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("timexes", help="temporal expressions of one article (JSON)")
    p.add_argument("--published", help="publication date YYYY-MM-DD (default: the seed header)")
    p.add_argument("file", nargs="?", help="article text, UTF-8 (default or '-': stdin)")
    p.set_defaults(func=cmd_timexes)

    p = sub.add_parser("db", help="the warehouse database")
    p.add_argument("action", choices=["start", "stop", "status", "migrate", "url"],
                   help="start/stop/status of the private cluster; migrate: apply sql/; url: print it")
    p.set_defaults(func=cmd_db)

    sub.add_parser("airflow", help="run the airflow CLI in envoy's environment", add_help=False)

    sub.add_parser("eval-dates", help="score the date tagger on MEANTIME (--help: options)", add_help=False)
    sub.add_parser("eval", help="score envoy extract on the gold corpora (--help: options)", add_help=False)

    p = sub.add_parser("report", help="print the officials, trips and meetings in the warehouse")
    p.set_defaults(func=cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in PASSTHROUGH:
        return PASSTHROUGH[argv[0]](argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (UsageError, DatabaseError) as exc:
        print(f"envoy: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""The `envoy extract` / `envoy timexes` contract at the command line: JSON out, clear errors."""

import json
import subprocess
import sys

import pytest
from conftest import SEED


def envoy(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "envoy", *args], input=stdin, capture_output=True)


def test_extract_reads_the_date_from_the_seed_header():
    result = envoy("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["published"] == "2020-12-09"
    assert set(out) >= {"published", "timexes", "officials", "trips", "meetings"}
    text = SEED.read_text(encoding="utf-8")
    for official in out["officials"]:
        for mention in official["mentions"]:
            assert text[mention["start"]:mention["end"]].strip()


def test_timexes_from_stdin():
    result = envoy("timexes", "--published", "2020-12-09", "-",
                   stdin=b"Biegun arrived here Tuesday for a four-day trip.")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["published"] == "2020-12-09"
    assert [{k: t[k] for k in ("text", "start", "end", "type", "value")} for t in out["timexes"]] == [
        {"text": "Tuesday", "start": 20, "end": 27, "type": "DATE", "value": "2020-12-08"},
        {"text": "four-day", "start": 34, "end": 42, "type": "DURATION", "value": "P4D"},
    ]


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["extract", "-"], b"No header and no flag.", "no publication date"),
    (["extract", "--published", "2020-02-30", "-"], b"text", "--published must be YYYY-MM-DD"),
    (["extract", "--published", "2020-12-09", "-"], b"caf\xe9", "not valid UTF-8"),
    (["extract", "/nonexistent/article.txt"], None, "cannot read /nonexistent/article.txt"),
    (["timexes", "-"], b"Tuesday.", "no publication date"),
])
def test_bad_input_gets_one_line_and_no_traceback(args, stdin, message):
    result = envoy(*args, stdin=stdin)
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode()
    assert message in err and "Traceback" not in err and err.count("\n") == 1

"""Article sources. Now: a folder of seed files (` date YYYY-MM-DD ` header, then the body)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SEED_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s")


class ArticleError(ValueError):
    """An article that cannot be used; the message says why."""


@dataclass(frozen=True)
class Article:
    key: str  # stable identity, e.g. "seeds:000_8899a6e04dc6c744.txt"
    source: str
    text: str  # exactly what extraction sees; evidence offsets index this
    published: date
    body_start: int  # text before this offset is a header, not prose
    title: str | None = None
    url: str | None = None
    author: str | None = None

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Rejection:
    key: str
    source: str
    reason: str
    content_sha256: str | None


def parse_seed_header(text: str) -> tuple[date, int]:
    """The publication date of a seed text and the offset where its body starts."""
    match = SEED_HEADER.match(text)
    if not match:
        raise ArticleError("no ' date YYYY-MM-DD ' header")
    try:
        published = date.fromisoformat(match.group(1))
    except ValueError as exc:
        raise ArticleError(f"invalid date in header: {match.group(1)!r}") from exc
    return published, match.end()


def optional_seed_header(text: str) -> tuple[date | None, int]:
    """(publication date, body offset) of a text that may start with a seed header; (None, 0) if not."""
    try:
        return parse_seed_header(text)
    except ArticleError:
        return None, 0


def read_seed(path: Path, source: str = "seeds") -> Article:
    """Read one seed file; raises ArticleError with the reason when it cannot be used."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise ArticleError("empty file")
    published, body_start = parse_seed_header(text)
    if not text[body_start:].strip():
        raise ArticleError("header but no body")
    return Article(
        key=f"{source}:{path.name}",
        source=source,
        text=text,
        published=published,
        body_start=body_start,
    )


def scan_seed_folder(folder: Path, source: str = "seeds") -> Iterator[Article | Rejection]:
    """Every .txt file of the folder, in name order, as an Article or a Rejection."""
    for path in sorted(folder.glob("*.txt")):
        try:
            yield read_seed(path, source)
        except ArticleError as exc:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            yield Rejection(f"{source}:{path.name}", source, str(exc), digest)

from datetime import date

import pytest
from envoy.sources import Article, ArticleError, Rejection, parse_seed_header, read_seed, scan_seed_folder


def test_seed_header_gives_date_and_body_offset():
    text = " date 2020-12-09 Biegun arrived here Tuesday."
    published, body_start = parse_seed_header(text)
    assert published == date(2020, 12, 9)
    assert text[body_start:] == "Biegun arrived here Tuesday."


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty file"),
    (b"   \n", "empty file"),
    (b"Biegun arrived here Tuesday.", "no ' date YYYY-MM-DD ' header"),
    (b" date 2020-13-45 Biegun arrived.", "invalid date in header"),
    (b" date 2020-12-09 ", "header but no body"),
    (b" date 2020-12-09 caf\xe9 \xff", "not valid UTF-8"),
])
def test_unusable_files_are_rejected_with_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=reason):
        read_seed(path)


def test_folder_scan_keeps_going_past_bad_files(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text(" date 2021-05-24 Blinken met Netanyahu.", encoding="utf-8")
    (tmp_path / "c_latin1.txt").write_bytes(b" date 2021-05-24 Jos\xe9")
    (tmp_path / "notes.md").write_text("not an article")
    items = list(scan_seed_folder(tmp_path))
    assert [type(i) for i in items] == [Rejection, Article, Rejection]
    good = items[1]
    assert good.key == "seeds:b_good.txt"
    assert good.published == date(2021, 5, 24)
    assert good.text[good.body_start:] == "Blinken met Netanyahu."
    assert items[2].content_sha256 and "UTF-8" in items[2].reason

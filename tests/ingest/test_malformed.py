"""Issue 16: every malformed input is one coded Failure, and the good articles beside it come out.

Each case writes GOOD, the bad input, and GOOD again; reading must give the two good articles
(in order) and exactly one Failure per bad input with the expected code, and never raise.
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from dateline.ingest import Article, Failure, read_inputs


def read(*paths, **kwargs) -> list:
    return list(read_inputs(paths, **kwargs))


def good(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text(f"date 2022-03-30\nThe mayor of Kyiv spoke about {name} on Tuesday.\n", encoding="utf-8")
    return path


def sandwich(tmp_path: Path, bad: Path | str) -> tuple[list[Article], list[Failure]]:
    items = read(good(tmp_path, "a_before.txt"), bad, good(tmp_path, "z_after.txt"))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [a.where for a in articles] == [str(tmp_path / "a_before.txt"), str(tmp_path / "z_after.txt")]
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)
    return articles, failures


BAD_FILES: list[tuple[str, str, bytes, str]] = [
    ("deep_json", "x.jsonl", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "E115"),
    ("long_number", "x.jsonl", b'{"text": "t", "n": ' + b"9" * 5000 + b"}\n", "E116"),
    ("surrogate_text", "x.jsonl", b'{"text": "bad \\ud800 text"}\n', "E117"),
    ("surrogate_id", "x.jsonl", b'{"id": "\\udfff", "text": "some text"}\n', "E117"),
    ("empty_jsonl", "x.jsonl", b"", "E110"),
    ("blank_ndjson", "x.ndjson", b"  \n\t\n\n", "E110"),
    ("csv_header_only", "x.csv", b"id,text,date\n", "E110"),
    ("csv_header_only_bom", "x.csv", codecs.BOM_UTF8 + b"id,text,date\r\n", "E110"),
    ("control_byte", "x.txt", b"\x01", "E102"),
    ("nav_only", "x.html", b"<html><body><nav><a href='/'>Home</a><a href='/n'>News</a></nav></body></html>", "E105"),
    ("json_array_of_non_objects", "x.json", b"[1]", "E104"),
    ("empty_json_array", "x.json", b"[]", "E110"),
    ("id_object", "x.jsonl", b'{"id": {"a": 1}, "text": "some text"}\n', "E118"),
    ("title_list", "x.jsonl", b'{"title": ["a"], "text": "some text"}\n', "E118"),
    ("text_object", "x.jsonl", b'{"text": {"a": "b"}}\n', "E118"),
    (
        "atom_impossible_date",
        "x.atom",
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        b"<entry><id>e1</id><title>One</title><updated>2022-02-30T10:00:00Z</updated>"
        b"<content>Officials said the talks went on.</content></entry></feed>"),
        "E120",
    ),
    (
        "rss_impossible_date",
        "x.rss",
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>r1</guid>'
        b"<pubDate>Wed, 31 Apr 2022 10:00:00 GMT</pubDate><description>Officials said the talks went on.</description>"
        b"</item></channel></rss>"),
        "E120",
    ),
    (
        "html_impossible_meta_date",
        "x.html",
        b'<html><head><meta property="article:published_time" content="2022-02-30T10:00:00Z"></head><body>'
        b"<article><p>" + b"Officials in Kyiv said the talks would go on for several more days. " * 5 + b"</p></article></body></html>",
        "E120",
    ),
]


@pytest.mark.parametrize(("name", "filename", "data", "code"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_is_one_coded_failure_between_good_ones(tmp_path: Path, name, filename, data, code) -> None:
    bad = tmp_path / filename
    bad.write_bytes(data)
    _articles, failures = sandwich(tmp_path, bad)
    assert [f.error.code for f in failures] == [code], [str(f.error) for f in failures]
    json.dumps(failures[0].to_record(), ensure_ascii=False).encode("utf-8")


def test_utf32_is_decoded_not_read_as_nuls(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("Die Stadt Kyjiw wurde angegriffen.".encode("utf-32"))
    [article] = read(path)
    assert article.text == "Die Stadt Kyjiw wurde angegriffen." and "\x00" not in article.text


def test_jsonl_bad_lines_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        b'{"id": "g1", "text": "first good"}',
        b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        b'{"id": "g2", "text": "second good", "n": ' + b"1" * 5000 + b"}",
        b'{"id": "g3", "text": "third \\ud800 good"}',
        b'{"id": "g4", "text": "fourth good"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Failure", "Article"]
    assert [i.error.code for i in items[1:4]] == ["E115", "E116", "E117"]
    assert items[3].id == "g3" and items[4].id == "g4"


def test_json_array_file_is_an_array_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_text(json.dumps([{"id": "a", "text": "one"}, {"id": "b", "text": "two"}, "junk"]), encoding="utf-8")
    items = read(path)
    assert [getattr(i, "id", None) for i in items[:2]] == ["a", "b"]
    assert isinstance(items[2], Failure) and items[2].error.code == "E104" and items[2].where.endswith("#3")


def test_json_array_with_unknown_extension_is_not_one_raw_article(tmp_path: Path) -> None:
    path = tmp_path / "dump.data"
    path.write_text(json.dumps([{"id": "a", "text": "one"}]), encoding="utf-8")
    [item] = read(path)
    assert isinstance(item, Article) and item.text == "one"


def test_csv_unterminated_quote_spoils_only_its_row(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,first row\n2,"open quote never closed\n3,third row\n4,fourth row\n', encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article", "Article"]
    assert items[1].error.code == "E121" and items[1].where.endswith("c.csv:3")
    assert [items[2].id, items[3].id] == ["3", "4"] and items[2].text == "third row"


def test_csv_quote_closed_rows_later_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('id,text,date\n1,"broken,2022-01-01\n2,good,2022-01-02\n3,"fine",2022-01-03\n', encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Failure", "Article", "Article"]
    assert items[0].error.code == "E121" and items[1].id == "2" and items[2].text == "fine"


def test_csv_multiline_field_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,"line one\nline two"\n2,next\n', encoding="utf-8")
    items = read(path)
    assert [i.text for i in items] == ["line one\nline two", "next"]


def test_declared_latin1_is_honoured(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = "<p>" + "Le président a parlé à Kyiv mardi après-midi avec les ministres. " * 4 + "</p>"
    page.write_bytes(('<html><head><meta charset="iso-8859-1"><title>t</title></head><body><article>'
                      + body + "</article></body></html>").encode("latin-1"))
    feed = tmp_path / "f.rss"
    feed.write_bytes(('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>T</title>'
                      "<item><guid>r1</guid><description>Le président a parlé.</description></item></channel></rss>")
                     .encode("latin-1"))
    html_item, feed_item = read(page, feed)
    assert isinstance(html_item, Article) and "président" in html_item.text
    assert isinstance(feed_item, Article) and feed_item.text == "Le président a parlé."


def test_undeclared_latin1_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("caf\xe9 au lait".encode("latin-1"))
    [failure] = read(path)
    assert failure.error.code == "E103"


def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    _articles, failures = sandwich(tmp_path, fifo)
    assert [f.error.code for f in failures] == ["E111"]
    # and inside a folder
    items = read(tmp_path)
    assert [i.error.code for i in items if isinstance(i, Failure)] == ["E111"]


def test_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    _articles, failures = sandwich(tmp_path, link)
    assert [f.error.code for f in failures] == ["E111"]


def test_folder_links_that_dangle_or_loop_and_unreadable_subfolders(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good(folder, "a.txt")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "self").symlink_to(folder / "sub")  # a folder that contains itself
    good(folder / "sub", "b.txt")
    locked = folder / "locked"
    locked.mkdir()
    good(locked, "c.txt")
    locked.chmod(0)
    try:
        items = read(folder)
    finally:
        locked.chmod(0o755)
    codes = {Path(i.where).name: i.error.code for i in items if isinstance(i, Failure)}
    articles = [Path(i.where).name for i in items if isinstance(i, Article)]
    assert articles == (["a.txt", "b.txt"] if os.geteuid() != 0 else ["a.txt", "c.txt", "b.txt"])
    assert codes["dangling.txt"] == "E112" and codes["loop1.txt"] == "E113" and codes["loop2.txt"] == "E113"
    assert codes["self"] == "E113"
    if os.geteuid() != 0:  # root reads any folder
        assert codes["locked"] == "E114"


def test_dangling_link_named_on_the_command_line(tmp_path: Path) -> None:
    link = tmp_path / "x.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    _articles, failures = sandwich(tmp_path, link)
    assert [f.error.code for f in failures] == ["E112"]


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    [failure] = read(path, max_chars=100)
    assert failure.error.code == "E107"


def test_same_id_twice_in_one_run_is_a_warning_record(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "one"}\n{"id": "a", "text": "other"}\n{"id": "b", "text": "two"}\n')
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert items[1].error.code == "E119" and items[1].id == "a" and str(path) + ":1" in str(items[1].error)


def test_non_utf8_file_name_is_printable(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(b"The mayor spoke.")
    missing = os.fsdecode(os.fsencode(str(tmp_path)) + b"/gone\xff.txt")
    article, failure = read(os.fsdecode(raw), missing)
    assert isinstance(article, Article) and article.text == "The mayor spoke."
    json.dumps(failure.to_record(), ensure_ascii=False).encode("utf-8")  # no surrogate left
    assert "\ufffd" in failure.where and article.where.encode("utf-8")


def test_unreadable_subfolder_is_one_failure(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    good(folder, "a.txt")
    good(folder / "locked", "c.txt")
    real = os.scandir

    def scandir(path):  # as for a folder with mode 000 (root, who runs some CIs, could read it)
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(folder)
    assert [type(i).__name__ for i in items] == ["Article", "Failure"]
    assert items[1].error.code == "E114" and items[1].where.endswith("locked")


@pytest.mark.model
def test_bad_inputs_do_not_stop_the_pipeline(tmp_path: Path, nlp) -> None:
    """Through analysis: the good articles before and after every bad input come out analysed."""
    from dateline.api import analyze_paths

    paths = [good(tmp_path, "a_first.txt")]
    for number, (_name, filename, data, _code) in enumerate(BAD_FILES):
        bad = tmp_path / f"bad{number:02d}{Path(filename).suffix}"
        bad.write_bytes(data)
        paths += [bad, good(tmp_path, f"good{number:02d}.txt")]
    records = list(analyze_paths(paths, nlp=nlp))
    analysed = [r for r in records if "error" not in r]
    assert len(analysed) == len(BAD_FILES) + 1 and all("entities" in r for r in analysed)
    assert sorted(r["error_code"] for r in records if "error" in r) == sorted(c[3] for c in BAD_FILES)
    for record in records:
        json.dumps(record, ensure_ascii=False).encode("utf-8")

"""Readers: date headers, encodings, corpora, web pages and feeds, and every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.errors import BadDate
from dateline.ingest import Article, Failure, parse_date, read_inputs, split_date_header, stable_id

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(
    ("content", "date", "body"),
    [
        (" date 2022-03-30 Ukraine’s President", "2022-03-30", "Ukraine’s President"),
        ("date 2022-03-30\nBody text.", "2022-03-30", "Body text."),
        ("\n\n  date 2021-01-02\n\nBody", "2021-01-02", "Body"),
        ("Date: 2020-02-29\nLeap day.", "2020-02-29", "Leap day."),
        ("No header here.", None, "No header here."),
        ("date night was fun", None, "date night was fun"),
        ("update 2022-03-30 is not a header", None, "update 2022-03-30 is not a header"),
    ],
)
def test_date_header(content: str, date: str | None, body: str) -> None:
    assert split_date_header(content) == (date, body)


@given(st.dates(), st.text(min_size=1).filter(lambda s: not s[0].isspace()))
def test_date_header_round_trip(date, body) -> None:
    assert split_date_header(f"date {date.isoformat()} {body}") == (date.isoformat(), body)


@pytest.mark.parametrize("value", ["2022-02-30", "30/03/2022", "yesterday", "2022-13-01"])
def test_bad_dates_are_refused(value: str) -> None:
    with pytest.raises(BadDate):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"), [("2022-03-30", "2022-03-30"), ("2022-03-30T10:00:00Z", "2022-03-30"), ("", None), (None, None)]
)
def test_good_dates(value, expected) -> None:
    assert parse_date(value) == expected


def test_stable_id_depends_only_on_text() -> None:
    assert stable_id("abc") == stable_id("abc") != stable_id("abd")
    assert Article(text="abc").id == stable_id("abc")


def read(*paths, **kwargs) -> list:
    return list(read_inputs(paths, **kwargs))


def test_txt_keeps_body_exactly(tmp_path: Path) -> None:
    body = "First line.\n\n\n“Quoted,” he said.\n"
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-30 " + body, encoding="utf-8")
    [article] = read(path)
    assert article.text == body and article.date == "2022-03-30"


def test_txt_without_date_takes_default(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Plain body.", encoding="utf-8")
    [article] = read(path, default_date="2020-01-01")
    assert article.date == "2020-01-01"
    [article] = read(path)
    assert article.date is None


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("date 2022-03-30 Kyiv – Київ".encode("utf-16"))
    [article] = read(path)
    assert article.text == "Kyiv – Київ"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102"),
        (b"caf\xe9 au lait and more text", "E103"),
        (b"   \n\t ", "E105"),
    ],
)
def test_bad_txt_becomes_failure(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [failure] = read(path)
    assert isinstance(failure, Failure)
    assert failure.error.code == code and str(path) in str(failure.error)


def test_too_large_page_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    path.write_bytes(b"<html><body>" + b"<p>word</p>" * 200_000 + b"</body></html>")
    [failure] = read(path, max_chars=10_000)
    assert isinstance(failure, Failure) and failure.error.code == "E107"


def test_jsonl_keeps_ids_texts_dates_in_order(tmp_path: Path) -> None:
    rows = [
        {"id": "b", "text": "Second article.", "date": "2021-05-01", "title": "T"},
        {"id": 7, "text": "  spaced text\n"},
        {"text": "No id given."},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    articles = read(path)
    assert [a.id for a in articles] == ["b", "7", stable_id("No id given.")]
    assert [a.text for a in articles] == [r["text"] for r in rows]
    assert [a.date for a in articles] == ["2021-05-01", None, None]


def test_broken_jsonl_lines_fail_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": "1", "text": "good"}\n{broken\n[1, 2]\n{"id": "4"}\n'
        '{"id": "5", "text": "x", "date": "soon"}\n{"id": "6", "text": "good too"}\n'
    )
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Failure", "Failure", "Article"]
    assert [i.error.code for i in items if isinstance(i, Failure)] == ["E104", "E104", "E105", "E106"]
    assert items[1].where.endswith("c.jsonl:2") and items[1].id is None
    assert items[3].id == "4"


def test_csv_corpus(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('id,text,date,source\n1,"Hello, world.\nSecond line",2022-01-01,wire\n2,,2022-01-02,wire\n', encoding="utf-8")
    first, second = read(path)
    assert first.text == "Hello, world.\nSecond line" and first.source == "wire"
    assert isinstance(second, Failure) and second.error.code == "E105"


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,body\n1,hello\n")
    [failure] = read(path)
    assert failure.error.code == "E104" and "text" in str(failure.error)


def test_html_page_gives_body_without_navigation_or_footer() -> None:
    [article] = read(EXAMPLES / "election_page.html")
    assert isinstance(article, Article)
    assert "Millions of voters in Ghana queued" in article.text
    assert "Northern Region" in article.text
    assert "Privacy policy" not in article.text and "Sport" not in article.text
    assert article.title == "Voters in Ghana head to the polls"
    assert article.date == "2024-12-07"
    assert article.url == "https://example.org/news/ghana-election"


def test_rss_feed_gives_one_dated_article_per_item() -> None:
    articles = read(EXAMPLES / "wire_feed.xml")
    assert [a.id for a in articles] == ["sample-wire-001", "sample-wire-002"]
    assert [a.date for a in articles] == ["2023-03-14", "2023-03-15"]
    assert articles[0].text.startswith("Delegations from Armenia") and "<p>" not in articles[0].text
    assert articles[1].source == "Dateline Samples Wire"


def test_atom_feed(tmp_path: Path) -> None:
    path = tmp_path / "f.atom"
    path.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        '<entry><id>urn:1</id><title>One</title><updated>2020-06-01T10:00:00Z</updated>'
        '<content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry></feed>'
    )
    [article] = read(path)
    assert (article.id, article.date, article.text) == ("urn:1", "2020-06-01", "Body one.")


def test_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "f.xml"
    path.write_text("<note>not a feed</note>")
    [failure] = read(path)
    assert failure.error.code == "E104"


def test_folders_are_recursed_in_order_and_sniffed(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.")
    (tmp_path / "1.txt").write_text("One.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "notes.md").write_text("ignored in folders")
    assert [a.text for a in read(tmp_path)] == ["One.", "Two."]
    odd = tmp_path / "corpus.data"
    odd.write_text('{"id": "x", "text": "sniffed as JSONL"}\n')
    assert [a.id for a in read(odd)] == ["x"]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    missing, empty = read(tmp_path / "nope.txt", tmp_path / "empty")
    assert missing.error.code == "E109" and empty.error.code == "E108"


def test_all_examples_read() -> None:
    items = read(EXAMPLES)
    assert all(isinstance(i, Article) for i in items)
    assert len(items) == 7


def test_jsonl_bad_bytes_fail_one_line_only(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "1", "text": "first"}\n{"id": "2", "text": "caf\xe9"}\n{"id": "3", "text": "third"}\n')
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert items[1].error.code == "E103" and items[1].where.endswith("c.jsonl:2")


def test_binary_file_named_jsonl_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 1000)
    [failure] = read(path)
    assert failure.error.code == "E102" and failure.where == str(path)

"""The data loader: every packaged table reads, and every data file names its source."""

from importlib import resources

import pytest

from dateline.data import read_toml, read_tsv, read_words

DATA = resources.files("dateline.data")


def _data_files():
    stack = [DATA]
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir() and entry.name != "__pycache__":
                stack.append(entry)
            elif entry.name.endswith((".tsv", ".txt", ".toml")):
                yield str(entry.relative_to(DATA)) if hasattr(entry, "relative_to") else entry.name


@pytest.mark.parametrize("name", sorted(_data_files()))
def test_every_data_file_starts_with_a_comment_saying_where_it_came_from(name):
    first = (DATA / name).read_text(encoding="utf-8").lstrip().splitlines()[0]
    assert first.startswith("#"), f"{name} must open with a comment naming its source"


def test_read_tsv_keys_rows_by_header():
    rows = read_tsv("entities/people.tsv")
    assert rows and set(rows[0]) >= {"key", "name", "country"}
    assert all(row["key"] != "key" for row in rows)


def test_read_words_drops_comments():
    words = read_words("common/titles.txt")
    assert "president" in words
    assert not any(word.startswith("#") for word in words)


def test_read_toml_reads_tables():
    assert isinstance(read_toml("places/words.toml"), dict)

"""The error catalogue: unique codes, messages that format, one JSON shape."""

import re

import pytest

from dateline import errors


def all_errors():
    return [getattr(errors, name) for name in errors.__all__]


def test_codes_are_unique_and_well_formed() -> None:
    codes = [cls.code for cls in all_errors()]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"E\d{3}", code) for code in codes)


@pytest.mark.parametrize("cls", all_errors(), ids=lambda c: c.__name__)
def test_every_template_formats(cls) -> None:
    fields = set(re.findall(r"{(\w+)", cls.template))
    error = cls(where="x.txt:3", **{name: "VALUE" for name in fields})
    text = str(error)
    assert text.startswith(f"{cls.code}: x.txt:3: ") and "{" not in text.replace("{'", "")
    assert error.to_json() == {"code": cls.code, "message": error.detail, "where": "x.txt:3"}
    assert isinstance(error, errors.DatelineError)


def test_all_is_sorted() -> None:
    assert errors.__all__ == sorted(errors.__all__)

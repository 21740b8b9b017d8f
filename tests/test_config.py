"""Configuration is data: defaults load, overrides merge, unknown keys are refused by name."""

import pytest

from dateline.config import load_config
from dateline.errors import BadConfigValue, UnknownConfigKey


def test_defaults_load() -> None:
    config = load_config()
    assert config["pipeline"]["components"] == ["entities", "times", "places", "quotes", "events"]


def test_override_merges(tmp_path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[pipeline]\nbatch_size = 4\n")
    config = load_config(path)
    assert config["pipeline"]["batch_size"] == 4 and config["pipeline"]["max_chars"] == 1000000


def test_unknown_key_names_the_valid_ones(tmp_path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[pipeline]\nbatchsize = 4\n")
    with pytest.raises(UnknownConfigKey) as info:
        load_config(path)
    assert "batchsize" in str(info.value) and "batch_size" in str(info.value)


@pytest.mark.parametrize("override", [{"pipeline": {"components": ["nope"]}}, {"pipeline": {"batch_size": 0}}])
def test_bad_values(override) -> None:
    with pytest.raises(BadConfigValue):
        load_config(overrides=override)


def test_unknown_component_setting_is_refused(nlp) -> None:
    from dateline.nlp import build_pipeline

    with pytest.raises(UnknownConfigKey) as info:
        build_pipeline(load_config(overrides={"components": {"quotes": {"no_such_setting": 1}}}))
    assert "no_such_setting" in str(info.value)

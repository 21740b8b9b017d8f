"""Configuration as data: the commented default.toml, overridden by a user's file, validated."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import BadConfigValue, ConfigError, UnknownConfigKey

Config = dict[str, Any]


def default_text() -> str:
    return resources.files("dateline").joinpath("default.toml").read_text(encoding="utf-8")


def defaults() -> Config:
    return tomllib.loads(default_text())


def merge(base: Config, override: Config, section: str = "") -> Config:
    """``base`` updated by ``override``; keys not in ``base`` are refused (E002)."""
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if key not in base:
            raise UnknownConfigKey(section=section or "top level", key=key, valid=", ".join(sorted(base)) or "(none)")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise BadConfigValue(section=section, key=key, value=value, expected="a table is expected")
            if section == "components" and not base[key]:
                merged[key] = dict(value)  # component settings are checked against the factory
            else:
                merged[key] = merge(base[key], value, f"{section}.{key}" if section else key)
        else:
            merged[key] = value
    return merged


def load_config(path: str | Path | None = None, overrides: Config | None = None) -> Config:
    """The default config, overridden by the TOML file at ``path`` and then by ``overrides``."""
    config = defaults()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(detail=f"cannot read config file {path}: {exc}") from exc
        config = merge(config, user)
    if overrides:
        config = merge(config, overrides)
    pipeline = config["pipeline"]
    unknown = [c for c in pipeline["components"] if c not in config["components"]]
    if unknown:
        raise BadConfigValue(
            section="pipeline", key="components", value=unknown,
            expected=f"valid components are: {', '.join(config['components'])}",
        )
    for key in ("batch_size", "max_chars"):
        if not isinstance(pipeline[key], int) or pipeline[key] < 1:
            raise BadConfigValue(section="pipeline", key=key, value=pipeline[key], expected="a positive integer")
    return config

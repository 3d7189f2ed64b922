"""Errors a user can cause or fix. The CLI prints ``Error: [CODE] message`` and exits 2.

Codes are stable: tests and scripts match on them. E1xx input corpus, E2xx claims/ files,
E3xx usage, E4xx resources shipped with the package (a bug in a data file), E5xx review.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class CorpusError(ClaimcheckError):
    code = "E100"


class CorpusNotFound(CorpusError):
    code = "E101"


class EmptyCorpus(CorpusError):
    code = "E102"


class UnknownSource(CorpusError):
    code = "E103"


class ClaimsFileError(ClaimcheckError):
    """A file under claims/ is invalid; the message starts with ``file:line:``."""

    code = "E200"


class YamlSyntaxError(ClaimsFileError):
    code = "E201"


class ClaimsValidationError(ClaimsFileError):
    code = "E202"


class QuoteNotFound(ClaimsFileError):
    code = "E203"


class LockTimeout(ClaimsFileError):
    code = "E204"


class ClaimsFileAccess(ClaimsFileError):
    """A claims file or folder cannot be read or written (a folder where a file should be,
    no permission)."""

    code = "E205"


class YamlAliasError(YamlSyntaxError):
    """YAML anchors and aliases that expand beyond a small bound ("billion laughs")."""

    code = "E206"


class ClaimsFolderNotFound(ClaimsFileError):
    """``--claims`` names a folder that does not exist, or a file."""

    code = "E207"


class UsageError(ClaimcheckError):
    code = "E300"


class OutputError(UsageError):
    """The file a report or export is written to cannot be written."""

    code = "E301"


class MissingExtra(UsageError):
    """An option needs an optional dependency that is not installed (claimcheck[dask], [parquet])."""

    code = "E310"


class SchedulerUnreachable(UsageError):
    code = "E311"


class ResourceError(ClaimcheckError):
    """A shipped resource file is invalid: a bug, reported with file and line."""

    code = "E400"


class ReviewError(ClaimcheckError):
    code = "E500"


class UnknownFinding(ReviewError):
    code = "E501"


class UnknownClaim(ReviewError):
    code = "E502"

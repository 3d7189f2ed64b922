"""Reading YAML with line numbers, for claims/ files and shipped resources.

ruamel.yaml's round-trip loader keeps comments, key order and each node's line, so a
validation error can name ``file:line`` and a later rewrite keeps what people wrote.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from .errors import ClaimcheckError, YamlSyntaxError


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_yaml(path: Path, error: type[ClaimcheckError] = YamlSyntaxError) -> Any:
    """Load ``path`` round-trip; a syntax error becomes ``error`` naming ``file:line``."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}:1: not UTF-8 text ({exc.reason})") from None
    try:
        return round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = exc.problem or exc.context or "invalid YAML"
        raise error(f"{path}:{line}: {what}") from None


def line_of(node: Any, key: Any = None, default: int = 1) -> int:
    """1-based line of ``node`` (or of ``node[key]``) in a round-trip-loaded document."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return default
    try:
        if key is None:
            return lc.line + 1
        if isinstance(node, Mapping):
            return lc.key(key)[0] + 1
        return lc.item(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1 if getattr(lc, "line", None) is not None else default

"""Reading YAML with line numbers, for claims/ files and shipped resources.

ruamel.yaml's round-trip loader keeps comments, key order and each node's line, so a
validation error can name ``file:line`` and a later rewrite keeps what people wrote.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ClaimcheckError, ClaimsFileAccess, ClaimsFileError, YamlAliasError, YamlSyntaxError

# Anchors and aliases may add this many nodes to what is written; more is a "billion
# laughs" document, which would take minutes and gigabytes to walk.
MAX_ALIAS_EXPANSION = 10_000

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError


def round_trip_yaml() -> YAML:
    from ruamel.yaml import YAML  # here: a run whose YAML is all cached (claimcheck.cache) never imports ruamel

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_yaml(path: Path, error: type[ClaimcheckError] = YamlSyntaxError) -> Any:
    """Load ``path`` round-trip; a syntax error becomes ``error`` naming ``file:line``; a
    claims file that is a folder or cannot be read, ``ClaimsFileAccess``."""
    from ruamel.yaml.error import MarkedYAMLError

    access = ClaimsFileAccess if issubclass(error, ClaimsFileError) else error
    if path.is_dir():
        raise access(f"{path}: is a folder, not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}:1: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise access(f"{path}: cannot read it ({exc.strerror})") from None
    yaml = round_trip_yaml()
    try:
        if "*" in text:  # an alias: refuse one that expands beyond the bound before building it
            _check_expansion(yaml.compose(text), path, error)
        return yaml.load(text)
    except MarkedYAMLError as exc:
        raise error(f"{path}:{_describe(exc)}") from None
    except RecursionError:
        raise error(f"{path}:1: nested too deeply") from None


def _describe(exc: MarkedYAMLError) -> str:
    """``line: what``; an unclosed bracket or quote is named where it opened, since the
    parser notices it only where the next construct starts (often the end of the file)."""
    problem = exc.problem or exc.context or "invalid YAML"
    at = exc.problem_mark or exc.context_mark
    line = at.line + 1 if at is not None else 1
    opened = exc.context_mark
    if exc.context and opened is not None and exc.problem_mark is not None and opened.line != exc.problem_mark.line:
        construct = exc.context.removeprefix("while parsing a ").removeprefix("while scanning a ")
        return f"{opened.line + 1}: {construct} opened here is not closed: {problem} (line {line})"
    return f"{line}: {problem}"


def _check_expansion(root: Any, path: Path, error: type[ClaimcheckError]) -> None:
    """Count the nodes the document holds once its aliases are expanded (each shared node
    counted once, as it is composed), without expanding them."""
    if root is None:
        return
    refused = YamlAliasError if issubclass(error, ClaimsFileError) else error
    sizes: dict[int, int] = {}
    started: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] - len(sizes) > MAX_ALIAS_EXPANSION:
                line = node.start_mark.line + 1 if node.start_mark is not None else 1
                raise refused(f"{path}:{line}: YAML aliases expand to more than {MAX_ALIAS_EXPANSION} extra "
                              "values; write the values out instead")
            continue
        if key in sizes:
            continue
        if key in started:
            line = node.start_mark.line + 1 if node.start_mark is not None else 1
            raise refused(f"{path}:{line}: a YAML alias refers to a value that contains it")
        started.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)


def _children(node: Any) -> list[Any]:
    value = getattr(node, "value", None)
    if not isinstance(value, list):
        return []  # a scalar
    return [part for item in value for part in (item if isinstance(item, tuple) else (item,))]


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


def plain(node: Any) -> Any:
    """``node`` with ruamel's round-trip types made plain (dict, list, str, int, float), the
    way a validated resource is kept: a cached copy then loads without importing ruamel."""
    if isinstance(node, Mapping):
        return {plain(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if type(node).__name__ == "ScalarBoolean":  # ruamel's anchored true/false: an int, not a bool
        return bool(node)
    for kind in (bool, str, int, float):  # bool before int: it is one
        if isinstance(node, kind):
            return kind(node) if type(node) is not kind else node
    return node

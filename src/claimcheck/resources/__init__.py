"""Shipped data files (patterns, word tables, lexicons), validated when loaded."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..cache import cached
from ..errors import ResourceError
from ..yamlio import line_of, load_yaml, plain

M = TypeVar("M", bound=BaseModel)


def resource_path(name: str) -> Path:
    return Path(str(files("claimcheck.resources").joinpath(name)))


@lru_cache(maxsize=None)
def _raw(name: str) -> object:
    return load_yaml(resource_path(name), error=ResourceError)


def load_resource(name: str, model: type[M]) -> M:
    """Load ``resources/<name>`` and validate it; an error names the file and line.
    The validated form is cached (claimcheck.cache) until the package changes."""
    return cached(f"resource-{name}-{model.__module__}.{model.__qualname__}", lambda: _validate(name, model),
                  resource_path(name))


def _validate(name: str, model: type[M]) -> M:
    data = _raw(name)
    try:
        return model.model_validate(plain(data))  # ruamel's types stay out of the cached copy
    except ValidationError as exc:
        err = exc.errors()[0]
        node, line = data, 1
        for key in err["loc"]:
            try:
                line = line_of(node, key, line)
                node = node[key]  # type: ignore[index]
            except (KeyError, IndexError, TypeError):
                break
        where = ".".join(str(k) for k in err["loc"])
        raise ResourceError(f"{resource_path(name)}:{line}: {where}: {err['msg']}") from None

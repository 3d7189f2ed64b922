"""Per-article state parked on disk between the stages of one run.

A report run tags every article before it can resolve the entities (which needs every
mention at once) and extract the claims (which needs the entity index): each article's
text, spans and time expressions would otherwise wait in memory for the whole corpus to
be tagged, and its mentions for the whole corpus to be resolved. They wait here instead,
pickled in one anonymous temporary file, and are read back one article at a time, by
offset (``os.pread``: forked workers read the same file without sharing a position).
"""

from __future__ import annotations

import os
import pickle
import tempfile
from typing import Any


class Spill:
    """Values written once by key and read back any number of times, by this process or by a
    process forked after ``flush``."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="claimcheck-")  # gone when closed, or when the process ends
        self._at: dict[str, tuple[int, int]] = {}
        self._end = 0

    def put(self, key: str, value: Any) -> None:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(data)
        self._at[key] = (self._end, len(data))
        self._end += len(data)

    def __contains__(self, key: str) -> bool:
        return key in self._at

    def get(self, key: str) -> Any:
        self._file.flush()  # a no-op once flushed: workers never write
        offset, size = self._at[key]
        return pickle.loads(os.pread(self._file.fileno(), size, offset))

    def flush(self) -> None:
        """Before forking readers: what was put is in the file, not in this process's buffer."""
        self._file.flush()

    def close(self) -> None:
        self._file.close()

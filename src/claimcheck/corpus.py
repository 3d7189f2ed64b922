"""Load articles from a folder (or one file) into Source records.

Formats: .txt and .md as they are, .html/.htm through trafilatura (spans then index the
extracted main text), .jsonl one article a line ``{id, text, title?, published?, outlet?, url?}``.
A file that is binary, not UTF-8, empty or too large is reported as skipped, never fatal.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .errors import CorpusNotFound, EmptyCorpus
from .models import Skipped, Source

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}
MAX_FILE_BYTES = 64 * 1024 * 1024  # a news article is kilobytes; a JSONL corpus may be megabytes
MAX_ARTICLE_CHARS = 2_000_000  # one article longer than this is not an article


def discover(path: Path) -> list[Path]:
    """Article files under ``path`` in a stable order (sorted by relative path)."""
    if not path.exists():
        raise CorpusNotFound(f"corpus not found: {path}")
    if path.is_file():
        return [path]
    files = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
             and not any(part.startswith(".") for part in p.relative_to(path).parts)]
    return sorted(files, key=lambda p: p.relative_to(path).as_posix())


def _decode(raw: bytes, path: Path) -> str | Skipped:
    if b"\x00" in raw[:8192]:
        return Skipped(path=str(path), reason="binary file (NUL bytes), not an article", code="E110")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(path=str(path), reason=f"not UTF-8 text (invalid byte at offset {exc.start})", code="E111")
    if not text.strip():
        return Skipped(path=str(path), reason="empty file", code="E112")
    return text


def _from_html(text: str, path: Path, source_id: str) -> Source | Skipped:
    import trafilatura  # imported late: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        return Skipped(path=str(path), reason="HTML without extractable main text", code="E113")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        return Skipped(path=str(path), reason="HTML without extractable main text", code="E113")
    from .dating.html import original_date

    # the page's original publication date (JSON-LD, htmldate), not its last update
    stated = original_date(text)
    return Source(id=source_id, path=str(path), text=body, title=data.get("title"),
                  outlet=data.get("sitename"), url=data.get("url"),
                  meta_published=stated[0] if stated else data.get("date"))


def _from_jsonl(text: str, path: Path) -> Iterator[Source | Skipped]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(path=where, reason=f"invalid JSON ({exc.msg})", code="E114")
            continue
        if not isinstance(record, dict) or not record.get("id") or not isinstance(record.get("text"), str):
            yield Skipped(path=where, reason="a JSONL line needs an 'id' and a 'text' string", code="E115")
            continue
        if not record["text"].strip():
            yield Skipped(path=where, reason="empty text", code="E112")
            continue
        yield Source(id=str(record["id"]), path=where, text=record["text"], title=record.get("title"),
                     outlet=record.get("outlet"), url=record.get("url"),
                     meta_published=str(record["published"]) if record.get("published") else None)


def load_file(path: Path, source_id: str) -> Iterator[Source | Skipped]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Skipped(path=str(path), reason=f"larger than {MAX_FILE_BYTES // 2**20} MiB", code="E116")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Skipped(path=str(path), reason=f"unreadable ({exc.strerror})", code="E117")
        return
    text = _decode(raw, path)
    if isinstance(text, Skipped):
        yield text
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _from_jsonl(text, path)
        return
    if suffix in {".html", ".htm"}:
        yield _from_html(text, path, source_id)
        return
    yield Source(id=source_id, path=str(path), text=text)


def _ids_for(files: list[Path], root: Path) -> dict[Path, str]:
    """File stem as id; where two files share a stem, the relative path without suffix."""
    stems: dict[str, int] = {}
    for f in files:
        stems[f.stem] = stems.get(f.stem, 0) + 1
    base = root if root.is_dir() else root.parent
    return {f: f.stem if stems[f.stem] == 1 else f.relative_to(base).with_suffix("").as_posix() for f in files}


def load(path: Path) -> tuple[list[Source], list[Skipped]]:
    """All readable articles under ``path`` (sorted by id) and the files skipped, with reasons."""
    files = discover(path)
    ids = _ids_for(files, path)
    sources: dict[str, Source] = {}
    skipped: list[Skipped] = []
    for f in files:
        for item in load_file(f, ids[f]):
            if isinstance(item, Skipped):
                skipped.append(item)
            elif len(item.text) > MAX_ARTICLE_CHARS:
                skipped.append(Skipped(path=item.path, reason=f"longer than {MAX_ARTICLE_CHARS} characters",
                                       code="E116"))
            elif item.id in sources:
                skipped.append(Skipped(path=item.path, reason=f"duplicate source id {item.id!r}", code="E118"))
            else:
                sources[item.id] = item
    if not sources:
        detail = f"; skipped {len(skipped)} file(s): " + "; ".join(f"{k.path}: {k.reason}" for k in skipped[:3]) \
            if skipped else ""
        raise EmptyCorpus(f"no readable article in {path} (looked for {', '.join(sorted(ARTICLE_SUFFIXES))}){detail}")
    return [sources[k] for k in sorted(sources)], skipped

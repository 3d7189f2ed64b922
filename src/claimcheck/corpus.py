"""Load articles from a folder (or one file) into Source records.

Formats: .txt and .md as they are, .html/.htm through trafilatura (spans then index the
extracted main text), .jsonl one article a line ``{id, text, title?, published?, outlet?, url?}``.
A file that is binary, not UTF-8 (or UTF-16/32 with a byte-order mark), empty or too
large is reported as skipped, never fatal; so is a folder that cannot be read or a symlinked
folder already read (a loop). Symlinked folders are followed once.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator
from pathlib import Path

from .dating.values import file_date
from .errors import CorpusNotFound, EmptyCorpus
from .models import Skipped, Source

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}
MAX_FILE_BYTES = 64 * 1024 * 1024  # a news article is kilobytes; a JSONL corpus may be megabytes
MAX_ARTICLE_CHARS = 2_000_000  # one article longer than this is not an article
MAX_HTML_BYTES = 10 * 1024 * 1024  # a news page is well under this; a bigger one is not worth extracting
# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


def discover(path: Path) -> tuple[list[Path], list[Skipped]]:
    """Article files under ``path`` in a stable order (sorted by relative path), and the
    folders that could not be read. An explicit stack, not recursion: any depth is fine.
    A symlinked folder is followed unless its target was read already (a loop or a second
    way to the same folder)."""
    if not path.exists():
        raise CorpusNotFound(f"corpus not found: {path}")
    if path.is_file():
        return [path], []
    files: list[Path] = []
    skipped: list[Skipped] = []
    seen: dict[tuple[int, int], Path] = {}
    stack = [path]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            key = (info.st_dev, info.st_ino)
            if key in seen:
                skipped.append(Skipped(path=str(folder), reason=f"symlinked folder already read as {seen[key]}",
                                       code="E119"))
                continue
            seen[key] = folder
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(path=str(folder), reason=f"unreadable folder ({exc.strerror})", code="E117"))
            continue
        for entry in reversed(listed):  # the stack pops the first name first
            if entry.name.startswith("."):
                continue
            child = folder / entry.name
            try:
                is_dir = entry.is_dir()  # follows a symlink
                is_file = not is_dir and entry.is_file()
            except OSError as exc:
                skipped.append(Skipped(path=str(child), reason=f"unreadable ({exc.strerror})", code="E117"))
                continue
            if is_dir:
                stack.append(child)
            elif is_file and Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
                files.append(child)
    order = lambda p: p.relative_to(path).as_posix()  # noqa: E731
    return sorted(files, key=order), sorted(skipped, key=lambda k: Path(k.path).relative_to(path).as_posix())


def _decode(raw: bytes, path: Path) -> str | Skipped:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                break  # bytes that only look like a mark: judged below (binary, most likely)
            return text if text.strip() else Skipped(path=str(path), reason="empty file", code="E112")
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

    if len(text) > MAX_HTML_BYTES:  # lxml gives up on such pages: say why, not "no main text"
        return Skipped(path=str(path), reason=f"HTML page too large to extract (over {MAX_HTML_BYTES // 2**20} MiB)",
                       code="E116")

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
            yield Skipped(path=where, reason=f"invalid JSON at column {exc.colno}: {exc.msg}", code="E114")
            continue
        if not isinstance(record, dict) or not record.get("id") or not isinstance(record.get("text"), str):
            yield Skipped(path=where, reason="a JSONL line needs an 'id' and a 'text' string", code="E115")
            continue
        if not record["text"].strip():
            yield Skipped(path=where, reason="empty text", code="E112")
            continue
        published = str(record["published"]) if record.get("published") else None
        if published is not None and file_date(published) is None:
            yield Skipped(path=where, reason=f"'published' {published!r} is not a date (ISO day or month); "
                                             "ignored, the article is read without it", code="E120")
            published = None
        yield Source(id=str(record["id"]), path=where, text=record["text"], title=record.get("title"),
                     outlet=record.get("outlet"), url=record.get("url"), meta_published=published)


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
    files, skipped = discover(path)
    ids = _ids_for(files, path)
    sources: dict[str, Source] = {}
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

"""Start-up: the CLI loads the pipeline only when a command runs (``claimcheck --help`` and
argument errors stay fast); lazily bound modules behave as the modules themselves."""

from __future__ import annotations

import json
import subprocess
import sys

from claimcheck.cli.lazy import lazy

HEAVY = ("claimcheck.pipeline", "claimcheck.models", "claimcheck.entities", "claimcheck.timex", "pydantic", "rich",
         "dateparser", "ruamel.yaml", "trafilatura")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport json, sys; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_help_imports_no_pipeline() -> None:
    loaded = _modules_after(
        "import sys\nsys.argv = ['claimcheck', '--help']\nfrom claimcheck.cli import main\ntry:\n    main()\n"
        "except SystemExit:\n    pass")
    loaded.discard("pydantic.plugin._loader")  # the CLI's stand-in, registered under that name (cli/_no_plugins.py)
    assert not {m for m in loaded for h in HEAVY if m == h or m.startswith(h + ".")}


def test_a_lazy_module_is_the_module() -> None:
    deferred = lazy("claimcheck.report.reading")
    from claimcheck.report import reading

    assert deferred.reading is reading.reading


# --- what a run of the CLI pays for: only what it uses ----------------------------------

SPORT = {
    "derby-a.txt": "Derby moved to Sunday\n\nThe league said on Monday, March 3, 2025, that the 120th derby will "
                   "be played in Leeds on May 18. Its chairman, Tom Reid, said 41,000 tickets would go on sale.",
    "derby-b.txt": "Leeds to host the derby\n\nThe 120th derby will take place in Leeds on May 17, the league "
                   "said on Tuesday. Chairman Tom Reid said 40,000 tickets would be sold.",
}
CLAIMS = {
    "sources.yaml": "derby-a:\n  published: '2025-03-03'\n  outlet: \"Northern Post\"\n"
                    "derby-b:\n  published: 2025-03-04\n",
    "aliases.yaml": "Tom Reid:\n  kind: person\n  variants: ['Thomas Reid']\n",
    "reviews.yaml": "date-0000000000:\n  verdict: confirmed\n  note: \"checked with the league\"\n",
}


def _runs(tmp_path, code: str, times: int = 2, hash_seeds: bool = False) -> list[str]:
    """``code`` run in fresh processes on the sport corpus (a cache folder of their own; with
    ``hash_seeds`` another hash seed in each process); the last line each printed."""
    import os

    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    for folder, files in ((corpus, SPORT), (claims, CLAIMS)):
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    setup = ("import sys\nfrom pathlib import Path\n"
             f"corpus, claims = Path({str(corpus)!r}), Path({str(claims)!r})\n")
    outs = []
    for n in range(times):
        environ = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
        environ.pop("CLAIMCHECK_CACHE", None)
        if hash_seeds:
            environ["PYTHONHASHSEED"] = str(n + 1)
        out = subprocess.run([sys.executable, "-c", setup + code], capture_output=True, text=True, check=True,
                             env=environ)
        outs.append(out.stdout.strip().splitlines()[-1])
    return outs


def test_a_cached_run_imports_no_yaml_reader_and_no_file_lock(tmp_path) -> None:
    """The second run reads the shipped resources and the claims/ files from the cache:
    neither ruamel (nor a ruamel type inside a cached copy) nor filelock is imported."""
    first, second = _runs(tmp_path, "from claimcheck import pipeline\npipeline.run(corpus, claims)\n"
                                         "print(sorted(m for m in sys.modules if m.split('.')[0] in "
                                         "('ruamel', 'filelock')))")
    assert "ruamel.yaml" in first  # the first run parses the YAML
    assert second == "[]"


def test_resource_schemas_are_built_only_to_validate(tmp_path) -> None:
    """Importing the pipeline builds no pydantic schema for a resource table or a claims/ file:
    those validate YAML, which a cached run never reads (only the records of models.py are built)."""
    _, cached = _runs(tmp_path, (
        "from claimcheck import pipeline\nfrom pydantic import BaseModel\n"
        "def every(cls):\n    for sub in cls.__subclasses__():\n        yield sub\n        yield from every(sub)\n"
        "built = sorted(f'{c.__module__}.{c.__qualname__}' for c in every(BaseModel)\n"
        "               if c.__module__.startswith('claimcheck.') and c.__module__ != 'claimcheck.models'\n"
        "               and c.__pydantic_complete__)\n"
        "print(built)"))
    assert cached == "[]", f"give these models defer_build=True in their model_config: {cached}"


def test_patterns_are_the_same_whatever_the_hash_seed(tmp_path) -> None:
    """Every regular expression the pipeline compiles has the same text in every process (an
    alternation built from a set is sorted), so the CLI's regex cache serves all of them."""
    _, second, third = _runs(tmp_path, (  # the first fills the cache (its writes compile glob patterns)
        "import re\nfrom re import _compiler\nseen = set()\ncompile = _compiler.compile\n"
        "def caller():\n    f = sys._getframe(2)\n"
        "    while f is not None and f.f_globals.get('__name__', '').split('.')[0] == 're':\n        f = f.f_back\n"
        "    return f.f_globals.get('__name__', '') if f is not None else ''\n"
        "def spy(p, flags=0):\n    if isinstance(p, str) and caller().startswith('claimcheck'):\n"
        "        seen.add((p, int(flags)))\n    return compile(p, flags)\n"
        "_compiler.compile = spy\nre.purge()\nfrom claimcheck import pipeline\npipeline.run(corpus, claims)\n"
        "import hashlib\nprint(len(seen), hashlib.sha256(repr(sorted(seen, key=repr)).encode()).hexdigest())"),
        times=3, hash_seeds=True)
    first = second
    assert second == third
    assert int(first.split()[0]) > 100


def test_a_cached_cli_run_reads_no_package_metadata(tmp_path) -> None:
    """``importlib.metadata`` (the email parser, zip files: ~20 ms) is imported by nothing a
    cached CLI run does: pydantic's plugin loader has a stand-in while plugins are disabled,
    and the gazetteer's cache is keyed by the libraries' files, not their versions."""
    code = ("import os\nsys.argv = ['claimcheck', 'report', str(corpus), '--claims', str(claims), '-f', 'json', "
            "'-o', os.devnull]\nfrom claimcheck.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m == 'importlib.metadata' or m.startswith('pydantic.plugin')))")
    _, second = _runs(tmp_path, code)
    assert second == "['pydantic.plugin', 'pydantic.plugin._loader', 'pydantic.plugin._schema_validator']"


def test_the_plugin_loader_stand_in_answers_as_pydantic_does(monkeypatch) -> None:
    """Where it is installed, it answers what pydantic's loader answers with plugins disabled;
    where pydantic's loader was imported already, it is not installed."""
    from claimcheck.cli import _no_plugins

    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from pydantic.plugin import _loader

    assert list(_loader.get_plugins()) == list(_no_plugins.get_plugins()) == []
    assert _no_plugins.install() is (_no_plugins.NAME not in sys.modules)

"""The pipeline on a Dask cluster gives the same report, with the same ids, as a local run:
a LocalCluster of two worker processes on this machine."""

from __future__ import annotations

from pathlib import Path

import pytest

distributed_lib = pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from claimcheck import distributed, pipeline  # noqa: E402
from claimcheck.cli import app  # noqa: E402
from claimcheck.report.json import render_json  # noqa: E402

from .corpus import build  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with distributed_lib.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster):  # type: ignore[no-untyped-def]
    with distributed_lib.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build(tmp_path_factory.mktemp("dask"))


@pytest.mark.slow
@pytest.mark.parametrize("partition_size", [None, 1, 5])
def test_the_cluster_report_equals_the_local_one(client, corpus: tuple[Path, Path],  # type: ignore[no-untyped-def]
                                                 partition_size: int | None) -> None:
    folder, claims = corpus
    local = render_json(pipeline.run(folder, claims))
    remote = render_json(distributed.run(folder, claims, client, partition_size=partition_size))
    assert remote == local
    assert '"findings": [\n    {' in local  # findings exist, so their ids were compared


@pytest.mark.slow
def test_dates_inferred_on_the_cluster_equal_the_local_ones(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, _ = build(tmp_path)
    no_metadata = tmp_path / "empty-claims"
    no_metadata.mkdir()  # every date inferred from the text, with the corpus pass
    assert render_json(distributed.run(folder, no_metadata, client)) == render_json(pipeline.run(folder, no_metadata))


@pytest.mark.slow
def test_the_cli_runs_on_the_scheduler_given(cluster, corpus: tuple[Path, Path],  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder, claims = corpus
    base = ["report", str(folder), "--claims", str(claims), "--format", "json"]
    local = runner.invoke(app, [*base, "--jobs", "1"])
    remote = runner.invoke(app, [*base, "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout
    monkeypatch.setenv("CLAIMCHECK_SCHEDULER", cluster.scheduler_address)
    assert runner.invoke(app, base).stdout == local.stdout


def test_an_unreachable_scheduler_is_a_usage_error(corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    result = runner.invoke(app, ["report", str(corpus[0]), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "[E311] cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_partitions_keep_the_corpus_order() -> None:
    items = list(range(10))
    parts = distributed.partitions(items, n_workers=2)  # type: ignore[arg-type]
    assert [x for p in parts for x in p] == items and len(parts) == 5
    assert [len(p) for p in distributed.partitions(items, 2, size=4)] == [4, 4, 2]  # type: ignore[arg-type]


class _NoScatter:
    """A client that refuses ``scatter``: scattered data has no lineage, so losing its worker
    would cancel every task that needs it."""

    def __init__(self, client) -> None:  # type: ignore[no-untyped-def]
        self._client = client

    def scatter(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("scattered data cannot be recomputed when its worker is lost")

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._client, name)


@pytest.mark.slow
def test_every_input_of_the_cluster_run_can_be_recomputed(client, corpus: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    # under load a worker can be lost mid-run: the partitions' text and the metadata travel in
    # task specs the scheduler can rerun elsewhere, so nothing is scattered
    folder, claims = corpus
    assert render_json(distributed.run(folder, claims, _NoScatter(client))) == render_json(pipeline.run(folder, claims))

"""A batch on a Dask cluster gives the local batch's output, document for document.

One `distributed.LocalCluster` of two worker processes on loopback serves the module; the
corpus is a few hundred generated documents (pieces of the fixture speeches) with broken
ones among them (tests/dask_support.py)."""

from __future__ import annotations

import contextlib
import io
import shlex
import shutil
import threading
import time
import socket
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
import regex

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytest.importorskip("fsspec")

import dask  # noqa: E402

import actions.dask as on_dask  # noqa: E402
from actions.batch import Settings, expand_inputs, jobs_from_inputs, jsonl_jobs, run_batch  # noqa: E402
from actions.cli import main  # noqa: E402
from actions.models import Document  # noqa: E402
from dask_support import MAX_BYTES, DeadlyText, deadly_corpus, speech_pieces, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster():
    # A worker that dies is not retried on another one here (the default is 3 retries):
    # each death costs a worker restart, and one is enough to show what happens.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
            dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as local_cluster:
            yield local_cluster


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster, set_as_default=False) as connected:
        yield connected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def local_out(corpus, tmp_path_factory):
    """The local batch's --out run of the corpus: (exit code, directory, standard error)."""
    directory = tmp_path_factory.mktemp("local") / "out"
    with contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(["extract", *map(str, corpus), "--out", str(directory), "--jobs", "1", "--max-bytes", str(MAX_BYTES)])
    return code, directory, err.getvalue()


@pytest.fixture(scope="module")
def local_outcomes(corpus):
    """The local batch's outcomes of the corpus, as a batch to standard output has them."""
    return list(run_batch(jobs_from_inputs(expand_inputs(map(str, corpus))), Settings(max_bytes=MAX_BYTES)))


def run_cli(argv, capsysbinary):
    code = main([str(arg) for arg in argv])
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


def files_of(directory: Path) -> dict[str, bytes]:
    return {path.relative_to(directory).as_posix(): path.read_bytes() for path in sorted(directory.rglob("*")) if path.is_file()}


def test_the_same_files_and_summary_as_the_local_batch(corpus, local_out, cluster, tmp_path, capsysbinary):
    local_code, local, local_err = local_out
    on_cluster = tmp_path / "dask"
    argv = ["extract", *corpus, "--out", on_cluster, "--dask", cluster.scheduler_address, "--max-bytes", MAX_BYTES, "--chunksize", 5]
    code, _, err = run_cli(argv, capsysbinary)
    assert code == local_code == 1  # the broken documents
    written = files_of(on_cluster)
    assert written == files_of(local)  # the same names (~2, ~3 for those that meet) and the same bytes
    assert len(written) >= 290 and "county-0/2024/meeting-0~2.json" in written and "broken/meeting-1~2.json" in written
    assert err.replace(str(on_cluster), "OUT") == local_err.replace(str(local), "OUT")
    assert "10 of 307 documents failed" in err and "Traceback" not in err
    for name in ("empty.txt: empty input", "undecodable.txt: undecodable input", "too-large.txt: larger than the limit"):
        assert name in err
    assert "line 6: not a JSON object" in err and "line 18 (id empty): empty text" in err


def test_the_same_json_lines_on_standard_output(corpus, local_outcomes, cluster, capsysbinary):
    argv = ["extract", *corpus, "--dask", cluster.scheduler_address, "--chunksize", 3, "--max-bytes", MAX_BYTES]
    code, out, _ = run_cli(argv, capsysbinary)
    assert code == 1
    assert out == b"".join((o.data if o.ok else o.error_record()) + b"\n" for o in local_outcomes)
    records = [orjson.loads(line) for line in out.splitlines()]
    assert len(records) == 307
    assert {"id": None, "line": 6, "error": records[-120 + 5]["error"]} == records[-120 + 5]  # the cut JSON line


def test_library_outcomes_match_the_local_batch(corpus, local_outcomes, client):
    settings = Settings(max_bytes=MAX_BYTES)
    remote = list(on_dask.run_on_cluster(on_dask.corpus_jobs(map(str, corpus)), settings, client, partition_size=7, in_flight=3))
    assert [(o.key, o.data, o.error) for o in remote] == [(o.key, o.data, o.error) for o in local_outcomes]


def test_a_bag_of_documents(corpus, client):
    jobs = on_dask.jobs_bag([str(corpus[1])], partition_size=16)
    outcomes = on_dask.outcomes_bag(jobs, Settings(max_bytes=MAX_BYTES))
    documents = on_dask.documents_bag(outcomes)
    counted = documents.map(lambda document: (document.source.name, len(document.items))).compute(scheduler=client.get)
    assert len(counted) == 120 - 5 and counted[0][0] == "doc-0"
    failed = outcomes.filter(lambda outcome: not outcome.ok).map(lambda outcome: outcome.job.line).compute(scheduler=client.get)
    assert failed == [6, 18, 30, 42, 54]
    assert sum(items for _, items in counted) > 0


def test_urls_that_fsspec_opens_give_the_same_documents(corpus, local_out, client, tmp_path, capsysbinary):
    tree, jsonl = corpus
    by_url = tmp_path / "url"
    address = client.scheduler.address
    code, _, err = run_cli(
        ["extract", tree.as_uri(), jsonl.as_uri(), "--out", by_url, "--dask", address, "--max-bytes", MAX_BYTES], capsysbinary
    )
    assert code == 1 and files_of(by_url) == files_of(local_out[1])
    assert f"{tree.as_uri()}/broken/empty.txt: empty input" in err  # the error names the URL
    code, _, err = run_cli(["extract", tree.as_uri() + "/missing", "--dask", address, "--out", by_url], capsysbinary)
    assert code == 2 and "missing: no such file or directory" in err and err.count("\n") == 1


def test_skip_existing_extracts_only_what_is_missing(corpus, local_out, cluster, tmp_path, capsysbinary, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(local_out[1], out)  # a finished run, then a crash took some of its files
    address = cluster.scheduler_address
    base = ["extract", *corpus, "--out", out, "--dask", address, "--max-bytes", MAX_BYTES]
    complete = files_of(out)
    removed = sorted(complete)[::25]
    for name in removed:
        (out / name).unlink()
    (out / "broken/meeting-1.json").write_bytes(b"my edits")

    submitted = []
    real = on_dask.run_on_cluster

    def spy(jobs, *args, **kwargs):
        def seen():
            for job in jobs:
                submitted.append(job.output_name)
                yield job

        return real(seen(), *args, **kwargs)

    monkeypatch.setattr(on_dask, "run_on_cluster", spy)
    code, _, err = run_cli([*base, "--skip-existing"], capsysbinary)
    failed = 10
    assert code == 1  # the broken documents have no file: they are tried again, and fail again
    assert {name.removesuffix(".json") for name in removed} <= set(submitted)
    assert len(submitted) == len(removed) + failed
    skipped = len(complete) - len(removed)
    assert f"wrote {len(removed)} of 307 documents" in err and f"{skipped} skipped: their files exist" in err
    assert files_of(out) == {**complete, "broken/meeting-1.json": b"my edits"}


def test_a_worker_that_dies_loses_only_its_document(client, tmp_path, capsysbinary):
    path = deadly_corpus(tmp_path / "deadly.jsonl", 12, deadly={6})
    client.register_plugin(DeadlyText(), name=DeadlyText.name)
    try:  # document 6 kills the worker of its partition (4, 5, 6, 7), then alone, twice
        code, out, err = run_cli(["extract", path, "--dask", client.scheduler.address, "--chunksize", 4], capsysbinary)
    finally:
        client.unregister_worker_plugin(DeadlyText.name)
    client.wait_for_workers(2, timeout=60)  # the nannies have restarted the dead ones
    assert code == 1
    records = [orjson.loads(line) for line in out.splitlines()]
    assert len(records) == 12
    with path.open("rb") as stream:  # the local batch, where nothing kills a worker
        expected = [orjson.loads(outcome.data) for outcome in run_batch(jsonl_jobs(stream), Settings())]
    for number, record in enumerate(records):
        if number == 6:
            assert record["id"] == "doc-6" and record["line"] == 7
            assert record["error"].startswith("the Dask worker process died") and "the batch went on without it" in record["error"]
        else:
            assert record == expected[number]  # its partition's other documents too
    assert "1 of 12 documents failed" in err and "line 7 (id doc-6): the Dask worker process died" in err and "Traceback" not in err


def test_without_an_address_a_local_cluster_of_one_worker_per_core(tmp_path, capsysbinary):
    source = tmp_path / "speeches"
    source.mkdir()
    for number, text in enumerate(speech_pieces(6)):
        (source / f"s{number}.txt").write_text(text, encoding="utf-8")
    (source / "empty.txt").write_bytes(b"")
    local_code, _, local_err = run_cli(["extract", source, "--out", tmp_path / "local"], capsysbinary)
    command = [sys.executable, "-m", "actions", "extract", str(source), "--dask", "--out", str(tmp_path / "dask")]
    on_cluster = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert on_cluster.returncode == local_code == 1
    assert on_cluster.stderr.replace("dask", "OUT") == local_err.replace("local", "OUT")  # no log lines, no warnings
    assert files_of(tmp_path / "dask") == files_of(tmp_path / "local") and len(files_of(tmp_path / "local")) == 6


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsysbinary):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, _, err = run_cli(["extract", ROOT / "fixtures/speeches", "--dask", f"tcp://127.0.0.1:{port}", "--out", tmp_path], capsysbinary)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"actions: error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    code, _, err = run_cli(["extract", "--dask", ROOT / "fixtures/speeches", "--out", tmp_path], capsysbinary)
    assert code == 2 and "not a scheduler address" in err and "actions extract CORPUS --dask" in err
    code, _, err = run_cli(["extract", ROOT / "fixtures/speeches", "--dask", "tcp://127.0.0.1:1", "--jobs", "2"], capsysbinary)
    assert code == 2 and "drop --jobs" in err
    assert not list(tmp_path.iterdir())  # nothing written


def test_a_scheduler_lost_during_the_run_is_one_line_and_a_rerun_does_the_rest(corpus, local_out, cluster, tmp_path, capsysbinary):
    out = tmp_path / "out"
    argv = ["extract", *corpus, "--out", out, "--max-bytes", MAX_BYTES, "--dask"]
    with distributed.LocalCluster(  # a cluster of its own, in this process: one worker thread
        n_workers=1, processes=False, threads_per_worker=1, host="127.0.0.1", protocol="tcp://",
        dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    ) as doomed:

        def close_once_a_file_is_written():
            deadline = time.monotonic() + 60
            while not any(out.rglob("*.json")) and time.monotonic() < deadline:
                time.sleep(0.02)
            doomed.close()

        closer = threading.Thread(target=close_once_a_file_is_written)
        closer.start()
        code, _, err = run_cli([*argv, doomed.scheduler_address], capsysbinary)
        closer.join()
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("actions: error: lost the Dask scheduler during the run") and "--skip-existing" in err
    assert 0 < len(files_of(out)) < len(files_of(local_out[1]))
    code, _, err = run_cli([*argv, cluster.scheduler_address, "--skip-existing"], capsysbinary)
    assert code == 1 and "skipped: their files exist" in err
    assert files_of(out) == files_of(local_out[1])


def test_without_the_extra_it_says_what_to_install(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    code, _, err = run_cli(["extract", ROOT / "fixtures/speeches", "--dask", "--out", tmp_path], capsysbinary)
    assert code == 2 and err.count("\n") == 1
    assert "--dask needs Dask: distributed is not installed" in err and "pip install 'zh-meeting-actions[dask]'" in err


def test_the_readme_command_for_a_cluster(cluster, tmp_path, capsysbinary, monkeypatch):
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Corpora on a cluster", 1)[1].split("\n## ", 1)[0]
    command = regex.search(r"^actions extract \S+ --dask tcp://\S+ --out \S+$", section, regex.M).group(0)
    source = tmp_path / shlex.split(command)[2]
    source.mkdir()
    for number, text in enumerate(speech_pieces(4)):
        (source / f"s{number}.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    argv = [cluster.scheduler_address if arg.startswith("tcp://") else arg for arg in shlex.split(command)[1:]]
    code, _, err = run_cli(argv, capsysbinary)
    out = tmp_path / argv[-1]
    assert code == 0 and "wrote 4 of 4 documents" in err, err
    assert sorted(files_of(out)) == [f"s{number}.json" for number in range(4)]
    assert all(Document.model_validate_json(data).items is not None for data in files_of(out).values())


def test_parquet_from_the_dask_path_is_partitioned_and_holds_the_local_tables(corpus, cluster, tmp_path, capsysbinary, monkeypatch):
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    import actions.commands.parquet_out as parquet_out

    monkeypatch.setattr(parquet_out, "PART_DOCUMENTS", 50)
    local, on_cluster = tmp_path / "local", tmp_path / "dask"
    options = ["--format", "parquet", "--max-bytes", MAX_BYTES]
    local_code, _, _ = run_cli(["extract", *corpus, "--out", local, "--jobs", 1, *options], capsysbinary)
    code, _, err = run_cli(["extract", *corpus, "--out", on_cluster, "--dask", cluster.scheduler_address, *options], capsysbinary)
    assert code == local_code == 1
    assert "wrote 307 documents (10 failed: their rows hold the error)" in err and "(7 parts)" in err
    for table in ("documents", "items"):
        parts = sorted((on_cluster / table).glob("part-*.parquet"), key=lambda path: int(path.stem.split("-")[1]))
        assert [path.name for path in parts] == [f"part-{number}.parquet" for number in range(7)]
        joined = pyarrow.concat_tables([pq.read_table(path) for path in parts])
        assert joined.equals(pq.read_table(local / f"{table}.parquet"))  # the same rows, ids and columns
    duckdb = pytest.importorskip("duckdb")
    query = "select count(*), count(distinct document_id) from read_parquet('{}')"
    assert duckdb.sql(query.format(on_cluster / "items/*.parquet")).fetchall() == duckdb.sql(query.format(local / "items.parquet")).fetchall()

    code, _, err = run_cli(["extract", *corpus, "--out", on_cluster, "--dask", cluster.scheduler_address, *options], capsysbinary)
    assert code == 2 and "exists" in err and "--force" in err  # an earlier run's tables are never overwritten without --force
    monkeypatch.setattr(parquet_out, "PART_DOCUMENTS", 200)
    code, _, err = run_cli(["extract", corpus[1], "--out", on_cluster, "--dask", cluster.scheduler_address, "--force", *options], capsysbinary)
    assert code == 1 and "wrote 120 documents" in err and "(1 parts)" in err
    for table in ("documents", "items"):  # the earlier run's parts 1 to 6 are gone with it
        assert [path.name for path in (on_cluster / table).iterdir()] == ["part-0.parquet"]

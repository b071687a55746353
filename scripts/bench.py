"""``make bench``: what our client costs, side by side with raw httpx and the official SDK.

Prints a table and writes ``dist/bench/results.json``. Five measurements:

1. **Per-request overhead** — sequential ``GET /api/jobs/{id}`` against the mock server (running in its
   own process, so the client side is what differs) through (a) raw ``httpx.Client`` + ``json.loads``,
   (b) the ``JoboClient`` facade, (c) the generated ``get_job.sync`` with ``jobo.generated``, (d) the
   official SDK's ``JoboClient(base_url=<mock>)``. Requests/s, client CPU per request, ratio to (a).
2. **Parse cost** of one 1,000-job feed page built from the realistic fixture jobs: ``json.loads``
   alone, our generated ``JobFeedResponse.from_dict`` (and the same from the generator's stock
   templates, regenerated into a temporary folder: the "before"), and the SDK's pydantic models.
3. **Async concurrency** — 200 concurrent ``GET /api/jobs/{id}`` through ``AsyncJoboClient``, raw
   ``httpx.AsyncClient`` and the SDK's ``AsyncJoboClient``.
4. **Backfill memory** — ``feed.iter_jobs`` over 10,000 and 100,000 jobs, each run in a subprocess
   (``scripts/bench_backfill.py``) so its peak RSS is its own.
5. **Policy layer on the success path** — the same in-memory ``httpx.MockTransport`` behind a plain
   ``httpx.Client`` and behind the policy transport (auth, timeouts, retry bookkeeping, error mapping,
   usage accounting).

Every figure is the median of repeated rounds, with the min–max spread; every ratio is computed per
round, between variants measured in the same round of the same run (the variants of a round run
back to back, in rotating order), and then its median is taken. Other work on the machine moves the
absolute numbers; the ratios move much less.

``--quick`` runs a smoke-sized version (seconds; used by the tests). The official SDK
(``jobo-enterprise``, the ``[bench]`` extra) and the stock-template comparison (needs
``openapi-python-client``, the ``[dev]`` extra) are skipped with a note when not installed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import dataclasses
import gc
import importlib
import importlib.util
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
from jobo_client.api.jobs_search import get_job
from jobo_client.models.job_feed_response import JobFeedResponse

from jobo_ext import AsyncJoboClient, JoboClient
from jobo_ext.retries import RetryPolicy

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT_OUTPUT = ROOT / "dist" / "bench" / "results.json"
BACKFILL_SCRIPT = Path(__file__).resolve().parent / "bench_backfill.py"


@dataclass(frozen=True)
class Plan:
    """How much of each measurement to run."""

    requests: int = 2000  # 1. sequential requests per variant per round
    request_rounds: int = 3
    concurrency: int = 200  # 3. concurrent requests per batch
    async_rounds: int = 5
    page_jobs: int = 1000  # 2. jobs in the parsed page
    parse_rounds: int = 9
    backfill_sizes: tuple[int, int] = (10_000, 100_000)  # 4. jobs per backfill run
    backfill_small_runs: int = 3  # runs of the small size (the large one runs once)
    policy_requests: int = 2000  # 5. in-memory requests per variant per round
    policy_rounds: int = 7


FULL = Plan()
QUICK = Plan(
    requests=100,
    request_rounds=2,
    concurrency=20,
    async_rounds=2,
    page_jobs=50,
    parse_rounds=2,
    backfill_sizes=(1000, 2000),
    backfill_small_runs=1,
    policy_requests=200,
    policy_rounds=2,
)

#: Targets from issue 8: a ratio and the largest value that meets it.
FACADE_LIMIT = 1.15
PARSE_LIMIT = 1.0
RSS_GROWTH_LIMIT = 1.10  # "independent of the number of jobs": 100k peak within 10% of 10k peak


# --------------------------------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------------------------------


def stat(samples: list[float]) -> dict[str, Any]:
    """Median, min, max and the samples themselves."""
    if not samples:
        raise ValueError("no samples")
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": len(samples),
        "samples": samples,
    }


@dataclass
class Recorder:
    """Samples per variant, and per-round ratios against a reference variant."""

    reference: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    ratios: dict[str, list[float]] = field(default_factory=dict)

    def add_round(self, round_values: dict[str, float]) -> None:
        ref = round_values[self.reference]
        for name, value in round_values.items():
            self.samples.setdefault(name, []).append(value)
            self.ratios.setdefault(name, []).append(value / ref)


def rotate(names: list[str], round_no: int) -> list[str]:
    """The variants in a different order each round, so none always runs first or last."""
    k = round_no % len(names)
    return names[k:] + names[:k]


def fmt_spread(s: dict[str, Any], unit: str, digits: int = 1) -> tuple[str, str]:
    return f"{s['median']:,.{digits}f} {unit}", f"{s['min']:,.{digits}f}–{s['max']:,.{digits}f}"


def fmt_ratio(s: dict[str, Any]) -> str:
    return f"{s['median']:.2f}× ({s['min']:.2f}–{s['max']:.2f})"


# --------------------------------------------------------------------------------------------------
# Mock server in its own process
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    url: str
    api_key: str


@contextlib.contextmanager
def mock_server(jobs: int) -> Iterator[Server]:
    """``python -m jobo_ext.testing serve`` on a free port, in a child process; stopped on exit."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jobo_ext.testing",
            "serve",
            "--port",
            "0",
            "--jobs",
            str(jobs),
            "--feed-subscription",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the mock server did not start (exit code {proc.wait(10)})")
        info = json.loads(line)
        yield Server(url=info["url"], api_key=info["api_key"])
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def job_ids(server: Server, count: int) -> list[str]:
    """The first ``count`` job ids of the mock's feed."""
    ids: list[str] = []
    body: dict[str, Any] = {"batch_size": 1000}
    with httpx.Client(base_url=server.url, headers={"X-Api-Key": server.api_key}, timeout=60) as client:
        while len(ids) < count:
            page = client.post("/api/jobs/feed", json=body).raise_for_status().json()
            ids.extend(job["id"] for job in page["jobs"])
            if not page["has_more"]:
                break
            body = {"cursor": page["next_cursor"]}
    if len(ids) < count:
        raise RuntimeError(f"the mock served {len(ids)} jobs, {count} needed")
    return ids[:count]


# --------------------------------------------------------------------------------------------------
# Optional peers
# --------------------------------------------------------------------------------------------------


def sdk_available(wanted: bool) -> bool:
    return wanted and importlib.util.find_spec("jobo_enterprise") is not None


@contextlib.contextmanager
def stock_models(wanted: bool) -> Iterator[Any]:
    """``JobFeedResponse`` generated from the same spec with the generator's stock templates.

    Generated into a temporary folder as package ``jobo_client_stock`` (the generated code imports
    itself relatively), so the "before" of the custom templates is measured in every run.
    """
    generator = Path(sys.executable).parent / "openapi-python-client"
    if not wanted or not generator.exists():
        yield None
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "jobo_client_stock"
        subprocess.run(
            [
                str(generator),
                "generate",
                "--path",
                str(ROOT / "openapi" / "jobo.yaml"),
                "--config",
                str(ROOT / "openapi" / "generator-config.yaml"),
                "--meta",
                "none",
                "--output-path",
                str(out),
            ],
            check=True,
            cwd=tmp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        sys.path.insert(0, tmp)
        try:
            yield importlib.import_module("jobo_client_stock.models.job_feed_response").JobFeedResponse
        finally:
            sys.path.remove(tmp)
            for name in [m for m in sys.modules if m.split(".")[0] == "jobo_client_stock"]:
                del sys.modules[name]


# --------------------------------------------------------------------------------------------------
# 1. Per-request overhead
# --------------------------------------------------------------------------------------------------


#: Requests per variant in one interleaving step of the per-request benchmark.
SLICE = 100


def bench_per_request(server: Server, ids: list[str], rounds: int, use_sdk: bool) -> dict[str, Any]:
    headers = {"X-Api-Key": server.api_key}
    raw = httpx.Client(base_url=server.url, headers=headers)
    jobo = JoboClient(api_key=server.api_key, base_url=server.url)
    generated = jobo.generated

    def raw_get(job_id: str) -> object:
        response = raw.get(f"/api/jobs/{job_id}")
        response.raise_for_status()
        return response.json()

    def generated_get(job_id: str) -> object:
        return get_job.sync(uuid.UUID(job_id), client=generated)

    variants: dict[str, Callable[[str], object]] = {
        "raw httpx.Client + json": raw_get,
        "JoboClient facade": jobo.jobs.get,
        "generated get_job.sync": generated_get,
    }
    closers: list[Callable[[], None]] = [raw.close, jobo.close]
    if use_sdk:
        import jobo_enterprise

        sdk = jobo_enterprise.JoboClient(server.api_key, base_url=server.url)
        variants["official SDK (jobo-enterprise)"] = sdk.search.get_job
        closers.append(sdk.close)

    names = list(variants)
    wall = Recorder(reference=names[0])
    cpu = Recorder(reference=names[0])
    try:
        for fn in variants.values():  # warm up: connections, imports, caches on both sides
            for job_id in ids[:100]:
                fn(job_id)
        # A round is every variant sending all ``ids`` once. Within a round the ids go in slices,
        # each slice through every variant back to back (rotating order), so a burst of other work
        # on the machine lands on all variants alike; each slice set gives one ratio sample.
        slices = [ids[i : i + SLICE] for i in range(0, len(ids), SLICE)]
        slice_ratios: dict[str, list[float]] = {name: [] for name in names}
        cpu_slice_ratios: dict[str, list[float]] = {name: [] for name in names}
        for round_no in range(rounds):
            wall_round = dict.fromkeys(names, 0.0)
            cpu_round = dict.fromkeys(names, 0.0)
            gc.collect()
            for slice_no, chunk in enumerate(slices):
                wall_slice: dict[str, float] = {}
                cpu_slice: dict[str, float] = {}
                for name in rotate(names, round_no * len(slices) + slice_no):
                    fn = variants[name]
                    w0, c0 = time.perf_counter(), time.process_time()
                    for job_id in chunk:
                        fn(job_id)
                    wall_slice[name] = time.perf_counter() - w0
                    cpu_slice[name] = time.process_time() - c0
                for name in names:
                    wall_round[name] += wall_slice[name] / len(ids)
                    cpu_round[name] += cpu_slice[name] / len(ids)
                    slice_ratios[name].append(wall_slice[name] / wall_slice[names[0]])
                    cpu_slice_ratios[name].append(cpu_slice[name] / max(cpu_slice[names[0]], 1e-9))
            wall.add_round(wall_round)
            cpu.add_round(cpu_round)
    finally:
        for close in closers:
            close()
    return {
        "requests_per_round": len(ids),
        "rounds": rounds,
        "slice": SLICE,
        "ratio_samples": "one per slice of each round: the variants' times for the same ids, back to back",
        "variants": {
            name: {
                "requests_per_s": stat([1 / s for s in wall.samples[name]]),
                "wall_us_per_request": stat([s * 1e6 for s in wall.samples[name]]),
                "client_cpu_us_per_request": stat([s * 1e6 for s in cpu.samples[name]]),
                "ratio_to_raw": stat(slice_ratios[name]),
                "ratio_to_raw_per_round": stat(wall.ratios[name]),
                "client_cpu_ratio_to_raw": stat(cpu_slice_ratios[name]),
            }
            for name in names
        },
    }


# --------------------------------------------------------------------------------------------------
# 2. Parse cost
# --------------------------------------------------------------------------------------------------

_CITIES = [
    ("San Francisco, CA", "San Francisco", "California", "United States", 37.7749, -122.4194),
    ("New York, NY", "New York", "New York", "United States", 40.7128, -74.006),
    ("London, UK", "London", "England", "United Kingdom", 51.5072, -0.1276),
    ("Berlin, Germany", "Berlin", "Berlin", "Germany", 52.52, 13.405),
    ("Toronto, ON", "Toronto", "Ontario", "Canada", 43.6532, -79.3832),
]
_SKILLS = ["Go", "Kubernetes", "Python", "PostgreSQL", "Terraform", "gRPC", "Communication", "Mentoring"]


def feed_page(jobs: int = 1000, seed: int = 8) -> bytes:
    """A feed page of ``jobs`` realistic jobs: the fixture jobs, each with its own ids and values.

    Three in four are the full ``job.json``, one in four ``job-sparse.json``; ids, company ids,
    timestamps, titles, locations (1–3) and skills (0–4 per bucket) vary, so no two jobs are equal.
    """
    rnd = random.Random(seed)
    full = json.loads((FIXTURES / "job.json").read_text())
    sparse = json.loads((FIXTURES / "job-sparse.json").read_text())
    companies = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(40)]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    out = []
    for i in range(jobs):
        job = copy.deepcopy(sparse if i % 4 == 3 else full)
        job["id"] = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        job["title"] = f"{job['title']} {i % 97}"
        job["company"]["id"] = rnd.choice(companies)
        created = start + timedelta(seconds=rnd.randrange(90 * 86400))
        job["created_at"] = created.isoformat().replace("+00:00", "Z")
        job["updated_at"] = (created + timedelta(seconds=rnd.randrange(86400))).isoformat()
        if job.get("date_posted"):
            job["date_posted"] = (created - timedelta(days=1)).isoformat().replace("+00:00", "Z")
        if job["locations"]:
            job["locations"] = [
                dict(
                    zip(("location", "city", "region", "country", "latitude", "longitude"), city, strict=True)
                )
                for city in rnd.sample(_CITIES, rnd.randint(1, 3))
            ]
        for bucket in job["qualifications"].values():
            if bucket["skills"]:
                bucket["skills"] = [
                    {"name": name, "type": "soft" if name in ("Communication", "Mentoring") else "hard"}
                    for name in rnd.sample(_SKILLS, rnd.randint(1, 4))
                ]
        out.append(job)
    page = {"jobs": out, "next_cursor": "c" * 40, "has_more": True, "estimated_total": 100_000}
    return json.dumps(page, separators=(",", ":")).encode()


def bench_parse(rounds: int, jobs: int, use_sdk: bool, use_stock: bool) -> dict[str, Any]:
    page = feed_page(jobs)
    loaded = json.loads(page)
    ours = JobFeedResponse.from_dict(loaded)
    if len(ours.jobs) != jobs:
        raise AssertionError("the page did not parse into all its jobs")
    variants: dict[str, Callable[[], object]] = {
        "json.loads (floor)": lambda: json.loads(page),
        "ours: from_dict": lambda: JobFeedResponse.from_dict(loaded),
        "ours: json.loads + from_dict": lambda: JobFeedResponse.from_dict(json.loads(page)),
    }
    notes: list[str] = []
    with stock_models(use_stock) as stock:
        if stock is not None:
            variants["stock templates: from_dict"] = lambda: stock.from_dict(loaded)
            variants["stock templates: json.loads + from_dict"] = lambda: stock.from_dict(json.loads(page))
        elif use_stock:
            notes.append("stock-template comparison skipped: openapi-python-client is not installed")
        if use_sdk:
            from jobo_enterprise.models import JobFeedResponse as SdkJobFeedResponse

            variants["SDK: model_validate_json"] = lambda: SdkJobFeedResponse.model_validate_json(page)
            variants["SDK: model_validate (dict)"] = lambda: SdkJobFeedResponse.model_validate(loaded)
        names = list(variants)
        recorder = Recorder(reference=names[0])
        for fn in variants.values():
            fn()  # warm up
        for round_no in range(rounds):
            round_values: dict[str, float] = {}
            for name in rotate(names, round_no):
                fn = variants[name]
                gc.collect()
                t0 = time.perf_counter()
                result = fn()
                round_values[name] = time.perf_counter() - t0
                del result  # freed outside the timed region
            recorder.add_round(round_values)
    sdk_json = "SDK: model_validate_json"
    results: dict[str, Any] = {
        "page_bytes": len(page),
        "jobs": jobs,
        "rounds": rounds,
        "gc": "enabled (as in real use); gc.collect() before each timed call",
        "notes": notes,
        "variants": {
            name: {
                "ms_per_page": stat([s * 1e3 for s in recorder.samples[name]]),
                "ratio_to_json_loads": stat(recorder.ratios[name]),
            }
            for name in names
        },
    }
    if sdk_json in names:
        for name in names:
            ratios = [a / b for a, b in zip(recorder.samples[name], recorder.samples[sdk_json], strict=True)]
            results["variants"][name]["ratio_to_sdk_json"] = stat(ratios)
    return results


# --------------------------------------------------------------------------------------------------
# 3. Async concurrency
# --------------------------------------------------------------------------------------------------

#: The same pool for all three clients: 20 connections, all kept alive between batches, so the 200
#: concurrent requests queue in the client. The mock server is a ``ThreadingHTTPServer`` (a thread
#: per connection, the standard library's listen backlog of 5): with httpx's default 100 connections
#: and 20 idle ones, every batch reconnects 80 times, SYNs are dropped and requests stall for seconds
#: (read timeouts included), which measures the mock, not the clients.
ASYNC_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=20)
ASYNC_TIMEOUT = 60.0


def bench_async(
    server: Server, ids: list[str], concurrency: int, rounds: int, use_sdk: bool
) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        raw = httpx.AsyncClient(
            base_url=server.url,
            headers={"X-Api-Key": server.api_key},
            limits=ASYNC_LIMITS,
            timeout=ASYNC_TIMEOUT,
        )
        jobo = AsyncJoboClient(
            api_key=server.api_key, base_url=server.url, limits=ASYNC_LIMITS, timeout=ASYNC_TIMEOUT
        )

        async def raw_get(job_id: str) -> object:
            response = await raw.get(f"/api/jobs/{job_id}")
            response.raise_for_status()
            return response.json()

        variants: dict[str, Callable[[str], Awaitable[object]]] = {
            "raw httpx.AsyncClient + json": raw_get,
            "AsyncJoboClient facade": jobo.jobs.get,
        }
        closers: list[Callable[[], Awaitable[None]]] = [raw.aclose, jobo.aclose]
        if use_sdk:
            import jobo_enterprise

            # The SDK's own client headers (jobo_enterprise/client.py), with the same pool and timeout.
            sdk_http = httpx.AsyncClient(
                base_url=server.url,
                timeout=ASYNC_TIMEOUT,
                headers={
                    "X-Api-Key": server.api_key,
                    "User-Agent": "jobo-python/4.0.0",
                    "Accept": "application/json",
                },
                limits=ASYNC_LIMITS,
            )
            sdk = jobo_enterprise.AsyncJoboClient(server.api_key, base_url=server.url, httpx_client=sdk_http)
            variants["official SDK AsyncJoboClient"] = sdk.search.get_job
            closers.append(sdk.close)
        names = list(variants)
        recorder = Recorder(reference=names[0])
        batch = ids[:concurrency]
        try:
            for fn in variants.values():  # warm up: open the connection pools
                await asyncio.gather(*(fn(job_id) for job_id in batch))
            for round_no in range(rounds):
                round_values: dict[str, float] = {}
                for name in rotate(names, round_no):
                    fn = variants[name]
                    gc.collect()
                    t0 = time.perf_counter()
                    results = await asyncio.gather(*(fn(job_id) for job_id in batch))
                    round_values[name] = time.perf_counter() - t0
                    if len(results) != len(batch):
                        raise AssertionError("a concurrent request went missing")
                recorder.add_round(round_values)
        finally:
            for close in closers:
                await close()
        return {
            "concurrency": len(batch),
            "rounds": rounds,
            "connection_limits": "20 connections, kept alive, 60 s timeout, for all three clients",
            "variants": {
                name: {
                    "ms_per_batch": stat([s * 1e3 for s in recorder.samples[name]]),
                    "requests_per_s": stat([len(batch) / s for s in recorder.samples[name]]),
                    "ratio_to_raw": stat(recorder.ratios[name]),
                }
                for name in names
            },
        }

    return asyncio.run(main())


# --------------------------------------------------------------------------------------------------
# 4. Backfill memory
# --------------------------------------------------------------------------------------------------


def backfill_run(server: Server, limit: int) -> dict[str, Any]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    )
    done = subprocess.run(
        [sys.executable, str(BACKFILL_SCRIPT), server.url, server.api_key, str(limit)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["jobs"] != limit:
        raise AssertionError(f"backfill saw {result['jobs']} jobs, expected {limit}")
    return result


def bench_backfill(sizes: list[int], repeats: dict[int, int]) -> dict[str, Any]:
    runs: dict[int, list[dict[str, Any]]] = {size: [] for size in sizes}
    with mock_server(max(sizes)) as server:
        for size in sizes:
            for _ in range(repeats[size]):
                runs[size].append(backfill_run(server, size))
    out: dict[str, Any] = {"batch_size": 1000, "sizes": {}}
    for size, results in runs.items():
        chunk_rates = [10_000 / s for r in results for s in r["chunk_wall_s"]]
        out["sizes"][str(size)] = {
            "runs": len(results),
            "peak_rss_mib": stat([r["peak_rss_kib"] / 1024 for r in results]),
            "baseline_rss_mib": stat([r["baseline_rss_kib"] / 1024 for r in results]),
            "growth_during_iteration_mib": stat(
                [(r["peak_rss_kib"] - r["baseline_rss_kib"]) / 1024 for r in results]
            ),
            "jobs_per_s": stat([r["jobs"] / r["wall_s"] for r in results]),
            "client_cpu_jobs_per_s": stat([r["jobs"] / r["cpu_s"] for r in results]),
            "jobs_per_s_per_10k_block": stat(chunk_rates) if chunk_rates else None,
            # Of the first run: how the peak moves as the iteration goes on.
            "peak_rss_mib_after_each_10k": [kib / 1024 for kib in results[0]["chunk_peak_rss_kib"]],
        }
    small, large = str(min(sizes)), str(max(sizes))
    if small != large:
        out["peak_rss_ratio_large_to_small"] = (
            out["sizes"][large]["peak_rss_mib"]["median"] / out["sizes"][small]["peak_rss_mib"]["median"]
        )
    return out


# --------------------------------------------------------------------------------------------------
# 5. Policy layer on the success path
# --------------------------------------------------------------------------------------------------


def bench_policy(requests: int, rounds: int) -> dict[str, Any]:
    body = json.dumps(json.loads((FIXTURES / "job.json").read_text())).encode()
    response_headers = {"Content-Type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=response_headers, content=body)

    base_url = "https://api.bench.invalid"
    key = "jbe_test_" + "b" * 21 + "_" + "c" * 43
    bare = httpx.Client(base_url=base_url, headers={"X-Api-Key": key}, transport=httpx.MockTransport(handler))
    jobo = JoboClient(
        api_key=key, base_url=base_url, transport=httpx.MockTransport(handler), retry_policy=RetryPolicy()
    )
    policy = jobo.generated.get_httpx_client()
    path = "/api/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890"
    variants: dict[str, httpx.Client] = {"bare MockTransport": bare, "policy transport over it": policy}
    names = list(variants)
    recorder = Recorder(reference=names[0])
    try:
        for client in variants.values():
            for _ in range(200):
                client.get(path).json()
        for round_no in range(rounds):
            round_values: dict[str, float] = {}
            for name in rotate(names, round_no):
                client = variants[name]
                gc.collect()
                t0 = time.perf_counter()
                for _ in range(requests):
                    client.get(path).json()
                round_values[name] = (time.perf_counter() - t0) / requests
            recorder.add_round(round_values)
    finally:
        bare.close()
        jobo.close()
    bare_us, policy_us = recorder.samples[names[0]], recorder.samples[names[1]]
    return {
        "requests_per_round": requests,
        "rounds": rounds,
        "what": "client.get(path).json() on a 2 KB job body; the policy transport decodes the JSON once "
        "(to validate it) and hands that parse to .json()",
        "variants": {
            name: {
                "us_per_request": stat([s * 1e6 for s in recorder.samples[name]]),
                "ratio_to_bare": stat(recorder.ratios[name]),
            }
            for name in names
        },
        "overhead_us_per_request": stat([(p - b) * 1e6 for p, b in zip(policy_us, bare_us, strict=True)]),
    }


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    per_request = results.get("per_request")
    if per_request:
        ratio = per_request["variants"]["JoboClient facade"]["ratio_to_raw"]["median"]
        found.append(
            {
                "target": "(1) facade per-request time / raw httpx",
                "ratio": ratio,
                "limit": FACADE_LIMIT,
                "met": ratio <= FACADE_LIMIT,
            }
        )
    parse = results.get("parse")
    if parse and "ratio_to_sdk_json" in parse["variants"]["ours: from_dict"]:
        for name, label in (
            ("ours: from_dict", "(2) from_dict / SDK model_validate_json"),
            (
                "ours: json.loads + from_dict",
                "(2) bytes→models: json.loads + from_dict / SDK model_validate_json",
            ),
        ):
            ratio = parse["variants"][name]["ratio_to_sdk_json"]["median"]
            found.append({"target": label, "ratio": ratio, "limit": PARSE_LIMIT, "met": ratio <= PARSE_LIMIT})
    backfill = results.get("backfill")
    if backfill and "peak_rss_ratio_large_to_small" in backfill:
        ratio = backfill["peak_rss_ratio_large_to_small"]
        sizes = sorted(int(s) for s in backfill["sizes"])
        found.append(
            {
                "target": f"(4) peak RSS at {sizes[-1]:,} jobs / at {sizes[0]:,} jobs",
                "ratio": ratio,
                "limit": RSS_GROWTH_LIMIT,
                "met": ratio <= RSS_GROWTH_LIMIT,
            }
        )
    return found


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str, str]] = []
    per_request = results.get("per_request")
    if per_request:
        n = per_request["requests_per_round"]
        for name, v in per_request["variants"].items():
            value, spread = fmt_spread(v["requests_per_s"], "req/s", 0)
            cpu = v["client_cpu_us_per_request"]["median"]
            rows.append(
                (
                    f"1. {n:,} sequential GET /api/jobs/{{id}}",
                    name,
                    value,
                    spread,
                    f"{fmt_ratio(v['ratio_to_raw'])}; client CPU {cpu:,.0f} µs/req",
                )
            )
    parse = results.get("parse")
    if parse:
        label = f"2. parse a {parse['jobs']:,}-job page ({parse['page_bytes'] / 1e6:.2f} MB)"
        for name, v in parse["variants"].items():
            value, spread = fmt_spread(v["ms_per_page"], "ms", 1)
            ratio = f"{fmt_ratio(v['ratio_to_sdk_json'])} of SDK json" if "ratio_to_sdk_json" in v else ""
            rows.append((label, name, value, spread, ratio))
    conc = results.get("async")
    if conc:
        label = f"3. {conc['concurrency']} concurrent GET /api/jobs/{{id}}"
        for name, v in conc["variants"].items():
            value, spread = fmt_spread(v["requests_per_s"], "req/s", 0)
            rows.append((label, name, value, spread, fmt_ratio(v["ratio_to_raw"]) + " time"))
    backfill = results.get("backfill")
    if backfill:
        for size, v in backfill["sizes"].items():
            label = f"4. iter_jobs over {int(size):,} jobs ({v['runs']} run{'s' if v['runs'] > 1 else ''})"
            value, spread = fmt_spread(v["peak_rss_mib"], "MiB", 1)
            growth = v["growth_during_iteration_mib"]["median"]
            rows.append((label, "peak RSS", value, spread, f"+{growth:.1f} MiB during the iteration"))
            value, spread = fmt_spread(v["jobs_per_s"], "jobs/s", 0)
            cpu = v["client_cpu_jobs_per_s"]["median"]
            rows.append(
                (label, "throughput (mock included)", value, spread, f"client CPU alone: {cpu:,.0f} jobs/s")
            )
            curve = v["peak_rss_mib_after_each_10k"]
            if len(curve) >= 3:
                marks = [(i + 1) * 10 for i in range(len(curve))]
                shown = [0, len(curve) // 2 - 1, len(curve) - 1]
                text = ", ".join(f"{marks[i]}k: {curve[i]:.0f}" for i in shown)
                rows.append((label, "peak RSS during the run", f"{text} MiB", "", ""))
    policy = results.get("policy")
    if policy:
        label = f"5. policy layer, {policy['requests_per_round']:,} in-memory GETs"
        for name, v in policy["variants"].items():
            value, spread = fmt_spread(v["us_per_request"], "µs/req", 1)
            rows.append((label, name, value, spread, fmt_ratio(v["ratio_to_bare"])))
        value, spread = fmt_spread(policy["overhead_us_per_request"], "µs/req", 1)
        rows.append((label, "overhead (difference)", value, spread, ""))
    header = ("Benchmark", "Variant", "Median", "Spread (min–max)", "Ratio (median, min–max)")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines.extend("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows)
    found = results.get("targets") or []
    if found:
        lines.append("")
        for t in found:
            verdict = "met" if t["met"] else "NOT met"
            lines.append(f"Target {t['target']}: {t['ratio']:.2f} (≤ {t['limit']:.2f}) — {verdict}")
    return "\n".join(lines)


def versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in ("httpx", "attrs", "pydantic", "pydantic-core", "jobo-enterprise", "openapi-python-client"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smoke-sized run (seconds), for tests")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="results JSON path")
    parser.add_argument("--no-sdk", action="store_true", help="leave out the official SDK")
    parser.add_argument("--no-stock", action="store_true", help="leave out the stock-template comparison")
    parser.add_argument(
        "--only",
        action="append",
        choices=("per_request", "parse", "async", "backfill", "policy"),
        help="run only these sections (repeatable)",
    )
    args = parser.parse_args(argv)
    quick = args.quick
    plan = QUICK if quick else FULL
    sections = set(args.only or ("per_request", "parse", "async", "backfill", "policy"))
    use_sdk = sdk_available(not args.no_sdk)
    started = time.perf_counter()
    results: dict[str, Any] = {
        "meta": {
            "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_at_start": list(os.getloadavg()),
            "quick": quick,
            "plan": dataclasses.asdict(plan),
            "official_sdk": use_sdk,
            "versions": versions(),
        }
    }
    if not use_sdk and not args.no_sdk:
        results["meta"]["note"] = (
            "jobo-enterprise is not installed (make bench installs it; or pip install -e '.[bench]'): SDK rows left out"
        )

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f}s] {message}", file=sys.stderr, flush=True)

    if sections & {"per_request", "async"}:
        with mock_server(max(plan.requests, plan.concurrency, 1000)) as server:
            ids = job_ids(server, max(plan.requests, plan.concurrency))
            if "per_request" in sections:
                log(f"1. per-request overhead: {plan.requests:,} requests × {plan.request_rounds} rounds")
                results["per_request"] = bench_per_request(
                    server, ids[: plan.requests], plan.request_rounds, use_sdk
                )
            if "async" in sections:
                log(f"3. async: {plan.concurrency} concurrent requests × {plan.async_rounds} rounds")
                results["async"] = bench_async(server, ids, plan.concurrency, plan.async_rounds, use_sdk)
    if "parse" in sections:
        log(f"2. parse cost: a {plan.page_jobs:,}-job page × {plan.parse_rounds} rounds")
        results["parse"] = bench_parse(plan.parse_rounds, plan.page_jobs, use_sdk, not args.no_stock)
    if "backfill" in sections:
        small, large = plan.backfill_sizes
        log(f"4. backfill memory: {small:,} jobs × {plan.backfill_small_runs}, {large:,} jobs × 1")
        results["backfill"] = bench_backfill([small, large], {small: plan.backfill_small_runs, large: 1})
    if "policy" in sections:
        log(f"5. policy layer: {plan.policy_requests:,} requests × {plan.policy_rounds} rounds")
        results["policy"] = bench_policy(plan.policy_requests, plan.policy_rounds)
    results["targets"] = targets(results)
    results["meta"]["seconds"] = time.perf_counter() - started
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(
        f"\n{results['meta']['cpus']} CPUs, Python {results['meta']['python']}, "
        f"{results['meta']['seconds']:.0f} s; results in {args.output}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

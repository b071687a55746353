"""One feed run for ``scripts/bench.py``, in a process of its own so its peak RSS and CPU time are its own.

``python scripts/bench_backfill.py URL API_KEY LIMIT [VARIANT]`` reads the mock server's job feed (batches
of 1,000) until ``LIMIT`` jobs have been seen, and prints one JSON object: jobs seen, wall and CPU seconds
of the iteration, peak RSS before and after it, and the wall seconds and peak RSS after each block of
10,000 jobs. VARIANT is what reads the feed:

- ``jobs`` (default): ``JoboClient.feed.iter_jobs``, models;
- ``raw_pages``: ``JoboClient.feed.iter_raw_pages``, the decoded JSON;
- ``raw``: a plain ``httpx.Client`` loop with ``response.json()``, the floor;
- ``sdk``: the official SDK's ``feed.iter_jobs`` (``jobo-enterprise``, the ``[bench]`` extra).

Each variant imports only what it uses, and sends one small feed request through its own path before the
baseline is taken, so imports and the connection are in the baseline, not in the growth. The mock server
runs in another process, so its dataset is not counted here.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

CHUNK = 10_000
BATCH = 1000
VARIANTS = ("jobs", "raw_pages", "raw", "sdk")


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far, in KiB.

    ``VmHWM`` from ``/proc/self/status`` where there is one: ``ru_maxrss`` survives ``exec`` on Linux,
    so a child started by a large parent would report the parent's peak as its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def batches(
    url: str, api_key: str, variant: str
) -> tuple[Callable[[], object], Iterator[int], Callable[[], None]]:
    """(warm-up call, jobs per batch as they arrive, close) for one variant."""
    if variant == "raw":
        import httpx

        http = httpx.Client(base_url=url, headers={"X-Api-Key": api_key}, timeout=120)

        def raw() -> Iterator[int]:
            body: dict[str, Any] = {"batch_size": BATCH}
            while True:
                page = http.post("/api/jobs/feed", json=body).raise_for_status().json()
                for job in page["jobs"]:
                    if not job["title"]:
                        raise AssertionError(f"job {job['id']} has no title")
                yield len(page["jobs"])
                if not page["has_more"]:
                    return
                body = {"cursor": page["next_cursor"]}

        warm = lambda: http.post("/api/jobs/feed", json={"batch_size": 1}).raise_for_status().json()  # noqa: E731
        return warm, raw(), http.close
    if variant == "sdk":
        import jobo_enterprise

        sdk = jobo_enterprise.JoboClient(api_key, base_url=url)

        def sdk_jobs() -> Iterator[int]:
            for job in sdk.feed.iter_jobs(batch_size=BATCH):
                if not job.title:
                    raise AssertionError(f"job {job.id} has no title")
                yield 1

        return lambda: sdk.feed.get_jobs(batch_size=1), sdk_jobs(), sdk.close
    from jobo_ext import JoboClient

    jobo = JoboClient(api_key=api_key, base_url=url)

    def warm_jobo() -> object:
        return next(iter(jobo.feed.iter_raw_pages(batch_size=1)))

    if variant == "raw_pages":

        def raw_pages() -> Iterator[int]:
            for page in jobo.feed.iter_raw_pages(batch_size=BATCH):
                for job in page["jobs"]:
                    if not job["title"]:
                        raise AssertionError(f"job {job['id']} has no title")
                yield len(page["jobs"])

        return warm_jobo, raw_pages(), jobo.close

    def jobs() -> Iterator[int]:
        for job in jobo.feed.iter_jobs(batch_size=BATCH):
            if not job.title:
                raise AssertionError(f"job {job.id} has no title")
            yield 1

    return lambda: next(iter(jobo.feed.iter_jobs(batch_size=1))), jobs(), jobo.close


def run(url: str, api_key: str, limit: int, variant: str = "jobs") -> dict[str, object]:
    warm, counts, close = batches(url, api_key, variant)
    try:
        warm()
        baseline = peak_rss_kib()
        chunks: list[float] = []
        chunk_peaks: list[int] = []
        seen = 0
        next_mark = CHUNK
        wall0 = chunk0 = time.perf_counter()
        cpu0 = time.process_time()
        for count in counts:
            seen += count
            if seen >= next_mark:
                now = time.perf_counter()
                chunks.append(now - chunk0)
                chunk_peaks.append(peak_rss_kib())
                chunk0 = now
                next_mark += CHUNK
            if seen >= limit:
                break
        wall = time.perf_counter() - wall0
        cpu = time.process_time() - cpu0
    finally:
        close()
    return {
        "variant": variant,
        "jobs": seen,
        "wall_s": wall,
        "cpu_s": cpu,
        "baseline_rss_kib": baseline,
        "peak_rss_kib": peak_rss_kib(),
        "chunk_wall_s": chunks,
        "chunk_peak_rss_kib": chunk_peaks,
    }


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4) or (len(argv) == 4 and argv[3] not in VARIANTS):
        print(f"usage: bench_backfill.py URL API_KEY LIMIT [{'|'.join(VARIANTS)}]", file=sys.stderr)
        return 2
    url, api_key, limit = argv[0], argv[1], int(argv[2])
    print(json.dumps(run(url, api_key, limit, argv[3] if len(argv) == 4 else "jobs")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

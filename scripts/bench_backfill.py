"""One backfill run for ``scripts/bench.py``, in a process of its own so its peak RSS is its own.

``python scripts/bench_backfill.py URL API_KEY LIMIT`` iterates ``JoboClient.feed.iter_jobs`` (batches
of 1,000) against a running mock server until ``LIMIT`` jobs have been seen, and prints one JSON object:
jobs seen, wall and CPU seconds, peak RSS before and after the iteration, and the wall seconds and peak
RSS after each block of 10,000 jobs. The mock server runs in another process, so its dataset is not
counted here.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from jobo_ext import JoboClient

CHUNK = 10_000


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


def run(url: str, api_key: str, limit: int) -> dict[str, object]:
    with JoboClient(api_key=api_key, base_url=url) as jobo:
        jobo.filters.get()  # connect and import everything a call needs before the baseline
        baseline = peak_rss_kib()
        chunks: list[float] = []
        chunk_peaks: list[int] = []
        seen = 0
        wall0 = chunk0 = time.perf_counter()
        cpu0 = time.process_time()
        for job in jobo.feed.iter_jobs(batch_size=1000):
            if not job.title:
                raise AssertionError(f"job {job.id} has no title")
            seen += 1
            if seen % CHUNK == 0:
                now = time.perf_counter()
                chunks.append(now - chunk0)
                chunk_peaks.append(peak_rss_kib())
                chunk0 = now
            if seen >= limit:
                break
        wall = time.perf_counter() - wall0
        cpu = time.process_time() - cpu0
    return {
        "jobs": seen,
        "wall_s": wall,
        "cpu_s": cpu,
        "baseline_rss_kib": baseline,
        "peak_rss_kib": peak_rss_kib(),
        "chunk_wall_s": chunks,
        "chunk_peak_rss_kib": chunk_peaks,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: bench_backfill.py URL API_KEY LIMIT", file=sys.stderr)
        return 2
    url, api_key, limit = argv[0], argv[1], int(argv[2])
    print(json.dumps(run(url, api_key, limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

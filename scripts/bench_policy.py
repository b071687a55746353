"""What the policy layer costs a successful request, in memory: client CPU time per request.

Four variants, all fetching the same canned ``GET /api/jobs/{id}`` response (the ``job.json`` fixture
and the headers the API sends with it) from an in-memory ``httpx.MockTransport``, so no network or
server time is in the figures:

(a) ``raw``: a plain ``httpx.Client`` with the key in its headers, then ``json.loads(response.content)``
    (like every variant here, without httpx's cookie-jar pass over a response that sets no cookie, which
    ``JoboClient`` skips: see ``jobo_ext/client.py``; ``scripts/bench.py``'s per-request rows keep it);
(b) ``policy``: an ``httpx.Client`` whose transport is :class:`~jobo_ext._transport.PolicyTransport`
    over the mock (auth, timeouts, retry bookkeeping, bounded body, JSON check), then ``.json()``;
(b') ``policy+usage``: the ``httpx.Client`` a ``JoboClient`` builds, which also records usage
    (credits, rate limit) for every response, then ``.json()``;
(c) ``facade``: ``JoboClient(...).jobs.get(id)``, which also builds the ``Job`` model.

Within each round the variants take turns in short bursts (``--burst`` requests each, in rotating
order) until each has made ``--requests``, so all of them run under the same load; every ratio and
difference is taken between variants of the same round, so load elsewhere on the machine moves them
much less than the absolute figures. The primary figure is client CPU time (``time.process_time``); wall time is beside
it. Prints min and median over the rounds; ``--json`` prints every figure as JSON instead.

The policy layer's cost is ``(b) - (a)`` (and ``(b') - (a)`` with usage accounting). The issue 17
target for it is 20 µs. The facade ratio ``(c) / (a)`` here includes building the model and has no
network time to hide behind; its 1.10 target is for loopback (``scripts/bench.py``).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

import jobo_ext
from jobo_ext import JoboClient
from jobo_ext._transport import PolicyTransport
from jobo_ext.client import _skip_cookie_pass

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
BASE_URL = "https://api.bench.invalid"
KEY = "jbe_test_" + "b" * 21 + "_" + "c" * 43
POLICY_TARGET_US = 20.0
FACADE_TARGET_RATIO = 1.10

#: What the API sends with a job (``GET /api/jobs/{id}`` is unmetered but rate-limited).
RESPONSE_HEADERS = [
    ("Date", "Mon, 30 Nov 2026 12:00:00 GMT"),
    ("Content-Type", "application/json; charset=utf-8"),
    ("Connection", "keep-alive"),
    ("Server", "cloudflare"),
    ("Vary", "Accept-Encoding"),
    ("X-Request-Id", "0HN8QK3V2J1AB:00000001"),
    ("X-RateLimit-Limit", "120"),
    ("X-RateLimit-Remaining", "119"),
    ("X-RateLimit-Reset", "1796040060"),
    ("Strict-Transport-Security", "max-age=31536000"),
]


def stat(samples: list[float]) -> dict[str, Any]:
    """Median, min, max and the samples themselves (the shape ``scripts/bench.py`` records too)."""
    if not samples:
        raise ValueError("no samples")
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": len(samples),
        "samples": samples,
    }


def rotate(names: list[str], turn: int) -> list[str]:
    """The variants in a different order each turn, so none always runs first or last."""
    k = turn % len(names)
    return names[k:] + names[:k]


def run(rounds: int, requests: int, burst: int = 50, warmup: int = 200) -> dict[str, Any]:
    """Measure every variant over ``rounds`` rounds of ``requests`` requests each, interleaved in bursts."""
    job = json.loads((FIXTURES / "job.json").read_text())
    body = json.dumps(job).encode()
    job_id = str(job["id"])
    path = f"/api/jobs/{job_id}"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=RESPONSE_HEADERS, content=body)

    # The client's httpx client skips httpx's cookie-jar pass over responses that set no cookie (about
    # 25 µs); (a) and (b) skip it too, so that the differences below are the policy layer's own cost.
    raw = _skip_cookie_pass(
        httpx.Client(base_url=BASE_URL, headers={"X-Api-Key": KEY}, transport=httpx.MockTransport(handler))
    )
    policy = _skip_cookie_pass(
        httpx.Client(
            base_url=BASE_URL,
            transport=PolicyTransport(
                httpx.MockTransport(handler), base_url=BASE_URL, api_key=KEY, timeout=httpx.Timeout(5.0)
            ),
        )
    )
    jobo = JoboClient(api_key=KEY, base_url=BASE_URL, transport=httpx.MockTransport(handler))
    with_usage = jobo.generated.get_httpx_client()

    variants: dict[str, Callable[[], object]] = {
        "raw": lambda: json.loads(raw.get(path).content),
        "policy": lambda: policy.get(path).json(),
        "policy+usage": lambda: with_usage.get(path).json(),
        "facade": lambda: jobo.jobs.get(job_id),
    }
    names = list(variants)
    cpu: dict[str, list[float]] = {name: [] for name in names}
    wall: dict[str, list[float]] = {name: [] for name in names}
    try:
        for fn in variants.values():
            for _ in range(warmup):
                fn()
        bursts = max(1, requests // burst)
        turn = 0
        for _ in range(rounds):
            spent_cpu = dict.fromkeys(names, 0.0)
            spent_wall = dict.fromkeys(names, 0.0)
            gc.collect()
            for _ in range(bursts):
                order = rotate(names, turn)
                turn += 1
                for name in order:
                    fn = variants[name]
                    c0, w0 = time.process_time(), time.perf_counter()
                    for _ in range(burst):
                        fn()
                    c1, w1 = time.process_time(), time.perf_counter()
                    spent_cpu[name] += c1 - c0
                    spent_wall[name] += w1 - w0
            for name in names:
                cpu[name].append(spent_cpu[name] / (bursts * burst) * 1e6)
                wall[name].append(spent_wall[name] / (bursts * burst) * 1e6)
    finally:
        raw.close()
        policy.close()
        jobo.close()

    def diff(name: str, series: dict[str, list[float]]) -> list[float]:
        return [v - r for v, r in zip(series[name], series["raw"], strict=True)]

    def ratio(name: str, series: dict[str, list[float]]) -> list[float]:
        return [v / r for v, r in zip(series[name], series["raw"], strict=True)]

    return {
        "jobo_ext": str(Path(jobo_ext.__file__).parent),
        "python": sys.version.split()[0],
        "httpx": httpx.__version__,
        "rounds": rounds,
        "requests_per_round": bursts * burst,
        "burst": burst,
        "body_bytes": len(body),
        "cpu_us_per_request": {name: stat(cpu[name]) for name in names},
        "wall_us_per_request": {name: stat(wall[name]) for name in names},
        "cpu_ratio_to_raw": {name: stat(ratio(name, cpu)) for name in names if name != "raw"},
        "wall_ratio_to_raw": {name: stat(ratio(name, wall)) for name in names if name != "raw"},
        "policy_layer_cpu_us": stat(diff("policy", cpu)),
        "policy_layer_with_usage_cpu_us": stat(diff("policy+usage", cpu)),
        "policy_layer_wall_us": stat(diff("policy", wall)),
        "policy_layer_with_usage_wall_us": stat(diff("policy+usage", wall)),
        "targets": {"policy_layer_us": POLICY_TARGET_US, "facade_ratio_loopback": FACADE_TARGET_RATIO},
    }


def report(results: dict[str, Any]) -> str:
    cpu, wall = results["cpu_us_per_request"], results["wall_us_per_request"]
    ratios, wall_ratios = results["cpu_ratio_to_raw"], results["wall_ratio_to_raw"]
    lines = [
        f"policy layer, in memory: {results['rounds']} rounds x {results['requests_per_round']} "
        f"(bursts of {results['burst']}) "
        f"GET /api/jobs/{{id}} ({results['body_bytes']} B body); jobo_ext from {results['jobo_ext']}",
        f"{'variant':<14}{'CPU µs/req min':>16}{'median':>9}{'ratio min':>11}{'median':>9}"
        f"{'wall µs median':>16}{'ratio':>7}",
    ]
    for name, s in cpu.items():
        r = ratios.get(name)
        w = wall_ratios.get(name)
        lines.append(
            f"{name:<14}{s['min']:>16.1f}{s['median']:>9.1f}"
            + (f"{r['min']:>11.3f}{r['median']:>9.3f}" if r else f"{'-':>11}{'-':>9}")
            + f"{wall[name]['median']:>16.1f}"
            + (f"{w['median']:>7.3f}" if w else f"{'-':>7}")
        )
    layer, with_usage = results["policy_layer_cpu_us"], results["policy_layer_with_usage_cpu_us"]
    verdict = "PASS" if layer["median"] <= POLICY_TARGET_US else "FAIL"
    lines += [
        f"policy layer (b - a), CPU µs/request: min {layer['min']:.1f}, median {layer['median']:.1f} "
        f"(target <= {POLICY_TARGET_US:.0f}: {verdict})",
        f"  with usage accounting (b' - a): min {with_usage['min']:.1f}, median {with_usage['median']:.1f}",
        f"facade / raw, CPU: min {ratios['facade']['min']:.3f}, median {ratios['facade']['median']:.3f} "
        f"(in memory, model building included; the {FACADE_TARGET_RATIO:.2f} target is on loopback)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=9, help="interleaved rounds (default 9, at least 7)")
    parser.add_argument("--requests", type=int, default=1000, help="requests per variant per round")
    parser.add_argument("--burst", type=int, default=50, help="requests per turn of a variant (default 50)")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args(argv)
    if min(args.rounds, args.requests, args.burst) < 1:
        parser.error("--rounds, --requests and --burst must be positive")
    results = run(args.rounds, args.requests, args.burst, warmup=min(200, args.requests))
    print(json.dumps(results, indent=2) if args.json else report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

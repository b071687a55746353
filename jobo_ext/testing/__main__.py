"""Command line: ``python -m jobo_ext.testing serve [options]``.

Starts :class:`~jobo_ext.testing.MockJoboServer` in the foreground and prints its URL and API key.
Faults can be programmed at start with ``--fault`` (repeatable) and at run time through the admin
endpoints under ``/__mock__/`` (see :mod:`jobo_ext.testing.admin`)::

    python -m jobo_ext.testing serve --port 8787 --jobs 100000 \\
        --fault "path=/api/jobs/feed,status=503,times=2,retry_after=5" \\
        --fault "path=/api/jobs/{id},kind=drop"
    curl -X POST localhost:8787/__mock__/faults -d '{"path": "/api/jobs", "status": 429, "retry_after": 2}'
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence

from .admin import ENDPOINTS
from .faults import FAULT_KINDS
from .server import MockJoboServer

# Help text for a terminal (the module docstring is reStructuredText for the API docs).
DESCRIPTION = (
    "Run a local mock of the Jobo Enterprise API: a seeded, reproducible dataset, credits and rate limits,\n"
    "and programmable faults. It prints its URL and API key as one JSON line, then serves until Ctrl-C."
)
SERVE_EPILOG = "\n".join(
    [
        "examples:",
        "  python -m jobo_ext.testing serve --port 8787 --jobs 100000",
        '  python -m jobo_ext.testing serve --fault "path=/api/jobs/feed,status=503,times=2,retry_after=5"',
        "  curl -X POST localhost:8787/__mock__/dataset/touch -d '{\"n\": 200}'",
        "",
        "fault keys (--fault and POST /__mock__/faults): path (exact, /api/jobs/{id} templates, /prefix/* or *),",
        f"  kind ({', '.join(FAULT_KINDS)}; default: status when a status is given),",
        "  status, times (a number, or inf), after (let that many matches pass first), retry_after, delay,",
        "  method, code, message",
        "",
        "control endpoints (no API key needed):",
        *(f"  {route:<42} {what}" for route, what in ENDPOINTS),
    ]
)


def _rate(value: str) -> tuple[int, float]:
    """``"60/60"`` → (60, 60.0): requests per window seconds; ``"60"`` means per minute."""
    count, _, window = value.partition("/")
    return int(count), float(window or 60)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m jobo_ext.testing",
        description=DESCRIPTION,
        epilog="python -m jobo_ext.testing serve --help lists every option, fault and control endpoint.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser(
        "serve",
        help="run the mock Jobo API in the foreground",
        description=DESCRIPTION,
        epilog=SERVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8787, help="port (0 picks a free one; default 8787)")
    serve.add_argument("--jobs", type=int, default=10_000, help="active jobs in the dataset (default 10000)")
    serve.add_argument("--seed", type=int, default=0, help="dataset seed (default 0)")
    serve.add_argument("--companies", type=int, default=None, help="companies (default jobs/25, 5..2000)")
    serve.add_argument("--expired", type=int, default=None, help="already-expired jobs (default 2%% of jobs)")
    serve.add_argument("--api-key", default=None, help="key to accept (default: a random jbe_test_ key)")
    serve.add_argument("--extra-key", action="append", default=[], help="another key to accept (repeatable)")
    serve.add_argument("--credits", type=int, default=10_000_000, help="initial wallet balance")
    serve.add_argument("--error-style", choices=("seed", "problem"), default="seed", help="error body shape")
    serve.add_argument(
        "--rate-limit",
        type=_rate,
        default=None,
        metavar="N[/SECONDS]",
        help="enforce N requests per window per key (default: not enforced)",
    )
    serve.add_argument(
        "--feed-rate-limit", type=int, default=None, help="requests per window in the feed bucket"
    )
    serve.add_argument("--auto-apply-gate", action="store_true", help="answer 503 auto_apply_coming_soon")
    serve.add_argument("--feed-subscription", action="store_true", help="make the feeds free")
    serve.add_argument(
        "--legacy-scan-limit",
        type=int,
        default=10_000,
        help="jobs a stable_scan=false scan delivers before its cursor answers 409",
    )
    serve.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help=f"program a fault: key=value pairs, e.g. 'path=/api/jobs/feed,status=503,times=2,"
        f"retry_after=5'; kinds: {', '.join(FAULT_KINDS)} (repeatable)",
    )
    serve.add_argument("--verbose", action="store_true", help="log every request")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = time.perf_counter()
    limit, window = args.rate_limit if args.rate_limit else (None, 60.0)
    server = MockJoboServer(
        jobs=args.jobs,
        seed=args.seed,
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        extra_keys=args.extra_key,
        companies=args.companies,
        expired=args.expired,
        credits=args.credits,
        error_style=args.error_style,
        rate_limit=limit,
        rate_window=window,
        feed_rate_limit=args.feed_rate_limit,
        auto_apply_gate=args.auto_apply_gate,
        feed_subscription=args.feed_subscription,
        legacy_scan_limit=args.legacy_scan_limit,
        verbose=args.verbose,
    )
    for spec in args.fault:
        server.faults.add_spec(spec)
    server.bind()
    print(
        json.dumps(
            {
                "url": server.url,
                "api_key": server.api_key,
                "jobs": len(server.dataset),
                "seed": args.seed,
                "startup_seconds": round(time.perf_counter() - started, 3),
                "admin": f"{server.url}/__mock__",
            }
        ),
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

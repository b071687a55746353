"""A local Jobo Enterprise API for tests, demos and offline development.

``MockJoboServer`` is a real HTTP server on 127.0.0.1 serving every operation of ``openapi/jobo.yaml``
over a deterministic synthetic dataset, with the API's edges (401, 400 messages, a credit wallet and
402, per-key rate limits and 429, both error-body shapes) and programmable faults (status codes with
``Retry-After``, dropped connections, delays, HTML 502 pages, truncated JSON, status 520). Standard
library only.

>>> from jobo_ext.testing import MockJoboServer
>>> with MockJoboServer(jobs=5000, seed=1) as server:
...     server.faults.add(path="/api/jobs/feed", status=503, times=2, retry_after=5)
...     client = JoboClient(api_key=server.api_key, base_url=server.url)

From a shell: ``python -m jobo_ext.testing serve --port 8787 --jobs 100000``.
"""

from .api import KeyPolicy
from .auto_apply import AutoApplyStore
from .dataset import Dataset
from .errors import ErrorStyle
from .faults import Fault, FaultKind, FaultPlan
from .metering import RateLimiter, Wallet
from .queries import JobFilter
from .recording import RecordedRequest, RequestLog
from .server import MockJoboServer, make_api_key

__all__ = [
    "AutoApplyStore",
    "Dataset",
    "ErrorStyle",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "JobFilter",
    "KeyPolicy",
    "MockJoboServer",
    "RateLimiter",
    "RecordedRequest",
    "RequestLog",
    "Wallet",
    "make_api_key",
]

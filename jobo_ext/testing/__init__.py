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

From a shell: ``python -m jobo_ext.testing serve --port 8787 --jobs 100000`` (control endpoints under
``/__mock__/``, see :mod:`jobo_ext.testing.admin`).

What the mock emulates
    Every operation of ``openapi/jobo.yaml`` (a test validates every response against it); search
    filters that are cheap to honour (free text on title, company and skills, exact title phrases,
    location, sources, work models, employment types, experience levels, posted/discovered ranges,
    salary, skills, industries, companies, company categories) with correct ``total``/``total_pages``
    and facets; feeds with opaque tamper-evident cursors that keep the first request's filters, a
    stable creation-order scan, ``updated_after``/``posted_after``, ``estimated_total`` on the first
    page, and a legacy ``stable_scan: false`` order that ends in 409 ``feed_cursor_restart_required``;
    expired ids (24 h default, 7-day limit); managed and career-sites feeds; public company profiles;
    geocoding of a handful of places, remote keywords, placeholders and compounds; connector
    endpoints; Auto Apply profiles, resume import with polling, session answers, applications and
    the launch gate. Pricing per https://jobo.world/docs/pricing with a reserve-then-settle wallet (402 prechecks the
    requested size; failures are free; feed 0.5 credit/job rounded up per batch); rolling-window rate
    limits per key with a separate feed bucket; both error-body shapes.

What it does not emulate
    Relevance ranking (search is newest-first), ``search_description``, alternative titles and
    summaries in text matching, deep-paging caps, real geocoding beyond ~30 known places and their
    aliases (unresolvable input answers ``no_match`` at once instead of hanging), a Jobs Feed
    subscription per key (one ``feed_subscription`` switch), plan allowances (``X-Quota-*``),
    ``X-RateLimit-Group``, per-minute/hour/day windows at once (one configurable window), the
    ``301`` for plain HTTP, HTTPS, master-key rejection on Auto Apply, the Auto Apply routes the
    reference marks unconfirmed (session/application creation: seed them with
    :class:`AutoApplyStore`), generation A/C Auto Apply, MCP routes, and the real API's
    undocumented choices: the career-sites list key (``career_sites`` here) and row members
    (``ats``, ``listing_url``, timestamps), the import's 2xx status (202 here), problem ``code``
    values other than ``feed_cursor_restart_required`` and ``auto_apply_coming_soon``, and the wire
    form of fields trimmed by ``include_fields`` (absent here).
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

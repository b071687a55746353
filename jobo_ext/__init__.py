"""A typed client for the Jobo Enterprise API over the generated ``jobo_client`` package.

``JoboClient`` / ``AsyncJoboClient`` give one method per operation (``jobs``, ``feed``,
``career_sites``, ``companies``, ``locations``, ``filters``, ``auto_apply``) with pagination, and carry
the policy every request gets: one exception per documented status (``jobo_ext.errors``), the
documented retry strategy (``jobo_ext.retries``), per-operation timeouts, safe API-key handling and
credit/rate-limit accounting (``jobo_ext.usage``). ``jobo_ext.testing`` holds a local mock server and
``jobo_ext.sync`` keeps a database in sync with the feed.
"""

import os as _os

from jobo_ext._context import CallOptions, call_options
from jobo_ext._logging import configure_from_env as _configure_logging
from jobo_ext._version import __version__
from jobo_ext.client import AsyncJoboClient, JoboClient
from jobo_ext.errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    CursorRestartRequiredError,
    InsufficientCreditsError,
    InternalServerError,
    JoboError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    ServiceUnavailableError,
)
from jobo_ext.retries import RetryDecision, RetryPolicy
from jobo_ext.usage import CallRecord, RateLimit, Usage, UsageSnapshot, capture

_configure_logging(_os.environ)

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncJoboClient",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "CallRecord",
    "ConfigurationError",
    "ConflictError",
    "CursorRestartRequiredError",
    "InsufficientCreditsError",
    "InternalServerError",
    "JoboClient",
    "JoboError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseTooLargeError",
    "RetryDecision",
    "RetryPolicy",
    "ServerError",
    "ServiceUnavailableError",
    "Usage",
    "UsageSnapshot",
    "__version__",
    "call_options",
    "capture",
]

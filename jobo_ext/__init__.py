"""Policy layer over the generated Jobo client: typed errors, the documented retry strategy, and safe auth.

The public names are re-exported here; see ``jobo_ext.errors``, ``jobo_ext.retries`` and
``jobo_ext.client`` for the details.
"""

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
    ServerError,
    ServiceUnavailableError,
)
from jobo_ext.retries import RetryDecision, RetryPolicy
from jobo_ext.usage import CallRecord, RateLimit, Usage, UsageSnapshot, capture

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncJoboClient",
    "AuthenticationError",
    "BadRequestError",
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
    "RetryDecision",
    "RetryPolicy",
    "ServerError",
    "ServiceUnavailableError",
    "Usage",
    "UsageSnapshot",
    "__version__",
    "capture",
]

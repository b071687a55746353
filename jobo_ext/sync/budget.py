"""``CreditMeter``: what the run has spent, read from the credit headers, and whether the next batch fits.

The jobs feed is free with a Jobs Feed subscription and otherwise metered per delivered job (0.5
credit; https://jobo.world/docs/api-reference/feed/jobs-feed and https://jobo.world/docs/pricing),
after a balance precheck against the *requested* batch size. So the worst case of the next request is ``batch_size × 0.5`` credits, rounded up; a run with a budget sends
it only if ``spent + worst case ≤ budget``, and so never goes over, whatever the batch delivers.

What was spent is the sum of ``X-Credits-Deducted`` over every response received (failed ones deduct
nothing). A non-empty batch that deducted nothing means the feed is free for this key (the header is
absent without metering): from then on batches are estimated at zero, until one costs something.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from jobo_ext.usage import CallRecord

__all__ = ["FEED_CREDITS_PER_JOB", "CreditMeter"]

FEED_CREDITS_PER_JOB = 0.5


class CreditMeter:
    """Credits spent by one run, against an optional budget.

    Args:
        budget: the most the run may spend (``None``: no limit).
        per_job: the metered price of one delivered feed job.
    """

    def __init__(self, budget: float | None = None, *, per_job: float = FEED_CREDITS_PER_JOB) -> None:
        if budget is not None and budget < 0:
            raise ValueError("budget must be >= 0")
        self.budget = budget
        self.per_job = per_job
        self.spent = 0.0
        self.requests = 0
        self.balance: float | None = None
        """The last ``X-Credits-Balance`` seen."""
        self.feed_free = False
        """Whether the last non-empty feed batch came free (a Jobs Feed subscription)."""

    def worst_case(self, batch_size: int) -> float:
        """The most a feed request for ``batch_size`` jobs can cost."""
        return 0.0 if self.feed_free else float(math.ceil(batch_size * self.per_job))

    def allows(self, batch_size: int) -> bool:
        """Whether a feed request for ``batch_size`` jobs fits in what is left of the budget."""
        return self.budget is None or self.spent + self.worst_case(batch_size) <= self.budget

    def record(self, calls: Sequence[CallRecord]) -> float:
        """Account for the responses of one call (retried attempts included); returns what they deducted."""
        charged = sum(call.credits_deducted for call in calls)
        self.spent += charged
        self.requests += len(calls)
        for call in calls:
            if call.credits_balance is not None:
                self.balance = call.credits_balance
        return charged

    def observe_feed_batch(self, jobs: int, charged: float) -> None:
        """Learn from a feed batch whether the feed is free for this key (only non-empty batches tell)."""
        if jobs:
            self.feed_free = charged == 0

    def describe_shortfall(self, batch_size: int) -> str:
        """Why :meth:`allows` said no, in words."""
        assert self.budget is not None
        left = self.budget - self.spent
        return (
            f"the next batch of up to {batch_size} jobs may cost {self.worst_case(batch_size):g} credits, "
            f"more than the {left:g} left of the {self.budget:g}-credit budget"
        )

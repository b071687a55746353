"""An argument of the wrong type is the caller's mistake: ``TypeError`` naming the parameter and the type
expected, before anything is sent — never an ``APIResponseError`` about a response that never came.

The types come from the spec (the generated facts of ``jobo_ext._spec``), so the check covers every
facade method and every parameter the spec types; the sweep below proves it method by method.
"""

from __future__ import annotations

import datetime
import inspect
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from jobo_client.models.location_filter import LocationFilter

from jobo_ext import AsyncJoboClient, JoboClient, _spec
from tests.facade_helpers import Router, collect, json_response, make_client, run

MODES = ["sync", "async"]
JOB_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
FEED = {"jobs": [], "has_more": False, "next_cursor": None}
#: Positional arguments the sweep passes so that only the parameter under test is wrong.
POSITIONAL = {"id": JOB_ID, "facet": "skills"}


def _drive(result: Any) -> Any:
    if hasattr(result, "__aiter__") or hasattr(result, "__next__"):
        return collect(result)
    return run(result)


TYPE_ERRORS: list[tuple[str, Callable[[Any], Any]]] = [
    # The two calls of the audit (issue 13, item 9): they used to end in "APIResponseError ... status 0".
    (
        r"posted_after must be a datetime\.datetime \(got str '2026-01-01'\); parse it first, "
        r"e\.g\. datetime\.datetime\.fromisoformat\('2026-01-01'\)",
        lambda c: c.feed.jobs(batch_size=5, posted_after="2026-01-01"),
    ),
    (
        r"locations\[0\] must be a LocationFilter \(got str 'Berlin'\)",
        lambda c: c.feed.jobs(locations=["Berlin"]),
    ),
    (
        r"locations must be a list of LocationFilter \(got str 'Berlin'\)",
        lambda c: c.feed.iter_jobs(locations="Berlin"),
    ),
    (
        r"locations\[0\] must be a LocationFilter \(got dict \{'city': 'Berlin'\}\); build it with "
        r"LocationFilter\.from_dict\(\.\.\.\)",
        lambda c: c.feed.iter_raw_pages(locations=[{"city": "Berlin"}]),
    ),
    (
        r"body must be a JobFeedRequest \(got dict \{'batch_size': 5\}\)",
        lambda c: c.feed.jobs(body={"batch_size": 5}),
    ),
    (r"stable_scan must be a bool \(got str 'yes'\)", lambda c: c.feed.iter_pages(stable_scan="yes")),
    (r"batch_size must be an int \(got str '10'\)", lambda c: c.feed.expired(batch_size="10")),
    (
        r"expired_since must be a datetime\.datetime or None",
        lambda c: c.feed.iter_expired(expired_since="yesterday"),
    ),
    (r"page must be an int \(got str '2'\)", lambda c: c.jobs.search(page="2")),
    (r"page must be an int \(got str '2'\)", lambda c: c.jobs.iter_search(page="2")),
    (r"page_size must be an int \(got float 2\.5\)", lambda c: c.companies.jobs(JOB_ID, page_size=2.5)),
    (r"page must be an int \(got bool True\)", lambda c: c.companies.iter_jobs(JOB_ID, page=True)),
    (r"work_model must be a str or a list of str \(got int 5\)", lambda c: c.jobs.search(work_model=5)),
    (r"min_salary_usd must be an int \(got str '100k'\)", lambda c: c.jobs.search(min_salary_usd="100k")),
    (
        r"skills must be an InclusionExclusionFilter \(got dict .*\); build it with InclusionExclusionFilter",
        lambda c: c.jobs.search_advanced(skills={"include": ["python"]}),
    ),
    (
        r"queries must be a list of str \(got str 'python'\)",
        lambda c: c.jobs.search_advanced(queries="python"),
    ),
    (r"id must be a UUID or str \(got int 123\)", lambda c: c.jobs.get(123)),
    (r"location must be a str \(got int 5\)", lambda c: c.locations.geocode(5)),
    (r"limit must be an int \(got str '5'\)", lambda c: c.locations.suggest("ber", limit="5")),
    (
        r"contact must be a ProfileContact \(got dict",
        lambda c: c.auto_apply.profiles.create(contact={"email": "a@b"}),
    ),
    (
        r"answers\[0\] must be an Answer \(got int 5\)",
        lambda c: c.auto_apply.sessions.submit_answers(JOB_ID, answers=[5]),
    ),
    (
        r"file must be a path or a binary file object \(got int\)",
        lambda c: c.auto_apply.profiles.import_resume(5),
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("message", "call"), TYPE_ERRORS, ids=[re.sub(r"\W+", " ", m)[:40] for m, _ in TYPE_ERRORS]
)
def test_a_wrong_type_raises_type_error_before_sending(mode: str, message: str, call: Any) -> None:
    router = Router()
    with pytest.raises(TypeError, match=message):
        _drive(call(make_client(mode, router)))
    assert router.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_the_right_types_still_go_through(mode: str) -> None:
    router = Router({("POST", "/api/jobs/feed"): lambda r: json_response(FEED)})
    client = make_client(mode, router)
    since = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    run(client.feed.jobs(batch_size=5, posted_after=since, locations=[LocationFilter(city="Berlin")]))
    collect(client.feed.iter_jobs(sources=("greenhouse",), stable_scan=False))  # a tuple is a list here
    first, second = router.json_bodies()
    assert first == {
        "batch_size": 5,
        "posted_after": "2026-01-01T00:00:00+00:00",
        "locations": [{"city": "Berlin"}],
    }
    assert second == {"sources": ["greenhouse"], "stable_scan": False}


# --- the sweep: every facade method, every parameter the spec gives a type ------------------------


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def _facade_methods(client: Any) -> Iterator[tuple[str, Any, _spec.OperationFacts]]:
    by_module = {_snake(op_id): facts for op_id, facts in _spec.OPERATIONS.items()}
    resources = [
        getattr(client, n) for n in ("jobs", "feed", "career_sites", "companies", "locations", "filters")
    ]
    resources += [client.auto_apply.profiles, client.auto_apply.sessions, client.auto_apply.applications]
    for resource in resources:
        for name, member in inspect.getmembers(resource, inspect.ismethod):
            module = getattr(member, "__jobo_operation__", None)
            if module is not None:
                yield (
                    f"{type(resource).__name__}.{name}",
                    member,
                    by_module[module.__name__.rsplit(".", 1)[1]],
                )


def _typed_parameters(method: Any, facts: _spec.OperationFacts) -> list[str]:
    fields = {**facts.parameters, **(facts.body.properties if facts.body else {})}
    typed = [
        n
        for n in inspect.signature(method).parameters
        if n in fields and (fields[n].types or fields[n].comma_separated)
    ]
    return (
        [*typed, "body"]
        if facts.body is not None and "body" in inspect.signature(method).parameters
        else typed
    )


def _cases() -> list[tuple[str, str]]:
    client = JoboClient(api_key="jbe_test_types", base_url="http://127.0.0.1:9")
    return [
        (label, name)
        for label, method, facts in _facade_methods(client)
        for name in _typed_parameters(method, facts)
    ]


CASES = _cases()


def test_the_sweep_covers_every_operation_with_typed_parameters() -> None:
    methods = {label for label, _ in CASES}
    assert len(CASES) >= 150 and len(methods) >= 28
    assert {
        "Feed.jobs",
        "Jobs.search",
        "Profiles.create",
        "Sessions.submit_answers",
        "Filters.options",
    } <= methods


class _Wrong:
    """A value no spec type accepts."""

    def __repr__(self) -> str:
        return "<wrong>"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("label", "parameter"), CASES, ids=[f"{m}({p})" for m, p in CASES])
def test_every_typed_parameter_of_every_method_refuses_a_wrong_type(
    mode: str, label: str, parameter: str
) -> None:
    router = Router()
    client = make_client(mode, router)
    (method,) = [m for lbl, m, _ in _facade_methods(client) if lbl.removeprefix("Async") == label]
    signature = inspect.signature(method)
    args: list[Any] = [
        POSITIONAL[n]
        for n, p in signature.parameters.items()
        if p.default is p.empty and n != parameter and p.kind is p.POSITIONAL_OR_KEYWORD
    ]
    kwargs: dict[str, Any] = {
        n: [{"field_id": "f", "value": "v"}]
        for n in ("answers",)
        if n in signature.parameters and n != parameter
    }
    if signature.parameters[parameter].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
        args.insert(list(signature.parameters).index(parameter), _Wrong())
    else:
        kwargs[parameter] = _Wrong()
    with pytest.raises(TypeError, match=rf"^{parameter} must be .* \(got _Wrong <wrong>\)"):
        _drive(method(*args, **kwargs))
    assert router.requests == []


def test_the_async_client_has_the_same_cases() -> None:
    asynchronous = AsyncJoboClient(api_key="jbe_test_types", base_url="http://127.0.0.1:9")
    cases = {
        (label.removeprefix("Async"), name)
        for label, method, facts in _facade_methods(asynchronous)
        for name in _typed_parameters(method, facts)
    }
    assert cases == set(CASES)

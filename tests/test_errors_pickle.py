"""Issue 13, items 4 and 5: every ``JoboError`` crosses ``pickle``/``copy``/a process pool whole, and the
status and response errors carry the ``X-Request-Id`` a user quotes to support.
"""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

import jobo_ext
from jobo_ext.errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    ErrorDetails,
    InsufficientCreditsError,
    JoboError,
    NotFoundError,
    ResponseTooLargeError,
    error_from_response,
)
from jobo_ext.sync.state import CorruptStateError
from tests.policy_harness import MODES, Mode, Script, call

URL = "https://connect.jobo.world/api/jobs/feed?cursor=abc&API_KEY=REDACTED"
HEADERS = {"X-Request-Id": "req_01HZX", "Retry-After": "30", "X-Credits-Balance": "3.5"}

# Not fields: exception machinery, and the live httpx objects a copy may drop.
_NOT_FIELDS = frozenset({"args", "with_traceback", "add_note", "response", "request"})


def _all_error_classes() -> list[type[JoboError]]:
    """``JoboError`` and every subclass defined anywhere in ``jobo_ext``, so new ones are covered too."""
    for module in pkgutil.walk_packages(jobo_ext.__path__, "jobo_ext."):
        # ``__main__`` modules run a program when imported.
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)
    found: list[type[JoboError]] = []
    pending: list[type[JoboError]] = [JoboError]
    while pending:
        cls = pending.pop()
        if cls not in found:
            found.append(cls)
            pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


ERROR_CLASSES = _all_error_classes()


def make_error(cls: type[JoboError]) -> JoboError:
    """An instance of ``cls`` with every field set to something other than its default."""
    headers = httpx.Headers(HEADERS)
    if issubclass(cls, APIStatusError):
        details = ErrorDetails(
            status_code=402,
            message="Wallet too low for this request.",
            error="Insufficient credits",
            code="insufficient_credits",
            api_version="2026-01",
            body={"status": 402, "credits_required": 10.5, "nested": [1, {"a": None}]},
            retry_after=30.0,
            credits_required=10.5,
            credits_balance=3.5,
            replacement_request={"cursor": None, "batch_size": 100},
        )
        request = httpx.Request("POST", URL)
        response = httpx.Response(402, headers=headers, request=request, content=b"{}")
        error: JoboError = cls(
            details, headers=headers, request_method="POST", request_url=URL, attempts=3, response=response
        )
    elif issubclass(cls, APIConnectionError):
        error = cls(
            "Connection error: ConnectError: refused", request_method="GET", request_url=URL, attempts=4
        )
    elif issubclass(cls, ResponseTooLargeError):
        error = cls(
            operation="getJobFeed",
            status_code=200,
            max_response_bytes=1024,
            headers=headers,
            request_method="POST",
            request_url=URL,
        )
    elif issubclass(cls, APIResponseError):
        error = cls(
            "invalid JSON: Expecting value",
            operation="getJobFeed",
            status_code=200,
            body="{not json",
            field="jobs[3].id",
            headers=headers,
            request_method="POST",
            request_url=URL,
        )
    elif issubclass(cls, CorruptStateError):
        error = cls("feed_scan", "cannot read '{' (JSONDecodeError: Expecting value)")
    else:
        # A new subclass with another constructor fails here: add a branch above for it.
        error = cls("base_url must be an absolute http(s) URL")
    error.add_note("a note added by the caller")
    return error


def public_fields(error: BaseException) -> dict[str, Any]:
    fields = {"__class__": type(error), "__str__": str(error), "args": error.args}
    for name in dir(error):
        if name.startswith("_") or name in _NOT_FIELDS:
            continue
        value = getattr(error, name)
        if not callable(value) or isinstance(value, httpx.Headers):
            fields[name] = value
    fields["__notes__"] = getattr(error, "__notes__", None)
    return fields


def test_every_error_class_is_covered() -> None:
    exported = {getattr(jobo_ext, name) for name in jobo_ext.__all__}
    assert {obj for obj in exported if isinstance(obj, type) and issubclass(obj, JoboError)} <= set(
        ERROR_CLASSES
    )
    assert len(ERROR_CLASSES) >= 18


def _through_pickle(error: JoboError) -> JoboError:
    restored: JoboError = pickle.loads(pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
    return restored


ROUND_TRIPS: dict[str, Callable[[JoboError], JoboError]] = {
    "pickle": _through_pickle,
    "pickle-protocol-2": lambda e: pickle.loads(pickle.dumps(e, protocol=2)),
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


@pytest.mark.parametrize("how", sorted(ROUND_TRIPS))
@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_every_error_round_trips_with_its_class_and_fields(cls: type[JoboError], how: str) -> None:
    original = make_error(cls)
    restored = ROUND_TRIPS[how](original)
    assert type(restored) is cls
    assert public_fields(restored) == public_fields(original)
    if isinstance(original, APIStatusError):
        assert isinstance(restored, APIStatusError)
        assert original.response is not None and restored.response is None
        assert restored.request_id == "req_01HZX" and restored.attempts == 3
        assert restored.request_method == "POST" and restored.request_url == URL


def test_a_copy_is_a_new_object_whose_fields_do_not_alias_on_deepcopy() -> None:
    original = make_error(InsufficientCreditsError)
    assert isinstance(original, InsufficientCreditsError)
    deep = copy.deepcopy(original)
    assert isinstance(deep, InsufficientCreditsError)
    assert deep is not original and deep.body == original.body and deep.body is not original.body
    assert (deep.credits_required, deep.credits_balance, deep.retry_after) == (10.5, 3.5, 30.0)
    assert deep.hint == original.hint and deep.hint is not None


def raise_in_worker(module: str, qualname: str) -> None:
    """Runs in a worker process: build the named error class's instance and raise it."""
    cls = importlib.import_module(module)
    for part in qualname.split("."):
        cls = getattr(cls, part)
    raise make_error(cls)  # type: ignore[arg-type]


def test_each_error_raised_in_a_process_pool_reaches_the_parent_intact() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {
            cls: pool.submit(raise_in_worker, cls.__module__, cls.__qualname__) for cls in ERROR_CLASSES
        }
        for cls, future in futures.items():
            error = future.exception(timeout=60)
            assert type(error) is cls
            assert error is not None
            expected = public_fields(make_error(cls))
            assert public_fields(error) == expected


# -- item 5: request_id -----------------------------------------------------------------------------------


def _response(status: int, headers: dict[str, str], content: bytes = b"") -> httpx.Response:
    request = httpx.Request("GET", "https://connect.jobo.world/api/jobs/123")
    return httpx.Response(status, headers=headers, content=content, request=request)


def test_status_errors_carry_the_request_id_and_show_it() -> None:
    body = b'{"status": 404, "error": "Not Found", "message": "No such job."}'
    error = error_from_response(_response(404, {"X-Request-Id": " req_42 "}, body), attempts=1)
    assert isinstance(error, NotFoundError) and error.request_id == "req_42"
    assert str(error) == "404 Not Found: No such job. (GET /api/jobs/123, request id req_42)"
    without = error_from_response(_response(404, {}, body), attempts=1)
    assert without.request_id is None and "request id" not in str(without)
    blank = error_from_response(_response(500, {"X-Request-Id": "  "}), attempts=1)
    assert blank.request_id is None and "request id" not in str(blank)


def test_a_huge_request_id_is_kept_whole_but_shortened_in_the_summary() -> None:
    huge = "r" * 5000
    error = error_from_response(_response(500, {"X-Request-Id": huge}), attempts=1)
    assert error.request_id == huge
    assert len(str(error)) < 300 and "request id rrr" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_an_unusable_2xx_carries_the_request_id(mode: Mode) -> None:
    bad = httpx.Response(
        200, headers={"Content-Type": "application/json", "X-Request-Id": "req_bad_json"}, content=b"{trunc"
    )
    with pytest.raises(APIResponseError) as info:
        call(mode, Script([bad]).transport(), "GET", "/api/jobs/123")
    assert info.value.request_id == "req_bad_json"
    assert str(info.value).endswith("(request id req_bad_json)")
    plain = APIResponseError("x", operation="getJob", status_code=200, body="")
    assert plain.request_id is None and "request id" not in str(plain)

"""Importing ``jobo_ext`` loads no generated operation or model module; the first call loads what it needs.

Each check runs in a fresh interpreter, so modules other tests imported cannot hide an eager import.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jobo_client.models

JOB = Path(__file__).parent / "fixtures" / "job.json"


def _run(code: str, *args: str) -> Any:
    """The JSON that ``code`` prints, run with ``args`` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


LOADED = """
    import json, sys

    def loaded(prefix):
        return sorted(name for name in sys.modules if name.startswith(prefix))
"""


def test_importing_jobo_ext_loads_no_generated_operation_or_model() -> None:
    found = _run(
        LOADED
        + """
    import jobo_ext
    print(json.dumps({"api": loaded("jobo_client.api."), "models": loaded("jobo_client.models.")}))
    """
    )
    assert found == {"api": [], "models": []}


def test_the_first_call_loads_its_operation_and_models_only() -> None:
    found = _run(
        LOADED
        + """
    import httpx, pathlib
    from jobo_ext import JoboClient

    job = pathlib.Path(sys.argv[1]).read_text()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=job, headers={"Content-Type": "application/json"})
    )
    with JoboClient(api_key="jbe_test_lazy", base_url="https://api.test", transport=transport) as client:
        before = loaded("jobo_client.")
        got = client.jobs.get("a1b2c3d4-e5f6-7890-abcd-ef1234567890")
    print(json.dumps({
        "before": before,
        "api": loaded("jobo_client.api."),
        "job": type(got).__module__,
        "title": got.title,
    }))
    """,
        str(JOB),
    )
    assert not [m for m in found["before"] if m.startswith(("jobo_client.api.", "jobo_client.models."))]
    assert found["api"] == ["jobo_client.api.jobs_search", "jobo_client.api.jobs_search.get_job"]
    assert found["job"] == "jobo_client.models.job"
    assert found["title"] == json.loads(JOB.read_text(encoding="utf-8"))["title"]


def test_type_hints_of_the_facade_resolve_in_a_fresh_process() -> None:
    # Annotations name models through the lazy package; resolving them imports what they name.
    found = _run(
        LOADED
        + """
    import typing
    from jobo_ext import AsyncJoboClient, JoboClient
    hints = typing.get_type_hints(JoboClient.__init__)
    feed = typing.get_type_hints(type(AsyncJoboClient(api_key="k").feed).iter_jobs)
    print(json.dumps({"body": repr(feed["body"]), "return": repr(feed["return"])}))
    """
    )
    assert found == {
        "body": "jobo_client.models.job_feed_request.JobFeedRequest | jobo_client.types.Unset",
        "return": "collections.abc.AsyncIterator[jobo_client.models.job.Job]",
    }


def test_the_models_package_still_exports_every_model() -> None:
    namespace: dict[str, Any] = {}
    exec("from jobo_client.models import *", namespace)
    exported = {name for name in namespace if not name.startswith("__")}
    assert exported == set(jobo_client.models.__all__)
    assert len(exported) > 60
    assert set(jobo_client.models.__all__) <= set(dir(jobo_client.models))
    for name in jobo_client.models.__all__:
        assert namespace[name] is getattr(jobo_client.models, name), name


def test_an_unknown_model_name_is_an_attribute_error() -> None:
    try:
        getattr(jobo_client.models, "NoSuchModel")  # noqa: B009
    except AttributeError as error:
        assert "NoSuchModel" in str(error)
    else:
        raise AssertionError("jobo_client.models.NoSuchModel did not raise AttributeError")

"""The published spec works outside Python: openapi-typescript + tsc, and openapi-generator's typescript-fetch.

Node tools come from ``scripts/portability/package-lock.json`` via ``npm ci`` (setup, npm registry only);
openapi-generator-cli is the PyPI package pinned in the ``dev`` extra. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

from jobo_ext.testing import MockJoboServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import publish_spec  # noqa: E402
import spec_portability as portability  # noqa: E402

from tests.system_tools_needed import JAVA, NODE, need  # noqa: E402


@pytest.fixture(scope="module")
def node_tools() -> None:
    need(NODE)
    portability.npm_ci()


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The spec as published (bundled, validated, canonical); lint is covered by test_spec_publish.py."""
    need(NODE)  # Redocly bundles it
    out = tmp_path_factory.mktemp("published")
    publish_spec.publish(out=out, run_lint=False)
    return out / publish_spec.YAML_NAME


# ---------------------------------------------------------------------------------------------- pins
def test_node_tools_are_pinned_and_locked() -> None:
    manifest = json.loads((portability.PORTABILITY / "package.json").read_text())
    lock = json.loads((portability.PORTABILITY / "package-lock.json").read_text())
    pins = manifest["devDependencies"]
    assert set(pins) == {"openapi-typescript", "typescript"}
    for name, pin in pins.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", pin), f"{name} must be an exact version, not {pin!r}"
        assert lock["packages"][f"node_modules/{name}"]["version"] == pin
        assert lock["packages"][f"node_modules/{name}"]["integrity"].startswith("sha512-")
    assert pins["openapi-typescript"].startswith("7.") and pins["typescript"].startswith("5.9.")


def test_openapi_generator_is_pinned_in_the_dev_extra() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    pinned = [
        d
        for d in pyproject["project"]["optional-dependencies"]["dev"]
        if d.startswith("openapi-generator-cli")
    ]
    assert pinned == ["openapi-generator-cli==7.26.0"]
    assert version("openapi-generator-cli") == "7.26.0"


def test_node_install_is_reused_only_while_the_lockfile_matches(node_tools: None) -> None:
    assert portability.STAMP.read_text().strip() == portability.lock_digest()
    assert portability.npm_ci() is False, "a matching stamp skips npm ci"
    assert (
        portability.node_tool_versions()
        == json.loads((portability.PORTABILITY / "package.json").read_text())["devDependencies"]
    )


# ---------------------------------------------------------------------------------------------- TypeScript
def test_typescript_usage_typechecks_against_generated_types(
    node_tools: None, spec: Path, tmp_path: Path
) -> None:
    proc = portability.typecheck_usage(spec, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    declarations = (tmp_path / portability.TYPES_NAME).read_text()
    assert '"/api/jobs/feed"' in declarations and "credits_required?: number;" in declarations


def test_typescript_check_fails_when_the_contract_breaks(
    node_tools: None, spec: Path, tmp_path: Path
) -> None:
    """The usage file is a real check: drop the 402 fields and make a job's title a number, tsc must fail."""
    doc = yaml.safe_load(spec.read_text())
    error = doc["components"]["schemas"]["ErrorResponse"]["properties"]
    del error["credits_required"], error["credits_balance"]
    doc["components"]["schemas"]["Job"]["properties"]["title"] = {"type": "integer"}
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    proc = portability.typecheck_usage(broken, tmp_path / "check")
    assert proc.returncode != 0
    errors = proc.stdout
    assert "usage.ts(" in errors
    assert "Type 'unknown' is not assignable to type 'number" in errors  # the 402 fields are gone
    assert "'number' is not assignable to type 'string'" in errors  # job.title changed type
    assert "Unused '@ts-expect-error' directive" in errors  # `titleIsNotANumber` now compiles


# ---------------------------------------------------------------------------------------------- openapi-generator
def test_openapi_generator_validation_passes(spec: Path) -> None:
    need(JAVA)
    proc = portability.generator_validate(spec)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    assert "No validation issues detected." in log
    assert portability.log_problems(log) == []


@pytest.fixture(scope="module")
def ts_client(
    node_tools: None, spec: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The typescript-fetch client, generated once (named ``client``: e2e.ts imports ``./client``)."""
    need(JAVA)
    client = tmp_path_factory.mktemp(portability.GENERATOR) / "client"
    return portability.generator_generate(spec, client), client


def test_openapi_generator_typescript_fetch_client_builds(
    spec: Path, ts_client: tuple[subprocess.CompletedProcess[str], Path]
) -> None:
    proc, client = ts_client
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-5000:]
    assert portability.log_problems(log) == []
    assert "skip-validate-spec" not in " ".join(proc.args)
    assert portability.missing_methods(spec, client) == []
    for model in ("Job", "JobFeedRequest", "JobFeedResponse", "ErrorResponse"):
        assert (client / "models" / f"{model}.ts").is_file(), model
    compiled = portability.typecheck_client(client)
    assert compiled.returncode == 0, compiled.stdout[-5000:]


def test_log_problems_lets_only_known_generator_noise_through() -> None:
    log = "\n".join(
        [
            "[main] INFO  o.o.codegen.DefaultGenerator - writing file x.ts",
            "[main] WARN  o.o.codegen.DefaultCodegen - OpenAPI 3.1 support is still in beta. To report ...",
            "[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null",
            "[main] WARN  o.o.codegen.DefaultCodegen - Unknown type found in the schema: foo",
            "[main] ERROR o.o.codegen.DefaultGenerator - Could not process model 'Job'",
            "Exception in thread main java.lang.RuntimeException: boom",
        ]
    )
    assert portability.log_problems(log) == [line.strip() for line in log.splitlines()[3:]]


@pytest.mark.skipif(
    shutil.which("node") is None,
    reason="needs Node.js 20 (see https://nodejs.org/en/download) to run the client",
)
def test_typescript_fetch_client_runs_against_the_mock(
    ts_client: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    """Compiled AND run: search, a job, a feed batch + continuation, a company, a geocode, a 404's body."""
    proc, client = ts_client
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    with MockJoboServer(jobs=40, seed=11) as server:
        ran = portability.run_client_e2e(client, server.url, server.api_key)
        assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
        seen = json.loads(ran.stdout.strip().splitlines()[-1])
        first_job = server.dataset.job(seen["jobId"])
        assert first_job is not None and seen["companyName"] == first_job["company"]["name"]
        assert len(set(seen["feedIds"])) == len(seen["feedIds"]) == 4
        assert all(server.dataset.is_active(job_id) for job_id in seen["feedIds"])
    assert seen["notFound"]["status"] == 404 and "not found" in seen["notFound"]["message"]
    assert seen["city"] == "San Francisco"

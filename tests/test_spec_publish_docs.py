"""``make docs``: a self-contained HTML reference that renders every operation in headless Chromium, offline.

Needs Chromium and Node (for Redocly); without them the tests skip, naming the install command (they never
install anything: ``make test-deps`` does, on purpose; under ``.ci/run`` a skip is a failure). The page is
opened with every network request refused; the screenshot is kept at ``dist/spec/screenshot.png``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import publish_spec  # noqa: E402
import spec_docs  # noqa: E402

from tests.system_tools_needed import CHROMIUM, NODE, need  # noqa: E402

# Redocly documents that an --inlineBundle page still fetches its sidebar logo from the CDN; offline the
# logo is missing and nothing else changes. Anything else the page asks the network for fails the test.
TOLERATED_REQUESTS = {"https://cdn.redoc.ly/redoc/logo-mini-full.svg"}


@pytest.fixture(scope="module")
def chromium() -> str:
    need(CHROMIUM)
    path = spec_docs.find_chromium()
    assert path is not None
    return path


@pytest.fixture(scope="module")
def reference() -> Path:
    """``make docs``: publish the spec (lint is covered by test_spec_publish.py), then build the page."""
    need(NODE)
    published = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "publish_spec.py"), "--no-lint"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert published.returncode == 0, published.stdout + published.stderr
    built = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_docs.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return publish_spec.OUT / spec_docs.HTML_NAME


def summaries() -> dict[str, str]:
    return spec_docs.operation_summaries(publish_spec.OUT / publish_spec.YAML_NAME)


def test_page_is_one_file_that_loads_nothing_from_the_network(reference: Path) -> None:
    html = reference.read_text(encoding="utf-8")
    assert spec_docs.network_resources(html) == []
    assert f"<title>{spec_docs.TITLE}</title>" in html
    assert reference.stat().st_size > 1_000_000, "the Redoc bundle is inlined (about 2.5 MB)"


def test_every_operation_summary_renders_offline(reference: Path, chromium: str) -> None:
    wanted = summaries()
    assert len(wanted) >= 19 and all(wanted.values()), "every operation has a summary"
    screenshot = reference.parent / spec_docs.SCREENSHOT_NAME
    rendered = spec_docs.render_check(chromium, reference, wanted.values(), screenshot)
    assert rendered.missing == [], (
        f"not rendered: {rendered.missing}; sections visited: {list(rendered.pages)}"
    )
    assert set(rendered.network) <= TOLERATED_REQUESTS, rendered.network
    assert rendered.errors == [], rendered.errors
    assert len(rendered.pages) >= 1 + 8, "the start page and one section per tag"
    assert rendered.screenshot is not None
    assert rendered.screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert rendered.screenshot.stat().st_size > 20_000, "a blank page compresses to almost nothing"


def test_a_page_that_needs_the_network_fails_the_check(tmp_path: Path, chromium: str) -> None:
    """The foil: the same builder without --inlineBundle pre-renders a shell that looks fine as HTML
    (the summaries are even in its embedded JSON), but offline its scripts never load and no operation
    renders. The static check and the render check must both catch it."""
    spec = tmp_path / "tiny.yaml"
    spec.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "Tiny", "version": "1.0.0"},
                "tags": [{"name": "Things"}],
                "paths": {
                    "/things": {
                        "get": {
                            "operationId": "listThings",
                            "summary": "List every thing there is",
                            "tags": ["Things"],
                            "responses": {"200": {"description": "ok"}},
                        }
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    html = spec_docs.build(spec, tmp_path / "cdn.html", inline=False)
    text = html.read_text(encoding="utf-8")
    assert "List every thing there is" in text, "the summary is in the file, just not rendered"
    assert spec_docs.network_resources(text), "the static check sees the CDN script"
    rendered = spec_docs.render_check(
        chromium, html, ["List every thing there is"], change_timeout=3, quiet_periods=(0.3,)
    )
    assert rendered.missing == ["List every thing there is"]
    assert any("cdn.redocly.com" in url for url in rendered.network), rendered.network


def test_static_check_tells_network_resources_from_inline_ones() -> None:
    assert spec_docs.network_resources('<script src="https://cdn.example/x.js"></script>') != []
    assert spec_docs.network_resources('<link rel="stylesheet" href="//fonts.example/css">') != []
    assert spec_docs.network_resources('<script>import("./local.js")</script><img src="data:,">') == []

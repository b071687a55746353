"""The HTML API reference: build it (``make docs``) and prove it renders offline in headless Chromium.

``python scripts/spec_docs.py`` runs ``redocly build-docs --inlineBundle`` (telemetry off) on the published
``dist/spec/jobo-openapi.yaml`` and writes ``dist/spec/index.html``, one file with Redoc's scripts inside,
then checks statically that the page pulls no script, stylesheet, module or font from the network.

``--check`` also opens the page in Chromium (it never installs it: scripts/system_tools.py says how) (headless, a fresh profile, every network request
refused), the way tests/test_spec_publish_docs.py does in ``make test``:

- Redoc 3 pre-renders only a shell and renders one sidebar section at a time, and a page whose scripts
  fail to load still shows that shell (the spec is also embedded in the page as JSON, which must not
  count). So the check drives one Chromium over the DevTools pipe: it loads the page, follows every
  section link of the sidebar in-page (``#/jobs-feed`` ...), and requires every operation's ``summary``
  from the spec in the browser's *visible* text (``innerText``) of some section.
- It records every URL the page asked for that is not the file itself, and page script errors.
- It keeps a screenshot of the start page at ``dist/spec/screenshot.png``.

Only Redocly's small sidebar logo is fetched from its CDN at run time (documented by Redocly); offline it
is simply missing.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import fcntl
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import publish_spec
import system_tools
import yaml

ROOT = publish_spec.ROOT
OUT = publish_spec.OUT
HTML_NAME = "index.html"
SCREENSHOT_NAME = "screenshot.png"
TITLE = "Jobo Enterprise API reference"

# Headless, no background traffic, and every request that is not a local file is refused: the proxy
# is a closed local port and every host name resolves to nothing.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--hide-scrollbars",
    "--proxy-server=http://127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)

_NETWORK_RESOURCE = re.compile(
    r"""<(?:script|img|iframe)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//"""
    r"""|\bfrom\s*["'](?:https?:)?//"""
    r"""|\bimport\(\s*["'](?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//""",
    re.IGNORECASE,
)


class DocsError(Exception):
    """The reference cannot be built, or does not render; the message says why."""


# ---------------------------------------------------------------------------------------------- build
def build(spec: Path, html: Path, *, inline: bool = True) -> Path:
    """``redocly build-docs``; ``inline=False`` builds the CDN-loading variant (tests use it as a foil)."""
    html.parent.mkdir(parents=True, exist_ok=True)
    args = ["build-docs", str(spec), "--output", str(html), "--title", TITLE]
    if inline:
        args.append("--inlineBundle")
    proc = publish_spec.run_redocly(args)
    if proc.returncode != 0 or not html.is_file():
        raise DocsError(f"redocly build-docs failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return html


def network_resources(html_text: str) -> list[str]:
    """Markup that would load something from the network: script/img src, link href, module imports, url()."""
    return [match.group(0) for match in _NETWORK_RESOURCE.finditer(html_text)]


# ---------------------------------------------------------------------------------------------- spec
def operation_summaries(spec: Path) -> dict[str, str]:
    """``operationId`` (or ``METHOD path``) → ``summary``, for every operation of the spec."""
    doc: dict[str, Any] = yaml.safe_load(spec.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "responses" in op:
                found[op.get("operationId", f"{method.upper()} {path}")] = str(op.get("summary", ""))
    return found


# ---------------------------------------------------------------------------------------------- render
def find_chromium() -> str | None:
    found = system_tools.CHROMIUM.find()
    return None if found is None else next(iter(found.values()))


class Browser:
    """Headless Chromium driven over ``--remote-debugging-pipe`` (DevTools protocol, standard library only).

    One launch serves every page: Redoc's 2.6 MB bundle is parsed once and sections are reached by
    in-page navigation, which is ~10x faster than one ``--dump-dom`` launch per section.
    """

    def __init__(self, chromium: str, *, width: int = 1280, height: int = 1600) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="jobo-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_pipes() -> None:  # runs in the child: the protocol reads fd 3 and writes fd 4
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        cmd = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={self._profile.name}",
            f"--window-size={width},{height}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        # preexec_fn is safe here: nothing in this process runs threads while Chromium starts.
        self._proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            pass_fds=(3, 4),
            preexec_fn=wire_pipes,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self._session = ""
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self._session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable")

    # -- protocol ----------------------------------------------------------------------------------------
    def call(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self._session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self._session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise DocsError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self.events.append(reply)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_child], [], [], max(left, 0))
            if not ready:
                raise DocsError(f"chromium did not answer in time; stderr:\n{self.stderr()[-2000:]}")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise DocsError(f"chromium exited ({self._proc.poll()}); stderr:\n{self.stderr()[-2000:]}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise DocsError(f"page script failed: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    # -- page ----------------------------------------------------------------------------------------------
    def goto(self, url: str, quiet: float = 1.0) -> str:
        self.call("Page.navigate", url=url)
        return self.settle(quiet=quiet)

    def visible_text(self) -> str | None:
        text = self.evaluate(
            "document.readyState === 'complete' && document.body ? document.body.innerText : null"
        )
        return None if text is None else str(text)

    def settle(self, previous: str | None = None, change_timeout: float = 10, quiet: float = 0.4) -> str:
        """The visible text once the page has rendered: it first differs from ``previous`` (a section
        renders ~0.1-1 s after in-page navigation; give up after ``change_timeout``), then stays the same
        for ``quiet`` seconds (sections render progressively)."""
        start = time.monotonic()
        text = self.visible_text()
        while (text is None or text == previous) and time.monotonic() - start < change_timeout:
            time.sleep(0.05)
            text = self.visible_text()
        since = time.monotonic()
        while time.monotonic() - since < quiet and time.monotonic() - start < change_timeout + 10:
            time.sleep(0.05)
            now = self.visible_text()
            if now != text:
                text, since = now, time.monotonic()
        return text or ""

    def screenshot(self, target: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(data))
        return target

    def requested_urls(self) -> list[str]:
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def page_errors(self) -> list[str]:
        return [
            str(
                e["params"]["exceptionDetails"].get("exception", {}).get("description")
                or e["params"]["exceptionDetails"].get("text")
            )
            for e in self.events
            if e.get("method") == "Runtime.exceptionThrown"
        ]

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.call("Browser.close", timeout=5)
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._to_child, self._from_child):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._stderr.close()
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Rendered:
    """What headless Chromium showed: visible text per visited URL, the summaries it never showed, and
    every URL the page asked for that is not part of the file itself."""

    pages: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    screenshot: Path | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.pages.values())


def render_check(
    chromium: str,
    html: Path,
    summaries: Iterable[str],
    screenshot_path: Path | None = None,
    *,
    change_timeout: float = 10,
    quiet_periods: Sequence[float] = (0.5, 1.5),
) -> Rendered:
    """Open the page offline, visit the start page and every sidebar section; report missing summaries.

    Rendering is progressive and timing-dependent, so a pass waits for each section to stay unchanged for
    a quiet period; when summaries are still missing, the next pass reloads and waits longer.
    """
    start = html.resolve().as_uri()
    wanted = [" ".join(s.split()) for s in summaries]
    result = Rendered()
    with Browser(chromium) as browser:
        for attempt, quiet in enumerate(quiet_periods):
            for url, text in _visit(browser, start, quiet, change_timeout).items():
                result.pages[url] = f"{result.pages.get(url, '')}\n{text}".strip()
            if attempt == 0 and screenshot_path is not None:
                browser.evaluate("location.hash = ''")
                browser.settle(quiet=quiet)
                result.screenshot = browser.screenshot(screenshot_path)
            shown = " ".join(result.text.split())
            result.missing = [s for s in wanted if s not in shown]
            if not result.missing:
                break
        result.network = [
            u for u in browser.requested_urls() if not u.startswith(("file:", "data:", "blob:"))
        ]
        result.errors = browser.page_errors()
    return result


def _visit(browser: Browser, start: str, quiet: float, change_timeout: float) -> dict[str, str]:
    pages = {start: browser.goto(start, quiet=2 * quiet)}  # the start page also hydrates after load
    routes = browser.evaluate(
        "[...new Set([...document.querySelectorAll('a[href^=\"/\"]')].map(a => a.getAttribute('href')))]"
    )
    previous = pages[start]
    for route in routes or []:
        # "/" is the start page, "/section/..." are headings of its description (already visited).
        if route == "/" or str(route).startswith(("//", "/section/")):
            continue
        browser.evaluate(f"location.hash = {json.dumps('#' + str(route))}")
        previous = pages[f"{start}#{route}"] = browser.settle(previous, change_timeout, quiet)
    return pages


# ---------------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--spec", type=Path, default=OUT / publish_spec.YAML_NAME, help="published spec")
    parser.add_argument("--out", type=Path, default=OUT / HTML_NAME)
    parser.add_argument("--check", action="store_true", help="render offline in headless chromium too")
    args = parser.parse_args(argv)
    try:
        if not args.spec.is_file():
            raise DocsError(f"{args.spec} is missing: run `make publish-spec` first")
        html = build(args.spec, args.out)
        leaks = network_resources(html.read_text(encoding="utf-8"))
        if leaks:
            raise DocsError("the page loads from the network:\n  " + "\n  ".join(leaks))
        print(f"{html}  {html.stat().st_size} bytes, self-contained")
        if args.check:
            chromium = find_chromium()
            if chromium is None:
                raise DocsError(str(system_tools.problem(system_tools.CHROMIUM)))
            summaries = operation_summaries(args.spec)
            rendered = render_check(chromium, html, summaries.values(), html.parent / SCREENSHOT_NAME)
            if rendered.missing:
                raise DocsError(f"not rendered: {rendered.missing}")
            print(
                f"rendered offline: {len(summaries)} operation summaries over {len(rendered.pages)} sections"
            )
            print(f"requests refused (offline): {rendered.network or 'none'}")
            if rendered.screenshot is not None:
                print(f"{rendered.screenshot}  {rendered.screenshot.stat().st_size} bytes")
    except DocsError as exc:
        print(f"docs: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write ``jobo_ext/resources/_sync.py`` from the hand-written ``_async.py`` (``--check``: fail if stale).

The sync resources are the async ones with the ``async``/``await`` words removed and the ``Async``
prefixes dropped — the technique httpcore uses to keep both APIs from drifting apart. Only whole-word
substitutions are made, so the mapping below is the complete list of differences.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "jobo_ext" / "resources" / "_async.py"
TARGET = ROOT / "jobo_ext" / "resources" / "_sync.py"

SUBSTITUTIONS: list[tuple[str, str]] = [
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait ", ""),
    (r"\.asyncio_detailed\b", ".sync_detailed"),
    (r"\.get_async_httpx_client\b", ".get_httpx_client"),
    (r"\bAwaitable\[([^\[\]]*(?:\[[^\[\]]*\])*[^\[\]]*)\]", r"\1"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\b_Async([A-Z]\w*)", r"_Sync\1"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\baclose\b", "close"),
]
HEADER = '"""GENERATED from ``_async.py`` by ``scripts/unasync.py`` — do not edit; edit ``_async.py``.'


def render(source: str) -> str:
    text = source
    for pattern, replacement in SUBSTITUTIONS:
        text = re.sub(pattern, replacement, text)
    # Replace the first docstring line so readers of _sync.py are sent to the real source.
    first_line_end = text.index("\n")
    return _tidy(HEADER + text[first_line_end:])


def _tidy(text: str) -> str:
    """Drop the imports only the async side uses and format, with the project's pinned ruff and config."""
    ruff = str(Path(sys.executable).parent / "ruff")
    name = str(TARGET.relative_to(ROOT))
    for cmd in (
        [ruff, "check", "--fix-only", "--select", "F401,I", "--quiet", "--stdin-filename", name, "-"],
        [ruff, "format", "--quiet", "--stdin-filename", name, "-"],
    ):
        text = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    wanted = render(SOURCE.read_text(encoding="utf-8"))
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != wanted:
            print("jobo_ext/resources/_sync.py is stale; run `make unasync`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(wanted, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

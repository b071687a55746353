"""Install hints that work: ``jobo-ext`` is on no package index, so asking pip for ``jobo-ext[x]`` fails.

An extra's requirements are read from the installed distribution's metadata (pyproject.toml is the only
place they are written), so the hint names packages that are on PyPI, whatever way jobo-ext was installed.
"""

from __future__ import annotations

import re
import shlex
from importlib import metadata

DISTRIBUTION = "jobo-ext"
_EXTRA_MARKER = re.compile(r"""^\s*extra\s*==\s*['"]([^'"]+)['"]\s*$""")


def extra_requirements(extra: str) -> list[str]:
    """The requirements the extra ``extra`` adds, as declared in the installed jobo-ext's metadata."""
    try:
        declared = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return []
    found = []
    for line in declared:
        requirement, _, marker = line.partition(";")
        match = _EXTRA_MARKER.match(marker)
        if match and match.group(1) == extra:
            found.append(requirement.strip())
    return found


def install_hint(extra: str) -> str:
    """A command that installs what ``extra`` brings, plus the form for a checkout of the repository."""
    checkout = f"from a checkout of the repository: pip install -e '.[{extra}]'"
    requirements = extra_requirements(extra)
    if not requirements:
        return checkout
    packages = " ".join(shlex.quote(r) for r in requirements)
    return f"pip install {packages} (the {extra!r} extra of {DISTRIBUTION}; {checkout})"

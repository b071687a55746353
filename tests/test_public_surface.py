"""Issue 16: ``__all__`` of ``jobo_ext`` and of each public module lists exactly its public surface, and
every name the README documents imports from where the README says.

"Public surface" of a module: every name without a leading underscore that the module itself defines
(functions, classes, module-level assignments); names it merely imports are not counted, unless it
re-exports them through ``__all__``.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import jobo_ext

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

# Modules without an underscore in their name whose names are not a public API, and why.
INTERNAL = {
    "jobo_ext.resources": "the facade classes are reached as client attributes (jobo.jobs, jobo.feed, …)",
}
# The mock server's implementation modules: its public face is the ``jobo_ext.testing`` package.
INTERNAL_PREFIXES = ("jobo_ext.testing.",)


def _module_names() -> list[str]:
    names = ["jobo_ext"]
    for info in pkgutil.walk_packages(jobo_ext.__path__, "jobo_ext."):
        parts = info.name.split(".")
        if any(part.startswith("_") for part in parts[1:]):
            continue  # private modules, and ``__main__`` (importing it runs a program)
        names.append(info.name)
    return names


ALL_MODULES = _module_names()
PUBLIC_MODULES = [
    name for name in ALL_MODULES if name not in INTERNAL and not name.startswith(INTERNAL_PREFIXES)
]


def _defined_public_names(module_name: str) -> set[str]:
    module = importlib.import_module(module_name)
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if not name.startswith("_")}


def test_the_public_modules_are_the_expected_ones() -> None:
    # A new module must be classified: public (it gets the checks below) or listed in INTERNAL.
    assert {"jobo_ext", "jobo_ext.errors", "jobo_ext.retries", "jobo_ext.usage", "jobo_ext.client"} <= set(
        PUBLIC_MODULES
    )
    assert {"jobo_ext.sync", "jobo_ext.testing", "jobo_ext.conformance"} <= set(PUBLIC_MODULES)
    assert set(INTERNAL) <= set(ALL_MODULES)


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_all_lists_exactly_the_public_names(module_name: str) -> None:
    module = importlib.import_module(module_name)
    exported = getattr(module, "__all__", None)
    assert isinstance(exported, list), f"{module_name} has no __all__"
    assert len(exported) == len(set(exported)), f"{module_name}.__all__ repeats a name"
    missing = sorted(name for name in exported if not hasattr(module, name))
    assert not missing, f"{module_name}.__all__ names what does not exist: {missing}"
    unlisted = sorted(_defined_public_names(module_name) - set(exported))
    assert not unlisted, f"{module_name} defines public names missing from __all__: {unlisted}"
    star: dict[str, object] = {}
    exec(f"from {module_name} import *", star)
    assert set(star) - {"__builtins__"} == set(exported)


def test_documented_helpers_are_exported_where_users_look() -> None:
    from jobo_ext import _context, errors

    assert jobo_ext.call_options is _context.call_options and jobo_ext.CallOptions is _context.CallOptions
    assert {"call_options", "CallOptions"} <= set(jobo_ext.__all__)
    assert "error_class_for" in errors.__all__ and errors.error_class_for(409, "feed_cursor_restart_required")
    # The old private path keeps working.
    from jobo_ext._context import call_options

    assert call_options is jobo_ext.call_options


# ``from jobo_ext.x import a, b`` in code blocks, and ``jobo_ext.x.y`` anywhere in the text.
_FROM_IMPORT = re.compile(r"^\s*from (jobo_ext(?:\.\w+)*) import ([\w, ]+)", re.MULTILINE)
_DOTTED = re.compile(r"\bjobo_ext(?:\.\w+)+")


def _readme_references() -> list[str]:
    found = [
        f"{module}.{name.strip()}"
        for module, names in _FROM_IMPORT.findall(README)
        for name in names.split(",")
    ]
    found += _DOTTED.findall(README)
    return sorted(set(found))


README_REFERENCES = _readme_references()


def test_the_readme_names_some_jobo_ext_objects() -> None:
    assert "jobo_ext.JoboClient" in README_REFERENCES and "jobo_ext.call_options" in README_REFERENCES


@pytest.mark.parametrize("dotted", README_REFERENCES)
def test_every_name_the_readme_documents_imports_from_where_it_says(dotted: str) -> None:
    parts = dotted.split(".")
    # The longest importable module prefix, then attributes.
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        break
    for attribute in parts[cut:]:
        assert hasattr(target, attribute), f"README names {dotted}, which does not exist"
        target = getattr(target, attribute)
    module = importlib.import_module(".".join(parts[:cut]))
    if cut < len(parts):
        assert parts[cut] in getattr(module, "__all__", ()), f"README documents {dotted} outside __all__"

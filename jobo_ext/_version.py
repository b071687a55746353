"""The version of the ``jobo_ext`` package (kept in step with ``pyproject.toml``)."""

__version__ = "0.1.0"

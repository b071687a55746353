# Every target bootstraps .venv itself; PY is the only interpreter used after that.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The demo's own environment: the runtime (attrs, httpx) and the mock server, none of the dev tools.
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed
REDOCLY := npx -y @redocly/cli@2.77.0
SPECTRAL := npx -y @stoplight/spectral-cli@6.16.3
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: venv generate unasync check-generated spec-check lint pytest test demo bench publish-spec docs test-deps

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: $(STAMP)
	$(PY) scripts/generate.py

check-generated: $(STAMP)
	$(PY) scripts/generate.py --check
	$(PY) scripts/unasync.py --check

unasync: $(STAMP)
	$(PY) scripts/unasync.py

# Redocly: recommended rules plus an example on every scalar property (openapi/redocly.yaml);
# Spectral: its built-in OpenAPI rules, failing on any finding down to hints. Without Node both are
# skipped with a warning, unless JOBO_REQUIRE_SYSTEM_TOOLS is set (.ci/run): then they run and fail, so
# CI cannot pass without them.
spec-check: $(STAMP)
	$(VENV)/bin/openapi-spec-validator openapi/jobo.yaml
	$(PY) scripts/spec_examples.py --check
	@if [ -n "$${JOBO_REQUIRE_SYSTEM_TOOLS:-}" ] || $(PY) scripts/system_tools.py check --only node >/dev/null; then \
		echo "$(REDOCLY) lint --config openapi/redocly.yaml --format=stylish openapi/jobo.yaml"; \
		$(REDOCLY) lint --config openapi/redocly.yaml --format=stylish openapi/jobo.yaml; \
		echo "$(SPECTRAL) lint --ruleset openapi/spectral.yaml --fail-severity hint openapi/jobo.yaml"; \
		$(SPECTRAL) lint --ruleset openapi/spectral.yaml --fail-severity hint openapi/jobo.yaml; \
	else \
		echo "WARNING: make spec-check skipped the Redocly and Spectral lints:" >&2; \
		$(PY) scripts/system_tools.py check --only node >&2 || true; \
	fi

lint: $(STAMP)
	$(VENV)/bin/ruff check jobo_ext scripts tests
	$(VENV)/bin/ruff format --check jobo_ext scripts tests
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(PY) -m pytest -q

test: lint spec-check check-generated pytest

$(DEMO_STAMP): pyproject.toml
	test -x $(DEMO_VENV)/bin/python || $(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e .
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/python scripts/demo.py

# Installs the system packages some tests need (Chromium, PostgreSQL, Java; apt-get as root or through
# sudo) and says what it cannot install (Node). Run it on purpose: `make test` never installs anything.
test-deps:
	bash .ci/install-system-tools

# Not part of `make test`: timings on a shared machine are for reading, not for asserting.
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	$(PY) scripts/bench.py
	if [ -f scripts/bench_sync.py ]; then $(PY) scripts/bench_sync.py; fi

# The spec for other languages: one bundled, validated, canonical document (dist/spec/jobo-openapi.yaml
# and .json), then a self-contained HTML reference (dist/spec/index.html). make test proves both.
publish-spec: $(STAMP)
	$(PY) scripts/publish_spec.py

docs: publish-spec
	$(PY) scripts/spec_docs.py

# The two commands a fresh machine needs: `make run` and `make test`.
SHELL := /bin/bash
PY := .venv/bin/python
PYTHON ?= python3
export DJANGO_SETTINGS_MODULE := config.settings

.PHONY: run test bench lint setup system-deps venv assets clean

run: system-deps venv
	DEBUG=true scripts/run

test: venv
	scripts/install-system-deps --test
	scripts/test

bench: system-deps venv
	scripts/bench

lint: venv
	$(PY) -m ruff check .
	$(PY) -m mypy .

system-deps:
	scripts/install-system-deps

# The venv is rebuilt when pyproject.toml changes.
venv: .venv/.installed
.venv/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

assets:
	cd frontend && npm ci && npm run build

clean:
	rm -rf .venv .run staticfiles db.sqlite3 .test-db*.sqlite3*

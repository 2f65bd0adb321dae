# The two commands a fresh machine needs: `make run` and `make test`.
SHELL := /bin/bash
PY := .venv/bin/python
PYTHON ?= python3
export DJANGO_SETTINGS_MODULE := config.settings
# The fast tests: no sandbox, no Celery worker, no browser, no web server (see README, "Tests").
QUICK := not sandbox and not worker and not e2e and not server

.PHONY: run test test-quick bench lint validate lock setup system-deps venv assets clean

run: system-deps venv .env
	DEBUG=true scripts/run

test: venv .env
	scripts/install-system-deps --test
	scripts/test

test-quick: venv .env
	$(PY) -m pytest -q -m "$(QUICK)"

bench: system-deps venv
	scripts/bench

lint: venv .env
	$(PY) -m ruff check .
	$(PY) -m mypy .

# The exercise library's full validation: every package in the sandbox, every mutant on its
# served variants and 50 extra seeds (EXERCISE_SWEEP_SEEDS), then the weakest catches. Sweeps of
# unchanged packages come from .run/sweep-cache. `make test` sweeps 2 seeds (tests/test_library.py).
validate: system-deps venv .env
	$(PY) manage.py setup_sandbox
	$(PY) manage.py check_exercises --cache --report

system-deps:
	scripts/install-system-deps

# Development settings (random SECRET_KEY, DEBUG=true) for a plain shell; written once, never
# overwritten, git-ignored. Production never has one: see config/settings.py.
.env:
	scripts/dotenv

# The venv follows the lock: rebuilt when requirements-dev.lock (or pyproject.toml) changes.
# pip only adds and replaces; a package dropped from the lock leaves with `make clean`.
# The `eigenlab` client (clients/python, stdlib only) is installed too, editable: `.venv/bin/eigenlab`
# and `%load_ext eigenlab` then work in this checkout.
venv: .venv/.installed
.venv/.installed: requirements-dev.lock pyproject.toml clients/python/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m pip install --quiet --no-deps -e clients/python
	touch $@

# Re-resolves the locks from the ranges in pyproject.toml, keeping every pin that still fits;
# `make lock LOCK_FLAGS=--upgrade` moves everything to the newest allowed versions. The dev
# lock is constrained by the runtime one, so the image and the venv run the same versions.
# --universal: the image may be built on another architecture than this machine.
LOCK := .venv/bin/uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --quiet --custom-compile-command "make lock" $(LOCK_FLAGS)
lock: venv
	$(LOCK) -o requirements.lock
	$(LOCK) --extra dev -c requirements.lock -o requirements-dev.lock

assets:
	cd frontend && npm ci && npm run build

clean:
	rm -rf .venv .run staticfiles db.sqlite3 .test-db*.sqlite3*

# NewsLedger: `make setup` installs everything (Debian packages when run as root, the Python venv,
# the web assets); `make test` runs the linter and the whole suite against a throwaway PostgreSQL
# server and headless Chromium; `make example` runs extraction on the bundled example article.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: setup system-deps venv web-assets test lint unit example eval gate bench clean

setup: system-deps venv web-assets

system-deps:
	bash scripts/install-system-deps.sh

venv:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"

web-assets:
	@if [ -f package.json ]; then npm ci --no-audit --no-fund --silent || npm install --no-audit --no-fund --silent; \
	  $(BIN)/python scripts/copy_web_assets.py; fi

lint:
	$(BIN)/ruff check src tests benchmarks scripts

unit:
	$(BIN)/pytest -q

test: lint
	bash scripts/with-postgres.sh $(BIN)/pytest -q -p no:cacheprovider

example:
	$(BIN)/newsledger extract examples/harbour-town-shelling.txt --published 2024-05-16 --publisher "Example Wire" --format table

eval:
	bash scripts/eval-all.sh

gate:
	$(BIN)/python scripts/quality_gate.py

bench:
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_merge.py

bench-merge:
	$(BIN)/python benchmarks/bench_merge.py

clean:
	rm -rf $(VENV) node_modules build dist .pytest_cache .ruff_cache

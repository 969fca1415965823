# "Should I fine-tune?": every entry point a reader, author or CI needs.
# `make serve` and `make test` set everything up on a fresh Debian machine.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Not in .cache/: that is Zensical's build cache, which `make build-zensical` empties.
SYSTEM_STAMP := build/system-deps-stamp
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help venv system-deps test test-fast lint build serve live bench audit clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "error: Python >= 3.11 is required (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV) || { echo "error: could not create a virtualenv; on Debian: apt-get install python3-venv" >&2; exit 1; }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[export,docs,test,lint]'
	@touch $@

venv: $(STAMP) ## Create .venv with the pinned Python packages

$(SYSTEM_STAMP): scripts/ensure-system-deps.sh
	@mkdir -p build
	@scripts/ensure-system-deps.sh
	@touch $@

system-deps: $(SYSTEM_STAMP) ## Install graphviz, chromium and CJK fonts (as root on Debian)

# Two workers (pytest-xdist), each file on one of them so its browser and fixtures are set up
# once: 16 min instead of 22 on the 2-core CI machine. TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2

test: $(STAMP) $(SYSTEM_STAMP) build ## Run the whole suite on a fresh build, browser tests included (Zensical: make test-zensical)
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=15 -m 'not zensical'

test-fast: $(STAMP) ## Engine, evidence-registry and citation tests only (no site build, no browser)
	$(PY) -m pytest tests/engine tests/evidence/test_registry.py tests/citations -k "not exists"

lint: $(STAMP) ## ruff, mypy --strict, Chinese copy conventions
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) -m decision_tree check
	$(PY) scripts/lint_chinese.py

# Feature makefiles (site, widget, bench, audit) add their own targets.
-include mk/*.mk

clean: ## Remove build output (keeps .venv)
	rm -rf site site-zensical build dist .cache

# The bilingual site: build both languages, serve them together, live-reload one.
# SITE_DIR and SITE_URL can be set on the command line (make build SITE_DIR=/tmp/x).

SITE_DIR ?= site
SERVE_PORT ?= 8000
SITE_URL ?= http://127.0.0.1:$(SERVE_PORT)/
MKDOCS := $(VENV)/bin/mkdocs

# `make live LANG=en`; LANG usually holds the locale (en_US.UTF-8), which means zh here.
LIVE_CONFIG := $(if $(filter en,$(LANG)),mkdocs.en.yml,mkdocs.yml)

# Targets that complete the assembled site, run after both builds (each MkDocs build empties
# its output directory, so files shared by both languages go in afterwards). A feature adds
# its own in its mk file: `SITE_AFTER_BUILD += widget-assets`.
SITE_AFTER_BUILD ?=

.PHONY: build serve live build-zensical test-zensical

build: $(STAMP) ## Build both languages with --strict: zh to site/, en to site/en/ (SITE_DIR=…)
	@SITE_DIR='$(SITE_DIR)' SITE_URL='$(SITE_URL)' MKDOCS='$(MKDOCS)' scripts/build-site.sh
	@$(foreach target,$(SITE_AFTER_BUILD),$(MAKE) --no-print-directory $(target) SITE_DIR='$(SITE_DIR)' &&) true

serve: $(STAMP) $(SYSTEM_STAMP) build ## Build, then serve both languages on http://127.0.0.1:8000/ (SERVE_PORT=…)
	@echo "Serving http://127.0.0.1:$(SERVE_PORT)/ (中文) and http://127.0.0.1:$(SERVE_PORT)/en/ (English); Ctrl+C stops."
	$(PY) -m tools.dev.server '$(SITE_DIR)' --port $(SERVE_PORT)

# tools/dev/live.py: `mkdocs serve` that also serves the widget's engine (mk/widget.mk adds
# the npm packages and the wheel as prerequisites) and rebuilds it when the package changes.
live: $(STAMP) ## Live reload of one language while editing, widget included (make live LANG=en; default zh)
	LC_ALL=C.UTF-8 $(PY) -m tools.dev.live -f $(LIVE_CONFIG) -a 127.0.0.1:$(SERVE_PORT)

# The tests read the site that `make test` has just built (its build prerequisite).
test: export DT_SITE_DIR := $(abspath $(SITE_DIR))

# The second builder: Zensical (the successor of Material for MkDocs) builds the same configs
# and pages into ZENSICAL_SITE_DIR, assembled like `make build` (scripts/build-site.sh zensical).
ZENSICAL_SITE_DIR ?= site-zensical
ZENSICAL_STAMP := $(VENV)/.zensical-stamp

$(ZENSICAL_STAMP): $(STAMP)
	$(PY) -m pip install -q -c constraints.txt -e '.[zensical]'
	@touch $@

build-zensical: $(STAMP) $(ZENSICAL_STAMP) ## Build both languages with Zensical instead: zh to site-zensical/, en to site-zensical/en/
	@SITE_DIR='$(ZENSICAL_SITE_DIR)' SITE_URL='$(SITE_URL)' scripts/build-site.sh zensical
	@$(foreach target,$(SITE_AFTER_BUILD),$(MAKE) --no-print-directory $(target) SITE_DIR='$(ZENSICAL_SITE_DIR)' &&) true

# Both builds afresh, then tests/site/test_zensical.py compares them: pages, anchors, widget.
test-zensical: build build-zensical ## Build with MkDocs and with Zensical, and compare the two sites
	DT_SITE_DIR='$(abspath $(SITE_DIR))' DT_ZENSICAL_SITE_DIR='$(abspath $(ZENSICAL_SITE_DIR))' \
	  $(PY) -m pytest -m zensical tests/site/test_zensical.py

# The widget's engine in the built site: the pinned Pyodide core from the npm registry
# (`npm ci` checks every file against package-lock.json's integrity hashes) and our
# package as a pure-Python wheel, copied once into $(SITE_DIR)/assets/pyodide/ for both
# languages (one cached download serves /decision-tree/ and /en/decision-tree/).
# `make build` runs widget-assets after both MkDocs builds (SITE_AFTER_BUILD, mk/site.mk),
# since each MkDocs build empties its site_dir. It then writes the site's service worker
# ($(SITE_DIR)/dt-sw.js: the offline copy, scripts/offline.py), which digests the finished site.

NPM ?= npm
NODE_STAMP := node_modules/.dt-npm-ci-stamp
WHEEL_DIR := build/wheel
WHEEL_STAMP := $(WHEEL_DIR)/.stamp
# The same list as PYODIDE_CORE in macros/widget.py.
PYODIDE_CORE := pyodide.mjs pyodide.asm.mjs pyodide.asm.wasm python_stdlib.zip pyodide-lock.json
PYODIDE_TARGET = $(SITE_DIR)/assets/pyodide

.PHONY: widget-assets wheel bench

SITE_AFTER_BUILD += widget-assets
# Installed and built before MkDocs runs too: the widget macro reads their sizes for the progress bar.
build build-zensical: $(NODE_STAMP) $(WHEEL_STAMP)
# `make live` serves them from node_modules/ and build/wheel/, and runs `make wheel` on every rebuild.
live: $(NODE_STAMP) $(WHEEL_STAMP)

$(NODE_STAMP): package.json package-lock.json
	@command -v $(NPM) >/dev/null 2>&1 || { echo "error: npm is needed to fetch the pinned Pyodide core and axe-core from the npm registry; on Debian: apt-get install npm" >&2; exit 1; }
	$(NPM) ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# --no-isolation: hatchling comes pinned in .venv, so the wheel builds without network.
# Then the pinned Pyodide, run in Node, adds the modules' bytecode (scripts/widget-wheel-pyc.mjs):
# compiling them in the browser would cost the widget's start-up about as much again as importing.
$(WHEEL_STAMP): $(STAMP) $(NODE_STAMP) pyproject.toml scripts/widget-wheel-pyc.mjs $(shell find decision_tree -name '*.py' 2>/dev/null)
	@rm -rf $(WHEEL_DIR) && mkdir -p $(dir $(WHEEL_DIR))
	@$(PY) -m build --wheel --no-isolation --outdir $(WHEEL_DIR) . >$(WHEEL_DIR).log 2>&1 || { cat $(WHEEL_DIR).log >&2; exit 1; }
	@node scripts/widget-wheel-pyc.mjs $(WHEEL_DIR)/*.whl
	@touch $@

wheel: $(WHEEL_STAMP) ## Build the widget's wheel into build/wheel/ (when the package changed)

widget-assets: $(NODE_STAMP) $(WHEEL_STAMP) ## Copy the Pyodide core and our wheel into the built site
	@test -f '$(SITE_DIR)/index.html' || { echo "error: no built site in $(SITE_DIR): run make build" >&2; exit 1; }
	@rm -rf '$(PYODIDE_TARGET)' && mkdir -p '$(PYODIDE_TARGET)'
	@cp $(addprefix node_modules/pyodide/,$(PYODIDE_CORE)) $(WHEEL_DIR)/*.whl '$(PYODIDE_TARGET)/'
	@echo "widget: Pyodide $$(node -p 'require("./node_modules/pyodide/package.json").version' 2>/dev/null || echo core) and $$(cd $(WHEEL_DIR) && ls *.whl) in $(PYODIDE_TARGET)/"
	@# Last: the service worker digests every file of the finished site (scripts/offline.py).
	@$(PY) -m scripts.offline '$(SITE_DIR)'

bench: $(STAMP) $(SYSTEM_STAMP) build ## Widget load and click benchmark vs bare Pyodide (prints a table, writes benchmarks/results/)
	$(PY) -m benchmarks.widget --site '$(SITE_DIR)'

# The widget's engine in the built site: the pinned Pyodide core from the npm registry
# (`npm ci` checks every file against package-lock.json's integrity hashes), our package
# as a pure-Python wheel and the standard library trimmed to what the engine imports,
# copied once into $(SITE_DIR)/assets/pyodide/ for both languages (one cached download
# serves /decision-tree/ and /en/decision-tree/). Pyodide's full python_stdlib.zip is
# copied too, though the widget never loads it: `make bench` measures the widget against
# Pyodide as it ships (benchmarks/bare_page.py), and a page built without the trimmed zip
# (a bare `mkdocs build`) falls back to it.
# `make build` runs widget-assets after both MkDocs builds (SITE_AFTER_BUILD, mk/site.mk),
# since each MkDocs build empties its site_dir. It then writes the site's service worker
# ($(SITE_DIR)/dt-sw.js: the offline copy, scripts/offline.py), which digests the finished site.

NPM ?= npm
NODE_STAMP := node_modules/.dt-npm-ci-stamp
WHEEL_DIR := build/wheel
WHEEL_STAMP := $(WHEEL_DIR)/.stamp
STDLIB_DIR := build/stdlib
STDLIB_STAMP := $(STDLIB_DIR)/.stamp
# The same name as STDLIB in macros/widget.py.
STDLIB_ZIP := $(STDLIB_DIR)/python_stdlib-widget.zip
# The same list as PYODIDE_CORE in macros/widget.py.
PYODIDE_CORE := pyodide.mjs pyodide.asm.mjs pyodide.asm.wasm python_stdlib.zip pyodide-lock.json
PYODIDE_TARGET = $(SITE_DIR)/assets/pyodide

.PHONY: widget-assets wheel bench

SITE_AFTER_BUILD += widget-assets
# Installed and built before MkDocs runs too: the widget macro reads their sizes for the progress bar
# (and the trimmed stdlib's digest for its URL).
build build-zensical: $(NODE_STAMP) $(WHEEL_STAMP) $(STDLIB_STAMP)
# `make live` serves them from node_modules/, build/wheel/ and build/stdlib/, and runs `make wheel` on every rebuild.
live: $(NODE_STAMP) $(WHEEL_STAMP) $(STDLIB_STAMP)

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

# The standard library the widget's Pyodide loads instead of the full one: only the files that
# Pyodide's start-up and the engine (every op on every path, the error paths) were seen to read.
# scripts/widget-stdlib.mjs records them in the pinned Pyodide, writes the zip reproducibly and
# fails unless Pyodide with the trimmed zip alone answers every request as with the full one.
$(STDLIB_STAMP): $(WHEEL_STAMP) scripts/widget-stdlib.mjs scripts/widget_requests.py
	@rm -rf $(STDLIB_DIR) && mkdir -p $(STDLIB_DIR)
	@node scripts/widget-stdlib.mjs build $(WHEEL_DIR)/*.whl $(STDLIB_ZIP)
	@touch $@

wheel: $(WHEEL_STAMP) $(STDLIB_STAMP) ## Build the widget's wheel and trimmed stdlib into build/ (when the package changed)

widget-assets: $(NODE_STAMP) $(WHEEL_STAMP) $(STDLIB_STAMP) ## Copy the Pyodide core, our wheel and the trimmed stdlib into the built site
	@test -f '$(SITE_DIR)/index.html' || { echo "error: no built site in $(SITE_DIR): run make build" >&2; exit 1; }
	@rm -rf '$(PYODIDE_TARGET)' && mkdir -p '$(PYODIDE_TARGET)'
	@cp $(addprefix node_modules/pyodide/,$(PYODIDE_CORE)) $(WHEEL_DIR)/*.whl $(STDLIB_ZIP) '$(PYODIDE_TARGET)/'
	@echo "widget: Pyodide $$(node -p 'require("./node_modules/pyodide/package.json").version' 2>/dev/null || echo core), $$(cd $(WHEEL_DIR) && ls *.whl) and $(notdir $(STDLIB_ZIP)) in $(PYODIDE_TARGET)/"
	@# Last: the service worker digests every file of the finished site (scripts/offline.py).
	@$(PY) -m scripts.offline '$(SITE_DIR)'

bench: $(STAMP) $(SYSTEM_STAMP) build ## Widget load and click benchmark vs bare Pyodide (prints a table, writes benchmarks/results/)
	$(PY) -m benchmarks.widget --site '$(SITE_DIR)'

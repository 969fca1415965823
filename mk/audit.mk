# `make audit`: Lighthouse scores for /, /en/, /decision-tree/, /en/decision-tree/ (not in make test).

AUDIT_NPM_STAMP := tools/audit/node_modules/.installed-stamp

$(AUDIT_NPM_STAMP): tools/audit/package-lock.json
	@command -v npm >/dev/null || { echo "error: npm is missing (Debian: apt-get install npm)" >&2; exit 1; }
	cd tools/audit && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: audit
audit: $(STAMP) $(SYSTEM_STAMP) $(AUDIT_NPM_STAMP) build ## Lighthouse on the home and decision-tree pages; JSON in audit/
	$(PY) scripts/audit.py '$(SITE_DIR)' --out audit

.PHONY: readme-screenshot
readme-screenshot: $(STAMP) $(SYSTEM_STAMP) build ## Refresh the README's widget screenshots from the tests
	DT_SITE_DIR=$(abspath $(SITE_DIR)) DT_UPDATE_README=1 $(PY) -m pytest tests/readme -q

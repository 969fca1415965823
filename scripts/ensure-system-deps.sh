#!/usr/bin/env bash
# Make sure the system tools the site and its tests need exist: Graphviz's `dot`,
# Chromium for the browser tests, a CJK font so Chinese renders in screenshots, npm, and
# poppler's pdftotext for the print tests.
# As root on Debian/Ubuntu it installs what is missing; elsewhere it says what to install.
set -euo pipefail

need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
[ -n "${CHROMIUM:-}" ] && [ -x "${CHROMIUM}" ] || command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto.*cjk" || need+=(fonts-noto-cjk)
# npm fetches the pinned Pyodide core and axe-core for the widget (Debian's npm brings Node).
command -v npm >/dev/null 2>&1 || need+=(npm)
# pdftotext reads the pages the print tests have Chromium print (tests/site/test_print.py).
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
  exit 0
fi

echo "error: missing system packages: ${need[*]}" >&2
echo "  Debian/Ubuntu: sudo apt-get install ${need[*]}" >&2
echo "  macOS (Homebrew): brew install graphviz chromium font-noto-sans-cjk node" >&2
exit 1

#!/usr/bin/env bash
# Build the whole site: both languages with `--strict`, each into its own temporary
# directory, then assemble them (zh at $SITE_DIR, en at $SITE_DIR/en). Each build empties
# its output directory first, so two builds into one tree would wipe each other; and a
# failed build leaves the previous site untouched.
#
# Usage: scripts/build-site.sh [mkdocs|zensical]
#   mkdocs    (default, `make build`) MkDocs with Material: the site we publish.
#   zensical  (`make build-zensical`) the same configs and pages built by Zensical, the
#             successor of Material for MkDocs, to compare with (tests/site/test_zensical.py).
#
# Environment: SITE_DIR (default: site), SITE_URL (default: http://127.0.0.1:8000/, the
# address `make serve` uses; absolute links such as copied citations are made from it),
# MKDOCS and ZENSICAL (the builders' commands; default: the ones in .venv).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
builder=${1:-mkdocs}
site_dir=${SITE_DIR:-site}
case $site_dir in /*) ;; *) site_dir=$PWD/$site_dir ;; esac
site_url=${SITE_URL:-http://127.0.0.1:8000/}
site_url=${site_url%/}/
mkdocs=${MKDOCS:-$root/.venv/bin/mkdocs}
zensical=${ZENSICAL:-$root/.venv/bin/zensical}
python=${DT_PYTHON:-$(dirname "$mkdocs")/python}

export NO_MKDOCS_2_WARNING=1 DT_SITE_URL=$site_url DT_SITE_URL_EN=${site_url}en/

case $builder in
  mkdocs)
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/dt-site.XXXXXX")
    ;;
  zensical)
    # Zensical has no `-d`: the configs read the output directory from DT_BUILD_DIR, and
    # Zensical wants it inside the project.
    mkdir -p "$root/build"
    tmp=$(mktemp -d "$root/build/site-zensical.XXXXXX")
    ;;
  *)
    echo "usage: $0 [mkdocs|zensical]" >&2
    exit 2
    ;;
esac
trap 'rm -rf "$tmp"' EXIT
cd "$root"

# jieba reports its dictionary loading on stderr; nothing else is hidden.
quiet() { grep -v -e '^Building prefix dict' -e '^Loading model' -e '^Prefix dict has been built' -e '^Dumping model' "$1" || true; }

config_of() { if [ "$1" = zh ]; then echo mkdocs.yml; else echo mkdocs.en.yml; fi; }

command_of() { # command_of LANG: the build command, for the log and the error message
  case $builder in
    mkdocs) echo "mkdocs build --strict -f $(config_of "$1") -d $tmp/$1" ;;
    zensical) echo "DT_BUILD_DIR=$tmp/$1 zensical build --clean --strict -f $(config_of "$1")" ;;
  esac
}

build() { # build LANG: writes $tmp/LANG, $tmp/LANG.log, $tmp/LANG.status, $tmp/LANG.seconds
  local start=$EPOCHREALTIME status=0
  case $builder in
    mkdocs)
      "$mkdocs" build --strict -f "$(config_of "$1")" -d "$tmp/$1" >"$tmp/$1.log" 2>&1 || status=$?
      ;;
    zensical)
      # --clean: Zensical caches rendered pages in .cache/ by their Markdown and config, and
      # cannot see that a macro's output changed with the Python package it renders.
      DT_BUILD_DIR=$tmp/$1 "$zensical" build --clean --strict -f "$(config_of "$1")" \
        >"$tmp/$1.log" 2>&1 || status=$?
      ;;
  esac
  echo "$status" >"$tmp/$1.status"
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }' >"$tmp/$1.seconds"
}

if [ "$builder" = mkdocs ]; then
  build zh &
  build en &
  wait
else
  # One after the other: both builds share Zensical's cache, which --clean empties.
  build zh
  build en
fi

failed=0
for lang in zh en; do
  if [ "$(cat "$tmp/$lang.status")" = 0 ]; then
    echo "site: built $lang with $builder in $(cat "$tmp/$lang.seconds") s"
    quiet "$tmp/$lang.log" | grep -E '^(WARNING|ERROR|Warning|Error)' || true
  else
    failed=1
    echo "error: the $lang build failed ($(command_of "$lang")):" >&2
    quiet "$tmp/$lang.log" | grep -v '^INFO' >&2
  fi
done
[ "$failed" = 0 ] || exit 1

# The full-size diagram beside each /decision-tree/ page (linked from the figure's caption):
# the same SVG the page embeds, compiled from the same tree.
for lang in zh en; do
  "$python" -m decision_tree export --format svg --lang "$lang" >"$tmp/$lang/decision-tree/diagram.svg"
done

mv "$tmp/en" "$tmp/zh/en"

# No search result starts a line with "，" or "。": drop the word-boundary marks (U+200B)
# that Material's Chinese segmentation puts beside punctuation.
"$python" scripts/search_index.py "$tmp/zh"

# Every page carries the page policy as <meta http-equiv="Content-Security-Policy">, for
# hosts that cannot send headers (GitHub Pages); derived from this build's inline scripts.
"$python" scripts/csp.py "$tmp/zh" --inject
rm -rf "$site_dir"
mkdir -p "$(dirname "$site_dir")"
mv "$tmp/zh" "$site_dir"
echo "site: $site_dir (zh) and $site_dir/en (en), for $site_url, built with $builder"

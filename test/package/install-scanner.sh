#!/usr/bin/env bash
# n8n's community-package scanner (@n8n/scan-community-package, pinned) in a cache folder outside
# the package, like the e2e n8n installs. A no-op when installed. Prints SCANNER_DIR=<dir> last.
#
# --ignore-scripts: the scanner's own preinstall insists on pnpm, and one of its dependencies
# (isolated-vm, via n8n-workflow) would compile against Node >= 24; the scanner needs neither.
set -euo pipefail
version=0.32.0
cache="${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-chanjing-e2e}"
dir="$cache/scan-community-package-$version"
marker="$dir/.installed"
mkdir -p "$cache"
exec 9>"$cache/.lock-scanner-$version"
flock 9
if [ ! -f "$marker" ]; then
	echo "[install-scanner] npm install @n8n/scan-community-package@$version into $dir" >&2
	rm -rf "$dir"
	mkdir -p "$dir"
	echo '{"name":"n8n-nodes-chanjing-scanner","private":true}' >"$dir/package.json"
	(cd "$dir" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
		"@n8n/scan-community-package@$version" >&2)
	touch "$marker"
fi
echo "SCANNER_DIR=$dir"

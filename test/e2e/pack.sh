#!/usr/bin/env bash
# Build the package and `npm pack` it into a fresh temp folder; prints the .tgz path as the last line.
#
#   test/e2e/pack.sh                # packs the repository this script lives in
#   test/e2e/pack.sh /path/to/root  # packs another checkout (e.g. while the node is developed elsewhere)
#   E2E_SKIP_BUILD=1 test/e2e/pack.sh   # pack the existing dist/ as it is
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${1:-$(cd "$here/../.." && pwd)}"
out="$(mktemp -d "${TMPDIR:-/tmp}/chanjing-pack.XXXXXX")"
t0=$(date +%s%N)
cd "$root"
if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  npm run build --silent >&2
fi
[ -f dist/nodes/Chanjing/Chanjing.node.js ] || { echo "pack.sh: $root/dist has no built node" >&2; exit 1; }
# --ignore-scripts: packing must not run lifecycle scripts (the project's .npmrc says so too).
file="$(npm pack --ignore-scripts --pack-destination "$out" --loglevel=error 2>/dev/null | tail -n 1)"
[ -f "$out/$file" ] || { echo "pack.sh: npm pack produced no $out/$file" >&2; exit 1; }
echo "pack.sh: $out/$file in $(( ($(date +%s%N) - t0) / 1000000 )) ms" >&2
echo "$out/$file"

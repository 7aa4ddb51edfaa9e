#!/usr/bin/env bash
# Redis and PostgreSQL from Debian's packages, for the queue-mode end-to-end scenarios.
# Idempotent and quiet: installs only what is missing (apt-get needs root; CI runs as root).
# No service is started here: the harness starts its own servers on 127.0.0.1 with
# throw-away data folders (test/e2e/queue/services.js).
# Not version-pinned, for the reason in install-chromium.sh (Debian keeps one build per release);
# the versions installed are printed.
set -euo pipefail

have_pg() { ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }
missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
have_pg || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

t0=$(date +%s)
echo "[queue services] apt-get install ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# policy-rc.d 101: Debian's maintainer scripts must not start system services here.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
fi
trap '[ "$created_policy" = 1 ] && rm -f "$policy"' EXIT
apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends "${missing[@]}" >/dev/null
echo "[queue services] installed in $(( $(date +%s) - t0 )) s" >&2
dpkg-query -W -f='[queue services] ${Package} ${Version}\n' "${missing[@]}" >&2

#!/usr/bin/env bash
# Debian's Chromium for the browser scenarios (playwright-core drives it; nothing downloads a
# browser build), and a small CJK font so "蝉镜" renders in the screenshots.
# A no-op when both are there.
#
# Not version-pinned: Debian keeps only the current build of a package in its release (a
# security update replaces it), so `chromium=<version>` would fail on a fresh machine within
# weeks. The pin is the Debian release of the machine or CI image (bookworm); the versions
# installed are printed, and the browser scenario needs nothing of a particular build.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
echo "[install-chromium] apt-get install ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || {
	apt-get update -qq >/dev/null
	apt-get install -y -qq "${need[@]}" >/dev/null
}
/usr/bin/chromium --version >&2
dpkg-query -W -f='[install-chromium] ${Package} ${Version}\n' chromium fonts-wqy-microhei >&2

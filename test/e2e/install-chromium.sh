#!/usr/bin/env bash
# Debian's Chromium for the browser scenarios (playwright-core drives it; nothing downloads a
# browser build), and a small CJK font so "蝉镜" renders in the screenshots.
# A no-op when both are there.
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

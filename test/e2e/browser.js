'use strict';
/**
 * Debian's Chromium driven by playwright-core, for the browser scenarios. Never downloads a
 * browser: it launches /usr/bin/chromium (installed by install-chromium.sh) headless, with a
 * fresh profile, and without any of Chromium's own network traffic (sync, updates, QUIC).
 *
 *   const context = await launchChromium();
 *   const page = await context.newPage();
 *   ...
 *   await context.close();
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const RUN_STARTED = Date.now();

/** Installs Chromium (and a CJK font) when missing — install-chromium.sh is a no-op otherwise. */
function ensureChromium() {
	const res = spawnSync('bash', [path.join(__dirname, 'install-chromium.sh')], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	if (res.status !== 0 || !fs.existsSync(CHROMIUM)) {
		throw new Error(`install-chromium.sh failed (exit ${res.status}); no browser at ${CHROMIUM}`);
	}
	return CHROMIUM;
}

/** Where a run's screenshots go: E2E_ARTIFACTS or test/e2e/artifacts/<stamp> (git-ignored). */
function artifactsDir(...sub) {
	const root =
		process.env.E2E_ARTIFACTS ||
		path.join(__dirname, 'artifacts', new Date(RUN_STARTED).toISOString().replace(/[:.]/g, '-'));
	const dir = path.join(root, ...sub);
	fs.mkdirSync(dir, { recursive: true });
	return dir;
}
const ACTION_TIMEOUT_MS = 90000;

/**
 * A headless Chromium context with a fresh profile (its --user-data-dir, removed on close).
 * `context.newPage()` opens a tab; `context.close()` ends the browser.
 */
async function launchChromium({ viewport = { width: 1440, height: 900 } } = {}) {
	const { chromium } = require('playwright-core');
	const executablePath = ensureChromium();
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjing-e2e-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		viewport,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	// Playwright's 30 s per action or navigation: loading the editor took up to 12 s with both
	// majors side by side at load average 8–9, and two to three times as long is seen on this
	// machine at load 20–24. An action ends as soon as the page is ready for it.
	context.setDefaultTimeout(ACTION_TIMEOUT_MS);
	const close = context.close.bind(context);
	context.close = async () => {
		await close().catch(() => {});
		fs.rmSync(profile, { recursive: true, force: true });
	};
	return context;
}

module.exports = { launchChromium, ensureChromium, artifactsDir, CHROMIUM };

'use strict';
/**
 * What the tarball may hold (test/package/scan.js checks it) and where scan-planted.js plants
 * its defects. Kept apart so both read the same rules.
 */
const fs = require('node:fs');
const path = require('node:path');

/**
 * Root files npm packs whatever `files` says (npm-packlist's rule `!/readme{,.*[^~$]}`): a
 * translated README at the root would ship too, which is why the Chinese one lives in
 * docs/zh-CN/ (the English README links to it in the repository).
 */
const FORCED_BY_NPM = /^readme\.[^/]+$/i;

/** The files a user's install needs; anything else in the tarball is a mistake. */
function isShipped(file) {
	const f = file.split(path.sep).join('/');
	if (['package.json', 'LICENSE', 'README.md', 'index.js'].includes(f)) return true;
	if (!f.startsWith('dist/')) return false;
	return !f.endsWith('.map') && !f.endsWith('.d.ts') && !f.endsWith('.tsbuildinfo');
}

/** The compiled file of the package's first node (package.json → n8n.nodes[0]). */
function plantTarget(pkgDir) {
	const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
	return pkg.n8n.nodes[0];
}

module.exports = { isShipped, plantTarget, FORCED_BY_NPM };

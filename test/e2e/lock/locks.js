'use strict';
/**
 * The committed installs of the e2e harness (install-n8n.sh copies each folder here into its
 * cache before `npm install`): what each package.json pins and what its lockfile holds.
 * Plain JavaScript, so the test reads files without the node code's lint rules.
 */
const fs = require('node:fs');
const path = require('node:path');

const read = (...p) => JSON.parse(fs.readFileSync(path.join(__dirname, ...p), 'utf8'));

/** `{pinned, locked, rootSpec}` of one dependency of a lock folder. */
function lockOf(folder, dependency) {
	const pkg = read(folder, 'package.json');
	const lock = read(folder, 'package-lock.json');
	return {
		pinned: pkg.dependencies[dependency],
		rootSpec: lock.packages[''].dependencies[dependency],
		locked: lock.packages[`node_modules/${dependency}`].version,
		lockName: lock.name,
		name: pkg.name,
		overrides: pkg.overrides,
	};
}

module.exports = { lockOf, read };

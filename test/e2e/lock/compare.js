#!/usr/bin/env node
'use strict';
/**
 * node test/e2e/lock/compare.js <committed package-lock.json> <installed package-lock.json>
 *
 * Exit 0 when the install kept to the committed lockfile: the same packages at the same
 * versions and integrity. Formatting and npm's bookkeeping (e.g. `extraneous` entries it prunes)
 * do not count. Otherwise prints what differs and exits 1.
 */
const fs = require('node:fs');

const packages = (file) => {
	const all = JSON.parse(fs.readFileSync(file, 'utf8')).packages;
	return new Map(
		Object.entries(all)
			.filter(([key, p]) => key !== '' && !p.extraneous)
			.map(([key, p]) => [key, `${p.version} ${p.integrity || ''}`]),
	);
};

const [committed, installed] = process.argv.slice(2).map(packages);
const lines = [];
for (const [key, v] of committed) {
	if (!installed.has(key)) lines.push(`- ${key} ${v.split(' ')[0]}`);
	else if (installed.get(key) !== v)
		lines.push(`~ ${key} ${v.split(' ')[0]} → ${installed.get(key).split(' ')[0]}`);
}
for (const [key, v] of installed)
	if (!committed.has(key)) lines.push(`+ ${key} ${v.split(' ')[0]}`);
if (lines.length) {
	console.error(`${lines.length} packages differ from the committed lockfile:`);
	console.error(lines.slice(0, 30).join('\n'));
	process.exit(1);
}
console.error(`the install matches the committed lockfile (${committed.size} packages)`);

'use strict';
/**
 * Writes the recorded requests of typeVersion 1 (test/nodes/Chanjing/version1-requests.json),
 * stamped with the commit whose node code sent them. Plain Node: the TypeScript tests stay
 * within n8n's lint rules for node code (no fs, no process).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'nodes', 'Chanjing', 'version1-requests.json');

function git(...args) {
	return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

/**
 * The commit the node code comes from. Refuses when nodes/ or credentials/ differ from it:
 * the fixture would name a commit that does not send what it records.
 */
function sourceCommit() {
	const changed = git('status', '--porcelain', '--', 'nodes', 'credentials');
	if (changed) {
		throw new Error(
			`nodes/ or credentials/ have uncommitted changes; commit or stash them before recording:\n${changed}`,
		);
	}
	return git('rev-parse', 'HEAD');
}

function writeVersion1Fixture(cases) {
	const fixture = {
		description:
			'Every HTTP request a saved typeVersion 1 Chanjing node sends, per configuration of test/nodes/Chanjing/version1-requests.matrix.ts. Recorded once from the commit below; never re-recorded (see version1-requests.test.ts).',
		sourceCommit: sourceCommit(),
		cases,
	};
	fs.writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, '\t')}\n`);
	// the project's Prettier check covers test/; its layout of JSON keeps every string as it is
	execFileSync(path.join(ROOT, 'node_modules', '.bin', 'prettier'), ['--write', FIXTURE], {
		cwd: ROOT,
		stdio: 'ignore',
	});
	return FIXTURE;
}

module.exports = { writeVersion1Fixture };

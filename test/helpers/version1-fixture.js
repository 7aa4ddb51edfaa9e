'use strict';
/**
 * Reads and writes the recorded requests of typeVersion 1
 * (test/nodes/Chanjing/version1-requests.json), stamped with the commit whose node code sent
 * them. Plain Node: the TypeScript tests stay within n8n's lint rules for node code (no fs, no
 * process).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'nodes', 'Chanjing', 'version1-requests.json');

const DESCRIPTION =
	'Every HTTP request a saved typeVersion 1 Chanjing node sends, per configuration of test/nodes/Chanjing/version1-requests.matrix.ts, recorded from sourceCommit (a case added later names its own recordedFrom). Never recorded again (see version1-requests.test.ts).';

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

/** The recording as it is in the repository, or undefined before the first one. */
function readVersion1Fixture() {
	if (!fs.existsSync(FIXTURE)) return undefined;
	return JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
}

/**
 * Writes the recording: `cases` in matrix order, each `{ name, requests, recordedFrom? }` (a
 * new one gets the current commit), and the parameter names and option values of version 1.
 */
function writeVersion1Fixture(cases, version1Parameters) {
	const commit = sourceCommit();
	const earlier = readVersion1Fixture();
	const fixture = {
		description: DESCRIPTION,
		sourceCommit: earlier?.sourceCommit ?? commit,
		version1Parameters,
		cases: cases.map((c) =>
			c.isNew && earlier
				? { name: c.name, recordedFrom: commit, requests: c.requests }
				: {
						name: c.name,
						...(c.recordedFrom ? { recordedFrom: c.recordedFrom } : {}),
						requests: c.requests,
					},
		),
	};
	fs.writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, '\t')}\n`);
	// the project's Prettier check covers test/; its layout of JSON keeps every string as it is
	execFileSync(path.join(ROOT, 'node_modules', '.bin', 'prettier'), ['--write', FIXTURE], {
		cwd: ROOT,
		stdio: 'ignore',
	});
	return FIXTURE;
}

module.exports = { readVersion1Fixture, writeVersion1Fixture };

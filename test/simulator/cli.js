#!/usr/bin/env node
'use strict';
/**
 * node test/simulator/cli.js --port 0 [--render-ms 3000] [--token-ttl-s 86400] [--qps 20] ...
 *
 * Prints exactly one line to stdout, `Chanjing simulator listening on http://127.0.0.1:<port>`,
 * then serves until SIGTERM or SIGINT. `--help` lists the flags.
 */
const { startSimulator } = require('./index');

/** flag -> [option name, parse] */
const FLAGS = {
	'--port': ['port', Number],
	'--render-ms': ['renderMs', Number],
	'--token-ttl-s': ['tokenTtlS', Number],
	'--qps': ['qps', Number],
	'--credits': ['creditsLeft', Number],
	'--fail-rate': ['failRate', Number],
	'--http5xx-rate': ['http5xxRate', Number],
	'--drop-rate': ['dropRate', Number],
	'--delay-ms': ['delayMs', Number],
	'--seed': ['seed', Number],
	'--tick-ms': ['tickMs', Number],
	'--public-url': ['publicUrl', String],
	'--app-id': ['appId', String],
	'--secret-key': ['secretKey', String],
	'--static-token': ['staticTokens', String],
	'--file-check-ms': ['fileCheckMs', Number],
	'--file-api-per-minute': ['fileApiPerMinute', Number],
	'--config': ['configJson', String],
};

const USAGE = `usage: node test/simulator/cli.js [flags]
  ${Object.keys(FLAGS).join(' <v>\n  ')} <v>
--app-id/--secret-key set the one account; --static-token repeats (none given: the default);
--config takes a JSON object of any options (the other flags override it).`;

/** @param {string[]} argv @returns {Record<string, any>} */
function parseArgs(argv) {
	/** @type {Record<string, any>} */
	const options = {};
	const statics = [];
	let account = { appId: 'sim-app-id', secretKey: 'sim-secret-key' };
	let accountGiven = false;
	let fromFile = {};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		if (flag === '--help' || flag === '-h') throw Object.assign(new Error(USAGE), { exitCode: 0 });
		const spec = FLAGS[flag];
		if (!spec || i + 1 >= argv.length)
			throw Object.assign(new Error(`bad flag ${flag}\n${USAGE}`), { exitCode: 2 });
		const [name, parse] = spec;
		const value = parse(argv[++i]);
		if (typeof value === 'number' && Number.isNaN(value))
			throw Object.assign(new Error(`${flag} wants a number`), { exitCode: 2 });
		if (name === 'staticTokens') statics.push(value);
		else if (name === 'appId' || name === 'secretKey') {
			account = { ...account, [name]: value };
			accountGiven = true;
		} else if (name === 'configJson') fromFile = JSON.parse(value);
		else options[name] = value;
	}
	if (statics.length) options.staticTokens = statics;
	if (accountGiven) options.accounts = [account];
	return { ...fromFile, ...options };
}

async function main() {
	let options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (err) {
		(err.exitCode ? process.stderr : process.stdout).write(`${err.message}\n`);
		process.exit(err.exitCode ?? 2);
	}
	const sim = await startSimulator(options);
	const stop = () => {
		sim.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGTERM', stop);
	process.once('SIGINT', stop);
	process.stdout.write(`Chanjing simulator listening on ${sim.url}\n`);
}

main().catch((err) => {
	process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
	process.exit(1);
});

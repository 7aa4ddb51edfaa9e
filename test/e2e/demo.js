#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: build + pack, start the Chanjing simulator and a local n8n with the package
 * loaded, a credential "Chanjing (local simulator)" and the example workflows imported.
 *
 *   node test/e2e/demo.js              # n8n 1.123.x on Node 20
 *   node test/e2e/demo.js --major 2    # n8n 2.41.x on Node 24
 *   node test/e2e/demo.js --port 5678 --tgz x.tgz
 * Runs until Ctrl-C, then stops everything.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { N8nInstance, VERSIONS, OWNER } = require('./n8n-instance');

const HERE = __dirname;
const REPO = path.resolve(HERE, '..', '..');
/** The example MCP workflow (workflows/mcp-server-chanjing-tools.json) and its client token. */
const MCP_WORKFLOW_ID = 'e2eMcpServer0001';
const MCP_DEMO_TOKEN = 'demo-mcp-token';

function arg(name, def) {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : def;
}

async function main() {
	const major = Number(arg('major', '1'));
	const port = Number(arg('port', '5678'));
	let tgz = arg('tgz', null);
	if (!tgz) {
		const res = spawnSync('bash', [path.join(HERE, 'pack.sh')], {
			stdio: ['ignore', 'pipe', 'inherit'],
			encoding: 'utf8',
		});
		if (res.status !== 0) throw new Error('build/pack failed');
		tgz = res.stdout.trim().split('\n').pop();
	}
	const { startSimulator, DEFAULTS } = require(path.join(REPO, 'test', 'simulator'));
	const sim = await startSimulator({ port: 0, renderMs: 15000 });
	console.log(`simulator: ${sim.url}`);
	const inst = await N8nInstance.create({ major });
	const stopAll = async () => {
		console.log('\nstopping…');
		await inst.stop().catch(() => {});
		await inst.dispose().catch(() => {});
		await sim.close().catch(() => {});
		process.exit(0);
	};
	process.on('SIGINT', stopAll);
	process.on('SIGTERM', stopAll);
	inst.installPackage(tgz);
	const account = (DEFAULTS && DEFAULTS.accounts && DEFAULTS.accounts[0]) || {
		appId: 'sim-app-id',
		secretKey: 'sim-secret-key',
	};
	const useAppId = process.env.DEMO_AUTH !== 'accessToken';
	await inst.importCredentials([
		{
			id: 'e2eChanjingStatic',
			name: 'Chanjing (local simulator)',
			type: 'chanjingApi',
			data: useAppId
				? {
						authentication: 'appIdAndSecretKey',
						appId: account.appId,
						secretKey: account.secretKey,
						baseUrl: sim.url,
					}
				: { authentication: 'accessToken', accessToken: 'sim-static-token', baseUrl: sim.url },
		},
		{
			id: 'e2eMcpBearer',
			name: 'MCP clients (bearer token)',
			type: 'httpBearerAuth',
			data: { token: MCP_DEMO_TOKEN },
		},
	]);
	const wfDir = path.join(HERE, 'workflows');
	for (const f of fs
		.readdirSync(wfDir)
		.filter((x) => x.endsWith('.json'))
		.sort()) {
		await inst.importWorkflow(JSON.parse(fs.readFileSync(path.join(wfDir, f), 'utf8')));
	}
	await inst.start({ port });
	await inst.setupOwnerAndLogin();
	await inst.activateWorkflow(MCP_WORKFLOW_ID);
	console.log(
		`n8n ${VERSIONS[major]}: open ${inst.baseUrl}/  (login ${OWNER.email} / ${OWNER.password})`,
	);
	console.log(
		'workflows: the imported examples; credential "Chanjing (local simulator)". Ctrl-C stops everything.',
	);
	console.log(
		`MCP server (workflow "Chanjing as MCP tools", active): ${inst.baseUrl}/mcp/chanjing-video  ` +
			`(header Authorization: Bearer ${MCP_DEMO_TOKEN})`,
	);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});

'use strict';
/**
 * Bad input never reaches Chanjing (item 9 of the fault list): clarity 999, a prompt of
 * zero-width characters, a prompt with a control character; a Callback URL expression that
 * resolves to nothing is left out of the good row's submit. A credential whose Base URL is on
 * ftp is refused naming the field, and one whose Base URL is a closed port is named as
 * unreachable — both without any request reaching the simulator.
 */
const { nodeOutput } = require('../n8n-instance');
const { faultWorkflow, importAll, generateParameters, SUBMIT_PATH } = require('../fault-workflow');
const { STATIC_TOKEN } = require('../fixtures');

const net = require('node:net');

function closedPort() {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

module.exports = {
	name: 'Bad input and bad Base URLs stopped before any request',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const rows = [
			{ prompt: 'Good row', clarity: 720 },
			{ prompt: 'Too clear', clarity: 999 },
			{ prompt: '\u200B\u200C\u200D\uFEFF', clarity: 720 },
			{ prompt: 'Bell \u0007 inside', clarity: 720 },
		];
		const wf = faultWorkflow({
			id: 'e2eFaultsInput35',
			rows,
			parameters: generateParameters({
				clarity: '={{ $json.clarity }}',
				options: { callbackUrl: '={{ $json.callback }}' },
			}),
			settings: { onError: 'continueRegularOutput' },
		});
		const port = await closedPort();
		const badCredentials = [
			{
				id: 'e2eChanjingFtp',
				name: 'e2eChanjingFtp',
				type: 'chanjingApi',
				data: { accessToken: STATIC_TOKEN, baseUrl: 'ftp://127.0.0.1/' },
			},
			{
				id: 'e2eChanjingClosed',
				name: 'e2eChanjingClosed',
				type: 'chanjingApi',
				data: { accessToken: STATIC_TOKEN, baseUrl: `http://127.0.0.1:${port}` },
			},
		];
		const ftp = faultWorkflow({
			id: 'e2eFaultsFtp35',
			rows: [{ prompt: 'x' }],
			parameters: generateParameters(),
			credentialId: 'e2eChanjingFtp',
		});
		const closed = faultWorkflow({
			id: 'e2eFaultsClosed35',
			rows: [{ prompt: 'x' }],
			parameters: generateParameters(),
			credentialId: 'e2eChanjingClosed',
		});
		await time('import', async () => {
			await importAll(inst, sim, wf, badCredentials);
			await inst.importWorkflow(ftp);
			await inst.importWorkflow(closed);
		});

		const res = await time('execute rows', () => inst.execute(wf.id));
		assert.equal(res.exitCode, 0, `execution failed:\n${res.stdout.slice(-2000)}`);
		const out = nodeOutput(res.output, 'Generate video');
		assert.equal(out.length, 4);
		assert.ok(out[0].creationId, 'the good row is created');
		assert.match(String(out[1].error), /^Clarity must be 720p or 1080p for Hailuo 02, got 999/);
		assert.match(String(out[2].error), /^Prompt has only invisible characters/);
		assert.match(String(out[3].error), /^Prompt contains the control character U\+0007/);
		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		assert.equal(submits.length, 1, 'only the good row reached Chanjing');
		assert.equal('callback' in submits[0].body, false, 'no "callback":"undefined"');

		const ftpRun = await time('execute ftp', () => inst.execute(ftp.id));
		assert.match(
			String(ftpRun.error?.message),
			/^The Base URL in the 'Chanjing API' credential must start with https:\/\//,
		);
		const closedRun = await time('execute closed port', () => inst.execute(closed.id));
		assert.match(
			String(closedRun.error?.message),
			new RegExp(`^The Chanjing API at http://127\\.0\\.0\\.1:${port} could not be reached`),
		);
		assert.equal((await apiRequests()).length, 1, 'nothing else reached the simulator');
		log('3 bad rows, ftp and closed-port Base URLs: stopped before any request');
	},
};

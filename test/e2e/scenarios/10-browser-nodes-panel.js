'use strict';
/**
 * What a user does in the editor, in a real browser (Debian's Chromium via playwright-core):
 * sign in, open a new workflow, add a Manual Trigger, open the nodes panel after it and type each
 * alias — the Chanjing node is listed for every one; open it (description and actions shown), add
 * "Generate a video", switch the Mode through its three values (the fields of each mode appear),
 * then "Execute step" against the simulator: the output panel shows the creation ID, which is the
 * task the simulator created from the prompt typed in.
 *
 * Screenshots go to the run's artifacts folder (printed); on failure, failure.png shows the page.
 */
const fs = require('node:fs');
const path = require('node:path');

const { launchChromium, artifactsDir } = require('../browser');
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { OWNER } = require('../n8n-instance');

/** What a user may type to find the node (issue: chanjing, 蝉镜, hailuo, minimax, video, …). */
const ALIASES = [
	'chanjing',
	'蝉镜',
	'hailuo',
	'minimax',
	'video',
	'text to video',
	'image to video',
];
const NODE_NAME = 'Chanjing';
const DESCRIPTION = 'Generate videos with MiniMax Hailuo 02 on the Chanjing (蝉镜) Open API';
const ACTIONS = [
	'Generate a video',
	'Get a video',
	'Get many videos',
	// n8n lists each Mode of an AI node as an action too, by the option's `action`.
	'Generate a video from a prompt',
	'Generate a video from a first frame',
	'Generate a video from a first and a last frame',
];
/** Fields of the Generate panel in each mode, in the order n8n shows them. */
const MODE_FIELDS = {
	'First Frame to Video': [
		'Mode',
		'Prompt',
		'First Frame Source',
		'First Frame URL',
		'Clarity',
		'Duration',
		'Options',
	],
	'First and Last Frame to Video': [
		'Mode',
		'Prompt',
		'First Frame Source',
		'First Frame URL',
		'Last Frame Source',
		'Last Frame URL',
		'Clarity',
		'Duration',
		'Options',
	],
	'Text to Video': ['Mode', 'Prompt', 'Clarity', 'Duration', 'Options'],
};
const PROMPT = 'A lighthouse at dawn, waves rolling in, slow aerial shot';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const byTestId = (page, id) => page.locator(`[data-test-id="${id}"]`);

async function signIn(page, baseUrl) {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[name="emailOrLdapLoginId"]').fill(OWNER.email);
	await page.locator('input[name="password"]').fill(OWNER.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => !String(url).includes('/signin'));
}

async function newWorkflowWithManualTrigger(page, baseUrl) {
	await page.goto(`${baseUrl}/workflow/new`);
	await byTestId(page, 'canvas-add-button').click();
	await byTestId(page, 'node-creator-search-bar').fill('manual');
	await byTestId(page, 'node-creator-node-item')
		.filter({ hasText: 'Manual Trigger' })
		.first()
		.click();
	await byTestId(page, 'canvas-trigger-node').waitFor();
}

/**
 * How long the editor may take to show what a search or a Mode change brings. Measured with
 * both majors side by side on a 2-core machine at load average 6–10: 0.2–0.4 s per search,
 * 0.7–1 s per Mode change (the click included). The Mode window used to be 20 looks (≈ 2.5 s),
 * less than 3× that; a busier machine went past it. Waiting ends as soon as the panel shows it.
 */
const UI_SETTLE_MS = 15000;

/** Names listed in the nodes panel for a search, once `want` appears or `ms` have passed. */
async function searchNodes(page, text, want, ms = UI_SETTLE_MS) {
	await byTestId(page, 'node-creator-search-bar').fill(text);
	const items = byTestId(page, 'node-creator-item-name');
	const t0 = Date.now();
	let names = [];
	do {
		await page.waitForTimeout(150);
		names = (await items.allInnerTexts()).map((s) => s.trim());
	} while (!names.includes(want) && Date.now() - t0 < ms);
	return names;
}

/** First line of each parameter label in the node's Parameters tab. */
async function fieldLabels(page) {
	const texts = await page
		.locator('[data-test-id="node-parameters"] label.n8n-input-label')
		.allInnerTexts();
	return texts.map((s) => s.split('\n')[0].trim());
}

async function chooseOption(page, parameter, option) {
	await byTestId(page, `parameter-input-${parameter}`).click();
	await page
		.locator('.el-select-dropdown__item:visible')
		.filter({ hasText: option })
		.first()
		.click();
}

/** Picks the credential by name unless n8n already did (it does when there is only one). */
async function selectCredential(page, name) {
	const select = byTestId(page, 'node-credentials-select');
	const current = await select
		.locator('input')
		.first()
		.inputValue()
		.catch(() => '');
	if (current === name) return;
	await select.click();
	await page.locator('.el-select-dropdown__item:visible').filter({ hasText: name }).first().click();
}

module.exports = {
	name: 'browser: the nodes panel finds Chanjing by each alias; Generate panel per mode; Execute step shows the creation ID',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		await inst.importCredentials([staticTokenCredential(sim)]);
		await time('start', () => inst.start());
		await time('owner', () => inst.setupOwnerAndLogin());
		const shots = artifactsDir(`n8n-${inst.version}`);
		log(`screenshots: ${shots}`);

		const context = await time('browser', () => launchChromium());
		const page = await context.newPage();
		const shot = (name, opts = {}) => page.screenshot({ path: path.join(shots, name), ...opts });
		try {
			await time('sign in', () => signIn(page, inst.baseUrl));
			await time('workflow + trigger', () => newWorkflowWithManualTrigger(page, inst.baseUrl));
			await byTestId(page, 'canvas-handle-plus').first().click();

			// Every alias finds the node.
			const found = {};
			await time('aliases', async () => {
				for (const alias of ALIASES) {
					found[alias] = await searchNodes(page, alias, NODE_NAME);
					if (alias === 'hailuo') await shot('nodes-panel-search-hailuo.png');
				}
			});
			const missing = ALIASES.filter((a) => !found[a].includes(NODE_NAME));
			assert.deepEqual(
				missing,
				[],
				`the nodes panel does not list ${NODE_NAME} for ${JSON.stringify(missing)}; it listed ${JSON.stringify(found)}`,
			);
			log(`aliases → ${JSON.stringify(found)}`);

			// The node's details: description and actions.
			await byTestId(page, 'node-creator-item-name').filter({ hasText: NODE_NAME }).first().click();
			const actions = page.locator('[data-keyboard-nav-type="action"]');
			await actions.first().waitFor();
			const actionNames = (await actions.allInnerTexts()).map((s) => s.trim());
			for (const a of ACTIONS) {
				assert.ok(actionNames.includes(a), `action ${a} not in ${JSON.stringify(actionNames)}`);
			}
			const creatorText = await byTestId(page, 'node-creator').innerText();
			assert.ok(creatorText.includes(DESCRIPTION), `description not shown:\n${creatorText}`);
			await page.waitForTimeout(500); // the details panel slides in
			await shot('node-details-actions.png');

			// Add "Generate a video" after the trigger; the panel opens.
			await actions.filter({ hasText: 'Generate a video' }).first().click();
			await byTestId(page, 'ndv').waitFor();
			await selectCredential(page, staticTokenCredential(sim).name);

			// Each mode shows its fields.
			await time('modes', async () => {
				for (const [mode, fields] of Object.entries(MODE_FIELDS)) {
					await chooseOption(page, 'mode', mode);
					const want = fields.join(' | ');
					let got = '';
					const t0 = Date.now();
					do {
						await page.waitForTimeout(100);
						const labels = await fieldLabels(page);
						got = labels.slice(labels.indexOf('Mode')).join(' | ');
					} while (!got.startsWith(want) && Date.now() - t0 < UI_SETTLE_MS);
					assert.ok(got.startsWith(want), `mode ${mode}: fields ${got}, want ${want}`);
				}
			});

			// Execute step against the simulator: the creation ID shows in the output panel.
			await page.locator('[data-test-id="parameter-input-prompt"] textarea').fill(PROMPT);
			const output = byTestId(page, 'output-panel');
			const creationId = await time('execute step', async () => {
				await byTestId(page, 'node-execute-button').click();
				const t0 = Date.now();
				let text = '';
				while (Date.now() - t0 < 60000) {
					text = await output.innerText();
					const m = text.match(UUID);
					if (m) return m[0];
					await page.waitForTimeout(250);
				}
				throw new Error(`no creation ID in the output panel after 60 s:\n${text}`);
			});
			await shot('generate-execute-step.png');

			const reqs = await apiRequests();
			const submits = reqs.filter((r) => r.path === '/open/v1/ai_creation/task/submit');
			assert.equal(submits.length, 1, `submits: ${JSON.stringify(reqs.map((r) => r.path))}`);
			assert.equal(submits[0].body.ref_prompt, PROMPT);
			assert.equal(submits[0].headers.access_token, STATIC_TOKEN);
			const task = await fetch(`${sim.url}/open/v1/ai_creation/task?unique_id=${creationId}`, {
				headers: { access_token: STATIC_TOKEN },
			}).then((r) => r.json());
			assert.equal(
				task.code,
				0,
				`the simulator has no task ${creationId}: ${JSON.stringify(task)}`,
			);
			log(`Execute step → creation ID ${creationId}`);
		} catch (e) {
			await shot('failure.png').catch(() => {});
			fs.writeFileSync(path.join(shots, 'failure.html'), await page.content().catch(() => ''));
			e.message += `\n(screenshot: ${path.join(shots, 'failure.png')})`;
			throw e;
		} finally {
			await context.close();
		}
	},
};

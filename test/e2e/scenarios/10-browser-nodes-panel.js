'use strict';
/**
 * What a new user sees in the editor, in a real browser (Debian's Chromium via playwright-core):
 * sign in, open a new workflow, add a Manual Trigger, open the nodes panel after it and type each
 * alias — the Chanjing node is listed for every one; open it: its description and ONE list of
 * actions, named without articles (no second, unlabeled group of modes). Add "Generate video":
 * the node is version 2 (its Settings tab says so); the Model dropdown lists the documented
 * models and Custom, and each model shows its own fields; Hailuo 02's Mode shows each mode's
 * fields; Wait for Completion's settings show only when it is on; "Execute step" against the
 * simulator shows the creation ID; the canvas subtitle reads in words. Then "Get video" after
 * it: Creation ID "From List" lists the task just created (named by its prompt), a filter finds
 * it or nothing, picking it fills the ID, and "Execute step" gets that very task. Last, a saved
 * workflow with a version 1 node still shows its Options collection with Wait for Completion.
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
const DESCRIPTION =
	'Digital-human (avatar) videos, text to speech, and AI videos and images with the Chanjing Open API';
/** The Chanjing Trigger's description, which n8n may show for the package's entry. */
const TRIGGER_DESCRIPTION = /Starts the workflow when a Chanjing \(蝉镜\) .*task finishes/;
/** The node's actions, by resource: one list, without articles, and no group of modes. */
const ACTIONS = [
	'Get balance',
	'Get account info',
	'Create custom avatar',
	'Delete custom avatar',
	'Get custom avatar',
	'Get many avatars',
	'Create avatar video',
	'Delete avatar video',
	'Get avatar video',
	'Get many avatar videos',
	'Generate image',
	'Get image',
	'Get many images',
	'Create lip-sync video',
	'Get lip-sync video',
	'Get many lip-sync videos',
	'Generate speech',
	'Get speech',
	'Generate video',
	'Get video',
	'Get many videos',
	'Clone voice',
	'Delete voice',
	'Get voice',
	'Get many voices',
];
/** The video models Chanjing's pages document (README, model table): the default first, Custom last. */
const MODELS = [
	'MiniMax Hailuo 02',
	'Doubao Seedance 1.0 Lite',
	'Kling 2.5 (Tencent)',
	'Kling v2.1 Master (Tencent)',
	'Kling v2.5 Turbo',
	'Custom',
];
/** Each model's fields from Model to Options (Text to Video, waiting off), in the panel's order. */
const MODEL_FIELDS = {
	Custom: ['Model', 'Model Code', 'Creation Type', 'Prompt', 'Additional Body Fields (JSON)'],
	'Doubao Seedance 1.0 Lite': [
		'Model',
		'Mode',
		'Prompt',
		'Clarity',
		'Duration (Seconds)',
		'Aspect Ratio',
	],
	'Kling v2.5 Turbo': [
		'Model',
		'Mode',
		'Prompt',
		'Duration (Seconds)',
		'Aspect Ratio',
		'Quality Mode',
	],
	'MiniMax Hailuo 02': ['Model', 'Mode', 'Prompt', 'Clarity', 'Duration'],
};
const AFTER_MODEL_FIELDS = ['Wait for Completion', 'Options'];
/** Fields of Hailuo 02's Generate panel in each mode, from Mode on. */
const MODE_FIELDS = {
	'First Frame to Video': [
		'Mode',
		'Prompt',
		'First Frame Source',
		'First Frame URL',
		'Clarity',
		'Duration',
		'Wait for Completion',
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
		'Wait for Completion',
		'Options',
	],
	'Text to Video': ['Mode', 'Prompt', 'Clarity', 'Duration', 'Wait for Completion', 'Options'],
};
const WAIT_SETTINGS = ['Max Wait (Minutes)', 'Poll Interval (Seconds)', 'On Timeout'];
const SUBTITLE = 'Generate Video · MiniMax Hailuo 02 · Text to Video';
const PROMPT = 'A lighthouse at dawn, waves rolling in, slow aerial shot';
/** How From List names the task: the prompt's first 40 characters, then "…". */
const PROMPT_START = `${PROMPT.slice(0, 40).trimEnd()}…`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** Another video task of the account, newer than the one Execute step creates (submitted straight to the simulator). */
const OTHER_VIDEO_PROMPT = 'A paper boat drifts down a rainy street';
/** An image task the account already has (submitted straight to the simulator). */
const IMAGE_TASK = {
	creation_type: 3,
	model_code: 'doubao-seedream-3.0-t2i',
	ref_prompt: 'A red fox in fresh snow, morning light, close-up',
	aspect_ratio: '1:1',
	clarity: 2048,
	number_of_images: 1,
};
/** A saved workflow whose Chanjing node is version 1 (test/e2e/workflows). */
const VERSION_1_WORKFLOW = 'text-to-video';

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
 * How long the editor may take to show what a search, a Mode or Model change or a switch
 * brings. Measured with both majors side by side on a 2-core machine at load average 6–10:
 * 0.2–0.4 s per search, 0.7–1 s per Mode change (the click included); a busier machine went
 * past a 2.5 s window. Waiting ends as soon as the panel shows it.
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

/** The labels from `from` to `to` (both included), once they are `want` or UI_SETTLE_MS passed. */
async function labelsBetween(page, from, to, want) {
	let got = [];
	for (const t0 = Date.now(); Date.now() - t0 < UI_SETTLE_MS; ) {
		const labels = await fieldLabels(page);
		got = labels.slice(labels.indexOf(from), labels.indexOf(to) + 1);
		if (got.join('|') === want.join('|')) break;
		await page.waitForTimeout(100);
	}
	return got;
}

/** A task submitted straight to the simulator, as another client of the account would. */
async function submitToSimulator(sim, body) {
	return await fetch(`${sim.url}/open/v1/ai_creation/task/submit`, {
		method: 'POST',
		headers: { access_token: STATIC_TOKEN, 'content-type': 'application/json' },
		body: JSON.stringify(body),
	}).then((r) => r.json());
}

async function openDropdown(page, parameter) {
	await byTestId(page, `parameter-input-${parameter}`).click();
	const items = page.locator('.el-select-dropdown__item:visible');
	await items.first().waitFor();
	return items;
}

async function chooseOption(page, parameter, option) {
	const items = await openDropdown(page, parameter);
	await items.filter({ hasText: option }).first().click();
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

/** Opens the nodes panel from the last node's + handle and picks a Chanjing action. */
async function addChanjingAction(page, action) {
	await byTestId(page, 'canvas-handle-plus').last().click();
	await searchNodes(page, 'chanjing', NODE_NAME);
	await byTestId(page, 'node-creator-item-name').filter({ hasText: NODE_NAME }).first().click();
	const actions = page.locator('[data-keyboard-nav-type="action"]');
	await actions.first().waitFor();
	await actions.filter({ hasText: action }).first().click();
	await byTestId(page, 'ndv').waitFor();
}

/** The names a dropdown lists, once `ok(names)` holds or UI_SETTLE_MS passed. */
async function listedUntil(items, ok) {
	let names = [];
	for (const t0 = Date.now(); Date.now() - t0 < UI_SETTLE_MS; ) {
		names = (await items.allInnerTexts()).map((s) => s.trim());
		if (ok(names)) break;
		await items.page().waitForTimeout(200);
	}
	return names;
}

/** The "Chanjing node version N (…)" line of the open node's Settings tab. */
async function nodeVersionLine(page) {
	await byTestId(page, 'ndv').getByText('Settings', { exact: true }).first().click();
	const line = byTestId(page, 'ndv')
		.getByText(/Chanjing node version/)
		.first();
	await line.waitFor();
	const text = (await line.innerText()).trim();
	await byTestId(page, 'ndv').getByText('Parameters', { exact: true }).first().click();
	return text;
}

async function closeNdv(page) {
	// 2.x: a close button; 1.x: "Back to canvas".
	await byTestId(page, 'ndv-close-button')
		.or(byTestId(page, 'back-to-canvas'))
		.or(page.getByText('Back to canvas'))
		.first()
		.click();
	await byTestId(page, 'ndv').waitFor({ state: 'hidden' });
}

/** Clicks Execute step and waits for the output panel to show `pattern`. */
async function executeStep(page, pattern, ms = 60000) {
	await byTestId(page, 'node-execute-button').click();
	const output = byTestId(page, 'output-panel');
	const t0 = Date.now();
	let text = '';
	while (Date.now() - t0 < ms) {
		text = await output.innerText();
		const m = text.match(pattern);
		if (m) return m[0];
		await page.waitForTimeout(250);
	}
	throw new Error(`the output panel did not show ${pattern} after ${ms / 1000} s:\n${text}`);
}

module.exports = {
	name: 'browser: nodes panel (aliases, one list of actions), Generate panel per model and mode, waiting, Execute step, subtitle; Get from the task list; a version 1 node',
	async run({ inst, sim, assert, apiRequests, loadWorkflow, time, log }) {
		await inst.importCredentials([staticTokenCredential(sim)]);
		const version1 = loadWorkflow(VERSION_1_WORKFLOW);
		await inst.importWorkflow(version1);
		await time('start', () => inst.start());
		await time('owner', () => inst.setupOwnerAndLogin());
		const shots = artifactsDir(`n8n-${inst.version}`);
		log(`screenshots: ${shots}`);

		const context = await time('browser', () => launchChromium());
		const page = await context.newPage();
		// A short pause first: dropdowns and panels fade in.
		const shot = async (name, opts = {}) => {
			await page.waitForTimeout(400);
			await page.screenshot({ path: path.join(shots, name), ...opts });
		};
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

			// The node's details: its description and one list of actions, without articles.
			await byTestId(page, 'node-creator-item-name').filter({ hasText: NODE_NAME }).first().click();
			const actions = page.locator('[data-keyboard-nav-type="action"]');
			await actions.first().waitFor();
			await page.waitForTimeout(500); // the details panel slides in
			const actionNames = (await actions.allInnerTexts()).map((s) => s.trim());
			assert.deepEqual(
				actionNames,
				ACTIONS,
				`the nodes panel's actions: ${JSON.stringify(actionNames)}`,
			);
			const creatorText = await byTestId(page, 'node-creator').innerText();
			// n8n shows the package's two nodes as one entry; its header may carry the trigger's description
			assert.ok(
				creatorText.includes(DESCRIPTION) || TRIGGER_DESCRIPTION.test(creatorText),
				`description not shown:\n${creatorText}`,
			);
			await shot('node-details-actions.png');

			// Add "Generate video" after the trigger: a version 2 node.
			await actions.filter({ hasText: 'Generate video' }).first().click();
			await byTestId(page, 'ndv').waitFor();
			await selectCredential(page, staticTokenCredential(sim).name);
			const version = await nodeVersionLine(page);
			assert.match(version, /version 2 \(Latest\)/, `a new node: ${version}`);

			// The Model dropdown: the documented models and Custom; each shows its own fields.
			await time('models', async () => {
				const items = await openDropdown(page, 'model');
				const models = (await items.allInnerTexts()).map((s) => s.split('\n')[0].trim());
				await page.keyboard.press('Escape');
				assert.deepEqual(models, MODELS, `Model lists ${JSON.stringify(models)}`);
				for (const [model, fields] of Object.entries(MODEL_FIELDS)) {
					await chooseOption(page, 'model', model);
					const want = [...fields, ...AFTER_MODEL_FIELDS];
					const got = await labelsBetween(page, 'Model', 'Options', want);
					assert.deepEqual(got, want, `model ${model}: fields ${got.join(' | ')}`);
					if (model === 'Doubao Seedance 1.0 Lite') await shot('generate-model-fields.png');
				}
			});

			// Hailuo 02 (the last model chosen): each mode shows its fields.
			await time('modes', async () => {
				for (const [mode, want] of Object.entries(MODE_FIELDS)) {
					await chooseOption(page, 'mode', mode);
					const got = await labelsBetween(page, 'Mode', 'Options', want);
					assert.deepEqual(got, want, `mode ${mode}: fields ${got.join(' | ')}`);
				}
			});

			// Waiting: its settings only when it is on.
			const labels = await fieldLabels(page);
			assert.deepEqual(
				[...WAIT_SETTINGS, 'Download Video', 'Simplify'].filter((f) => labels.includes(f)),
				[],
				`waiting is off, yet the panel shows ${labels.join(' | ')}`,
			);
			await byTestId(page, 'parameter-input-waitForCompletion').click();
			const waitWant = [
				'Wait for Completion',
				...WAIT_SETTINGS,
				'Download Video',
				'Simplify',
				'Options',
			];
			const waitOn = await labelsBetween(page, 'Wait for Completion', 'Options', waitWant);
			assert.deepEqual(waitOn, waitWant, `waiting on: ${waitOn.join(' | ')}`);
			await byTestId(page, 'parameter-input-waitForCompletion').scrollIntoViewIfNeeded();
			await shot('generate-wait-for-completion.png');
			await byTestId(page, 'parameter-input-waitForCompletion').click();
			const waitOff = await labelsBetween(page, 'Wait for Completion', 'Options', [
				'Wait for Completion',
				'Options',
			]);
			assert.deepEqual(waitOff, ['Wait for Completion', 'Options'], 'waiting off again');

			// Execute step against the simulator: the creation ID shows in the output panel.
			await page.locator('[data-test-id="parameter-input-prompt"] textarea').fill(PROMPT);
			const creationId = await time('execute step', () => executeStep(page, UUID));
			await shot('generate-execute-step.png');

			const reqs = await apiRequests();
			const submits = reqs.filter((r) => r.path === '/open/v1/ai_creation/task/submit');
			assert.equal(submits.length, 1, `submits: ${JSON.stringify(reqs.map((r) => r.path))}`);
			assert.equal(submits[0].body.ref_prompt, PROMPT);
			assert.equal(submits[0].body.model_code, 'MiniMax-Hailuo-02');
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

			// The canvas subtitle, in words.
			await closeNdv(page);
			const generateNode = byTestId(page, 'canvas-node').filter({ hasText: 'Generate video' });
			const nodeText = await generateNode.first().innerText();
			assert.ok(nodeText.includes(SUBTITLE), `the canvas node reads ${JSON.stringify(nodeText)}`);

			// Get video: Creation ID from the task list, with another video task of the account.
			const other = await submitToSimulator(sim, {
				creation_type: 4,
				model_code: 'MiniMax-Hailuo-02',
				ref_prompt: OTHER_VIDEO_PROMPT,
				clarity: 720,
				video_duration: 6,
			});
			assert.equal(other.code, 0, `another video task: ${JSON.stringify(other)}`);
			await time('get from list', async () => {
				await addChanjingAction(page, 'Get video');
				await selectCredential(page, staticTokenCredential(sim).name);
				const locator = byTestId(page, 'node-parameters').getByPlaceholder('Select a video task…');
				await locator.click();
				const items = page.locator('[data-test-id="rlc-item"]:visible');
				const names = await listedUntil(items, (n) => n.length === 2);
				const ours = names.filter((n) => n.startsWith(PROMPT_START));
				assert.equal(ours.length, 1, `From List shows ${JSON.stringify(names)}`);
				assert.match(ours[0], / · (Queued|Generating|Succeeded) · \d{4}-\d\d-\d\d \d\d:\d\d /);
				assert.ok(ours[0].endsWith(' · MiniMax Hailuo 02'), ours[0]);
				assert.ok(names[0].startsWith(OTHER_VIDEO_PROMPT.slice(0, 20)), `newest first: ${names}`);
				await shot('get-creation-id-from-list.png');

				const search = page.locator('input[placeholder="Search..."]:visible');
				await search.fill('LIGHTHOUSE');
				const filtered = await listedUntil(items, (n) => n.length === 1);
				assert.ok(
					filtered.length === 1 && filtered[0].startsWith(PROMPT_START),
					`filtered by a prompt word in other case: ${JSON.stringify(filtered)}`,
				);
				await search.fill('zebra crossing');
				const none = await listedUntil(items, (n) => n.length === 0);
				assert.deepEqual(none, [], 'a filter that matches nothing');
				await search.fill('');
				await listedUntil(items, (n) => n.length === 2);
				await items.filter({ hasText: PROMPT_START }).first().click();
			});
			const listed = (await apiRequests()).filter(
				(r) => r.path === '/open/v1/ai_creation/task/page',
			);
			assert.ok(listed.length >= 1, 'From List read the task list');
			assert.deepEqual(listed[0].body, { type: 4, page: 1, page_size: 50 });
			assert.equal(listed[0].headers.access_token, STATIC_TOKEN);

			// The picked task is the one Get fetches.
			const beforeGet = (await apiRequests()).length;
			const got = await time('get execute', () =>
				executeStep(page, new RegExp(creationId.replace(/-/g, '\\-'))),
			);
			const afterGet = (await apiRequests()).slice(beforeGet);
			assert.deepEqual(
				afterGet.map((r) => `${r.method} ${r.path}`),
				['GET /open/v1/ai_creation/task'],
				'Execute step on Get sends one task detail request (and no submit)',
			);
			assert.equal(afterGet[0].query.unique_id, creationId, 'the ID From List filled in');
			assert.equal(got, creationId);
			const getVersion = await nodeVersionLine(page);
			assert.match(getVersion, /version 2 \(Latest\)/, `Get video: ${getVersion}`);

			// Resource Image: From List lists the image tasks (and only those).
			const imageSubmit = await submitToSimulator(sim, IMAGE_TASK);
			assert.equal(imageSubmit.code, 0, `image task: ${JSON.stringify(imageSubmit)}`);
			await chooseOption(page, 'resource', 'Image');
			await chooseOption(page, 'operation', 'Get');
			await byTestId(page, 'node-parameters').getByPlaceholder('Select an image task…').click();
			const imageItems = page.locator('[data-test-id="rlc-item"]:visible');
			const imageNames = await listedUntil(imageItems, (n) =>
				n.some((name) => name.endsWith(' · Seedream 3.0')),
			);
			await shot('get-image-creation-id-from-list.png');
			// n8n keeps the Creation ID when the resource changes and lists the current value on top:
			// the video task picked above. Besides it, only the image task.
			const imageTasks = imageNames.filter((n) => !n.startsWith(PROMPT_START));
			assert.equal(imageTasks.length, 1, `image From List: ${JSON.stringify(imageNames)}`);
			assert.ok(
				imageTasks[0].startsWith(`${IMAGE_TASK.ref_prompt.slice(0, 40).trimEnd()}…`) &&
					imageTasks[0].endsWith(' · Seedream 3.0'),
				imageTasks[0],
			);
			await page.keyboard.press('Escape');
			const imageList = (await apiRequests()).filter(
				(r) => r.path === '/open/v1/ai_creation/task/page' && r.body.type === 3,
			);
			assert.deepEqual(imageList[0]?.body, { type: 3, page: 1, page_size: 50 });
			await closeNdv(page);

			// A saved workflow with a version 1 node: Options with Wait for Completion inside.
			page.once('dialog', (dialog) => dialog.accept().catch(() => {}));
			await page.goto(`${inst.baseUrl}/workflow/${version1.id}`);
			const leave = page.getByRole('button', { name: /Leave without saving/i });
			if (await leave.count()) await leave.first().click();
			const v1Name = version1.nodes.find((n) => n.type.endsWith('.chanjing')).name;
			await byTestId(page, 'canvas-node').filter({ hasText: v1Name }).first().dblclick();
			await byTestId(page, 'ndv').waitFor();
			const v1Version = await nodeVersionLine(page);
			assert.match(v1Version, /version 1 /, `the saved node: ${v1Version}`);
			const v1Labels = await fieldLabels(page);
			assert.ok(v1Labels.includes('Options'), `version 1: ${v1Labels.join(' | ')}`);
			assert.ok(!v1Labels.includes('Wait for Completion'), `version 1: ${v1Labels.join(' | ')}`);
			await byTestId(page, 'node-parameters').getByPlaceholder('Add Option').first().click();
			const optionItems = page.locator('.el-select-dropdown__item:visible');
			await optionItems.first().waitFor();
			const v1Options = (await optionItems.allInnerTexts()).map((s) => s.trim());
			assert.ok(
				v1Options.includes('Wait for Completion'),
				`version 1 Options: ${JSON.stringify(v1Options)}`,
			);
			await shot('version-1-options.png');
			await page.keyboard.press('Escape');
			log(`version 1 node: ${v1Version}; Options: ${v1Options.join(', ')}`);
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

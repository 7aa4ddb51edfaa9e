'use strict';
/**
 * Steps in n8n's editor that the browser scenarios share (both majors): sign in, a new workflow
 * with a Manual Trigger, the nodes panel, a node's panel and its dropdowns and pickers.
 * Scenario 10 keeps its own copies of the first ones.
 */
const { OWNER } = require('./n8n-instance');

/**
 * How long the editor may take to show what a search, a choice or a switch brings (measured in
 * scenario 10: under 1 s, more on a busy machine). Waiting ends as soon as the panel shows it.
 */
const UI_SETTLE_MS = 15000;

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

/** Names listed in the nodes panel for a search, once `want` appears or UI_SETTLE_MS passed. */
async function searchNodes(page, text, want) {
	await byTestId(page, 'node-creator-search-bar').fill(text);
	const items = byTestId(page, 'node-creator-item-name');
	const t0 = Date.now();
	let names = [];
	do {
		await page.waitForTimeout(150);
		names = (await items.allInnerTexts()).map((s) => s.trim());
	} while (!names.includes(want) && Date.now() - t0 < UI_SETTLE_MS);
	return names;
}

/** First line of each parameter label in the node's Parameters tab. */
async function fieldLabels(page) {
	const texts = await page
		.locator('[data-test-id="node-parameters"] label.n8n-input-label')
		.allInnerTexts();
	return texts.map((s) => s.split('\n')[0].trim());
}

/** Opens a dropdown by its parameter name: its visible entries. Clicks again if a busy editor missed the click. */
async function openDropdown(page, parameter) {
	const items = page.locator('.el-select-dropdown__item:visible');
	for (let attempt = 1; ; attempt++) {
		await byTestId(page, `parameter-input-${parameter}`).click();
		try {
			await items.first().waitFor({ timeout: attempt < 3 ? UI_SETTLE_MS : 90000 });
			return items;
		} catch (e) {
			if (attempt >= 3) throw e;
			await page.keyboard.press('Escape');
		}
	}
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

/** The names a list shows, once `ok(names)` holds or UI_SETTLE_MS passed. */
async function listedUntil(items, ok) {
	let names = [];
	for (const t0 = Date.now(); Date.now() - t0 < UI_SETTLE_MS; ) {
		names = (await items.allInnerTexts()).map((s) => s.trim());
		if (ok(names)) break;
		await items.page().waitForTimeout(200);
	}
	return names;
}

/** Opens a resource locator's "From List" by its placeholder: the picker's visible entries. */
async function openPicker(page, placeholder) {
	await byTestId(page, 'node-parameters').getByPlaceholder(placeholder).first().click();
	return page.locator('[data-test-id="rlc-item"]:visible');
}

/**
 * Switches a boolean on and waits for the field it shows (`label`); clicks again if the first
 * click fell on a list that was still closing.
 */
async function switchOn(page, parameter, label) {
	for (let attempt = 0; attempt < 3; attempt++) {
		if ((await fieldLabels(page)).includes(label)) return;
		await byTestId(page, `parameter-input-${parameter}`).click();
		for (const t0 = Date.now(); Date.now() - t0 < UI_SETTLE_MS / 3; ) {
			if ((await fieldLabels(page)).includes(label)) return;
			await page.waitForTimeout(200);
		}
	}
	throw new Error(
		`switching ${parameter} on did not show ${label}: ${(await fieldLabels(page)).join(' | ')}`,
	);
}

/**
 * Adds `option` through whichever "Add Option" list offers it (a panel can have several
 * collections, and which comes first differs between majors and settings).
 */
async function addOption(page, option) {
	const boxes = byTestId(page, 'node-parameters').getByPlaceholder('Add Option');
	for (let attempt = 0; attempt < 3; attempt++) {
		const count = await boxes.count();
		for (let i = 0; i < count; i++) {
			await boxes.nth(i).click();
			const item = page.locator('.el-select-dropdown__item:visible').filter({ hasText: option });
			const offered = await item
				.first()
				.waitFor({ timeout: 5000 })
				.then(
					() => true,
					() => false,
				);
			if (offered) {
				await item.first().click();
				await page.waitForTimeout(500); // the list fades out
				return;
			}
			await page.keyboard.press('Escape');
		}
		await page.waitForTimeout(1000);
	}
	throw new Error(`no Add Option list offers ${option}`);
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
	UI_SETTLE_MS,
	byTestId,
	signIn,
	newWorkflowWithManualTrigger,
	searchNodes,
	fieldLabels,
	openDropdown,
	chooseOption,
	selectCredential,
	listedUntil,
	openPicker,
	switchOn,
	addOption,
	executeStep,
};

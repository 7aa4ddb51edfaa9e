'use strict';
/**
 * Chanjing's own products in the editor, in a real browser (Debian's Chromium via
 * playwright-core): the nodes panel lists the new actions (avatar video, speech, avatars,
 * voices, account) beside the AI ones; "Create avatar video": the Avatar picker lists the
 * simulator's public avatars by name, gender and figure types (4K marked), the search box
 * filters them; the Voice picker lists the chosen avatar's own voice first, then public voices
 * by name, gender and language; the subtitle Font dropdown lists font_list's fonts; "Execute step"
 * creates one video with the avatar and voice picked. Then Speech → Generate: its Voice picker
 * lists public voices (no avatar voice) and its waiting and download are on by default.
 *
 * Screenshots go to the run's artifacts folder (printed); on failure, failure.png shows the page.
 */
const fs = require('node:fs');
const path = require('node:path');

const { launchChromium, artifactsDir } = require('../browser');
const { staticTokenCredential } = require('../fixtures');
const {
	byTestId,
	chooseOption,
	executeStep,
	fieldLabels,
	listedUntil,
	newWorkflowWithManualTrigger,
	openDropdown,
	openPicker,
	searchNodes,
	selectCredential,
	signIn,
	switchOn,
	addOption,
} = require('../editor');
const { PUBLIC_AVATARS, VOICES_BY_ID, FONTS } = require('../../simulator/catalogue');

const NODE_NAME = 'Chanjing';
/** The actions the products add, each listed once in the nodes panel. */
const NEW_ACTIONS = [
	'Get balance',
	'Get account info',
	'Get many avatars',
	'Create avatar video',
	'Delete avatar video',
	'Get avatar video',
	'Get many avatar videos',
	'Generate speech',
	'Get speech',
	'Get many voices',
];
/** What a user may type to find these products. */
const ALIASES = ['数字人', 'avatar', 'text to speech', '语音合成'];
/** The simulator's third public avatar: whole body and circle, 1080p; its own voice. */
const AVATAR = PUBLIC_AVATARS[2];
const AVATAR_NAME = `${AVATAR.name} · Female · Whole Body, Circle`;
const AVATAR_VOICE = VOICES_BY_ID.get(AVATAR.audioManId);
const SCRIPT = '大家好，欢迎来到蝉镜。';
/** A picker entry's name: "<name> · <Gender> · <figures or language>[ · 4K]". */
const READABLE_AVATAR =
	/^\S+ · (Female|Male) · (Whole Body|Sitting|Circle)(, (Whole Body|Sitting|Circle))*( · 4K)?$/;
const READABLE_VOICE = /^\S.* · (Female|Male) · (Chinese|English|Multilingual)$/;

module.exports = {
	name: 'browser: the new actions in the nodes panel; Avatar, Voice and Font pickers list the account’s entries by readable names; Execute step creates an avatar video; Speech’s Voice picker',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const credential = staticTokenCredential(sim);
		await inst.importCredentials([credential]);
		await time('start', () => inst.start());
		await time('owner', () => inst.setupOwnerAndLogin());
		const shots = artifactsDir(`n8n-${inst.version}`);
		log(`screenshots: ${shots}`);

		const context = await time('browser', () => launchChromium());
		const page = await context.newPage();
		const shot = async (name) => {
			await page.waitForTimeout(400);
			await page.screenshot({ path: path.join(shots, name) });
		};
		try {
			await time('sign in', () => signIn(page, inst.baseUrl));
			await time('workflow + trigger', () => newWorkflowWithManualTrigger(page, inst.baseUrl));
			await byTestId(page, 'canvas-handle-plus').first().click();

			// The products' words find the node.
			const found = {};
			for (const alias of ALIASES) found[alias] = await searchNodes(page, alias, NODE_NAME);
			const missing = ALIASES.filter((a) => !found[a].includes(NODE_NAME));
			assert.deepEqual(missing, [], `not listed for ${JSON.stringify(missing)}`);

			// The node's actions: the new ones, each once, beside the AI ones.
			await searchNodes(page, 'chanjing', NODE_NAME);
			await byTestId(page, 'node-creator-item-name').filter({ hasText: NODE_NAME }).first().click();
			const actions = page.locator('[data-keyboard-nav-type="action"]');
			await actions.first().waitFor();
			await page.waitForTimeout(500);
			const actionNames = (await actions.allInnerTexts()).map((s) => s.trim());
			log(`actions: ${JSON.stringify(actionNames)}`);
			assert.deepEqual(
				NEW_ACTIONS.filter((a) => actionNames.filter((n) => n === a).length !== 1),
				[],
				`the nodes panel's actions: ${JSON.stringify(actionNames)}`,
			);
			assert.ok(actionNames.includes('Generate video'), 'the AI actions stay');
			await shot('nodes-panel-product-actions.png');

			// Create avatar video: the Avatar picker.
			await actions.filter({ hasText: 'Create avatar video' }).first().click();
			await byTestId(page, 'ndv').waitFor();
			await selectCredential(page, credential.name);
			const avatars = await time('avatar picker', async () => {
				const items = await openPicker(page, 'Select an avatar…');
				return await listedUntil(items, (n) => n.length >= 50);
			});
			assert.ok(avatars.length >= 50, `the Avatar picker lists ${avatars.length}`);
			const unreadable = avatars.filter((n) => !READABLE_AVATAR.test(n));
			assert.deepEqual(unreadable, [], `names that do not read: ${JSON.stringify(unreadable)}`);
			assert.equal(
				avatars[0],
				`${PUBLIC_AVATARS[0].name} · Female · Whole Body, Sitting, Circle · 4K`,
			);
			assert.ok(avatars.includes(AVATAR_NAME), `no ${AVATAR_NAME} in ${JSON.stringify(avatars)}`);
			await shot('avatar-picker.png');
			const search = page.locator('input[placeholder="Search..."]:visible');
			const items = page.locator('[data-test-id="rlc-item"]:visible');
			let filtered = [];
			// typed again if a busy editor dropped the keystrokes
			for (let attempt = 0; attempt < 3 && filtered.length !== 1; attempt++) {
				await search.fill('');
				await search.fill(AVATAR.name);
				filtered = await listedUntil(items, (n) => n.length === 1);
			}
			assert.deepEqual(filtered, [AVATAR_NAME], 'the search box finds the avatar by name');
			await items.filter({ hasText: AVATAR.name }).first().click();

			// The Voice picker: the avatar's own voice first, then public voices.
			const voices = await time('voice picker', async () => {
				const list = await openPicker(page, 'Select a voice…');
				return await listedUntil(list, (n) => n.length >= 20 && n[0].startsWith("Avatar's Voice"));
			});
			assert.equal(voices[0], `Avatar's Voice: ${AVATAR_VOICE.name} (${AVATAR.name})`);
			const publicVoices = voices.slice(1);
			assert.ok(publicVoices.length >= 20, `public voices: ${publicVoices.length}`);
			const badVoices = publicVoices.filter((n) => !READABLE_VOICE.test(n));
			assert.deepEqual(badVoices, [], `voice names that do not read: ${JSON.stringify(badVoices)}`);
			await shot('voice-picker.png');
			await page.locator('[data-test-id="rlc-item"]:visible').first().click();

			// Subtitles on: the Font dropdown lists font_list.
			await page.locator('[data-test-id="parameter-input-script"] textarea').fill(SCRIPT);
			await switchOn(page, 'subtitles', 'Subtitle Options');
			await addOption(page, 'Font Name or ID');
			await byTestId(page, 'parameter-input-fontId').waitFor();
			const fonts = await listedUntil(
				await openDropdown(page, 'fontId'),
				(n) => n[0] === "Chanjing's Default" && n.length > FONTS.length,
			);
			assert.equal(fonts[0], "Chanjing's Default");
			assert.deepEqual(
				[...fonts.slice(1)].sort(),
				FONTS.map((f) => f.name).sort(),
				`fonts: ${JSON.stringify(fonts)}`,
			);
			await page.keyboard.press('Escape');
			await shot('font-dropdown.png');

			// Execute step creates one video with what was picked.
			const videoId = await time('execute step', () => executeStep(page, /\b[0-9a-f]{32}\b/));
			const creates = (await apiRequests()).filter((r) => r.path === '/open/v1/create_video');
			assert.equal(creates.length, 1, 'one create');
			assert.equal(creates[0].body.person.id, AVATAR.id);
			assert.equal(creates[0].body.audio.tts.audio_man, AVATAR.audioManId);
			assert.deepEqual(creates[0].body.audio.tts.text, [SCRIPT]);
			assert.equal(creates[0].body.subtitle_config.show, true);
			await shot('create-avatar-video-execute-step.png');
			log(`Execute step → video ID ${videoId}`);

			// Speech → Generate: public voices, waiting and the download on by default.
			await chooseOption(page, 'resource', 'Speech');
			await chooseOption(page, 'operation', 'Generate');
			const labels = await fieldLabels(page);
			assert.ok(
				['Voice', 'Text', 'Speed', 'Pitch', 'Wait for Completion', 'Download Audio'].every((l) =>
					labels.includes(l),
				),
				`Speech fields: ${labels.join(' | ')}`,
			);
			const speechVoices = await listedUntil(
				await openPicker(page, 'Select a voice…'),
				(n) => n.length >= 20,
			);
			assert.ok(
				speechVoices.filter((n) => !n.startsWith('Avatar')).every((n) => READABLE_VOICE.test(n)),
				`Speech voices: ${JSON.stringify(speechVoices.slice(0, 5))}`,
			);
			await shot('speech-voice-picker.png');
			await page.keyboard.press('Escape');
			log(`${avatars.length} avatars, ${voices.length} voices, ${fonts.length - 1} fonts listed`);
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

'use strict';
/**
 * Issue 21, point 3 (and 9's last sentence): Chanjing's Chinese answers explained in English with
 * the action, the original kept. One image workflow (Seedream 4.0, 4 images, Wait for
 * Completion), run four times under n8n's default On Error (Stop):
 * - submit refused with 40000 模型已下线 (the model in the simulator's `offlineModels`),
 *   积分不足 (no credits left, `noCreditsMsg`), 提示词包含敏感词 (a word of the prompt in
 *   `sensitiveWords`): the English meaning in the message with code and Chinese, the action in the
 *   description, nothing created; the credits one speaks of an image task, never of a video;
 * - a task that ends Fail with 内容违规,请修改提示词: meaning and Chinese in the message, "Rewrite
 *   the prompt" and "not charged" in the description.
 * The log holds exactly 4 submits (none sent twice), 1 task (the failed one), no task-list lookup.
 */
const { importWorkflows } = require('../model-runs');
const { SUBMIT_PATH, imageWorkflow, logSince } = require('../image-delivery');

const PROMPT = 'A quiet harbour at night [violation]';
const MODEL = 'doubao-seedream-4.0';

const REFUSALS = [
	{
		name: '模型已下线',
		config: { offlineModels: [MODEL] },
		undo: { offlineModels: [] },
		message: 'Chanjing has taken the model offline (code 40000: 模型已下线)',
		action:
			/^Chanjing answered that the model is offline \(模型已下线\)\. Choose another model \(for a Custom model, another Model Code\), then run the item again\. Nothing was created or charged for this image task\./,
	},
	{
		name: '积分不足',
		config: { creditsLeft: 0, noCreditsMsg: '积分不足' },
		undo: { creditsLeft: null },
		message: 'Your Chanjing account is out of credits (code 40000: 积分不足)',
		action:
			/^Your Chanjing account has too few credits \(蝉豆, 积分\) for this image task\. Top up in the Chanjing console .* Nothing was created or charged\./,
	},
	{
		name: '提示词包含敏感词',
		config: { sensitiveWords: ['harbour'] },
		undo: { sensitiveWords: [] },
		message:
			'Chanjing refused the prompt: it contains sensitive words (code 40000: 提示词包含敏感词)',
		action:
			/^Chanjing answered that the prompt contains sensitive words \(提示词包含敏感词\)\. Rewrite the prompt .*then run the item again\. Nothing was created or charged for this image task\./,
	},
];

module.exports = {
	name: 'Chinese answers explained: 模型已下线, 积分不足, 提示词包含敏感词 and a task failed with 内容违规 → English meaning and action, original kept, nothing created twice',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = imageWorkflow({ id: 'e2eChineseAnswers71', prompt: PROMPT });
		await sim.configure({ renderMs: 1000 });
		await importWorkflows({ inst, sim, time }, wf);
		let seq = 0;

		for (const refusal of REFUSALS) {
			await sim.configure(refusal.config);
			const res = await time(`execute ${refusal.name}`, () => inst.execute(wf.id));
			await sim.configure(refusal.undo);
			assert.notEqual(res.exitCode, 0, `${refusal.name}: the item fails`);
			const error = res.error ?? {};
			assert.equal(error.message, refusal.message);
			assert.match(String(error.description), refusal.action);
			assert.match(
				String(error.description),
				new RegExp(`Chanjing's answer: code 40000, msg "${refusal.name}", trace_id \\S+\\.$`),
			);
			assert.doesNotMatch(`${error.message} ${error.description}`, /video/i, 'image words');
			assert.equal(String(error.httpCode), '40000', 'Chanjing’s code as the error code');
			const run = logSince(await apiRequests(), seq);
			seq = run.lastSeq;
			assert.equal(run.submits.length, 1, `${refusal.name}: one submit, not sent again`);
			assert.equal(run.submits[0].code, 40000);
			assert.equal(run.lookups.length, 0, `${refusal.name}: a refusal is not looked up`);
			assert.equal((await sim.tasks()).length, 0, `${refusal.name}: no task`);
			log(`${refusal.name}: "${error.message}"`);
		}

		const res = await time('execute 内容违规', () => inst.execute(wf.id));
		assert.notEqual(res.exitCode, 0, '内容违规: the item fails');
		const tasks = await sim.tasks();
		assert.equal(tasks.length, 1, 'one task, the one that failed');
		const id = tasks[0].unique_id;
		assert.equal(tasks[0].progress_desc, 'Fail');
		assert.equal(tasks[0].err_msg, '内容违规,请修改提示词');
		const error = res.error ?? {};
		assert.equal(
			error.message,
			`Chanjing could not generate image task ${id}: the content breaks Chanjing's content rules (内容违规,请修改提示词)`,
		);
		assert.match(String(error.description), /^Rewrite the prompt/);
		assert.match(String(error.description), /Chanjing does not charge for a failed task\./);
		assert.match(String(error.description), new RegExp(`Creation ID: ${id}\\.`));
		assert.doesNotMatch(String(error.description), /Get operation/, 'a failed task is not fetched');
		const run = logSince(await apiRequests(), seq);
		assert.equal(run.submits.length, 1, '内容违规: one submit');
		assert.equal(run.lookups.length, 0);
		assert.ok(run.checks.length >= 1, 'its status was checked');
		log(`内容违规: "${error.message}"`);

		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		assert.equal(submits.length, 4, 'four runs, four submits, none sent twice');
		log(`${submits.length} submits, ${tasks.length} task (failed, not charged), 0 lookups`);
	},
};

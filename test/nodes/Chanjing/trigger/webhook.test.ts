import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';
import nock from 'nock';

import { forgetProcessMemory } from '../../../../nodes/Chanjing/memory/processMemory';
import { MAX_CALLBACK_BYTES } from '../../../../nodes/Chanjing/trigger/limits';
import { receiveCallback } from '../../../../nodes/Chanjing/trigger/webhook';
import { envelope } from '../../../helpers/chanjing-api';
import {
	type CallbackRequest,
	triggerWorkflow,
	webhookContext,
	webhookPath,
} from '../../../helpers/trigger-context';
import {
	aiImageTask,
	aiVideoTask,
	avatarVideoTask,
	callbackBody,
	customAvatarTask,
	expectAiCreationDetail,
	expectAvatarVideoDetail,
	expectCustomAvatarDetail,
	expectLipSyncDetail,
	expectSpeechDetail,
	expectVoiceDetail,
	lipSyncTask,
	speechTask,
	voiceTask,
} from '../../../helpers/trigger-tasks';

jest.mock('../../../../nodes/Chanjing/trigger/limits', () => ({
	...jest.requireActual('../../../../nodes/Chanjing/trigger/limits'),
	// the pauses between detail requests when Chanjing is overloaded: none in tests
	VERIFY_PAUSES_MS: [0, 0],
}));

const ALL = ['aiVideo', 'aiImage', 'avatarVideo', 'lipSync', 'speech', 'voice', 'customAvatar'];

function parameters(extra: IDataObject = {}): IDataObject {
	return {
		triggerMode: 'webhook',
		products: ALL,
		outcome: 'succeeded',
		simplify: false,
		download: false,
		...extra,
	};
}

/** One callback to the node's webhook, through n8n-core's webhook context. */
async function call(
	workflow: ReturnType<typeof triggerWorkflow>,
	request: CallbackRequest,
	mode: 'webhook' | 'manual' = 'webhook',
) {
	const { context, sent } = webhookContext(workflow, request, mode);
	const result: IWebhookResponseData = await receiveCallback.call(context);
	return { result, sent, emitted: result.workflowData?.[0] };
}

describe('receiveCallback: the Path Secret, before anything else', () => {
	const workflow = () => triggerWorkflow(parameters({ pathSecret: 'k3J9x2Lq' }));

	it('refuses a callback on a path without the secret (404): nothing read, Chanjing not asked', async () => {
		for (const path of [webhookPath(), webhookPath('k3J9x2Lx'), webhookPath('k3J9x2Lq0')]) {
			const { result, sent, emitted } = await call(workflow(), {
				path,
				body: callbackBody(aiVideoTask('vid-1')),
			});
			expect(sent).toEqual({ status: 404, body: { received: false, message: 'Not found' } });
			expect(result).toEqual({ noWebhookResponse: true });
			expect(emitted).toBeUndefined();
		}
	});

	it('checks the secret before the size', async () => {
		const { sent } = await call(workflow(), {
			path: webhookPath('wrong'),
			rawBody: Buffer.alloc(MAX_CALLBACK_BYTES + 1),
			body: {},
		});
		expect(sent.status).toBe(404);
	});

	it('takes the callback on the path with the secret', async () => {
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const { sent, emitted } = await call(workflow(), {
			path: webhookPath('k3J9x2Lq'),
			body: callbackBody(aiVideoTask('vid-1')),
		});
		expect(sent.status).toBe(200);
		expect(emitted).toHaveLength(1);
	});
});

describe('receiveCallback: what is refused without asking Chanjing', () => {
	it('refuses a body over the size limit (413)', async () => {
		const { sent, emitted } = await call(triggerWorkflow(parameters()), {
			rawBody: Buffer.alloc(MAX_CALLBACK_BYTES + 1, 0x20),
			body: callbackBody(aiVideoTask('vid-1')),
		});
		expect(sent).toEqual({
			status: 413,
			body: { received: false, message: `The body is larger than ${MAX_CALLBACK_BYTES} bytes` },
		});
		expect(emitted).toBeUndefined();
	});

	it('takes a body of exactly the limit', async () => {
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const { sent } = await call(triggerWorkflow(parameters()), {
			rawBody: Buffer.alloc(MAX_CALLBACK_BYTES, 0x20),
			body: callbackBody(aiVideoTask('vid-1')),
		});
		expect(sent.status).toBe(200);
	});

	it.each([
		['a list', [aiVideoTask('vid-1')]],
		['a string', 'vid-1'],
		['a record of no product', { task: 'vid-1' }],
		['an ID that is not an ID', callbackBody(aiVideoTask('vid 1; drop'))],
	])('refuses %s (400)', async (_, body) => {
		const { sent, emitted } = await call(triggerWorkflow(parameters()), { body });
		expect(sent.status).toBe(400);
		expect((sent.body as IDataObject).message).toMatch(/names no task of the products chosen/);
		expect(emitted).toBeUndefined();
	});

	it('refuses a task of a product not chosen (400)', async () => {
		const { sent } = await call(triggerWorkflow(parameters({ products: ['aiVideo'] })), {
			body: callbackBody(avatarVideoTask('av-1')),
		});
		expect(sent.status).toBe(400);
		expect((sent.body as IDataObject).message).toBe(
			'The body names no task of the products chosen (AI Video)',
		);
	});
});

describe('receiveCallback: the task ID read from the body of each product, then asked of Chanjing', () => {
	it.each([
		['AI video, in the envelope', callbackBody(aiVideoTask('vid-1')), 'aiVideo'],
		['AI video, the bare detail', aiVideoTask('vid-1'), 'aiVideo'],
	])('%s', async (_, body) => {
		const detail = expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const { emitted } = await call(triggerWorkflow(parameters()), { body });
		expect(detail.isDone()).toBe(true);
		expect(emitted).toEqual([{ json: aiVideoTask('vid-1') }]);
	});

	it('AI image (type 3)', async () => {
		expectAiCreationDetail('img-1', envelope(0, aiImageTask('img-1')));
		const { emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(aiImageTask('img-1')),
		});
		expect(emitted).toEqual([{ json: aiImageTask('img-1') }]);
	});

	it('avatar video (id and video_url)', async () => {
		expectAvatarVideoDetail('av-1', envelope(0, avatarVideoTask('av-1')));
		const { emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(avatarVideoTask('av-1')),
		});
		expect(emitted).toEqual([{ json: avatarVideoTask('av-1') }]);
	});

	it('speech (id and type tts)', async () => {
		expectSpeechDetail('C-Audio-1', envelope(0, speechTask('C-Audio-1')));
		const { emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(speechTask('C-Audio-1')),
		});
		expect(emitted).toEqual([{ json: speechTask('C-Audio-1') }]);
	});

	it('lip sync (id and video_url): asked of avatar video first, whose detail has no such video', async () => {
		const avatar = expectAvatarVideoDetail('lip-1', envelope(40000, null, '视频不存在'));
		const lip = expectLipSyncDetail('lip-1', envelope(0, lipSyncTask('lip-1')));
		const { emitted, sent } = await call(triggerWorkflow(parameters({ simplify: true })), {
			body: callbackBody(lipSyncTask('lip-1')),
		});
		expect(avatar.isDone() && lip.isDone()).toBe(true);
		expect(sent).toEqual({ status: 200, body: { received: true, started: true, taskId: 'lip-1' } });
		expect(emitted).toHaveLength(1);
		expect(emitted![0].json).toMatchObject({
			product: 'lipSync',
			videoId: 'lip-1',
			status: 'succeeded',
			videoUrl: 'https://cdn.chanjing.cc/lip-1.mp4',
		});
	});

	it('lip sync chosen alone: only its own detail is asked', async () => {
		expectLipSyncDetail('lip-1', envelope(0, lipSyncTask('lip-1')));
		const { emitted } = await call(triggerWorkflow(parameters({ products: ['lipSync'] })), {
			body: callbackBody(lipSyncTask('lip-1')),
		});
		expect(emitted).toEqual([{ json: lipSyncTask('lip-1') }]);
	});

	it('lip sync: a finished lip-sync video wins over an unfinished avatar video of the same ID', async () => {
		expectAvatarVideoDetail('lip-1', envelope(0, lipSyncTask('lip-1', { status: 20 })));
		expectLipSyncDetail('lip-1', envelope(0, lipSyncTask('lip-1')));
		const { emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(lipSyncTask('lip-1')),
		});
		expect(emitted).toEqual([{ json: lipSyncTask('lip-1') }]);
	});

	it('lip sync: a failed video (status 30) starts a workflow that takes failed tasks', async () => {
		const failedVideo = lipSyncTask('lip-1', { status: 30, video_url: '', msg: '视频处理失败' });
		expectLipSyncDetail('lip-1', envelope(0, failedVideo));
		const { emitted } = await call(
			triggerWorkflow(parameters({ products: ['lipSync'], outcome: 'failed', simplify: true })),
			{ body: callbackBody(failedVideo) },
		);
		expect(emitted![0].json).toMatchObject({
			product: 'lipSync',
			status: 'failed',
			errorMessage: '视频处理失败',
		});
	});

	it.each([
		['in the envelope', callbackBody],
		['bare', (record: IDataObject) => record],
	])('voice clone (id and audio_path), %s', async (_, bodyOf) => {
		expectVoiceDetail('C-Audio-2', envelope(0, voiceTask('C-Audio-2')));
		const { emitted } = await call(triggerWorkflow(parameters({ simplify: true })), {
			body: bodyOf(voiceTask('C-Audio-2')),
		});
		expect(emitted).toHaveLength(1);
		expect(emitted![0].json).toMatchObject({
			product: 'voice',
			voiceId: 'C-Audio-2',
			status: 'succeeded',
		});
	});

	it('custom avatar (id and type person), the bare detail as Chanjing posts it', async () => {
		expectCustomAvatarDetail('C-me', envelope(0, customAvatarTask('C-me')));
		const { emitted } = await call(triggerWorkflow(parameters({ simplify: true })), {
			body: customAvatarTask('C-me'),
		});
		expect(emitted).toHaveLength(1);
		expect(emitted![0].json).toMatchObject({
			product: 'customAvatar',
			avatarId: 'C-me',
			status: 'succeeded',
			voiceId: 'C-me-voice',
		});
	});

	it.each([
		['lip sync', lipSyncTask('forged-1'), ['lipSync']],
		['voice clone', voiceTask('forged-1'), ['voice']],
		['custom avatar', customAvatarTask('forged-1'), ['customAvatar']],
	])('refuses a forged %s callback (404)', async (_, record, products) => {
		const expect404 = {
			lipSync: () => expectLipSyncDetail('forged-1', envelope(40000, null, '视频不存在')),
			voice: () => expectVoiceDetail('forged-1', envelope(40000, null, '定制声音不存在')),
			customAvatar: () => expectCustomAvatarDetail('forged-1', envelope(40000, null, '不存在')),
		}[products[0] as 'lipSync' | 'voice' | 'customAvatar'];
		const detail = expect404();
		const { sent, emitted } = await call(triggerWorkflow(parameters({ products })), {
			body: callbackBody(record),
		});
		expect(detail.isDone()).toBe(true);
		expect(sent.status).toBe(404);
		expect(emitted).toBeUndefined();
	});

	it.each([
		['lip sync', 'lipSync', lipSyncTask('t-1', { status: 10, video_url: '' }), expectLipSyncDetail],
		['voice clone', 'voice', voiceTask('t-1', { status: 1, audio_path: '' }), expectVoiceDetail],
		[
			'custom avatar',
			'customAvatar',
			customAvatarTask('t-1', { status: 1 }),
			expectCustomAvatarDetail,
		],
	])(
		'refuses a %s callback for a task still running (409)',
		async (_, product, running, expectDetail) => {
			expectDetail('t-1', envelope(0, running));
			const { sent, emitted } = await call(triggerWorkflow(parameters({ products: [product] })), {
				body: callbackBody(running),
			});
			expect(sent.status).toBe(409);
			expect(emitted).toBeUndefined();
		},
	);

	it('emits the task as the API returned it, not as the callback claims it', async () => {
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const claimed = aiVideoTask('vid-1', { output_url: ['https://evil.example/x.mp4'], extra: 1 });
		const { emitted } = await call(triggerWorkflow(parameters()), { body: callbackBody(claimed) });
		expect(emitted).toEqual([{ json: aiVideoTask('vid-1') }]);
	});

	it('emits the simplified task with its product when Simplify is on', async () => {
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const { emitted, sent } = await call(triggerWorkflow(parameters({ simplify: true })), {
			body: callbackBody(aiVideoTask('vid-1')),
		});
		expect(sent).toEqual({
			status: 200,
			body: { received: true, started: true, taskId: 'vid-1' },
		});
		expect(emitted![0].json).toMatchObject({
			product: 'aiVideo',
			creationId: 'vid-1',
			status: 'succeeded',
			videoUrl: 'https://cdn.chanjing.cc/vid-1.mp4',
		});
	});
});

describe('receiveCallback: forged and unfinished tasks start nothing', () => {
	it('refuses a task Chanjing does not have (404), by its error code', async () => {
		expectAiCreationDetail('forged-1', envelope(40000, null, '任务不存在'));
		const { sent, emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(aiVideoTask('forged-1')),
		});
		expect(sent).toEqual({
			status: 404,
			body: { received: false, message: 'Chanjing has no such task' },
		});
		expect(emitted).toBeUndefined();
	});

	it('refuses a task Chanjing answers without a record, or with another task', async () => {
		expectAiCreationDetail('forged-1', envelope(0, null));
		expectAiCreationDetail('forged-2', envelope(0, aiVideoTask('vid-9')));
		for (const id of ['forged-1', 'forged-2']) {
			const { sent, emitted } = await call(triggerWorkflow(parameters()), {
				body: callbackBody(aiVideoTask(id)),
			});
			expect(sent.status).toBe(404);
			expect(emitted).toBeUndefined();
		}
	});

	it('refuses a callback that claims success for a task still generating (409)', async () => {
		expectAiCreationDetail(
			'vid-1',
			envelope(0, aiVideoTask('vid-1', { progress_desc: 'Generating', output_url: [] })),
		);
		const { sent, emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(aiVideoTask('vid-1')),
		});
		expect(sent).toEqual({
			status: 409,
			body: { received: false, message: 'The task has not finished (status generating)' },
		});
		expect(emitted).toBeUndefined();
	});

	it('takes the finished callback that follows an unfinished one', async () => {
		const workflow = triggerWorkflow(parameters());
		expectAiCreationDetail(
			'vid-1',
			envelope(0, aiVideoTask('vid-1', { progress_desc: 'Generating' })),
		);
		expect((await call(workflow, { body: callbackBody(aiVideoTask('vid-1')) })).sent.status).toBe(
			409,
		);
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const { emitted } = await call(workflow, { body: callbackBody(aiVideoTask('vid-1')) });
		expect(emitted).toHaveLength(1);
	});

	it('answers 503 when Chanjing stays overloaded (3 asks), and takes the callback sent again', async () => {
		const workflow = triggerWorkflow(parameters());
		for (let i = 0; i < 3; i++) {
			expectAiCreationDetail('vid-1', envelope(40001, null, '请求过于频繁'));
		}
		const first = await call(workflow, { body: callbackBody(aiVideoTask('vid-1')) });
		expect(first.sent.status).toBe(503);
		expect(first.emitted).toBeUndefined();
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const again = await call(workflow, { body: callbackBody(aiVideoTask('vid-1')) });
		expect(again.emitted).toHaveLength(1);
	});

	it('answers 503 when Chanjing cannot be reached', async () => {
		for (let i = 0; i < 3; i++) {
			nock('https://open-api.chanjing.cc')
				.get('/open/v1/ai_creation/task')
				.query(true)
				.replyWithError('socket hang up');
		}
		const { sent, emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(aiVideoTask('vid-1')),
		});
		expect(sent.status).toBe(503);
		expect(emitted).toBeUndefined();
	});
});

describe('receiveCallback: the outcome chosen', () => {
	const failed = () =>
		aiVideoTask('vid-1', { progress_desc: 'Fail', output_url: [], err_msg: 'x' });

	it('passes over a failed task when Succeeded is chosen (200, no execution)', async () => {
		expectAiCreationDetail('vid-1', envelope(0, failed()));
		const { result, emitted } = await call(triggerWorkflow(parameters()), {
			body: callbackBody(failed()),
		});
		expect(emitted).toBeUndefined();
		expect(result.webhookResponse).toEqual({
			received: true,
			started: false,
			message: 'The task failed, which does not start this workflow',
			taskId: 'vid-1',
		});
	});

	it.each(['failed', 'finished'])('emits a failed task when %s is chosen', async (outcome) => {
		expectAiCreationDetail('vid-1', envelope(0, failed()));
		const { emitted } = await call(triggerWorkflow(parameters({ outcome })), {
			body: callbackBody(failed()),
		});
		expect(emitted).toEqual([{ json: failed() }]);
	});

	it('passes over a succeeded task when Failed is chosen', async () => {
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const { emitted } = await call(triggerWorkflow(parameters({ outcome: 'failed' })), {
			body: callbackBody(aiVideoTask('vid-1')),
		});
		expect(emitted).toBeUndefined();
	});
});

describe('receiveCallback: repeated callbacks', () => {
	it('emits a task once for its repeats within the window; a repeat asks Chanjing nothing', async () => {
		const workflow = triggerWorkflow(parameters());
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const body = callbackBody(aiVideoTask('vid-1'));
		const first = await call(workflow, { body });
		const second = await call(workflow, { body });
		const third = await call(workflow, { body });
		expect(first.emitted).toHaveLength(1);
		expect(second.emitted).toBeUndefined();
		expect(third.emitted).toBeUndefined();
		expect(second.result.webhookResponse).toMatchObject({ received: true, started: false });
	});

	it('takes two repeats arriving together once', async () => {
		const workflow = triggerWorkflow(parameters());
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const body = callbackBody(aiVideoTask('vid-1'));
		const both = await Promise.all([call(workflow, { body }), call(workflow, { body })]);
		expect(both.filter((c) => c.emitted !== undefined)).toHaveLength(1);
	});

	it("remembers a task in the workflow's static data: another process (or a restart) emits it once", async () => {
		const staticData: IDataObject = {};
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const body = callbackBody(aiVideoTask('vid-1'));
		expect((await call(triggerWorkflow(parameters(), staticData), { body })).emitted).toHaveLength(
			1,
		);
		forgetProcessMemory();
		const saved = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		const repeat = await call(triggerWorkflow(parameters(), saved), { body });
		expect(repeat.emitted).toBeUndefined();
	});

	it('emits a task again once its window has ended', async () => {
		const now = jest.spyOn(Date, 'now');
		const start = 1_800_000_000_000;
		now.mockReturnValue(start);
		const staticData: IDataObject = {};
		const workflow = triggerWorkflow(
			parameters({ options: { repeatWindowMinutes: 5 } }),
			staticData,
		);
		const body = callbackBody(aiVideoTask('vid-1'));
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		expect((await call(workflow, { body })).emitted).toHaveLength(1);
		now.mockReturnValue(start + 4 * 60_000);
		expect((await call(workflow, { body })).emitted).toBeUndefined();
		now.mockReturnValue(start + 5 * 60_000 + 1000);
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		expect((await call(workflow, { body })).emitted).toHaveLength(1);
		now.mockRestore();
	});

	it('emits every repeat with Emit Repeated Callbacks on (each asked of Chanjing)', async () => {
		const workflow = triggerWorkflow(parameters({ options: { emitRepeats: true } }));
		const body = callbackBody(aiVideoTask('vid-1'));
		for (let i = 0; i < 3; i++) {
			expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
			expect((await call(workflow, { body })).emitted).toHaveLength(1);
		}
	});

	it('does not count a refused callback: a forged body for an ID does not block the real one', async () => {
		const workflow = triggerWorkflow(parameters());
		expectAiCreationDetail('vid-1', envelope(40000, null, '任务不存在'));
		expect((await call(workflow, { body: callbackBody(aiVideoTask('vid-1')) })).sent.status).toBe(
			404,
		);
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		expect(
			(await call(workflow, { body: callbackBody(aiVideoTask('vid-1')) })).emitted,
		).toHaveLength(1);
	});
});

describe('receiveCallback: a test callback (the Test URL)', () => {
	it('emits every repeat and leaves nothing in the static data', async () => {
		const staticData: IDataObject = {};
		const workflow = triggerWorkflow(parameters(), staticData);
		const body = callbackBody(aiVideoTask('vid-1'));
		for (let i = 0; i < 2; i++) {
			expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
			expect((await call(workflow, { body }, 'manual')).emitted).toHaveLength(1);
		}
		expect(staticData).toEqual({});
	});
});

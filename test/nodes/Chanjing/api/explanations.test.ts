import nock from 'nock';

import {
	CHECK_BASE_URL_HINT,
	explainChanjingError,
	explainTaskFailure,
	httpFailureHint,
	isBillingFailure,
	rechargeHint,
} from '../../../../nodes/Chanjing/api/explanations';
import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

describe('explainChanjingError: Chanjing’s business codes', () => {
	it.each([
		[400, /could not read a parameter/, /wrong format/],
		[10400, /rejected the access token$/, /App ID and Secret Key/],
		[10401, /rejected the access token as expired/, /Tokens last about one day/],
		[40000, /rejected a parameter/, /parameter Chanjing names/],
		[40001, /rate limit \(QPS\)/, /already waits and sends again/],
		[50000, /internal error/, /try again in a minute/],
	])('%i', (code, message, hint) => {
		const explanation = explainChanjingError(code, '');
		expect(explanation.message).toMatch(message);
		expect(explanation.hint).toMatch(hint);
	});

	it('an unlisted code points at Chanjing’s own message and the trace ID', () => {
		expect(explainChanjingError(12345, '奇怪')).toEqual({
			message: 'Chanjing returned an error',
			hint: 'See Chanjing’s message; quote the trace ID when you ask Chanjing support.',
		});
	});
});

describe('explainChanjingError: Chanjing’s Chinese messages win over the code', () => {
	it.each([
		['账户余额不足', 40000, 'Your Chanjing account is out of credits'],
		['蝉豆不足', 50000, 'Your Chanjing account is out of credits'],
		['模型不存在', 40000, 'Chanjing does not know the model'],
		['任务不存在', 40000, 'Chanjing has no task with this creation ID'],
		['AccessToken 验证失败', 10400, 'Chanjing rejected the access token'],
		['app_id 或 secret_key 无效', 40000, 'Chanjing rejected the App ID or Secret Key'],
		['超出 QPS 限制', 40000, "Chanjing's rate limit (QPS) was exceeded"],
		['系统内部错误', 40000, 'Chanjing had an internal error'],
		[
			'定制数字人数量到达上限',
			40002,
			'Your Chanjing account has reached its limit of custom avatars',
		],
	])('%s (code %i)', (msg, code, message) => {
		expect(explainChanjingError(code, msg).message).toBe(message);
	});

	it('credits: the recharge hint, worded for what the create makes', () => {
		expect(explainChanjingError(40000, '余额不足').hint).toBe(rechargeHint('task'));
		expect(explainChanjingError(40000, '积分不足', 'image task').hint).toBe(
			rechargeHint('image task'),
		);
		expect(rechargeHint('image task')).toMatch(/for this image task\./);
		expect(rechargeHint('image task')).not.toMatch(/video/);
		expect(rechargeHint('video')).toMatch(/for this video\./);
	});

	it('the hint quotes the Chinese it explains', () => {
		expect(explainChanjingError(40000, '模型不存在').hint).toContain('(模型不存在)');
		expect(explainChanjingError(40000, '任务不存在').hint).toContain('(任务不存在)');
	});

	it('a message that matches nothing leaves the code’s explanation', () => {
		expect(explainChanjingError(40000, 'video_duration 参数错误')).toEqual(
			explainChanjingError(40000, ''),
		);
	});

	it('QPS in any case', () => {
		expect(explainChanjingError(1, 'qps exceeded').message).toMatch(/rate limit/);
	});
});

describe('httpFailureHint', () => {
	it.each([
		[429, /Too many requests/],
		[500, /failed; retry later/],
		[502, /failed; retry later/],
		[504, /failed; retry later/],
		[401, /not allowed.*access token or App ID and Secret Key/],
		[403, /not allowed/],
		[404, /Base URL.*without a path/],
	])('HTTP %i', (status, hint) => {
		expect(httpFailureHint(status)).toMatch(hint);
	});

	it.each([200, 301, 400, 418])(
		'HTTP %i (or an answer that is not the envelope): check the Base URL',
		(status) => {
			expect(httpFailureHint(status)).toBe(CHECK_BASE_URL_HINT);
		},
	);

	it('a rate limit is not blamed on the Base URL', () => {
		expect(httpFailureHint(429)).not.toMatch(/Base URL/);
	});
});

/** Issue 21, point 3: Chinese answers matched by their meaning-bearing fragments. */
describe('explainChanjingError: the fragment carries the meaning, so variants are covered', () => {
	const OUT_OF_CREDITS = 'Your Chanjing account is out of credits';
	const OFFLINE = 'Chanjing has taken the model offline';
	const SENSITIVE = 'Chanjing refused the prompt: it contains sensitive words';
	const VIOLATION = "Chanjing refused the content: it breaks Chanjing's content rules";
	it.each([
		['积分不足', OUT_OF_CREDITS, /Top up/],
		['账户积分不足', OUT_OF_CREDITS, /Top up/],
		['积分余额不足,请充值', OUT_OF_CREDITS, /Top up/],
		['余额不足', OUT_OF_CREDITS, /Top up/],
		['账户蝉豆不足,请充值后再试', OUT_OF_CREDITS, /Top up/],
		['模型已下线', OFFLINE, /Choose another model/],
		['该模型已下线,请选择其他模型', OFFLINE, /Choose another model/],
		['模型下线', OFFLINE, /Choose another model/],
		['提示词包含敏感词', SENSITIVE, /Rewrite the prompt/],
		['输入内容含有敏感信息', SENSITIVE, /Rewrite the prompt/],
		['内容违规,请修改提示词', VIOLATION, /Rewrite the prompt/],
		['图片违规', VIOLATION, /Rewrite the prompt/],
	])('%s', (msg, message, action) => {
		const explanation = explainChanjingError(40000, msg, 'image task');
		expect(explanation.message).toBe(message);
		expect(explanation.hint).toMatch(action);
		expect(explanation.hint).toMatch(/Nothing was created or charged/);
		expect(explanation.hint).not.toMatch(/parameter Chanjing names/);
	});

	it('the hint quotes Chanjing’s words (all but the credits one, which the message quotes)', () => {
		for (const msg of ['模型已下线', '提示词包含敏感词', '内容违规,请修改提示词'])
			expect(explainChanjingError(40000, msg).hint).toContain(`(${msg})`);
	});

	it('an avatar or voice taken offline is named as such', () => {
		expect(explainChanjingError(40000, '数字人已下线')).toMatchObject({
			message: 'Chanjing has taken the avatar offline',
			hint: expect.stringMatching(/Choose another avatar, then/),
		});
		expect(explainChanjingError(40000, '音色已下线').message).toBe(
			'Chanjing has taken the voice offline',
		);
	});

	it('不足 without credits (e.g. a short text) is not a credits problem', () => {
		expect(explainChanjingError(40000, '文本长度不足').message).toBe(
			'Chanjing rejected a parameter',
		);
		expect(isBillingFailure('文本长度不足')).toBe(false);
	});

	it.each(['积分不足', '余额不足', '蝉豆不足', '扣费失败,蝉豆不足'])(
		'a task that failed with %s is a billing failure',
		(msg) => {
			expect(isBillingFailure(msg)).toBe(true);
		},
	);
});

describe('explainTaskFailure: a failed task’s Chinese reason', () => {
	it.each([
		['内容违规,请修改提示词', /content rules/, /Rewrite the prompt/],
		['生成内容违规', /content rules/, /Rewrite the prompt/],
		['提示词包含敏感词', /sensitive/, /Rewrite the prompt/],
		['模型已下线', /model offline/, /Choose another model/],
	])('%s', (reason, meaning, action) => {
		const explained = explainTaskFailure(reason);
		expect(explained?.meaning).toMatch(meaning);
		expect(explained?.action).toMatch(action);
	});

	it('an unknown reason is left as Chanjing said it', () => {
		expect(explainTaskFailure('生成失败')).toBeUndefined();
	});
});

describe('Chinese answers through the node (nock)', () => {
	const V2 = { typeVersion: 2 };
	const PROMPT = 'A red fox in fresh snow';
	const IMAGE_PARAMETERS = {
		resource: 'image',
		operation: 'generate',
		model: 'doubao-seedream-4.0',
		imagePrompt: PROMPT,
		numberOfImages: 4,
	};
	const IMAGE_BODY = {
		creation_type: 3,
		model_code: 'doubao-seedream-4.0',
		ref_prompt: PROMPT,
		number_of_images: 4,
		aspect_ratio: '1:1',
		clarity: 2048,
	};

	it.each([
		['模型已下线', 'Chanjing has taken the model offline', /Choose another model/],
		['该模型已下线', 'Chanjing has taken the model offline', /Choose another model/],
		['积分不足', 'Your Chanjing account is out of credits', /for this image task\. Top up/],
		['账户蝉豆不足,请充值后再试', 'Your Chanjing account is out of credits', /this image task/],
		['余额不足', 'Your Chanjing account is out of credits', /this image task/],
		['提示词包含敏感词', 'Chanjing refused the prompt: it contains sensitive words', /Rewrite/],
		['内容敏感', 'Chanjing refused the prompt: it contains sensitive words', /Rewrite/],
		['提示词违规', "Chanjing refused the content: it breaks Chanjing's content rules", /Rewrite/],
	])('Image → Generate answered 40000 %s', async (msg, message, hint) => {
		const submit = expectSubmit(IMAGE_BODY, envelope(40000, null, msg, 'trace-21'));

		const { error } = await runChanjing({ parameters: IMAGE_PARAMETERS, node: V2 });

		expect(submit.isDone()).toBe(true);
		expect(error?.message).toBe(`${message} (code 40000: ${msg})`);
		expect(error?.description).toMatch(hint);
		expect(error?.description).not.toMatch(/video/);
		expect(error?.description).toContain(
			`Chanjing's answer: code 40000, msg "${msg}", trace_id trace-21.`,
		);
	});

	it('a video out of credits is told "for this video"', async () => {
		const submit = expectSubmit(TEXT_BODY, envelope(40000, null, '积分不足'));

		const { error } = await runChanjing({ parameters: generateParameters() });

		expect(submit.isDone()).toBe(true);
		expect(error?.message).toBe('Your Chanjing account is out of credits (code 40000: 积分不足)');
		expect(error?.description).toMatch(/too few credits \(蝉豆, 积分\) for this video\. Top up/);
	});

	describe('a task that failed with 内容违规,请修改提示词', () => {
		const ID = '5b1c2d3e-0000-4000-8000-000000000021';
		const realTiming = { ...pollTiming };
		beforeEach(() => {
			pollTiming.msPerSecond = 1;
			pollTiming.sliceMs = 1;
		});
		afterEach(() => Object.assign(pollTiming, realTiming));

		it.each([
			['内容违规,请修改提示词', /content rules/],
			['提示词包含敏感词', /sensitive words/],
		])('%s: explained, original kept, not charged', async (reason, meaning) => {
			const submit = expectSubmit(IMAGE_BODY, envelope(0, ID));
			const detail = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
				.get('/open/v1/ai_creation/task')
				.query({ unique_id: ID })
				.reply(
					200,
					envelope(0, {
						unique_id: ID,
						type: 3,
						progress_desc: 'Fail',
						err_msg: reason,
						output_url: [],
					}),
				);

			const { error } = await runChanjing({
				parameters: { ...IMAGE_PARAMETERS, waitForCompletion: true },
				node: V2,
			});

			expect(submit.isDone()).toBe(true);
			expect(detail.isDone()).toBe(true);
			expect(error?.message).toMatch(
				new RegExp(`^Chanjing could not generate image task ${ID}: .*\\(${reason}\\)$`),
			);
			expect(error?.message).toMatch(meaning);
			expect(error?.description).toMatch(/^Rewrite the prompt/);
			expect(error?.description).toMatch(/Chanjing does not charge for a failed task\./);
			expect(error?.description).toContain(`Creation ID: ${ID}.`);
		});
	});
});

import nock from 'nock';

import { envelope, generateParameters } from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL } from '../../../helpers/run-workflow';
import { SUBMIT_PATH } from '../../../../nodes/Chanjing/aiCreation/paths';

// Shown with Get: a submit that fails this way is first checked against the task list
// (test/nodes/Chanjing/aiVideo/generate.operation.test.ts); the words of the error are the same.
async function errorFor(reply: (scope: nock.Interceptor) => nock.Scope) {
	const scope = reply(
		nock(TEST_BASE_URL).get('/open/v1/ai_creation/task').query({ unique_id: 'c-1' }),
	);
	const { error, items } = await runChanjing({
		parameters: { resource: 'video', operation: 'get', creationId: 'c-1' },
	});
	expect(scope.isDone()).toBe(true);
	expect(items).toBeUndefined();
	return error!;
}

describe('Chanjing business errors (HTTP 200, code != 0) fail the item', () => {
	const cases: Array<[string, object, RegExp, RegExp]> = [
		[
			'400 malformed parameter',
			envelope(400, null, '参数格式错误', 'tr-400'),
			/could not read a parameter \(code 400: 参数格式错误\)/,
			/wrong format/,
		],
		[
			'10400 token rejected',
			envelope(10400, null, 'AccessToken 验证失败', 'tr-10400'),
			/rejected the access token \(code 10400/,
			/expired.*'Chanjing API' credential/,
		],
		[
			'40000 parameter error',
			envelope(40000, null, 'video_duration 参数错误', 'tr-40000'),
			/rejected a parameter \(code 40000: video_duration 参数错误\)/,
			/parameter Chanjing names/,
		],
		[
			'40001 QPS limit',
			envelope(40001, null, '超出 QPS 限制', 'tr-40001'),
			/rate limit \(QPS\) was exceeded \(code 40001/,
			/nothing is created by a refused request/,
		],
		[
			'50000 internal error',
			envelope(50000, null, '系统内部错误', 'tr-50000'),
			/internal error \(code 50000/,
			/safe to repeat/,
		],
		[
			'unknown model',
			envelope(40000, null, '模型不存在', 'tr-model'),
			/does not know the model \(code 40000: 模型不存在\)/,
			/Check the Model \(for a Custom model, its Model Code, case included\)/,
		],
		[
			'balance too low (余额不足)',
			envelope(40000, null, '账户余额不足', 'tr-balance'),
			/out of credits \(code 40000: 账户余额不足\)/,
			/Top up in the Chanjing console/,
		],
		[
			'beans too low (蝉豆不足)',
			envelope(50000, null, '蝉豆不足', 'tr-beans'),
			/out of credits \(code 50000: 蝉豆不足\)/,
			/Top up/,
		],
		[
			'an unlisted code',
			envelope(12345, null, '奇怪', 'tr-odd'),
			/Chanjing returned an error \(code 12345: 奇怪\)/,
			/trace ID/,
		],
	];

	it.each(cases)('%s', async (_name, answer, message, hint) => {
		const error = await errorFor((interceptor) => interceptor.reply(200, answer));

		expect(error.message).toMatch(message);
		expect(error.description).toMatch(hint);
		const {
			code,
			msg,
			trace_id: traceId,
		} = answer as { code: number; msg: string; trace_id: string };
		expect(error.description).toContain(`code ${code}, msg "${msg}", trace_id ${traceId}`);
	});
});

describe('HTTP failures are readable', () => {
	it('an HTTP 502 with an HTML page', async () => {
		const error = await errorFor((interceptor) =>
			interceptor.reply(502, '<html>Bad Gateway</html>'),
		);

		expect(error.message).toBe('Chanjing answered HTTP 502');
		expect(error.description).toMatch(/retry later.*<html>Bad Gateway<\/html>/);
	});

	it('an HTTP 404 points at the Base URL', async () => {
		const error = await errorFor((interceptor) => interceptor.reply(404, { message: 'not found' }));

		expect(error.message).toBe('Chanjing answered HTTP 404');
		expect(error.description).toMatch(/Check the Base URL/);
	});

	it('HTTP 200 that is not Chanjing’s envelope', async () => {
		const error = await errorFor((interceptor) => interceptor.reply(200, 'welcome to nginx'));

		expect(error.message).toBe('Chanjing answered with something that is not its JSON envelope');
		expect(error.description).toMatch(/welcome to nginx/);
	});

	it('a dropped connection', async () => {
		const error = await errorFor((interceptor) => interceptor.replyWithError('socket hang up'));

		expect(error.message).toMatch(/socket hang up|ECONNRESET|connection/i);
	});

	it('an HTTP 429 is a rate limit, not a Base URL problem', async () => {
		const error = await errorFor((interceptor) => interceptor.reply(429, 'Too Many Requests'));

		expect(error.message).toBe('Chanjing answered HTTP 429');
		expect(error.description).toMatch(/limiting the rate/);
		expect(error.description).not.toMatch(/Base URL/);
	});

	it('an unknown task: the Chinese message explained, the original kept, Chanjing’s code as the error code', async () => {
		const error = (await errorFor((interceptor) =>
			interceptor.reply(200, envelope(40000, null, '任务不存在', 'tr-nf')),
		)) as Error & { httpCode?: string; description?: string };

		expect(error.message).toBe(
			'Chanjing has no task with this creation ID (code 40000: 任务不存在)',
		);
		expect(error.description).toMatch(/"task does not exist" \(任务不存在\)/);
		expect(error.httpCode).toBe('40000');
	});
});

describe('Continue On Fail', () => {
	it('turns a business error into an error item and keeps the other items', async () => {
		const scope = nock(TEST_BASE_URL)
			.post(SUBMIT_PATH, (body) => body.ref_prompt === 'good')
			.reply(200, envelope(0, 'creation-good'))
			.post(SUBMIT_PATH, (body) => body.ref_prompt === 'poor')
			.reply(200, envelope(40000, null, '蝉豆不足', 'tr-poor'));

		const { items, error } = await runChanjing({
			items: [{ p: 'poor' }, { p: 'good' }],
			parameters: generateParameters({ prompt: '={{ $json.p }}' }),
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(2);
		expect(items![0].json.error).toMatch(/out of credits/);
		expect(items![0].pairedItem).toEqual({ item: 0 });
		expect(items![1].json).toEqual({ creationId: 'creation-good', traceId: 'trace-1' });
		expect(items![1].pairedItem).toEqual({ item: 1 });
	});
});

import {
	CHECK_BASE_URL_HINT,
	explainChanjingError,
	httpFailureHint,
	RECHARGE_HINT,
} from '../../../../nodes/Chanjing/api/explanations';

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

	it('credits: the recharge hint', () => {
		expect(explainChanjingError(40000, '余额不足').hint).toBe(RECHARGE_HINT);
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

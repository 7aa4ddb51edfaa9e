import nock from 'nock';
import { Expression, type INodeParameters } from 'n8n-workflow';

import { envelope, generateParameters } from '../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL } from '../../helpers/run-workflow';
import { SUBMIT_PATH } from '../../../nodes/Chanjing/aiCreation/paths';

/**
 * Every expression costs n8n a sandboxed evaluation per item. The node adds one of its own per
 * item, the credential's access_token header; everything else is what the user wrote.
 */
describe('n8n expressions evaluated per item', () => {
	const evaluated: string[] = [];
	const prototype = Expression.prototype as unknown as {
		resolveSimpleParameterValue: (value: unknown, ...rest: unknown[]) => unknown;
	};
	const resolve = prototype.resolveSimpleParameterValue;

	beforeAll(() => {
		prototype.resolveSimpleParameterValue = function (value: unknown, ...rest: unknown[]) {
			if (typeof value === 'string' && value.startsWith('=')) evaluated.push(value);
			return resolve.call(this, value, ...rest);
		};
	});
	afterAll(() => {
		prototype.resolveSimpleParameterValue = resolve;
	});
	beforeEach(() => {
		evaluated.length = 0;
	});

	const ITEMS = 3;
	const items = Array.from({ length: ITEMS }, (_, i) => ({ i }));

	async function perItem(parameters: INodeParameters, reply: () => nock.Scope) {
		const scope = reply();
		const { error } = await runChanjing({ parameters, items });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		const own = evaluated.filter((expression) => expression.includes('$credentials'));
		expect(own).toHaveLength(ITEMS);
		return evaluated.length / ITEMS;
	}

	it('Generate with every field set: one per item', async () => {
		const perItemCount = await perItem(
			generateParameters({
				clarity: 1080,
				duration: 6,
				options: { callbackUrl: ' http://127.0.0.1:5678/webhook-waiting/1 ' },
			}),
			() =>
				nock(TEST_BASE_URL).post(SUBMIT_PATH).times(ITEMS).reply(200, envelope(0, 'creation-1')),
		);
		expect(perItemCount).toBe(1);
	});

	it("Generate with the user's expressions: only n8n's own evaluations of them, plus one", async () => {
		const perItemCount = await perItem(
			generateParameters({ prompt: '={{ "video " + $json.i }}', duration: '={{ 6 }}' }),
			() =>
				nock(TEST_BASE_URL)
					.post(
						SUBMIT_PATH,
						(body) => /^video \d$/.test(body.ref_prompt) && body.video_duration === 6,
					)
					.times(ITEMS)
					.reply(200, envelope(0, 'creation-1')),
		);
		// n8n's routing evaluates each parameter twice (resolving the parameters, then
		// routing.send); the node reads the resolved values from the body instead of a third time.
		expect(perItemCount).toBe(2 * 2 + 1);
	});

	it('Get: one per item', async () => {
		const perItemCount = await perItem(
			{ resource: 'video', operation: 'get', creationId: ' creation-1 ' },
			() =>
				nock(TEST_BASE_URL)
					.get('/open/v1/ai_creation/task')
					.query({ unique_id: 'creation-1' })
					.times(ITEMS)
					.reply(200, envelope(0, { unique_id: 'creation-1', progress_desc: 'Generating' })),
		);
		expect(perItemCount).toBe(1);
	});

	it('Get Many: one per item', async () => {
		const perItemCount = await perItem({ resource: 'video', operation: 'getAll', limit: 1 }, () =>
			nock(TEST_BASE_URL)
				.post('/open/v1/ai_creation/task/page')
				.times(ITEMS)
				.reply(200, envelope(0, { list: [], page_info: { total_page: 1 } })),
		);
		expect(perItemCount).toBe(1);
	});
});

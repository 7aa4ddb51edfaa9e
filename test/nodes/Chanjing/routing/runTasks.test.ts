import nock from 'nock';

import { envelope, generateParameters, SUBMIT_PATH } from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Issue 21, point 7: under On Error = Stop one failed item stops the node and n8n drops its
 * output, so the error lists the creation IDs other items already paid for, with their item
 * indexes. Items run at once: a task created after the failure joins the list too.
 */
function answerSubmits(answers: Record<string, () => nock.Scope>) {
	for (const make of Object.values(answers)) make();
}

const submit = (prompt: string) =>
	nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } }).post(
		SUBMIT_PATH,
		(body) => body.ref_prompt === prompt,
	);

const run = (prompts: string[], node = {}) =>
	runChanjing({
		items: prompts.map((prompt) => ({ prompt })),
		parameters: generateParameters({ prompt: '={{ $json.prompt }}' }),
		node,
	});

describe('On Error = Stop: the stopping error lists the tasks already created', () => {
	it('items 0 and 2 made tasks, item 1 was refused: both IDs with their indexes', async () => {
		answerSubmits({
			zero: () => submit('Zero').reply(200, envelope(0, 'id-zero')),
			one: () => submit('One').reply(200, envelope(40000, null, '参数错误')),
			// answered after item 1 failed: still listed
			two: () => submit('Two').delay(100).reply(200, envelope(0, 'id-two')),
		});

		const { items, error } = await run(['Zero', 'One', 'Two']);

		expect(items).toBeUndefined();
		expect(error?.message).toBe(
			'Chanjing rejected a parameter (code 40000: 参数错误) [tasks already created by other items: item 0: id-zero, item 2: id-two]',
		);
		expect(error?.description).toContain(
			"Their creation IDs, by item index: item 0: id-zero; item 2: id-two. Fetch them with Get (or find them with Get Many) instead of running these items again; set the node's Settings → On Error to Continue",
		);
	});

	it('more than 10: the first 10 in the message, all in the description', async () => {
		const prompts = Array.from({ length: 13 }, (_, i) => `P${i}`);
		submit('P0').reply(200, envelope(40000, null, '参数错误'));
		for (const p of prompts.slice(1)) submit(p).reply(200, envelope(0, `id-${p}`));

		const { error } = await run(prompts);

		expect(error?.message).toMatch(/item 1: id-P1, .*item 10: id-P10 and 2 more\]$/);
		expect(error?.description).toContain('item 11: id-P11; item 12: id-P12.');
	});

	it('nothing created: the error is unchanged', async () => {
		submit('Only').reply(200, envelope(40000, null, '参数错误'));

		const { error } = await run(['Only']);

		expect(error?.message).toBe('Chanjing rejected a parameter (code 40000: 参数错误)');
	});

	it('On Error = Continue: error items stay as they are, the tasks are in the output', async () => {
		submit('A').reply(200, envelope(0, 'id-a'));
		submit('B').reply(200, envelope(40000, null, '参数错误'));

		const { items } = await run(['A', 'B'], { onError: 'continueRegularOutput' });

		expect(items?.map((i) => i.json.creationId ?? i.json.error)).toEqual([
			'id-a',
			'Chanjing rejected a parameter (code 40000: 参数错误)',
		]);
	});
});

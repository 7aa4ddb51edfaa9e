import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemMemory } from '../../../../nodes/Chanjing/memory/itemMemory';
import { speechStateBody, toSpeechResult } from '../../../../nodes/Chanjing/speech/speechGet';
import { toSpeechTask } from '../../../../nodes/Chanjing/speech/task';
import { itemContext } from '../../../helpers/item-context';

/** The hooks of Speech → Get in an item's context. (The request on the wire: Speech.resource.test.ts.) */
const ID = '9f3c2a7b5d1e4f60a8b7c6d5e4f3a2b1';
const REQUEST: IHttpRequestOptions = { method: 'POST', url: '/open/v1/audio_task_state' };
const withId = (taskId: unknown, itemIndex = 0) =>
	itemContext({ parameters: { taskId }, itemIndex });
const answer = (data: unknown): IN8nHttpFullResponse => ({
	body: { code: 0, msg: 'success', data },
	headers: {},
	statusCode: 200,
});
const toResult = toSpeechResult as (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

describe('speechStateBody (preSend of Get)', () => {
	it('{task_id} with the trimmed Task ID, the request otherwise unchanged', async () => {
		expect(await speechStateBody.call(withId(`\t${ID} `), REQUEST)).toEqual({
			...REQUEST,
			body: { task_id: ID },
		});
	});

	it.each([
		[undefined, 'Task ID is empty; pick one From List or give its ID'],
		['a/b', 'Task ID must be an ID (letters, digits, "-" and "_"), got "a/b"'],
	])('%j is refused before the request, naming the field and the item', async (id, message) => {
		const error = await speechStateBody.call(withId(id, 3), REQUEST).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message,
			context: { itemIndex: 3 },
			description:
				"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Task ID'.",
		});
	});
});

describe('toSpeechResult (postReceive of Get)', () => {
	const raw = {
		id: ID,
		status: 9,
		full: { url: 'https://cdn.example/a.wav', duration: 1.5, watermark_url: '' },
		subtitles: [{ start_time: 0, end_time: 1.5, subtitle: '你好' }],
		errMsg: '',
		errReason: '',
	};

	it('the task as toSpeechTask reads it, the raw record kept for Simplify off', async () => {
		const context = withId(ID);
		const items = await toResult.call(context, [], answer(raw));
		expect(items).toEqual([{ json: toSpeechTask(raw) }]);
		expect(items[0].json).toMatchObject({
			taskId: ID,
			status: 'succeeded',
			audioUrl: raw.full.url,
		});
		expect(itemMemory(context).rawTask).toBe(raw);
	});

	it('a detail without its ID: the trimmed Task ID asked for', async () => {
		const withoutId: Record<string, unknown> = { ...raw };
		delete withoutId.id;
		const items = await toResult.call(withId(` ${ID} `), [], answer(withoutId));
		expect(items[0].json.taskId).toBe(ID);
	});

	it.each([
		['no status', { id: ID }, JSON.stringify({ id: ID })],
		['no data', undefined, 'none'],
		['a list', [1], '[1]'],
	])('%s: not trusted, the answer shown', async (_what, data, shown) => {
		const error = await toResult.call(withId(ID, 1), [], answer(data)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: "Chanjing's speech task answer is incomplete",
			description: `It has no status. Answer data: ${shown}`,
			context: { itemIndex: 1 },
		});
	});
});

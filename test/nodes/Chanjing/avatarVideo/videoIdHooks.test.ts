import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toAvatarVideoTask } from '../../../../nodes/Chanjing/avatarVideo/task';
import {
	toAvatarVideoResult,
	toDeleted,
	videoIdBody,
	videoIdQuery,
} from '../../../../nodes/Chanjing/avatarVideo/videoIdHooks';
import { itemMemory } from '../../../../nodes/Chanjing/memory/itemMemory';
import { itemContext } from '../../../helpers/item-context';

/** The hooks of Avatar Video → Get and Delete, in an item's context (the Video ID as n8n extracts it). */
const ID = '5f0c9a1b2c3d4e5f60718293a4b5c6d7';
const REQUEST: IHttpRequestOptions = { method: 'GET', url: '/open/v1/video' };
const withId = (videoId: unknown, itemIndex = 0) =>
	itemContext({ parameters: { videoId }, itemIndex });
const answer = (data: unknown): IN8nHttpFullResponse => ({
	body: { code: 0, msg: 'success', data },
	headers: {},
	statusCode: 200,
});
type PostReceive = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;
const getResult = toAvatarVideoResult as PostReceive;
const deleted = toDeleted as PostReceive;

describe('videoIdQuery and videoIdBody (preSend of Get and Delete)', () => {
	it('the trimmed Video ID as ?id= and as {id}, the request otherwise unchanged', async () => {
		expect(await videoIdQuery.call(withId(` ${ID} `), REQUEST)).toEqual({
			...REQUEST,
			qs: { id: ID },
		});
		expect(await videoIdBody.call(withId(`${ID}\n`), { ...REQUEST, method: 'POST' })).toEqual({
			...REQUEST,
			method: 'POST',
			body: { id: ID },
		});
	});

	it.each([
		['', 'Video ID is empty; pick one From List or give its ID'],
		['a b', 'Video ID must be an ID (letters, digits, "-" and "_"), got "a b"'],
	])('%j is refused before the request, naming the field and the item', async (id, message) => {
		for (const hook of [videoIdQuery, videoIdBody]) {
			const error = await hook.call(withId(id, 2), REQUEST).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error).toMatchObject({
				message,
				context: { itemIndex: 2 },
				description:
					"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Video ID'.",
			});
		}
	});
});

describe('toAvatarVideoResult (postReceive of Get)', () => {
	it('the video under the asked ID, the raw record kept for Simplify off', async () => {
		const raw = {
			id: ID,
			status: 30,
			progress: 100,
			video_url: 'https://cdn.example/v.mp4',
			duration: 3,
		};
		const context = withId(` ${ID} `);
		const items = await getResult.call(context, [], answer(raw));
		expect(items).toEqual([{ json: { videoId: ID, ...toAvatarVideoTask(raw) } }]);
		expect(items[0].json.status).toBe('succeeded');
		expect(itemMemory(context).rawTask).toBe(raw);
	});

	it.each([
		['no status', { id: ID }, JSON.stringify({ id: ID })],
		['no data', undefined, 'none'],
		['data a string', 'done', '"done"'],
		['data null', null, 'null'],
	])('%s: not trusted, the answer shown', async (_what, data, shown) => {
		const error = await getResult.call(withId(ID, 1), [], answer(data)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: "Chanjing's avatar video answer is incomplete",
			description: `It has no status. Answer data: ${shown}`,
			context: { itemIndex: 1 },
		});
	});

	it('a long answer is shown cut to 300 characters', async () => {
		const data = { id: ID, note: 'x'.repeat(400) };
		const error = (await getResult
			.call(withId(ID), [], answer(data))
			.catch((e: unknown) => e)) as Error & {
			description: string;
		};
		expect(error.description).toBe(
			`It has no status. Answer data: ${JSON.stringify(data).slice(0, 300)}`,
		);
	});
});

describe('toDeleted (postReceive of Delete)', () => {
	it('the ID Chanjing names as deleted, trimmed', async () => {
		expect(await deleted.call(withId('other'), [], answer(` ${ID} `))).toEqual([
			{ json: { videoId: ID, deleted: true } },
		]);
	});

	it.each([[null], [''], [{ id: 'x' }]])('an answer of %j: the asked Video ID', async (data) => {
		expect(await deleted.call(withId(` ${ID} `), [], answer(data))).toEqual([
			{ json: { videoId: ID, deleted: true } },
		]);
	});
});

import type { IHttpRequestOptions } from 'n8n-workflow';

import {
	isImageTask,
	simplifies,
	taskStatus,
	toTask,
	toTaskResult,
	trimCreationId,
} from '../../../../nodes/Chanjing/aiCreation/task';
import { itemMemory } from '../../../../nodes/Chanjing/memory/itemMemory';
import { itemContext as context } from '../../../helpers/item-context';

const ID = 'a60747d7-dc05-4afc-b2ef-ee4370ed53c6';
const CREATED_S = 1795500000;

const VIDEO_RECORD = {
	unique_id: ID,
	id: 7,
	create_time: CREATED_S,
	type: 4,
	progress_desc: 'Success',
	err_msg: '',
	output_url: ['https://cdn.example.com/v.mp4'],
	model_code: 'MiniMax-Hailuo-02',
	motion_info: { ref_prompt: 'A puppy', clarity: 720, video_duration: 6 },
	photo_info: null,
};

const IMAGE_RECORD = {
	unique_id: 'img-1',
	create_time: CREATED_S,
	type: 3,
	progress_desc: 'Generating',
	err_msg: '',
	output_url: [],
	model_code: 'doubao-seedream-4.0',
	motion_info: null,
	photo_info: { ref_prompt: 'A fox', clarity: 2048, aspect_ratio: '1:1', number_of_images: 2 },
};

describe('taskStatus', () => {
	it.each([
		['Queued', 'queued'],
		['Ready', 'queued'],
		['Generating', 'generating'],
		['Success', 'succeeded'],
		['Error', 'failed'],
		['Fail', 'failed'],
		['Cancelled', 'failed'],
		['Paused', 'paused'],
		['', ''],
		[undefined, ''],
		[null, ''],
	])('%j → %j', (progressDesc, status) => {
		expect(taskStatus(progressDesc)).toBe(status);
	});
});

describe('isImageTask', () => {
	it('creation type 3, as number or text', () => {
		expect(isImageTask({ type: 3 })).toBe(true);
		expect(isImageTask({ type: '3' })).toBe(true);
		expect(isImageTask({ type: 4 })).toBe(false);
		expect(isImageTask({})).toBe(false);
	});
});

describe('toTask', () => {
	it('a video task: its URL, its duration, no image fields', () => {
		expect(toTask(VIDEO_RECORD)).toEqual({
			creationId: ID,
			status: 'succeeded',
			progressDesc: 'Success',
			videoUrl: 'https://cdn.example.com/v.mp4',
			outputUrls: ['https://cdn.example.com/v.mp4'],
			errorMessage: null,
			createdAt: new Date(CREATED_S * 1000).toISOString(),
			model: 'MiniMax-Hailuo-02',
			prompt: 'A puppy',
			clarity: 720,
			duration: 6,
		});
	});

	it('an image task: its URLs, aspect ratio and number of images, no videoUrl or duration', () => {
		expect(toTask(IMAGE_RECORD)).toEqual({
			creationId: 'img-1',
			status: 'generating',
			progressDesc: 'Generating',
			outputUrls: [],
			errorMessage: null,
			createdAt: new Date(CREATED_S * 1000).toISOString(),
			model: 'doubao-seedream-4.0',
			prompt: 'A fox',
			clarity: 2048,
			aspectRatio: '1:1',
			numberOfImages: 2,
		});
	});

	it('an image task’s aspect ratio may be on the record itself', () => {
		const record = { ...IMAGE_RECORD, aspect_ratio: '16:9', photo_info: { ref_prompt: 'A fox' } };
		expect(toTask(record).aspectRatio).toBe('16:9');
	});

	it('a failed task carries Chanjing’s reason', () => {
		const task = toTask({ ...VIDEO_RECORD, progress_desc: 'Fail', err_msg: 'frame unreadable' });
		expect(task).toMatchObject({ status: 'failed', errorMessage: 'frame unreadable' });
	});

	it('a sparse record gives nulls, not errors', () => {
		expect(toTask({})).toEqual({
			creationId: '',
			status: '',
			progressDesc: null,
			videoUrl: null,
			outputUrls: [],
			errorMessage: null,
			createdAt: null,
			model: null,
			prompt: null,
			clarity: null,
			duration: null,
		});
	});

	it('output_url that is not a list gives no URLs', () => {
		expect(toTask({ ...VIDEO_RECORD, output_url: 'https://cdn.example.com/v.mp4' })).toMatchObject({
			videoUrl: null,
			outputUrls: [],
		});
	});

	it.each([0, -1, 'soon', null])('a create_time of %j gives no createdAt', (createTime) => {
		expect(toTask({ ...VIDEO_RECORD, create_time: createTime }).createdAt).toBeNull();
	});
});

const itemContext = (typeVersion: number, parameters: Record<string, unknown> = {}) =>
	context({ typeVersion, parameters });

describe('simplifies', () => {
	it('version 1 always simplifies', () => {
		expect(simplifies(itemContext(1, { simplify: false }))).toBe(true);
	});

	it('version 2 simplifies unless Simplify is off', () => {
		expect(simplifies(itemContext(2))).toBe(true);
		expect(simplifies(itemContext(2, { simplify: true }))).toBe(true);
		expect(simplifies(itemContext(2, { simplify: false }))).toBe(false);
	});
});

describe('trimCreationId (preSend of Get)', () => {
	it('sends the Creation ID without the spaces a copy and paste brings along', async () => {
		const options: IHttpRequestOptions = { url: '/x', qs: { unique_id: `  ${ID}\n` } };

		const sent = await trimCreationId.call(itemContext(2), options);

		expect(sent).toBe(options);
		expect(sent.qs).toEqual({ unique_id: ID });
	});
});

describe('toTaskResult (postReceive of Get)', () => {
	it('puts out the clean task and keeps the record for Simplify off', async () => {
		const context = itemContext(2);

		const items = await toTaskResult.call(context, [], {
			body: { code: 0, msg: 'success', data: VIDEO_RECORD },
			headers: {},
			statusCode: 200,
		});

		expect(items).toEqual([{ json: toTask(VIDEO_RECORD) }]);
		expect(itemMemory(context).rawTask).toBe(VIDEO_RECORD);
	});

	it('an answer without data is an empty task', async () => {
		const items = await toTaskResult.call(itemContext(2), [], {
			body: { code: 0 },
			headers: {},
			statusCode: 200,
		});

		expect(items[0].json).toMatchObject({ creationId: '', status: '' });
	});
});

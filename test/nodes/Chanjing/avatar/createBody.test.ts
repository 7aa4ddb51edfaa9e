import nock from 'nock';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { envelope, expectPost } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { expectUpload, useFastUploads } from '../../../helpers/file-api';
import { CDN, customAvatar } from '../../../helpers/lookups';
import { mp4Of, wavOf, webmOf } from '../../../helpers/recordings';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { askTool } from '../../../helpers/tool-workflow';

/**
 * Avatar → Create Custom Avatar (node version 2) through n8n-core with nock: the body CP's
 * create_person sends, the video checked by its bytes and uploaded as customised_person,
 * waiting, money (one avatar per input, a lost answer looked up in list_customised_person).
 */
const V2 = { typeVersion: 2 };
const CREATE = '/open/v1/create_customised_person';
const DETAIL = '/open/v1/customised_person';
const LIST = '/open/v1/list_customised_person';
const ID = 'C-0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function createCustom(parameters: INodeParameters = {}): INodeParameters {
	return { resource: 'avatar', operation: 'createCustom', name: 'My presenter', ...parameters };
}

function expectCreate(body: object, answer: object = envelope(0, ID)) {
	return expectPost(CREATE, body, answer);
}

function expectDetails(...answers: object[]) {
	const scope = api();
	for (const answer of answers) scope.get(DETAIL).query({ id: ID }).reply(200, envelope(0, answer));
	return scope;
}

function videoItem(bytes: Buffer, property = 'data'): INodeExecutionData {
	return {
		json: {},
		binary: {
			[property]: { data: bytes.toString('base64'), mimeType: 'video/mp4', fileName: 'me.mp4' },
		},
	};
}

function expectVideoUpload(bytes: Buffer, extra: { statuses?: number[] } = {}) {
	return expectUpload({
		bytes,
		ext: 'mp4',
		mimeType: 'video/mp4',
		fileId: 'file-video',
		service: 'customised_person',
		...extra,
	});
}

useFastWaits();
useFastUploads();

describe('Avatar → Create Custom Avatar: a video becomes an avatar', () => {
	it('a binary video: uploaded once as customised_person, sent as file_id with figure and voice', async () => {
		const video = mp4Of(60);
		const upload = expectVideoUpload(video);
		const create = expectCreate({
			name: 'My presenter',
			file_id: 'file-video',
			train_type: 'both',
			language: 'cn',
			error_skip: false,
			resolution_rate: 0,
		});
		const { items, error } = await runChanjing({
			parameters: createCustom(),
			inputItems: [videoItem(video)],
			node: V2,
		});
		expect(error).toBeUndefined();
		for (const scope of [upload.create, upload.put, upload.detail, create])
			expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ avatarId: ID, traceId: 'trace-1' }, { item: 0 }],
		]);
	});

	it('a WebM is uploaded as .webm (its format from its bytes, not its name)', async () => {
		const video = webmOf(45);
		const upload = expectUpload({
			bytes: video,
			ext: 'webm',
			mimeType: 'video/webm',
			fileId: 'file-webm',
			service: 'customised_person',
		});
		const create = expectCreate({
			name: 'My presenter',
			file_id: 'file-webm',
			train_type: 'figure',
			resolution_rate: 0,
		});
		const { error } = await runChanjing({
			parameters: createCustom({ train: 'figure' }),
			inputItems: [videoItem(video)],
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(upload.put.isDone() && create.isDone()).toBe(true);
	});

	it('a URL: material_video; figure only sends no language; 4K, Callback URL', async () => {
		const create = expectCreate({
			name: 'My presenter',
			material_video: 'https://example.com/me.mp4',
			train_type: 'figure',
			resolution_rate: 1,
			callback: 'https://example.com/hook',
		});
		const { error } = await runChanjing({
			parameters: createCustom({
				videoSource: 'url',
				videoUrl: ' https://example.com/me.mp4 ',
				train: 'figure',
				language: 'en',
				uhd: true,
				options: { callbackUrl: 'https://example.com/hook', skipVoiceFailure: true },
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
	});

	it('English voice, Skip Voice Failure: language en, error_skip true', async () => {
		const create = expectCreate({
			name: 'My presenter',
			material_video: 'https://example.com/me.mov',
			train_type: 'both',
			language: 'en',
			error_skip: true,
			resolution_rate: 0,
		});
		const { error } = await runChanjing({
			parameters: createCustom({
				videoSource: 'url',
				videoUrl: 'https://example.com/me.mov',
				language: 'en',
				options: { skipVoiceFailure: true },
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
	});

	it('Train given with spaces around it: its Language and Skip Voice Failure are sent', async () => {
		const create = expectCreate({
			name: 'My presenter',
			material_video: 'https://example.com/me.mov',
			train_type: 'both',
			language: 'en',
			error_skip: true,
			resolution_rate: 0,
		});
		const { error } = await runChanjing({
			parameters: createCustom({
				videoSource: 'url',
				videoUrl: 'https://example.com/me.mov',
				train: '={{ " both " }}',
				language: 'en',
				options: { skipVoiceFailure: true },
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
	});

	it('Wait for Completion: polls until status 2, the avatar with its voice', async () => {
		const create = expectCreate({
			name: 'My presenter',
			material_video: 'https://example.com/me.mp4',
			train_type: 'both',
			language: 'cn',
			error_skip: false,
			resolution_rate: 0,
		});
		const polls = expectDetails(
			customAvatar(ID, { status: 1, progress: 30, name: 'My presenter', audio_man_id: '' }),
			customAvatar(ID, { name: 'My presenter' }),
		);
		const { items, error } = await runChanjing({
			parameters: createCustom({
				videoSource: 'url',
				videoUrl: 'https://example.com/me.mp4',
				waitForCompletion: true,
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone() && polls.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({
			avatarId: ID,
			traceId: 'trace-1',
			name: 'My presenter',
			status: 'succeeded',
			state: 'ready',
			statusCode: 2,
			progress: 100,
			usable: true,
			voiceId: `${ID}-voice`,
			supports4k: false,
			width: 1080,
			height: 1920,
			previewUrl: `${CDN}/${ID}.mp4`,
			coverUrl: `${CDN}/${ID}.png`,
			createdAt: '2026-11-24T06:00:00.000Z',
			errorMessage: null,
			reason: null,
		});
	});

	it('a failed training (status 4) fails the item with err_reason', async () => {
		expectCreate(expect.anything() as unknown as object);
		expectDetails(customAvatar(ID, { status: 4, err_reason: '视频中未检测到人脸' }));
		const { error } = await runChanjing({
			parameters: createCustom({
				videoSource: 'url',
				videoUrl: 'https://example.com/me.mp4',
				waitForCompletion: true,
			}),
			node: V2,
		});
		expect(error?.message).toBe(
			`Chanjing could not generate custom avatar ${ID}: 视频中未检测到人脸`,
		);
	});
});

describe('Avatar → Create Custom Avatar: the video is checked before anything is sent', () => {
	it('a video the content check rejects (status 98): the item fails, no avatar is created', async () => {
		const video = mp4Of(60);
		const upload = expectVideoUpload(video, { statuses: [0, 98] });
		const create = api().post(CREATE).reply(200, envelope(0, ID));
		const { error } = await runChanjing({
			parameters: createCustom(),
			inputItems: [videoItem(video)],
			node: V2,
		});
		expect(error?.message).toMatch(/content check/);
		expect(upload.detail.isDone()).toBe(true);
		expect(create.isDone()).toBe(false);
		nock.cleanAll();
	});

	it.each([
		['a WAV', wavOf(20), 'is not an MP4, MOV or WebM video'],
		[
			'a video of 6 minutes',
			mp4Of(360),
			'lasts 360.0 s; Chanjing trains a custom avatar from a video of at most 5 minutes',
		],
	])('%s is refused from its bytes, before any request', async (_what, bytes, problem) => {
		const anything = api()
			.get(/.*/)
			.reply(200, envelope(0, {}))
			.post(/.*/)
			.reply(200, envelope(0, ID));
		const { error } = await runChanjing({
			parameters: createCustom(),
			inputItems: [videoItem(bytes)],
			node: V2,
		});
		expect(error?.message).toBe(`Video Binary Property "data" ${problem}`);
		expect(error?.description).toMatch(/^Nothing was uploaded or sent to Chanjing for this item/);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});

	it.each([
		[{ name: '={{ "  " }}' }, 'Name is empty; name the avatar to train'],
		[
			{ videoSource: 'url', videoUrl: 'me.mp4' },
			'Video URL must be the public http(s) URL of an MP4, MOV or WebM video, got "me.mp4"',
		],
		[
			{ train: '={{ "voice" }}' },
			'Train must be Figure and Voice (both) or Figure Only (figure), got "voice"',
		],
		[{ language: '={{ "fr" }}' }, 'Language must be Chinese (cn) or English (en), got "fr"'],
		[
			{ train: '={{ "both " }}', language: '={{ "fr" }}' },
			'Language must be Chinese (cn) or English (en), got "fr"',
		],
		[
			{ options: { callbackUrl: 'hook' } },
			'Callback URL must be an http:// or https:// URL, got "hook"',
		],
	])('bad input %j is named before any request', async (parameters, message) => {
		const anything = api().post(/.*/).reply(200, envelope(0, ID));
		const { error } = await runChanjing({
			parameters: createCustom(parameters as INodeParameters),
			inputItems: [videoItem(mp4Of(60))],
			node: V2,
		});
		expect(error?.message).toBe(message);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});
});

describe('Avatar → Create Custom Avatar: money', () => {
	const URL_BODY = {
		name: 'My presenter',
		material_video: 'https://example.com/me.mp4',
		train_type: 'both',
		language: 'cn',
		error_skip: false,
		resolution_rate: 0,
	};
	const byUrl = () => createCustom({ videoSource: 'url', videoUrl: 'https://example.com/me.mp4' });

	it('a lost answer (HTTP 502) is looked up in list_customised_person, never sent again', async () => {
		const create = api().post(CREATE).reply(502, '<html>Bad Gateway</html>');
		const now = Math.floor(Date.now() / 1000);
		const list = api()
			.post(LIST, (sent) => {
				expect(sent).toEqual({ page: 1, page_size: 50 });
				return true;
			})
			.reply(
				200,
				envelope(0, {
					list: [
						customAvatar(ID, { name: 'My presenter', status: 1, create_time: now }),
						customAvatar('C-old', { name: 'My presenter', create_time: now - 86400 }),
					],
					page_info: { page: 1, size: 50, total_count: 2, total_page: 1 },
				}),
				// Chanjing's clock, which tells a task of this create from an earlier one
				{ Date: new Date().toUTCString() },
			);
		const { items, error } = await runChanjing({ parameters: byUrl(), node: V2 });
		expect(error).toBeUndefined();
		expect(create.isDone() && list.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ avatarId: ID, recovered: true });
	});

	it('40001 (CP: 10 creates a minute) is sent again when the pace allows', async () => {
		const refused = api()
			.post(CREATE)
			.reply(200, envelope(40001, null, '超出 QPS 限制'));
		const create = expectCreate(URL_BODY);
		const { items, error } = await runChanjing({ parameters: byUrl(), node: V2 });
		expect(error).toBeUndefined();
		expect(refused.isDone() && create.isDone()).toBe(true);
		expect(items?.[0].json.avatarId).toBe(ID);
	});

	it('40002 (the account’s custom avatar limit) fails the item with Chanjing’s message', async () => {
		api()
			.post(CREATE)
			.reply(200, envelope(40002, null, '定制数字人数量到达上限'));
		const { error } = await runChanjing({ parameters: byUrl(), node: V2 });
		expect(error?.message).toBe(
			'Your Chanjing account has reached its limit of custom avatars (code 40002: 定制数字人数量到达上限)',
		);
		expect(error?.description).toMatch(/Nothing was created/);
	});

	it('as an AI tool: created once, with what to do next', async () => {
		const create = expectCreate({ ...URL_BODY, name: 'Agent avatar' });
		const answer = await askTool(
			'train_avatar',
			{
				...byUrl(),
				name: "={{ $fromAI('name', 'The avatar name', 'string') }}",
			},
			{ name: 'Agent avatar' },
		);
		expect(create.isDone()).toBe(true);
		expect(answer).toMatchObject({ avatarId: ID, status: 'submitted' });
		expect(answer.message).toMatch(/Avatar → Get/);
	});
});

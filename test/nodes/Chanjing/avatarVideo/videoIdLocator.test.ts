import nock from 'nock';
import type { INodeParameters, INodePropertyMode } from 'n8n-workflow';

import { description as deletePanel } from '../../../../nodes/Chanjing/avatarVideo/delete.operation';
import { description as getPanel } from '../../../../nodes/Chanjing/avatarVideo/get.operation';
import { videoIdLocator } from '../../../../nodes/Chanjing/avatarVideo/videoIdLocator';
import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { idValidation } from '../../../../nodes/Chanjing/fields/idLocator';
import { envelope } from '../../../helpers/chanjing-api';
import { expectPostList } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Avatar Video → Get's and Delete's Video ID: picked From List (the account's avatar videos) or
 * given By ID; the value reaches /open/v1/video as `?id=` and delete_video as `{id}`, trimmed,
 * and a value that is no ID stops the item naming Video ID before any request — above all before
 * a delete. (The picker's list: videoSearch.test.ts; the hooks alone: videoIdHooks.test.ts.)
 */
const ID = '5f0c9a1b2c3d4e5f60718293a4b5c6d7';
const DETAIL = '/open/v1/video';
const DELETE = '/open/v1/delete_video';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function run(operation: 'get' | 'delete', videoId: INodeParameters['videoId']) {
	return runChanjing({
		parameters: { resource: 'avatarVideo', operation, videoId },
		node: { typeVersion: 2 },
	});
}

describe('videoIdLocator', () => {
	const field = videoIdLocator('The video to get');
	const [list, byId] = field.modes as INodePropertyMode[];

	it('a required Video ID locator in videoId, From List first, with the description given', () => {
		expect(field).toMatchObject({
			displayName: 'Video ID',
			name: 'videoId',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: 'The video to get',
		});
		expect([list.name, byId.name]).toEqual(['list', 'id']);
	});

	it('From List searches the avatar videos with a list search the node has', () => {
		expect(list.typeOptions).toEqual({
			searchListMethod: 'searchAvatarVideos',
			searchable: true,
		});
		expect(list.placeholder).toBe('Select an avatar video…');
		const method = list.typeOptions?.searchListMethod as string;
		expect(typeof new Chanjing().methods?.listSearch?.[method]).toBe('function');
	});

	it('By ID lets a video ID through and says what an ID has', () => {
		expect(byId.validation).toEqual(idValidation('A video ID'));
		const regex = new RegExp(idValidation('A video ID')[0].properties.regex);
		expect(regex.test(` ${ID} `)).toBe(true);
		expect(regex.test('https://cdn.example/v.mp4')).toBe(false);
		expect(byId.placeholder).toMatch(/^e\.g\. [0-9a-f]{32}$/);
	});

	it.each([
		['get', getPanel],
		['delete', deletePanel],
	])('%s shows it for Avatar Video → that operation only', (operation, panel) => {
		const videoId = panel.find((property) => property.name === 'videoId');
		expect(videoId?.type).toBe('resourceLocator');
		expect(videoId?.displayName).toBe('Video ID');
		expect(videoId?.displayOptions?.show).toEqual({
			resource: ['avatarVideo'],
			operation: [operation],
		});
	});
});

describe('the Video ID on the wire', () => {
	it('a URL typed By ID: n8n refuses to run the workflow (the By ID check), nothing sent', async () => {
		await expect(
			run('delete', { __rl: true, mode: 'id', value: 'https://cdn.example/v.mp4' }),
		).rejects.toThrow(/The workflow has issues/);
	});

	const answer = envelope(0, {
		id: ID,
		status: 10,
		progress: 40,
		msg: '',
		video_url: '',
		subtitle_data_url: '',
		preview_url: '',
		duration: 0,
		create_time: 1795500000,
	});

	it.each([
		['From List', { __rl: true, mode: 'list', value: ID }],
		['By ID, with spaces', { __rl: true, mode: 'id', value: ` ${ID} ` }],
	])('Get, %s: GET video?id= with the ID, the ID out', async (_mode, videoId) => {
		const detail = api().get(DETAIL).query({ id: ID }).reply(200, answer);
		const { items, error } = await run('get', videoId);
		expect(error).toBeUndefined();
		expect(detail.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ videoId: ID, status: 'generating', statusCode: 10 });
	});

	it('Delete, By ID with spaces: POST delete_video {id} trimmed, the deleted ID out', async () => {
		const deleted = expectPostList(DELETE, { id: ID }, ID);
		const { items, error } = await run('delete', { __rl: true, mode: 'id', value: ` ${ID} ` });
		expect(error).toBeUndefined();
		expect(deleted.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({ videoId: ID, deleted: true });
	});

	it.each([
		[
			'get',
			'an expression that gave nothing',
			{ __rl: true, mode: 'id', value: '={{ "" }}' },
			'Video ID is empty; pick one From List or give its ID',
		],
		[
			'delete',
			'an expression that gave nothing',
			{ __rl: true, mode: 'list', value: '={{ "  " }}' },
			'Video ID is empty; pick one From List or give its ID',
		],
		[
			'delete',
			'an expression that gave a URL',
			{ __rl: true, mode: 'id', value: '={{ "https://cdn.example/v.mp4" }}' },
			'Video ID must be an ID (letters, digits, "-" and "_"), got "https://cdn.example/v.mp4"',
		],
	])(
		'%s, %s: the item stops naming Video ID, nothing sent',
		async (operation, _what, videoId, message) => {
			const anything = api().get(/.*/).reply(200, answer).post(/.*/).reply(200, envelope(0, ID));
			const { error } = await run(operation as 'get' | 'delete', videoId);
			expect(error?.message).toBe(message);
			expect(error?.description).toBe(
				"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Video ID'.",
			);
			expect(anything.isDone()).toBe(false);
			expect(anything.pendingMocks()).toHaveLength(2);
			nock.cleanAll();
		},
	);
});

import nock from 'nock';
import type { INodeParameters, INodePropertyMode } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { idValidation } from '../../../../nodes/Chanjing/fields/idLocator';
import { description as getPanel } from '../../../../nodes/Chanjing/lipSync/get.operation';
import { lipSyncVideoIdLocator } from '../../../../nodes/Chanjing/lipSync/videoIdLocator';
import { envelope } from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Lip Sync → Get's Video ID: picked From List (the account's lip-sync videos) or given By ID;
 * the value reaches video_lip_sync/detail as `?id=`, trimmed, and a value that is no ID stops
 * the item naming Video ID before any request. (The picker's list: videoSearch.test.ts.)
 */
const ID = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';
const DETAIL = '/open/v1/video_lip_sync/detail';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function get(videoId: INodeParameters['videoId']) {
	return runChanjing({
		parameters: { resource: 'lipSync', operation: 'get', videoId },
		node: { typeVersion: 2 },
	});
}

describe('lipSyncVideoIdLocator', () => {
	const field = lipSyncVideoIdLocator('The video to get');
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

	it('From List searches the lip-sync videos with a list search the node has', () => {
		expect(list.typeOptions).toEqual({
			searchListMethod: 'searchLipSyncVideos',
			searchable: true,
		});
		expect(list.placeholder).toBe('Select a lip-sync video…');
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

	it('Get shows it for Lip Sync → Get only', () => {
		const videoId = getPanel.find((property) => property.name === 'videoId');
		expect(videoId?.type).toBe('resourceLocator');
		expect(videoId?.displayOptions?.show).toEqual({ resource: ['lipSync'], operation: ['get'] });
	});
});

describe('the Video ID on the wire (Lip Sync → Get)', () => {
	it('a URL typed By ID: n8n refuses to run the workflow (the By ID check), nothing sent', async () => {
		await expect(
			get({ __rl: true, mode: 'id', value: 'https://cdn.example/v.mp4' }),
		).rejects.toThrow(/The workflow has issues/);
	});

	const answer = envelope(0, {
		id: ID,
		status: 10,
		progress: 40,
		msg: '',
		video_url: '',
		preview_url: '',
		duration: 0,
		create_time: 1795500000,
	});

	it.each([
		['From List', { __rl: true, mode: 'list', value: ID }],
		['By ID, with spaces', { __rl: true, mode: 'id', value: ` ${ID} ` }],
	])('%s: GET detail?id= with the ID, the ID out', async (_mode, videoId) => {
		const detail = api().get(DETAIL).query({ id: ID }).reply(200, answer);
		const { items, error } = await get(videoId);
		expect(error).toBeUndefined();
		expect(detail.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ videoId: ID, status: 'generating', statusCode: 10 });
	});

	it.each([
		[
			'an expression that gave nothing',
			{ __rl: true, mode: 'id', value: '={{ "" }}' },
			'Video ID is empty; pick one From List or give its ID',
		],
		[
			'an expression that gave a URL',
			{ __rl: true, mode: 'id', value: '={{ "https://cdn.example/v.mp4" }}' },
			'Video ID must be an ID (letters, digits, "-" and "_"), got "https://cdn.example/v.mp4"',
		],
	])('%s: the item stops naming Video ID, nothing sent', async (_what, videoId, message) => {
		const anything = api().get(/.*/).reply(200, answer);
		const { error } = await get(videoId);
		expect(error?.message).toBe(message);
		expect(error?.description).toBe(
			"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Video ID'.",
		);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});
});

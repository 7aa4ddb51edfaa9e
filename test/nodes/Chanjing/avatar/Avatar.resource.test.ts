import {
	customAvatar,
	expectGetList,
	expectPostList,
	page,
	PATHS,
	publicAvatar,
	publicAvatar4k,
} from '../../../helpers/lookups';
import { runChanjing } from '../../../helpers/run-workflow';

/** Avatar → Get Many (node version 2) through n8n-core with nock. */
const V2 = { typeVersion: 2 };

function getMany(parameters: Record<string, unknown>) {
	return runChanjing({
		parameters: { resource: 'avatar', operation: 'getAll', ...parameters },
		node: V2,
	});
}

describe('Avatar → Get Many, public', () => {
	it('GET list_common_dp with the tags as tag_ids: one item per avatar, simplified', async () => {
		const scope = expectGetList(
			PATHS.publicAvatars,
			{ page: '1', size: '2', tag_ids: '101,121' },
			page([publicAvatar(1), publicAvatar4k(2)], 3),
		);
		const { items, error } = await getMany({ tagIds: [101, 121], limit: 2 });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json)).toEqual([
			{
				avatarId: 'dp-1',
				type: 'public',
				name: '主播1',
				gender: 'female',
				voiceId: 'voice-1',
				voiceName: '声音1',
				tags: ['电商带货', '商务'],
				figureTypes: ['whole_body', 'circle_view'],
				supports4k: false,
				figures: [
					{
						type: 'whole_body',
						width: 1080,
						height: 1920,
						supports4k: false,
						coverUrl: 'https://cdn.chanjing.example/dp-1/whole_body.png',
						previewUrl: 'https://cdn.chanjing.example/dp-1/whole_body.mp4',
					},
					{
						type: 'circle_view',
						width: 1080,
						height: 1080,
						supports4k: false,
						coverUrl: 'https://cdn.chanjing.example/dp-1/circle_view.png',
						previewUrl: 'https://cdn.chanjing.example/dp-1/circle_view.mp4',
					},
				],
			},
			expect.objectContaining({ avatarId: 'dp-2', figureTypes: ['sit_body'], supports4k: true }),
		]);
		expect(items?.every((item) => item.pairedItem !== undefined)).toBe(true);
	});

	it('Return All follows the pager, whichever key Chanjing names it (D6)', async () => {
		const full = Array.from({ length: 50 }, (_, i) => publicAvatar(i + 1));
		const scopes = [
			expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page(full, 2, 'pageInfo')),
			expectGetList(
				PATHS.publicAvatars,
				{ page: '2', size: '50' },
				{ List: [publicAvatar(51)], PageInfo: { total_page: 2 } },
			),
		];
		const { items, error } = await getMany({ returnAll: true });
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(items).toHaveLength(51);
		expect(items?.[50].json.avatarId).toBe('dp-51');
	});

	it('Simplify off: the entries as Chanjing sent them', async () => {
		expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page([publicAvatar(1)]));
		const { items } = await getMany({ simplify: false });
		expect(items?.[0].json).toEqual(publicAvatar(1));
	});

	it('an answer without a list fails the item instead of listing nothing', async () => {
		expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, { total: 0 });
		const { error } = await getMany({});
		expect(error?.message).toBe(
			'Chanjing answered the public avatar list without a list of entries',
		);
	});
});

describe('Avatar → Get Many, custom', () => {
	it('made through the API and on the website: both lists, the website one with source 1', async () => {
		const scopes = [
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50 },
				page([customAvatar('C-1', { support_4k: true }), customAvatar('C-2', { status: 1 })]),
			),
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50, source: 1 },
				page([customAvatar('C-web')]),
			),
		];
		const { items, error } = await getMany({ avatarType: 'custom' });
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(items?.map((item) => item.json)).toEqual([
			{
				avatarId: 'C-1',
				type: 'custom',
				name: 'My avatar C-1',
				status: 'ready',
				usable: true,
				voiceId: 'C-1-voice',
				supports4k: true,
				madeOn: 'api',
				previewUrl: 'https://cdn.chanjing.example/C-1.mp4',
				coverUrl: 'https://cdn.chanjing.example/C-1.png',
				reason: null,
			},
			expect.objectContaining({ avatarId: 'C-2', status: 'training', usable: false }),
			expect.objectContaining({ avatarId: 'C-web', madeOn: 'website' }),
		]);
	});

	it('Made On Website reads only the website list', async () => {
		const scope = expectPostList(
			PATHS.customAvatars,
			{ page: 1, page_size: 50, source: 1 },
			page([customAvatar('C-web')]),
		);
		const { items } = await getMany({ avatarType: 'custom', madeOn: 'website' });
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json.avatarId)).toEqual(['C-web']);
	});
});

import { expectGetList, page, PATHS, publicAvatar, publicAvatar4k } from '../../../helpers/lookups';
import { runChanjing } from '../../../helpers/run-workflow';

/**
 * Avatar → Get Many (node version 2) through n8n-core with nock. (Paging, Limit and Simplify:
 * lookups/getMany.test.ts; the lists per Avatar Type and Made On: lookups/avatarListing.test.ts.)
 */
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
});

import { expectGetList, PATHS } from '../../../helpers/lookups';
import { loadOptions } from '../../../helpers/load-options';

/** The avatar Tags dropdown as n8n's panel loads them, with nock as Chanjing. */

describe('the Tags dropdown of public avatars', () => {
	it('GET tag_list of business type 1: "category · tag", heaviest first, the sub-tag ID as value', async () => {
		const scope = expectGetList(
			PATHS.tags,
			{ business_type: '1' },
			{
				list: [
					{ id: 3, name: '风格', weight: 80, tag_list: [{ id: 121, name: '商务', weight: 1 }] },
					{
						id: 1,
						name: '行业',
						weight: 100,
						tag_list: [
							{ id: 102, name: '新闻播报', weight: 90 },
							{ id: 101, name: '电商带货', weight: 100 },
						],
					},
				],
			},
		);
		const options = await loadOptions('getAvatarTags', { resource: 'avatar' });
		expect(scope.isDone()).toBe(true);
		expect(options).toEqual([
			{ name: '行业 · 电商带货', value: 101 },
			{ name: '行业 · 新闻播报', value: 102 },
			{ name: '风格 · 商务', value: 121 },
		]);
	});
});

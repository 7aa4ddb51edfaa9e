import {
	customAvatarAdapter,
	matchesCustomAvatar,
} from '../../../../nodes/Chanjing/avatar/adapter';

/** The custom-avatar adapter: the ID of a create's answer, the detail request, the lookup of a lost answer. */
describe('customAvatarAdapter', () => {
	it('reads the avatar ID from data, and nothing else', () => {
		expect(customAvatarAdapter.submittedId('C-1')).toBe('C-1');
		expect(customAvatarAdapter.submittedId(null)).toBeUndefined();
	});

	it('waits with GET customised_person?id=; looks up the API-made avatars newest first', () => {
		expect(customAvatarAdapter.detailRequest('C-1')).toEqual({
			method: 'GET',
			url: '/open/v1/customised_person',
			qs: { id: 'C-1' },
		});
		expect(customAvatarAdapter.reconcile.listRequest({}, 3)).toEqual({
			method: 'POST',
			url: '/open/v1/list_customised_person',
			body: { page: 3, page_size: 50 },
		});
		expect(customAvatarAdapter.reconcile.createdAtS({ create_time: 1795500000 })).toBe(1795500000);
		expect(customAvatarAdapter.uploadService).toBe('customised_person');
	});

	it('matches on the name (the list keeps no video)', () => {
		expect(matchesCustomAvatar({ name: ' Me ' }, { name: 'Me' })).toBe(true);
		expect(matchesCustomAvatar({ name: 'Other' }, { name: 'Me' })).toBe(false);
	});
});

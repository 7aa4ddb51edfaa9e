import { matchesClone, voiceAdapter } from '../../../../nodes/Chanjing/voice/adapter';

/** The voice-clone adapter: the ID of a create's answer, the detail request, the lookup of a lost answer. */
const BODY = {
	name: 'My narrator',
	url: 'https://x/y.mp3',
	model_type: 'cicada3.0-turbo',
	language: 'cn',
};

describe('voiceAdapter', () => {
	it('reads the voice ID from data, and nothing else', () => {
		expect(voiceAdapter.submittedId(' C-Audio-1 ')).toBe('C-Audio-1');
		expect(voiceAdapter.submittedId({ id: 'C-Audio-1' })).toBeUndefined();
		expect(voiceAdapter.submittedId('')).toBeUndefined();
	});

	it('waits with GET customised_audio?id=; looks up with list_customised_audio pages', () => {
		expect(voiceAdapter.detailRequest('C-Audio-1')).toEqual({
			method: 'GET',
			url: '/open/v1/customised_audio',
			qs: { id: 'C-Audio-1' },
		});
		expect(voiceAdapter.reconcile.listRequest(BODY, 2)).toEqual({
			method: 'POST',
			url: '/open/v1/list_customised_audio',
			body: { page: 2, page_size: 50 },
		});
		expect(voiceAdapter.uploadService).toBe('prompt_audio');
	});
});

describe('matchesClone', () => {
	const listed = (extra: object) => ({
		id: 'C-Audio-1',
		name: 'My narrator',
		type: 'cicada3.0-turbo',
		lang: 'cn',
		status: 1,
		...extra,
	});

	it('the same name, model (any case, D5) and language, still being cloned', () => {
		expect(matchesClone(listed({}), BODY)).toBe(true);
		expect(matchesClone(listed({ status: 0, type: 'Cicada3.0-turbo' }), BODY)).toBe(true);
	});

	it('not another name, model or language', () => {
		expect(matchesClone(listed({ name: 'Other' }), BODY)).toBe(false);
		expect(matchesClone(listed({ type: 'cicada1.0' }), BODY)).toBe(false);
		expect(matchesClone(listed({ lang: 'en' }), BODY)).toBe(false);
	});

	it('without a time in the list, an ended voice of that name is an older one', () => {
		expect(matchesClone(listed({ status: 2 }), BODY)).toBe(false);
		expect(matchesClone(listed({ status: 2, create_time: 1795500000 }), BODY)).toBe(true);
		expect(voiceAdapter.reconcile.createdAtS(listed({}))).toBeNaN();
		expect(voiceAdapter.reconcile.createdAtS(listed({ create_time: 1795500000 }))).toBe(1795500000);
	});
});

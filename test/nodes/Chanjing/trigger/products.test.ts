import {
	isPolled,
	POLLED_PRODUCTS,
	productsNamed,
	TRIGGER_PRODUCTS,
} from '../../../../nodes/Chanjing/trigger/products';

describe('the trigger products', () => {
	it('offers every product that makes tasks, in the order of the panel', () => {
		expect(TRIGGER_PRODUCTS.map((p) => [p.value, p.name])).toEqual([
			['aiVideo', 'AI Video'],
			['aiImage', 'AI Image'],
			['avatarVideo', 'Avatar Video'],
			['lipSync', 'Lip Sync'],
			['speech', 'Speech'],
			['voice', 'Voice Clone'],
			['customAvatar', 'Custom Avatar'],
		]);
	});

	it('polls the products Chanjing lists with times (not speech, not cloned voices)', () => {
		expect(POLLED_PRODUCTS.map((p) => p.value)).toEqual([
			'aiVideo',
			'aiImage',
			'avatarVideo',
			'lipSync',
			'customAvatar',
		]);
		expect(TRIGGER_PRODUCTS.filter((p) => !isPolled(p)).map((p) => p.value)).toEqual([
			'speech',
			'voice',
		]);
	});

	it('polls each list with its own request, newest first, 50 a page', () => {
		const requests = Object.fromEntries(
			POLLED_PRODUCTS.map((p) => [p.value, p.adapter.trigger.listRequest!(2)]),
		);
		expect(requests.lipSync).toEqual({
			method: 'POST',
			url: '/open/v1/video_lip_sync/list',
			body: { page: 2, page_size: 50 },
		});
		expect(requests.customAvatar).toEqual({
			method: 'POST',
			url: '/open/v1/list_customised_person',
			body: { page: 2, page_size: 50 },
		});
	});

	it('attaches a file for every product but those that deliver an ID', () => {
		expect(TRIGGER_PRODUCTS.filter((p) => p.adapter.trigger.noFile).map((p) => p.value)).toEqual([
			'voice',
			'customAvatar',
		]);
	});

	it("reads the chosen values in the list's order and leaves unknown ones out", () => {
		expect(
			productsNamed(['speech', 'aiVideo', 'faceSwap'], TRIGGER_PRODUCTS).map((p) => p.value),
		).toEqual(['aiVideo', 'speech']);
		expect(productsNamed('aiVideo', TRIGGER_PRODUCTS)).toEqual([]);
	});
});

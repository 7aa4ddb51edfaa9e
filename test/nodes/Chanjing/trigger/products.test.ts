import {
	isPolled,
	POLLED_PRODUCTS,
	productsNamed,
	TRIGGER_PRODUCTS,
} from '../../../../nodes/Chanjing/trigger/products';

describe('the trigger products', () => {
	it('offers AI video, AI image, avatar video and speech, in that order', () => {
		expect(TRIGGER_PRODUCTS.map((p) => [p.value, p.name])).toEqual([
			['aiVideo', 'AI Video'],
			['aiImage', 'AI Image'],
			['avatarVideo', 'Avatar Video'],
			['speech', 'Speech'],
		]);
	});

	it('polls the products Chanjing lists (not speech)', () => {
		expect(POLLED_PRODUCTS.map((p) => p.value)).toEqual(['aiVideo', 'aiImage', 'avatarVideo']);
		expect(TRIGGER_PRODUCTS.filter((p) => !isPolled(p)).map((p) => p.value)).toEqual(['speech']);
	});

	it("reads the chosen values in the list's order and leaves unknown ones out", () => {
		expect(
			productsNamed(['speech', 'aiVideo', 'lipSync'], TRIGGER_PRODUCTS).map((p) => p.value),
		).toEqual(['aiVideo', 'speech']);
		expect(productsNamed('aiVideo', TRIGGER_PRODUCTS)).toEqual([]);
	});
});

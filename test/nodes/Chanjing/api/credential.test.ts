import { baseUrlOf, DEFAULT_BASE_URL } from '../../../../nodes/Chanjing/api/credential';

describe('baseUrlOf', () => {
	it.each([
		['http://127.0.0.1:9999', 'http://127.0.0.1:9999'],
		['http://127.0.0.1:9999/', 'http://127.0.0.1:9999'],
		[' https://proxy.example.com/chanjing// ', 'https://proxy.example.com/chanjing'],
		['', 'https://open-api.chanjing.cc'],
		['  ', 'https://open-api.chanjing.cc'],
		[undefined, 'https://open-api.chanjing.cc'],
	])('%j → %s', (baseUrl, expected) => {
		expect(baseUrlOf(baseUrl === undefined ? {} : { baseUrl })).toBe(expected);
	});

	it("the default is Chanjing's Open API", () => {
		expect(DEFAULT_BASE_URL).toBe('https://open-api.chanjing.cc');
	});
});

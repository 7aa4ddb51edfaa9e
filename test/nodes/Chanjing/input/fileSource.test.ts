import { checkFileSource, type FileSourceWords } from '../../../../nodes/Chanjing/input/fileSource';

const WORDS: FileSourceWords = {
	sourceField: 'Image Source',
	sourceNames: ['URL', 'Binary File'],
	urlField: 'Image URL',
	urlAccepts: 'a PNG image',
	binaryField: 'Image Binary Property',
	binaryHolds: 'the image',
};
const check = (source: unknown, url: unknown, binaryProperty: unknown) =>
	checkFileSource({ source, url, binaryProperty }, WORDS);

describe('checkFileSource (a file by URL or as Binary File)', () => {
	it('takes a named binary property, whatever the URL', () => {
		expect(check('binary', 'not a url', 'data')).toBeUndefined();
	});

	it('takes a public http(s) URL, whatever the binary property', () => {
		expect(check('url', ' https://example.com/a.png ', '')).toBeUndefined();
	});

	it.each([undefined, '', '  '])('refuses an empty binary property (%j)', (property) => {
		expect(check('binary', undefined, property)).toEqual({
			field: 'Image Binary Property',
			message: 'is empty; name the binary property that holds the image',
		});
	});

	it.each([
		['ftp://example.com/a.png', '"ftp://example.com/a.png"'],
		['', '""'],
		[undefined, 'undefined'],
	])('refuses a URL that is not http(s): %j', (url, shown) => {
		expect(check('url', url, 'data')).toEqual({
			field: 'Image URL',
			message: `must be the public http(s) URL of a PNG image, got ${shown}`,
		});
	});

	it('refuses another source, naming the options in the panel’s order', () => {
		expect(check('file', 'https://example.com/a.png', 'data')).toEqual({
			field: 'Image Source',
			message: 'must be URL or Binary File, got "file"',
		});
	});
});

import { isBlank, isHttpUrl, show, toWholeNumber } from '../../../../nodes/Chanjing/input/checks';

describe('isHttpUrl', () => {
	it.each([
		'https://example.com/a.jpg',
		'http://127.0.0.1:8080/frame.png',
		'  https://example.com/with spaces around  ',
		'HTTPS://EXAMPLE.COM/upper.jpg',
	])('takes %s', (value) => {
		expect(isHttpUrl(value)).toBe(true);
	});

	it.each([
		['a relative path', 'frame.jpg'],
		['ftp', 'ftp://example.com/a.jpg'],
		['javascript', 'javascript:alert(1)'],
		['mailto', 'mailto:ops@example.com'],
		['a file URL', 'file:///etc/passwd'],
		['no host', 'http://'],
		['an empty string', ''],
		['a number', 42],
		['an array with a URL', ['https://example.com/a.jpg']],
		['null', null],
	])('refuses %s', (_what, value) => {
		expect(isHttpUrl(value)).toBe(false);
	});
});

describe('isBlank', () => {
	it.each([undefined, null, '', '   ', '\n\t ', []])('%j is blank', (value) => {
		expect(isBlank(value)).toBe(true);
	});

	it.each([0, false, 'a', ' x ', ['a'], {}])('%j is not', (value) => {
		expect(isBlank(value)).toBe(false);
	});
});

describe('toWholeNumber', () => {
	it.each([
		[720, 720],
		[0, 0],
		['1080', 1080],
		[' 6 ', 6],
	])('%j is %d', (value, number) => {
		expect(toWholeNumber(value)).toBe(number);
	});

	it.each([
		[720.5],
		['720.5'],
		['-720'],
		['abc'],
		[''],
		['1e3'],
		[null],
		[undefined],
		[true],
		[NaN],
	])('%j is NaN', (value) => {
		expect(toWholeNumber(value)).toBeNaN();
	});

	it('a negative number stays a number (its range is the field’s check)', () => {
		expect(toWholeNumber(-720)).toBe(-720);
	});
});

describe('show', () => {
	it('quotes a value as JSON', () => {
		expect(show('start.jpg')).toBe('"start.jpg"');
		expect(show(8)).toBe('8');
		expect(show(null)).toBe('null');
		expect(show({ a: 1 })).toBe('{"a":1}');
	});

	it('names what JSON cannot show', () => {
		expect(show(undefined)).toBe('undefined');
		expect(show(() => 1)).toMatch(/^\(\) => 1$/);
	});
});

import {
	capitalized,
	isoTime,
	objects,
	text,
	texts,
	urlOrNull,
	whole,
} from '../../../../nodes/Chanjing/lookups/records';

/** Lookup entries read leniently: a field of the wrong type reads as missing, never throws. */

describe('text', () => {
	it.each([
		[' 主播 ', '主播'],
		[42, '42'],
		[0, '0'],
		[null, ''],
		[undefined, ''],
		[true, ''],
		[{ name: 'x' }, ''],
		[['a'], ''],
	])('%j reads as %j', (value, expected) => {
		expect(text(value)).toBe(expected);
	});
});

describe('whole', () => {
	it.each([
		[7, 7],
		['12', 12],
		[' 3 ', 3],
		['1.5', 1.5],
		[0, 0],
	])('%j reads as %j', (value, expected) => {
		expect(whole(value)).toBe(expected);
	});

	it.each([[''], ['  '], ['abc'], [null], [undefined], [Infinity], [NaN], [true], [[1]]])(
		'%j reads as NaN (missing), not 0',
		(value) => {
			expect(whole(value)).toBeNaN();
		},
	);
});

describe('urlOrNull', () => {
	it('a non-empty text is kept as it is', () => {
		expect(urlOrNull('https://cdn.example/a.png')).toBe('https://cdn.example/a.png');
	});

	it.each([[''], [null], [undefined], [3], [{}]])('%j is null', (value) => {
		expect(urlOrNull(value)).toBeNull();
	});
});

describe('texts and objects', () => {
	it('texts keeps the non-empty texts and numbers of an array, trimmed', () => {
		expect(texts([' 电商 ', '', 5, null, {}, '商务'])).toEqual(['电商', '5', '商务']);
		expect(texts('电商')).toEqual([]);
	});

	it('objects keeps the objects of an array (null and scalars left out)', () => {
		const kept = { type: 'whole_body' };
		expect(objects([kept, null, 'sit_body', 3])).toEqual([kept]);
		expect(objects({ type: 'whole_body' })).toEqual([]);
	});
});

describe('isoTime', () => {
	it('Unix seconds, as a number or a text', () => {
		expect(isoTime(1795500000)).toBe(new Date(1795500000 * 1000).toISOString());
		expect(isoTime('1795500000')).toBe(isoTime(1795500000));
	});

	it('a date text with a space between date and time', () => {
		expect(isoTime('2026-11-25 08:00:00Z')).toBe('2026-11-25T08:00:00.000Z');
	});

	it.each([[0], [-5], [''], ['not a date'], [null], [undefined]])('%j is null', (value) => {
		expect(isoTime(value)).toBeNull();
	});
});

describe('capitalized', () => {
	it('upper-cases the first character only', () => {
		expect(capitalized('female')).toBe('Female');
		expect(capitalized('')).toBe('');
	});
});

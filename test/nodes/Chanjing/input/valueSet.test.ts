import { checkValue, type ValueSet } from '../../../../nodes/Chanjing/input/valueSet';

const STATED_CLARITY: ValueSet<number> = { values: [720, 1080], default: 720, stated: true };
const EXAMPLE_CLARITY: ValueSet<number> = { values: [720, 1080], default: 1080, stated: false };
const STATED_RATIO: ValueSet<string> = {
	values: ['16:9', '9:16', '1:1'],
	default: '16:9',
	stated: true,
};
const EXAMPLE_RATIO: ValueSet<string> = { values: ['16:9', '1:1'], default: '16:9', stated: false };

const p = (value: number) => `${value}p`;

describe('checkValue: a set the page states', () => {
	it.each([720, 1080, '1080', ' 720 '])('takes %j', (value) => {
		expect(checkValue('Clarity', value, STATED_CLARITY, p, 'Model X')).toBeUndefined();
	});

	it.each([
		[999, '999'],
		['hd', '"hd"'],
		[720.5, '720.5'],
		[undefined, 'undefined'],
	])('refuses %j, naming the values and the model', (value, shown) => {
		expect(checkValue('Clarity', value, STATED_CLARITY, p, 'Model X')).toEqual({
			field: 'Clarity',
			message: `must be 720p or 1080p for Model X, got ${shown}`,
		});
	});

	it('text values are trimmed and compared exactly', () => {
		expect(checkValue('Aspect Ratio', ' 9:16 ', STATED_RATIO, String, 'M')).toBeUndefined();
		expect(checkValue('Aspect Ratio', '21:9', STATED_RATIO, String, 'M')).toEqual({
			field: 'Aspect Ratio',
			message: 'must be 16:9, 9:16 or 1:1 for M, got "21:9"',
		});
		expect(checkValue('Aspect Ratio', 169, STATED_RATIO, String, 'M')?.message).toBe(
			'must be 16:9, 9:16 or 1:1 for M, got 169',
		);
	});
});

describe('checkValue: a set the page gives as examples', () => {
	it('lets through another value of the right kind', () => {
		expect(checkValue('Clarity', 480, EXAMPLE_CLARITY, p, 'M')).toBeUndefined();
		expect(checkValue('Clarity', '2160', EXAMPLE_CLARITY, p, 'M')).toBeUndefined();
		expect(checkValue('Aspect Ratio', '21:9', EXAMPLE_RATIO, String, 'M')).toBeUndefined();
	});

	it.each([
		[0, '0'],
		[-720, '-720'],
		['hd', '"hd"'],
		[7.5, '7.5'],
	])('refuses a number field given %j, with the examples', (value, shown) => {
		expect(checkValue('Clarity', value, EXAMPLE_CLARITY, p, 'M')).toEqual({
			field: 'Clarity',
			message: `must be a whole number (e.g. 720p or 1080p), got ${shown}`,
		});
	});

	it.each([
		['', '""'],
		['   ', '"   "'],
		[16, '16'],
	])('refuses a text field given %j', (value, shown) => {
		expect(checkValue('Aspect Ratio', value, EXAMPLE_RATIO, String, 'M')).toEqual({
			field: 'Aspect Ratio',
			message: `must be text (e.g. 16:9 or 1:1), got ${shown}`,
		});
	});
});

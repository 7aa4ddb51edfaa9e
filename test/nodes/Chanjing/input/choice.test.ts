import { checkChoice } from '../../../../nodes/Chanjing/input/choice';

const SIZES = [
	{ name: 'Small', value: 's' },
	{ name: 'Large', value: 'l' },
];

describe('checkChoice (a dropdown value)', () => {
	it.each(['s', ' l '])('takes one of the options, spaces around allowed: %j', (value) => {
		expect(checkChoice('Size', value, SIZES)).toBeUndefined();
	});

	it.each([
		['m', '"m"'],
		['', '""'],
		[undefined, 'undefined'],
		[1, '1'],
	])('refuses %j, naming every option as "Name (value)"', (value, shown) => {
		expect(checkChoice('Size', value, SIZES)).toEqual({
			field: 'Size',
			message: `must be Small (s) or Large (l), got ${shown}`,
		});
	});
});

import {
	checkPitch,
	checkSpeed,
	PITCH_RANGE,
	rate,
	SPEED_RANGE,
} from '../../../../nodes/Chanjing/lookups/speechRates';

/** Speed (0.5–2) and Pitch (0.1–3) of spoken text, for Speech and Avatar Video. */

describe('checkSpeed', () => {
	it.each([[0.5], [1], [2], ['1.25'], [' 2 ']])('%j is a speed', (value) => {
		expect(checkSpeed(value)).toBeUndefined();
	});

	it.each([
		[0.49, '0.49'],
		[2.01, '2.01'],
		[0, '0'],
		['', '""'],
		['fast', '"fast"'],
		[null, 'null'],
		[NaN, 'null'],
		[Infinity, 'null'],
	])('%j is refused, naming the field, the range and the value', (value, shown) => {
		expect(checkSpeed(value)).toEqual({
			field: 'Speed',
			message: `must be a number from 0.5 to 2, got ${shown}`,
		});
	});
});

describe('checkPitch', () => {
	it('the ends of the range are allowed, just outside is refused', () => {
		expect(checkPitch(PITCH_RANGE.min)).toBeUndefined();
		expect(checkPitch(PITCH_RANGE.max)).toBeUndefined();
		expect(checkPitch(0.09)).toEqual({
			field: 'Pitch',
			message: 'must be a number from 0.1 to 3, got 0.09',
		});
		expect(checkPitch('3.1')?.field).toBe('Pitch');
	});

	it("Speed's range is not Pitch's: 2.5 is a pitch but not a speed", () => {
		expect(SPEED_RANGE.max).toBeLessThan(2.5);
		expect(checkPitch(2.5)).toBeUndefined();
		expect(checkSpeed(2.5)).toBeDefined();
	});
});

describe('rate', () => {
	it('a checked value as the number Chanjing takes', () => {
		expect(rate('1.5')).toBe(1.5);
		expect(rate(0.7)).toBe(0.7);
	});
});

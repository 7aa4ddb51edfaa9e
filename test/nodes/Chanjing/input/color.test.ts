import { checkColor } from '../../../../nodes/Chanjing/input/color';

/** Colours as Chanjing takes them: #RRGGBB. */
describe('checkColor', () => {
	it.each(['#FFFFFF', '#ededed', ' #102030 '])('%j is a colour', (value) => {
		expect(checkColor('Color', value)).toBeUndefined();
	});

	it.each(['red', '#FFF', 'FFFFFF', '#GGGGGG', 16777215, ''])('%j is not', (value) => {
		expect(checkColor('Color', value)?.message).toMatch(/^must be a colour written #RRGGBB/);
	});

	it('an optional colour may be left empty', () => {
		expect(checkColor('Stroke Color', '', { required: false })).toBeUndefined();
	});
});

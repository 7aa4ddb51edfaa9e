import { footageOptions } from '../../../../nodes/Chanjing/fields/footageOptions';

describe('footageOptions', () => {
	it('names the footage in Drive Mode’s Sequential and in When Footage Runs Out', () => {
		const { driveMode, backway } = footageOptions("the avatar's footage");
		expect(driveMode.options?.[0]).toEqual({
			name: 'Sequential',
			value: '',
			description: "The avatar's footage in order",
		});
		expect(backway.description).toBe(
			"What the avatar's footage does when the speech is longer (backway)",
		);
	});

	it('drive_mode "" or random, volume 1 to 100 (100 by default), backway 1 or 2', () => {
		const { driveMode, volume, backway } = footageOptions('the footage');
		expect(driveMode).toMatchObject({ name: 'driveMode', default: '' });
		expect(driveMode.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual([
			'',
			'random',
		]);
		expect(volume).toMatchObject({
			name: 'volume',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: 100,
		});
		expect(backway).toMatchObject({ name: 'backway', default: 1 });
		expect(backway.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual([1, 2]);
	});
});

import {
	aspectRatioField,
	clarityField,
	qualityModeField,
	UNSTATED_HINT,
	variantsOf,
} from '../../../../nodes/Chanjing/aiCreation/valueFields';
import type { ValueSet } from '../../../../nodes/Chanjing/input/valueSet';

const HD: ValueSet<number> = { values: [720, 1080], default: 720, stated: true };
const HD_EXAMPLES: ValueSet<number> = { values: [720, 1080], default: 1080, stated: false };

const MODELS = [
	{ code: 'a', clarity: HD },
	{ code: 'b', clarity: { ...HD } },
	{ code: 'c', clarity: HD_EXAMPLES },
	{ code: 'd' },
];

describe('variantsOf', () => {
	it('groups the models whose field is the same (by value), in the order first seen', () => {
		expect(variantsOf(MODELS, (model) => model.clarity)).toEqual([
			{ key: HD, codes: ['a', 'b'] },
			{ key: HD_EXAMPLES, codes: ['c'] },
		]);
	});

	it('leaves out the models without the field', () => {
		expect(variantsOf(MODELS, () => undefined)).toEqual([]);
	});
});

describe('the value fields of a variant', () => {
	it('Clarity: labelled options, the default, shown for its models, sent as clarity', () => {
		const field = clarityField({ key: HD, codes: ['a', 'b'] }, 'video');
		expect(field).toMatchObject({
			name: 'clarity',
			type: 'options',
			options: [
				{ name: '720p', value: 720 },
				{ name: '1080p', value: 1080 },
			],
			default: 720,
			displayOptions: { show: { model: ['a', 'b'] } },
			routing: { send: { type: 'body', property: 'clarity' } },
		});
		expect(field).not.toHaveProperty('hint');
	});

	it('a set the page gives only as examples says so in a hint', () => {
		expect(clarityField({ key: HD_EXAMPLES, codes: ['c'] }, 'image').hint).toBe(UNSTATED_HINT);
		expect(
			aspectRatioField({ key: { values: ['1:1'], default: '1:1', stated: false }, codes: ['c'] })
				.hint,
		).toBe(UNSTATED_HINT);
	});

	it('Aspect Ratio for text to video only is shown in that mode only', () => {
		const ratios = { values: ['16:9', '1:1'], default: '16:9', stated: false };
		expect(
			aspectRatioField({ key: { ...ratios, textToVideoOnly: true }, codes: ['k'] }).displayOptions,
		).toEqual({ show: { model: ['k'], mode: ['textToVideo'] } });
		expect(aspectRatioField({ key: ratios, codes: ['k'] }).displayOptions).toEqual({
			show: { model: ['k'] },
		});
	});

	it('Quality Mode: options named as the panel names them, sent as quality_mode', () => {
		const field = qualityModeField({
			key: { values: ['pro', ''], default: 'pro', stated: false },
			codes: ['t'],
		});
		expect(field.options).toEqual([
			{ name: 'Pro', value: 'pro' },
			{ name: 'Not Sent', value: '' },
		]);
		expect(field.routing).toEqual({ send: { type: 'body', property: 'quality_mode' } });
		expect(field.hint).toMatch(/Not Sent leaves the choice to Chanjing/);
	});
});

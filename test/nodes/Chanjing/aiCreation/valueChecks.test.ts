import type { IDataObject } from 'n8n-workflow';

import {
	checkValueFields,
	normalizeValueFields,
} from '../../../../nodes/Chanjing/aiCreation/valueChecks';
import type { ValueSet } from '../../../../nodes/Chanjing/input/valueSet';

const MODEL = {
	name: 'Model X',
	clarity: { values: [1024, 2048], default: 1024, stated: true } as ValueSet<number>,
	aspectRatio: { values: ['1:1', '16:9'], default: '1:1', stated: true } as ValueSet<string>,
	qualityMode: { values: ['std', 'pro'], default: 'std', stated: true } as ValueSet<string>,
};

describe('checkValueFields', () => {
	it('takes values of the model’s sets', () => {
		expect(
			checkValueFields(MODEL, { clarity: 2048, aspectRatio: '16:9', qualityMode: 'pro' }, 'image'),
		).toBeUndefined();
	});

	it('names clarity by the labels of the kind', () => {
		expect(checkValueFields(MODEL, { clarity: 4096 }, 'image')).toEqual({
			field: 'Clarity',
			message: 'must be 1K (1024) or 2K (2048) for Model X, got 4096',
		});
		expect(checkValueFields(MODEL, { clarity: 4096 }, 'video')?.message).toBe(
			'must be 1024p or 2048p for Model X, got 4096',
		);
	});

	it('names quality modes as the panel does', () => {
		expect(checkValueFields(MODEL, { qualityMode: 'ultra' }, 'video')?.message).toBe(
			'must be Standard or Pro for Model X, got "ultra"',
		);
	});

	it('reports Clarity, then Aspect Ratio, then Quality Mode', () => {
		const bad = { clarity: 1, aspectRatio: '2:1', qualityMode: 'x' };
		expect(checkValueFields(MODEL, bad, 'image')?.field).toBe('Clarity');
		expect(checkValueFields(MODEL, { ...bad, clarity: 1024 }, 'image')?.field).toBe('Aspect Ratio');
		expect(
			checkValueFields(MODEL, { ...bad, clarity: 1024, aspectRatio: '1:1' }, 'image')?.field,
		).toBe('Quality Mode');
	});

	it('a field the panel did not show (undefined) is not checked', () => {
		expect(checkValueFields(MODEL, {}, 'image')).toBeUndefined();
	});

	it('a field the model does not have is not checked', () => {
		expect(
			checkValueFields(
				{ name: 'Bare' },
				{ clarity: 1, aspectRatio: 'x', qualityMode: 'y' },
				'video',
			),
		).toBeUndefined();
	});
});

describe('normalizeValueFields', () => {
	it('sends numbers as numbers and text trimmed', () => {
		const body: IDataObject = {
			clarity: '1080',
			video_duration: ' 6 ',
			number_of_images: '2',
			aspect_ratio: ' 16:9 ',
			quality_mode: ' pro ',
			ref_prompt: '  kept as it is  ',
		};
		normalizeValueFields(body);
		expect(body).toEqual({
			clarity: 1080,
			video_duration: 6,
			number_of_images: 2,
			aspect_ratio: '16:9',
			quality_mode: 'pro',
			ref_prompt: '  kept as it is  ',
		});
	});

	it('leaves out a Quality Mode of "Not Sent"', () => {
		const body: IDataObject = { quality_mode: ' ' };
		normalizeValueFields(body);
		expect(body).toEqual({});
	});

	it('adds no field that was not routed', () => {
		const body: IDataObject = { ref_prompt: 'x' };
		normalizeValueFields(body);
		expect(body).toEqual({ ref_prompt: 'x' });
	});
});

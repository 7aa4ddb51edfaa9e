import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { HAILUO_02_MODEL_CODE } from '../../../../nodes/Chanjing/aiVideo/hailuo';
import { modeFields, otherModelFields } from '../../../../nodes/Chanjing/aiVideo/videoModelFields';
import { VIDEO_MODELS } from '../../../../nodes/Chanjing/aiVideo/videoModels';
import { envelope, expectSubmit, generateParameters } from '../../../helpers/chanjing-api';
import { runChanjing } from '../../../helpers/run-workflow';

/**
 * AI Video → Generate's Mode and the value fields of the models other than Hailuo 02: each model
 * is offered exactly the values its page documents, under conditions that show one field of a
 * name per model, and what the panel shows reaches submit's body under Chanjing's names.
 * (The values each model has: videoModels.test.ts; the body's completion: videoBody.test.ts.)
 */
const PROMPT = 'A paper boat drifts down a rainy street';
const START = 'https://res.chanjing.cc/chanjing/res/aigc_creation/photo/start.jpg';

/** The fields named `name` that show for the model `code`. */
const shownFor = (fields: INodeProperties[], name: string, code: string) =>
	fields.filter(
		(field) =>
			field.name === name && (field.displayOptions?.show?.model as string[]).includes(code),
	);
const values = (field: INodeProperties) =>
	field.options?.map((option) => (option as INodePropertyOptions).value);

describe('modeFields', () => {
	it.each(VIDEO_MODELS.map((model) => [model.code, model]))(
		'%s: one Mode field, offering its modes, Text to Video by default',
		(code, model) => {
			const shown = shownFor(modeFields, 'mode', code);
			expect(shown).toHaveLength(1);
			expect(values(shown[0])).toEqual(model.modes);
			expect(model.modes).toContain(shown[0].default);
			expect(shown[0].noDataExpression).toBe(true);
		},
	);

	it('Kling v2.5 Turbo is offered no last frame; Hailuo 02 all three modes, named as the panel names them', () => {
		expect(values(shownFor(modeFields, 'mode', 'kling-v2-5-turbo-normal')[0])).not.toContain(
			'firstAndLastFrameToVideo',
		);
		expect(
			shownFor(modeFields, 'mode', HAILUO_02_MODEL_CODE)[0].options?.map((o) => o.name),
		).toEqual(['Text to Video', 'First Frame to Video', 'First and Last Frame to Video']);
	});
});

describe('otherModelFields', () => {
	const others = VIDEO_MODELS.filter((model) => model.code !== HAILUO_02_MODEL_CODE);

	it('none of them shows for Hailuo 02 (its own fields keep their version 1 form)', () => {
		for (const name of ['clarity', 'videoDuration', 'aspectRatio', 'qualityMode']) {
			expect(shownFor(otherModelFields, name, HAILUO_02_MODEL_CODE)).toEqual([]);
		}
	});

	it.each(others.map((model) => [model.code, model]))(
		'%s: at most one field of each name, with its documented values and default',
		(code, model) => {
			const pairs = [
				['clarity', model.clarity],
				['aspectRatio', model.aspectRatio],
				['qualityMode', model.qualityMode],
			] as const;
			for (const [name, set] of pairs) {
				const shown = shownFor(otherModelFields, name, code);
				expect(shown).toHaveLength(set ? 1 : 0);
				if (!set) continue;
				expect(values(shown[0])).toEqual(set.values);
				expect(shown[0].default).toBe(set.default);
			}
			expect(shownFor(otherModelFields, 'videoDuration', code)).toHaveLength(1);
		},
	);

	it('Duration (Seconds) is a free number from 1, 5 by default, sent as video_duration', () => {
		const [duration] = otherModelFields.filter((field) => field.name === 'videoDuration');
		expect(duration).toMatchObject({ type: 'number', default: 5, typeOptions: { minValue: 1 } });
		expect(duration.routing?.send).toEqual({ type: 'body', property: 'video_duration' });
	});

	it('an Aspect Ratio Chanjing applies to text to video only shows in Text to Video only', () => {
		const [kling] = shownFor(otherModelFields, 'aspectRatio', 'kling-v2-5-turbo-normal');
		expect(kling.displayOptions?.show?.mode).toEqual(['textToVideo']);
		const [seedance] = shownFor(otherModelFields, 'aspectRatio', 'Doubao-Seedance-1.0-lite-i2v');
		expect(seedance.displayOptions?.show?.mode).toBeUndefined();
	});
});

describe('the fields on the wire (Generate, version 2)', () => {
	function generate(parameters: Record<string, unknown>) {
		return runChanjing({
			parameters: generateParameters({ prompt: PROMPT, ...parameters }),
			node: { typeVersion: 2 },
		});
	}

	it('Kling 2.5 (Tencent), defaults: clarity, video_duration, aspect_ratio and quality_mode as shown', async () => {
		const scope = expectSubmit(
			{
				ref_prompt: PROMPT,
				creation_type: 4,
				model_code: 'tx_kling2.5',
				clarity: 1080,
				video_duration: 5,
				aspect_ratio: '16:9',
				quality_mode: 'pro',
			},
			envelope(0, 'creation-1'),
		);
		const { items, error } = await generate({ model: 'tx_kling2.5' });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json.creationId).toBe('creation-1');
	});

	it('Kling v2.5 Turbo, first frame: no Clarity, and the Aspect Ratio left in the panel is not sent', async () => {
		const scope = expectSubmit({
			ref_prompt: PROMPT,
			creation_type: 4,
			model_code: 'kling-v2-5-turbo-normal',
			video_duration: 8,
			quality_mode: 'pro',
			ref_img_url: [START],
		});
		const { error } = await generate({
			model: 'kling-v2-5-turbo-normal',
			mode: 'firstFrameToVideo',
			firstFrameUrl: START,
			videoDuration: 8,
			aspectRatio: '9:16',
			qualityMode: 'pro',
			clarity: 720,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

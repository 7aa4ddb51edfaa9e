import type { IDataObject } from 'n8n-workflow';

import { toWholeNumber } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { checkValue, type ValueSet } from '../input/valueSet';
import { clarityLabel, qualityModeLabel } from './labels';

/** A model's value fields that have sets: Clarity, Aspect Ratio, Quality Mode (video or image). */
interface ValueFieldSets {
	name: string;
	clarity?: ValueSet<number>;
	aspectRatio?: ValueSet<string>;
	qualityMode?: ValueSet<string>;
}

/**
 * Clarity, Aspect Ratio and Quality Mode of a documented model, each where the model has it and
 * the panel showed it (a hidden field is not routed, so its value is undefined).
 */
export function checkValueFields(
	model: ValueFieldSets,
	values: { clarity?: unknown; aspectRatio?: unknown; qualityMode?: unknown },
	kind: 'video' | 'image',
): InputProblem | undefined {
	const { clarity, aspectRatio, qualityMode } = model;
	return (
		(clarity && values.clarity !== undefined
			? checkValue('Clarity', values.clarity, clarity, (v) => clarityLabel(kind, v), model.name)
			: undefined) ??
		(aspectRatio && values.aspectRatio !== undefined
			? checkValue('Aspect Ratio', values.aspectRatio, aspectRatio, String, model.name)
			: undefined) ??
		(qualityMode && values.qualityMode !== undefined
			? checkValue('Quality Mode', values.qualityMode, qualityMode, qualityModeLabel, model.name)
			: undefined)
	);
}

/**
 * The routed value fields of a documented model (video or image), checked already, as Chanjing
 * takes them: numbers as numbers (an expression may give "720"), text trimmed, a Quality Mode
 * of "Not Sent" left out.
 */
export function normalizeValueFields(body: IDataObject): void {
	for (const field of ['clarity', 'video_duration', 'number_of_images']) {
		if (field in body) body[field] = toWholeNumber(body[field]);
	}
	if (typeof body.aspect_ratio === 'string') body.aspect_ratio = body.aspect_ratio.trim();
	if (typeof body.quality_mode === 'string') body.quality_mode = body.quality_mode.trim();
	if (body.quality_mode === '') delete body.quality_mode;
}

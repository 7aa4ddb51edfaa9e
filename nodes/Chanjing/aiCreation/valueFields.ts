import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { clarityLabel, qualityModeLabel } from './labels';
import { type ValueSet } from '../input/valueSet';

/** The models that share one variant of a field: same values, same default, same conditions. */
export interface Variant<T> {
	key: T;
	codes: string[];
}

/** Groups models by a field's variant (compared as JSON); models without the field are left out. */
export function variantsOf<M extends { code: string }, T>(
	models: M[],
	pick: (model: M) => T | undefined,
): Array<Variant<T>> {
	const byKey = new Map<string, Variant<T>>();
	for (const model of models) {
		const key = pick(model);
		if (key === undefined) continue;
		const id = JSON.stringify(key);
		const variant = byKey.get(id) ?? { key, codes: [] };
		variant.codes.push(model.code);
		byKey.set(id, variant);
	}
	return [...byKey.values()];
}

export const UNSTATED_HINT =
	"Chanjing's page gives these values as examples only; an expression may send another value unchecked";

function optionsOf<T extends string | number>(
	set: ValueSet<T>,
	label: (value: T) => string,
): INodePropertyOptions[] {
	return set.values.map((value) => ({ name: label(value), value }));
}

/** A Clarity field for the models of one variant. */
export function clarityField(
	variant: Variant<ValueSet<number>>,
	kind: 'video' | 'image',
): INodeProperties {
	const defaultValue = variant.key.default;
	return {
		displayName: 'Clarity',
		name: 'clarity',
		type: 'options',
		options: optionsOf(variant.key, (value) => clarityLabel(kind, value)),
		default: defaultValue,
		description: kind === 'video' ? 'Output resolution of the video' : 'Output size of the images',
		...(variant.key.stated ? {} : { hint: UNSTATED_HINT }),
		displayOptions: { show: { model: variant.codes } },
		routing: { send: { type: 'body', property: 'clarity' } },
	};
}

/** An Aspect Ratio field for the models of one variant. */
export function aspectRatioField(
	variant: Variant<ValueSet<string> & { textToVideoOnly?: boolean }>,
): INodeProperties {
	const { textToVideoOnly } = variant.key;
	const defaultValue = variant.key.default;
	return {
		displayName: 'Aspect Ratio',
		name: 'aspectRatio',
		type: 'options',
		options: optionsOf(variant.key, (value) => value),
		default: defaultValue,
		description: textToVideoOnly
			? 'Width to height of the output; Chanjing applies it to text to video only'
			: 'Width to height of the output',
		...(variant.key.stated ? {} : { hint: UNSTATED_HINT }),
		displayOptions: {
			show: { model: variant.codes, ...(textToVideoOnly ? { mode: ['textToVideo'] } : {}) },
		},
		routing: { send: { type: 'body', property: 'aspect_ratio' } },
	};
}

/** A Quality Mode field for the models of one variant. */
export function qualityModeField(variant: Variant<ValueSet<string>>): INodeProperties {
	const defaultValue = variant.key.default;
	return {
		displayName: 'Quality Mode',
		name: 'qualityMode',
		type: 'options',
		options: optionsOf(variant.key, qualityModeLabel),
		default: defaultValue,
		description: 'Pro renders at higher quality; Standard is faster',
		...(variant.key.stated
			? {}
			: {
					hint: "Chanjing's page names only Pro; Not Sent leaves the choice to Chanjing",
				}),
		displayOptions: { show: { model: variant.codes } },
		routing: { send: { type: 'body', property: 'quality_mode' } },
	};
}

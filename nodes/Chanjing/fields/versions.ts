import type { INodeProperties } from 'n8n-workflow';

import { HAILUO_02_MODEL_CODE } from '../aiVideo/hailuo';
import { CUSTOM_MODEL, IMAGE_MODELS, VIDEO_MODELS } from '../aiCreation/models';

/**
 * Version 1 is the node as it was before the model choice; workflows saved with it keep their
 * parameters and send the same requests. Version 2 shows waiting as fields of its own, the
 * Creation ID as a resource locator and a Simplify switch, and offers the Image resource.
 */
export const NODE_VERSIONS = [1, 2];
export const LATEST_VERSION = 2;

/** The properties, shown only on one version of the node. */
export function onVersion(version: number, properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, '@version': [version] },
		},
	}));
}

export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

/** The Model choice of Generate: the models Chanjing's pages document, and Custom. */
export function modelField(kind: 'video' | 'image'): INodeProperties {
	const models = kind === 'video' ? VIDEO_MODELS : IMAGE_MODELS;
	const options = [
		...models.map((model) => ({
			name: model.name,
			value: model.code,
			description: `Model code ${model.code}`,
		})),
		{
			name: 'Custom',
			value: CUSTOM_MODEL,
			description: 'A model Chanjing added later: its code, and its fields as JSON',
		},
	].sort((a, b) => a.name.localeCompare(b.name));
	const defaultModel = kind === 'video' ? HAILUO_02_MODEL_CODE : IMAGE_MODELS[0].code;
	return {
		displayName: 'Model',
		name: 'model',
		type: 'options',
		noDataExpression: true,
		options,
		default: defaultModel,
		description:
			"Each model shows its own fields; the README's model table lists them with their sources",
	};
}

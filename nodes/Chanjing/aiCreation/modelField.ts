import type { INodeProperties } from 'n8n-workflow';

import type { AiModel } from './aiModel';
import { CUSTOM_MODEL } from './customModel';

/**
 * The Model choice of Generate: the models Chanjing's pages document, the default (the first)
 * and most used first, then Custom, for a model Chanjing adds later.
 */
export function modelField(models: AiModel[]): INodeProperties {
	const defaultModel = models[0].code;
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
	];
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

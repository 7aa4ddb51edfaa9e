import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idValidation } from '../fields/idLocator';
import { isBlank, show } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { isTaskId } from '../task/taskId';

/** The Avatar and Voice fields of the products that make a digital human speak. */

const ID_VALIDATION = idValidation('An ID');

export const avatarLocator: INodeProperties = {
	displayName: 'Avatar',
	name: 'avatar',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The digital human who speaks: one of Chanjing’s public avatars or one of your custom avatars (Avatar → Get Many lists both)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select an avatar…',
			typeOptions: { searchListMethod: 'searchAvatars', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f9',
			validation: ID_VALIDATION,
		},
	],
};

export function voiceLocator(description: string): INodeProperties {
	return {
		displayName: 'Voice',
		name: 'voice',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a voice…',
				typeOptions: { searchListMethod: 'searchVoices', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. C-Audio-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
				validation: ID_VALIDATION,
			},
		],
	};
}

/** The ID a resource locator holds (From List or By ID), as n8n resolved it. */
export function locatorValue(context: IExecuteSingleFunctions, name: string): unknown {
	return context.getNodeParameter(name, '', { extractValue: true });
}

/** An ID field's value: not empty, ID characters only. */
export function checkId(field: string, value: unknown): InputProblem | undefined {
	if (isBlank(value)) return { field, message: 'is empty; pick one From List or give its ID' };
	if (!isTaskId(value)) {
		return {
			field,
			message: `must be an ID (letters, digits, "-" and "_"), got ${show(value)}`,
		};
	}
	return undefined;
}

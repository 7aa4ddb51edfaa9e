import type { INodeProperties } from 'n8n-workflow';

/** The By ID mode's check: ID characters only, spaces around allowed. `anId`: "An avatar ID". */
export function idValidation(anId: string) {
	return [
		{
			type: 'regex' as const,
			properties: {
				regex: '^\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,127}\\s*$',
				errorMessage: `${anId} has letters, digits, "-" and "_" only`,
			},
		},
	];
}

/** What an ID locator asks for. */
export interface IdLocatorWords {
	/** The parameter: `avatarId`. */
	name: string;
	/** As the panel names it: `Avatar ID`. */
	displayName: string;
	/** The ID in a sentence: `An avatar ID`. */
	anId: string;
	/** The list search of From List: `searchCustomAvatars`. */
	searchListMethod: string;
	/** From List's placeholder: `Select a custom avatar…`. */
	listPlaceholder: string;
	/** By ID's placeholder: `e.g. C-0a1b…`. */
	idPlaceholder: string;
}

/** An ID of one of the account's records or tasks: picked From List, or given By ID. */
export function idLocator(words: IdLocatorWords, description: string): INodeProperties {
	return {
		displayName: words.displayName,
		name: words.name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: words.listPlaceholder,
				typeOptions: { searchListMethod: words.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: words.idPlaceholder,
				validation: idValidation(words.anId),
			},
		],
	};
}

/** From version 2: Get's Creation ID, picked from the newest tasks or given by ID. */
export function creationIdLocator(kind: 'video' | 'image'): INodeProperties {
	return {
		...idLocator(
			{
				name: 'creationId',
				displayName: 'Creation ID',
				anId: 'A creation ID',
				searchListMethod: kind === 'video' ? 'searchVideoTasks' : 'searchImageTasks',
				listPlaceholder: kind === 'image' ? 'Select an image task…' : 'Select a video task…',
				idPlaceholder: 'e.g. a60747d7-dc05-4afc-b2ef-ee4370ed53c6',
			},
			'The task to get: the creation ID that Generate output',
		),
		routing: { send: { type: 'query', property: 'unique_id' } },
	};
}

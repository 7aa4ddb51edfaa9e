import type { INodePropertyMode } from 'n8n-workflow';

import {
	creationIdLocator,
	idLocator,
	idValidation,
} from '../../../../nodes/Chanjing/fields/idLocator';

const WORDS = {
	name: 'thingId',
	displayName: 'Thing ID',
	anId: 'A thing ID',
	searchListMethod: 'searchThings',
	listPlaceholder: 'Select a thing…',
	idPlaceholder: 'e.g. t-1',
};

function byIdRegex(anId: string): RegExp {
	return new RegExp(idValidation(anId)[0].properties.regex);
}

describe('idValidation (By ID)', () => {
	it.each(['t-1', '  C-Audio-0a1b_2 ', 'a'.repeat(128)])('lets %j through', (id) => {
		expect(byIdRegex('An ID').test(id)).toBe(true);
	});

	it.each(['', '-t', 'a/b', 'a b', 'a'.repeat(129)])('refuses %j', (id) => {
		expect(byIdRegex('An ID').test(id)).toBe(false);
	});

	it('says what an ID has, in the words given', () => {
		expect(idValidation('A voice ID')[0].properties.errorMessage).toBe(
			'A voice ID has letters, digits, "-" and "_" only',
		);
	});
});

describe('idLocator', () => {
	it('From List with the search, By ID with the check, the description given', () => {
		const field = idLocator(WORDS, 'The thing to get');
		expect(field).toMatchObject({
			displayName: 'Thing ID',
			name: 'thingId',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: 'The thing to get',
		});
		const [list, byId] = field.modes as INodePropertyMode[];
		expect(list).toEqual({
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a thing…',
			typeOptions: { searchListMethod: 'searchThings', searchable: true },
		});
		expect(byId).toEqual({
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. t-1',
			validation: idValidation('A thing ID'),
		});
	});

	it('creationIdLocator: the task searches of AI video and image, sent as unique_id', () => {
		const video = creationIdLocator('video');
		const image = creationIdLocator('image');
		expect(video.modes?.[0].typeOptions?.searchListMethod).toBe('searchVideoTasks');
		expect(image.modes?.[0]).toMatchObject({
			placeholder: 'Select an image task…',
			typeOptions: { searchListMethod: 'searchImageTasks' },
		});
		expect(video.routing).toEqual({ send: { type: 'query', property: 'unique_id' } });
		expect(video.modes?.[1].validation).toEqual(idValidation('A creation ID'));
	});
});

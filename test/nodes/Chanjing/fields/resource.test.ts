import { type ChanjingResource, resourceField } from '../../../../nodes/Chanjing/fields/resource';

const resource = (name: string, value: string): ChanjingResource => ({
	name,
	value,
	properties: [],
});

describe('resourceField', () => {
	it('lists the resources by name in alphabetical order, as n8n lists options', () => {
		const field = resourceField(
			[resource('Video', 'video'), resource('Image', 'image'), resource('Avatar', 'avatar')],
			'video',
		);

		expect(field).toEqual({
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Avatar', value: 'avatar' },
				{ name: 'Image', value: 'image' },
				{ name: 'Video', value: 'video' },
			],
			default: 'video',
		});
	});
});

import type { INodeProperties } from 'n8n-workflow';

import {
	LATEST_VERSION,
	NODE_VERSIONS,
	onVersion,
	optionsCollection,
} from '../../../../nodes/Chanjing/fields/versions';

const PROMPT: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	default: '',
	displayOptions: { show: { operation: ['generate'] }, hide: { mode: ['custom'] } },
};

describe('onVersion', () => {
	it('shows each property on one version, keeping its own conditions', () => {
		const [shown] = onVersion(2, [PROMPT]);

		expect(shown.displayOptions).toEqual({
			show: { operation: ['generate'], '@version': [2] },
			hide: { mode: ['custom'] },
		});
		expect(shown).toMatchObject({ name: 'prompt', type: 'string', default: '' });
	});

	it('adds a condition to a property without one, and leaves the original as it was', () => {
		const bare: INodeProperties = { displayName: 'X', name: 'x', type: 'string', default: '' };

		expect(onVersion(1, [bare])[0].displayOptions).toEqual({ show: { '@version': [1] } });
		expect(bare).not.toHaveProperty('displayOptions');
		expect(PROMPT.displayOptions?.show).not.toHaveProperty('@version');
	});

	it('the latest version is the last of the versions', () => {
		expect(NODE_VERSIONS.at(-1)).toBe(LATEST_VERSION);
	});
});

describe('optionsCollection', () => {
	it('is the Options collection with the given options', () => {
		expect(optionsCollection([PROMPT])).toEqual({
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [PROMPT],
		});
	});
});

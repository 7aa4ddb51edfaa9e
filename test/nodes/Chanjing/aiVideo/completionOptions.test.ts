import type { INodeProperties } from 'n8n-workflow';

import { completionOptions } from '../../../../nodes/Chanjing/aiVideo/completionOptions';
import { description as generatePanel } from '../../../../nodes/Chanjing/aiVideo/generate.operation';
import { description as getPanel } from '../../../../nodes/Chanjing/aiVideo/get.operation';
import { waitSettingFields } from '../../../../nodes/Chanjing/fields/completionFields';

/**
 * Version 1's Options of AI Video → Generate and Get: wait for the video and download it, under
 * the names saved version 1 workflows keep. (What waiting and downloading do: completion/.)
 */
const names = (properties: INodeProperties[]) => properties.map((property) => property.name);

function optionsOf(panel: INodeProperties[], version: number): INodeProperties | undefined {
	return panel.find(
		(property) =>
			property.name === 'options' &&
			(property.displayOptions?.show?.['@version'] as number[] | undefined)?.includes(version),
	);
}

describe('completionOptions', () => {
	it('the names version 1 workflows saved, listed by display name as a collection lists them', () => {
		expect(new Set(names(completionOptions))).toEqual(
			new Set([
				'binaryPropertyName',
				'downloadVideo',
				'waitForCompletion',
				...names(waitSettingFields),
			]),
		);
		const shown = completionOptions.map((property) => property.displayName);
		expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)));
		expect(shown[0]).toBe('Binary Property');
		expect(shown.at(-1)).toBe('Wait for Completion');
	});

	it('the wait settings are the bounded ones both versions share, with no condition of their own', () => {
		for (const field of waitSettingFields) {
			expect(completionOptions).toContain(field);
		}
		for (const property of completionOptions) {
			expect(property.displayOptions).toBeUndefined();
		}
	});

	it('nothing waits or downloads unless asked; the video goes to "data" by default', () => {
		const byName = Object.fromEntries(completionOptions.map((p) => [p.name, p]));
		expect(byName.waitForCompletion).toMatchObject({ type: 'boolean', default: false });
		expect(byName.downloadVideo).toMatchObject({ type: 'boolean', default: false });
		expect(byName.binaryPropertyName).toMatchObject({ type: 'string', default: 'data' });
		for (const property of completionOptions.filter((p) => p.type === 'boolean')) {
			expect(property.description).toMatch(/^Whether /);
		}
	});
});

describe('where version 1 offers them', () => {
	it.each([
		['Get', getPanel],
		['Generate', generatePanel],
	])(
		'%s: in an Options collection shown on version 1; version 2 has its own fields for them',
		(_operation, panel) => {
			const options = optionsOf(panel, 1);
			expect(options?.type).toBe('collection');
			expect(options?.default).toEqual({});
			for (const option of completionOptions) {
				expect(options?.options).toContain(option);
			}
			const version2 = optionsOf(panel, 2)?.options ?? [];
			for (const option of completionOptions) {
				expect(version2).not.toContain(option);
			}
		},
	);
});

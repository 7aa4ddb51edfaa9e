import type { INodePropertyModeValidation } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { creationIdLocator } from '../../../../nodes/Chanjing/fields/idLocator';
import { isTaskId } from '../../../../nodes/Chanjing/task/taskId';

/** Get's Creation ID (version 2): From List searches the node has, By ID checked as the item is. */
const node = new Chanjing();

describe('creationIdLocator', () => {
	it.each([
		['video', 'searchVideoTasks'],
		['image', 'searchImageTasks'],
	] as const)('%s: From List calls %s, a list search the node has', (kind, method) => {
		const list = creationIdLocator(kind).modes?.find((mode) => mode.name === 'list');
		expect(list?.typeOptions?.searchListMethod).toBe(method);
		expect(typeof node.methods?.listSearch?.[method]).toBe('function');
	});

	it('By ID lets through what the item check takes as a task ID, and nothing else', () => {
		const byId = creationIdLocator('video').modes?.find((mode) => mode.name === 'id');
		const [rule] = byId?.validation as INodePropertyModeValidation[];
		const regex = new RegExp((rule as { properties: { regex: string } }).properties.regex);
		const values = [
			'a60747d7-dc05-4afc-b2ef-ee4370ed53c6',
			' a60747d7 ',
			'C-Audio-1',
			'-a',
			'a/b',
			'a b',
			'x'.repeat(128),
			'x'.repeat(129),
			'',
		];
		expect(values.map((value) => regex.test(value))).toEqual(
			values.map((value) => isTaskId(value)),
		);
	});
});

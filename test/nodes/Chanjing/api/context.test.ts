import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { itemIndexOf } from '../../../../nodes/Chanjing/api/context';
import { itemContext } from '../../../helpers/item-context';

describe('itemIndexOf', () => {
	it('the item of an operation’s hook', () => {
		expect(itemIndexOf(itemContext({ itemIndex: 4 }))).toBe(4);
		expect(itemIndexOf(itemContext({ itemIndex: 0 }))).toBe(0);
	});

	it('none in the panel (a list search has no item)', () => {
		const panel = {
			getNode: () => ({}),
			getTimezone: () => 'UTC',
		} as unknown as ILoadOptionsFunctions;
		expect(itemIndexOf(panel)).toBeUndefined();
	});
});

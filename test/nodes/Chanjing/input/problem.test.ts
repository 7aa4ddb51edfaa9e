import type { IExecuteSingleFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { badInputError } from '../../../../nodes/Chanjing/input/problem';

const node = { id: 'n', name: 'Chanjing', type: 'n8n-nodes-chanjing.chanjing' } as INode;

/** The two things badInputError reads of an item's context. */
function itemContext(itemIndex: number): IExecuteSingleFunctions {
	return { getNode: () => node, getItemIndex: () => itemIndex } as IExecuteSingleFunctions;
}

describe('badInputError', () => {
	it('names the field first, says nothing was sent and how to fix it, for the item', () => {
		const error = badInputError(itemContext(2), {
			field: 'Clarity',
			message: 'must be 720p or 1080p for Hailuo 02, got 999',
		});

		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Clarity must be 720p or 1080p for Hailuo 02, got 999');
		expect(error.description).toBe(
			"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Clarity'.",
		);
		expect(error.context.itemIndex).toBe(2);
		expect(error.node).toBe(node);
	});
});

import { NodeOperationError } from 'n8n-workflow';

import { badInputError } from '../../../../nodes/Chanjing/input/problem';
import { itemContext } from '../../../helpers/item-context';

describe('badInputError', () => {
	it('names the field first, says nothing was sent and how to fix it, for the item', () => {
		const context = itemContext({ itemIndex: 2 });
		const error = badInputError(context, {
			field: 'Clarity',
			message: 'must be 720p or 1080p for Hailuo 02, got 999',
		});

		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Clarity must be 720p or 1080p for Hailuo 02, got 999');
		expect(error.description).toBe(
			"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Clarity'.",
		);
		expect(error.context.itemIndex).toBe(2);
		expect(error.node).toBe(context.getNode());
	});
});

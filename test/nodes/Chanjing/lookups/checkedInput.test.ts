import { NodeOperationError } from 'n8n-workflow';

import { checkedInputError } from '../../../../nodes/Chanjing/lookups/checkedInput';
import { itemContext } from '../../../helpers/item-context';

describe('checkedInputError', () => {
	it('names the field and the problem, the item, and that only lists were read', () => {
		const error = checkedInputError(itemContext({ itemIndex: 4 }), {
			field: 'Voice',
			message: '"voice-404" is none of the voices',
		});
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: 'Voice "voice-404" is none of the voices',
			context: { itemIndex: 4 },
			description:
				"Nothing was created for this item: the node only read Chanjing's lists of avatars and voices to check it. Fix the value in the parameter 'Voice'.",
		});
	});
});

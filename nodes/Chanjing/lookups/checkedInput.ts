import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { InputProblem } from '../input/problem';

/**
 * The error of an item stopped after the node read Chanjing's lookup lists to check it (an
 * avatar or voice the account does not have, 4K on an avatar without it): the field and what is
 * allowed. Only lists were read; nothing was created.
 */
export function checkedInputError(
	context: IExecuteSingleFunctions,
	problem: InputProblem,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${problem.field} ${problem.message}`, {
		itemIndex: context.getItemIndex(),
		description: `Nothing was created for this item: the node only read Chanjing's lists of avatars and voices to check it. Fix the value in the parameter '${problem.field}'.`,
	});
}

import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The error of an item stopped before anything was sent: the field and what is allowed. */
export function badInputError(
	context: IExecuteSingleFunctions,
	problem: InputProblem,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${problem.field} ${problem.message}`, {
		itemIndex: context.getItemIndex(),
		description: `Nothing was sent to Chanjing for this item. Fix the value in the parameter '${problem.field}'.`,
	});
}

/** A bad value, named the way the UI names the field. */
export interface InputProblem {
	field: string;
	message: string;
}

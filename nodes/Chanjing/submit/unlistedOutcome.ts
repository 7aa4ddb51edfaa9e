import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';

/**
 * The error of a create whose outcome is unknown when Chanjing keeps no list of the product's
 * tasks (speech): a paid task may exist and cannot be looked up, so the item fails and is not
 * sent again; the user is told what to look for before running it once more.
 */
export function unlistedOutcomeError(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	body: IDataObject,
	sentAtMs: number,
	why: string,
): NodeOperationError {
	const lookup = adapter.reconcile;
	return new NodeOperationError(
		ctx.getNode(),
		`A paid ${adapter.taskName} may exist: ${why}, and Chanjing keeps no list to check it in`,
		{
			itemIndex: ctx.getItemIndex(),
			description: `${lookup.unlisted ?? ''} The node did not send it again. Running this item again may pay twice: check your Chanjing console (or Account → Get Balance) for ${lookup.lookFor(body)} made after ${new Date(sentAtMs).toISOString()} first.`,
		},
	);
}

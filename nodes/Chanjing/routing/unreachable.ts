import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { baseUrlOf, CREDENTIAL_TYPE, DEFAULT_BASE_URL } from '../api/credential';

/** The error for a Base URL where nothing answers (connection refused, unknown host). */
export async function unreachableBaseUrlError(
	ctx: IExecuteSingleFunctions,
	error: Error,
): Promise<NodeOperationError> {
	let baseUrl = DEFAULT_BASE_URL;
	try {
		baseUrl = baseUrlOf(await ctx.getCredentials(CREDENTIAL_TYPE));
	} catch {
		// the credential could not be read: the default host is named
	}
	return new NodeOperationError(
		ctx.getNode(),
		`The Chanjing API at ${baseUrl} could not be reached (${error.message})`,
		{
			itemIndex: ctx.getItemIndex(),
			description:
				"Nothing was sent to Chanjing, so running the item again is safe. Check the field 'Base URL' of the 'Chanjing API' credential and the network between n8n and that host.",
		},
	);
}

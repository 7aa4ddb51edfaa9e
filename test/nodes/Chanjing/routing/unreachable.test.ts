import { NodeOperationError } from 'n8n-workflow';

import { unreachableBaseUrlError } from '../../../../nodes/Chanjing/routing/unreachable';
import { itemContext } from '../../../helpers/item-context';

/** n8n-core's words for ECONNREFUSED, as its request helpers throw it (the code is in httpCode). */
const REFUSED = new Error('The service refused the connection - perhaps it is offline');

describe('unreachableBaseUrlError', () => {
	it('names the credential’s Base URL and the reason, and says a new try is safe', async () => {
		const error = await unreachableBaseUrlError(
			itemContext({
				itemIndex: 2,
				credentials: { accessToken: 't', baseUrl: ' http://127.0.0.1:9/ ' },
			}),
			REFUSED,
		);

		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe(
			'The Chanjing API at http://127.0.0.1:9 could not be reached (The service refused the connection - perhaps it is offline)',
		);
		expect(error.description).toMatch(
			/^Nothing was sent to Chanjing, so running the item again is safe\./,
		);
		expect(error.description).toMatch(/field 'Base URL'/);
		expect(error.context.itemIndex).toBe(2);
	});

	it('an empty Base URL is Chanjing’s own host', async () => {
		const error = await unreachableBaseUrlError(
			itemContext({ credentials: { accessToken: 't', baseUrl: '' } }),
			REFUSED,
		);

		expect(error.message).toMatch(
			/^The Chanjing API at https:\/\/open-api\.chanjing\.cc could not/,
		);
	});

	it('a credential that cannot be read: Chanjing’s own host is named', async () => {
		const error = await unreachableBaseUrlError(
			itemContext({ credentials: new Error('credential deleted') }),
			REFUSED,
		);

		expect(error.message).toMatch(
			/^The Chanjing API at https:\/\/open-api\.chanjing\.cc could not/,
		);
	});
});

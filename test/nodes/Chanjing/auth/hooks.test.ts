import nock from 'nock';
import type { IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { prepareAccessToken, retryOnRejectedToken } from '../../../../nodes/Chanjing/auth/hooks';
import { itemMemory } from '../../../../nodes/Chanjing/memory/itemMemory';
import {
	appCredentialWithToken,
	expectNoSecrets,
	expectTokenRequest,
	TOKEN_A,
	TOKEN_B,
} from '../../../helpers/app-credential';
import { envelope } from '../../../helpers/chanjing-api';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * The routed requests' token hooks (auth/hooks.ts) in n8n-core's own item context. n8n's
 * RoutingNode runs preSend with the custom-request hook's derived context and postReceive with
 * the item's: both reach one item memory (memory/itemMemory.ts).
 */
const DETAIL_PATH = '/open/v1/ai_creation/task';

function detailRequest(): IHttpRequestOptions {
	return { method: 'GET', url: DETAIL_PATH, qs: { unique_id: 'c-1' }, json: true };
}

function derivedFrom(itemContext: object): object {
	return Object.create(itemContext, { makeRoutingRequest: { value: async () => [] } });
}

function answer(body: object): IN8nHttpFullResponse {
	return { body, headers: {}, statusCode: 200 };
}

describe('prepareAccessToken (preSend, last)', () => {
	it("points the request at the credential's Base URL and keeps it as sent", async () => {
		const { context } = chanjingSingleContext({
			accessToken: TEST_TOKEN,
			baseUrl: 'https://proxy.example.com/ ',
		});
		const options = detailRequest();

		const prepared = await prepareAccessToken.call(context, options);

		expect(prepared).toBe(options);
		expect(prepared.baseURL).toBe('https://proxy.example.com');
		// Access Token mode: no token of the node's own to replace later
		expect(itemMemory(context).sentRequest).toEqual({ options, token: '' });
	});

	it('with App ID and Secret Key keeps the saved token the request goes with; no token request', async () => {
		const { context } = chanjingSingleContext(appCredentialWithToken());

		await prepareAccessToken.call(context, detailRequest());

		expect(itemMemory(context).sentRequest?.token).toBe(TOKEN_A);
	});

	it('an unusable Base URL stops the item before any request', async () => {
		const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: 'ftp://x/' });

		await expect(prepareAccessToken.call(context, detailRequest())).rejects.toThrow(
			"The Base URL in the 'Chanjing API' credential must start with https://",
		);
		expect(itemMemory(context).sentRequest).toBeUndefined();
	});
});

describe('retryOnRejectedToken (postReceive, before the error gate)', () => {
	const items = [{ json: { code: 10400 } }];

	it('passes any other answer on untouched', async () => {
		const { context } = chanjingSingleContext(appCredentialWithToken());
		await prepareAccessToken.call(derivedFrom(context) as typeof context, detailRequest());
		const response = answer(envelope(40000, null, '参数错误'));

		await expect(retryOnRejectedToken.call(context, items, response)).resolves.toBe(items);
		expect(response.body).toEqual(envelope(40000, null, '参数错误'));
	});

	it('re-sends the request as sent, once, with a new token, and gives its answer', async () => {
		const { context } = chanjingSingleContext(appCredentialWithToken());
		// the custom-request hook's context, as n8n's RoutingNode derives it
		await prepareAccessToken.call(derivedFrom(context) as typeof context, {
			...detailRequest(),
			baseURL: TEST_BASE_URL,
		});
		const token = expectTokenRequest();
		const resent = nock(TEST_BASE_URL, { reqheaders: { access_token: TOKEN_B } })
			.get(DETAIL_PATH)
			.query({ unique_id: 'c-1' })
			.reply(200, envelope(0, { unique_id: 'c-1' }, 'success', 'tr-2'));
		const response = answer(envelope(10400, null, 'AccessToken 验证失败'));

		const result = await retryOnRejectedToken.call(context, items, response);

		expect(token.isDone()).toBe(true);
		expect(resent.isDone()).toBe(true);
		expect(result).toEqual([{ json: envelope(0, { unique_id: 'c-1' }, 'success', 'tr-2') }]);
		expect(response).toMatchObject({ statusCode: 200, body: result[0].json });
		expect(itemMemory(context).sentRequest).toBeUndefined();
		expectNoSecrets(result);
	});

	it('a second rejection of the same item is not re-sent again (the request is forgotten)', async () => {
		const { context } = chanjingSingleContext(appCredentialWithToken());
		const response = answer(envelope(10400, null, 'AccessToken 验证失败'));

		await expect(retryOnRejectedToken.call(context, items, response)).resolves.toBe(items);
	});

	it('in Access Token mode there is nothing to renew: the answer goes on to the error gate', async () => {
		const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
		await prepareAccessToken.call(context, detailRequest());
		const response = answer(envelope(10400, null, 'AccessToken 验证失败'));

		await expect(retryOnRejectedToken.call(context, items, response)).resolves.toBe(items);
		expect(response.body).toEqual(envelope(10400, null, 'AccessToken 验证失败'));
		expect(itemMemory(context).sentRequest).toBeUndefined();
	});
});

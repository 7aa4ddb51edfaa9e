import nock from 'nock';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { obtainAccessToken } from '../../../../nodes/Chanjing/auth/token';
import {
	appCredential,
	expectNoSecrets,
	expectTokenRequest,
	nowS,
	SECRET_KEY,
	TOKEN_B,
	CREDENTIAL_EXCHANGE_PATH,
} from '../../../helpers/app-credential';
import { envelope } from '../../../helpers/chanjing-api';
import { TEST_BASE_URL } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/** The credential's preAuthentication, called the way n8n calls it: with n8n-core's request helpers. */
async function obtain(credentials: ICredentialDataDecryptedObject) {
	const { context } = chanjingSingleContext(credentials);
	return await obtainAccessToken.call({ helpers: context.helpers }, credentials);
}

async function obtainError(credentials: ICredentialDataDecryptedObject) {
	const error = await obtain(credentials).then(
		() => undefined,
		(e: unknown) => e as Error & { description?: string },
	);
	expect(error).toBeDefined();
	expectNoSecrets(error);
	return error!;
}

describe('obtainAccessToken (the credential preAuthentication)', () => {
	it('posts App ID and Secret Key and returns the token, its expiry and whom it was issued for', async () => {
		const expiry = nowS() + 86_400;
		const scope = expectTokenRequest(envelope(0, { access_token: TOKEN_B, expire_in: expiry }));

		await expect(obtain(appCredential())).resolves.toEqual({
			sessionToken: TOKEN_B,
			sessionTokenExpiresAt: expiry,
			sessionTokenIssuedFor: `${TEST_BASE_URL} app-id-7Hq2`,
		});
		expect(scope.isDone()).toBe(true);
	});

	it('uses the Base URL without its trailing slash', async () => {
		const scope = nock('http://127.0.0.1:9999')
			.post(CREDENTIAL_EXCHANGE_PATH)
			.reply(200, envelope(0, { access_token: TOKEN_B, expire_in: nowS() + 60 }));

		await obtain(appCredential({ baseUrl: 'http://127.0.0.1:9999/' }));
		expect(scope.isDone()).toBe(true);
	});

	it('returns nothing to save in token mode, with no request', async () => {
		await expect(
			obtain({ authentication: 'accessToken', accessToken: 't', baseUrl: TEST_BASE_URL }),
		).resolves.toEqual({});
		await expect(
			obtain({
				authentication: 'appIdAndSecretKey',
				appId: '',
				accessToken: 't',
				baseUrl: TEST_BASE_URL,
			}),
		).resolves.toEqual({});
	});

	it('calls at the same moment for one app share one token request', async () => {
		const scope = expectTokenRequest();
		const credentials = appCredential();
		const { context } = chanjingSingleContext(credentials);
		const helper = { helpers: context.helpers };

		const results = await Promise.all(
			[1, 2, 3].map(() => obtainAccessToken.call(helper, credentials)),
		);

		expect(results.map((result) => result.sessionToken)).toEqual([TOKEN_B, TOKEN_B, TOKEN_B]);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		[
			'a wrong App ID or Secret Key (40000)',
			envelope(40000, null, 'app_id or secret_key error'),
			200,
			'Chanjing API credential: could not obtain an access token: Chanjing rejected the App ID or Secret Key (code 40000: app_id or secret_key error)',
			/Check the App ID and Secret Key in the 'Chanjing API' credential/,
		],
		[
			'an internal error (50000)',
			envelope(50000, null, 'internal'),
			200,
			'Chanjing API credential: could not obtain an access token: Chanjing had an internal error (code 50000: internal)',
			/retry in a minute/,
		],
		[
			'HTTP 502 from a proxy',
			'<html>Bad Gateway</html>',
			502,
			'Chanjing API credential: could not obtain an access token: Chanjing answered HTTP 502 without its JSON envelope',
			/Chanjing or a proxy in between failed.*Check the Base URL/,
		],
		[
			'an answer without a token',
			envelope(0, {}),
			200,
			'Chanjing API credential: could not obtain an access token: Chanjing answered without an access token',
			/Check the App ID and Secret Key/,
		],
	])(
		'%s is an error naming the credential',
		async (_name, answer, status, message, description) => {
			expectTokenRequest(answer as object, status);

			const error = await obtainError(appCredential());

			expect(error.message).toBe(message);
			expect(error.description).toMatch(description);
		},
	);

	it('a Chanjing message that repeats the Secret Key does not show it', async () => {
		expectTokenRequest(envelope(40000, null, `secret_key ${SECRET_KEY} is wrong`));

		const error = await obtainError(appCredential());

		expect(error.message).toContain('secret_key *** is wrong');
	});

	it('an unreachable host is an error naming the credential, without the request it was about', async () => {
		nock(TEST_BASE_URL)
			.post(CREDENTIAL_EXCHANGE_PATH)
			.replyWithError(`socket hang up near ${SECRET_KEY}`);

		const error = await obtainError(appCredential());

		expect(error.message).toMatch(
			/^Chanjing API credential: could not obtain an access token: https:\/\/open-api\.chanjing\.cc could not be reached \(/,
		);
		expect(error.description).toMatch(/Check the Base URL/);
	});

	it('an empty App ID or Secret Key is an error with no request', async () => {
		const error = await obtainError(appCredential({ secretKey: '' }));

		expect(error.message).toBe(
			'Chanjing API credential: could not obtain an access token: the App ID or the Secret Key is empty',
		);
	});
});

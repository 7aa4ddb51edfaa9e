import nock from 'nock';

import { renewalTiming } from '../../../../nodes/Chanjing/auth/renewal';
import {
	APP_ID,
	appCredential,
	appCredentialWithToken,
	expectTokenCheck,
	expectTokenRequest,
	knownShared,
	nowS,
	runWithoutSecrets,
	SECRET_KEY,
	TOKEN_A,
	TOKEN_B,
	TOKEN_C,
} from '../../../helpers/app-credential';
import { TestCredentialsHelper } from '../../../helpers/credentials-helper';
import { envelope, expectSubmit, TEXT_BODY } from '../../../helpers/chanjing-api';
import { CREDENTIAL_ID, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { SUBMIT_PATH } from '../../../../nodes/Chanjing/aiCreation/paths';

/** Expects `times` submits of the text body with `token`, each answered with `answer`. */
function expectSubmits(times: number, answer: object, token: string): nock.Scope {
	return nock(TEST_BASE_URL, { reqheaders: { access_token: token } })
		.post(SUBMIT_PATH, (sent) => {
			expect(sent).toEqual(TEXT_BODY);
			return true;
		})
		.times(times)
		.reply(200, answer);
}

const rejected = envelope(10400, null, 'AccessToken 验证失败', 'tr-10400');

describe('App ID and Secret Key: the token n8n obtains and saves', () => {
	it('obtains a token on first use, saves it with its expiry, then sends the request with it', async () => {
		const expiry = nowS() + 86_400;
		const token = expectTokenRequest(envelope(0, { access_token: TOKEN_B, expire_in: expiry }));
		const check = expectTokenCheck(TOKEN_B);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { items, error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredential(),
		});

		expect(error).toBeUndefined();
		expect(items?.map((item) => item.json)).toEqual([
			{ creationId: 'creation-1', traceId: 'trace-1' },
		]);
		expect(token.isDone() && check.isDone() && submit.isDone()).toBe(true);
		expect(credentialsHelper.stored.get(CREDENTIAL_ID)).toMatchObject({
			appId: APP_ID,
			secretKey: SECRET_KEY,
			sessionToken: TOKEN_B,
			sessionTokenExpiresAt: expiry,
			sessionTokenIssuedFor: `${TEST_BASE_URL} ${APP_ID}`,
		});
		expect(credentialsHelper.updates.map((update) => update.data.sessionToken)).toEqual([TOKEN_B]);
	});

	it('reuses a saved token that is valid for more than five minutes, with no token request', async () => {
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_A);

		const { items, error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredentialWithToken({ sessionTokenExpiresAt: nowS() + 400 }),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-1');
		expect(submit.isDone()).toBe(true);
		expect(credentialsHelper.updates).toEqual([]);
	});

	it('the next execution uses the token the first one saved', async () => {
		expectTokenRequest();
		expectTokenCheck(TOKEN_B);
		expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);
		const first = await runWithoutSecrets({ credentials: appCredential() });
		expect(first.error).toBeUndefined();

		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-2'), TOKEN_B);
		const second = await runWithoutSecrets({ credentialsHelper: first.credentialsHelper });

		expect(second.items?.[0].json.creationId).toBe('creation-2');
		expect(submit.isDone()).toBe(true);
		expect(second.credentialsHelper.updates).toHaveLength(1);
	});

	it('replaces a token that expires within five minutes before the request', async () => {
		const token = expectTokenRequest();
		const check = expectTokenCheck(TOKEN_B);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { items, error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredentialWithToken({ sessionTokenExpiresAt: nowS() + 120 }),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-1');
		expect(token.isDone() && check.isDone() && submit.isDone()).toBe(true);
		expect(credentialsHelper.stored.get(CREDENTIAL_ID)?.sessionToken).toBe(TOKEN_B);
	});

	it('replaces a saved token that was issued for another App ID (the credential was edited)', async () => {
		const token = expectTokenRequest();
		expectTokenCheck(TOKEN_B);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { error } = await runWithoutSecrets({
			credentials: appCredentialWithToken({
				sessionTokenIssuedFor: `${TEST_BASE_URL} another-app`,
			}),
		});

		expect(error).toBeUndefined();
		expect(token.isDone() && submit.isDone()).toBe(true);
	});

	it('five items on first use cause one token request', async () => {
		const token = expectTokenRequest();
		expectTokenCheck(TOKEN_B);
		const submit = expectSubmits(5, envelope(0, 'creation-1'), TOKEN_B);

		const { items, error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredential(),
			items: [{}, {}, {}, {}, {}],
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		expect(token.isDone() && submit.isDone()).toBe(true);
		expect(credentialsHelper.updates).toHaveLength(1);
	});
});

describe('App ID and Secret Key: a token Chanjing rejects (10400/10401)', () => {
	it.each([10400, 10401])(
		'code %s: obtains a new token once, saves it and re-sends that request once',
		async (code) => {
			const first = expectSubmit(TEXT_BODY, envelope(code, null, 'AccessToken 验证失败'), TOKEN_A);
			const token = expectTokenRequest();
			const retry = expectSubmit(
				TEXT_BODY,
				envelope(0, 'creation-9', 'success', 'trace-9'),
				TOKEN_B,
			);

			const { items, error, credentialsHelper } = await runWithoutSecrets({
				credentials: appCredentialWithToken(),
			});

			expect(error).toBeUndefined();
			expect(items?.map((item) => item.json)).toEqual([
				{ creationId: 'creation-9', traceId: 'trace-9' },
			]);
			expect(first.isDone() && token.isDone() && retry.isDone()).toBe(true);
			expect(credentialsHelper.stored.get(CREDENTIAL_ID)?.sessionToken).toBe(TOKEN_B);
			expect(credentialsHelper.updates).toHaveLength(1);
		},
	);

	it('five items that all see 10400 cause one token request, and each is re-sent once', async () => {
		const first = expectSubmits(5, rejected, TOKEN_A);
		const token = expectTokenRequest();
		const retry = expectSubmits(5, envelope(0, 'creation-ok'), TOKEN_B);

		const { items, error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredentialWithToken(),
			items: [{}, {}, {}, {}, {}],
		});

		expect(error).toBeUndefined();
		expect(items?.map((item) => item.json.creationId)).toEqual(Array(5).fill('creation-ok'));
		expect(first.isDone() && token.isDone() && retry.isDone()).toBe(true);
		expect(credentialsHelper.updates).toHaveLength(1);
	});

	it('a second 10400 right after the new token is an error that says so', async () => {
		expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		expectTokenRequest();
		expectSubmit(TEXT_BODY, envelope(10400, null, 'AccessToken 验证失败', 'tr-again'), TOKEN_B);

		const { items, error } = await runWithoutSecrets({ credentials: appCredentialWithToken() });

		expect(items).toBeUndefined();
		expect(error).toMatchObject({
			message:
				'Chanjing rejected the access token again (code 10400), right after the node obtained a new one',
			description: expect.stringContaining('trace_id tr-again'),
		});
	});

	it('for a credential known to be shared, looks at the saved credential again after a pause, and renews only when it still holds the rejected token', async () => {
		knownShared();
		const reads: string[] = [];
		const credentialsHelper = new TestCredentialsHelper();
		renewalTiming.pause = async () => {
			reads.push(String(credentialsHelper.stored.get(CREDENTIAL_ID)?.sessionToken));
		};
		expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		const token = expectTokenRequest();
		const retry = expectSubmit(TEXT_BODY, envelope(0, 'creation-9'), TOKEN_B);

		const { error } = await runWithoutSecrets({
			credentialsHelper,
			credentials: appCredentialWithToken(),
		});

		expect(error).toBeUndefined();
		expect(reads).toEqual([TOKEN_A]);
		expect(token.isDone() && retry.isDone()).toBe(true);
	});
});

describe('App ID and Secret Key: several n8n processes (queue-mode workers) share the credential', () => {
	beforeEach(knownShared);

	it('another worker saved a new token while this one paused: re-sent with it, no token request', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		renewalTiming.pause = async () => {
			credentialsHelper.stored.get(CREDENTIAL_ID)!.sessionToken = TOKEN_C;
		};
		const first = expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		const retry = expectSubmit(TEXT_BODY, envelope(0, 'creation-9'), TOKEN_C);

		const { items, error } = await runWithoutSecrets({
			credentialsHelper,
			credentials: appCredentialWithToken(),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-9');
		expect(first.isDone() && retry.isDone()).toBe(true);
		expect(credentialsHelper.updates).toEqual([]);
	});

	it('another worker renewed right after this one: the re-sent request goes once more with its token, no second renewal', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		const first = expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		const token = expectTokenRequest();
		// Our new token B reached Chanjing after the other worker's C had replaced it.
		const killed = nock(TEST_BASE_URL, { reqheaders: { access_token: TOKEN_B } })
			.post(SUBMIT_PATH, (sent) => {
				expect(sent).toEqual(TEXT_BODY);
				credentialsHelper.stored.get(CREDENTIAL_ID)!.sessionToken = TOKEN_C;
				return true;
			})
			.reply(200, rejected);
		const third = expectSubmit(TEXT_BODY, envelope(0, 'creation-9'), TOKEN_C);

		const { items, error } = await runWithoutSecrets({
			credentialsHelper,
			credentials: appCredentialWithToken(),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-9');
		expect(first.isDone() && token.isDone() && killed.isDone() && third.isDone()).toBe(true);
		expect(credentialsHelper.updates.map((u) => u.data.sessionToken)).toEqual([TOKEN_B]);
	});

	it("another worker's token rejected in turn (revoked again) leads to one more renewal, this time with a token request", async () => {
		const credentialsHelper = new TestCredentialsHelper();
		let pauses = 0;
		renewalTiming.pause = async () => {
			pauses += 1;
			if (pauses === 1) credentialsHelper.stored.get(CREDENTIAL_ID)!.sessionToken = TOKEN_C;
		};
		const first = expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		const revoked = expectSubmit(TEXT_BODY, rejected, TOKEN_C);
		const token = expectTokenRequest();
		const retry = expectSubmit(TEXT_BODY, envelope(0, 'creation-9'), TOKEN_B);

		const { items, error } = await runWithoutSecrets({
			credentialsHelper,
			credentials: appCredentialWithToken(),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-9');
		expect(pauses).toBe(2);
		expect([first, revoked, token, retry].every((scope) => scope.isDone())).toBe(true);
		expect(credentialsHelper.updates.map((u) => u.data.sessionToken)).toEqual([TOKEN_B]);
	});

	it('a token rejected although no other worker saved a newer one is an error, after one renewal', async () => {
		expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		const token = expectTokenRequest();
		expectSubmit(TEXT_BODY, envelope(10401, null, 'AccessToken 验证失败', 'tr-again'), TOKEN_B);

		const { error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredentialWithToken(),
		});

		expect(error?.message).toBe(
			'Chanjing rejected the access token again (code 10401), right after the node obtained a new one',
		);
		expect(token.isDone()).toBe(true);
		expect(credentialsHelper.updates).toHaveLength(1);
	});
});

describe('App ID and Secret Key: other answers', () => {
	it('never re-sends a request for another code', async () => {
		const submit = expectSubmit(TEXT_BODY, envelope(40000, null, 'bad'), TOKEN_A);

		const { error } = await runWithoutSecrets({ credentials: appCredentialWithToken() });

		expect(error?.message).toMatch(/rejected a parameter \(code 40000/);
		expect(submit.isDone()).toBe(true);
	});

	it('a token endpoint that refuses during the renewal fails with the credential error', async () => {
		expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		expectTokenRequest(envelope(40000, null, 'app_id or secret_key error'));

		const { error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredentialWithToken(),
		});

		expect(error?.message).toBe(
			'Chanjing API credential: could not obtain an access token: Chanjing rejected the App ID or Secret Key (code 40000: app_id or secret_key error)',
		);
		expect(credentialsHelper.updates).toEqual([]);
	});
});

describe('App ID and Secret Key: a token that cannot be obtained', () => {
	it('a wrong Secret Key is an error naming the credential, and nothing is submitted', async () => {
		const token = expectTokenRequest(
			envelope(40000, null, 'app_id or secret_key error', 'tr-40000'),
		);

		const { items, error, credentialsHelper } = await runWithoutSecrets({
			credentials: appCredential(),
		});

		expect(items).toBeUndefined();
		expect(error).toMatchObject({
			message:
				'Chanjing API credential: could not obtain an access token: Chanjing rejected the App ID or Secret Key (code 40000: app_id or secret_key error)',
			description: expect.stringContaining(
				"Check the App ID and Secret Key in the 'Chanjing API' credential",
			),
		});
		expect(token.isDone()).toBe(true);
		expect(credentialsHelper.updates).toEqual([]);
	});

	it('with Continue On Fail every item carries the credential error', async () => {
		expectTokenRequest(envelope(40000, null, 'bad'));

		const { items } = await runWithoutSecrets({
			credentials: appCredential(),
			continueOnFail: true,
			items: [{}, {}],
		});

		expect(items).toHaveLength(2);
		for (const item of items ?? []) {
			expect(item.json.error).toMatch(/^Chanjing API credential: could not obtain an access token/);
		}
	});
});

describe('Access Token', () => {
	it('a credential saved before App ID and Secret Key existed (token only) still works, no token request', async () => {
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TEST_TOKEN);

		const { items, error, credentialsHelper } = await runWithoutSecrets({
			credentials: { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-1');
		expect(submit.isDone()).toBe(true);
		expect(credentialsHelper.updates).toEqual([]);
	});

	it('Access Token mode sends the pasted token even when App ID and Secret Key are filled in', async () => {
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_A);

		const { error } = await runWithoutSecrets({
			credentials: appCredential({ authentication: 'accessToken', accessToken: TOKEN_A }),
		});

		expect(error).toBeUndefined();
		expect(submit.isDone()).toBe(true);
	});

	it('10400 is not retried; the error says the token expired or was replaced and recommends App ID and Secret Key', async () => {
		const submit = expectSubmit(TEXT_BODY, rejected, TOKEN_A);

		const { error } = await runWithoutSecrets({
			credentials: { authentication: 'accessToken', accessToken: TOKEN_A, baseUrl: TEST_BASE_URL },
		});

		expect(submit.isDone()).toBe(true);
		expect(error?.message).toMatch(/rejected the access token \(code 10400/);
		expect(error?.description).toMatch(/expired .*replaced by a newer one/);
		expect(error?.description).toMatch(
			/Switch the 'Chanjing API' credential's Authentication to 'App ID and Secret Key'/,
		);
	});
});

import nock from 'nock';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { ChanjingApi } from '../../credentials/ChanjingApi.credentials';
import { obtainAccessToken } from '../../nodes/Chanjing/auth/token';
import {
	appCredential,
	expectNoSecrets,
	expectTokenRequest,
	TASK_PAGE_PATH,
	TOKEN_A,
	TOKEN_B,
} from '../helpers/app-credential';
import { envelope } from '../helpers/chanjing-api';
import { CREDENTIAL_ID, TEST_BASE_URL } from '../helpers/run-workflow';
import { TestCredentialsHelper } from '../helpers/credentials-helper';
import { chanjingSingleContext } from '../helpers/single-context';

const credentialType = new ChanjingApi();

function property(name: string) {
	const found = credentialType.properties.find((p) => p.name === name);
	if (!found) throw new Error(`no property ${name}`);
	return found;
}

/** The credential as n8n hands it to requests: stored data over the properties' defaults. */
async function decrypted(stored: ICredentialDataDecryptedObject) {
	const single = chanjingSingleContext(stored, 0, new TestCredentialsHelper());
	const data = await single.credentialsHelper.getDecrypted(
		{} as never,
		{ id: CREDENTIAL_ID, name: 'Chanjing account' },
		'chanjingApi',
	);
	return { ...single, data };
}

/** The header the credential's `authenticate` puts on a request, applied as n8n applies it. */
async function headerFor(stored: ICredentialDataDecryptedObject) {
	const { data, credentialsHelper, workflow, node } = await decrypted(stored);
	const options = await credentialsHelper.authenticate(
		data,
		'chanjingApi',
		{ url: '/x', headers: {} },
		workflow,
		node,
	);
	return options.headers?.access_token;
}

/**
 * The UI's "Test" button, as n8n's credential tester does it: the test request goes out with
 * the credential (preAuthentication runs whatever is saved), then each rule is held against
 * the answer; a rule whose key has its value fails the test with its message.
 */
async function testCredential(stored: ICredentialDataDecryptedObject) {
	const { data, context, workflow, node } = await decrypted(stored);
	const { request, rules } = credentialType.test;
	const resolve = (value: unknown) =>
		typeof value === 'string' && value.startsWith('=')
			? workflow.expression.getSimpleParameterValue(
					node,
					value,
					'internal',
					{ $credentials: data },
					undefined,
					'',
				)
			: value;
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			'chanjingApi',
			{
				...request,
				baseURL: resolve(request.baseURL),
				json: true,
				returnFullResponse: true,
			} as IHttpRequestOptions,
			{
				credentialsDecrypted: {
					id: CREDENTIAL_ID,
					name: 'Chanjing account',
					type: 'chanjingApi',
					data: { ...data, sessionToken: '' },
				},
			},
		)) as IN8nHttpFullResponse;
		for (const rule of rules ?? []) {
			if (rule.type !== 'responseSuccessBody') continue;
			const body = response.body as Record<string, unknown>;
			if (body[rule.properties.key] === rule.properties.value) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
		return { status: 'OK', message: 'Connection tested successfully' };
	} catch (error) {
		expectNoSecrets(error);
		return { status: 'Error', message: (error as Error).message };
	}
}

function expectTaskPage(token: string, answer: object) {
	return nock(TEST_BASE_URL, { reqheaders: { access_token: token } })
		.post(TASK_PAGE_PATH, (sent) => {
			expect(sent).toEqual({ type: 4, page: 1, page_size: 1 });
			return true;
		})
		.reply(200, answer);
}

describe('Chanjing API credential: fields', () => {
	it('offers App ID and Secret Key (default) or Access Token', () => {
		const authentication = property('authentication');
		expect(authentication.default).toBe('appIdAndSecretKey');
		expect(authentication.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual([
			'appIdAndSecretKey',
			'accessToken',
		]);
	});

	it('shows App ID and Secret Key (a password) in their mode, the token in its own', () => {
		expect(property('appId')).toMatchObject({
			type: 'string',
			displayOptions: { show: { authentication: ['appIdAndSecretKey'] } },
		});
		expect(property('secretKey')).toMatchObject({
			type: 'string',
			typeOptions: { password: true },
			displayOptions: { show: { authentication: ['appIdAndSecretKey'] } },
		});
		expect(property('accessToken')).toMatchObject({
			typeOptions: { password: true },
			displayOptions: { show: { authentication: ['accessToken'] } },
		});
		expect(property('baseUrl').default).toBe('https://open-api.chanjing.cc');
	});

	it('keeps the obtained token in a hidden expirable field, which makes n8n run preAuthentication', () => {
		const expirable = credentialType.properties.filter((p) => p.typeOptions?.expirable);
		expect(expirable.map((p) => [p.name, p.type, p.default])).toEqual([
			['sessionToken', 'hidden', ''],
		]);
		expect(property('sessionTokenExpiresAt')).toMatchObject({ type: 'hidden', default: 0 });
		expect(credentialType.preAuthentication).toBe(obtainAccessToken);
	});
});

describe('Chanjing API credential: the access_token header', () => {
	it('App ID and Secret Key: the obtained token', async () => {
		await expect(
			headerFor(appCredential({ sessionToken: TOKEN_B, accessToken: TOKEN_A })),
		).resolves.toBe(TOKEN_B);
	});

	it('Access Token: the pasted token, even with App ID and Secret Key filled in', async () => {
		await expect(
			headerFor(
				appCredential({
					authentication: 'accessToken',
					accessToken: TOKEN_A,
					sessionToken: TOKEN_B,
				}),
			),
		).resolves.toBe(TOKEN_A);
	});

	it('a credential saved before App ID and Secret Key existed: its token', async () => {
		await expect(headerFor({ accessToken: TOKEN_A, baseUrl: TEST_BASE_URL })).resolves.toBe(
			TOKEN_A,
		);
	});
});

describe('Chanjing API credential: the test request and its rules', () => {
	it('lists one task (read-only) and fails on 10400 and 10401', () => {
		expect(credentialType.test.request).toEqual({
			baseURL:
				'={{ String($credentials.baseUrl || "").trim().replace(/\\/+$/, "") || "https://open-api.chanjing.cc" }}',
			url: '/open/v1/ai_creation/task/page',
			method: 'POST',
			body: { type: 4, page: 1, page_size: 1 },
		});
		expect(credentialType.test.rules).toEqual(
			[10400, 10401].map((code) => ({
				type: 'responseSuccessBody',
				properties: {
					key: 'code',
					value: code,
					message: expect.stringContaining(`rejected the access token (code ${code})`),
				},
			})),
		);
	});

	it('App ID and Secret Key: obtains a token and tests with it', async () => {
		const token = expectTokenRequest();
		const page = expectTaskPage(TOKEN_B, envelope(0, { list: [], total: 0 }));

		await expect(testCredential(appCredential({ sessionToken: TOKEN_A }))).resolves.toEqual({
			status: 'OK',
			message: 'Connection tested successfully',
		});
		expect(token.isDone() && page.isDone()).toBe(true);
	});

	it('a wrong Secret Key fails the test with a message naming the credential', async () => {
		expectTokenRequest(envelope(40000, null, 'app_id or secret_key error'));

		await expect(testCredential(appCredential())).resolves.toEqual({
			status: 'Error',
			message:
				'Chanjing API credential: could not obtain an access token: Chanjing rejected the App ID or Secret Key (code 40000: app_id or secret_key error)',
		});
	});

	it('Access Token: a valid token passes, with no token request', async () => {
		const page = expectTaskPage(TOKEN_A, envelope(0, { list: [], total: 0 }));

		await expect(
			testCredential({
				authentication: 'accessToken',
				accessToken: TOKEN_A,
				baseUrl: `${TEST_BASE_URL}/`,
			}),
		).resolves.toMatchObject({ status: 'OK' });
		expect(page.isDone()).toBe(true);
	});

	it.each([' http://127.0.0.1:9999// ', ''])(
		"Access Token: the Base URL %j is trimmed, or Chanjing's when empty",
		async (baseUrl) => {
			const host = baseUrl ? 'http://127.0.0.1:9999' : TEST_BASE_URL;
			const page = nock(host, { reqheaders: { access_token: TOKEN_A } })
				.post('/open/v1/ai_creation/task/page', { type: 4, page: 1, page_size: 1 })
				.reply(200, envelope(0, { list: [], total: 0 }));

			await expect(
				testCredential({ authentication: 'accessToken', accessToken: TOKEN_A, baseUrl }),
			).resolves.toMatchObject({ status: 'OK' });
			expect(page.isDone()).toBe(true);
		},
	);

	it.each([10400, 10401])(
		'Access Token: code %s fails the test with the rule message',
		async (code) => {
			expectTaskPage(TOKEN_A, envelope(code, null, 'AccessToken 验证失败'));

			await expect(
				testCredential({ accessToken: TOKEN_A, baseUrl: TEST_BASE_URL }),
			).resolves.toEqual({
				status: 'Error',
				message: `Chanjing rejected the access token (code ${code}): it is wrong, has expired or was replaced by a newer one`,
			});
		},
	);
});

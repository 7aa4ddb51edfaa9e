import nock from 'nock';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { chanjingRequest } from '../../../../nodes/Chanjing/transport/request';
import {
	appCredentialWithToken,
	expectNoSecrets,
	expectTokenCheck,
	expectTokenRequest,
	nowS,
	TOKEN_A,
	TOKEN_B,
} from '../../../helpers/app-credential';
import { envelope } from '../../../helpers/chanjing-api';
import { CREDENTIAL_ID, TEST_BASE_URL } from '../../../helpers/run-workflow';
import { TestCredentialsHelper } from '../../../helpers/credentials-helper';
import { chanjingSingleContext } from '../../../helpers/single-context';

const DETAIL_PATH = '/open/v1/ai_creation/task';
const task = { unique_id: 'creation-1', progress_desc: 'Generating' };

/** Expects one task-detail request with `token`, answered with `answer`. */
function expectDetail(token: string, answer: object): nock.Scope {
	return nock(TEST_BASE_URL, { reqheaders: { access_token: token } })
		.get(DETAIL_PATH)
		.query({ unique_id: 'creation-1' })
		.reply(200, answer);
}

/** chanjingRequest as a polling hook calls it, from one item's context. */
async function getTask(credentials: ICredentialDataDecryptedObject) {
	const single = chanjingSingleContext(credentials, 0, new TestCredentialsHelper());
	const result = await chanjingRequest
		.call(
			single.context,
			{ method: 'GET', url: DETAIL_PATH, qs: { unique_id: 'creation-1' } },
			' (creation creation-1)',
		)
		.then(
			(envelope) => ({ envelope, error: undefined }),
			(error: Error & { description?: string }) => ({ envelope: undefined, error }),
		);
	expectNoSecrets(result);
	return { ...result, stored: single.credentialsHelper.stored.get(CREDENTIAL_ID), single };
}

describe('chanjingRequest (requests hooks make, e.g. polling)', () => {
	it('sends with the saved token when it is valid', async () => {
		const detail = expectDetail(TOKEN_A, envelope(0, task));

		const { envelope: answer, error } = await getTask(appCredentialWithToken());

		expect(error).toBeUndefined();
		expect(answer?.data).toEqual(task);
		expect(detail.isDone()).toBe(true);
	});

	it('replaces a token expiring within five minutes first', async () => {
		const token = expectTokenRequest();
		expectTokenCheck(TOKEN_B);
		const detail = expectDetail(TOKEN_B, envelope(0, task));

		const { error, stored } = await getTask(
			appCredentialWithToken({ sessionTokenExpiresAt: nowS() + 60 }),
		);

		expect(error).toBeUndefined();
		expect(token.isDone() && detail.isDone()).toBe(true);
		expect(stored?.sessionToken).toBe(TOKEN_B);
	});

	it('on 10400 obtains a new token once, saves it and re-sends the request once', async () => {
		const first = expectDetail(TOKEN_A, envelope(10400, null, 'AccessToken 验证失败'));
		const token = expectTokenRequest();
		const retry = expectDetail(TOKEN_B, envelope(0, task));

		const { envelope: answer, error, stored } = await getTask(appCredentialWithToken());

		expect(error).toBeUndefined();
		expect(answer?.data).toEqual(task);
		expect(first.isDone() && token.isDone() && retry.isDone()).toBe(true);
		expect(stored?.sessionToken).toBe(TOKEN_B);
	});

	it('a second 10400 is an error that says so, with the creation the request was about', async () => {
		expectDetail(TOKEN_A, envelope(10400, null, 'AccessToken 验证失败'));
		expectTokenRequest();
		expectDetail(TOKEN_B, envelope(10400, null, 'AccessToken 验证失败'));

		const { error } = await getTask(appCredentialWithToken());

		expect(error?.message).toBe(
			'Chanjing rejected the access token again (code 10400), right after the node obtained a new one',
		);
		expect(error?.description).toMatch(
			/run the workflow again\. \(creation creation-1\) Chanjing's answer: code 10400/,
		);
	});

	it('in Access Token mode 10400 is not retried and recommends App ID and Secret Key', async () => {
		const detail = expectDetail(TOKEN_A, envelope(10400, null, 'AccessToken 验证失败'));

		const { error } = await getTask({
			authentication: 'accessToken',
			accessToken: TOKEN_A,
			baseUrl: TEST_BASE_URL,
		});

		expect(detail.isDone()).toBe(true);
		expect(error?.message).toMatch(/rejected the access token \(code 10400/);
		expect(error?.description).toMatch(/'App ID and Secret Key'.*\(creation creation-1\)/);
	});
});

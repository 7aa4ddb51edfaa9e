import nock from 'nock';

import { renewalTiming } from '../../../../nodes/Chanjing/auth/renewal';
import { isKnownShared } from '../../../../nodes/Chanjing/auth/sharing';
import {
	appCredential,
	appCredentialWithToken,
	expectTokenCheck,
	expectTokenRequest,
	knownShared,
	nowS,
	runWithoutSecrets,
	TASK_PAGE_PATH,
	TOKEN_A,
	TOKEN_B,
	TOKEN_C,
} from '../../../helpers/app-credential';
import { TestCredentialsHelper } from '../../../helpers/credentials-helper';
import { envelope, expectSubmit, TEXT_BODY } from '../../../helpers/chanjing-api';
import { CREDENTIAL_ID, TEST_BASE_URL } from '../../../helpers/run-workflow';
import { SUBMIT_PATH } from '../../../../nodes/Chanjing/aiCreation/paths';

/**
 * Several n8n processes (queue-mode workers) share one saved credential and nothing else;
 * here "another process" is a test that writes the stored credential while this one waits.
 */

const rejected = envelope(10400, null, 'AccessToken 验证失败', 'tr-10400');

/** Another process saves `token` (what n8n's own save of its preAuthentication leaves). */
function savedByAnotherProcess(helper: TestCredentialsHelper, token: string): void {
	helper.stored.get(CREDENTIAL_ID)!.sessionToken = token;
}

/** The token check (a free list request) sent with `token`, answered with `answer`. */
function expectCheckAnswered(token: string, answer: object): nock.Scope {
	return nock(TEST_BASE_URL, { reqheaders: { access_token: token } })
		.post(TASK_PAGE_PATH)
		.reply(200, answer);
}

/**
 * A first execution in this process obtains token B (expiring in `heldExpiresIn` s); then
 * another process saves token C (expiring in `savedExpiresIn` s) over it.
 */
async function holdingBWithCSaved(heldExpiresIn: number, savedExpiresIn: number) {
	const credentialsHelper = new TestCredentialsHelper();
	expectTokenRequest(envelope(0, { access_token: TOKEN_B, expire_in: nowS() + heldExpiresIn }));
	expectTokenCheck(TOKEN_B);
	expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);
	const first = await runWithoutSecrets({ credentialsHelper, credentials: appCredential() });
	expect(first.error).toBeUndefined();
	Object.assign(credentialsHelper.stored.get(CREDENTIAL_ID)!, {
		sessionToken: TOKEN_C,
		sessionTokenExpiresAt: nowS() + savedExpiresIn,
	});
	return credentialsHelper;
}

/** Counts the renewal's pauses and settle checks (instant). */
function countWaits() {
	const waits = { pauses: 0, settles: 0 };
	renewalTiming.pause = async () => {
		waits.pauses += 1;
	};
	renewalTiming.settle = async () => {
		waits.settles += 1;
	};
	return waits;
}

describe('a credential used by this process alone: renewals neither pause nor settle', () => {
	it('first use: token request, the check that carries it, the submit; no pause, no settle check', async () => {
		const waits = countWaits();
		const token = expectTokenRequest();
		const check = expectTokenCheck(TOKEN_B);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { error } = await runWithoutSecrets({ credentials: appCredential() });

		expect(error).toBeUndefined();
		expect(waits).toEqual({ pauses: 0, settles: 0 });
		expect(token.isDone() && check.isDone() && submit.isDone()).toBe(true);
		expect(isKnownShared(appCredential())).toBe(false);
	});

	it('near expiry: renewed before the submit without a pause', async () => {
		const waits = countWaits();
		const token = expectTokenRequest();
		const check = expectTokenCheck(TOKEN_B);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { error } = await runWithoutSecrets({
			credentials: appCredentialWithToken({ sessionTokenExpiresAt: nowS() + 120 }),
		});

		expect(error).toBeUndefined();
		expect(waits).toEqual({ pauses: 0, settles: 0 });
		expect(token.isDone() && check.isDone() && submit.isDone()).toBe(true);
	});

	it('a token revoked a day after it was saved: renewed and the submit re-sent without a pause', async () => {
		const waits = countWaits();
		const first = expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		const token = expectTokenRequest();
		const retried = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { error } = await runWithoutSecrets({ credentials: appCredentialWithToken() });

		expect(error).toBeUndefined();
		expect(waits).toEqual({ pauses: 0, settles: 0 });
		expect(first.isDone() && token.isDone() && retried.isDone()).toBe(true);
		expect(isKnownShared(appCredential())).toBe(false);
	});

	it('our token dies on arrival (another process obtained a newer one): the credential is shared from then on, the next renewal pauses', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		const waits = countWaits();
		// The other process's C, issued after our B, is saved while this one waits for it.
		renewalTiming.poll = async () => {
			Object.assign(credentialsHelper.stored.get(CREDENTIAL_ID)!, {
				sessionToken: TOKEN_C,
				sessionTokenExpiresAt: nowS() + 86_401,
			});
		};
		expectTokenRequest();
		expectCheckAnswered(TOKEN_B, rejected);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_C);

		const first = await runWithoutSecrets({ credentialsHelper, credentials: appCredential() });

		expect(first.error).toBeUndefined();
		expect(submit.isDone()).toBe(true);
		expect(waits.pauses).toBe(0);
		expect(isKnownShared(appCredential())).toBe(true);

		// Token C revoked later: this renewal pauses first.
		expectSubmit(TEXT_BODY, rejected, TOKEN_C);
		expectTokenRequest(envelope(0, { access_token: TOKEN_A, expire_in: nowS() + 86_400 }));
		expectSubmit(TEXT_BODY, envelope(0, 'creation-2'), TOKEN_A);

		const second = await runWithoutSecrets({ credentialsHelper });

		expect(second.error).toBeUndefined();
		expect(waits).toEqual({ pauses: 1, settles: 1 });
	});

	it("another process's dead token already saved over ours when our request is answered: checked, ours saved again, the credential shared", async () => {
		const credentialsHelper = new TestCredentialsHelper();
		const waits = countWaits();
		const token = expectTokenRequest();
		// While our carrier is on the wire, the other process's older token C lands over our B.
		const carried = nock(TEST_BASE_URL, { reqheaders: { access_token: TOKEN_B } })
			.post(TASK_PAGE_PATH, () => {
				Object.assign(credentialsHelper.stored.get(CREDENTIAL_ID)!, {
					sessionToken: TOKEN_C,
					sessionTokenExpiresAt: nowS() + 86_398,
				});
				return true;
			})
			.reply(200, envelope(0, { list: [], total: 0 }));
		const theirs = expectCheckAnswered(TOKEN_C, rejected);
		const oursAgain = expectTokenCheck(TOKEN_B);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { error } = await runWithoutSecrets({ credentialsHelper, credentials: appCredential() });

		expect(error).toBeUndefined();
		expect([token, carried, theirs, oursAgain, submit].every((scope) => scope.isDone())).toBe(true);
		expect(waits).toEqual({ pauses: 0, settles: 0 });
		expect(credentialsHelper.stored.get(CREDENTIAL_ID)?.sessionToken).toBe(TOKEN_B);
		expect(isKnownShared(appCredential())).toBe(true);
	});
});

describe('first use of a credential known to be shared: the renewal looks at the saved credential after its pause', () => {
	beforeEach(knownShared);

	it('another process saved a token during the pause: no token request, the request goes with that token', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		renewalTiming.pause = async () => savedByAnotherProcess(credentialsHelper, TOKEN_C);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_C);

		const { items, error } = await runWithoutSecrets({
			credentialsHelper,
			credentials: appCredential(),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-1');
		expect(submit.isDone()).toBe(true);
		expect(credentialsHelper.updates).toEqual([]);
	});

	it('a credential saved anew after a first use is renewed anew: paused, obtained and checked again', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		let pauses = 0;
		renewalTiming.pause = async () => {
			pauses += 1;
		};
		expectTokenRequest();
		expectTokenCheck(TOKEN_B);
		expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);
		await runWithoutSecrets({ credentialsHelper, credentials: appCredential() });
		credentialsHelper.stored.get(CREDENTIAL_ID)!.sessionToken = '';
		const token = expectTokenRequest(
			envelope(0, { access_token: TOKEN_A, expire_in: nowS() + 86_400 }),
		);
		const check = expectTokenCheck(TOKEN_A);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-2'), TOKEN_A);

		const second = await runWithoutSecrets({ credentialsHelper });

		expect(second.error).toBeUndefined();
		expect(pauses).toBe(2);
		expect(token.isDone() && check.isDone() && submit.isDone()).toBe(true);
	});

	it('pauses once per process, not once per item: five rejected items, one pause, one token request', async () => {
		let pauses = 0;
		renewalTiming.pause = async () => {
			pauses += 1;
		};
		nock(TEST_BASE_URL, { reqheaders: { access_token: TOKEN_A } })
			.post(SUBMIT_PATH)
			.times(5)
			.reply(200, rejected);
		const token = expectTokenRequest();
		const retried = nock(TEST_BASE_URL, { reqheaders: { access_token: TOKEN_B } })
			.post(SUBMIT_PATH)
			.times(5)
			.reply(200, envelope(0, 'creation-ok'));

		const { items, error } = await runWithoutSecrets({
			credentials: appCredentialWithToken(),
			items: [{}, {}, {}, {}, {}],
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		expect(pauses).toBe(1);
		expect(token.isDone() && retried.isDone()).toBe(true);
	});
});

describe('two processes obtained tokens at the same moment and saved them in the other order (credential known to be shared)', () => {
	beforeEach(knownShared);

	it("the saved token is the other's dead one: it is checked, and ours is saved again without a token request", async () => {
		const credentialsHelper = new TestCredentialsHelper();
		// Chanjing issued C before our B, but the other process saved C after we saved B.
		renewalTiming.settle = async () => savedByAnotherProcess(credentialsHelper, TOKEN_C);
		const token = expectTokenRequest();
		const carried = expectTokenCheck(TOKEN_B);
		const theirs = expectCheckAnswered(TOKEN_C, rejected);
		const oursAgain = expectTokenCheck(TOKEN_B);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_B);

		const { error } = await runWithoutSecrets({ credentialsHelper, credentials: appCredential() });

		expect(error).toBeUndefined();
		expect([token, carried, theirs, oursAgain, submit].every((scope) => scope.isDone())).toBe(true);
		expect(credentialsHelper.updates.map((update) => update.data.sessionToken)).toEqual([
			TOKEN_B,
			TOKEN_B,
		]);
		expect(credentialsHelper.stored.get(CREDENTIAL_ID)?.sessionToken).toBe(TOKEN_B);
	});

	it('the saved token is a newer one that works: it stays, ours is not saved again', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		renewalTiming.settle = async () => savedByAnotherProcess(credentialsHelper, TOKEN_C);
		const token = expectTokenRequest();
		const carried = expectTokenCheck(TOKEN_B);
		const theirs = expectTokenCheck(TOKEN_C);
		const submit = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_C);

		const { error } = await runWithoutSecrets({ credentialsHelper, credentials: appCredential() });

		expect(error).toBeUndefined();
		expect([token, carried, theirs, submit].every((scope) => scope.isDone())).toBe(true);
		expect(credentialsHelper.updates.map((update) => update.data.sessionToken)).toEqual([TOKEN_B]);
	});
});

describe('the crossing noticed later, when the dead saved token is rejected', () => {
	it('this process holds the newer token: it is saved again and carries the request, no token request', async () => {
		// Another process's older token, saved after ours (the 1 s check came too early to see it).
		const credentialsHelper = await holdingBWithCSaved(86_400, 86_390);
		const rejectedOnce = expectSubmit(TEXT_BODY, rejected, TOKEN_C);
		const carried = expectSubmit(TEXT_BODY, envelope(0, 'creation-2'), TOKEN_B);
		const savedAgain = expectTokenCheck(TOKEN_B);

		const second = await runWithoutSecrets({ credentialsHelper });

		expect(second.error).toBeUndefined();
		expect(second.items?.[0].json.creationId).toBe('creation-2');
		expect(rejectedOnce.isDone() && carried.isDone() && savedAgain.isDone()).toBe(true);
		expect(credentialsHelper.updates.map((update) => update.data.sessionToken)).toEqual([
			TOKEN_B,
			TOKEN_B,
		]);
	});

	it('the token this process holds is dead too: it is not saved, a token is obtained', async () => {
		const credentialsHelper = await holdingBWithCSaved(86_400, 86_390);
		expectSubmit(TEXT_BODY, rejected, TOKEN_C);
		const heldDead = expectSubmit(TEXT_BODY, rejected, TOKEN_B);
		const token = expectTokenRequest(
			envelope(0, { access_token: TOKEN_A, expire_in: nowS() + 86_400 }),
		);
		const carried = expectSubmit(TEXT_BODY, envelope(0, 'creation-2'), TOKEN_A);

		const second = await runWithoutSecrets({ credentialsHelper });

		expect(second.error).toBeUndefined();
		expect(heldDead.isDone() && token.isDone() && carried.isDone()).toBe(true);
		expect(credentialsHelper.updates.map((update) => update.data.sessionToken)).toEqual([
			TOKEN_B,
			TOKEN_A,
		]);
	});

	it('the token this process holds is older than the saved one: a token is obtained as usual', async () => {
		const credentialsHelper = await holdingBWithCSaved(86_000, 86_400);
		expectSubmit(TEXT_BODY, rejected, TOKEN_C);
		const token = expectTokenRequest(
			envelope(0, { access_token: TOKEN_A, expire_in: nowS() + 86_400 }),
		);
		const carried = expectSubmit(TEXT_BODY, envelope(0, 'creation-2'), TOKEN_A);

		const second = await runWithoutSecrets({ credentialsHelper });

		expect(second.error).toBeUndefined();
		expect(token.isDone() && carried.isDone()).toBe(true);
	});
});

describe('a token that dies on arrival (another process obtained a newer one)', () => {
	it('waits for the newer token to be saved and re-sends with it; no second token request', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		let polls = 0;
		renewalTiming.poll = async () => {
			polls += 1;
			if (polls === 3) savedByAnotherProcess(credentialsHelper, TOKEN_C);
		};
		const first = expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		const token = expectTokenRequest();
		const killed = expectSubmit(TEXT_BODY, rejected, TOKEN_B);
		const retried = expectSubmit(TEXT_BODY, envelope(0, 'creation-9'), TOKEN_C);

		const { items, error } = await runWithoutSecrets({
			credentialsHelper,
			credentials: appCredentialWithToken(),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.creationId).toBe('creation-9');
		expect(polls).toBe(3);
		expect([first, token, killed, retried].every((scope) => scope.isDone())).toBe(true);
		expect(credentialsHelper.updates.map((update) => update.data.sessionToken)).toEqual([TOKEN_B]);
	});

	it('another execution of this process rejected with it meanwhile waits for the newer token too; one token request in all', async () => {
		const credentialsHelper = new TestCredentialsHelper();
		let polls = 0;
		let second: Awaited<ReturnType<typeof runWithoutSecrets>> | undefined;
		renewalTiming.poll = async () => {
			polls += 1;
			// While the first waits, a second execution starts with the dead token B saved.
			if (polls === 1) second = await runWithoutSecrets({ credentialsHelper });
			if (polls === 2) savedByAnotherProcess(credentialsHelper, TOKEN_C);
		};
		const token = expectTokenRequest();
		const killed = expectCheckAnswered(TOKEN_B, rejected);
		const secondRejected = expectSubmit(TEXT_BODY, rejected, TOKEN_B);
		const secondCarried = expectSubmit(TEXT_BODY, envelope(0, 'creation-2'), TOKEN_C);
		const firstCarried = expectSubmit(TEXT_BODY, envelope(0, 'creation-1'), TOKEN_C);

		const first = await runWithoutSecrets({ credentialsHelper, credentials: appCredential() });

		expect(first.error).toBeUndefined();
		expect(second?.error).toBeUndefined();
		expect(second?.items?.[0].json.creationId).toBe('creation-2');
		expect(first.items?.[0].json.creationId).toBe('creation-1');
		expect(polls).toBe(2); // the second's wait saw C; the first's then read it
		expect(
			[token, killed, secondRejected, secondCarried, firstCarried].every((scope) => scope.isDone()),
		).toBe(true);
		expect(credentialsHelper.updates.map((update) => update.data.sessionToken)).toEqual([TOKEN_B]);
	});

	it('when no newer token is saved within the bound, the error says the new token was rejected too', async () => {
		let polls = 0;
		renewalTiming.poll = async () => {
			polls += 1;
		};
		expectSubmit(TEXT_BODY, rejected, TOKEN_A);
		expectTokenRequest();
		expectSubmit(TEXT_BODY, envelope(10400, null, 'AccessToken 验证失败', 'tr-again'), TOKEN_B);

		const { error } = await runWithoutSecrets({ credentials: appCredentialWithToken() });

		expect(polls).toBe(renewalTiming.polls);
		expect(error?.message).toBe(
			'Chanjing rejected the access token again (code 10400), right after the node obtained a new one',
		);
	});
});

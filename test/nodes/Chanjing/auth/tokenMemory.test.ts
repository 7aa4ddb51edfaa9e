import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import {
	forgetDiedOnArrival,
	handOverObtainedToken,
	lastTokenObtainedHere,
	noteDiedOnArrival,
	obtainedHereFor,
	rememberRenewal,
	renewalFor,
	savedTokenDiedOnArrival,
	sharedTokenRequest,
	takeHandOver,
} from '../../../../nodes/Chanjing/auth/tokenMemory';
import type { Renewal } from '../../../../nodes/Chanjing/memory/processMemory';

const APP = { baseUrl: 'https://open-api.chanjing.cc', appId: 'app-1', secretKey: 's' };
const OBTAINED = {
	sessionToken: 'token-new',
	sessionTokenExpiresAt: 1_900_000_000,
	sessionTokenIssuedFor: 'https://open-api.chanjing.cc app-1',
};

/** A promise the test settles by hand. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: Error) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

/** Lets the callbacks of settled promises run. */
const settle = async () => {
	for (let turn = 0; turn < 10; turn++) await Promise.resolve();
};

describe('sharedTokenRequest', () => {
	it('callers at the same moment share one token request for an app', async () => {
		const answer = deferred<ICredentialDataDecryptedObject>();
		const request = jest.fn(() => answer.promise);

		const first = sharedTokenRequest(APP, request);
		const second = sharedTokenRequest({ ...APP, baseUrl: `${APP.baseUrl}/` }, request);
		answer.resolve(OBTAINED);

		expect(second).toBe(first);
		expect(request).toHaveBeenCalledTimes(1);
		await expect(first).resolves.toEqual(OBTAINED);
	});

	it('another App ID or another host is another app: its own request', async () => {
		const request = jest.fn(async () => OBTAINED);

		await Promise.all([
			sharedTokenRequest(APP, request),
			sharedTokenRequest({ ...APP, appId: 'app-2' }, request),
			sharedTokenRequest({ ...APP, baseUrl: 'https://proxy.example.com' }, request),
		]);

		expect(request).toHaveBeenCalledTimes(3);
	});

	it('remembers what it obtained as the token this process obtained last', async () => {
		expect(obtainedHereFor(APP)).toBeUndefined();
		expect(lastTokenObtainedHere(APP)).toBe('');

		await sharedTokenRequest(APP, async () => OBTAINED);

		expect(obtainedHereFor(APP)).toEqual(OBTAINED);
		expect(lastTokenObtainedHere(APP)).toBe('token-new');
		expect(lastTokenObtainedHere({ ...APP, appId: 'app-2' })).toBe('');
	});

	it('an answered request is forgotten: the next caller makes a new one', async () => {
		const request = jest
			.fn<Promise<ICredentialDataDecryptedObject>, []>()
			.mockResolvedValueOnce(OBTAINED)
			.mockResolvedValueOnce({ ...OBTAINED, sessionToken: 'token-newer' });

		await sharedTokenRequest(APP, request);
		await settle();
		await sharedTokenRequest(APP, request);

		expect(request).toHaveBeenCalledTimes(2);
		expect(lastTokenObtainedHere(APP)).toBe('token-newer');
	});

	it('a failed request is forgotten too and remembers no token', async () => {
		const request = jest
			.fn<Promise<ICredentialDataDecryptedObject>, []>()
			.mockRejectedValueOnce(new Error('wrong Secret Key'))
			.mockResolvedValueOnce(OBTAINED);

		await expect(sharedTokenRequest(APP, request)).rejects.toThrow('wrong Secret Key');
		await settle();
		expect(lastTokenObtainedHere(APP)).toBe('');

		await expect(sharedTokenRequest(APP, request)).resolves.toEqual(OBTAINED);
		expect(request).toHaveBeenCalledTimes(2);
	});
});

describe('hand-overs', () => {
	it('nothing to hand over before this process obtained a token', () => {
		expect(handOverObtainedToken(APP)).toBe(false);
		expect(takeHandOver(APP)).toBeUndefined();
	});

	it('the token obtained last is handed over once, as a copy', async () => {
		await sharedTokenRequest(APP, async () => OBTAINED);

		expect(handOverObtainedToken(APP)).toBe(true);
		const handedOver = takeHandOver(APP);

		expect(handedOver).toEqual(OBTAINED);
		expect(handedOver).not.toBe(obtainedHereFor(APP));
		expect(takeHandOver(APP)).toBeUndefined();
	});

	it('is not handed over unless asked for', async () => {
		await sharedTokenRequest(APP, async () => OBTAINED);

		expect(takeHandOver(APP)).toBeUndefined();
	});

	it('is asked for one app only', async () => {
		await sharedTokenRequest(APP, async () => OBTAINED);
		await sharedTokenRequest({ ...APP, appId: 'app-2' }, async () => OBTAINED);

		handOverObtainedToken(APP);

		expect(takeHandOver({ ...APP, appId: 'app-2' })).toBeUndefined();
		expect(takeHandOver(APP)).toEqual(OBTAINED);
	});
});

describe('a token that died on arrival', () => {
	const saved = (token: string) => ({ ...APP, sessionToken: token });

	it('is the saved one only when this process obtained it and noted it rejected', async () => {
		await sharedTokenRequest(APP, async () => ({ ...OBTAINED }));
		expect(savedTokenDiedOnArrival(saved('token-new'))).toBe(false);
		noteDiedOnArrival(APP, 'token-other'); // not ours: nothing noted
		expect(savedTokenDiedOnArrival(saved('token-new'))).toBe(false);
		noteDiedOnArrival(APP, 'token-new');
		expect(savedTokenDiedOnArrival(saved('token-new'))).toBe(true);
		expect(savedTokenDiedOnArrival(saved('token-other'))).toBe(false);
		expect(savedTokenDiedOnArrival({ ...saved('token-new'), appId: 'app-2' })).toBe(false);
	});

	it('is forgotten when its wait is over, and when a new token is obtained', async () => {
		await sharedTokenRequest(APP, async () => ({ ...OBTAINED }));
		noteDiedOnArrival(APP, 'token-new');
		forgetDiedOnArrival(APP);
		expect(savedTokenDiedOnArrival(saved('token-new'))).toBe(false);
		noteDiedOnArrival(APP, 'token-new');
		await sharedTokenRequest(APP, async () => ({ ...OBTAINED, sessionToken: 'token-newer' }));
		expect(savedTokenDiedOnArrival(saved('token-newer'))).toBe(false);
	});
});

describe('renewals', () => {
	function renewal(settled: Promise<void>): Renewal {
		return { settled, startedAt: Date.now() };
	}

	it('a renewal under way is found by its key', () => {
		const underWay = renewal(deferred<void>().promise);
		rememberRenewal('cred-1 token-old', underWay);

		expect(renewalFor('cred-1 token-old')).toBe(underWay);
		expect(renewalFor('cred-1 token-other')).toBeUndefined();
	});

	it('is forgotten when it succeeds', async () => {
		const done = deferred<void>();
		rememberRenewal('key', renewal(done.promise));

		done.resolve();
		await settle();

		expect(renewalFor('key')).toBeUndefined();
	});

	it('is kept when it fails, so that followers see the failure', async () => {
		const failed = deferred<void>();
		const kept = renewal(failed.promise);
		rememberRenewal('key', kept);

		failed.reject(new Error('wrong Secret Key'));
		await settle();

		expect(renewalFor('key')).toBe(kept);
		await expect(renewalFor('key')!.settled).rejects.toThrow('wrong Secret Key');
	});

	it('a renewal that settles does not forget a newer one under the same key', async () => {
		const older = deferred<void>();
		rememberRenewal('key', renewal(older.promise));
		const newer = renewal(deferred<void>().promise);
		rememberRenewal('key', newer);

		older.resolve();
		await settle();

		expect(renewalFor('key')).toBe(newer);
	});
});

import {
	isKnownShared,
	markShared,
	noteRejectedToken,
	noteSavedCredential,
} from '../../../../nodes/Chanjing/auth/sharing';
import { sharedTokenRequest } from '../../../../nodes/Chanjing/auth/tokenMemory';
import { processMemory } from '../../../../nodes/Chanjing/memory/processMemory';

const APP = { baseUrl: 'https://open-api.chanjing.cc', appId: 'app-1', secretKey: 's' };
const ISSUER = 'https://open-api.chanjing.cc app-1';
const OURS_EXPIRY = 1_900_000_000;

/** The credential as saved, holding `token` that expires at `expiresAt`. */
function savedWith(token: string, expiresAt: number) {
	return {
		...APP,
		sessionToken: token,
		sessionTokenExpiresAt: expiresAt,
		sessionTokenIssuedFor: ISSUER,
	};
}

/** This process obtains token "ours" for APP. */
async function obtainOurs(): Promise<void> {
	await sharedTokenRequest(APP, async () => savedWith('ours', OURS_EXPIRY));
}

describe('a credential is not known to be shared until it shows it', () => {
	it('nothing seen: not shared', () => {
		expect(isKnownShared(APP)).toBe(false);
	});

	it('marked for one app, not for another App ID or another Base URL', () => {
		markShared(APP);

		expect(isKnownShared({ ...APP, baseUrl: `${APP.baseUrl}/` })).toBe(true);
		expect(isKnownShared({ ...APP, appId: 'app-2' })).toBe(false);
		expect(isKnownShared({ ...APP, baseUrl: 'http://127.0.0.1:4010' })).toBe(false);
	});

	it('is remembered for 7 days in at most 1000 apps', () => {
		expect(processMemory.sharedApps.bounds).toEqual({
			maxEntries: 1000,
			maxAgeMs: 7 * 24 * 60 * 60 * 1000,
		});
	});
});

describe('noteSavedCredential', () => {
	it('a saved token before this process obtained any is no evidence (another process ran before)', () => {
		noteSavedCredential(savedWith('earlier', OURS_EXPIRY));

		expect(isKnownShared(APP)).toBe(false);
	});

	it('our own token saved: not shared', async () => {
		await obtainOurs();

		noteSavedCredential(savedWith('ours', OURS_EXPIRY));

		expect(isKnownShared(APP)).toBe(false);
	});

	it('the token ours replaced (issued a day or minutes earlier) still saved: not shared', async () => {
		await obtainOurs();

		noteSavedCredential(savedWith('replaced', OURS_EXPIRY - 86_000));
		noteSavedCredential(savedWith('replaced', OURS_EXPIRY - 11));
		noteSavedCredential({ ...APP, sessionToken: '' });

		expect(isKnownShared(APP)).toBe(false);
	});

	it('a token we did not obtain, issued after ours: another process renewed, shared', async () => {
		await obtainOurs();

		noteSavedCredential(savedWith('theirs', OURS_EXPIRY + 30));

		expect(isKnownShared(APP)).toBe(true);
	});

	it('a token we did not obtain, issued just before ours and saved over it: saves crossed, shared', async () => {
		await obtainOurs();

		noteSavedCredential(savedWith('theirs', OURS_EXPIRY - 3));

		expect(isKnownShared(APP)).toBe(true);
	});
});

describe('noteRejectedToken', () => {
	it('our token rejected moments after we obtained it: killed by a newer one, shared', async () => {
		await obtainOurs();

		noteRejectedToken(savedWith('ours', OURS_EXPIRY), 'ours', Date.now() + 9_000);

		expect(isKnownShared(APP)).toBe(true);
	});

	it('our token rejected later (revoked; one process alone meets that too): not shared', async () => {
		await obtainOurs();

		noteRejectedToken(savedWith('ours', OURS_EXPIRY), 'ours', Date.now() + 11_000);

		expect(isKnownShared(APP)).toBe(false);
	});

	it('a token of an earlier process rejected: not shared', () => {
		noteRejectedToken(savedWith('earlier', OURS_EXPIRY), 'earlier');

		expect(isKnownShared(APP)).toBe(false);
	});

	it('a rejected token, and another process has saved a newer one meanwhile: shared', async () => {
		await obtainOurs();

		noteRejectedToken(savedWith('theirs', OURS_EXPIRY + 60), 'ours', Date.now() + 60_000);

		expect(isKnownShared(APP)).toBe(true);
	});
});

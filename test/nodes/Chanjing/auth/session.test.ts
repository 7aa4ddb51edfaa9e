import {
	needsNewToken,
	toExpiryTimestamp,
	usesStaticToken,
} from '../../../../nodes/Chanjing/auth/session';
import { appCredential } from '../../../helpers/app-credential';

describe('usesStaticToken', () => {
	it.each([
		['Access Token mode', { authentication: 'accessToken', accessToken: 't', appId: 'a' }, true],
		[
			'a credential saved before App ID existed (default filled in, no App ID, a token)',
			{ authentication: 'appIdAndSecretKey', appId: '', accessToken: 't' },
			true,
		],
		[
			'App ID and Secret Key',
			{ authentication: 'appIdAndSecretKey', appId: 'a', secretKey: 's' },
			false,
		],
		[
			'App ID and Secret Key with a leftover token',
			{ authentication: 'appIdAndSecretKey', appId: 'a', accessToken: 't' },
			false,
		],
		[
			'a new, empty credential',
			{ authentication: 'appIdAndSecretKey', appId: '', accessToken: '' },
			false,
		],
	])('%s', (_name, credentials, expected) => {
		expect(usesStaticToken(credentials)).toBe(expected);
	});
});

describe('toExpiryTimestamp', () => {
	it('keeps a Unix timestamp, reads a small number as seconds from now, 0 when unknown', () => {
		expect(toExpiryTimestamp(1_900_000_000)).toBe(1_900_000_000);
		expect(toExpiryTimestamp('1900000000')).toBe(1_900_000_000);
		expect(toExpiryTimestamp(86_400, 1_000)).toBe(87_400);
		expect(toExpiryTimestamp(undefined)).toBe(0);
		expect(toExpiryTimestamp('soon')).toBe(0);
	});
});

describe('needsNewToken', () => {
	const now = 1_900_000_000;
	it.each([
		['no saved token', appCredential(), true],
		[
			'a token valid for an hour',
			appCredential({ sessionToken: 't', sessionTokenExpiresAt: now + 3600 }),
			false,
		],
		[
			'a token expiring in 299 s',
			appCredential({ sessionToken: 't', sessionTokenExpiresAt: now + 299 }),
			true,
		],
		[
			'a token expiring in 301 s',
			appCredential({ sessionToken: 't', sessionTokenExpiresAt: now + 301 }),
			false,
		],
		[
			'an expired token',
			appCredential({ sessionToken: 't', sessionTokenExpiresAt: now - 1 }),
			true,
		],
		[
			'a token with an unknown expiry',
			appCredential({ sessionToken: 't', sessionTokenExpiresAt: 0 }),
			false,
		],
		[
			'Access Token mode, whatever is saved',
			{ authentication: 'accessToken', accessToken: 't' },
			false,
		],
	])('%s', (_name, credentials, expected) => {
		expect(needsNewToken(credentials, now)).toBe(expected);
	});
});

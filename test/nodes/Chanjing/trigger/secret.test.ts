import { cleanSecret, hasPathSecret } from '../../../../nodes/Chanjing/trigger/secret';

describe('cleanSecret', () => {
	it('keeps letters, digits, - and _ (what the webhook path holds)', () => {
		expect(cleanSecret(' k3J9/x2?L q_7-Z ')).toBe('k3J9x2Lq_7-Z');
		expect(cleanSecret(undefined)).toBe('');
		expect(cleanSecret('密钥')).toBe('');
	});
});

describe('hasPathSecret', () => {
	const base = '/webhook/b0c4f7e2/callback';

	it('takes any path when no secret is set', () => {
		expect(hasPathSecret({ path: base }, '')).toBe(true);
	});

	it('takes the production and test paths with the secret, with or without a query', () => {
		expect(hasPathSecret({ path: `${base}/s3cr3t` }, 's3cr3t')).toBe(true);
		expect(hasPathSecret({ path: '/webhook-test/b0c4f7e2/callback/s3cr3t/' }, 's3cr3t')).toBe(true);
		expect(hasPathSecret({ url: `${base}/s3cr3t?x=1` }, 's3cr3t')).toBe(true);
	});

	it.each([
		['no secret', base],
		['another secret', `${base}/s3cr3x`],
		['a longer one', `${base}/s3cr3tt`],
		['a shorter one', `${base}/s3cr3`],
		['the secret elsewhere', `/webhook/s3cr3t/callback/x`],
		['the secret in the query', `${base}?secret=s3cr3t`],
	])('refuses %s', (_, path) => {
		expect(hasPathSecret({ path }, 's3cr3t')).toBe(false);
	});
});

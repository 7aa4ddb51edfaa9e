import type { IDataObject } from 'n8n-workflow';

import { applyCallbackUrl, checkCallbackUrl } from '../../../../nodes/Chanjing/input/callbackUrl';

describe('checkCallbackUrl', () => {
	it.each([
		undefined,
		null,
		'',
		'  ',
		'https://n8n.example.com/webhook-waiting/1',
		' http://127.0.0.1:5678/x ',
	])('takes %j', (value) => {
		expect(checkCallbackUrl(value)).toBeUndefined();
	});

	it.each([
		['mailto:ops@example.com', '"mailto:ops@example.com"'],
		['n8n.example.com/webhook', '"n8n.example.com/webhook"'],
		[42, '42'],
	])('refuses %j', (value, shown) => {
		expect(checkCallbackUrl(value)).toEqual({
			field: 'Callback URL',
			message: `must be an http:// or https:// URL, got ${shown}`,
		});
	});
});

describe('applyCallbackUrl', () => {
	it('sends a Callback URL trimmed', () => {
		const body: IDataObject = { ref_prompt: 'x' };
		applyCallbackUrl(body, '  https://n8n.example.com/webhook-waiting/1 ');
		expect(body).toEqual({
			ref_prompt: 'x',
			callback: 'https://n8n.example.com/webhook-waiting/1',
		});
	});

	it.each([undefined, null, '', '   ', 42])(
		'leaves callback out of the body for %j, also when the routing put it there',
		(value) => {
			const body: IDataObject = { ref_prompt: 'x', callback: value as string };
			applyCallbackUrl(body, value);
			expect(body).toEqual({ ref_prompt: 'x' });
			expect(body).not.toHaveProperty('callback');
		},
	);
});

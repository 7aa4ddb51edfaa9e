import type { IDataObject } from 'n8n-workflow';

import { isBlank, isHttpUrl, show } from './checks';
import type { InputProblem } from './problem';

export function checkCallbackUrl(callbackUrl: unknown): InputProblem | undefined {
	if (isBlank(callbackUrl) || isHttpUrl(callbackUrl)) return undefined;
	return {
		field: 'Callback URL',
		message: `must be an http:// or https:// URL, got ${show(callbackUrl)}`,
	};
}

/** A Callback URL that is empty or an expression that resolved to nothing is not sent. */
export function applyCallbackUrl(body: IDataObject, callbackUrl: unknown): void {
	const callback = typeof callbackUrl === 'string' ? callbackUrl.trim() : '';
	if (callback) body.callback = callback;
	else delete body.callback;
}

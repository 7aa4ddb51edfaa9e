/**
 * The Path Secret: letters, digits, - and _ added to the webhook's path (callbackWebhook.ts
 * drops any other character the same way). n8n routes only the URL with it to this node; the
 * node checks it again, first, so that a request on any other path reads nothing and asks
 * Chanjing nothing.
 */

/** The secret as the webhook's path holds it. */
export function cleanSecret(value: unknown): string {
	return String(value ?? '').replace(/[^A-Za-z0-9_-]/g, '');
}

/** The little of an incoming request the secret check reads. */
export interface PathRequest {
	path?: string;
	url?: string;
}

/** Compares in a time that does not tell how much of the secret was right. */
function sameText(a: string, b: string): boolean {
	let differ = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		differ |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
	}
	return differ === 0;
}

/** Whether the request's path ends with `/callback/<secret>` (any path when no secret is set). */
export function hasPathSecret(request: PathRequest, secret: string): boolean {
	if (secret === '') return true;
	const path = String(request.path ?? request.url ?? '')
		.split('?')[0]
		.replace(/\/+$/, '');
	const segments = path.split('/');
	const last = segments.at(-1) ?? '';
	return segments.at(-2) === 'callback' && sameText(last, secret);
}

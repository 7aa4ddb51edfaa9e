/**
 * What Chanjing's answers mean for the user, in English: its business codes, the Chinese
 * messages it sends, and HTTP failures; each with what to do. The original stays in the error.
 */

export const CHECK_BASE_URL_HINT =
	"Check the Base URL in the 'Chanjing API' credential; it should point at the Chanjing Open API.";

/** What an HTTP status (or an answer that is not Chanjing's envelope) most likely means. */
export function httpFailureHint(statusCode: number): string {
	if (statusCode === 429)
		return 'Too many requests: Chanjing or a proxy in between is limiting the rate. The node waits and sends again; if this persists, send fewer items at once.';
	if (statusCode >= 500) return 'Chanjing or a proxy in between failed; retry later.';
	if (statusCode === 401 || statusCode === 403)
		return "The request was not allowed: check the access token or App ID and Secret Key in the 'Chanjing API' credential, and that no proxy in between asks for its own login.";
	if (statusCode === 404)
		return "Check the Base URL in the 'Chanjing API' credential: it should be the Chanjing Open API's address (https://open-api.chanjing.cc), without a path.";
	return CHECK_BASE_URL_HINT;
}

export interface ErrorExplanation {
	message: string;
	hint: string;
}

export const RECHARGE_HINT =
	'Your Chanjing account has too few credits (蝉豆) for this video. Recharge in the Chanjing console (https://www.chanjing.cc), then run the workflow again. No video was generated.';

/** What to do when Chanjing could not charge a task it had accepted (the failure arrives in its detail). */
export const TOP_UP_HINT =
	'Chanjing accepted the task but could not charge your account: it has too few credits (蝉豆). Top up in the Chanjing console (https://www.chanjing.cc) — Account → Get Balance shows what is left —, then run the item again. The task made nothing.';

/**
 * Whether a task's message says Chanjing could not charge it: creates are accepted before the
 * balance is checked, and the failure comes later in the detail (catalogue 1; CUI
 * check_billing_error, SDK).
 */
export function isBillingFailure(msg: unknown): boolean {
	return typeof msg === 'string' && /扣费失败|余额不足|蝉豆不足/.test(msg);
}

const EXPLANATIONS: Record<number, ErrorExplanation> = {
	400: {
		message: 'Chanjing could not read a parameter',
		hint: 'A parameter has the wrong format. Check the parameter Chanjing names, especially Prompt, Clarity, Duration and the frame URLs.',
	},
	10400: {
		message: 'Chanjing rejected the access token',
		hint: "The access token has expired (tokens last about one day) or was replaced by a newer one, or it is wrong. Switch the 'Chanjing API' credential's Authentication to 'App ID and Secret Key': the node then obtains and renews tokens itself. Or put a fresh token in the credential.",
	},
	10401: {
		message: 'Chanjing rejected the access token as expired',
		hint: "Tokens last about one day. Switch the 'Chanjing API' credential's Authentication to 'App ID and Secret Key': the node then obtains and renews tokens itself. Or put a fresh token in the credential.",
	},
	40000: {
		message: 'Chanjing rejected a parameter',
		hint: 'Check the parameter Chanjing names in its message.',
	},
	40001: {
		message: "Chanjing's rate limit (QPS) was exceeded",
		hint: 'Too many requests per second reached Chanjing. The node already waits and sends again (nothing is created by a refused request) and spaces the requests of one credential; if this persists, send fewer items at once.',
	},
	50000: {
		message: 'Chanjing had an internal error',
		hint: "The problem is on Chanjing's side; try again in a minute. Get and Get Many are always safe to repeat; a Generate item that ends with this error was checked against the task list first.",
	},
};

/** Chanjing's messages the node recognises (they are Chinese), explained in English. */
const KNOWN_MESSAGES: Array<{ pattern: RegExp; explanation: ErrorExplanation }> = [
	{
		pattern: /余额不足|蝉豆不足/,
		explanation: { message: 'Your Chanjing account is out of credits', hint: RECHARGE_HINT },
	},
	{
		pattern: /模型不存在/,
		explanation: {
			message: 'Chanjing does not know the model',
			hint: 'Chanjing answered that the model does not exist (模型不存在). Check the Model (for a Custom model, its Model Code, case included) and that the model is enabled for your Chanjing account.',
		},
	},
	{
		pattern: /任务不存在/,
		explanation: {
			message: 'Chanjing has no task with this creation ID',
			hint: 'Chanjing answered "task does not exist" (任务不存在). Check the Creation ID: use the creationId that Generate returned, unchanged, with the same Chanjing account (tasks of another account or App ID are not visible).',
		},
	},
	{
		pattern: /AccessToken\s*验证失败/i,
		explanation: {
			message: 'Chanjing rejected the access token',
			hint: `Chanjing answered "access token verification failed" (AccessToken 验证失败). ${EXPLANATIONS[10400].hint}`,
		},
	},
	{
		pattern: /app_id\s*或\s*secret_key\s*无效/i,
		explanation: {
			message: 'Chanjing rejected the App ID or Secret Key',
			hint: 'Chanjing answered "app_id or secret_key is invalid" (app_id 或 secret_key 无效). Copy both again from the Chanjing console (Open Platform) into the \'Chanjing API\' credential.',
		},
	},
	{
		pattern: /QPS/i,
		explanation: {
			message: "Chanjing's rate limit (QPS) was exceeded",
			hint: EXPLANATIONS[40001].hint,
		},
	},
	{
		pattern: /系统内部错误/,
		explanation: { message: 'Chanjing had an internal error', hint: EXPLANATIONS[50000].hint },
	},
	{
		pattern: /定制数字人数量到达上限/,
		explanation: {
			message: 'Your Chanjing account has reached its limit of custom avatars',
			hint: 'Chanjing answered that the number of custom avatars reached its limit (定制数字人数量到达上限, code 40002). Nothing was created. Delete a custom avatar you no longer use (Avatar → Delete) or ask Chanjing for a higher limit; Account → Get Info shows the limit.',
		},
	},
	{
		pattern: /扣费失败/,
		explanation: { message: 'Chanjing could not charge your account', hint: TOP_UP_HINT },
	},
];

/** What went wrong and what to do, for a Chanjing business code and message. */
export function explainChanjingError(code: number, msg: string): ErrorExplanation {
	const known = KNOWN_MESSAGES.find(({ pattern }) => pattern.test(msg));
	if (known) return known.explanation;
	return (
		EXPLANATIONS[code] ?? {
			message: 'Chanjing returned an error',
			hint: 'See Chanjing’s message; quote the trace ID when you ask Chanjing support.',
		}
	);
}

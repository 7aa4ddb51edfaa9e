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

/**
 * What to do when a create is refused for want of credits, worded for what the product makes
 * (`noun`: "video", "image task", …; a product's adapter.noun).
 */
export function rechargeHint(noun = 'task'): string {
	return `Your Chanjing account has too few credits (蝉豆, 积分) for this ${noun}. Top up in the Chanjing console (https://www.chanjing.cc) — Account → Get Balance shows what is left —, then run the workflow again. Nothing was created or charged.`;
}

/** What to do when Chanjing could not charge a task it had accepted (the failure arrives in its detail). */
export const TOP_UP_HINT =
	'Chanjing accepted the task but could not charge your account: it has too few credits (蝉豆). Top up in the Chanjing console (https://www.chanjing.cc) — Account → Get Balance shows what is left —, then run the item again. The task made nothing.';

/**
 * The fragments that carry the meaning of Chanjing's Chinese messages, so that close variants
 * (账户蝉豆不足,请充值后再试 / 积分不足 / 余额不足; 模型已下线 / 该模型已下线; 内容违规,请修改提示词 /
 * 图片违规; 提示词包含敏感词 / 敏感内容) are recognised too.
 */
const OUT_OF_CREDITS = /(积分|余额|蝉豆)[^,，。;；]{0,4}不足/;
const CONTENT_VIOLATION = /违规/;
const SENSITIVE = /敏感/;
const MODEL_OFFLINE = /下线/;

/** What Chanjing says is offline: a model (AI creation), or an avatar or voice (its own products). */
function offlineSubject(msg: string): 'model' | 'avatar' | 'voice' {
	if (/数字人|形象/.test(msg)) return 'avatar';
	if (/声音|音色/.test(msg)) return 'voice';
	return 'model';
}

function chooseAnother(subject: 'model' | 'avatar' | 'voice'): string {
	return subject === 'model'
		? 'Choose another model (for a Custom model, another Model Code)'
		: `Choose another ${subject}`;
}

const REWRITE =
	'Rewrite the prompt (and replace reference images or frames if they may be the cause), then run the item again.';

/**
 * A task that failed for what it was asked to make: the meaning of its Chinese reason and what
 * to do, or undefined when the reason is not one of these. The failed task is not charged
 * (AI creation states it; the caller adds its product's note).
 */
export function explainTaskFailure(
	reason: string,
): { meaning: string; action: string } | undefined {
	if (CONTENT_VIOLATION.test(reason))
		return { meaning: "the content breaks Chanjing's content rules", action: REWRITE };
	if (SENSITIVE.test(reason))
		return { meaning: 'Chanjing found sensitive words or content', action: REWRITE };
	if (MODEL_OFFLINE.test(reason)) {
		const subject = offlineSubject(reason);
		return {
			meaning: `Chanjing has taken the ${subject} offline`,
			action: `${chooseAnother(subject)}, then run the item again.`,
		};
	}
	return undefined;
}

/**
 * Whether a task's message says Chanjing could not charge it: creates are accepted before the
 * balance is checked, and the failure comes later in the detail (catalogue 1; CUI
 * check_billing_error, SDK).
 */
export function isBillingFailure(msg: unknown): boolean {
	return typeof msg === 'string' && (/扣费失败/.test(msg) || OUT_OF_CREDITS.test(msg));
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

/** Quotes Chanjing's own words in a hint: `(内容违规,请修改提示词)`. */
function quoted(msg: string): string {
	return `(${msg.slice(0, 120)})`;
}

/**
 * Chanjing's messages the node recognises (they are Chinese), explained in English; `noun` is
 * what the refused create would have made. A refused create makes no task and costs nothing.
 */
function knownMessages(
	noun: string,
	msg: string,
): Array<{ pattern: RegExp; explanation: ErrorExplanation }> {
	return [
		{
			pattern: OUT_OF_CREDITS,
			explanation: { message: 'Your Chanjing account is out of credits', hint: rechargeHint(noun) },
		},
		{
			pattern: CONTENT_VIOLATION,
			explanation: {
				message: "Chanjing refused the content: it breaks Chanjing's content rules",
				hint: `Chanjing answered that the content is a violation ${quoted(msg)}. ${REWRITE} Nothing was created or charged for this ${noun}.`,
			},
		},
		{
			pattern: SENSITIVE,
			explanation: {
				message: 'Chanjing refused the prompt: it contains sensitive words',
				hint: `Chanjing answered that the prompt contains sensitive words ${quoted(msg)}. ${REWRITE} Nothing was created or charged for this ${noun}.`,
			},
		},
		{
			pattern: MODEL_OFFLINE,
			explanation: {
				message: `Chanjing has taken the ${offlineSubject(msg)} offline`,
				hint: `Chanjing answered that the ${offlineSubject(msg)} is offline ${quoted(msg)}. ${chooseAnother(offlineSubject(msg))}, then run the item again. Nothing was created or charged for this ${noun}.`,
			},
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
}

/**
 * What went wrong and what to do, for a Chanjing business code and message; `noun` names what
 * the request was about (the product's adapter.noun: "video", "image task"; default "task").
 */
export function explainChanjingError(code: number, msg: string, noun = 'task'): ErrorExplanation {
	const known = knownMessages(noun, msg).find(({ pattern }) => pattern.test(msg));
	if (known) return known.explanation;
	return (
		EXPLANATIONS[code] ?? {
			message: 'Chanjing returned an error',
			hint: 'See Chanjing’s message; quote the trace ID when you ask Chanjing support.',
		}
	);
}

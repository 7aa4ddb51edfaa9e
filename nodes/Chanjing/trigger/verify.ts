import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { TOKEN_REJECTED_CODES } from '../api/envelope';
import { isFinished, type TaskStatus } from '../task/adapter';
import { isTransientError } from '../transport/outcome';
import { chanjingRequest } from '../transport/request';
import type { Candidate } from './callbackBody';
import { VERIFY_ATTEMPTS, VERIFY_PAUSES_MS } from './limits';
import type { FinishedTask } from './output';

/**
 * What Chanjing's API says of the task a callback names. A callback carries no signature, so
 * only this answer is trusted: the task's detail fetched with the credential.
 */
export type Verdict =
	| { kind: 'finished'; task: FinishedTask; id: string; status: TaskStatus | string }
	| { kind: 'unfinished'; task: FinishedTask; id: string; status: TaskStatus | string }
	/** No chosen product has a task with that ID. */
	| { kind: 'unknown' }
	/** Chanjing could not be asked (overloaded, unreachable, the credential refused). */
	| { kind: 'unavailable'; reason: string };

/** Chanjing's codes that say nothing of the task: try again, or the credential's fault. */
const NOT_ABOUT_THE_TASK = [40001, 50000, ...TOKEN_REJECTED_CODES];

/** Whether a failed detail request means the task does not exist (Chanjing refused the ID). */
export function meansNoSuchTask(error: unknown): boolean {
	const code = Number((error as { context?: IDataObject }).context?.chanjingCode);
	return Number.isFinite(code) && code !== 0 && !NOT_ABOUT_THE_TASK.includes(code);
}

class Unavailable extends Error {}

/** The task's detail (`data`), or undefined when Chanjing has no such task. */
async function fetchDetail(
	ctx: IWebhookFunctions,
	{ product, id }: Candidate,
): Promise<IDataObject | undefined> {
	const { adapter } = product;
	let last: unknown;
	for (let attempt = 0; attempt < VERIFY_ATTEMPTS; attempt++) {
		if (attempt > 0) await sleep(VERIFY_PAUSES_MS[attempt - 1] ?? 0);
		try {
			const { data } = await chanjingRequest.call(
				ctx,
				adapter.detailRequest(id),
				` (${adapter.idName} ${id})`,
			);
			return typeof data === 'object' && data !== null ? (data as IDataObject) : undefined;
		} catch (error) {
			if (meansNoSuchTask(error)) return undefined;
			last = error;
			if (!isTransientError(error)) break;
		}
	}
	throw new Unavailable((last as Error).message);
}

/**
 * Asks Chanjing for each candidate in turn (one request per distinct detail: AI video and AI
 * image share theirs) and answers for the first that exists, is the product's own and has
 * finished — else for the first that exists. An unfinished one does not end the search: a
 * record that two products read alike (an avatar video's and a lip-sync video's) is asked of
 * both, in case Chanjing's two details share their IDs.
 */
export async function verifyCallback(
	this: IWebhookFunctions,
	candidates: Candidate[],
): Promise<Verdict> {
	const asked = new Map<string, Promise<IDataObject | undefined>>();
	let unavailable: string | undefined;
	let unfinished: Verdict | undefined;
	for (const candidate of candidates) {
		const { adapter } = candidate.product;
		const key = JSON.stringify(adapter.detailRequest(candidate.id));
		if (!asked.has(key)) asked.set(key, fetchDetail(this, candidate));
		let raw: IDataObject | undefined;
		try {
			raw = await asked.get(key);
		} catch (error) {
			unavailable ??= (error as Error).message;
			continue;
		}
		if (!raw || adapter.trigger.taskIdIn(raw) !== candidate.id) continue;
		const { status } = adapter.toTask(raw);
		const task = { product: candidate.product, raw };
		if (isFinished(status)) {
			return { kind: 'finished', task, id: candidate.id, status: status as string };
		}
		unfinished ??= { kind: 'unfinished', task, id: candidate.id, status: status as string };
	}
	if (unfinished) return unfinished;
	return unavailable === undefined
		? { kind: 'unknown' }
		: { kind: 'unavailable', reason: unavailable };
}

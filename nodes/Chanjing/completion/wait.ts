import type { IDataObject, IExecuteSingleFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { explainTaskFailure, isBillingFailure, TOP_UP_HINT } from '../api/explanations';
import {
	DEFAULT_MAX_WAIT_MINUTES,
	DEFAULT_POLL_INTERVAL_S,
	MAX_TRANSIENT_FAILURES,
	MAX_WAIT_MINUTES_LIMIT,
	MIN_POLL_INTERVAL_S,
} from './limits';
import { isTimeout, isTransientError } from '../transport/outcome';
import { pauseUnlessCancelled } from '../transport/pause';
import { nextPollDelayS } from './pollSchedule';
import { chanjingRequest } from '../transport/request';
import { requestTimeouts } from '../transport/timeouts';
import { itemMemory } from '../memory/itemMemory';
import type { TaskAdapter } from '../task/adapter';
import { markTaskEnded } from './taskErrors';

export interface WaitOptions {
	maxWaitMinutes?: number;
	pollIntervalSeconds?: number;
	onTimeout?: 'error' | 'returnRunning';
}

/**
 * How waiting maps onto the clock. Tests shrink `msPerSecond` so that a minute of waiting
 * takes milliseconds while the number of polls stays what a user gets.
 */
export const pollTiming = { firstDelayS: 2, msPerSecond: 1000, sliceMs: 1000 };

/** The shortest timeout of a status check, even when Max Wait is about to pass. */
const LAST_CHECK_MIN_MS = 5000;

interface ErrorWithContext {
	context?: IDataObject;
}

function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function idNote(adapter: TaskAdapter, id: string): string {
	return ` (${adapter.idName} ${id})`;
}

/** Sleeps in short slices so that a cancelled execution stops waiting at once. */
async function pause(
	context: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	ms: number,
	id: string,
): Promise<void> {
	await pauseUnlessCancelled(
		context,
		ms,
		pollTiming.sliceMs,
		() =>
			new NodeOperationError(
				context.getNode(),
				`Stopped waiting for ${adapter.noun} ${id}: the execution was cancelled`,
				{
					itemIndex: context.getItemIndex(),
					description: `The task goes on at Chanjing; get it later with ${adapter.idName} ${id}.`,
				},
			),
	);
}

export function failedTaskError(
	context: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	task: IDataObject,
): NodeApiError {
	const id = String(task[adapter.idField]);
	const reason = String(task.errorMessage ?? task.progressDesc ?? 'failed');
	// AI creation ends in words (progress_desc), Chanjing's own products in numbers (status)
	const ended = String(task.progressDesc ?? task.statusCode ?? task.status);
	const billing = isBillingFailure(reason);
	const cost = adapter.failedNote ?? 'Chanjing does not charge for a failed task.';
	// Chanjing's reason is Chinese: its meaning and what to do, the original kept in the message
	const known = billing ? undefined : explainTaskFailure(reason);
	const error = new NodeApiError(
		context.getNode(),
		{ [adapter.idField]: id, progressDesc: ended },
		{
			message: billing
				? `Chanjing could not charge ${adapter.noun} ${id}: the account is out of credits (${reason})`
				: known
					? `Chanjing could not generate ${adapter.noun} ${id}: ${known.meaning} (${reason})`
					: `Chanjing could not generate ${adapter.noun} ${id}: ${reason}`,
			description: billing
				? `${TOP_UP_HINT} ${capitalized(adapter.idName)}: ${id}.`
				: `${known ? `${known.action} ` : ''}The task ended as "${ended}". ${cost} ${capitalized(adapter.idName)}: ${id}.`,
			httpCode: '200',
			itemIndex: context.getItemIndex(),
		},
	);
	return markTaskEnded(error);
}

/** The part of a failed request's description that quotes the answer, without its hint. */
function answerQuoted(description: unknown): string {
	const text = String(description ?? '');
	const quoted = /(Chanjing's answer: .*|Answer: .*)$/s.exec(text);
	return quoted
		? ` Chanjing's last answer: ${quoted[1].replace(/^(Chanjing's answer|Answer): /, '')}`
		: '';
}

/**
 * A status check that failed for good: the task exists (it is not created again), so the message
 * names it and the hint that the answer's kind would give ("retry later") is left out.
 */
function checkFailedError(
	context: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	id: string,
	failure: unknown,
	failures: number,
): NodeApiError {
	// NodeApiError passes an n8n error through unchanged and wraps anything else.
	const error = new NodeApiError(context.getNode(), failure as JsonObject, {
		itemIndex: context.getItemIndex(),
	});
	const inARow = failures > 1 ? ` (${failures} checks in a row failed)` : '';
	const original = error.message;
	error.message = `Could not check ${adapter.noun} ${id}: ${original}${inARow}`;
	error.description = `The ${adapter.taskName} was created and goes on at Chanjing; the node stopped checking its status.${answerQuoted(error.description)}`;
	return error;
}

function timeoutError(
	context: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	id: string,
	minutes: number,
	task?: IDataObject,
) {
	return new NodeOperationError(
		context.getNode(),
		`${capitalized(adapter.noun)} ${id} was not ready after ${minutes} min (last status: ${String(task?.status ?? 'unknown')})`,
		{
			itemIndex: context.getItemIndex(),
			description: `The task goes on at Chanjing. Get it later with the Get operation and ${adapter.idName} ${id}, raise Max Wait, or set On Timeout to return the running task.`,
		},
	);
}

/**
 * Polls the task until it succeeds (returns it), fails (throws) or Max Wait passes, on the
 * schedule of nextPollDelayS: soon, then at each multiple of the Poll Interval (version 1: the
 * delay doubles up to it); 40001 waits a full interval.
 */
export async function waitForTask(
	this: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	id: string,
	options: WaitOptions,
): Promise<IDataObject> {
	const intervalS = Math.max(
		MIN_POLL_INTERVAL_S,
		Number(options.pollIntervalSeconds) || DEFAULT_POLL_INTERVAL_S,
	);
	const maxWaitMinutes = Math.min(
		MAX_WAIT_MINUTES_LIMIT,
		Math.max(0, Number(options.maxWaitMinutes ?? DEFAULT_MAX_WAIT_MINUTES)),
	);
	const maxWaitS = maxWaitMinutes * 60;
	// Version 1 keeps the schedule its saved workflows were recorded with (see pollSchedule.ts).
	const schedule = {
		intervalS,
		firstDelayS: pollTiming.firstDelayS,
		doubling: this.getNode().typeVersion < 2,
	};
	let delayS = nextPollDelayS({ waitedS: 0, lastDelayS: 0 }, schedule);
	let waitedS = 0;
	let failures = 0;
	let task: IDataObject | undefined;
	while (waitedS < maxWaitS) {
		delayS = Math.min(delayS, maxWaitS - waitedS);
		await pause(this, adapter, delayS * pollTiming.msPerSecond, id);
		waitedS += delayS;
		// A status check that hangs is cut off at what is left of Max Wait (and at the API timeout).
		const leftMs = (maxWaitS - waitedS) * pollTiming.msPerSecond;
		const pollStartedAt = Date.now();
		try {
			const answer = await chanjingRequest.call(
				this,
				{
					...adapter.detailRequest(id),
					// at least a few seconds, so that the last check at Max Wait gets its answer
					timeout: Math.min(requestTimeouts.apiMs, Math.max(LAST_CHECK_MIN_MS, leftMs)),
				},
				idNote(adapter, id),
			);
			const raw = (answer.data ?? {}) as IDataObject;
			itemMemory(this).rawTask = raw;
			task = adapter.toTask(raw);
			failures = 0;
		} catch (error) {
			if (isTimeout(error)) waitedS += (Date.now() - pollStartedAt) / pollTiming.msPerSecond;
			failures += 1;
			if (!isTransientError(error) || failures > MAX_TRANSIENT_FAILURES) {
				throw checkFailedError(this, adapter, id, error, failures);
			}
			const rateLimited = Number((error as ErrorWithContext).context?.chanjingCode) === 40001;
			delayS = nextPollDelayS({ waitedS, lastDelayS: delayS, rateLimited }, schedule);
			continue;
		}
		if (task.status === 'succeeded') return task;
		if (task.status === 'failed') throw failedTaskError(this, adapter, task);
		delayS = nextPollDelayS({ waitedS, lastDelayS: delayS }, schedule);
	}
	if (options.onTimeout === 'returnRunning') {
		return { ...(task ?? { [adapter.idField]: id, status: 'unknown' }), timedOut: true };
	}
	throw timeoutError(this, adapter, id, maxWaitMinutes, task);
}

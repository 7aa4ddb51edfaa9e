import type { IDataObject, IExecuteSingleFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isCredentialError } from '../auth/session';
import { TASK_PATH } from '../shared/api';
import {
	DEFAULT_MAX_WAIT_MINUTES,
	DEFAULT_POLL_INTERVAL_S,
	MAX_TRANSIENT_FAILURES,
	MAX_WAIT_MINUTES_LIMIT,
	MIN_POLL_INTERVAL_S,
} from '../shared/limits';
import { isTimeout } from '../transport/outcome';
import { pauseUnlessCancelled } from '../transport/pause';
import { nextPollDelayS } from '../transport/pollSchedule';
import { chanjingRequest } from '../transport/request';
import { requestTimeouts } from '../transport/timeouts';
import { taskNoun, toTask } from './task';

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

const TRANSIENT_CODES = [40001, 50000];

/** The shortest timeout of a status check, even when Max Wait is about to pass. */
const LAST_CHECK_MIN_MS = 5000;

interface ErrorWithContext {
	context?: IDataObject;
	httpCode?: string | null;
}

/** Whether a failed poll is worth another try: Chanjing overloaded or the network blinked. */
export function isTransientPollError(error: unknown): boolean {
	const { context, httpCode } = (error ?? {}) as ErrorWithContext;
	const code = Number(context?.chanjingCode);
	if (code) return TRANSIENT_CODES.includes(code);
	if (isCredentialError(error)) return false;
	const status = Number(httpCode);
	return !(status >= 400 && status < 500);
}

function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function idNote(creationId: string): string {
	return ` (creation ID ${creationId})`;
}

/** Sleeps in short slices so that a cancelled execution stops waiting at once. */
async function pause(
	context: IExecuteSingleFunctions,
	ms: number,
	creationId: string,
): Promise<void> {
	await pauseUnlessCancelled(
		context,
		ms,
		pollTiming.sliceMs,
		() =>
			new NodeOperationError(
				context.getNode(),
				`Stopped waiting for ${taskNoun(context)} ${creationId}: the execution was cancelled`,
				{
					itemIndex: context.getItemIndex(),
					description: `The task goes on at Chanjing; get it later with creation ID ${creationId}.`,
				},
			),
	);
}

export function failedTaskError(context: IExecuteSingleFunctions, task: IDataObject): NodeApiError {
	const id = String(task.creationId);
	const reason = String(task.errorMessage ?? task.progressDesc ?? 'failed');
	return new NodeApiError(
		context.getNode(),
		{ creationId: id, progressDesc: String(task.progressDesc) },
		{
			message: `Chanjing could not generate ${taskNoun(context)} ${id}: ${reason}`,
			description: `The task ended as "${String(task.progressDesc)}". Chanjing does not charge for a failed task. Creation ID: ${id}.`,
			httpCode: '200',
			itemIndex: context.getItemIndex(),
		},
	);
}

function timeoutError(
	context: IExecuteSingleFunctions,
	id: string,
	minutes: number,
	task?: IDataObject,
) {
	return new NodeOperationError(
		context.getNode(),
		`${capitalized(taskNoun(context))} ${id} was not ready after ${minutes} min (last status: ${String(task?.status ?? 'unknown')})`,
		{
			itemIndex: context.getItemIndex(),
			description: `The task goes on at Chanjing. Get it later with the Get operation and creation ID ${id}, raise Max Wait, or set On Timeout to return the running task.`,
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
	creationId: string,
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
		await pause(this, delayS * pollTiming.msPerSecond, creationId);
		waitedS += delayS;
		// A status check that hangs is cut off at what is left of Max Wait (and at the API timeout).
		const leftMs = (maxWaitS - waitedS) * pollTiming.msPerSecond;
		const pollStartedAt = Date.now();
		try {
			const answer = await chanjingRequest.call(
				this,
				{
					method: 'GET',
					url: TASK_PATH,
					qs: { unique_id: creationId },
					// at least a few seconds, so that the last check at Max Wait gets its answer
					timeout: Math.min(requestTimeouts.apiMs, Math.max(LAST_CHECK_MIN_MS, leftMs)),
				},
				idNote(creationId),
			);
			task = toTask((answer.data ?? {}) as IDataObject);
			failures = 0;
		} catch (error) {
			if (isTimeout(error)) waitedS += (Date.now() - pollStartedAt) / pollTiming.msPerSecond;
			failures += 1;
			if (!isTransientPollError(error) || failures > MAX_TRANSIENT_FAILURES) {
				// NodeApiError passes an n8n error through unchanged and wraps anything else.
				throw new NodeApiError(this.getNode(), error as JsonObject, {
					itemIndex: this.getItemIndex(),
				});
			}
			const rateLimited = Number((error as ErrorWithContext).context?.chanjingCode) === 40001;
			delayS = nextPollDelayS({ waitedS, lastDelayS: delayS, rateLimited }, schedule);
			continue;
		}
		if (task.status === 'succeeded') return task;
		if (task.status === 'failed') throw failedTaskError(this, task);
		delayS = nextPollDelayS({ waitedS, lastDelayS: delayS }, schedule);
	}
	if (options.onTimeout === 'returnRunning') {
		return { ...(task ?? { creationId, status: 'unknown' }), timedOut: true };
	}
	throw timeoutError(this, creationId, maxWaitMinutes, task);
}

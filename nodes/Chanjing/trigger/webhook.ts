import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { candidatesOf, isTooLarge, type SizedRequest, taskRecordOf } from './callbackBody';
import { MAX_CALLBACK_BYTES } from './limits';
import { taskItems } from './output';
import { claim, release, remember, taskKey } from './repeats';
import { cleanSecret, hasPathSecret, type PathRequest } from './secret';
import { readTriggerSettings, wanted } from './settings';
import { leaveTestItems } from './testCallbacks';
import { verifyCallback } from './verify';

/** Answers the callback now, with `status` and a JSON body. */
function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): void {
	ctx.getResponseObject().status(status).json(body);
}

/** Refuses the callback: an HTTP answer and no execution. */
function refuse(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	answer(ctx, status, { received: false, message });
	return { noWebhookResponse: true };
}

/** Takes the callback (HTTP 200) without starting the workflow. */
function passOver(message: string, id: string): IWebhookResponseData {
	return { webhookResponse: { received: true, started: false, message, taskId: id } };
}

/**
 * A callback from Chanjing (Webhook mode). Its body is never trusted: the task it names is
 * fetched from Chanjing's API with the credential and emitted as the API returned it, or the
 * callback is refused without an execution — 413 for a body over the size limit, 400 for a body
 * that names no task of the chosen products, 404 when Chanjing has no such task, 409 when the
 * task has not finished, 503 when Chanjing cannot be asked. A repeat of a callback taken within
 * the Repeat Window, and a task whose outcome is not the one chosen, are answered 200 and start
 * nothing. The Path Secret is checked before anything else (404, as n8n answers a URL without
 * it), then the size.
 */
export async function receiveCallback(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject() as unknown as PathRequest & SizedRequest;
	if (!hasPathSecret(request, cleanSecret(this.getNodeParameter('pathSecret', '')))) {
		return refuse(this, 404, 'Not found');
	}
	if (isTooLarge(request)) {
		return refuse(this, 413, `The body is larger than ${MAX_CALLBACK_BYTES} bytes`);
	}
	const settings = readTriggerSettings(this);
	const record = taskRecordOf(this.getBodyData());
	const candidates = record ? candidatesOf(record, settings.products) : [];
	if (candidates.length === 0) {
		return refuse(
			this,
			400,
			`The body names no task of the products chosen (${settings.products.map((p) => p.name).join(', ') || 'none'})`,
		);
	}
	const production = this.getMode() !== 'manual';
	const keys = candidates.map((c) => taskKey(c.product.value, c.id));
	const checksRepeats = production && !settings.emitRepeats;
	if (checksRepeats && !claim(this, keys, settings.repeatWindowMs)) {
		return passOver('A repeat of a callback that already started the workflow', candidates[0].id);
	}

	const verdict = await verifyCallback.call(this, candidates);
	if (verdict.kind !== 'finished') {
		if (checksRepeats) release(this, keys);
		if (verdict.kind === 'unknown') return refuse(this, 404, 'Chanjing has no such task');
		if (verdict.kind === 'unavailable') {
			this.logger.warn(`Chanjing Trigger: a callback could not be checked: ${verdict.reason}`);
			return refuse(this, 503, 'Chanjing could not be asked about the task; send it again later');
		}
		return refuse(this, 409, `The task has not finished (status ${verdict.status})`);
	}
	const key = taskKey(verdict.task.product.value, verdict.id);
	if (checksRepeats) {
		release(
			this,
			keys.filter((k) => k !== key),
		);
		remember(this, key, settings.repeatWindowMs);
	}
	if (!wanted(settings.outcome, verdict.status)) {
		return passOver(`The task ${verdict.status}, which does not start this workflow`, verdict.id);
	}

	// Answered before any download, so that Chanjing does not wait for the file.
	answer(this, 200, { received: true, started: true, taskId: verdict.id });
	const items = await taskItems.call(this, verdict.task, settings);
	if (!production) leaveTestItems(this, items);
	return { noWebhookResponse: true, workflowData: [items] };
}

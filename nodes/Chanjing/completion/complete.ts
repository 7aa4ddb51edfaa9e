import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { itemMemory } from '../memory/itemMemory';
import { isFinished, type TaskAdapter } from '../task/adapter';
import { runsAsTool } from './agentAnswer';
import { deliverFiles } from './delivery';
import { downloadOutput } from './download';
import { readCompletionSettings } from './settings';
import { namingTheTask } from './taskErrors';
import { failedTaskError, waitForTask } from './wait';

export interface CompletionBehaviour {
	/** Whether Download applies only together with Wait for Completion (a new task has no file yet). */
	downloadNeedsWait: boolean;
}

type AfterStep = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
) => Promise<INodeExecutionData[]>;

/**
 * After the request of a create or Get (runItem's `after`, outside the request: a failed wait is
 * not a failed submit): when asked, waits for the task to finish and attaches its file, or puts
 * out one item per file (images).
 */
export function completeTask(
	adapter: TaskAdapter,
	{ downloadNeedsWait }: CompletionBehaviour,
): AfterStep {
	return async function completeTaskIfAsked(this: IExecuteSingleFunctions, items) {
		try {
			return await complete.call(this, adapter, items, downloadNeedsWait);
		} catch (error) {
			// The task exists: every error from here on names it and says to fetch it with Get.
			throw namingTheTask(this, adapter, String(items[0]?.json[adapter.idField]), error);
		}
	};
}

/** The task as output: simplified, or (Simplify off) as Chanjing sent it. */
function shown(
	context: IExecuteSingleFunctions,
	task: IDataObject,
	simplify: boolean,
): IDataObject {
	const raw = itemMemory(context).rawTask;
	if (simplify || !raw) return task;
	return task.timedOut ? { ...raw, timedOut: true } : raw;
}

async function complete(
	this: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	items: INodeExecutionData[],
	downloadNeedsWait: boolean,
): Promise<INodeExecutionData[]> {
	if (items.length === 0) return items;
	const settings = readCompletionSettings(this);
	let task = items[0].json as IDataObject;
	const id = String(task[adapter.idField]);
	if (settings.waitForCompletion) {
		if (task.status === 'failed') throw failedTaskError(this, adapter, task);
		if (!isFinished(task.status)) {
			task = { ...task, ...(await waitForTask.call(this, adapter, id, settings)) };
		}
	}
	const json = shown(this, task, settings.simplify);
	// As a tool the answer goes to a model, which cannot read a file (see agentAnswer.ts).
	const wantsFiles =
		settings.download &&
		(!downloadNeedsWait || settings.waitForCompletion) &&
		!task.timedOut &&
		!runsAsTool(this);
	const finished = task.status === 'succeeded';
	if (adapter.outputs.delivery && finished && !task.timedOut) {
		return await deliverFiles(this, adapter, task, json, {
			download: wantsFiles,
			binaryPropertyName: settings.binaryPropertyName,
			onShortDelivery: settings.onShortDelivery,
		});
	}
	if (!wantsFiles) return [{ json }];
	const property = settings.binaryPropertyName;
	const urls = adapter.outputs.urls(task);
	if (adapter.outputs.layout === 'attach') {
		const binary = await downloadOutput.call(this, adapter, id, urls[0], 0, { finished });
		return [{ json, binary: { [property]: binary } }];
	}
	// A task without files fails the item, with the reason, like a missing video.
	if (urls.length === 0) await downloadOutput.call(this, adapter, id, undefined, 0, { finished });
	const fields = adapter.outputs.fileFields ?? { index: 'fileIndex', url: 'fileUrl' };
	const files: INodeExecutionData[] = [];
	for (const [index, url] of urls.entries()) {
		const place = { finished, total: urls.length };
		files.push({
			json: { ...json, [fields.index]: index, [fields.url]: url as string },
			binary: { [property]: await downloadOutput.call(this, adapter, id, url, index, place) },
		});
	}
	return files;
}

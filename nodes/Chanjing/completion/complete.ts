import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { readCompletionSettings } from './settings';
import { downloadImage, downloadVideo } from './download';
import { isFinished, isImageResource, rawTaskOf } from '../aiCreation/task';
import { runsAsTool } from './agentAnswer';
import { failedTaskError, waitForTask } from './wait';

export interface CompletionBehaviour {
	/** Whether Download applies only together with Wait for Completion (a new task has no file yet). */
	downloadNeedsWait: boolean;
}

/**
 * After the request of Generate and Get (runItem's `after`, outside the request: a failed
 * wait is not a failed submit): when asked, waits for the task to finish and attaches the video,
 * or puts out one item per image.
 */
export function completeTask({
	downloadNeedsWait,
}: CompletionBehaviour): (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
) => Promise<INodeExecutionData[]> {
	return async function completeTaskIfAsked(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		return await complete.call(this, items, downloadNeedsWait);
	};
}

/** The task as output: simplified, or (Simplify off) as Chanjing sent it. */
function shown(task: IDataObject, latest: IDataObject, simplify: boolean): IDataObject {
	const raw = rawTaskOf(latest);
	if (simplify || !raw) return task;
	return task.timedOut ? { ...raw, timedOut: true } : raw;
}

async function complete(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	downloadNeedsWait: boolean,
): Promise<INodeExecutionData[]> {
	if (items.length === 0) return items;
	const settings = readCompletionSettings(this);
	let latest = items[0].json as IDataObject;
	let task = latest;
	const creationId = String(task.creationId);
	if (settings.waitForCompletion) {
		if (task.status === 'failed') throw failedTaskError(this, task);
		if (!isFinished(task.status)) {
			latest = await waitForTask.call(this, creationId, settings);
			task = { ...task, ...latest };
		}
	}
	const json = shown(task, latest, settings.simplify);
	// As a tool the answer goes to a model, which cannot read a file (see hooks/tool.ts).
	const wantsFiles =
		settings.download &&
		(!downloadNeedsWait || settings.waitForCompletion) &&
		!task.timedOut &&
		!runsAsTool(this);
	if (!wantsFiles) return [{ json }];
	const property = settings.binaryPropertyName;
	if (!isImageResource(this)) {
		return [
			{ json, binary: { [property]: await downloadVideo.call(this, creationId, task.videoUrl) } },
		];
	}
	const urls = (task.outputUrls ?? []) as string[];
	// A finished task without images fails the item, with the reason, like a missing video.
	if (urls.length === 0) await downloadImage.call(this, creationId, undefined, 0);
	const images: INodeExecutionData[] = [];
	for (const [index, imageUrl] of urls.entries()) {
		images.push({
			json: { ...json, imageIndex: index, imageUrl },
			binary: { [property]: await downloadImage.call(this, creationId, imageUrl, index) },
		});
	}
	return images;
}

import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { readCompletionSettings } from './completionSettings';
import { downloadVideo } from './download';
import { isFinished } from './task';
import { runsAsTool } from './tool';
import { failedTaskError, waitForTask } from './wait';

export interface CompletionBehaviour {
	/** Whether Download Video applies only together with Wait for Completion (a new task has no video yet). */
	downloadNeedsWait: boolean;
}

/**
 * After the request of Generate and Get (runItem's `after`, outside the request: a failed
 * wait is not a failed submit): when asked, waits for the task to finish and attaches the video.
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

async function complete(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	downloadNeedsWait: boolean,
): Promise<INodeExecutionData[]> {
	if (items.length === 0) return items;
	const options = readCompletionSettings(this);
	let json = items[0].json as IDataObject;
	const creationId = String(json.creationId);
	if (options.waitForCompletion) {
		if (json.status === 'failed') throw failedTaskError(this, json);
		if (!isFinished(json.status))
			json = { ...json, ...(await waitForTask.call(this, creationId, options)) };
	}
	// As a tool the answer goes to a model, which cannot read a video file (see hooks/tool.ts).
	const wantsVideo =
		options.download &&
		(!downloadNeedsWait || options.waitForCompletion) &&
		!json.timedOut &&
		!runsAsTool(this);
	if (!wantsVideo) return [{ json }];
	const property = options.binaryPropertyName;
	return [
		{ json, binary: { [property]: await downloadVideo.call(this, creationId, json.videoUrl) } },
	];
}

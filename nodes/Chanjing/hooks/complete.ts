import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { downloadVideo } from './download';
import { isFinished } from './task';
import { failedTaskError, waitForTask, type WaitOptions } from './wait';

interface CompletionOptions extends WaitOptions {
	waitForCompletion?: boolean;
	downloadVideo?: boolean;
	binaryPropertyName?: string;
}

/**
 * postReceive, last on Generate and Get: when asked, waits for the task to finish and
 * attaches the video. Generate downloads only with waiting (a new task has no video yet).
 */
export async function completeTaskIfAsked(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (items.length === 0) return items;
	const options = this.getNodeParameter('options', {}) as CompletionOptions;
	const isGet = this.getNodeParameter('operation') === 'get';
	let json = items[0].json as IDataObject;
	const creationId = String(json.creationId);
	if (options.waitForCompletion) {
		if (json.status === 'failed') throw failedTaskError(this, json);
		if (!isFinished(json.status))
			json = { ...json, ...(await waitForTask.call(this, creationId, options)) };
	}
	const wantsVideo =
		options.downloadVideo && (isGet || options.waitForCompletion) && !json.timedOut;
	if (!wantsVideo) return [{ json }];
	const property = options.binaryPropertyName || 'data';
	return [
		{ json, binary: { [property]: await downloadVideo.call(this, creationId, json.videoUrl) } },
	];
}

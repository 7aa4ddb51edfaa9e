import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { readCompletionSettings } from './settings';
import { isImageResource } from '../aiCreation/task';

/**
 * Whether the node runs as the "Chanjing Tool" of an AI Agent or an MCP Server Trigger: n8n
 * gives a node with `usableAsTool` a tool variant whose type is the node's type plus `Tool`.
 */
export function runsAsTool(context: IExecuteSingleFunctions): boolean {
	return context.getNode().type.endsWith('Tool');
}

export const SUBMITTED_MESSAGE =
	"Video task submitted; rendering usually takes a few minutes. Get the video with the Chanjing tool's Get operation and this creationId until status is succeeded (then videoUrl is the MP4) or failed. Do not submit again to check progress: every submit costs Chanjing credits.";

export const DOWNLOAD_IGNORED =
	' Download Video is ignored when the node runs as a tool: a model cannot read a video file; videoUrl is its address.';

export const IMAGE_SUBMITTED_MESSAGE =
	"Image task submitted; it usually takes under a minute. Get it with the Chanjing tool's Get operation and this creationId until status is succeeded (then outputUrls are the images) or failed. Do not submit again to check progress: every submit costs Chanjing credits.";

export const IMAGE_DOWNLOAD_IGNORED =
	' Download Images is ignored when the node runs as a tool: a model cannot read image files; outputUrls are their addresses.';

/** What a model should do next with a submitted or fetched image task. */
function nextImageStep(task: IDataObject): string {
	switch (task.status) {
		case 'submitted':
			return IMAGE_SUBMITTED_MESSAGE;
		case 'succeeded':
			return `The images are ready: ${((task.outputUrls ?? []) as string[]).join(' ')}`;
		case 'failed':
			return `The image task failed: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Submitting again costs credits again; change the prompt first.`;
		default:
			return `The images are not ready yet (${String(task.status)}). Call Get again with this creationId in a little while.`;
	}
}

/** What a model should do next with a submitted or fetched task. */
export function nextStep(task: IDataObject, image = false): string {
	if (image) return nextImageStep(task);
	switch (task.status) {
		case 'submitted':
			return SUBMITTED_MESSAGE;
		case 'succeeded':
			return `The video is ready: ${String(task.videoUrl)}`;
		case 'failed':
			return `The video task failed: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Submitting again costs credits again; change the prompt or the frames first.`;
		default:
			return `The video is not ready yet (${String(task.status)}). Call Get again with this creationId in about a minute.`;
	}
}

/**
 * postReceive, last on Generate and Get: when the node runs as a tool, each answer gets a
 * `status` (`submitted` for a new task) and a `message` saying what to do next, and carries no
 * binary data (a model reads text). On the canvas the items pass unchanged.
 */
export async function explainForModel(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (!runsAsTool(this)) return items;
	const download = readCompletionSettings(this).download;
	const image = isImageResource(this);
	return items.map(({ json, pairedItem }) => {
		const task = { ...json, status: json.status ?? 'submitted' };
		const message =
			nextStep(task, image) + (download ? (image ? IMAGE_DOWNLOAD_IGNORED : DOWNLOAD_IGNORED) : '');
		return { json: { ...task, message }, ...(pairedItem === undefined ? {} : { pairedItem }) };
	});
}

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { IMAGE_CREATION_TYPE } from './models';

export type TaskStatus = 'queued' | 'generating' | 'succeeded' | 'failed';

const STATUS_BY_PROGRESS: Record<string, TaskStatus> = {
	Queued: 'queued',
	Ready: 'queued',
	Generating: 'generating',
	Success: 'succeeded',
	Error: 'failed',
	Fail: 'failed',
	Cancelled: 'failed',
};

export function taskStatus(progressDesc: unknown): string {
	const raw = String(progressDesc ?? '');
	return STATUS_BY_PROGRESS[raw] ?? raw.toLowerCase();
}

export function isFinished(status: unknown): boolean {
	return status === 'succeeded' || status === 'failed';
}

/** The task records as Chanjing sent them, for Simplify off (version 2). */
const rawTasks = new WeakMap<IDataObject, IDataObject>();

export function rawTaskOf(task: IDataObject): IDataObject | undefined {
	return rawTasks.get(task);
}

export function isImageTask(raw: IDataObject): boolean {
	return Number(raw.type) === IMAGE_CREATION_TYPE;
}

/**
 * Chanjing's task record as the node outputs it (Get, Get Many, waiting): the same fields for
 * every model, then a video's duration or an image task's aspect ratio and number of images.
 */
export function toTask(raw: IDataObject): IDataObject {
	const image = isImageTask(raw);
	const info = ((image ? raw.photo_info : raw.motion_info) ?? {}) as IDataObject;
	const outputUrls = Array.isArray(raw.output_url) ? (raw.output_url as string[]) : [];
	const createTime = Number(raw.create_time);
	const task: IDataObject = {
		creationId: String(raw.unique_id ?? ''),
		status: taskStatus(raw.progress_desc),
		progressDesc: raw.progress_desc ?? null,
		...(image ? {} : { videoUrl: outputUrls[0] ?? null }),
		outputUrls,
		errorMessage: raw.err_msg ? String(raw.err_msg) : null,
		createdAt:
			Number.isFinite(createTime) && createTime > 0
				? new Date(createTime * 1000).toISOString()
				: null,
		model: raw.model_code ?? null,
		prompt: info.ref_prompt ?? null,
		clarity: info.clarity ?? null,
		...(image
			? {
					aspectRatio: info.aspect_ratio ?? raw.aspect_ratio ?? null,
					numberOfImages: info.number_of_images ?? null,
				}
			: { duration: info.video_duration ?? null }),
	};
	rawTasks.set(task, raw);
	return task;
}

/** Simplify (version 2, on by default; version 1 always simplifies). */
export function simplifies(context: IExecuteSingleFunctions): boolean {
	return context.getNode().typeVersion < 2 || context.getNodeParameter('simplify', true) !== false;
}

/** preSend of Get: the Creation ID without the spaces a copy and paste brings along. */
export async function trimCreationId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const qs = requestOptions.qs as IDataObject;
	qs.unique_id = String(qs.unique_id).trim();
	return requestOptions;
}

/** postReceive of Get: the task detail as a clean task. */
export async function toTaskResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as ChanjingEnvelope;
	return [{ json: toTask((body.data ?? {}) as IDataObject) }];
}

/** Whether the node works on image tasks (Resource Image; version 1 has video only). */
export function isImageResource(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('resource', 'video') === 'image';
}

/** What the node's resource makes, as messages name it: "video" or "image task". */
export function taskNoun(context: IExecuteSingleFunctions): string {
	return isImageResource(context) ? 'image task' : 'video';
}

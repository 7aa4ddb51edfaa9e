import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { itemMemory } from '../memory/itemMemory';
import type { TaskStatus } from '../task/adapter';
import { IMAGE_CREATION_TYPE } from './paths';

/** An AI-creation task's `progress_desc`, normalised. */
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
	return {
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

/** postReceive of Get: the task detail as a clean task (the record kept for Simplify off). */
export async function toTaskResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const raw = ((response.body as ChanjingEnvelope).data ?? {}) as IDataObject;
	itemMemory(this).rawTask = raw;
	return [{ json: toTask(raw) }];
}

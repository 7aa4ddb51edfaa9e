import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { ChanjingEnvelope } from '../shared/envelope';

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

/** Chanjing's task record as the node outputs it (Get, Get Many, waiting). */
export function toTask(raw: IDataObject): IDataObject {
	const motion = (raw.motion_info ?? {}) as IDataObject;
	const outputUrls = Array.isArray(raw.output_url) ? (raw.output_url as string[]) : [];
	const createTime = Number(raw.create_time);
	return {
		creationId: String(raw.unique_id ?? ''),
		status: taskStatus(raw.progress_desc),
		progressDesc: raw.progress_desc ?? null,
		videoUrl: outputUrls[0] ?? null,
		outputUrls,
		errorMessage: raw.err_msg ? String(raw.err_msg) : null,
		createdAt:
			Number.isFinite(createTime) && createTime > 0
				? new Date(createTime * 1000).toISOString()
				: null,
		model: raw.model_code ?? null,
		prompt: motion.ref_prompt ?? null,
		clarity: motion.clarity ?? null,
		duration: motion.video_duration ?? null,
	};
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

import type { IDataObject } from 'n8n-workflow';

import { isBillingFailure } from '../api/explanations';
import type { TaskStatus } from '../task/adapter';

/**
 * An avatar video's `status` [VC reference, VC poll_task, GO]: 10 generating, 30 succeeded
 * (read `video_url`), 4X a parameter failure, 5X a service failure; Chanjing's poller takes any
 * status of 40 and above as failed and keeps polling on anything else. (30 means failed for lip
 * sync, catalogue D9: not here.) A 30 without `video_url` is not trusted as success, and a
 * billing failure in `msg` fails the video whatever its status.
 */
export const VIDEO_GENERATING = 10;
export const VIDEO_SUCCEEDED = 30;
export const VIDEO_FAILED_FROM = 40;

function videoUrlOf(raw: IDataObject): string | null {
	return typeof raw.video_url === 'string' && raw.video_url !== '' ? raw.video_url : null;
}

export function avatarVideoStatus(raw: IDataObject): TaskStatus | 'unknown' {
	if (isBillingFailure(raw.msg)) return 'failed';
	const code = Number(raw.status);
	if (raw.status === undefined || raw.status === null || !Number.isFinite(code)) return 'unknown';
	if (code === VIDEO_SUCCEEDED) return videoUrlOf(raw) ? 'succeeded' : 'failed';
	if (code >= VIDEO_FAILED_FROM) return 'failed';
	return raw.queue_status === 'queued' ? 'queued' : 'generating';
}

function failureReason(raw: IDataObject): string {
	const msg = typeof raw.msg === 'string' ? raw.msg.trim() : '';
	if (msg !== '' && msg.toLowerCase() !== 'success') return msg;
	const code = Number(raw.status);
	if (code === VIDEO_SUCCEEDED) return 'Chanjing reported success without a video URL';
	const kind = code >= 50 && code < 60 ? 'a service failure' : 'a parameter failure';
	return `Chanjing ended the video with status ${code} (${kind})`;
}

function number(value: unknown): number | null {
	const n = Number(value);
	return value === null || value === undefined || value === '' || !Number.isFinite(n) ? null : n;
}

function url(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

/** An avatar video as the node outputs it (Simplify). */
export function toAvatarVideoTask(raw: IDataObject): IDataObject {
	const status = avatarVideoStatus(raw);
	const created = number(raw.create_time);
	return {
		// left out when the detail has none, so that waiting keeps the ID it asked for
		...(raw.id === undefined || raw.id === null || raw.id === ''
			? {}
			: { videoId: String(raw.id) }),
		status,
		statusCode: raw.status ?? null,
		progress: number(raw.progress),
		videoUrl: videoUrlOf(raw),
		subtitleDataUrl: url(raw.subtitle_data_url),
		previewUrl: url(raw.preview_url),
		duration: number(raw.duration),
		createdAt: created && created > 0 ? new Date(created * 1000).toISOString() : null,
		errorMessage: status === 'failed' ? failureReason(raw) : null,
	};
}

import type { IDataObject } from 'n8n-workflow';

import { isBillingFailure } from '../api/explanations';
import type { TaskStatus } from '../task/adapter';

/**
 * A lip-sync video's `status` [AV, SDK, CUI; catalogue 4]: 0 queued, 10 generating, 20 succeeded
 * (read `video_url`), 30 failed — the opposite of an avatar video, whose 30 means success
 * (catalogue D9). Official pollers wait for 20 or 30 and keep polling on anything else. A 20
 * without `video_url` is not trusted as success, and a billing failure in `msg` (a failed charge
 * arrives as 30 with it [CUI, SDK]) fails the video whatever its status.
 */
export const LIP_SYNC_QUEUED = 0;
export const LIP_SYNC_GENERATING = 10;
export const LIP_SYNC_SUCCEEDED = 20;
export const LIP_SYNC_FAILED = 30;

function videoUrlOf(raw: IDataObject): string | null {
	return typeof raw.video_url === 'string' && raw.video_url !== '' ? raw.video_url : null;
}

export function lipSyncStatus(raw: IDataObject): TaskStatus | 'unknown' {
	if (isBillingFailure(raw.msg)) return 'failed';
	const code = Number(raw.status);
	if (
		raw.status === undefined ||
		raw.status === null ||
		raw.status === '' ||
		!Number.isFinite(code)
	)
		return 'unknown';
	if (code === LIP_SYNC_SUCCEEDED) return videoUrlOf(raw) ? 'succeeded' : 'failed';
	if (code === LIP_SYNC_FAILED) return 'failed';
	return code === LIP_SYNC_QUEUED ? 'queued' : 'generating';
}

function failureReason(raw: IDataObject): string {
	const msg = typeof raw.msg === 'string' ? raw.msg.trim() : '';
	if (msg !== '' && msg.toLowerCase() !== 'success') return msg;
	if (Number(raw.status) === LIP_SYNC_SUCCEEDED)
		return 'Chanjing reported success without a video URL';
	return `Chanjing ended the lip-sync video with status ${String(raw.status)} (failed)`;
}

function number(value: unknown): number | null {
	const n = Number(value);
	return value === null || value === undefined || value === '' || !Number.isFinite(n) ? null : n;
}

/** A lip-sync video as the node outputs it (Simplify); `duration` is in milliseconds [AV]. */
export function toLipSyncTask(raw: IDataObject): IDataObject {
	const status = lipSyncStatus(raw);
	const created = number(raw.create_time);
	const durationMs = number(raw.duration);
	return {
		// left out when the detail has none, so that waiting keeps the ID it asked for
		...(raw.id === undefined || raw.id === null || raw.id === ''
			? {}
			: { videoId: String(raw.id) }),
		status,
		statusCode: raw.status ?? null,
		progress: number(raw.progress),
		videoUrl: videoUrlOf(raw),
		previewUrl: typeof raw.preview_url === 'string' && raw.preview_url ? raw.preview_url : null,
		durationSeconds: durationMs === null ? null : durationMs / 1000,
		createdAt: created && created > 0 ? new Date(created * 1000).toISOString() : null,
		errorMessage: status === 'failed' ? failureReason(raw) : null,
	};
}

import type { IDataObject } from 'n8n-workflow';

import { isBillingFailure } from '../api/explanations';
import type { TaskStatus } from '../task/adapter';

/**
 * A custom avatar's `status`, as Chanjing's own poller reads it [CP poll_person]: 1 in
 * production, 2 succeeded, 4 failed, 5 system error, with `err_reason`. Catalogue D2: SPEC says
 * 0 in production / 1 done and EL 0 queued / 3 or -1 failed; the node follows CP, reads 0 as
 * queued (SPEC and EL agree it is not done) and 3 and -1 as failed (EL). A 2 that Chanjing
 * disabled (`is_open` 0) succeeded but cannot drive videos (`usable` false, `reason`).
 */
export const AVATAR_READY = 2;
const STATE: Record<number, { status: TaskStatus; state: string }> = {
	0: { status: 'queued', state: 'queued' },
	1: { status: 'generating', state: 'training' },
	2: { status: 'succeeded', state: 'ready' },
	4: { status: 'failed', state: 'failed' },
	5: { status: 'failed', state: 'failed' },
	3: { status: 'failed', state: 'failed' },
	[-1]: { status: 'failed', state: 'failed' },
};

function textOrNull(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function numberOrNull(value: unknown): number | null {
	const n = Number(value);
	return value === null || value === undefined || value === '' || !Number.isFinite(n) ? null : n;
}

export function customAvatarStatus(raw: IDataObject): TaskStatus | 'unknown' {
	if (isBillingFailure(raw.err_reason)) return 'failed';
	if (raw.status === undefined || raw.status === null || raw.status === '') return 'unknown';
	return STATE[Number(raw.status)]?.status ?? 'unknown';
}

function errorMessageOf(raw: IDataObject, status: TaskStatus | 'unknown'): string | null {
	if (status !== 'failed') return null;
	const reason = textOrNull(raw.err_reason);
	if (Number(raw.status) === 5)
		return `A system error at Chanjing (status 5)${reason ? `: ${reason}` : ''}`;
	return reason ?? `Chanjing ended the training with status ${String(raw.status)}`;
}

/** A custom avatar as the node outputs it (Simplify): Chanjing's detail of customised_person. */
export function toCustomAvatarTask(raw: IDataObject): IDataObject {
	const status = customAvatarStatus(raw);
	const known = STATE[Number(raw.status)];
	const created = numberOrNull(raw.create_time);
	return {
		// left out when the detail has none, so that waiting keeps the ID it asked for
		...(textOrNull(raw.id) ? { avatarId: textOrNull(raw.id) } : {}),
		name: textOrNull(raw.name),
		status,
		state: status === 'failed' ? 'failed' : (known?.state ?? 'unknown'),
		statusCode: raw.status ?? null,
		progress: numberOrNull(raw.progress),
		usable: status === 'succeeded' && Number(raw.is_open ?? 1) !== 0,
		voiceId: textOrNull(raw.audio_man_id),
		supports4k: raw.support_4k === true,
		width: numberOrNull(raw.width),
		height: numberOrNull(raw.height),
		previewUrl: textOrNull(raw.preview_url),
		coverUrl: textOrNull(raw.pic_url),
		createdAt: created && created > 0 ? new Date(created * 1000).toISOString() : null,
		errorMessage: errorMessageOf(raw, status),
		reason: status === 'succeeded' ? textOrNull(raw.reason) : null,
	};
}

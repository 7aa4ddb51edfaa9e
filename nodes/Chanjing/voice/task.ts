import type { IDataObject } from 'n8n-workflow';

import { isBillingFailure } from '../api/explanations';
import { CLONED_VOICE_STATUS } from '../lookups/voices';
import type { TaskStatus } from '../task/adapter';

/**
 * A cloned voice's `status` [VCL, CUI citing get-voice-result.html, SDK]: 0 queued, 1 cloning,
 * 2 done, 3 expired, 4 failed, 99 deleted. Waiting ends at 2 (succeeded) or at 3, 4 or 99
 * (failed: the voice cannot speak); `state` keeps which. A 2 without a sample (`audio_path`)
 * is still a success: the voice ID is what a clone delivers. A billing failure in `err_msg`
 * fails it whatever its status.
 */
export const VOICE_READY = 2;
const ENDED_UNUSABLE = new Set([3, 4, 99]);

function errMsgOf(raw: IDataObject): string {
	return typeof raw.err_msg === 'string' ? raw.err_msg.trim() : '';
}

export function clonedVoiceStatus(raw: IDataObject): TaskStatus | 'unknown' {
	if (isBillingFailure(errMsgOf(raw))) return 'failed';
	const code = Number(raw.status);
	if (raw.status === undefined || raw.status === null || !Number.isFinite(code)) return 'unknown';
	if (code === 0) return 'queued';
	if (code === 1) return 'generating';
	if (code === VOICE_READY) return 'succeeded';
	return ENDED_UNUSABLE.has(code) ? 'failed' : 'unknown';
}

const UNUSABLE_WORDS: Record<number, string> = {
	3: 'The cloned voice has expired (status 3); clone it again to use it',
	4: 'Chanjing could not clone the voice (status 4)',
	99: 'The cloned voice was deleted (status 99)',
};

function errorMessageOf(raw: IDataObject, status: TaskStatus | 'unknown'): string | null {
	if (status !== 'failed') return null;
	const msg = errMsgOf(raw);
	const words = UNUSABLE_WORDS[Number(raw.status)];
	if (msg && words) return `${words}: ${msg}`;
	return msg || words || `Chanjing ended the voice with status ${String(raw.status)}`;
}

function numberOrNull(value: unknown): number | null {
	const n = Number(value);
	return value === null || value === undefined || value === '' || !Number.isFinite(n) ? null : n;
}

function textOrNull(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A cloned voice as the node outputs it (Simplify): Chanjing's detail of customised_audio. */
export function toClonedVoiceTask(raw: IDataObject): IDataObject {
	const status = clonedVoiceStatus(raw);
	const code = Number(raw.status);
	return {
		// left out when the detail has none, so that waiting keeps the ID it asked for
		...(textOrNull(raw.id) ? { voiceId: textOrNull(raw.id) } : {}),
		name: textOrNull(raw.name),
		status,
		state: CLONED_VOICE_STATUS[code] ?? (Number.isFinite(code) ? String(code) : 'unknown'),
		statusCode: raw.status ?? null,
		progress: numberOrNull(raw.progress),
		model: textOrNull(raw.type),
		language: textOrNull(raw.lang),
		sampleUrl: textOrNull(raw.audio_path),
		errorMessage: errorMessageOf(raw, status),
	};
}

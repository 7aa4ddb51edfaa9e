import type { IDataObject } from 'n8n-workflow';

import { isBillingFailure } from '../api/explanations';
import type { TaskStatus } from '../task/adapter';
import { readSentences } from './sentences';

/**
 * A speech task's `status` [TTS]: 1 generating, 9 finished. Status 9 covers success and failure
 * alike, told apart by a non-empty `errMsg` [CUI citing get-speech-result.html, SDK]; Chanjing's
 * skill poller also fails a 9 without `full.url` and any status other than 1 or 9 [TTS
 * poll_task] (catalogue D7). A billing failure in the message fails it, whatever the status.
 */
export const SPEECH_GENERATING = 1;
export const SPEECH_FINISHED = 9;

function message(raw: IDataObject): string {
	return [raw.errMsg, raw.errReason]
		.filter((part): part is string => typeof part === 'string' && part.trim() !== '')
		.join(' – ');
}

export function speechStatus(raw: IDataObject): TaskStatus | 'unknown' {
	const code = Number(raw.status);
	const full = (raw.full ?? {}) as IDataObject;
	if (isBillingFailure(message(raw))) return 'failed';
	if (raw.status === undefined || raw.status === null || !Number.isFinite(code)) return 'unknown';
	if (code === SPEECH_GENERATING) return 'generating';
	if (code !== SPEECH_FINISHED) return 'failed';
	if (typeof raw.errMsg === 'string' && raw.errMsg.trim() !== '') return 'failed';
	return typeof full.url === 'string' && full.url !== '' ? 'succeeded' : 'failed';
}

/** The speech task as the node outputs it (Simplify). */
export function toSpeechTask(raw: IDataObject): IDataObject {
	const full = (typeof raw.full === 'object' && raw.full !== null ? raw.full : {}) as IDataObject;
	const status = speechStatus(raw);
	const duration = Number(full.duration);
	const error = message(raw);
	return {
		// the detail's `id`; left out when missing, so that waiting keeps the ID it asked for
		...(raw.id === undefined || raw.id === null || raw.id === '' ? {} : { taskId: String(raw.id) }),
		status,
		statusCode: raw.status ?? null,
		audioUrl: typeof full.url === 'string' && full.url !== '' ? full.url : null,
		duration: Number.isFinite(duration) ? duration : null,
		watermarkUrl:
			typeof full.watermark_url === 'string' && full.watermark_url !== ''
				? full.watermark_url
				: null,
		sentences: readSentences(raw.subtitles, full.duration) as unknown as IDataObject[],
		errorMessage:
			error ||
			(status === 'failed'
				? `Chanjing ended the task with status ${String(raw.status)} and no audio`
				: null),
	};
}

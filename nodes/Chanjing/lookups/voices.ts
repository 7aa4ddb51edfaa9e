import type { IDataObject } from 'n8n-workflow';

import { text, urlOrNull, whole } from './records';

/**
 * Chanjing's voices as the node uses them: public ones from list_common_audio and the account's
 * cloned ones from list_customised_audio (catalogue 6 and 7).
 */

export interface Voice {
	kind: 'public' | 'cloned';
	id: string;
	name: string;
	gender: string;
	/** Chanjing's language word: `cn`, `en`, … (`lang`). */
	language: string;
	description: string;
	/** A sample of the voice: `audition` (public) or `audio_path` (cloned). */
	sampleUrl: string | null;
	/** `ready`, or a cloned voice's state (`queued`, `cloning`, `expired`, `failed`, `deleted`). */
	status: string;
	/** A cloned voice's progress 0–100 and why it failed (`err_msg`); null when not given. */
	progress?: number | null;
	errorMessage?: string | null;
}

/** Cloned voice `status` [VCL, CUI, SDK]: 0 queued, 1 in progress, 2 done, 3 expired, 4 failed, 99 deleted. */
export const CLONED_VOICE_STATUS: Record<number, string> = {
	0: 'queued',
	1: 'cloning',
	2: 'ready',
	3: 'expired',
	4: 'failed',
	99: 'deleted',
};

export function toPublicVoice(raw: IDataObject): Voice | undefined {
	const id = text(raw.id);
	if (id === '') return undefined;
	return {
		kind: 'public',
		id,
		name: text(raw.name) || id,
		gender: text(raw.gender),
		language: text(raw.lang),
		description: text(raw.desc),
		sampleUrl: urlOrNull(raw.audition),
		status: 'ready',
	};
}

export function toClonedVoice(raw: IDataObject): Voice | undefined {
	const id = text(raw.id);
	if (id === '') return undefined;
	const code = whole(raw.status);
	return {
		kind: 'cloned',
		id,
		name: text(raw.name) || id,
		gender: '',
		language: text(raw.lang),
		description: text(raw.type),
		sampleUrl: urlOrNull(raw.audio_path),
		status: CLONED_VOICE_STATUS[code] ?? (Number.isFinite(code) ? String(code) : 'unknown'),
		progress: Number.isFinite(whole(raw.progress)) ? whole(raw.progress) : null,
		errorMessage: text(raw.err_msg) || null,
	};
}

const LANGUAGE_NAMES: Record<string, string> = {
	cn: 'Chinese',
	zh: 'Chinese',
	en: 'English',
	multilingual: 'Multilingual',
};

export function languageName(language: string): string {
	return LANGUAGE_NAMES[language.toLowerCase()] ?? language;
}

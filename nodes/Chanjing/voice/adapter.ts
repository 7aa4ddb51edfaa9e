import type { IDataObject } from 'n8n-workflow';

import { CLONED_VOICES_PATH } from '../lookups/paths';
import type { TaskAdapter } from '../task/adapter';
import { isTaskId } from '../task/taskId';
import { readTaskPage } from '../task/taskPage';
import { VOICE_AGENT_WORDS } from './agentWords';
import { CLONED_VOICE_PATH, VOICE_PAGE_SIZE, VOICE_SAMPLE_SERVICE } from './paths';
import { toClonedVoiceTask } from './task';

function lower(value: unknown): string {
	return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** Whether the listed voice says when it was made (no source shows a time in the list). */
function hasCreateTime(raw: IDataObject): boolean {
	return Number(raw.create_time) > 0;
}

/**
 * Whether a listed voice is what a clone of `body` would make: its name, model (`type`, lower
 * case: D5) and language (`lang`, cn by default). The list keeps no time [SPEC, LNW, TVD]: when
 * it has none, only a voice still queued or cloning counts, since a voice made seconds ago is
 * still being cloned and an older voice of the same name has ended.
 */
export function matchesClone(raw: IDataObject, body: IDataObject): boolean {
	if (String(raw.name ?? '').trim() !== String(body.name ?? '').trim()) return false;
	if (raw.type !== undefined && lower(raw.type) !== lower(body.model_type)) return false;
	if (raw.lang !== undefined && lower(raw.lang) !== lower(body.language ?? 'cn')) return false;
	return hasCreateTime(raw) || [0, 1].includes(Number(raw.status));
}

/**
 * Voice clone: a voice made from a recording; it delivers a voice ID (and a sample of the
 * voice, not downloaded). A lost answer is looked up in list_customised_audio.
 */
export const voiceAdapter: TaskAdapter = {
	noun: 'voice clone',
	taskName: 'voice clone',
	idField: 'voiceId',
	idName: 'voice ID',
	// create_customised_audio answers `data: "C-Audio-…"` [VCL, SPEC, SDK]
	submittedId: (data) => (isTaskId(data) ? data.trim() : undefined),
	detailRequest: (id) => ({ method: 'GET', url: CLONED_VOICE_PATH, qs: { id } }),
	toTask: toClonedVoiceTask,
	outputs: {
		kind: 'audio',
		layout: 'attach',
		urls: (task) => [task.sampleUrl],
		fileName: (id) => id,
	},
	agent: VOICE_AGENT_WORDS,
	reconcile: {
		pageSize: VOICE_PAGE_SIZE,
		listRequest: (_body, page) => ({
			method: 'POST',
			url: CLONED_VOICES_PATH,
			body: { page, page_size: VOICE_PAGE_SIZE },
		}),
		readPage: readTaskPage,
		idOf: (raw) => String(raw.id),
		createdAtS: (raw) => (hasCreateTime(raw) ? Number(raw.create_time) : NaN),
		matches: matchesClone,
		matchedFields: 'name, model and language (still being cloned)',
		lookFor: (body) => `a voice named "${String(body.name ?? '')}"`,
	},
	uploadService: VOICE_SAMPLE_SERVICE,
	// No source documents the callback's body (catalogue 7): the detail, as the other products
	// post theirs, known by its sample `audio_path` or its model `type` (cicada…). No poll: the
	// list of cloned voices gives no times [SPEC, LNW, TVD], so a poll could not tell a voice
	// cloned since the last one from an old one.
	trigger: {
		taskIdIn: (record) =>
			isTaskId(record.id) && ('audio_path' in record || /^cicada/i.test(String(record.type)))
				? record.id.trim()
				: undefined,
		noFile: 'a voice ID, not a file (its sample is not downloaded)',
	},
	failedNote: 'Whether Chanjing counts a failed clone against your quota is not documented.',
};

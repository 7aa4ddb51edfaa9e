import type { IDataObject } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';
import { isTaskId } from '../task/taskId';
import { readTaskPage } from '../task/taskPage';
import { LIP_SYNC_AGENT_WORDS } from './agentWords';
import {
	LIP_SYNC_LIST_PATH,
	LIP_SYNC_PAGE_SIZE,
	LIP_SYNC_PATH,
	LIP_SYNC_VIDEO_SERVICE,
} from './paths';
import { toLipSyncTask } from './task';

function drivenBy(body: IDataObject): string {
	const tts = (body.tts_config ?? {}) as IDataObject;
	const text = Array.isArray(tts.text) ? tts.text.join(' ') : String(tts.text ?? '');
	if (body.audio_type === 'tts') return `the script "${text.slice(0, 80)}"`;
	return `the audio file ${String(body.audio_file_id ?? '')}`;
}

/**
 * Lip sync: a person in the user's footage speaking a script or an audio file; it delivers one
 * MP4, attached to its item. video_lip_sync/list keeps nothing of a request but its time (its
 * entries are the detail: id, status, urls, duration, create_time [AV]), so a lost answer is
 * matched on the time alone: a video made since just before the submit that no other item of
 * this process holds.
 */
export const lipSyncAdapter: TaskAdapter = {
	noun: 'lip-sync video',
	taskName: 'lip-sync video',
	idField: 'videoId',
	idName: 'video ID',
	// video_lip_sync/create answers `data: "<video id>"` [AV, SPEC, SDK]
	submittedId: (data) => (isTaskId(data) ? data.trim() : undefined),
	detailRequest: (id) => ({ method: 'GET', url: LIP_SYNC_PATH, qs: { id } }),
	toTask: toLipSyncTask,
	outputs: {
		kind: 'video',
		layout: 'attach',
		urls: (task) => [task.videoUrl],
		fileName: (id) => id,
	},
	agent: LIP_SYNC_AGENT_WORDS,
	reconcile: {
		pageSize: LIP_SYNC_PAGE_SIZE,
		listRequest: (_body, page) => ({
			method: 'POST',
			url: LIP_SYNC_LIST_PATH,
			body: { page, page_size: LIP_SYNC_PAGE_SIZE },
		}),
		readPage: readTaskPage,
		idOf: (raw) => String(raw.id),
		createdAtS: (raw) => Number(raw.create_time),
		matches: () => true,
		matchedFields: 'account (the lip-sync list keeps nothing else of a request)',
		lookFor: drivenBy,
	},
	uploadService: LIP_SYNC_VIDEO_SERVICE,
	// The callback posts the detail in the envelope [AV]; a record with an avatar video's own
	// fields (subtitle_data_url, audio_urls [VC, SPEC]) is not a lip-sync video's.
	trigger: {
		taskIdIn: (record) =>
			isTaskId(record.id) &&
			'video_url' in record &&
			!('subtitle_data_url' in record) &&
			!('audio_urls' in record)
				? record.id.trim()
				: undefined,
		listRequest: (page) => ({
			method: 'POST',
			url: LIP_SYNC_LIST_PATH,
			body: { page, page_size: LIP_SYNC_PAGE_SIZE },
		}),
	},
	failedNote: 'Whether Chanjing charges for a failed lip-sync video is not documented.',
};

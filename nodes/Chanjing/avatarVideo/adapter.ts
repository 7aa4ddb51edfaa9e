import type { IDataObject } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';
import { isTaskId } from '../task/taskId';
import { readTaskPage } from '../task/taskPage';
import { AVATAR_VIDEO_AGENT_WORDS } from './agentWords';
import { VIDEO_AUDIO_SERVICE, VIDEO_LIST_PATH, VIDEO_PAGE_SIZE, VIDEO_PATH } from './paths';
import { toAvatarVideoTask } from './task';

function scriptOf(body: IDataObject): string {
	const audio = (body.audio ?? {}) as IDataObject;
	const text = ((audio.tts ?? {}) as IDataObject).text;
	if (Array.isArray(text)) return `the script "${text.join(' ').slice(0, 80)}"`;
	return `the audio ${String(audio.wav_url ?? audio.file_id ?? '')}`;
}

/**
 * Avatar video: a digital human speaking a script or an audio file; it delivers one MP4,
 * attached to its item. video_list keeps nothing of a request but its time, so a lost answer is
 * matched on the time alone: a video made since just before the submit that no other item of
 * this process holds.
 */
export const avatarVideoAdapter: TaskAdapter = {
	noun: 'avatar video',
	taskName: 'avatar video',
	idField: 'videoId',
	idName: 'video ID',
	// create_video answers `data: "<video id>"` [VC, SPEC, GO, NEST]
	submittedId: (data) => (isTaskId(data) ? data.trim() : undefined),
	detailRequest: (id) => ({ method: 'GET', url: VIDEO_PATH, qs: { id } }),
	toTask: toAvatarVideoTask,
	outputs: {
		kind: 'video',
		layout: 'attach',
		urls: (task) => [task.videoUrl],
		fileName: (id) => id,
	},
	agent: AVATAR_VIDEO_AGENT_WORDS,
	reconcile: {
		pageSize: VIDEO_PAGE_SIZE,
		listRequest: (_body, page) => ({
			method: 'POST',
			url: VIDEO_LIST_PATH,
			body: { page, page_size: VIDEO_PAGE_SIZE },
		}),
		readPage: readTaskPage,
		idOf: (raw) => String(raw.id),
		createdAtS: (raw) => Number(raw.create_time),
		matches: () => true,
		matchedFields: 'account (the video list keeps nothing else of a request)',
		lookFor: scriptOf,
	},
	uploadService: VIDEO_AUDIO_SERVICE,
	// The callback's body is not documented (catalogue 3.3); lip sync and custom avatars post
	// their detail, so the detail's `id` and `video_url` are what is looked for here.
	trigger: {
		taskIdIn: (record) =>
			isTaskId(record.id) && 'video_url' in record ? record.id.trim() : undefined,
		listRequest: (page) => ({
			method: 'POST',
			url: VIDEO_LIST_PATH,
			body: { page, page_size: VIDEO_PAGE_SIZE },
		}),
	},
	failedNote: 'Whether Chanjing charges for a failed avatar video is not documented.',
};

import type { IDataObject } from 'n8n-workflow';

import { CUSTOM_AVATARS_PATH } from '../lookups/paths';
import type { TaskAdapter } from '../task/adapter';
import { isTaskId } from '../task/taskId';
import { readTaskPage } from '../task/taskPage';
import { AVATAR_AGENT_WORDS } from './agentWords';
import { CUSTOM_AVATAR_PAGE_SIZE, CUSTOM_AVATAR_PATH, TRAINING_VIDEO_SERVICE } from './paths';
import { toCustomAvatarTask } from './task';

/** Whether a listed avatar is what a create of `body` would make: its name (the list keeps no video). */
export function matchesCustomAvatar(raw: IDataObject, body: IDataObject): boolean {
	return String(raw.name ?? '').trim() === String(body.name ?? '').trim();
}

/**
 * Custom avatar: a digital human trained from a video of a person (and, with Figure and Voice,
 * their voice); it delivers an avatar ID and its voice ID. A lost answer is looked up in the
 * list of avatars made through the API (list_customised_person, newest first, with
 * create_time [CP, SPEC]).
 */
export const customAvatarAdapter: TaskAdapter = {
	noun: 'custom avatar',
	taskName: 'custom avatar',
	idField: 'avatarId',
	idName: 'avatar ID',
	// create_customised_person answers `data: "C-…"` [CP, SPEC]
	submittedId: (data) => (isTaskId(data) ? data.trim() : undefined),
	detailRequest: (id) => ({ method: 'GET', url: CUSTOM_AVATAR_PATH, qs: { id } }),
	toTask: toCustomAvatarTask,
	outputs: {
		kind: 'video',
		layout: 'attach',
		urls: (task) => [task.previewUrl],
		fileName: (id) => id,
	},
	agent: AVATAR_AGENT_WORDS,
	reconcile: {
		pageSize: CUSTOM_AVATAR_PAGE_SIZE,
		listRequest: (_body, page) => ({
			method: 'POST',
			url: CUSTOM_AVATARS_PATH,
			body: { page, page_size: CUSTOM_AVATAR_PAGE_SIZE },
		}),
		readPage: readTaskPage,
		idOf: (raw) => String(raw.id),
		createdAtS: (raw) => Number(raw.create_time),
		matches: matchesCustomAvatar,
		matchedFields: 'name',
		lookFor: (body) => `a custom avatar named "${String(body.name ?? '')}"`,
	},
	uploadService: TRAINING_VIDEO_SERVICE,
	// The callback posts the detail itself [CP]: `type` "person", or its cover `pic_url`. The
	// poll reads the avatars made through the API (list_customised_person, with create_time).
	trigger: {
		taskIdIn: (record) =>
			isTaskId(record.id) && (record.type === 'person' || 'pic_url' in record)
				? record.id.trim()
				: undefined,
		listRequest: (page) => ({
			method: 'POST',
			url: CUSTOM_AVATARS_PATH,
			body: { page, page_size: CUSTOM_AVATAR_PAGE_SIZE },
		}),
		noFile: 'an avatar ID (and the voice ID of its voice), not a file',
	},
	failedNote: 'Whether Chanjing counts a failed training against your quota is not documented.',
};

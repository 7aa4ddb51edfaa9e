import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import { envelope } from './chanjing-api';
import { TEST_BASE_URL, TEST_TOKEN } from './run-workflow';

/** Task records as Chanjing's detail and list routes answer them (chanjing-api.md, catalogue). */
export function aiVideoTask(id: string, extra: IDataObject = {}): IDataObject {
	return {
		unique_id: id,
		id: 101,
		type: 4,
		progress_desc: 'Success',
		err_msg: '',
		create_time: 1_764_900_000,
		output_url: [`https://cdn.chanjing.cc/${id}.mp4`],
		model_code: 'MiniMax-Hailuo-02',
		model_name: 'Hailuo 02',
		motion_info: { ref_prompt: 'A puppy runs', clarity: 720, video_duration: 6 },
		...extra,
	};
}

export function aiImageTask(id: string, extra: IDataObject = {}): IDataObject {
	return {
		...aiVideoTask(id),
		type: 3,
		output_url: [`https://cdn.chanjing.cc/${id}-0.png`, `https://cdn.chanjing.cc/${id}-1.png`],
		motion_info: undefined,
		photo_info: { ref_prompt: 'A cat', aspect_ratio: '1:1', number_of_images: 2 },
		...extra,
	};
}

export function avatarVideoTask(id: string, extra: IDataObject = {}): IDataObject {
	return {
		id,
		status: 30,
		progress: 100,
		msg: 'success',
		video_url: `https://cdn.chanjing.cc/${id}.mp4`,
		subtitle_data_url: '',
		preview_url: '',
		duration: 12,
		create_time: 1_764_900_000,
		audio_urls: [`https://cdn.chanjing.cc/${id}.wav`],
		...extra,
	};
}

export function speechTask(id: string, extra: IDataObject = {}): IDataObject {
	return {
		id,
		type: 'tts',
		status: 9,
		errMsg: '',
		errReason: '',
		full: { url: `https://cdn.chanjing.cc/${id}.wav`, duration: 3.2, watermark_url: '' },
		subtitles: [],
		...extra,
	};
}

/** A lip-sync video's detail [AV]: status 20 succeeded, 30 failed; duration in ms. */
export function lipSyncTask(id: string, extra: IDataObject = {}): IDataObject {
	return {
		id,
		status: 20,
		progress: 100,
		msg: 'success',
		video_url: `https://cdn.chanjing.cc/${id}.mp4`,
		preview_url: `https://cdn.chanjing.cc/${id}.png`,
		duration: 4000,
		create_time: 1_764_900_000,
		...extra,
	};
}

/** A cloned voice's detail [VCL, SPEC]: status 2 done, 4 failed; no time. */
export function voiceTask(id: string, extra: IDataObject = {}): IDataObject {
	return {
		id,
		name: 'My voice',
		type: 'cicada3.0-turbo',
		progress: 100,
		audio_path: `https://cdn.chanjing.cc/${id}.wav`,
		err_msg: '',
		status: 2,
		lang: 'cn',
		...extra,
	};
}

/** A custom avatar's detail [CP, SPEC]: status 2 succeeded, 4 failed. */
export function customAvatarTask(id: string, extra: IDataObject = {}): IDataObject {
	return {
		id,
		name: 'Me',
		type: 'person',
		pic_url: `https://cdn.chanjing.cc/${id}.png`,
		preview_url: `https://cdn.chanjing.cc/${id}.mp4`,
		width: 1080,
		height: 1920,
		width_4k: 0,
		height_4k: 0,
		support_4k: false,
		audio_man_id: `${id}-voice`,
		status: 2,
		progress: 100,
		err_reason: '',
		reason: '',
		is_open: 1,
		create_time: 1_764_900_000,
		...extra,
	};
}

/** A callback as Chanjing posts it: the detail in the envelope. */
export function callbackBody(record: IDataObject): IDataObject {
	return envelope(0, record, 'success', 'trace-cb-1') as IDataObject;
}

const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

/** Expects one AI-creation detail request for `id`, answered with `answer`. */
export function expectAiCreationDetail(id: string, answer: object): nock.Scope {
	return api().get('/open/v1/ai_creation/task').query({ unique_id: id }).reply(200, answer);
}

export function expectAvatarVideoDetail(id: string, answer: object): nock.Scope {
	return api().get('/open/v1/video').query({ id }).reply(200, answer);
}

export function expectSpeechDetail(id: string, answer: object): nock.Scope {
	return api()
		.post('/open/v1/audio_task_state', (body) => {
			expect(body).toEqual({ task_id: id });
			return true;
		})
		.reply(200, answer);
}

export function expectLipSyncDetail(id: string, answer: object): nock.Scope {
	return api().get('/open/v1/video_lip_sync/detail').query({ id }).reply(200, answer);
}

export function expectVoiceDetail(id: string, answer: object): nock.Scope {
	return api().get('/open/v1/customised_audio').query({ id }).reply(200, answer);
}

export function expectCustomAvatarDetail(id: string, answer: object): nock.Scope {
	return api().get('/open/v1/customised_person').query({ id }).reply(200, answer);
}

/** Expects one page of a task list with exactly this body, answered with these tasks. */
export function expectListPage(
	path: string,
	body: IDataObject,
	tasks: IDataObject[],
	totalPages = 1,
): nock.Scope {
	return api()
		.post(path, (sent) => {
			expect(sent).toEqual(body);
			return true;
		})
		.reply(
			200,
			envelope(0, {
				list: tasks,
				page_info: {
					page: body.page,
					size: body.page_size,
					total_count: tasks.length,
					total_page: totalPages,
				},
			}),
		);
}

export const AI_LIST = '/open/v1/ai_creation/task/page';
export const VIDEO_LIST = '/open/v1/video_list';
export const LIP_SYNC_LIST = '/open/v1/video_lip_sync/list';
export const CUSTOM_AVATAR_LIST = '/open/v1/list_customised_person';

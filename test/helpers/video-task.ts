/**
 * One Hailuo 02 video task as Chanjing's task detail gives it, for the completion tests that
 * poll it (GET TASK_PATH?unique_id=ID) and download its video from VIDEO_URL.
 */
import type { IDataObject } from 'n8n-workflow';

export const ID = 'a60747d7-dc05-4afc-b2ef-ee4370ed53c6';
export const TASK_PATH = '/open/v1/ai_creation/task';
export const VIDEO_HOST = 'https://cdn.chanjing.example';
export const VIDEO_URL = `${VIDEO_HOST}/videos/${ID}.mp4`;
export const PROMPT = 'A puppy runs on the grass';

/** The task's record at `progressDesc` (its video URL only once it is 'Success'), with `extra`. */
export function rawTask(progressDesc: string, extra: IDataObject = {}): IDataObject {
	return {
		unique_id: ID,
		id: 7,
		create_time: 1795500000,
		type: 4,
		progress_desc: progressDesc,
		err_msg: '',
		output_url: progressDesc === 'Success' ? [VIDEO_URL] : [],
		model_code: 'MiniMax-Hailuo-02',
		motion_info: { ref_prompt: PROMPT, clarity: 720, video_duration: 6 },
		...extra,
	};
}

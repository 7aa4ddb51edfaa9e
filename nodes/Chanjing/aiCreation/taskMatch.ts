import type { IDataObject } from 'n8n-workflow';

import { IMAGE_CREATION_TYPE } from './paths';

/** How a listed AI-creation task is told to be a submit's, after the submit's answer was lost. */

function framesOfSubmit(body: IDataObject): string[] {
	const frames = [body.start_frame, body.end_frame].filter(
		(f): f is string => typeof f === 'string' && f !== '',
	);
	if (frames.length) return frames;
	return Array.isArray(body.ref_img_url) ? body.ref_img_url.map(String) : [];
}

function framesOfTask(task: IDataObject): string[] {
	if (Array.isArray(task.ref_img_url) && task.ref_img_url.length)
		return task.ref_img_url.map(String);
	const references = (task.photo_info as IDataObject | undefined)?.ref_img_url;
	if (Array.isArray(references)) return references.map(String);
	const first = (task.motion_info as IDataObject | undefined)?.photo_path_url;
	return typeof first === 'string' && first !== '' ? [first] : [];
}

/** The fields a listed task records of its submit: field of the body → field of the record. */
const RECORDED: Array<[string, string]> = [
	['ref_prompt', 'ref_prompt'],
	['clarity', 'clarity'],
	['video_duration', 'video_duration'],
	['number_of_images', 'number_of_images'],
	['aspect_ratio', 'aspect_ratio'],
	['quality_mode', 'quality_mode'],
];

function sameValue(sent: unknown, recorded: unknown): boolean {
	return typeof sent === 'number' ? Number(recorded) === sent : recorded === sent;
}

/**
 * Whether a listed task is what `body` asked for: model, and every field the body sent that the
 * record keeps (prompt, clarity, duration, number of images, aspect ratio, quality mode), frames.
 */
export function taskMatchesSubmit(task: IDataObject, body: IDataObject): boolean {
	const image = Number(task.type) === IMAGE_CREATION_TYPE;
	const info = ((image ? task.photo_info : task.motion_info) ?? {}) as IDataObject;
	return (
		task.model_code === body.model_code &&
		RECORDED.every(
			([sent, recorded]) =>
				body[sent] === undefined ||
				// a record without the field (older tasks, other models) does not rule the task out
				(info[recorded] === undefined && sent !== 'ref_prompt') ||
				sameValue(body[sent], info[recorded]),
		) &&
		JSON.stringify(framesOfTask(task)) === JSON.stringify(framesOfSubmit(body))
	);
}

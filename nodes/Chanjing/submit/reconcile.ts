import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { TASK_LIST_PATH } from '../api/credential';
import { VIDEO_CREATION_TYPE } from '../aiVideo/hailuo';
import { IMAGE_CREATION_TYPE } from '../aiCreation/models';
import { chanjingRequest } from '../transport/request';
import { requestTimeouts } from '../transport/timeouts';

/**
 * How the task list is searched after a submit with an unknown outcome. Chanjing's clock and
 * ours may differ: tasks created up to `clockSkewS` before the submit count. A search that
 * finds nothing looks once more after `recheckAfterMs` (the task may be recorded late).
 */
export const reconcileTiming = { clockSkewS: 120, recheckAfterMs: 3000, maxPages: 10 };

const PAGE_SIZE = 50;

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

async function searchOnce(
	ctx: IExecuteSingleFunctions,
	body: IDataObject,
	sinceS: number,
): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	for (let page = 1; page <= reconcileTiming.maxPages; page++) {
		const answer = await chanjingRequest.call(ctx, {
			method: 'POST',
			url: TASK_LIST_PATH,
			body: { type: Number(body.creation_type) || VIDEO_CREATION_TYPE, page, page_size: PAGE_SIZE },
			timeout: requestTimeouts.apiMs,
		});
		const data = (answer.data ?? {}) as IDataObject;
		const list = (Array.isArray(data.list) ? data.list : []) as IDataObject[];
		let olderSeen = false;
		for (const task of list) {
			if (Number(task.create_time) < sinceS) olderSeen = true;
			else if (taskMatchesSubmit(task, body)) found.push(task);
		}
		const totalPages = Number((data.page_info as IDataObject | undefined)?.total_page) || 0;
		if (olderSeen || list.length < PAGE_SIZE || page >= totalPages) break;
	}
	return found;
}

/**
 * The tasks that a submit of `body`, sent at `sentAtMs`, may have created: matching tasks of
 * the task list created since shortly before, minus those already known to belong to an item.
 */
export async function findSubmittedTasks(
	ctx: IExecuteSingleFunctions,
	body: IDataObject,
	sentAtMs: number,
	taken: Set<string>,
): Promise<IDataObject[]> {
	const sinceS = Math.floor(sentAtMs / 1000) - reconcileTiming.clockSkewS;
	const search = async () =>
		(await searchOnce(ctx, body, sinceS)).filter((t) => !taken.has(String(t.unique_id)));
	const found = await search();
	if (found.length > 0) return found;
	await sleep(reconcileTiming.recheckAfterMs);
	return await search();
}

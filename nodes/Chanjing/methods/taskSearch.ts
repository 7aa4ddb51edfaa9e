import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { taskStatus } from '../hooks/task';
import { TASK_LIST_PATH } from '../shared/api';
import { VIDEO_CREATION_TYPE } from '../shared/hailuo';
import { MAX_PAGE_SIZE } from '../shared/limits';
import { IMAGE_CREATION_TYPE, IMAGE_MODELS, VIDEO_MODELS } from '../shared/models';
import { chanjingRequest } from '../transport/request';

/**
 * The "From List" mode of Get's Creation ID: the account's tasks of one kind, newest first, one
 * page of Chanjing's task list per call (the next page number is the pagination token). Each
 * task is named in words (prompt, model, status, date); the value is its creation ID.
 */

/** How much of the prompt a task's name shows. */
export const NAME_PROMPT_CHARACTERS = 60;

/** Pages one search reads at most while its filter matches nothing, before it lets the user scroll. */
export const MAX_PAGES_PER_SEARCH = 5;

const MODEL_NAMES = new Map<string, string>(
	[...VIDEO_MODELS, ...IMAGE_MODELS].map((model) => [model.code, model.name]),
);

interface TaskPage {
	list?: unknown;
	page_info?: { total_page?: unknown };
}

function promptOf(task: IDataObject): string {
	const info = (task.motion_info ?? task.photo_info ?? {}) as IDataObject;
	return String(info.ref_prompt ?? '')
		.replace(/\s+/g, ' ')
		.trim();
}

function shorten(text: string, characters: number): string {
	const chars = [...text];
	return chars.length > characters ? `${chars.slice(0, characters).join('').trimEnd()}…` : text;
}

function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `2026-11-25 17:40 UTC` from Chanjing's Unix seconds; empty when missing. */
function createdAt(task: IDataObject): string {
	const seconds = Number(task.create_time);
	if (!Number.isFinite(seconds) || seconds <= 0) return '';
	return `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function modelName(task: IDataObject): string {
	const code = String(task.model_code ?? '');
	return MODEL_NAMES.get(code) ?? (String(task.model_name ?? '') || code);
}

/** A task as the list shows it: "A lighthouse at dawn… · MiniMax Hailuo 02 · Succeeded · 2026-11-25 17:40 UTC". */
export function toSearchItem(task: IDataObject): INodeListSearchItems {
	const prompt = promptOf(task);
	const status = taskStatus(task.progress_desc);
	const parts = [
		prompt ? shorten(prompt, NAME_PROMPT_CHARACTERS) : 'No prompt',
		modelName(task),
		status ? capitalized(status) : '',
		createdAt(task),
	];
	return { name: parts.filter((part) => part !== '').join(' · '), value: String(task.unique_id) };
}

/** Whether the filter (any case) is part of the task's prompt or creation ID. */
export function matchesFilter(task: IDataObject, filter: string): boolean {
	const wanted = filter.trim().toLowerCase();
	if (wanted === '') return true;
	return (
		promptOf(task).toLowerCase().includes(wanted) ||
		String(task.unique_id).toLowerCase().includes(wanted)
	);
}

function newestFirst(tasks: IDataObject[]): IDataObject[] {
	return [...tasks].sort((a, b) => (Number(b.create_time) || 0) - (Number(a.create_time) || 0));
}

function firstPage(paginationToken: unknown): number {
	const page = Math.floor(Number(paginationToken));
	return Number.isFinite(page) && page >= 1 ? page : 1;
}

async function searchTasks(
	ctx: ILoadOptionsFunctions,
	type: number,
	filter = '',
	paginationToken?: unknown,
): Promise<INodeListSearchResult> {
	let page = firstPage(paginationToken);
	const results: INodeListSearchItems[] = [];
	for (let read = 0; read < MAX_PAGES_PER_SEARCH; read++) {
		const answer = await chanjingRequest.call(ctx, {
			method: 'POST',
			url: TASK_LIST_PATH,
			body: { type, page, page_size: MAX_PAGE_SIZE },
		});
		const data = (answer.data ?? {}) as TaskPage;
		const tasks = (Array.isArray(data.list) ? (data.list as IDataObject[]) : []).filter(
			(task) => task && typeof task === 'object' && String(task.unique_id ?? '') !== '',
		);
		results.push(
			...newestFirst(tasks)
				.filter((task) => matchesFilter(task, filter))
				.map(toSearchItem),
		);
		const lastPage = Number(data.page_info?.total_page) || 0;
		if (page >= lastPage || tasks.length === 0) return { results };
		page += 1;
		if (results.length > 0) break;
	}
	return { results, paginationToken: page };
}

export async function searchVideoTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchTasks(this, VIDEO_CREATION_TYPE, filter, paginationToken);
}

export async function searchImageTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchTasks(this, IMAGE_CREATION_TYPE, filter, paginationToken);
}

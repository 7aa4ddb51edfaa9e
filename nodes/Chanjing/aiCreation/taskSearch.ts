import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { createdAt } from '../task/createdAt';
import { taskStatus } from './task';
import { chanjingRequest } from '../transport/request';
import type { AiModel } from './aiModel';
import { MAX_PAGE_SIZE, TASK_LIST_PATH } from './paths';

/**
 * The "From List" mode of Get's Creation ID: the account's tasks of one kind, newest first, one
 * page of Chanjing's task list per call (the next page number is the pagination token). Each
 * task is named in words; the value is its creation ID. n8n's dropdown shows about 50
 * characters of a name and cuts the rest without a tooltip, so the name starts with what
 * tells tasks apart: the start of the prompt, the status and the time; the model comes last.
 */

/** How much of the prompt a task's name shows. */
export const NAME_PROMPT_CHARACTERS = 40;

/** Pages one search reads at most while its filter matches nothing, before it lets the user scroll. */
export const MAX_PAGES_PER_SEARCH = 5;

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

type ModelNames = Map<string, string>;

function modelName(task: IDataObject, names: ModelNames): string {
	const code = String(task.model_code ?? '');
	return names.get(code) ?? (String(task.model_name ?? '') || code);
}

/** A task as the list shows it: "A lighthouse at dawn, waves rolling in… · Succeeded · 2026-11-25 17:40 UTC · MiniMax Hailuo 02". */
export function toSearchItem(
	task: IDataObject,
	timeZone = 'UTC',
	names: ModelNames = new Map(),
): INodeListSearchItems {
	const prompt = promptOf(task);
	const status = taskStatus(task.progress_desc);
	const parts = [
		prompt ? shorten(prompt, NAME_PROMPT_CHARACTERS) : 'No prompt',
		status ? capitalized(status) : '',
		createdAt(task, timeZone),
		modelName(task, names),
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
	names: ModelNames,
	filter = '',
	paginationToken?: unknown,
): Promise<INodeListSearchResult> {
	let page = firstPage(paginationToken);
	const timeZone = ctx.getTimezone();
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
				.map((task) => toSearchItem(task, timeZone, names)),
		);
		const lastPage = Number(data.page_info?.total_page) || 0;
		if (page >= lastPage || tasks.length === 0) return { results };
		page += 1;
		if (results.length > 0) break;
	}
	return { results, paginationToken: page };
}

/** The list search of one creation type (video 4, image 3), naming tasks by these models. */
export function taskSearch(type: number, models: AiModel[]) {
	const names: ModelNames = new Map(models.map((model) => [model.code, model.name]));
	return async function searchTasksOfType(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchTasks(this, type, names, filter, paginationToken);
	};
}
